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
from dataclasses import dataclass, field
from functools import cache

from vankien.document import Doc
from vankien.extract.figure_context import Context, cue_matches, cues
from vankien.extract.figure_tables import find_table_figures
from vankien.extract.numbers import NUMBER, parse_number
from vankien.extract.quantities import Quantity, find_quantities
from vankien.folding import fold, key
from vankien.models import Figure
from vankien.vocab import table

KIND = "figures"
REQUIRES: tuple[str, ...] = ("meta",)

Span = tuple[int, int]


@dataclass
class _Draft:
    """A figure being built: the quantity and the attributes found so far."""

    q: Quantity
    kind: str = "actual"
    bound: str | None = None
    period: str | None = None
    indicator: str | None = None
    indicator_span: Span | None = None
    target_value: float | None = None
    target_bound: str | None = None
    target_unit: str | None = None
    verdict: str | None = None
    verdict_cue: str | None = None
    difference: bool = False  # "vượt 01 người": a margin, not a level
    from_level: bool = False  # "giảm từ 3,5% xuống còn 2,8%": a starting level
    target_change: bool = False  # the target is a rise or fall ("(chỉ tiêu giảm 0,5%)")
    in_target_paren: bool = False
    extra: dict = field(default_factory=dict)


_STRIP_TAIL = re.compile(
    r"(?:[\s,:*_(\-–]|(?<![a-z])(?:dat|la|dat ty le|dat muc|chiem|chiem ty le|bang|duoc|con|"
    r"giam con|tang len|len|xuong|voi|co|gom|khoang|tren|duoi|tu|hon|gan|toi thieu|toi da|"
    r"it nhat|tang|giam|tang thêm|vuot|chi|moi|va|dat gan|uoc dat|uoc|tuong duong|"
    r"tong cong|lan luot la|thuc hien|dat tong so|tong so)(?![a-z]))+$"
)
_STRIP_HEAD = re.compile(
    r"^(?:[\s,:;.*_)\-–+•]|(?<![a-z])(?:trong do|trong|rieng|co|da|va|voi|nhung|tuy nhien|"
    r"ket qua|den nay|hien nay|dong thoi|ngoai ra|nhin chung)(?![a-z]))+"
)
_DIFFERENCE_BEFORE = re.compile(r"(?<![a-z])(?:vuot|hon|cao hon|thap hon|nhieu hon|it hon)[\s*]*$")
_PERIOD_WORD = re.compile(r"(?<![a-z])(?:trong|den|tinh den|vao|cuoi|dau|tu)[\s*]*$")
_SHARE = re.compile(
    rf"(?<![a-z])(?:dat|bang)\s+({NUMBER})\s*%\s*(?:so voi\s+)?(?:chi tieu|ke hoach|muc tieu|du toan|nghi quyet)(?![a-z])"
)
_REDUCTION = re.compile(r"(?<![a-z])giam(?![a-z])")
_CHANGE_BEFORE = re.compile(
    r"(?<![a-z])(?:tang|giam)(?:\s+(?:them|khoang|tren|it nhat|toi thieu))?\s*$"
)
_NUMBER_RE = re.compile(rf"(?<![\w.,])(?:{NUMBER})(?![\d])")


def extract(doc: Doc) -> list[Figure]:
    """Every figure of ``doc`` in text order (see the module docstring for the rules)."""
    ctx = Context(doc)
    quantities = find_quantities(doc.text, doc.folded, *ctx.body)
    drafts = [_Draft(q) for q in quantities]
    for i, draft in enumerate(drafts):
        _describe(doc, ctx, draft, drafts[i - 1] if i else None)
    drafts = _with_tables(ctx, drafts)
    _stated_targets(doc, ctx, drafts)
    _stated_verdicts(doc, ctx, drafts)
    for draft in drafts:
        _infer_verdict(draft)
    return [_figure(doc, d) for d in drafts]


