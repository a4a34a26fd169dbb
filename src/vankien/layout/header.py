"""The header block: issuing body, ``ĐẢNG CỘNG SẢN VIỆT NAM``, ``Số ...``, place and date.

Header lines come before the kind line (``NGHỊ QUYẾT``); some copies put the ``Số`` and
place-date lines just after it, or run two header lines together
(``Số 77-KL/TW Hà Nội, ngày 05 tháng 6 năm 2020``). The issuer is the last body named
in capitals (``ĐẢNG BỘ TỈNH BÌNH ĐỊNH`` / ``HUYỆN ỦY TÂY SƠN`` → ``HUYỆN ỦY TÂY SƠN``,
with ``ĐẢNG BỘ TỈNH BÌNH ĐỊNH`` as its ``superior``).
"""

from __future__ import annotations

import re
from functools import cache

from vankien import regex_cache
from vankien.layout import bodies
from vankien.layout.lines import Line, Lines, is_upper
from vankien.vocab import table

Span = tuple[int, int]

# Lines scanned for a header when there is no kind line.
NO_KIND_LINES = 12
# Lines after the kind line where a "Số"/place-date line may still stand.
AFTER_KIND_LINES = 6


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    data = table("layout")
    names = (
        "party_line",
        "motto",
        "number",
        "place_date",
        "signer_line",
        "subject_line",
        "title_stop",
    )
    return {name: regex_cache.compile(data[name]["regex"]) for name in names}


class Header:
    """Spans found in the header; ``lines`` the indexes of the lines it claimed.

    A plain class, filled in as the header lines are read (``number`` = ``(12, 20)``).
    """

    __slots__ = (
        "date",
        "issuer",
        "lines",
        "number",
        "number_prefix",
        "number_prefix_kind",
        "party_line",
        "place",
        "place_date",
        "signer_line",
        "subject",
        "superior",
    )

    def __init__(self) -> None:
        self.issuer: Span | None = None
        self.superior: Span | None = None
        self.party_line: Span | None = None
        self.number: Span | None = None
        self.number_prefix: Span | None = None
        self.place_date: Span | None = None
        self.place: Span | None = None
        self.date: Span | None = None
        self.signer_line: Span | None = None
        self.subject: Span | None = None
        self.number_prefix_kind = False
        self.lines: set[int] = set()

    @property
    def last(self) -> int:
        return max(self.lines, default=-1)


def _place(text: str, comma: int, floor: int) -> Span | None:
    """The capitalised words just before ``comma`` (at most six): ``"Hà Nội"``, ``"Hưng Tân"``."""
    end = comma
    while end > floor and text[end - 1].isspace():
        end -= 1
    start = end
    words = 0
    pos = end
    while words < 6 and pos > floor:
        word_end = pos
        while pos > floor and not text[pos - 1].isspace():
            pos -= 1
        word = text[pos:word_end]
        if not (word.rstrip(".").isalpha() and word[0].isupper()):
            break
        start = pos
        words += 1
        while pos > floor and text[pos - 1].isspace():
            pos -= 1
    return (start, end) if start < end else None


def _trim(text: str, start: int, end: int) -> Span:
    while end > start and text[end - 1] in " \t.,;*_":
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _number(
    text: str, folded: str, line: Line, kind_prefix: re.Pattern[str] | None, header: Header
) -> bool:
    match = _patterns()["number"].search(folded, line.cs, line.ce)
    if match is None:
        return False
    prefix = folded[line.cs : match.start()].strip(" *_#:|")  # "| Số 215-TB/HU |": a table cell
    if prefix and not (kind_prefix and kind_prefix.fullmatch(prefix)):
        return False
    if header.number is not None and (prefix or not header.number_prefix_kind):
        return True
    header.number_prefix_kind = bool(prefix)
    start, end = match.span("num")
    while end > start and text[end - 1] in ".,;:":
        end -= 1
    header.number = (start, end)
    header.number_prefix = (line.cs, match.start("num"))
    return True


def _place_date(text: str, folded: str, line: Line, header: Header) -> bool:
    match = _patterns()["place_date"].search(folded, line.cs, line.ce)
    if match is None or header.place_date is not None:
        return False
    if line.ce - match.end() > 8:
        return False
    place = _place(text, match.start(), line.cs)
    date = _trim(text, *match.span("date"))
    header.place = place
    header.date = date
    header.place_date = (place[0] if place else match.start("date"), date[1])
    return True


