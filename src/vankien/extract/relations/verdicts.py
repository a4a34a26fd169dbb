"""A result, the target it is held against and the text's verdict on it.

``đạt 80,35% (Nghị quyết là 70% - thực hiện vượt chỉ tiêu)`` → ``verdict`` {actual: 80.35,
target: 70, bound: 0, verdict: 1, lower_better: 0}; ``chiếm tỷ lệ 1,04% (Nghị quyết là dưới 0,6
- chưa đảm bảo)`` → {actual: 1.04, target: 0.6, bound: -1, strict: 1, verdict: -1,
lower_better: 1}; ``đạt 9,09% (chưa đạt chỉ tiêu theo Kế hoạch số 177-KH/TU ... là 10%)``
and ``đạt 95%, vượt chỉ tiêu nghị quyết (90%)`` too.

Encoding (``values`` holds numbers only): ``bound`` 1 for a minimum (``trên``, ``từ ... trở
lên``), -1 for a maximum (``dưới``, ``không quá``), 0 for a plain target; ``strict`` 1 when
the bound excludes the target itself (``trên``, ``dưới``); ``verdict`` 1 exceeded, 0 met,
-1 not met; ``lower_better`` 1 when a lower result is the better one (the bound says so, or
the indicator is in ``data/directions.toml``). A result whose direction is unclear gives nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from vankien import regex_cache
from vankien.document import Doc
from vankien.extract.numbers import NUMBER
from vankien.extract.relations._shared import (
    AT_NUM,
    Index,
    RelationFields,
    compiled,
    cue,
    number,
    relation,
)
from vankien.folding import key
from vankien.vocab import table

_SOURCE_WORDS = regex_cache.compile(
    r"(?<![a-z])(?:chi\s+tieu|ke\s+hoach|nghi\s+quyet|muc\s+tieu|du\s+toan|kh|nq)(?![a-z])"
)
# What every form needs after its result: a bracket or a comma ("80,35% (", "95%, vượt").
_RESULT = regex_cache.compile(rf"{AT_NUM}\s*%?(?:\s+[a-z]+){{0,3}}\s*[(,]")
_STRICT = regex_cache.compile(r"(?:tren|hon|duoi)\Z")
_APPROX_BEFORE = regex_cache.compile(
    r"(?:tren|duoi|khoang|gan|hon|uoc|xap\s+xi|tu|tang|giam|vuot)\s*\Z"
)
_CLAUSE_START = regex_cache.compile(r"[;\n:]|(?<!\d)\.|\.(?!\d)")
# Verbs that make a count of bad things a count of things dealt with ("giảm được 121 hộ nghèo").
_ACTION = regex_cache.compile(
    r"(?<![a-z])(?:giam(?!\s+(?:con|xuong))|thoat|xu\s+ly|giai\s+quyet|dieu\s+tra|kham\s+pha|"
    r"phat\s+hien|triet\s+pha|khac\s+phuc|ngan\s+chan|phong\s+chong|kiem\s+che|han\s+che)(?![a-z])"
)


def _cues() -> str:
    return (
        rf"(?P<cue>(?P<not_met>{cue('verdict_not_met')})|(?P<exceeded>{cue('verdict_exceeded')})"
        rf"|(?P<met>{cue('verdict_met')}))(?![a-z])"
    )


def _bound() -> str:
    return rf"(?:(?P<bmin>{cue('bound_min')})|(?P<bmax>{cue('bound_max')}))\s+"


@cache
def _forms() -> tuple[re.Pattern[str], ...]:
    target = rf"(?:{_bound()})?(?P<target>{NUMBER})(?![\d])\s*(?P<tpc>%)?(?P<up>\s*tro\s+len)?"
    actual = rf"(?P<actual>{AT_NUM})\s*(?P<apc>%)?(?:\s+[a-z]+){{0,3}}?"
    return (
        compiled(  # 80,35% (Nghị quyết là 70% - thực hiện vượt chỉ tiêu)
            rf"{actual}(?:\s*\([^()]{{0,60}}\))?\s*\(\s*\*?\s*(?:{cue('target_source')})"
            rf"\s*(?:la|:)?\s*{target}\s*[-,;:]?\s*(?:thuc\s+hien\s+)?{_cues()}"
        ),
        compiled(  # 9,09% (chưa đạt chỉ tiêu theo Kế hoạch số 177-KH/TU ... là 10%)
            rf"{actual}\s*\(\s*\*?\s*{_cues()}(?P<mid>(?:[^()%\d]|\d+-[a-z]+/[a-z]+){{0,120}}?)"
            rf"\s(?:la|:)\s*{target}"
        ),
        compiled(  # 95%, vượt chỉ tiêu nghị quyết (90%)
            rf"{actual}\s*,\s*(?:thuc\s+hien\s+)?{_cues()}"
            rf"(?P<tail>(?:\s+(?:nghi\s+quyet|de\s+ra|giao|nam\s+(?:19|20)\d\d)){{0,3}})"
            rf"\s*\(\s*\*?\s*(?:(?:{cue('target_source')})\s*(?:la|:)?\s*)?{target}\s*\*?\s*\)"
        ),
    )


@cache
def _target_open() -> re.Pattern[str]:
    """How the bracket of every form begins: a target's source, a verdict, a bound or a number
    (``(Nghị quyết là 70%``, ``(chưa đạt chỉ tiêu``, ``(90%)``)."""
    return compiled(
        rf"\(\s*\*?\s*(?:{cue('target_source')}|{cue('verdict_not_met')}|{cue('verdict_exceeded')}"
        rf"|{cue('verdict_met')}|{cue('bound_min')}|{cue('bound_max')}|\d)"
    )


@cache
def _lower_better_phrases() -> re.Pattern[str]:
    phrases = sorted((key(p) for p in table("directions")["lower_is_better"]["phrases"]), key=len)
    alternation = "|".join(re.escape(p) for p in reversed(phrases))
    return regex_cache.compile(rf"(?<![a-z])(?:{alternation})(?![a-z])")


def find(doc: Doc, index: Index | None = None) -> list[RelationFields]:
    """Every ``verdict`` relation of ``doc``."""
    folded = doc.folded
    found: list[RelationFields] = []
    last = -1
    index = index or Index.of(folded)
    parens = index.parens
    opens = [p for p in parens if _target_open().match(folded, p)]
    tried: dict[int, RelationFields | None] = {}
    for at, paren in enumerate(parens):
        # A form's own bracket is the first or second after its result, so it stands between
        # the result (at most 100 characters before this bracket) and the next bracket.
        reach = parens[at + 1] if at + 1 < len(parens) else paren
        near = bisect_right(opens, paren - 100)
        if near == len(opens) or opens[near] > reach:
            continue
        for position in index.numbers_before(paren, 100)[::-1]:
            if position < last:
                continue
            if position not in tried:
                tried[position] = _at(doc, position)
            item = tried[position]
            if item:
                found.append(item)
                last = item["span"][1]
                break
    return found


def _at(doc: Doc, position: int) -> RelationFields | None:
    """The verdict whose result is the number at ``position``, by the first form that reads it."""
    folded = doc.folded
    result = _RESULT.match(folded, position)
    if not result:
        return None
    # The first two forms go on with a bracket after the result, the third with a comma.
    comma = folded[result.end() - 1] == ","
    for form, pattern in enumerate(_forms()):
        if (form == 2) != comma:
            continue
        match = pattern.match(folded, position)
        if match and (item := _verdict(doc, match, form)):
            return item
    return None


def _verdict(doc: Doc, match: re.Match[str], form: int) -> RelationFields | None:
    folded = doc.folded
    start = match.start("actual")
    if _APPROX_BEFORE.search(folded, max(0, start - 12), start):
        return None
    if form == 1 and not _SOURCE_WORDS.search(match["cue"] + (match["mid"] or "")):
        return None
    if (
        form == 2
        and not _SOURCE_WORDS.search(match["cue"] + match["tail"])
        and "chi tieu" not in match["cue"]
    ):
        return None
    actual_pct, target_pct = bool(match["apc"]), bool(match["tpc"])
    target, _ = number(match["target"])
    if target_pct and not actual_pct:
        return None
    if actual_pct and not target_pct and target > 100:
        return None
    bound = 1.0 if match["bmin"] or match["up"] else -1.0 if match["bmax"] else 0.0
    strict = (
        1.0
        if (match["bmin"] or match["bmax"])
        and _STRICT.search(match["bmin"] or match["bmax"] or "")
        and not match["up"]
        else 0.0
    )
    lower = _lower_better(folded, start, bound)
    if lower is None:
        return None
    verdict = -1.0 if match["not_met"] else 1.0 if match["exceeded"] else 0.0
    values = {
        "actual": number(match["actual"])[0],
        "target": target,
        "bound": bound,
        "strict": strict,
        "verdict": verdict,
        "lower_better": 1.0 if lower else 0.0,
    }
    spans = {
        "actual": match.span("actual"),
        "target": match.span("target"),
        "cue": match.span("cue"),
    }
    end = max(match.end("cue"), match.end("target"))
    return relation(doc, "verdict", (start, end), values, spans=spans)


def _lower_better(folded: str, start: int, bound: float) -> bool | None:
    """Whether a lower result is better; ``None`` when the text leaves it unclear."""
    if bound:
        return bound < 0
    window_start = max(0, start - 150)
    ends = list(_CLAUSE_START.finditer(folded, window_start, start))
    clause_start = ends[-1].end() if ends else window_start
    phrase = _lower_better_phrases().search(folded, clause_start, start)
    if not phrase:
        return False
    if _ACTION.search(folded, clause_start, start):
        return None
    return True