def _with_tables(ctx: Context, drafts: list[_Draft]) -> list[_Draft]:
    """The drafts with the numbers of table cells added; in a row, an achieved number takes
    the planned one as its target (``Dự toán 1.000 | Thực hiện 1.050`` → exceeded)."""
    cells = find_table_figures(ctx)
    if not cells:
        return drafts
    by_start = {d.q.number_span[0]: d for d in drafts}
    added: list[_Draft] = []
    rows: dict[int, list[_Draft]] = {}
    for cell in cells:
        own = ctx.planned if cell.kind == "target" else ctx.reviewed
        draft = by_start.get(cell.quantity.number_span[0])
        if draft is None:  # a bare number: the table gives its unit
            draft = _Draft(cell.quantity)
            added.append(draft)
        draft.kind, draft.period = cell.kind, cell.period or own
        draft.indicator, draft.indicator_span = cell.indicator, cell.indicator_span
        rows.setdefault(cell.row, []).append(draft)
    for row in rows.values():
        plan = next((d for d in row if d.kind == "target"), None)
        if plan is None:
            continue
        for d in row:
            if d.kind == "actual" and d.q.unit == plan.q.unit and d.q.unit != "%":
                d.target_value, d.target_unit = plan.q.value, plan.q.unit
    return sorted(drafts + added, key=lambda d: d.q.span)


# --- kind, bound, period, indicator ------------------------------------------------------


def _before(doc: Doc, draft: _Draft, start: int, chars: int = 40) -> str:
    """Folded text just before the number, from ``start`` on, without markup."""
    s = draft.q.span[0]
    return doc.folded[max(start, s - chars) : s].replace("*", " ").replace("_", " ")


def _bound(doc: Doc, draft: _Draft, clause: Span) -> tuple[str | None, int]:
    """The bound cue right before (or ``trở lên`` right after) the quantity, and where the
    words that lead to the number start (the cue, else the number itself)."""
    before = _before(doc, draft, clause[0])
    offset = draft.q.span[0] - len(before)
    found, at = None, draft.q.span[0]
    for bound in ("approx", "min", "max"):
        for m in cues(f"bound.{bound}.before").finditer(before):
            if before[m.end() :].strip() == "" and offset + m.start() < at:
                found, at = bound, offset + m.start()
    after = doc.folded[draft.q.span[1] : draft.q.span[1] + 24]
    leads_on = re.match(r"[\s*.,]*(?:len|xuong|den|toi|sang)(?![a-z])", after)
    if found == "min" and doc.folded[at : at + 2] == "tu" and leads_on:
        found = None  # "từ 1,49 triệu đồng lên 1,6 triệu đồng": a starting level
        draft.from_level = True
    if found is None:
        for bound in ("min", "max"):
            if cues(f"bound.{bound}.after").match(after.lstrip(" *")):
                found = bound
    return found, at


def _describe(doc: Doc, ctx: Context, draft: _Draft, previous: _Draft | None) -> None:
    q = draft.q
    folded = doc.folded
    clause = ctx.clause(q.span[0])
    sentence = ctx.sentence(q.span[0])
    draft.bound, lead = _bound(doc, draft, clause)
    draft.kind = _kind(doc, ctx, draft, clause, lead)
    draft.difference = bool(_DIFFERENCE_BEFORE.search(folded[max(clause[0], lead - 20) : lead]))
    draft.period = _period(doc, ctx, draft, sentence, clause)
    _indicator(doc, ctx, draft, clause, lead, previous)


def _kind(doc: Doc, ctx: Context, draft: _Draft, clause: Span, lead: int) -> str:
    folded = doc.folded
    before = folded[max(clause[0], lead - 30) : lead].replace("*", " ")
    last_change = None
    for m in cues("kind.change.before").finditer(before):
        if _CHANGE_GAP.fullmatch(before[m.end() :]):
            last_change = m
    paren = ctx.paren_at(draft.q.span[0])
    if paren is not None and _APPOSITION.fullmatch(folded, paren[0], paren[1]):
        paren = None  # "chưa đạt kịch bản đề ra (10,04%)": the words before speak for it
    scope_start = paren[0] if paren else clause[0]
    head_end = draft.q.span[0]
    part_start = max(
        folded.rfind(",", scope_start, head_end),
        folded.rfind("(", scope_start, head_end),
        folded.rfind(":", scope_start, head_end) if paren else -1,
        scope_start - 1,
    )
    if cue_matches("kind.target.strong", folded, scope_start, head_end):
        return "target"
    role = next((h.role for h in ctx.headings_at(draft.q.span[0]) if h.role), None)
    if role == "plan" or (role is None and ctx.plan_document):
        return "target"  # in a plan, "giảm tối thiểu 30%" is a planned fall: a target
    level = last_change and cues("kind.change.level").search(before, last_change.end())
    if last_change is not None and draft.q.part is None and not level and not draft.from_level:
        return "change"
    if draft.q.part is None and _weak_target(folded, part_start + 1, head_end, paren):
        return "target"
    return "actual"


