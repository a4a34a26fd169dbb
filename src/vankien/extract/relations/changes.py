"""Two compared values and the difference the text states between them.

``17 lượt người, vượt 01 người (vượt 6,25%) so với chỉ tiêu giao năm 2022 (giao 16 người)``
→ ``change`` {new: 17, base: 16, delta: 1, percent: 6.25, direction: 1};
``tỷ lệ hộ nghèo giảm từ 5,2% xuống còn 3,6%`` → {base: 5.2, new: 3.6, direction: -1,
percent_values: 1}; ``đạt 120 tỷ đồng, bằng 120% so với cùng kỳ (100 tỷ đồng)`` →
{new: 120, base: 100, ratio_percent: 120}. Only kept when both compared values are written:
``tăng 14 vụ so với cùng kỳ năm 2019`` names no base and gives nothing; ``tăng 1,45 lần``
states a multiple, not a difference, and gives nothing either (so a difference counted in
"lần", ``tăng từ 15 lần lên 20 lần, tăng 5 lần``, is left unread: a miss, never a false issue).
"""

from __future__ import annotations

import math
import re
from functools import cache

from vankien import regex_cache
from vankien.document import Doc
from vankien.extract.numbers import NUMBER
from vankien.extract.relations._shared import (
    AT_NUM,
    NUM,
    WORD,
    Index,
    RelationFields,
    at_words,
    clause_end,
    compiled,
    cue,
    money_scale,
    number,
    relation,
    scale_after,
    starts_in,
)
from vankien.folding import fold
from vankien.vocab import table

# How far before the bracket holding its base a change verb may stand: the base is looked for
# up to 160 characters after the stated change, which is itself far shorter than the rest.
REACH = 400
_LABEL_BEFORE = regex_cache.compile(r"(?:ngay|thang|nam|quy|so|lan|khoa|dieu|khoan)\s*\Z")


@cache
def _change() -> re.Pattern[str]:
    return compiled(
        rf"(?P<verb>{cue('change_up')}|{cue('change_down')}|bang)(?:\s+(?:them|duoc))?"
        rf"\s+(?P<d>{NUMBER})(?![\d])(?![.,]\d)(?!\s*lan(?![a-z]))\s*(?P<dpc>%)?"
    )


@cache
def _verb_start() -> re.Pattern[str]:
    """The first words of :func:`_change`: where a stated change may start."""
    return compiled(rf"(?:{cue('change_up')}|{cue('change_down')}|bang)\s")


@cache
def _base_open() -> re.Pattern[str]:
    """A bracket that may hold a base: how :func:`_base_after` begins (``(giao 16``) or how
    :func:`_base_named_before` ends (``(100 tỷ đồng)``)."""
    # (a loose form of both: any run of digits and marks stands for the number)
    return compiled(
        rf"\(\s*\*?\s*(?:(?:{cue('change_base')})\s*(?:la|:|co)?\s*\d"
        rf"|\d[\d.,]*(?:\s*%|(?:\s+[a-z]+){{0,4}})\s*\*?\s*\))"
    )


@cache
def _new_before() -> re.Pattern[str]:
    return compiled(
        rf"(?P<new>{NUM})(?P<nu>\s*%|(?:\s+{WORD}){{0,4}}?)\s*,?\s*(?:(?:da|duoc|la|dat)\s+)?\Z"
    )


@cache
def _pct_paren() -> re.Pattern[str]:
    return compiled(
        rf"(?P<du>(?:\s+{WORD}){{0,3}}?)\s*\(\s*(?:(?:{cue('change_up')}|{cue('change_down')})\s*)?"
        rf"(?P<p>{NUMBER})\s*%\s*\)"
    )


@cache
def _base_after() -> re.Pattern[str]:
    return compiled(
        rf"\(\s*\*?\s*(?:{cue('change_base')})\s*(?:la|:|co)?\s*(?P<base>{NUM})"
        rf"(?P<bu>\s*%|(?:\s+{WORD}){{0,4}}?)\s*\*?\s*\)"
    )


@cache
def _base_named_before() -> re.Pattern[str]:
    return compiled(
        rf"so\s+(?:voi\s+)?(?:{cue('change_base')})\s*\(\s*\*?\s*(?P<base>{NUM})"
        rf"(?P<bu>\s*%|(?:\s+{WORD}){{0,4}}?)\s*\*?\s*\)"
    )


# The words a change from one value to another goes by: "từ 5,2% xuống còn 3,6%".
_WAYS = ("len", "xuong")