def _issuer_part(folded: str, line: Line) -> Span | None:
    """The part of a capitals header line that names a body (before a motto or party line).

    A body's name takes at most :data:`MAX_ISSUER_WORDS` words on a line (``ỦY BAN KIỂM TRA
    ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH BÀ RỊA - VŨNG TÀU`` has 18): a line of
    capitals with more is a headline (``ĐẢNG ỦY PHƯỜNG ... TỔ CHỨC HỘI NGHỊ TRIỂN KHAI ...``)."""
    end = line.ce
    for name in ("motto", "party_line"):
        match = _patterns()[name].search(folded, line.cs, line.ce)
        if match is not None:
            end = min(end, match.start())
    while end > line.cs and folded[end - 1] in " -*_|\t":
        end -= 1
    if end <= line.cs or _words(folded, line.cs, end) > MAX_ISSUER_WORDS:
        return None
    return (line.cs, end)


MAX_ISSUER_WORDS = 20


def _words(folded: str, start: int, end: int) -> int:
    """How many words ``folded[start:end]`` holds, not counting ``-`` nor ``2025``."""
    return len(_WORD.findall(folded, start, end))


_WORD = regex_cache.compile(r"[a-z]+")


def find(
    text: str,
    folded: str,
    lines: Lines,
    kind: int | None,
    kind_prefix: re.Pattern[str] | None = None,
) -> Header:
    """The header of the document whose kind line is ``lines[kind]`` (``None``: none found)."""
    header = Header()
    patterns = _patterns()
    stop = kind if kind is not None else min(len(lines), NO_KIND_LINES)
    issuer_parts: list[tuple[Span, int]] = []
    for line in lines.between(0, stop):
        if line.blank:
            continue
        core = text[line.cs : line.ce]
        if kind is None and patterns["title_stop"].match(folded, line.cs, line.ce):
            break
        claimed = False
        strong = False
        party = patterns["party_line"].search(folded, line.cs, line.ce)
        if party is not None:
            header.party_line = party.span()
            claimed = True
        if patterns["motto"].search(folded, line.cs, line.ce):
            claimed = True
        if _number(text, folded, line, kind_prefix, header):
            strong = True
        if _place_date(text, folded, line, header):
            strong = True
        if patterns["signer_line"].match(folded, line.cs, line.ce):
            header.signer_line = line.core
            strong = True
        if patterns["subject_line"].match(folded, line.cs, line.ce):
            header.subject = line.core
            strong = True
        claimed = claimed or strong or core.strip("*-_ ") == ""
        if not strong and is_upper(core):
            part = _issuer_part(folded, line)
            if part is not None and (party is None or party.start() > line.cs):
                issuer_parts.append((part, line.index))
                claimed = True
        if claimed:
            header.lines.add(line.index)
        elif kind is None:
            break
    if kind is not None:
        for line in lines.between(kind + 1, kind + 1 + AFTER_KIND_LINES):
            if line.blank:
                continue
            found = _number(text, folded, line, None, header) if header.number is None else False
            found = _place_date(text, folded, line, header) or found
            if patterns["signer_line"].match(folded, line.cs, line.ce):
                header.signer_line = line.core
                found = True
            if not found:
                break
            header.lines.add(line.index)
    _issuer(folded, issuer_parts, header)
    return header


def _issuer(folded: str, parts: list[tuple[Span, int]], header: Header) -> None:
    """Group capitals lines into bodies: a line that names a body starts a new one; one that
    does not goes on the body of the line right above it (else it starts one of its own:
    ``THÔNG TRI`` below the number and date lines is no part of ``TỈNH ỦY NINH BÌNH``)."""
    groups: list[list[Span]] = []
    body = bodies.pattern()
    organs: list[Span] = []
    last_line = -2
    for part, line in parts:
        follows, last_line = line == last_line + 1, line
        if groups and bodies.is_organ(folded[part[0] : part[1]]):
            organs.append(part)  # "ỦY BAN KIỂM TRA" under "TỈNH ỦY QUẢNG NAM": its organ
            groups.append([part])
            continue
        starts_body = body.match(folded, part[0], part[1]) is not None
        if starts_body or not groups or not follows:
            groups.append([part])
        else:
            groups[-1].append(part)
    named = [g for g in groups if g[0] in organs or body.match(folded, g[0][0], g[0][1])]
    named = named or groups
    if named:
        last = named[-1]
        header.issuer = (last[0][0], last[-1][1])
        if len(named) > 1:
            before = named[-2]
            header.superior = (before[0][0], before[-1][1])