# A parenthesis holding only figures: "(10,2%)", "(lần lượt là 12,2% và 15%)".
_APPOSITION = re.compile(
    rf"\([\s*_]*(?:lan luot la|tuong ung|khoang)?[\s*_]*(?:(?:{NUMBER})\s*%?[\s*_]*(?:va|,|;)?[\s*_]*)+\)"
)
_CHANGE_GAP = re.compile(
    r"[\s,]*(?:(?:them|binh quan|khoang|duoc|manh|nhe|chi|tuong ung la)[\s,]*)?"
)
_RESULT_VERB = re.compile(r"(?<![a-z])(?:dat|duoc|thuc hien|hoan thanh|co)(?![a-z])")


def _weak_target(folded: str, start: int, end: int, paren: Span | None) -> bool:
    """A weak target cue (``kế hoạch``, ``nghị quyết``, ``giao``) names the number's target
    only in a parenthesis or a few words before it, with no result verb between:
    ``(Nghị quyết là 70%)``, ``kế hoạch năm là 500 tỷ đồng``; not ``nghị quyết ... đạt 99%``."""
    for m in cue_matches("kind.target.weak", folded, start, end):
        between = folded[m.end() : end]
        if paren is not None or (len(between.split()) <= 4 and not _RESULT_VERB.search(between)):
            return True
    return False


def _period(doc: Doc, ctx: Context, draft: _Draft, sentence: Span, clause: Span) -> str | None:
    folded = doc.folded
    headings = ctx.headings_at(draft.q.span[0])
    year = next(
        (h.period.label[:4] for h in headings if h.period and h.period.label[:4].isdigit()), None
    )
    own = ctx.planned if draft.kind == "target" else ctx.reviewed
    other = ctx.reviewed if draft.kind == "target" else ctx.planned
    default = int(year) if year else _year_of(own) or _year_of(other) or ctx.year
    periods = [
        p
        for p in ctx.periods(sentence[0], sentence[1], default)
        if not (p.span[0] < draft.q.span[1] and draft.q.span[0] < p.span[1])
    ]
    before = [p for p in periods if p.span[1] <= draft.q.span[0]]
    after = [
        p
        for p in periods
        if draft.q.span[1] <= p.span[0] < min(clause[1], draft.q.span[1] + _AFTER_REACH)
    ]
    close = [p for p in after if _CLOSE_AFTER.fullmatch(folded, draft.q.span[1], p.span[0])]
    if close:
        return close[0].label
    if before:
        return before[-1].label
    if after:
        return after[0].label
    lead = ctx.paragraph_lead(draft.q.span[0], default)
    if lead is not None:
        return lead.label
    for heading in headings:
        if heading.period is not None:
            return heading.period.label
    if own or other:
        return own or other
    return str(ctx.year) if ctx.year else None


_CLOSE_AFTER = re.compile(r"[\s*_,]*(?:(?:trong|vao|cua)\s+)?")
_AFTER_REACH = 16  # a period written after the figure must follow it closely: "trên 10% năm 2026"


def _year_of(label: str | None) -> int | None:
    return int(label[:4]) if label and label[:4].isdigit() else None


