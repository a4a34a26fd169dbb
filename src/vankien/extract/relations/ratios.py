"""Fractions and the percent stated for them; fractions whose two sides differ in scale.

``có 56/74 ấp, khu phố ..., đạt 75,56%`` → ``ratio`` {part: 56, whole: 74, percent: 75.56};
``đạt 92% (130.687/142.052 người)`` → ``ratio`` with the percent written first;
``27.075.000.000 triệu đồng/28.500.000.000 đồng, đạt 95%`` → ``unit`` {part, whole,
part_scale: 1e6, whole_scale: 1, percent: 95}: the two sides are in different scales.
A slash chain (``10 lượt/11 người/10 vụ việc``), a date (``14/12/2022``), a rate
(``6,43 bác sĩ/1 vạn dân``) or two different units (``133 lượt/133 người``) is no fraction.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from vankien import regex_cache
from vankien.document import Doc
from vankien.extract.numbers import NUMBER
from vankien.extract.relations._shared import (
    AT_NUM,
    SCALE_WORD,
    SCALES,
    WORD,
    Index,
    RelationFields,
    compiled,
    cue,
    number,
    relation,
)

_FRACTION = regex_cache.compile(
    rf"(?P<part>{AT_NUM})(?P<pu>(?:\s+{WORD}){{0,3}}?)\s*/\s*(?P<whole>{NUMBER})(?![\d])(?![.,]\d)"
)
# What a fraction's slash needs after it: the whole ("56/74").
_WHOLE_AFTER = regex_cache.compile(r"\s*\d")
_CHAIN = regex_cache.compile(rf"(?:\s+{WORD}){{0,3}}\s*/\s*\d")
# A rank ("xếp thứ 24/34 địa phương") or a date part is no fraction.
_LABEL_BEFORE = regex_cache.compile(
    r"(?<![a-z])(?:ngay|thang|nam|so|quy|tuan|lan|khoa|ky\s+hieu|thu|hang|xep|dung)\s*\Z"
)
_UNIT_AFTER = regex_cache.compile(rf"(?:\s+{WORD}){{1,3}}")
_MONEY_AFTER = regex_cache.compile(rf"(?:\s+{SCALE_WORD})*\s+(?:dong|vnd)(?![a-z])")
# Words between a fraction and a percent that make the percent a comparison, not its share.
_CHANGE_WORDS = regex_cache.compile(
    r"(?<![a-z])(?:tang|giam|vuot|hon|so\s+voi|cung\s+ky|binh\s+quan|trung\s+binh)(?![a-z])"
)
# A percent stated after a fraction comes before any ";", "/" or ")" (see :func:`_after`).
_PERCENT_STOP = regex_cache.compile(r"[;/)%]")
_STOP_BEFORE_PERCENT = regex_cache.compile(r"[;/)]")
_APPROX_BEFORE = regex_cache.compile(
    r"(?:tang|giam|vuot|hon|tren|duoi|khoang|gan|xap\s+xi|tu)\s*\Z"
)


@cache
def _after() -> re.Pattern[str]:
    return compiled(
        rf"(?P<gap>[^\d;\n()%/]{{0,150}}?)(?:[,(]|\s-)\s*\*?\s*(?:{cue('ratio_connector')})"
        rf"\s*(?P<pct>{NUMBER})\s*%"
        rf"|(?P<gap2>[^\d;\n()%/]{{0,80}}?)(?:\s*\(\s*\*?\s*=?|\s=)\s*(?P<pct2>{NUMBER})\s*%(?:\s*\*?\s*\))?"
    )


@cache
def _another() -> re.Pattern[str]:
    """A second share stated right after the first, of another base: ``đạt 165,17% kế hoạch
    tỉnh giao và đạt 112,89% kế hoạch huyện``."""
    return compiled(
        rf"[^\d;\n()%/]{{0,60}}?(?:,|\s(?:va|con))\s*(?:{cue('ratio_connector')})\s*(?:{NUMBER})\s*%"
    )


@cache
def _before() -> re.Pattern[str]:
    return compiled(rf"(?P<pct>{NUMBER})\s*%\s*(?:{cue('ratio_lead')})\Z")


def _money_prefix(words: list[str]) -> float | None:
    """The scale of leading money words (``["trieu", "dong", ...]`` → 1e6), else ``None``."""
    scale = 1.0
    for word in words:
        if word in SCALES:
            scale *= SCALES[word]
        elif word in ("dong", "vnd"):
            return scale
        else:
            return None
    return None


def find(doc: Doc, index: Index | None = None) -> list[RelationFields]:
    """Every ``ratio`` and mixed-scale ``unit`` relation of ``doc``.

    ``index`` is what the caller found once for all finders (:class:`Index`).
    """
    folded = doc.folded
    found: list[RelationFields] = []
    index = index or Index.of(folded)
    for slash in index.slashes:
        if not _whole_after(folded, slash) or not _may_be_kept(folded, slash, index.percents):
            continue
        match = next(
            (
                m
                for c in index.numbers_before(slash, 40)
                if (m := _FRACTION.match(folded, c)) and m.start("whole") > slash
            ),
            None,
        )
        if not match or folded.rfind("/", match.start(), match.start("whole")) != slash:
            continue
        start, part_end = match.start(), match.end("pu")
        whole_start, end = match.span("whole")
        if _CHAIN.match(folded, end) or _labelled(doc.text, folded, start):
            continue
        part, part_places = number(match["part"])
        whole, whole_places = number(match["whole"])
        if whole == 0 or (1900 <= part <= 2100 and 1900 <= whole <= 2100):
            continue
        part_words = match["pu"].split()
        unit_match = _UNIT_AFTER.match(folded, end)
        whole_words = unit_match.group().split() if unit_match else []
        part_scale = _money_prefix(part_words) if part_words else None
        whole_scale = _money_prefix(whole_words)
        if part_words and part_scale is None and whole_words[: len(part_words)] != part_words:
            continue  # two different units: "133 lượt/133 người", "6,43 bác sĩ/1 vạn dân"
        if part_words and part_scale is not None and whole_scale is None:
            continue
        percent = _percent(folded, start, end)
        spans = {"part": (start, part_end), "whole": (whole_start, end)}
        values: dict = {"part": part, "whole": whole}
        decimals: dict = {}
        span_start, span_end = start, end
        if percent is not None:
            value, places, pct_span = percent
            values["percent"] = value
            decimals["percent"] = places
            spans["percent"] = pct_span
            span_start, span_end = min(start, pct_span[0]), max(end, pct_span[1])
        if part_scale is not None and whole_scale is not None and part_scale != whole_scale:
            values |= {"part_scale": part_scale, "whole_scale": whole_scale}
            money = _MONEY_AFTER.match(folded, end)
            if money:
                spans["whole"] = (whole_start, money.end())
            found.append(
                relation(
                    doc, "unit", (span_start, span_end), values, decimals_=decimals, spans=spans
                )
            )
        elif percent is not None:
            if whole_scale is not None:  # amounts rounded as written: "1.987/5.412 tỷ đồng"
                values["rounded"] = 1.0
                decimals |= {"part": part_places, "whole": whole_places}
            found.append(
                relation(
                    doc, "ratio", (span_start, span_end), values, decimals_=decimals, spans=spans
                )
            )
    return found


def _labelled(text: str, folded: str, start: int) -> bool:
    """Whether a label stands before the number at ``start``: a rank (``xếp thứ 24/34``) or
    a date part; ``thu`` is the rank ``thứ`` only when so written (``thu 40.120/35.540``
    collects)."""
    m = _LABEL_BEFORE.search(folded, max(0, start - 14), start)
    if m is None:
        return False
    return m.group().strip() != "thu" or text[m.start() : m.start() + 3].lower() == "thứ"


def _whole_after(folded: str, slash: int) -> bool:
    """Whether a number follows ``slash`` (``56/74``, ``56/ 74``); the pattern is run only
    when a space does."""
    after = folded[slash + 1 : slash + 2]
    if after.isdecimal():
        return True
    return after.isspace() and _WHOLE_AFTER.match(folded, slash + 1) is not None


def _may_be_kept(folded: str, slash: int, percents: list[int]) -> bool:
    """Whether a fraction at ``slash`` could be kept: it needs a percent (written within 100
    characters before the slash, or after it before any ``;``, ``/`` or ``)``) or a money word
    in its part (whose number starts within 40 characters before the slash). ``percents``:
    where the text's percent signs are, in text order."""
    at = bisect_left(percents, slash - 100)
    if at < len(percents):
        percent = percents[at]  # the first one within 100 characters before, else after
        if percent < slash or not _STOP_BEFORE_PERCENT.search(folded, slash + 1, percent):
            return True
    low = max(0, slash - 40)
    return folded.find("dong", low, slash) != -1 or folded.find("vnd", low, slash) != -1


def _percent(folded: str, start: int, end: int) -> tuple[float, int, tuple[int, int]] | None:
    """The percent stated for the fraction at ``start..end``: after it, else just before it."""
    stop = _PERCENT_STOP.search(folded, end)
    after = _after().match(folded, end) if stop and stop.group() == "%" else None
    if after and _CHANGE_WORDS.search(after["gap"] or after["gap2"] or ""):
        after = None
    if after:
        group = "pct" if after["pct"] is not None else "pct2"
        pct_start, pct_end = after.span(group)
        sign_end = folded.index("%", pct_end) + 1
        if compiled(cue("not_a_share")).match(folded, sign_end):
            return None
        if _another().match(folded, sign_end):
            return None  # two shares of two plans: which one the fraction gives is not said
        value, places = number(after[group])
        return value, places, (pct_start, sign_end)
    window_start = max(0, start - 60)
    if folded.find("%", window_start, start) == -1:
        return None
    before = _before().search(folded, window_start, start)
    if before:
        pct_start, pct_end = before.span("pct")
        if _APPROX_BEFORE.search(folded, max(0, pct_start - 14), pct_start):
            return None
        value, places = number(before["pct"])
        return value, places, (pct_start, folded.index("%", pct_end) + 1)
    return None
