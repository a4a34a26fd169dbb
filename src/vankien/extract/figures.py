"""figures: every quantitative statement worth tracking, with what it measures and when.

A figure is a quantity (``vankien.extract.quantities``: a number with its unit, a fraction,
a pair or a range) with:

- ``kind``: ``change`` after ``tăng``/``giảm`` (``tăng 8,5%``; ``giảm còn 3,62%`` is a level),
  ``target`` after ``phấn đấu``/``mục tiêu``/``dự kiến`` or in a section about the planned
  period, else ``actual``;
- ``bound`` from the words around it (``từ 9%`` min, ``dưới 0,6`` max, ``khoảng`` approx);
- ``period`` from its sentence (``năm 2022``, ``trong 06 tháng đầu năm``), else the headings
  above it, else the document's own reviewed (actuals) or planned (targets) period;
- ``indicator``: the shortest phrase before it that names what is measured;
- ``target_value``/``verdict``/``verdict_cue`` from what the text says after it
  (``80,35% (Nghị quyết là 70% - thực hiện vượt chỉ tiêu)`` → 70, exceeded) or, failing
  words, from the actual against the target (knowing from ``data/directions.toml`` which
  indicators are better lower).

``"Tổng giá trị ... đạt 1.393,757 tỷ đồng, tăng 8,5%"`` → ``Figure("1.393,757 tỷ đồng",
value=1393.757, unit="tỷ đồng", kind="actual")``, ``Figure("8,5%", kind="change")``.
"""

from __future__ import annotations

import re
from functools import cache

from vankien import regex_cache
from vankien.document import Doc
from vankien.extract.figure_context import (
    Above,
    Context,
    alternation,
    cue_matches,
    cue_starts,
    cues,
    may_hold,
)
from vankien.extract.figure_draft import Draft
from vankien.extract.figure_tables import find_table_figures
from vankien.extract.figure_verdicts import (
    compared_targets,
    infer_verdict,
    pair_verdict,
    stated_targets,
    stated_verdicts,
)
from vankien.extract.numbers import NUMBER
from vankien.extract.periods import Period
from vankien.extract.quantities import Quantity, blank_end, find_quantities
from vankien.folding import key
from vankien.models import Figure, trusted
from vankien.vocab import table

KIND = "figures"
REQUIRES: tuple[str, ...] = ("meta",)

Span = tuple[int, int]


# Words (and marks) that end the phrase before a number but are no part of what it measures.
_TAIL_WORDS = (
    "dat", "la", "dat ty le", "dat muc", "chiem", "chiem ty le", "bang", "duoc", "con",
    "giam con", "tang len", "len", "xuong", "voi", "co", "gom", "khoang", "tren", "duoi", "tu",
    "hon", "gan", "toi thieu", "toi da", "it nhat", "tang", "giam", "tang them", "them",
    "co them", "vuot", "chi", "moi", "va", "dat gan", "uoc dat", "uoc", "tuong duong",
    "tong cong", "lan luot la", "thuc hien", "dat tong so", "tong so", "cho", "du uoc",
    "uoc tinh",
)  # fmt: skip
_STRIP_TAIL = regex_cache.compile(
    rf"(?:[\s,:*_(\-–]|(?<![a-z])(?:{alternation(_TAIL_WORDS)})(?![a-z]))+$"
)
# The same words read backwards, to find a tail from the end of the phrase; a tail found so
# is checked by a search that starts one word before it (see _tail_start).
_TAIL_BACKWARDS = regex_cache.compile(
    r"(?:[\s,:*_(\-–]|(?<![a-z])(?:"
    + alternation(" ".join(w[::-1] for w in reversed(t.split())) for t in _TAIL_WORDS)
    + r")(?![a-z]))+"
)
_TAIL_WORD_MAX = max(map(len, _TAIL_WORDS)) + 1
# The words a tail phrase goes on after ("dat" in "dat ty le"): a tail found from the end can
# start earlier only when the words before it end with one of these.
_TAIL_INNER = tuple(sorted({w for t in _TAIL_WORDS for w in t.split()[:-1]}))
# Words (and marks) that open a clause but are no part of what its number measures.
_HEAD_WORDS = (
    "trong do", "trong", "rieng", "co", "da", "va", "voi", "nhung", "tuy nhien", "ket qua",
    "den nay", "hien nay", "dong thoi", "ngoai ra", "nhin chung",
)  # fmt: skip
_STRIP_HEAD = regex_cache.compile(
    rf"^(?:[\s,:;.*_)\-–+•]|(?<![a-z])(?:{alternation(_HEAD_WORDS)})(?![a-z]))+"
)
_DIFFERENCE_BEFORE = regex_cache.compile(
    r"(?<![a-z])(?:vuot|hon|cao hon|thap hon|nhieu hon|it hon)[\s*]*$"
)
_PERIOD_WORD = regex_cache.compile(r"(?<![a-z])(?:trong|den|tinh den|vao|cuoi|dau|tu)[\s*]*$")