def _indicator(
    doc: Doc, ctx: Context, draft: _Draft, clause: Span, lead: int, previous: _Draft | None
) -> None:
    """The phrase before the figure that names what it measures, without the verbs, bounds and
    periods around it: ``tỷ lệ hộ nghèo đến tháng 6/2023 giảm còn 3,62%`` → ``tỷ lệ hộ nghèo``.
    It starts at a head noun (``Tỷ lệ``, ``Tổng``) when one is near, else after the last comma;
    a figure right after another (``..., tăng 8,5%``) measures the same thing."""
    folded = doc.folded
    start = clause[0]
    if previous is not None and previous.q.span[1] > start:
        start = previous.q.span[1]
    paren = ctx.paren_at(draft.q.span[0])
    if paren is not None:
        start = max(start, paren[0] + 1)
    heads = list(cues("indicator.heads").finditer(folded, start, lead))
    head = next((m for m in heads if len(folded[m.start() : lead].split()) <= 16), None)
    if head is not None and folded.find(";", head.start(), lead) < 0:
        start = head.start()
    else:
        cut = max(folded.rfind(c, start, lead) for c in ",:()")
        if cut >= 0 and folded[cut + 1 : lead].strip(" *_-"):
            start = cut + 1
    window = folded[start:lead]
    for p in ctx.periods(start, lead, ctx.year):
        s1, e1 = p.span[0] - start, p.span[1] - start
        prefix = _PERIOD_WORD.search(window, 0, s1)
        s0 = prefix.start() if prefix else s1
        window = window[:s0] + " " * (e1 - s0) + window[e1:]
    tail = _STRIP_TAIL.search(window)
    end = tail.start() if tail else len(window)
    lead_words = _STRIP_HEAD.match(window[:end])
    begin = lead_words.end() if lead_words else 0
    words = list(re.finditer(r"\S+", window[begin:end]))
    if len(words) > 14:
        begin += words[-14].start()
    phrase = " ".join(doc.text[start + begin : start + end].split())
    if phrase.count(")") > phrase.count("("):
        phrase = phrase.rstrip(") ")
    bare = key(phrase) in _bare_heads()
    if bare and previous is not None and previous.indicator and previous.q.span[1] >= clause[0]:
        phrase = ""
    if phrase and re.search(r"[^\W\d_]", phrase):
        draft.indicator = phrase
        draft.indicator_span = (start + begin, start + end)
    elif previous is not None and previous.q.span[1] >= clause[0]:
        draft.indicator = previous.indicator
        draft.indicator_span = previous.indicator_span


@cache
def _bare_heads() -> frozenset[str]:
    return frozenset(key(h) for h in table("figure_cues")["indicator"]["heads"])


# --- targets and verdicts stated in the text --------------------------------------------


@dataclass(frozen=True)
class _Target:
    value: float
    unit: str | None
    bound: str | None
    change: bool = False  # "(chỉ tiêu giảm 0,5%)": a target for a change, not a level


def _targets_in(doc: Doc, span: Span) -> list[_Target]:
    """Target levels written in a parenthesis: ``(Nghị quyết là trên 80% ...)`` → 80, min."""
    folded = doc.folded
    of_target = cues("target_phrase.of_target")
    found = []
    for m in _NUMBER_RE.finditer(folded, span[0] + 1, span[1] - 1):
        s, e = m.span()
        after = folded[e : e + 24]
        if re.match(r"[-/][a-z0-9]", after) or re.match(r"\.\d", after):
            continue  # a number-symbol or a date
        if re.fullmatch(r"(?:19|20)\d\d", m.group(0)):
            continue
        before = folded[max(span[0], s - 20) : s]
        if re.search(r"(?<![a-z])(?:so|thu|lan|dieu|khoan|ngay|thang|nam|quy)\s*$", before):
            continue
        unit = None
        rest = after.lstrip(" ")
        if rest.startswith("%"):
            unit = "%"
            rest = rest[1:].lstrip(" *")
        elif (u := re.match(r"([a-z]+(?: [a-z]+)?)", rest)) is not None:
            unit = u.group(1)
        if of_target.match(rest):
            continue  # "đạt 100% chỉ tiêu": a share of the target
        bound = None
        for name in ("approx", "min", "max"):
            for b in cues(f"bound.{name}.before").finditer(before):
                if before[b.end() :].strip(" *") == "":
                    bound = name
        if bound is None and cues("bound.min.after").search(rest[:20]):
            bound = "min"
        change = bool(_CHANGE_BEFORE.search(before))
        found.append(_Target(parse_number(m.group(0)), unit, bound, change))
    return found


