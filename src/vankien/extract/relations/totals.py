"""A total and the parts it is broken into.

``nhận 17 đơn (tố cáo 04, khiếu nại 01, kiến nghị - phản ánh 12)`` → ``total``
{total: 17, parts: [4, 1, 12]}, exhaustive; so is ``Đoàn gồm 07 đồng chí: 01 trưởng đoàn,
02 phó trưởng đoàn, 04 thành viên``. ``giảm 241 biên chế, trong đó khối trường học 136, ...``
and ``265 đơn (có 237 đơn ..., 28 đơn ...)`` list only some parts: ``exhaustive`` is false and
no sum is expected. A list whose parts are not plain shares (``(tăng 5, giảm 3)``,
``(chiếm 20%)``), or a number that is a label (``Điều 15 (khoản 1, 2)``), is not a breakdown.
"""

from __future__ import annotations

import re
from functools import cache

from vankien import regex_cache
from vankien.document import Doc
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
    last_char,
    money_scale,
    number,
    relation,
    scale_after,
)
from vankien.folding import fold
from vankien.vocab import table

_UNIT = rf"(?P<unit>(?:\s+{WORD}){{1,6}}?)"


@cache
def _paren() -> re.Pattern[str]:
    """A total, its unit and the bracket that breaks it down: ``17 đơn (tố cáo 04, ...)``; the
    unit may be a counting noun written with a comma (``5.742 cán bộ, công chức cấp xã (gồm
    2.315 cán bộ và 3.384 công chức)``, ``data/units.toml``)."""
    joined = sorted(
        (" ".join(fold(noun).split()) for noun in table("units")["counts"]["nouns"] if "," in noun),
        key=len,
        reverse=True,
    )
    nouns = "|".join(re.escape(noun).replace(r"\ ", r"\s+") for noun in joined)
    unit = rf"(?P<unit>(?:\s+(?:{nouns})(?![a-z])|\s+{WORD}){{1,6}}?)"
    return regex_cache.compile(rf"(?P<total>{AT_NUM}){unit}\s*\((?P<body>[^()]{{3,250}})\)")


# "gồm 07 đồng chí: ..." (the total after the lead) and "24 dự án, trong đó ..." (before it).
# Two patterns, each beginning with a literal that the regex engine jumps between.
_LEADS = (
    regex_cache.compile(r"(?P<lead>gom)(?![a-z])"),
    regex_cache.compile(r"(?P<lead>trong\s+(?:so\s+)?do)(?![a-z])"),
)
_TOTAL_AFTER = regex_cache.compile(rf"\s+(?P<total>{AT_NUM}){_UNIT}\s*:")
_TOTAL_BEFORE = regex_cache.compile(rf"(?P<total>{NUM}){_UNIT}\s*[,:]?\s*\Z")
# Items are split at ";", "và" and commas, but a comma between digits is a decimal mark
# ("thu xuất nhập khẩu 193,757 tỷ đồng" is one item).
_SPLIT = regex_cache.compile(r"\s*(?:;|(?<!\d),|,(?!\d)|\s+va\s+(?=\d))\s*")
_ITEM_NUMBER = regex_cache.compile(rf"{NUM}(?!\s*[%/])")
_UNIT_VERBS = regex_cache.compile(
    r"(?<![a-z])(?:dat|tang|giam|vuot|chiem|bang|la|voi|trong|so\s+voi)(?![a-z])"
)
_DIGIT = regex_cache.compile(r"\d")
_COLON = regex_cache.compile(r"\s*:?")
MAX_WORDS = 6


@cache
def _not_a_count() -> re.Pattern[str]:
    """A label before a total (``Điều 15 (khoản 1, 2)``): no count."""
    return compiled(rf"(?<![a-z])(?:{cue('not_a_count')})\s*\Z")


@cache
def _lead(name: str) -> re.Pattern[str]:
    """The words that open a breakdown, ``partial_lead`` (``trong đó``) or ``full_lead``
    (``gồm``), with the colon after them."""
    return compiled(rf"(?:{cue(name)})(?![a-z])\s*:?\s*")


@cache
def _remainder() -> re.Pattern[str]:
    """The words that open the last part when it is the rest of the total (``còn lại``)."""
    return compiled(rf"\s*(?:{cue('remainder')})(?![a-z])")


@cache
def _not_a_part() -> re.Pattern[str]:
    """A word that makes a listed part no share of the total (``tăng 5``)."""
    return compiled(rf"(?<![a-z])(?:{cue('not_a_part')})(?![a-z])")