def extract(doc: Doc) -> list[Figure]:
    """Every figure of ``doc`` in text order (see the module docstring for the rules)."""
    ctx = Context(doc)
    quantities = find_quantities(doc.text, doc.folded, *ctx.body)
    drafts = [Draft(q) for q in quantities]
    _describe(doc, ctx, drafts)
    drafts = _with_tables(ctx, drafts)
    if not drafts:
        return []
    stated_targets(doc, ctx, drafts)
    stated_verdicts(doc, ctx, drafts)
    compared_targets(doc, ctx, drafts)
    for draft in drafts:
        infer_verdict(draft)
        pair_verdict(ctx, draft)
    return [trusted(Figure, _fields(doc, d)) for d in drafts]


def _with_tables(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """The drafts with the numbers of table cells added; in a row, an achieved number takes
    the planned one as its target (``Dự toán 1.000 | Thực hiện 1.050`` → exceeded)."""
    cells = find_table_figures(ctx)
    if not cells:
        return drafts
    by_start = {d.q.number_span[0]: d for d in drafts}
    added: list[Draft] = []
    rows: dict[int, list[Draft]] = {}
    for cell in cells:
        own = ctx.planned if cell.kind == "target" else ctx.reviewed
        draft = by_start.get(cell.quantity.number_span[0])
        if draft is None:  # a bare number: the table gives its unit
            draft = Draft(cell.quantity)
            added.append(draft)
        draft.kind, draft.period = cell.kind, cell.period or own
        draft.bound = cell.bound or draft.bound
        draft.indicator, draft.indicator_span = cell.indicator, cell.indicator_span
        if cell.share:
            continue  # "Tỷ lệ (%)": a percent of the planned number, not judged against it
        rows.setdefault(cell.row, []).append(draft)
    for row in rows.values():
        plan = next((d for d in row if d.kind == "target"), None)
        if plan is None:
            continue
        for d in row:
            if d.kind == "actual" and d.q.unit == plan.q.unit:
                d.target_value, d.target_unit = plan.q.value, plan.q.unit
    return sorted(drafts + added, key=lambda d: d.q.span)


# --- kind, bound, period, indicator ------------------------------------------------------

_BOUNDS = ("approx", "min", "max")
_LEADS_ON = regex_cache.compile(r"[\s*.,]*(?:len|xuong|den|toi|sang)(?![a-z])")


def _bound(folded: str, draft: Draft, clause: Span) -> tuple[str | None, int]:
    """The bound cue right before (or ``trở lên`` right after) the quantity, and where the
    words that lead to the number start (the cue, else the number itself)."""
    s, e = draft.q.span
    offset = max(clause[0], s - 40)
    before = folded[offset:s].replace("*", " ").replace("_", " ")
    found, at = None, s
    words = len(before.rstrip())
    if before.endswith(_bound_end_words(), 0, words):
        last = _LAST_WORD.search(before, max(0, words - 24), words)
        if last is not None and last.group() in _bound_ends():  # else no cue ends the words
            for bound, pattern in _bound_cues("before", _BOUNDS):
                for m in pattern.finditer(before):
                    if offset + m.start() < at and before[m.end() :].strip() == "":
                        found, at = bound, offset + m.start()
    after = folded[e : e + 24]
    if found == "min" and folded[at : at + 2] == "tu" and _LEADS_ON.match(after):
        found = None  # "từ 1,49 triệu đồng lên 1,6 triệu đồng": a starting level
        draft.from_level = True
    if found is None:
        rest = after.lstrip(" *")
        if not rest.startswith(cue_starts("bound.min.after", "bound.max.after")):
            # "150 đảng viên mới trở lên": a word or two may close the noun first
            noun_end = (
                _NOUN_TAIL.match(folded, e + len(after) - len(rest), e + 40)
                if folded.find("tro ", e, e + 40) >= 0
                else None
            )
            rest = folded[noun_end.end() : e + 40] if noun_end else ""
        if rest.startswith(cue_starts("bound.min.after", "bound.max.after")):
            for bound, pattern in _bound_cues("after", ("min", "max")):
                if pattern.match(rest):
                    found = bound
    return found, at


_NOUN_TAIL = regex_cache.compile(r"(?:[a-z]+[ \t]+){1,2}(?=tro )")


@cache
def _bound_cues(side: str, bounds: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each bound with its cues written ``before`` or ``after`` the number."""
    return tuple((bound, cues(f"bound.{bound}.{side}")) for bound in bounds)


_LAST_WORD = regex_cache.compile(r"[a-z0-9]+$")


@cache
def _bound_ends() -> frozenset[str]:
    """The last words of the bound cues written before a number (``từ``, ``trên``, ``khoảng``)."""
    return frozenset(
        key(cue).rsplit(" ", 1)[-1]
        for bound in _BOUNDS
        for cue in table("figure_cues")["bound"][bound]["before"]
    )


@cache
def _bound_end_words() -> tuple[str, ...]:
    """``_bound_ends()`` for ``str.endswith``: words that end with none hold no bound cue."""
    return tuple(_bound_ends())


def _apposition(ctx: Context, paren: Span | None) -> bool:
    """Whether the parenthesis holds only figures (``(10,2%)``), so the words before it speak
    for them; worked out once per parenthesis."""
    if paren is None:
        return False
    key_ = ("apposition", paren)
    found = ctx.memo.get(key_)
    if found is None:
        found = ctx.memo[key_] = bool(_APPOSITION.fullmatch(ctx.doc.folded, paren[0], paren[1]))
    return found  # type: ignore[return-value]


def _describe(doc: Doc, ctx: Context, drafts: list[Draft]) -> None:
    """Kind, bound, period and indicator of each draft, one step over all drafts at a time
    (a step's patterns stay in the processor's caches); a step reads only the steps before
    it, and the indicator the previous draft's."""
    folded = doc.folded
    previous: Draft | None = None
    # each draft with its clause, sentence, parenthesis (none when it is an apposition), own
    # parenthesis, whether it is an apposition, and what the headings above it say
    scenes: list[tuple[Draft, Span, Span, Span | None, Span | None, bool, Above]] = []
    for draft in drafts:
        s = draft.q.span[0]
        # the previous figure's clause and sentence when it lies in them (no end lies inside one)
        clause = previous.clause if previous else None
        if clause is None or not clause[0] <= s < clause[1]:
            clause = ctx.clause(s)
        sentence = previous.sentence if previous else None
        if sentence is None or not sentence[0] <= s < sentence[1]:
            sentence = ctx.sentence(s)
        draft.clause, draft.sentence = clause, sentence
        paren = own_paren = ctx.paren_at(s)
        if paren is not None and _apposition(ctx, paren):
            paren = None  # "chưa đạt kịch bản đề ra (10,04%)": the words before speak for it
            apposition = True
        else:
            apposition = False
        scenes.append((draft, clause, sentence, paren, own_paren, apposition, ctx.above(s)))
        previous = draft
    leads = []
    for draft, clause, *_ in scenes:
        draft.bound, lead = _bound(folded, draft, clause)
        leads.append(lead)
    for (draft, clause, sentence, paren, _, _, above), lead in zip(scenes, leads, strict=True):
        draft.kind = _kind(folded, ctx, draft, clause, lead, paren, above, sentence)
        draft.difference = _difference(folded[max(clause[0], lead - 20) : lead])
    for draft, clause, sentence, _, _, _, above in scenes:
        year_so_far = _since_the_year_began(folded, ctx, draft)
        written = (
            None if year_so_far else _written_period(folded, ctx, draft, clause, sentence, above)
        )
        draft.period = (
            written.label if written else _document_period(ctx, draft, above, year_so_far)
        )
        if written and draft.kind != "target" and ctx.after_now(written.start):
            draft.kind = "target"  # "đến năm 2030 đạt 86,4 triệu đồng" in a 2025 resolution
    previous = None
    for (draft, clause, _, _, own_paren, apposition, _), lead in zip(scenes, leads, strict=True):
        _indicator(doc, ctx, draft, clause, lead, previous, own_paren, apposition)
        previous = draft


def _difference(before: str) -> bool:
    """Whether the words before the number make it a margin (``vượt 01 người``)."""
    return ("vuot" in before or "hon" in before) and bool(_DIFFERENCE_BEFORE.search(before))


def _kind(
    folded: str,
    ctx: Context,
    draft: Draft,
    clause: Span,
    lead: int,
    paren: Span | None,
    above: Above,
    sentence: Span,
) -> str:
    q = draft.q
    head_end = q.span[0]
    scope_start = paren[0] if paren else clause[0]
    role = above.role
    if (
        (role == "plan" or (role is None and ctx.plan_document))
        and not _of_the_past(ctx, q, sentence)
        and not _NOW_BEFORE.search(folded, _part_start(folded, clause[0], head_end), head_end)
    ):
        return "target"  # in a plan, "giảm tối thiểu 30%" is a planned fall: a target
    list_lead = ctx.list_lead(sentence, head_end, clause[0])
    if list_lead is not None:
        if list_lead.role == "plan" and not cues("sections.review").search(
            folded, max(clause[0], list_lead.span[1]), head_end
        ):
            return "target"  # "Các chỉ tiêu chủ yếu năm 2024: ...; thu ngân sách 4.600 tỷ"
        if list_lead.role == "review":  # "Kết quả thực hiện các chỉ tiêu chủ yếu: ... đạt"
            scope_start = max(scope_start, list_lead.span[1])
    if not ctx.none_before(cues("kind.target.strong"), scope_start, head_end) and any(
        not _SHARE_BEFORE.search(folded, max(0, m.start() - 4), m.start())
        for m in cue_matches("kind.target.strong", folded, scope_start, head_end)
    ):
        return "target"
    before = folded[max(clause[0], lead - 30) : lead].replace("*", " ")
    last_change = None
    if may_hold("kind.change.before", before):
        for m in cues("kind.change.before").finditer(before):
            if _CHANGE_GAP.fullmatch(before, m.end()):
                last_change = m
    if (
        last_change is not None
        and q.part is None
        and not draft.from_level
        and not cues("kind.change.level").search(before, last_change.end())
    ):
        return "change"
    if q.unit == "%" and before.endswith("bang ") and _earlier_period().match(folded, q.span[1]):
        return "change"  # "bằng 58,58% so với cùng kỳ": this period against an earlier one
    if _TARGET_NAMED.search(folded, max(scope_start, head_end - 16), head_end):
        return "target"  # "chưa đạt chỉ tiêu 95% Nghị quyết đề ra": the number is the target
    if q.part is None and not _percent_of_target(folded, draft):
        part_start = max(
            folded.rfind(",", scope_start, head_end),
            folded.rfind("(", scope_start, head_end),
            folded.rfind(":", scope_start, head_end) if paren else -1,
            scope_start - 1,
        )
        if _weak_target(folded, part_start + 1, head_end, paren):
            return "target"
    return "actual"


def _of_the_past(ctx: Context, q: Quantity, sentence: Span) -> bool:
    """Whether a figure of a plan is of a period that ends before the planned one begins, as
    its sentence or paragraph opens: a result the plan starts from (``Trong năm 2023, huyện
    đã thực hiện đạt 13/14 chỉ tiêu`` in the resolution on the tasks of 2024)."""
    meta = ctx.doc.meta
    planned = meta.periods.planned if meta is not None and meta.periods else None
    if planned is None:
        return False
    s = q.span[0]
    period = ctx.last_period(sentence[0], s, ctx.year) or ctx.paragraph_lead(s, ctx.year)
    if period is None or period.end >= planned[0]:
        return False
    # "từ năm 2019 dành 40% tăng thu": from then on, not over
    return _FROM_BEFORE.search(ctx.doc.folded, max(0, period.span[0] - 8), period.span[0]) is None


_FROM_BEFORE = regex_cache.compile(r"(?<![a-z])tu\s+$")


def _part_start(folded: str, start: int, end: int) -> int:
    """Where the comma-part of ``folded[start:end]`` that ends at ``end`` begins."""
    return max(start, folded.rfind(",", start, end) + 1, folded.rfind(";", start, end) + 1)


# What a plan says is so now, not planned: "Đảng bộ phường hiện có 25 chi bộ", "đến nay có";
# it speaks for its own comma-part only.
_NOW_BEFORE = regex_cache.compile(
    r"(?<![a-z])(?:hien\s+(?:nay\s+)?(?:dang\s+)?co|den\s+nay(?:\s+da)?\s+co)(?![a-z])"
)
# The words naming a target right before its number: "chỉ tiêu 95%", "chỉ tiêu là 18 đảng viên";
# not a margin over or under it: "vượt chỉ tiêu 0,2%", "thấp hơn chỉ tiêu 1,3%".
_TARGET_NAMED = regex_cache.compile(
    r"(?<![a-z])(?<!vuot )(?<!hon )chi\s+tieu(?:\s+la|\s*:)?[\s*_]*$"
)


# A percent right before a target cue makes it the plan a result is measured by: "đạt 100%
# kế hoạch năm 2022, trong đó có 7/29 chỉ tiêu ..." sets no target for what follows.
_SHARE_BEFORE = regex_cache.compile(r"%[\s*]*$")


# A parenthesis holding only figures: "(10,2%)", "(lần lượt là 12,2% và 15%)".
_APPOSITION = regex_cache.compile(
    rf"\([\s*_]*(?:lan luot la|tuong ung|khoang)?[\s*_]*(?:(?:{NUMBER})\s*%?[\s*_]*(?:va|,|;)?[\s*_]*)+\)"
)
_CHANGE_GAP = regex_cache.compile(
    r"[\s,]*(?:(?:them|binh quan|khoang|duoc|manh|nhe|chi|tuong ung la)[\s,]*)?"
)


@cache
def _earlier_period() -> re.Pattern[str]:
    """After a percent, an earlier period it compares with (``comparison.earlier``, or ``so
    với năm 2022``), not a plan (``bằng 105% kế hoạch``)."""
    return regex_cache.compile(
        rf"\s*(?:{cues('comparison.earlier').pattern}|so\s+voi\s+nam\s+(?:19|20)\d\d(?!\d))"
    )


_RESULT_VERB = regex_cache.compile(r"(?<![a-z])(?:dat|duoc|thuc hien|hoan thanh|co)(?![a-z])")


def _percent_of_target(folded: str, draft: Draft) -> bool:
    """Whether the figure is a percent of a target (``105% dự toán``, ``90% kế hoạch``): what
    was achieved, however the words before it read (``... dự toán Trung ương giao và 105%
    dự toán tỉnh giao``)."""
    if draft.q.unit != "%":
        return False
    end = draft.q.span[1]
    return cues("target_phrase.of_target").match(folded[end : end + 24].lstrip(" *_")) is not None


def _weak_target(folded: str, start: int, end: int, paren: Span | None) -> bool:
    """A weak target cue (``kế hoạch``, ``nghị quyết``, ``giao``) names the number's target
    only in a parenthesis or a few words before it, with no result verb between:
    ``(Nghị quyết là 70%)``, ``kế hoạch năm là 500 tỷ đồng``; not ``nghị quyết ... đạt 99%``."""
    for m in cue_matches("kind.target.weak", folded, start, end):
        if paren is not None:
            return True
        between = folded[m.end() : end]
        if len(between.split()) <= 4 and not _RESULT_VERB.search(between):
            return True
    return False


def _written_period(
    folded: str, ctx: Context, draft: Draft, clause: Span, sentence: Span, above: Above
) -> Period | None:
    """The period written closest to the figure in its sentence (one written right after it
    first), else the one opening its paragraph; a period written without its year takes the
    headings' year, else the document's."""
    s, e = draft.q.span
    paren = ctx.paren_at(s)
    if paren is not None and not folded[paren[0] + 1 : s].strip(" *_"):
        base = ctx.compared_before(paren[0])
        if base is not None:
            return base  # "tăng 9,3% so với năm 2024 (27.310 tỷ đồng)": the base's year
    year = above.year
    own = ctx.planned if draft.kind == "target" else ctx.reviewed
    other = ctx.reviewed if draft.kind == "target" else ctx.planned
    default = int(year) if year else _year_of(own) or _year_of(other) or ctx.year
    if ctx.has_period(*sentence):
        # a period without its year takes the year written last before it in the sentence:
        # "Trong năm 2022 ..., thu ngân sách ... ngay từ đầu năm; ... 29/29 chỉ tiêu" → 2022
        # (not one in an aside closed before it: "(năm 2018 đạt 46,8 triệu đồng); ... 32 xã")
        written = [
            p
            for p in ctx.periods(sentence[0], s, default)
            if p.year_written and _open_at(ctx, p.span[0], s)
        ]
        if written and written[-1].label[:4].isdigit():
            default = int(written[-1].label[:4])
        reach = min(clause[1], e + _AFTER_REACH)
        after = ctx.periods(e, sentence[1], default, starts_before=reach)
        for p in after:
            if _CLOSE_AFTER.fullmatch(folded, e, p.span[0]) and _ends_after(folded, e, p):
                return p
        before = ctx.last_period(sentence[0], s, default)
        while before is not None:
            if not _other_clause(folded, ctx, before, clause, sentence):
                return before
            before = ctx.last_period(sentence[0], before.span[0], default)
        if after:
            return after[0]
    return ctx.paragraph_lead(s, default)


def _document_period(
    ctx: Context, draft: Draft, above: Above, year_so_far: bool = False
) -> str | None:
    """The period of a figure whose text writes none: its headings', else the document's own
    (the planned one for a target, the reviewed one for an actual); a sum since the year
    began (``year_so_far``) is of that period's year (``lũy kế đạt 35,3 tỷ đồng`` → 2025)."""
    own = ctx.planned if draft.kind == "target" else ctx.reviewed
    other = ctx.reviewed if draft.kind == "target" else ctx.planned
    base = above.period or own
    if year_so_far and base and ".." not in base:
        return base[:4]
    if above.period is not None:
        return above.period
    if own:
        return own
    if other and draft.kind == "target":
        return other  # "(kế hoạch 100 tỷ đồng)" in a report: the target of the period reviewed
    # an actual is no result of the period planned ("06 tháng cuối năm 2026" planned: a
    # result without its period is of the document's year)
    year = ctx.year or _year_of(other)
    return str(year) if year else None


def _since_the_year_began(folded: str, ctx: Context, draft: Draft) -> bool:
    """Whether the clause calls the figure a sum since the year began (``lũy kế``,
    ``data/figure_cues.toml`` [year_so_far]) with no period written between that word and
    the figure: ``Thu ngân sách tháng 8 đạt 1,4 tỷ đồng, lũy kế đạt 35,3 tỷ đồng`` (not
    ``lũy kế 9 tháng năm 2024 đạt ...``, nor ``lũy kế từ đầu nhiệm kỳ đến nay ...``)."""
    clause, s = draft.clause, draft.q.span[0]
    words = cues("year_so_far.words")
    if clause is None or ctx.none_before(words, clause[0], s):
        return False
    said = None
    for match in words.finditer(folded, clause[0], s):
        said = match  # the last before the figure
    if said is None or cues("year_so_far.not_after").match(folded, blank_end(folded, said.end())):
        return False
    return not ctx.has_period(said.start(), s)


def _open_at(ctx: Context, pos: int, figure: int) -> bool:
    """Whether the parenthesis ``pos`` is in, if any, still holds the ``figure``."""
    paren = ctx.paren_at(pos)
    return paren is None or paren[0] <= figure < paren[1]


def _ends_after(folded: str, end: int, period: Period) -> bool:
    """Whether ``period``, written right after the figure ending at ``end``, is the figure's:
    without a comma between them, or after one when the clause ends with it (``đạt 98,5%,
    năm 2024.``), not when a new clause opens with it (``2.154/2.187 hồ sơ, năm 2026 phấn
    đấu 100%``)."""
    if folded.find(",", end, period.span[0]) < 0:
        return True
    rest = folded[period.span[1] : period.span[1] + 4].lstrip(" *_")
    return not rest or rest[0] in ".;)\n"


def _other_clause(folded: str, ctx: Context, period: Period, clause: Span, sentence: Span) -> bool:
    """Whether ``period`` speaks for another clause only: in an earlier ``;`` clause, a
    comparison's or multiple's base (``gấp 1,6 lần năm 2020 (38,5 triệu đồng); tổng thu ... 142,8 tỷ
    đồng``) or a horizon (``đến năm 2030``) after the words of that clause (``... thu nhập
    bình quân đến năm 2030 đạt 95 triệu đồng; 100% đường ...``), not one opening the
    sentence or its list (``Đến năm 2030, thu ...; chi ...``, ``trong đó: đến năm 2030``)."""
    start = period.span[0]
    if start >= clause[0]:
        return False
    if ctx.is_comparison(folded, start) or _MULTIPLE_OF.search(folded, max(0, start - 16), start):
        return True
    horizon = _HORIZON_BEFORE.search(folded, max(0, start - 8), start)
    if horizon is None:
        return False
    opening = max(sentence[0], folded.rfind(":", sentence[0], start) + 1)
    return _LETTER_RE.search(folded, opening, horizon.start()) is not None


# A multiple's base: "gấp 1,6 lần năm 2020" (not "Hội nghị lần 2 năm 2023").
_MULTIPLE_OF = regex_cache.compile(r"\d\s+lan\s+$")
_LETTER_RE = regex_cache.compile(r"[a-z]")
_HORIZON_BEFORE = regex_cache.compile(r"(?<![a-z])den\s+$")
_CLOSE_AFTER = regex_cache.compile(r"[\s*_,]*(?:(?:trong|vao|cua)\s+)?")
_AFTER_REACH = 16  # a period written after the figure must follow it closely: "trên 10% năm 2026"


def _year_of(label: str | None) -> int | None:
    return int(label[:4]) if label and label[:4].isdigit() else None


def _indicator(
    doc: Doc,
    ctx: Context,
    draft: Draft,
    clause: Span,
    lead: int,
    previous: Draft | None,
    paren: Span | None,
    apposition: bool,
) -> None:
    """The phrase before the figure that names what it measures, without the verbs, bounds and
    periods around it: ``tỷ lệ hộ nghèo đến tháng 6/2023 giảm còn 3,62%`` → ``tỷ lệ hộ nghèo``.
    It starts at a head noun (``Tỷ lệ``, ``Tổng``) when one is near, else after the last comma;
    a figure right after another (``..., tăng 8,5%``) measures the same thing."""
    folded = doc.folded
    start = clause[0]
    if previous is not None and previous.q.span[1] > start:
        start = previous.q.span[1]
        if draft.kind == "change" and previous.kind != "change" and previous.indicator:
            draft.indicator = previous.indicator  # "bằng 59,4% dự toán và tăng 25,6%"
            return
    if apposition and paren is not None:
        if not (previous is not None and previous.q.span[0] > paren[0]):
            lead = paren[0]  # "chưa đạt kịch bản đề ra (10,04%)": the words before the parenthesis
    elif paren is not None:
        start = max(start, paren[0] + 1)
    head = _head(folded, start, lead)
    if head is not None and folded.find(";", head.start(), lead) < 0:
        start = head.start()
    else:
        cut = max(
            folded.rfind(",", start, lead),
            folded.rfind(":", start, lead),
            folded.rfind("(", start, lead),
            folded.rfind(")", start, lead),
        )
        if cut >= 0 and folded[cut + 1 : lead].strip(" *_-"):
            start = cut + 1
    window = folded[start:lead]
    if ctx.has_period(start, lead):
        for p in ctx.periods(start, lead, ctx.year):
            s1, e1 = p.span[0] - start, p.span[1] - start
            s0 = _period_word_before(window, s1)
            window = window[:s0] + " " * (e1 - s0) + window[e1:]
    end = _kept_word(doc.text, start, window, _tail_start(window))
    lead_words = _STRIP_HEAD.match(window, 0, end)
    begin = lead_words.end() if lead_words else 0
    if end - begin >= 29 and len(window[begin:end].split()) > 14:  # 15 words take 29 chars
        begin += list(_WORD.finditer(window, begin, end))[-14].start() - begin
    phrase = " ".join(doc.text[start + begin : start + end].split())
    if phrase.count(")") > phrase.count("("):
        phrase = phrase.rstrip(") ")
    after_previous = previous if previous is not None and previous.q.span[1] >= clause[0] else None
    if (
        after_previous is not None
        and after_previous.indicator
        and len(phrase) <= _bare_head_max()  # folding keeps the length of the joined words
        and key(phrase) in _bare_heads()
    ):
        phrase = ""
    if phrase and _LETTER.search(phrase):
        draft.indicator = phrase
        draft.indicator_span = (start + begin, start + end)
    elif after_previous is not None:
        draft.indicator = after_previous.indicator
        draft.indicator_span = after_previous.indicator_span


def _head(folded: str, start: int, lead: int) -> re.Match[str] | None:
    """The first head noun (``tỷ lệ``, ``tổng``) in ``folded[start:lead]`` at most 16 words
    before ``lead`` (a head 32 characters or less before it is so without counting)."""
    heads = cues("indicator.heads")
    m = heads.search(folded, start, lead)
    while m is not None and lead - m.start() > 32 and len(folded[m.start() : lead].split()) > 16:
        m = heads.search(folded, m.end(), lead)
    return m


_WORD = regex_cache.compile(r"\S+")
_LETTER = regex_cache.compile(r"[^\W\d_]")


def _period_word_before(window: str, at: int) -> int:
    """Where a word that leads to a period (``đến``, ``trong``) starts right before ``at``
    (``at`` itself if none): only the last word can be one, so only it is looked at."""
    k = at
    while k and (window[k - 1].isspace() or window[k - 1] == "*"):
        k -= 1
    prefix = _PERIOD_WORD.search(window, max(0, k - 8), at)
    return prefix.start() if prefix else at


# Tail words that end a phrase naming something when the word before them is one of these:
# "chứng chỉ", "địa chỉ"; "hoàn thành tốt nhiệm vụ trở lên".
_KEPT_AFTER = {"chi": ("chung ", "dia "), "len": ("tro ",)}


def _kept_word(text: str, offset: int, window: str, end: int) -> int:
    """Where the tail starts once a first tail word that names something is kept: ``chỉ``
    (only) and ``lên`` end no indicator, but ``chi`` (spend: ``Tổng chi đạt``), ``chứng chỉ``,
    ``địa chỉ`` and ``trở lên`` (``xếp loại hoàn thành tốt nhiệm vụ trở lên``) do."""
    at = end + len(window[end:]) - len(window[end:].lstrip(" *_"))
    for word, before in _KEPT_AFTER.items():
        size = len(word)
        if not window.startswith(word, at) or window[at + size : at + size + 1].isalpha():
            continue
        spend = word == "chi" and text[offset + at : offset + at + 3].lower() == "chi"
        return at + size if spend or window.endswith(before, 0, at) else end
    return end


def _tail_start(window: str) -> int:
    """Where the words that end ``window`` but name nothing start (``đạt``, ``là``, ``:``)."""
    backwards = _TAIL_BACKWARDS.match(window[::-1])
    if backwards is None:
        return len(window)
    found = len(window) - backwards.end()
    if not window.endswith(_TAIL_INNER, 0, found):
        return found  # no tail phrase runs over ``found``: the tail starts there
    tail = _STRIP_TAIL.search(window, max(0, found - _TAIL_WORD_MAX))
    if tail is not None and tail.start() < found:
        tail = _STRIP_TAIL.search(window)  # the tail reaches further back
    return tail.start() if tail else len(window)


@cache
def _bare_heads() -> frozenset[str]:
    return frozenset(key(h) for h in table("figure_cues")["indicator"]["heads"])


@cache
def _bare_head_max() -> int:
    """The length of the longest head noun: a longer phrase is none of them."""
    return max(map(len, _bare_heads()), default=0)


def _fields(doc: Doc, d: Draft) -> dict[str, object]:
    """The fields of the figure ``d`` becomes."""
    q = d.q
    target = d.target_value
    if target is None and q.pair:
        target = q.whole
    return {
        "text": doc.text[q.span[0] : q.span[1]],
        "span": q.span,
        "value": q.value,
        "unit": q.unit,
        "part": q.part,
        "whole": q.whole,
        "range": q.range,
        "kind": d.kind,
        "bound": d.bound,
        "period": d.period,
        "indicator": d.indicator,
        "target_value": target,
        "verdict": d.verdict,
        "verdict_cue": d.verdict_cue,
    }