def _verdict_in(folded: str, span: Span, paren: bool) -> tuple[str, Span, bool] | None:
    """The verdict words in ``folded[span]`` and whether they are a full cue: full cues count
    anywhere, short ones (in a parenthesis) only at its start or after a dash:
    ``(Nghị quyết là 92% - thực hiện đạt)`` → met."""
    best: tuple[str, Span, bool] | None = None
    for verdict in ("not_met", "exceeded", "met"):
        for m in cues(f"verdict.{verdict}.cues").finditer(folded, *span):
            if (
                best is None
                or m.start() < best[1][0]
                or (m.start() == best[1][0] and m.end() > best[1][1])
            ):
                best = (verdict, m.span(), True)
    if best is not None or not paren:
        return best
    for verdict in ("not_met", "exceeded", "met"):
        for m in cues(f"verdict.{verdict}.short").finditer(folded, *span):
            lead = folded[span[0] : m.start()]
            placed = re.fullmatch(r"[\s(*_]*", lead) or re.search(r"[-–:]\s*\**\s*$", lead)
            if placed and (best is None or m.end() - m.start() > best[1][1] - best[1][0]):
                best = (verdict, m.span(), False)
    return best


def _compatible(draft: _Draft, target: _Target) -> bool:
    """Whether ``target`` can be this figure's: a percent for a percent or a share, a count
    of the same noun (``(giao 16 người)`` for ``17 lượt người``)."""
    q = draft.q
    if target.unit in (None, "%"):
        return q.unit == "%" or (q.part is not None and not q.pair)
    if q.unit is None:
        return False
    return fold(q.unit).split()[-1] == target.unit.split()[0] or fold(q.unit) == target.unit


def _stated_targets(doc: Doc, ctx: Context, drafts: list[_Draft]) -> None:
    """Targets and verdicts written in a parenthesis after the figures they judge.

    ``(Nghị quyết là 70% - thực hiện vượt chỉ tiêu)`` judges the figures of its clause (or, when
    the clause has none that fit, of its sentence) since the previous such parenthesis;
    ``(đạt chỉ tiêu nghị quyết đề ra)`` judges every actual of its sentence since then.
    """
    folded = doc.folded
    previous_end = 0
    for span in ctx.parens:
        inner = (span[0] + 1, span[1] - 1)
        has_source = bool(cue_matches("target_phrase.sources", folded, *inner))
        targets = _targets_in(doc, span) if has_source else []
        verdict = _verdict_in(folded, inner, paren=True)
        if not targets and verdict is None:
            continue
        for d in drafts:
            if targets and span[0] <= d.q.span[0] < span[1]:
                d.in_target_paren = True
                d.kind = "target"
        clause, sentence = ctx.clause(span[0]), ctx.sentence(span[0])
        if targets:
            scopes = (clause[0], sentence[0])
        else:
            scopes = (sentence[0],) if verdict and verdict[2] else (clause[0],)
        chosen: list[_Draft] = []
        for scope_start in scopes:
            start = max(scope_start, previous_end)
            chosen = [
                d
                for d in drafts
                if start <= d.q.span[0]
                and d.q.span[1] <= span[0]
                and (_judged_change(d) if targets and targets[0].change else _judged(d))
                and (not targets or _compatible(d, targets[0]))
            ]
            if chosen and (len(targets) <= 1 or len(chosen) == len(targets)):
                break
        if targets or (verdict is not None and verdict[2]):
            previous_end = span[1]
        if not targets:
            pairs = [(d, None) for d in chosen]
        elif len(targets) == 1:
            pairs = [(d, targets[0]) for d in chosen]
        else:  # several targets: the last figures take the last targets, in order
            pairs = list(zip(reversed(chosen), reversed(targets), strict=False))
        for d, target in pairs:
            if target is not None:
                d.target_value, d.target_bound = target.value, target.bound
                d.target_unit, d.target_change = target.unit, target.change
            if verdict is not None and d.verdict is None:
                d.verdict, d.verdict_cue = verdict[0], doc.text[verdict[1][0] : verdict[1][1]]


@cache
def _unjudged_units() -> frozenset[str]:
    return frozenset(table("figure_cues")["verdict_scope"]["skip_units"])