@cache
def _from_to() -> re.Pattern[str]:
    return compiled(
        rf"tu\s+(?P<base>{AT_NUM})\s*(?P<bpc>%)?(?P<bu>(?:\s+(?!tro\b){WORD}){{0,3}}?)"
        rf"(?:\s*\(?\s*nam\s+(?:19|20)\d\d\s*\)?)?\s*,?\s*(?P<way>{'|'.join(_WAYS)})"
        r"(?:\s+(?:con|muc))?\s+"
        rf"(?P<new>{NUM})\s*(?P<npc>%)?"
    )


@cache
def _verb_before() -> re.Pattern[str]:
    return compiled(rf"(?<![a-z])(?P<verb>{cue('change_up')}|{cue('change_down')})\s+\Z")


@cache
def _stated_after() -> re.Pattern[str]:
    return compiled(
        rf"(?:(?:\s+{WORD}){{0,3}}?)(?:\s*\(?\s*nam\s+(?:19|20)\d\d\s*\)?)?\s*,\s*(?:tuc\s+(?:la\s+)?)?"
        rf"(?P<verb>{cue('change_up')}|{cue('change_down')})\s+(?P<d>{NUMBER})(?![\d])(?![.,]\d)(?!\s*lan(?![a-z]))\s*(?P<dpc>%)?"
    )


@cache
def _up() -> re.Pattern[str]:
    return compiled(rf"(?:{cue('change_up')})\Z")


def _direction(verb: str) -> float:
    if verb == "bang":
        return 0.0
    return 1.0 if _up().match(verb) else -1.0


def find(doc: Doc, index: Index | None = None) -> list[RelationFields]:
    """Every ``change`` relation of ``doc`` whose two compared values are written.

    A stated change needs its base in a bracket after it (``(giao 16 người)``): its verb is
    looked for only in the stretch before such a bracket.
    """
    found = _from_to_changes(doc)
    taken = [r["span"] for r in found]
    folded = doc.folded
    index = index or Index.of(folded)
    for position in _verb_positions(folded, index):
        match = _change().match(folded, position)
        if not match:
            continue
        if any(s <= match.start() < e for s, e in taken):
            continue
        item = _stated_change(doc, match)
        if item:
            found.append(item)
    return found


def _verb_positions(folded: str, index: Index) -> list[int]:
    """Where a change verb starts a word in the stretch before a bracket that may hold a base."""
    stretches: list[list[int]] = []
    for paren in index.parens:
        if _base_open().match(folded, paren):
            low = max(0, paren - REACH)
            if stretches and low <= stretches[-1][1]:
                stretches[-1][1] = paren
            else:
                stretches.append([low, paren])
    return [p for low, high in stretches for p in starts_in(_verb_start(), folded, low, high)]


# A breakdown in brackets between a value and its change: "31 đồng chí (chính thức 29, dự bị
# 02), tăng 05 đồng chí".
_BREAKDOWN_BEFORE = regex_cache.compile(r"\([^()\n]{1,60}\)\s*,\s*$")


def _past_breakdown(folded: str, start: int) -> int:
    """Where the value before a change verb at ``start`` ends: before a bracketed breakdown
    of it (a list of its parts), when one stands between them; not before a bracket that
    is a base (``(năm 2023: 1.100 tỷ đồng), tăng 150 tỷ đồng``) or holds a part of it
    (``(trong đó ...)``), which the change may be of."""
    breakdown = _BREAKDOWN_BEFORE.search(folded, max(0, start - 64), start)
    if breakdown is None:
        return start
    inside = folded[breakdown.start() + 1 : folded.rindex(")", breakdown.start(), start)]
    if "," not in inside or _base_after().match(folded, breakdown.start()) or _PART_WORDS.match(
        inside
    ):
        return start
    return breakdown.start()


_PART_WORDS = regex_cache.compile(r"\s*\*?\s*(?:trong\s+(?:so\s+)?do|gom|bao\s+gom)(?![a-z])")


