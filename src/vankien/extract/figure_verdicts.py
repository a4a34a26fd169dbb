"""Targets and verdicts of figures: what the text says, else what the numbers imply.

``80,35% (Nghị quyết là 70% - thực hiện vượt chỉ tiêu)`` → target 70, exceeded, cue
``thực hiện vượt``; ``06/66 ..., đạt 9,09% (chưa đạt chỉ tiêu ... là 10%)`` → both figures
get target 10 and not_met; ``(đạt chỉ tiêu nghị quyết)`` judges the actuals of its sentence;
``đạt 104% kế hoạch`` → exceeded. With a target and no words, the actual against the target
decides, lower being better for the indicators of ``data/directions.toml``.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from functools import cache
from typing import TYPE_CHECKING

from vankien import regex_cache
from vankien.document import Doc
from vankien.extract.figure_context import Context, any_cue, cue_matches, cues
from vankien.extract.numbers import NUMBER, TOKEN_RE, parse_number
from vankien.folding import fold, key
from vankien.vocab import table

if TYPE_CHECKING:
    from vankien.extract.figure_draft import Draft

Span = tuple[int, int]

# The word-start check follows each word's first letter: a search jumps from d, b or v.
# What a share is of: "... % (so với) kế hoạch / dự toán / chỉ tiêu ...".
_OF_PLAN = r"\s*%\s*(?:so voi\s+)?(?:chi tieu|ke hoach|muc tieu|du toan|nghi quyet|kh)(?![a-z])"
_SHARE = regex_cache.compile(
    rf"(d(?<![a-z]d)at|b(?<![a-z]b)ang|v(?<![a-z]v)uot|h(?<![a-z]h)oan thanh)\s+(?:tren\s+)?"
    rf"({NUMBER}){_OF_PLAN}"
)
# A margin over the plan: "vượt 468,9% dự toán giao", "vượt trên 100% kế hoạch".
_MARGIN_OF_PLAN = regex_cache.compile(
    rf"v(?<![a-z]v)uot\s+(?:(?:tren|hon|gan|khoang)\s+)?(?P<n>{NUMBER}){_OF_PLAN}"
)
_REDUCTION = regex_cache.compile(r"(?<![a-z])giam(?![a-z])")

_DIGIT = regex_cache.compile(r"\d")
_CHANGE_BEFORE = regex_cache.compile(
    r"(?<![a-z])(?:tang|giam)(?:\s+(?:them|khoang|tren|it nhat|toi thieu))?\s*$"
)
_SYMBOL_AFTER = regex_cache.compile(r"[-/][a-z0-9]")
_DOTTED_AFTER = regex_cache.compile(r"\.\d")
_YEAR = regex_cache.compile(r"(?:19|20)\d\d")
_ORDINAL_BEFORE = regex_cache.compile(r"(?<![a-z])(?:so|thu|lan|dieu|khoan|ngay|thang|nam|quy)\s*$")
_UNIT_WORDS = regex_cache.compile(r"([a-z]+(?: [a-z]+)?)")
_OPENING = regex_cache.compile(r"[\s(*_]*")
_AFTER_DASH = regex_cache.compile(r"[-–:]\s*\**\s*$")


class _Target:
    """A target level written in a parenthesis (a plain class: a NamedTuple is built at start)."""

    __slots__ = ("value", "unit", "bound", "change", "end")

    def __init__(
        self, value: float, unit: str | None, bound: str | None, change: bool, end: int = 0
    ) -> None:
        self.value = value
        self.unit = unit
        self.bound = bound
        self.change = change  # "(chỉ tiêu giảm 0,5%)": a target for a change, not a level
        self.end = end  # where its number ends in the text


def _targets_in(doc: Doc, span: Span, start: int) -> list[_Target]:
    """Target levels written in a parenthesis from ``start`` (where it names the target's
    source) on: ``(Nghị quyết là trên 80% ...)`` → 80, min."""
    folded = doc.folded
    of_target = cues("target_phrase.of_target")
    found: list[_Target] = []
    for m in TOKEN_RE.finditer(folded, start, span[1] - 1):
        s, e = m.span()
        after = folded[e : e + 24]
        if _SYMBOL_AFTER.match(after) or _DOTTED_AFTER.match(after):
            continue  # a number-symbol or a date
        if _YEAR.fullmatch(m.group(0)) or _DURATION_AFTER.match(after):
            continue  # "(chỉ tiêu 3 năm là 500 đảng viên)": how long, not how much
        before = folded[max(span[0], s - 20) : s]
        if _ORDINAL_BEFORE.search(before):
            continue
        if _margin(
            folded, max(span[0], folded.rfind(";", start, s), folded.rfind(",", start, s)), s
        ):
            continue  # "vượt chỉ tiêu ... tỉnh giao 0,04%": by how much, not the target
        unit = None
        rest = after.lstrip(" ")
        if rest.startswith("%"):
            unit = "%"
            rest = rest[1:].lstrip(" *")
        elif (u := _UNIT_WORDS.match(rest)) is not None:
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
        if found and _RANGE_GAP.fullmatch(folded, found[-1].end, s) and not found[-1].bound:
            found[-1].bound = "min"  # "(kế hoạch tăng 7% – 7,5%)": at least the range's low end
            found[-1].end = e
            continue
        found.append(_Target(parse_number(m.group(0)), unit, bound, change, e))
    return found


_DURATION_AFTER = regex_cache.compile(r"\s*(?:nam|thang|quy|tuan|ngay)(?![a-z])")


# Between the two ends of a range target: "7% – 7,5%", "7 - 7,5%", "7 đến 7,5%".
_RANGE_GAP = regex_cache.compile(r"\s*%?\s*(?:[-–]|den)\s*")


_MARGIN = regex_cache.compile(r"(?<![a-z])vuot(?![a-z])(?P<rest>[^:]*)$")
_IS = regex_cache.compile(r"(?<![a-z])la(?![a-z])")


def _margin(folded: str, start: int, end: int) -> bool:
    """Whether the number at ``end`` says by how much a target was passed: ``vượt`` stands
    before it in its part of the parenthesis, with no ``là`` or ``:`` naming a level between
    (``vượt chỉ tiêu tỉnh giao 0,04%``; not ``vượt, kế hoạch là 5%``)."""
    m = _MARGIN.search(folded, start, end)
    return m is not None and _IS.search(m.group("rest")) is None


_VERDICTS = ("not_met", "exceeded", "met")


@cache
def _any_verdict(paren: bool) -> re.Pattern[str]:
    """Every verdict cue that counts in ``_verdict_in``: where it finds none, there is none."""
    kinds = ("cues", "short") if paren else ("cues",)
    return any_cue(*(f"verdict.{v}.{k}" for v in _VERDICTS for k in kinds))


def _verdict_in(folded: str, span: Span, paren: bool) -> tuple[str, Span, bool] | None:
    """The verdict words in ``folded[span]`` and whether they are a full cue: full cues count
    anywhere, short ones (in a parenthesis) only at its start or after a dash:
    ``(Nghị quyết là 92% - thực hiện đạt)`` → met."""
    if not _any_verdict(paren).search(folded, *span):
        return None
    best: tuple[str, Span, bool] | None = None
    for verdict in _VERDICTS:
        for m in cues(f"verdict.{verdict}.cues").finditer(folded, *span):
            if _PACE.match(folded, m.end()):
                continue  # "đạt và vượt tiến độ": the pace, not the target
            if (
                best is None
                or m.start() < best[1][0]
                or (m.start() == best[1][0] and m.end() > best[1][1])
            ):
                best = (verdict, m.span(), True)
    if best is not None or not paren:
        return best
    for verdict in _VERDICTS:
        for m in cues(f"verdict.{verdict}.short").finditer(folded, *span):
            if _PACE.match(folded, m.end()):
                continue
            lead = folded[span[0] : m.start()]
            placed = _OPENING.fullmatch(lead) or _AFTER_DASH.search(lead)
            if verdict == "met" and _NUMBER_NEXT.match(folded, m.end()):
                continue  # "(đạt khoảng 2% so với ...)": a result's verb ("vượt 6,25%" judges)
            if placed and (best is None or m.end() - m.start() > best[1][1] - best[1][0]):
                best = (verdict, m.span(), False)
    return best


# The pace of the work after verdict words: "đạt và vượt tiến độ", "chưa đạt tiến độ đề ra".
_PACE = regex_cache.compile(r"[\s*_]*(?:so\s+voi\s+)?tien\s+do(?![a-z])")
# A number right after a short verdict word (maybe after a bound word): "đạt khoảng 2%".
_NUMBER_NEXT = regex_cache.compile(r"\s*(?:khoang|gan|tren|duoi|hon|xap xi)?\s*\d")


def _compatible(draft: Draft, target: _Target) -> bool:
    """Whether ``target`` can be this figure's: a percent for a percent or a share, a count
    of the same noun (``(giao 16 người)`` for ``17 lượt người``)."""
    q = draft.q
    if target.unit in (None, "%"):
        return q.unit == "%" or (q.part is not None and not q.pair)
    if q.unit is None:
        return False
    return fold(q.unit).split()[-1] == target.unit.split()[0] or fold(q.unit) == target.unit


# A source right after a percent is the share achieved of it, not the target's value: in
# "(đạt 46,4% kế hoạch, tăng 5,1% so với cùng kỳ)" no number is the plan's.
_PERCENT_BEFORE = regex_cache.compile(r"%[\s*]*$")


def stated_targets(doc: Doc, ctx: Context, drafts: list[Draft]) -> None:
    """Targets and verdicts written in a parenthesis after the figures they judge.

    ``(Nghị quyết là 70% - thực hiện vượt chỉ tiêu)`` judges the figures of its clause (or, when
    the clause has none that fit, of its sentence) since the previous such parenthesis;
    ``(đạt chỉ tiêu nghị quyết đề ra)`` judges every actual of its sentence since then.
    """
    folded = doc.folded
    previous_end = 0
    starts = [d.q.span[0] for d in drafts]
    for span in ctx.parens:
        if _judges_nothing(drafts, starts, span):
            continue
        inner = (span[0] + 1, span[1] - 1)
        targets = []
        source = inner[0]  # where the parenthesis names the target's source
        if _DIGIT.search(folded, *inner):
            named = [
                m
                for m in cue_matches("target_phrase.sources", folded, *inner)
                if not _PERCENT_BEFORE.search(folded, max(inner[0], m.start() - 4), m.start())
            ]
            if named:
                source = named[0].start()
                targets = _targets_in(doc, span, source)
            elif _named_before(folded, span[0]):  # "so với nghị quyết đề ra (23.600 tỷ đồng)"
                targets = _targets_in(doc, span, inner[0])
        verdict = _verdict_in(folded, inner, paren=True)
        if verdict is not None and not verdict[2] and _SHARE.search(folded, *inner):
            # "(đạt 104,2% kế hoạch)": the share says how far, not the bare "đạt"
            share = _share_of_target(doc.text, folded, *inner)
            if share is not None:
                verdict = (*share, False)
            elif verdict[0] == "met":
                verdict = None  # "(đạt 90% kế hoạch)": below the plan, no verdict
        if not targets and verdict is None:
            continue
        inside = drafts[bisect_left(starts, source) : bisect_left(starts, span[1])]
        if targets:  # "(đạt khoảng 2% so với kế hoạch là 6,8%)": 2% is judged, 6,8% the target
            for d in inside:
                d.in_target_paren = True
                d.kind = "target"
        clause, sentence = ctx.clause(span[0]), ctx.sentence(span[0])
        scopes: tuple[int, ...]
        if targets:
            scopes = (clause[0], sentence[0])
        else:
            scopes = (sentence[0],) if verdict and verdict[2] else (clause[0],)
        chosen: list[Draft] = []
        for scope_start in scopes:
            start = max(scope_start, previous_end)
            chosen = [
                d
                for d in drafts[bisect_left(starts, start) : bisect_left(starts, source)]
                if d.q.span[1] <= (source if targets else span[0])
                and (
                    _judged_change(d) or _growth_rate(folded, d)
                    if targets and targets[0].change
                    else _judged(d)
                )
                and (not targets or _compatible(d, targets[0]))
                and not _in_base_paren(folded, ctx, d)
            ]
            chosen = _one_of_each_sum(folded, chosen, targets[0].value if targets else None)
            if chosen and (len(targets) <= 1 or len(chosen) == len(targets)):
                break
        if not chosen and len(targets) == 1 and _rate_target(drafts, starts, span, targets[0]):
            chosen = [drafts[bisect_left(starts, span[0]) - 1]]
            targets = [_Target(targets[0].value, "%", targets[0].bound, True)]
        if targets or (verdict is not None and verdict[2]):
            previous_end = span[1]
        pairs: list[tuple[Draft, _Target | None]]
        if not targets:
            pairs = [(d, None) for d in chosen]
        elif len(targets) == 1:
            pairs = [(d, targets[0]) for d in chosen]
        else:  # several targets: the last figures take the last targets, in order
            pairs = list(zip(reversed(chosen), reversed(targets), strict=False))
        if targets and chosen:
            _measure_alike(inside, chosen)
        for d, target in pairs:
            if target is not None:
                d.target_value, d.target_bound = target.value, target.bound
                d.target_unit, d.target_change = target.unit, target.change and d.kind == "change"
            if verdict is not None and d.verdict is None:
                d.verdict, d.verdict_cue = verdict[0], doc.text[verdict[1][0] : verdict[1][1]]


def _summed_before(
    folded: str, drafts: list[Draft], i: int, end: int, target: float | None = None
) -> bool:
    """Whether a later figure of the same unit before ``end`` sums up ``drafts[i]`` (a running
    total, ``nâng tổng số ... lên 41 đảng viên``): what is said after the sum is the sum's.
    With the ``target`` known, the sum takes it only when it is nearer to it than the part
    (``kết nạp 24 đảng viên, nâng tổng số đảng viên lên 1.250 ..., (kế hoạch 20)`` is the 24's)."""
    d = drafts[i]
    for later in drafts[i + 1 :]:
        if later.q.span[0] >= end:
            return False
        if _sums_up(folded, d, later):
            return target is None or _nearer(later.q.value, d.q.value, target)
    return False


def _one_of_each_sum(folded: str, chosen: list[Draft], target: float | None) -> list[Draft]:
    """``chosen`` without the figures a running total sums up, or, when the part is nearer to
    the ``target``, without the total: a target judges one of them."""
    dropped: set[int] = set()
    for i, d in enumerate(chosen):
        for later in chosen[i + 1 :]:
            if _sums_up(folded, d, later):
                if target is None or _nearer(later.q.value, d.q.value, target):
                    dropped.add(id(d))
                else:
                    dropped.add(id(later))
                break
    return [d for d in chosen if id(d) not in dropped]


def _sums_up(folded: str, part: Draft, later: Draft) -> bool:
    """Whether ``later`` is a running total of ``part``: of the same unit, with a word that
    sums up between them (``data/figure_cues.toml`` [running_total]: ``nâng tổng số``)."""
    return later.q.unit == part.q.unit and (
        cues("running_total.words").search(folded, part.q.span[1], later.q.span[0]) is not None
    )


def _nearer(a: float | None, b: float | None, target: float) -> bool:
    """Whether ``a`` is nearer to ``target`` than ``b`` is, as a ratio (a missing value is not)."""
    if not a or not b or target <= 0 or a <= 0 or b <= 0:
        return a is not None and b is None
    return abs(math.log(a / target)) <= abs(math.log(b / target))


def _measure_alike(written: list[Draft], judged: list[Draft]) -> None:
    """The targets written in a parenthesis measure what the figures they judge measure:
    ``Tỷ lệ hộ nghèo giảm còn 2,1% (Nghị quyết đề ra giảm còn 2,5%)`` → 2,5% is ``Tỷ lệ hộ
    nghèo``, not ``Nghị quyết đề ra``. Paired one to one, or all to the one judged."""
    if len(judged) == 1:
        pairs = [(target, judged[0]) for target in written]
    elif len(written) == len(judged):
        pairs = list(zip(written, judged, strict=True))
    else:
        return
    for target, figure in pairs:
        if figure.indicator:
            target.indicator, target.indicator_span = figure.indicator, figure.indicator_span


def _judges_nothing(drafts: list[Draft], starts: list[int], span: Span) -> bool:
    """Whether no figure lies in the parenthesis or before it in its sentence, so that what
    it says reaches none (``(Nghị quyết số 12-NQ/TU)`` in a sentence without figures): known
    from the sentence of the last figure before it."""
    i = bisect_left(starts, span[0])
    if i < len(starts) and starts[i] < span[1]:
        return False
    if i == 0:
        return True
    sentence = drafts[i - 1].sentence
    return sentence is not None and sentence[1] <= span[0]


@cache
def _unjudged_units() -> frozenset[str]:
    return frozenset(table("figure_cues")["verdict_scope"]["skip_units"])


def _named_before(folded: str, start: int) -> bool:
    """Whether the words right before a parenthesis name a target's source, so that it holds
    the target's level: ``đạt 51,8% so với nghị quyết đề ra (23.600 tỷ đồng)``."""
    found = cue_matches("target_phrase.sources", folded, max(0, start - 30), start)
    return bool(found) and _SOURCE_TAIL.fullmatch(folded, found[-1].end(), start) is not None


_SOURCE_TAIL = regex_cache.compile(r"(?:\s+(?:de ra|giao|nam|tinh|huyen|xa|phuong|dai hoi))*\s*")


def _growth_rate(folded: str, d: Draft) -> bool:
    """Whether an actual percent is a rate of growth, which a target for a rise judges:
    ``tốc độ tăng trưởng ... đạt 7,26% (kế hoạch tăng 7% – 7,5%)``."""
    if not _judged(d) or d.q.unit != "%" or d.clause is None:
        return False
    return _GROWTH.search(folded, d.clause[0], d.q.span[0]) is not None


_GROWTH = regex_cache.compile(r"(?<![a-z])(?:tang truong|toc do tang)(?![a-z])")


def _rate_target(drafts: list[Draft], starts: list[int], span: Span, target: _Target) -> bool:
    """Whether a bare percent in a parenthesis is the planned rate of the rise or fall right
    before it: ``tăng 6,47% (kế hoạch 9,05%)`` → a target of 9,05 for the rise."""
    at = bisect_left(starts, span[0]) - 1
    if at < 0 or target.change or target.unit != "%":
        return False
    d = drafts[at]
    return _judged_change(d) and d.q.unit == "%" and span[0] - d.q.span[1] <= 3


def _judged(d: Draft) -> bool:
    """Whether a verdict can be about this figure: an actual level, not a margin (``vượt 01
    người``), a target, or a count of targets (``còn 01 chỉ tiêu không đạt``)."""
    return (
        d.kind == "actual"
        and not d.difference
        and not d.in_target_paren
        and d.q.unit not in _unjudged_units()
    )


# A bracket holding the base of a comparison: "(năm 2023: 1.100 tỷ đồng)", "(cùng kỳ: 38)".
_BASE_PAREN = regex_cache.compile(
    r"\(\s*\*?\s*(?:nam\s+(?:19|20)\d\d|cung\s+ky|nam\s+truoc|ky\s+truoc)(?![a-z\d])"
)


def _in_base_paren(folded: str, ctx: Context, d: Draft) -> bool:
    """Whether the figure is a comparison's base in brackets, which no later plan judges:
    ``đạt 1.250 tỷ đồng (năm 2023: 1.100 tỷ đồng), ... đạt 104% dự toán (dự toán: ...)``."""
    paren = ctx.paren_at(d.q.span[0])
    return paren is not None and _BASE_PAREN.match(folded, paren[0]) is not None


def _judged_change(d: Draft) -> bool:
    """Whether a target for a change (``chỉ tiêu giảm 0,5%``) can be about this figure."""
    return d.kind == "change" and not d.in_target_paren


_SUBSET = regex_cache.compile(r"(?<![a-z])trong\s+(?:so\s+)?do(?![a-z])")


def stated_verdicts(doc: Doc, ctx: Context, drafts: list[Draft]) -> None:
    """Verdict words later in a figure's clause, outside parentheses: ``14/14 lượt người, đạt
    100% chỉ tiêu giao năm 2022`` → met."""
    folded = doc.folded
    for i, d in enumerate(drafts):
        s = d.q.span[0]
        if d.verdict is None and d.q.unit == "%" and folded.find("vuot", max(0, s - 12), s) >= 0:
            margin = _MARGIN_OF_PLAN.search(folded, max(0, s - 12), d.q.span[1] + 24)
            if margin is not None and margin.start("n") == d.q.number_span[0]:
                d.verdict, d.verdict_cue = "exceeded", doc.text[margin.start() : margin.end()]
                continue  # "vượt 468,9% dự toán": by how much the plan was passed
        if d.verdict is not None or not _judged(d) or _in_base_paren(folded, ctx, d):
            continue
        clause = d.clause or ctx.clause(d.q.span[0])
        # a part named after "trong đó" has verdicts of its own: "đạt 100% kế hoạch, trong đó
        # có 7/29 chỉ tiêu vượt kế hoạch" says nothing more of the 100%
        subset = _SUBSET.search(folded, d.q.span[1], clause[1])
        end = subset.start() if subset is not None else clause[1]
        if not ctx.none_after(_any_verdict(False), d.q.span[1], end):
            found = _verdict_in(folded, (d.q.span[1], end), paren=False)
            if found is not None and _summed_before(folded, drafts, i, found[1][0], d.target_value):
                continue  # "24 đảng viên, nâng tổng số lên 41 đảng viên, vượt chỉ tiêu": the 41's
            if found is not None and ctx.paren_at(found[1][0]) is None:
                d.verdict, d.verdict_cue = found[0], doc.text[found[1][0] : found[1][1]]
                continue
        start = max(clause[0], d.q.span[0] - 12)  # "hoàn thành 100%"
        share = (
            _share_of_target(doc.text, folded, start, end, _year_closed(ctx, d))
            if not ctx.none_after(_SHARE, start, end)
            else None
        )
        if share is not None:
            d.verdict, d.verdict_cue = share[0], doc.text[share[1][0] : share[1][1]]


def _share_of_target(
    text: str, folded: str, start: int, end: int, closed: bool = False
) -> tuple[str, Span] | None:
    """``đạt 104% kế hoạch`` or ``vượt 3,5% kế hoạch`` at or after ``start`` in the clause:
    exceeded (met at 100%). A share under 100% is a miss only when the year it is about is
    ``closed`` (``Năm 2023 ... bằng 98,5% dự toán``) or the text says it falls short (``mới
    đạt 62,5% kế hoạch``): a report mid-year is no miss."""
    m = _SHARE.search(folded, start, end)
    if m is None:
        return None
    share = parse_number(m.group(2))
    if m.group(1) == "vuot" and share > 0 or share > 100:
        return "exceeded", m.span()
    if share == 100:
        return "met", m.span()
    short = _ONLY_BEFORE.search(text, max(0, m.start() - 16), m.start())
    if (closed or short) and share > 0 and not _BUDGET_LINE.match(folded, m.end()):
        return "not_met", m.span()
    return None


# "..., mới đạt 62,5% kế hoạch", "(chỉ đạt 80% kế hoạch)": the writer says the share falls
# short; read on the text as written and opening its clause, since "tổng chi đạt" (spending)
# and "đảng viên mới đạt" (new members) fold alike.
_ONLY_BEFORE = regex_cache.compile(
    r"(?:^|[,(;:.]|\bnhưng|\bsong|\bvẫn)\s*(?:[Mm]ới\s+)?(?:[Mm]ới|[Cc]hỉ)\s+$"
)


# After "dự toán", a budget line names an amount, not the plan: "bằng 10% dự toán chi
# thường xuyên" (a tenth of the budget for running costs) judges nothing.
_BUDGET_LINE = regex_cache.compile(r"\s*(?:chi|thu|ngan sach|von|kinh phi)(?![a-z])")


def _year_closed(ctx: Context, d: Draft) -> bool:
    """Whether the figure is about whole years that the document looks back on: years it
    reviews that ended before its issue (2022..2024 in a report of March 2025), the months
    closing a year that a report of its December reviews (2025-H2 issued 15/12/2025), or a year
    written in its sentence that it reviews (``reviewed`` 2023) or, that unknown, that ends
    within a month of its issue (issued 05/12/2023 or later, ``ước cả năm``); not a year it
    plans for or is halfway through."""
    period = d.period
    if d.kind != "actual" or not period:
        return False
    meta = ctx.doc.meta
    issued = meta.issued_on if meta is not None else None
    if period.endswith(_YEAR_END_PARTS) and period[:4].isdigit():
        # the months that close a year, in a report of them issued in its December
        return ctx.reviewed == period and issued is not None and issued >= f"{period[:4]}-12-01"
    if not _WHOLE_YEARS.fullmatch(period):
        return False
    if len(period) != 4:
        return ctx.reviewed == period and issued is not None and issued > f"{period[-4:]}-12-31"
    sentence = d.sentence or ctx.sentence(d.q.span[0])
    if not any(p.label == period for p in ctx.periods(*sentence, None)):
        return False
    if ctx.reviewed is not None:
        return ctx.reviewed == period
    return issued is not None and issued >= f"{period}-12-01"


_YEAR_END_PARTS = ("-H2", "-Q4", "-M12")
_WHOLE_YEARS = regex_cache.compile(r"\d{4}(?:\.\.\d{4})?")


@cache
def _lower_is_better() -> re.Pattern[str]:
    """Indicators for which lower is better (``data/directions.toml``), folded."""
    phrases = table("directions")["lower_is_better"]["phrases"]
    body = "|".join(re.escape(key(p)) for p in sorted(phrases, key=len, reverse=True))
    return regex_cache.compile(rf"(?<![a-z])(?:{body})(?![a-z])")


@cache
def _compared_with() -> re.Pattern[str]:
    """``so với`` and a plan's source right before a number: ``so với chỉ tiêu``, ``so với
    kế hoạch được giao là``, ``so với nghị quyết đề ra``."""
    sources = cues("target_phrase.sources").pattern
    return regex_cache.compile(
        rf"(?:(?P<compared>so\s+voi)|(?<![a-z])(?:(?:chua|khong)\s+)?dat)\s+(?:cac\s+)?(?:{sources})"
        rf"(?:[\s,]+(?:duoc\s+)?(?:giao|de\s+ra|nam\s+(?:19|20)\d\d))*[\s*_]*(?:la|:)?[\s*_]*$"
    )


def compared_targets(doc: Doc, ctx: Context, drafts: list[Draft]) -> None:
    """A target written after ``so với`` and its source (``chỉ tiêu``, ``kế hoạch``) is the
    target of the result its clause opens with, of the same unit: ``Kết nạp 21 đảng viên,
    vượt 3 đảng viên (vượt 16,7%) so với chỉ tiêu 18 đảng viên`` → 21 has 18; so is one
    after ``(chưa) đạt chỉ tiêu`` of the result's size: ``đạt 92,7%, chưa đạt chỉ tiêu 95%``.
    Not of a margin, a figure in brackets (a base: ``so với năm 2023 (45 đảng viên)``), a
    part after ``trong đó``, nor a share of the target (``bằng 98,9% so với chỉ tiêu 93%``)."""
    folded = doc.folded
    for i, d in enumerate(drafts):
        if i == 0 or d.kind != "target" or d.q.value is None:
            continue
        s = d.q.span[0]
        before = folded[max(0, s - 60) : s]
        if "so voi" not in before and "dat" not in before:
            continue
        cue = _compared_with().search(folded, max(0, s - 60), s)
        if cue is None:
            continue
        clause_start = ctx.clause(s)[0]
        opening = [e for e in drafts[:i] if e.q.span[0] >= clause_start]
        result = next((e for e in opening if _may_take_target(folded, ctx, e, d)), None)
        if result is None or result.target_value is not None:
            continue
        if cue.group("compared") is None and not _near(result.q.value, d.q.value):
            continue  # "18 đảng viên, chưa đạt chỉ tiêu 2 đảng viên": short by 2, not a plan of 2
        result.target_value, result.target_bound = d.q.value, d.bound
        result.target_unit = d.q.unit


_PART_OF = regex_cache.compile(r"(?<![a-z])trong\s+(?:so\s+)?do(?![a-z])")
_SHARE_OF_TARGET = regex_cache.compile(r"[\s*_]*so\s+voi\s")


def _near(result: float | None, target: float) -> bool:
    """Whether a number after a verdict on the plan is of the result's size, so the plan
    itself (``92,7%, chưa đạt chỉ tiêu 95%``), not how far the result falls short of it."""
    return result is not None and result > 0 and 0.5 <= target / result <= 2


def _may_take_target(folded: str, ctx: Context, result: Draft, target: Draft) -> bool:
    """Whether ``result`` is a result the plan ``target`` may judge (see ``compared_targets``)."""
    s, e = result.q.span
    if result.kind != "actual" or result.difference or result.q.unit != target.q.unit:
        return False
    if ctx.paren_at(s) is not None or _PART_OF.search(folded, ctx.clause(s)[0], s):
        return False
    return not (result.q.unit == "%" and _SHARE_OF_TARGET.match(folded, e))


def infer_verdict(draft: Draft) -> None:
    """``Nghị quyết là 70%`` and 80,35% → exceeded; lower-is-better indicators the other way."""
    if draft.verdict is not None or draft.target_value is None:
        return
    if draft.kind != ("change" if draft.target_change else "actual"):
        return
    q = draft.q
    actual: float | None
    if q.part is not None and q.whole and not q.pair and draft.target_unit in (None, "%"):
        actual = 100.0 * q.part / q.whole
    elif q.part is not None and not q.pair:
        actual = q.part
    else:
        actual = q.value
    if actual is None:
        return
    draft.verdict = _compared(draft, actual, draft.target_value)
    if draft.verdict == "not_met" and _partial_amount(draft):
        draft.verdict = None


def _compared(draft: Draft, actual: float, target: float) -> str:
    """The verdict of ``actual`` against ``target`` under the draft's bound and indicator."""
    bound = draft.target_bound
    lower = bool(draft.indicator and _lower_is_better().search(key(draft.indicator)))
    if draft.target_change or (draft.indicator and _REDUCTION.search(key(draft.indicator))):
        lower = False  # "giảm 0,8%" against "giảm 0,5%", "hộ nghèo giảm 126": more is better
    if bound == "max":
        return "met" if actual <= target else "not_met"
    if lower and bound != "min":
        return "exceeded" if actual < target else "met" if actual == target else "not_met"
    if bound == "min":
        return "met" if actual >= target else "not_met"
    return "exceeded" if actual > target else "met" if actual == target else "not_met"


def _partial_amount(draft: Draft) -> bool:
    """An amount for part of a year (``6 tháng ... 12.221 tỷ đồng``), whose target may be the
    year's: below it is no miss yet. A rate (``tăng 6,47%``) compares as it stands."""
    period = draft.period or ""
    unit = draft.q.unit or ""
    return not unit.startswith("%") and any(p in period for p in ("-H", "-Q", "-M"))


def pair_verdict(ctx: Context, draft: Draft) -> None:
    """An achieved/planned pair judges itself: ``45.799/36.875 tỷ đồng`` → exceeded. Below
    its plan it is a miss only in a year the document looks back on (``_year_closed``):
    ``6 tháng đầu năm thu 2.500/5.000 tỷ đồng`` is halfway, no miss."""
    q = draft.q
    if draft.verdict is not None or not q.pair or draft.target_value is not None:
        return
    if q.value is None or not q.whole or draft.kind != "actual":
        return
    verdict = _compared(draft, q.value, q.whole)
    if verdict != "not_met" or _year_closed(ctx, draft):
        draft.verdict = verdict