def _judged(d: _Draft) -> bool:
    """Whether a verdict can be about this figure: an actual level, not a margin (``vượt 01
    người``), a target, or a count of targets (``còn 01 chỉ tiêu không đạt``)."""
    return (
        d.kind == "actual"
        and not d.difference
        and not d.in_target_paren
        and d.q.unit not in _unjudged_units()
    )


def _judged_change(d: _Draft) -> bool:
    """Whether a target for a change (``chỉ tiêu giảm 0,5%``) can be about this figure."""
    return d.kind == "change" and not d.in_target_paren


def _stated_verdicts(doc: Doc, ctx: Context, drafts: list[_Draft]) -> None:
    """Verdict words later in a figure's clause, outside parentheses: ``14/14 lượt người, đạt
    100% chỉ tiêu giao năm 2022`` → met."""
    folded = doc.folded
    for d in drafts:
        if d.verdict is not None or not _judged(d):
            continue
        clause = ctx.clause(d.q.span[0])
        found = _verdict_in(folded, (d.q.span[1], clause[1]), paren=False)
        if found is not None and ctx.paren_at(found[1][0]) is None:
            d.verdict, d.verdict_cue = found[0], doc.text[found[1][0] : found[1][1]]
            continue
        share = _share_of_target(folded, max(clause[0], d.q.span[0] - 8), clause[1])
        if share is not None:
            d.verdict, d.verdict_cue = share[0], doc.text[share[1][0] : share[1][1]]


def _share_of_target(folded: str, start: int, end: int) -> tuple[str, Span] | None:
    """``đạt 104% kế hoạch`` at or after ``start`` in the clause: exceeded (met at 100%).
    A share under 100% is left alone: a report mid-year is not a miss."""
    m = _SHARE.search(folded, start, end)
    if m is None:
        return None
    share = parse_number(m.group(1))
    if share > 100:
        return "exceeded", m.span()
    if share == 100:
        return "met", m.span()
    return None


# --- verdict from the numbers -----------------------------------------------------------


@cache
def _lower_is_better() -> re.Pattern[str]:
    """Indicators for which lower is better (``data/directions.toml``), folded."""
    phrases = table("directions")["lower_is_better"]["phrases"]
    body = "|".join(re.escape(key(p)) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![a-z])(?:{body})(?![a-z])")


def _infer_verdict(draft: _Draft) -> None:
    """``Nghị quyết là 70%`` and 80,35% → exceeded; lower-is-better indicators the other way."""
    if draft.verdict is not None or draft.target_value is None:
        return
    if draft.kind != ("change" if draft.target_change else "actual"):
        return
    q = draft.q
    if q.part is not None and q.whole and not q.pair and draft.target_unit in (None, "%"):
        actual = 100.0 * q.part / q.whole
    elif q.part is not None and not q.pair:
        actual = q.part
    else:
        actual = q.value
    if actual is None:
        return
    target = draft.target_value
    lower = bool(draft.indicator and _lower_is_better().search(key(draft.indicator)))
    if draft.target_change or (draft.indicator and _REDUCTION.search(key(draft.indicator))):
        lower = False  # "giảm 0,8%" against "giảm 0,5%", "hộ nghèo giảm 126": more is better
    if draft.target_bound == "max" or (lower and draft.target_bound != "min"):
        if draft.target_bound == "max":
            draft.verdict = "met" if actual <= target else "not_met"
        else:
            draft.verdict = (
                "exceeded" if actual < target else "met" if actual == target else "not_met"
            )
    elif draft.target_bound == "min":
        draft.verdict = "met" if actual >= target else "not_met"
    else:
        draft.verdict = "exceeded" if actual > target else "met" if actual == target else "not_met"


def _figure(doc: Doc, d: _Draft) -> Figure:
    q = d.q
    target = d.target_value
    if target is None and q.pair:
        target = q.whole
    return Figure(
        text=doc.text[q.span[0] : q.span[1]],
        span=q.span,
        value=q.value,
        unit=q.unit,
        part=q.part,
        whole=q.whole,
        range=q.range,
        kind=d.kind,
        bound=d.bound,
        period=d.period,
        indicator=d.indicator,
        target_value=target,
        verdict=d.verdict,
        verdict_cue=d.verdict_cue,
    )