def _stated_change(doc: Doc, match: re.Match[str]) -> RelationFields | None:
    folded = doc.folded
    start = match.start()
    new = _new_before().search(folded, max(0, start - 80), _past_breakdown(folded, start))
    if not new or _LABEL_BEFORE.search(folded, max(0, new.start() - 12), new.start()):
        return None
    end = match.end() if match["dpc"] else match.end("d")
    values: dict = {"new": number(new["new"])[0], "direction": _direction(match["verb"])}
    decimals: dict = {}
    spans: dict = {"new": new.span("new")}
    delta, delta_places = number(match["d"])
    if match["dpc"]:
        key = "ratio_percent" if match["verb"] == "bang" else "percent"
        values[key], decimals[key], spans[key] = delta, delta_places, match.span("d")
    elif match["verb"] == "bang":
        return None
    else:
        values["delta"], decimals["delta"], spans["delta"] = delta, delta_places, match.span("d")
        paren = _pct_paren().match(folded, end)
        if paren:
            value, places = number(paren["p"])
            values["percent"], decimals["percent"], spans["percent"] = (
                value,
                places,
                paren.span("p"),
            )
            end = paren.end()
    stop = clause_end(folded, end, 160)
    candidates = [p.search(folded, end, stop) for p in (_base_after(), _base_named_before())]
    found_bases = [c for c in candidates if c]
    base = min(found_bases, key=lambda c: c.start("base")) if found_bases else None
    if not base:
        return None
    between = folded[end : base.start()]
    if _change().search(between):
        return None
    new_unit, base_unit = new["nu"].strip(), base["bu"].strip()
    if (new_unit == "%") != (base_unit == "%"):
        return None
    if new_unit and base_unit and not _same_unit(new_unit, base_unit):
        return None  # "47 vụ, 68 đối tượng, tăng 9 vụ so với năm 2022 (38 vụ)": 68 is no vụ
    values["base"] = number(base["base"])[0]
    new_scale, base_scale = money_scale(new_unit), money_scale(base_unit)
    if new_scale and base_scale and new_scale != base_scale:
        values["base"] = values["base"] * base_scale / new_scale
    delta_scale = scale_after(folded[match.end("d") : match.end("d") + 24])
    if "delta" in values and new_scale and delta_scale and delta_scale != new_scale:
        # "đạt 1,5 tỷ đồng, tăng 200 triệu đồng": the difference in the new value's scale
        values["delta"] = values["delta"] * delta_scale / new_scale
        shift = round(math.log10(new_scale / delta_scale))
        decimals["delta"] = max(0, decimals["delta"] + shift)
    if new_unit == "%":
        values["percent_values"] = 1.0
    spans["base"] = base.span("base")
    span = (new.start("new"), base.end())
    return relation(doc, "change", span, values, decimals_=decimals, spans=spans)


def _from_to_changes(doc: Doc) -> list[RelationFields]:
    folded = doc.folded
    found: list[RelationFields] = []
    if not _way_written(folded):
        return found
    for match in at_words(_from_to(), folded):
        verb = _verb_before().search(folded, max(0, match.start() - 12), match.start())
        if bool(match["bpc"]) != bool(match["npc"]):
            continue
        way = 1.0 if match["way"] == "len" else -1.0
        values: dict = {
            "base": number(match["base"])[0],
            "new": number(match["new"])[0],
            "direction": _direction(verb["verb"]) if verb else way,
        }
        if verb and values["direction"] != way:
            values["way"] = way
        if match["bpc"]:
            values["percent_values"] = 1.0
        decimals: dict = {}
        spans: dict = {"base": match.span("base"), "new": match.span("new")}
        end = match.end() if match["npc"] else match.end("new")
        stated = _stated_after().match(folded, end)
        if stated:
            key = "percent" if stated["dpc"] else "delta"
            values[key], decimals[key] = number(stated["d"])
            spans[key] = stated.span("d")
            end = stated.end()
            if _direction(stated["verb"]) != values["direction"]:
                values["stated_direction"] = _direction(stated["verb"])
        start = verb.start() if verb else match.start()
        found.append(relation(doc, "change", (start, end), values, decimals_=decimals, spans=spans))
    return found


def _way_written(folded: str) -> bool:
    """Whether ``len`` or ``xuống`` is written before a blank, as every change from one value
    to another needs (``từ 5,2% xuống còn 3,6%``): the pattern is not run over a text
    without it. One search for each (the regex engine passes over the text faster than a
    ``str.find`` loop that stops at every ``lên`` of ``lênh``)."""
    return any(way.search(folded) is not None for way in _way_blanks())


@cache
def _way_blanks() -> tuple[re.Pattern[str], ...]:
    return tuple(compiled(rf"{way}\s") for way in _WAYS)


def _same_unit(a: str, b: str) -> bool:
    """Whether two units (folded) count one thing: a shared word (``ty dong``, ``dong``), or
    words of one group (``data/relations.toml`` [same_units]: ``dong chi``, ``dang vien``)."""
    if set(a.split()) & set(b.split()):
        return True
    return any(a in group and b in group for group in _unit_groups())


@cache
def _unit_groups() -> tuple[frozenset[str], ...]:
    return tuple(
        frozenset(" ".join(fold(word).split()) for word in group)
        for group in table("relations")["same_units"]["groups"]
    )
