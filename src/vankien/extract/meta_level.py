"""The issuer's level (trung_uong, tinh, huyen, xa), for meta.

From the issuer's words (``Ban Thường vụ Huyện ủy`` → huyen), else the number-symbol
(``/HU``), else, in a copy without its header, the back matter (the signing authority, the
archive copy, the committee's own members among the recipients), the title's Party body or
the territory the text calls its own (``toàn huyện``). A Thành ủy under a province, or
reporting to a Tỉnh ủy, is a provincial city's, at huyện level.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from vankien import regex_cache
from vankien.document import Doc
from vankien.folding import fold, spelling
from vankien.layout import bodies
from vankien.layout.signature import signing_body
from vankien.vocab import table

_PROVINCE = regex_cache.compile(r"tinh uy(?<![a-z]tinh uy)(?![a-z])")
# A document cited in a title: its number ("14-KL/TW", "số 35"), or a plenum's resolution
# named without one ("Nghị quyết Trung ương 4 (khóa XII)").
CITED = regex_cache.compile(
    r"\d+\s*-\s*[a-z]+\s*/|(?<![a-z])so\s+\d"
    r"|(?<![a-z])(?:nghi quyet|ket luan|chi thi)\s+(?:hoi nghi\s+)?trung uong(?![a-z])"
)
# Back matter that names the issuing committee: the archive copy kept by its office
# ("- Lưu Văn phòng Huyện ủy"), its own members among the recipients ("- Các đồng chí
# Huyện ủy viên").
_ARCHIVE = regex_cache.compile(r"[-+•*\s]*luu(?:\s+tai)?\s*:?\s+(?:van phong|vp)\s+(?=\w)")
_MEMBERS = regex_cache.compile(
    r"(?<![a-z])(?:dong chi|d/c)\s+(?P<body>(?:tinh|huyen|thanh|thi|quan|dang)\s+uy)\s+vien"
)


def header_level(doc: Doc) -> str | None:
    """The level of the committee the header names (``HUYỆN ỦY GIA BÌNH`` → huyen)."""
    header, superior = doc.layout.header_issuer, doc.layout.superior
    if header is None:
        return None
    above = doc.folded[superior[0] : superior[1]] if superior else None
    return bodies.level_of(doc.folded[header[0] : header[1]], above)


def level(doc: Doc, issuer: tuple[int, int] | None, number: str | None) -> str | None:
    """The issuer's level; the number-symbol decides when the words do not (``/TW``).

    A Thành ủy that reports to a Tỉnh ủy (``Nơi nhận: - Ban Thường vụ Tỉnh ủy (b/c)``)
    is a provincial city's, at huyện level.
    """
    symbol = "".join(fold(number).split()) if number else ""  # the key, without its spaces
    if symbol.endswith("/tw"):
        return "trung_uong"
    layout = doc.layout
    folded = doc.folded
    superior = _superior(doc)
    tried: list[tuple[int, int]] = []  # a span read once: the same words give the same level
    for span in (issuer, layout.header_issuer, layout.enactor):
        if span is not None and span not in tried:
            tried.append(span)
            level = bodies.level_of(folded[span[0] : span[1]], superior)
            if level is not None:
                return level
    return (
        (bodies.level_of_symbol(symbol) if symbol else None)
        or back_level(doc)
        or _title_level(doc, superior)
        or territory_level(doc.text, doc.folded)
    )


def territory_level(text: str, folded: str) -> str | None:
    """The level of the units the text calls its own most often (``toàn huyện``, ``trên địa
    bàn huyện`` → huyen), when one level is named more often than any other. The cue and
    the unit must be written as the vocabulary writes them: ``toàn quân`` is the army, not
    ``toàn quận``; ``dự toán xã`` and ``địa bàn xa`` name no commune. ``toàn thành phố`` tells
    no level (a city may be a province's or run by the centre)."""
    units, cues = _unit_levels(), _territory_cues()
    counts: Counter[str] = Counter()
    for m in territory_pattern().finditer(folded):
        cue = " ".join(text[m.start() : m.start("unit")].split())
        unit = " ".join(text[m.start("unit") : m.end("unit")].split())
        if spelling(cue) in cues and spelling(unit) in units:
            counts[units[spelling(unit)]] += 1
    counts.pop("city", None)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


@cache
def _unit_levels() -> dict[str, str]:
    """Each unit word's spelling and its level (``data/bodies.toml`` [units]): ``huyện`` → huyen."""
    return {spelling(unit): level for unit, level in table("bodies")["units"].items()}


@cache
def _territory_cues() -> frozenset[str]:
    """The spellings of the cues of one's own territory (``toàn``, ``trên địa bàn``)."""
    return frozenset(spelling(cue) for cue in table("bodies")["territory"]["cues"])


@cache
def territory_pattern() -> re.Pattern[str]:
    """A cue of one's own territory and the unit it names (``data/bodies.toml`` [territory])."""
    data = table("bodies")
    cues = "|".join(
        r"\s+".join(map(re.escape, fold(c).split()))
        for c in sorted(data["territory"]["cues"], key=len, reverse=True)
    )
    units = "|".join(
        r"\s+".join(map(re.escape, fold(u).split()))
        for u in sorted(data["units"], key=len, reverse=True)
    )
    not_before = "|".join(re.escape(fold(w)) for w in data["territory"]["not_before"])
    return regex_cache.compile(
        rf"(?<![a-z])(?:{cues})\s+(?P<unit>{units})(?![a-z])(?!\s+(?:{not_before})(?![a-z]))"
    )


def _title_level(doc: Doc, superior: str | None) -> str | None:
    """The level of the Party body the title names before any citation: ``kết luận Hội nghị
    Ban Chấp hành Đảng bộ huyện lần thứ 8`` → huyen; not the Bộ Chính trị of ``thực hiện
    Kết luận số 14-KL/TW ... của Bộ Chính trị``."""
    title = doc.layout.title
    if title is None:
        return None
    folded = doc.folded
    cited = CITED.search(folded, *title)
    end = cited.start() if cited else title[1]
    for body in bodies.finditer(folded, title[0], end):
        name = folded[body.start() : body.end()]
        if bodies.is_party(name):
            return bodies.level_of(name, superior)
    return None


def _superior(doc: Doc) -> str | None:
    """The folded body above the issuer: the header's line above it, else ``tinh uy`` when a
    Tỉnh ủy is among the recipients (a Thành ủy reporting to it is a provincial city's)."""
    layout, folded = doc.layout, doc.folded
    if layout.superior:
        return folded[layout.superior[0] : layout.superior[1]]
    return "tinh uy" if _reports_to_province(folded, layout.recipient_items) else None


def back_level(doc: Doc) -> str | None:
    """The issuing committee's level as the back matter tells it, for a copy without its
    header: the signing authority (``T/M HUYỆN ỦY``), the archive copy (``Lưu Văn phòng
    Huyện ủy``) or the committee's own members among the recipients (``Các đồng chí Huyện
    ủy viên``) → huyen."""
    layout, folded = doc.layout, doc.folded
    if not layout.recipient_items and layout.authority is None:
        return None
    superior = _superior(doc)
    if layout.authority is not None:
        level = bodies.level_of(folded[layout.authority[0] : layout.authority[1]], superior)
        if level is not None:
            return level
        start, end = signing_body(folded, layout.authority)
        organ = folded[start:end]
        if bodies.is_organ(organ) and not organ.lstrip().startswith(_STANDING):
            level = _reported_to(doc)
            if level is not None:
                return level
    for start, end in layout.recipient_items:
        archive = _ARCHIVE.match(folded, start, end)
        if archive is not None:
            level = bodies.level_of(folded[archive.end() : end], superior)
            if level is not None:
                return level
        members = _MEMBERS.search(folded, start, end)
        if members is not None:
            level = bodies.level_of(members.group("body"), superior)
            if level is not None:
                return level
    return None


_LEVELS = ("xa", "huyen", "tinh", "trung_uong")
# A committee's standing bodies report to the level above, not to their own committee.
_STANDING = ("ban thuong vu", "thuong truc", "ban chap hanh")


def _reported_to(doc: Doc) -> str | None:
    """The lowest level among the recipients an organ reports to (``(b/c)``): an organ
    reports to its own committee (``T/M ỦY BAN KIỂM TRA`` with ``- Thường trực Huyện ủy
    (b/c)`` → huyen) and to the organ above it (``- Ủy ban Kiểm tra Tỉnh ủy (b/c)``)."""
    folded = doc.folded
    levels = [
        bodies.level_of(folded[start:end])
        for start, end in doc.layout.recipient_items
        if folded.find("b/c", start, end) >= 0
    ]
    known = [level for level in levels if level in _LEVELS]
    return min(known, key=_LEVELS.index) if known else None


def _reports_to_province(folded: str, recipients: list[tuple[int, int]]) -> bool:
    """Whether a recipient is a Tỉnh ủy (``- Ban Thường vụ Tỉnh ủy (b/c)``); the items are
    read one by one only when the words stand somewhere among them."""
    if not recipients:
        return False
    low, high = min(s for s, _ in recipients), max(e for _, e in recipients)
    if folded.find("tinh uy", low, high) < 0:
        return False
    return any(
        folded.find("tinh uy", s, e) >= 0 and _PROVINCE.search(folded, s, e) for s, e in recipients
    )