def find(doc: Doc, index: Index | None = None) -> list[RelationFields]:
    """Every ``total`` relation of ``doc``."""
    folded = doc.folded
    found: list[RelationFields] = []
    index = index or Index.of(folded)
    for paren in index.parens:
        word_end = last_char(folded, paren)
        if word_end < 0 or not "a" <= folded[word_end] <= "z":
            continue  # a breakdown's bracket follows its unit word: "17 đơn ("
        close = folded.find(")", paren + 1, paren + 252)
        if close == -1 or not _DIGIT.search(folded, paren + 1, close):
            continue  # its parts are numbers in the bracket: "(tố cáo 04, khiếu nại 01)"
        match = next(
            (
                m
                for c in index.numbers_before(paren, 48)
                if (m := _paren().match(folded, c)) and m.start("body") == paren + 1
            ),
            None,
        )
        if match:
            body_start, body_end = match.span("body")
            item = _breakdown(doc, match.span("total"), match["unit"], body_start, body_end)
            if item:
                found.append(item)
    leads = sorted((m for p in _LEADS for m in at_words(p, folded)), key=lambda m: m.start())
    for lead in leads:
        if lead["lead"].endswith("gom"):
            if folded[max(0, lead.start() - 4) : lead.start()] == "thu ":  # "thu gom": collect
                continue
            after = _TOTAL_AFTER.match(folded, lead.end())
            if after:
                body_start = after.end()
                total_span, unit = after.span("total"), after["unit"]
            else:
                after = None
        else:
            after = None
        if after is None:
            before = _total_before(folded, index, lead.start())
            if not before:
                continue
            body_start = lead.end()
            total_span, unit = before.span("total"), before["unit"]
        colon = _COLON.match(folded, body_start)
        body_start = colon.end() if colon else body_start
        body_end = clause_end(folded, body_start)
        paren = folded.find("(", body_start, body_end)
        body_end = paren if paren != -1 else body_end
        item = _breakdown(
            doc,
            total_span,
            unit,
            body_start,
            body_end,
            listed=True,
            partial=lead["lead"].startswith("trong"),
        )
        if item:
            found.append(item)
    return found


def _total_before(folded: str, index: Index, end: int) -> re.Match[str] | None:
    """What ``_TOTAL_BEFORE.search`` finds in the 60 characters before ``end`` (``24 dự án,``
    before ``trong đó``): tried only where a number starts, the leftmost first."""
    for start in reversed(index.numbers_before(end, 60)):
        match = _TOTAL_BEFORE.match(folded, start, end)
        if match is not None:
            return match
    return None


def _breakdown(
    doc: Doc,
    total_span: tuple[int, int],
    unit: str,
    body_start: int,
    body_end: int,
    *,
    listed: bool = False,
    partial: bool = False,
) -> RelationFields | None:
    folded = doc.folded
    if not _DIGIT.search(folded, body_start, body_end):
        return None  # parts are numbers: "(tố cáo 04, khiếu nại 01)"
    start = total_span[0]
    if _not_a_count().search(folded, max(0, start - 20), start):
        return None
    if _UNIT_VERBS.search(unit):
        return None
    body = folded[body_start:body_end]
    lead = re.match(r"\s*\*?\s*", body)
    offset = lead.end() if lead else 0
    exhaustive = True
    some = _lead("partial_lead").match(body, offset)
    full = _lead("full_lead").match(body, offset)
    if some:
        exhaustive, offset = False, some.end()
    elif full:
        offset = full.end()
    if partial:
        exhaustive = False
    text = body[offset:].rstrip(" *")
    if ("," in text and ";" in text) or "%" in text:
        return None
    total, total_places = number(folded[total_span[0] : total_span[1]])
    total_scale = money_scale(unit.strip())
    parts: list[float] = []
    spans: dict = {"total": total_span}
    position = body_start + offset
    for index, piece in enumerate(_pieces(text)):
        piece_start = position + piece[0]
        piece_text = piece[1]
        numbers = list(_ITEM_NUMBER.finditer(piece_text))
        if len(numbers) != 1:
            return None
        words = _ITEM_NUMBER.sub(" ", piece_text).split()
        if len(words) > MAX_WORDS or _not_a_part().search(piece_text):
            return None
        value, _ = number(numbers[0].group())
        label = piece_text[: numbers[0].start()].split()
        if 1900 <= value <= 2100 and (not words or label[-1:] == ["nam"]):
            return None  # years: "(2021, 2022)", "(năm 2021: 5, năm 2022: 7)"
        if label and (
            label == unit.split()
            or compiled(cue("name_label")).search(piece_text[: numbers[0].start()])
        ):
            return None  # names: "3 ấp (ấp 1, ấp 2, ấp 5)"
        scale = scale_after(piece_text[numbers[0].end() :]) if total_scale else None
        if total_scale and scale and scale != total_scale:
            value = value * scale / total_scale
        parts.append(value)
        spans[f"part{index}"] = (piece_start + numbers[0].start(), piece_start + numbers[0].end())
    if len(parts) < 2:
        return None
    if not exhaustive and (
        _remainder().match(piece_text)
        or compiled(cue("catch_all")).search(piece_text, 0, numbers[0].start())
    ):
        exhaustive = True  # "..., còn lại 398 hồ sơ", "rau màu các loại 87 ha": the rest
    end = max(s[1] for s in spans.values())
    if not listed and folded[body_end : body_end + 1] == ")":
        end = body_end + 1
    return relation(
        doc,
        "total",
        (start, end),
        {"total": total, "parts": parts},
        decimals_={"total": total_places},
        spans=spans,
        exhaustive=exhaustive,
    )


def _pieces(text: str) -> list[tuple[int, str]]:
    """The listed items of ``text`` with their offsets."""
    pieces: list[tuple[int, str]] = []
    last = 0
    for sep in _SPLIT.finditer(text):
        pieces.append((last, text[last : sep.start()]))
        last = sep.end()
    pieces.append((last, text[last:]))
    return [(offset, piece) for offset, piece in pieces if piece.strip()]
