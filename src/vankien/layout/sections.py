"""Numbered sections of the body, nested: ``I``/``II`` > ``1``/``2`` > ``1.1`` > ``a``.

A heading is a line that starts with a label: ``I-KẾT QUẢ ...``, ``I.ĐÁNH GIÁ ...``,
``1.Mục tiêu tổng quát:``, ``2.10. Chỉ đạo ...``, ``a) ...``, markdown ``## I- TÌNH HÌNH``,
``### 1. Quan điểm``, ``**1.** Trong ...``; state documents add ``Chương I`` and
``Điều 1.``. A section runs to the next heading of the same or a higher rank.
"""

from __future__ import annotations

import re

from vankien.layout.lines import core_end
from vankien.models import Section

Span = tuple[int, int]

# A line that starts with a label, after any markup (original case: Roman numerals are
# capitals). One pass over the body, not a look at every line.
_HEADING = re.compile(
    r"^[ \t\u00a0\r]*(?:(?:#+(?=\s)|>|\*+|_{2,}|`+)[ \t\u00a0\r]*)*"
    r"(?:(?P<chuong>(?:Chương|CHƯƠNG)\s+(?:[IVXLC]+|\d{1,2}))(?![\w])"
    r"|(?P<dieu>(?:Điều|ĐIỀU)\s+\d{1,3}[a-z]?)(?=[\s.:*]|$)"
    r"|(?P<roman>[IVX]{1,5})\s*[.\-–):]"
    r"|(?P<arabic>\d{1,2}(?:\.\d{1,2}){0,3})(?:\s*[.)]|\s*[-–](?=\s))"
    r"|(?P<letter>[a-zđ])\s*[).](?=\s))"
    r"[ \t*_.:]*",
    re.M,
)
_ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")
# A long heading line is cut at its first sentence end.
MAX_HEADING = 160
_SENTENCE_END = re.compile(r"[.:;](?=\s)|:$")


def _label(match: re.Match[str]) -> tuple[str, int] | None:
    """The label and rank of a heading match (lower rank = outer level)."""
    if match.group("chuong"):
        return " ".join(match.group("chuong").split()).capitalize(), 0
    if match.group("roman"):
        roman = match.group("roman")
        return (roman, 1) if _ROMAN.fullmatch(roman) else None
    if match.group("dieu"):
        return " ".join(match.group("dieu").split()).capitalize(), 2
    if match.group("arabic"):
        label = match.group("arabic")
        return label, 3 + label.count(".")
    return match.group("letter"), 8


def _heading(text: str, start: int, end: int) -> str:
    heading = text[start:end]
    if len(heading) > MAX_HEADING:
        cut = _SENTENCE_END.search(heading)
        heading = heading[: cut.start()] if cut else heading[:MAX_HEADING].rsplit(" ", 1)[0]
    return " ".join(heading.replace("**", " ").split()).strip(" :.*_")


def find(text: str, body: Span) -> list[Section]:
    """The nested sections of ``text[body[0]:body[1]]``."""
    heads: list[tuple[int, str, str, int]] = []  # rank, label, heading, start
    for match in _HEADING.finditer(text, body[0], body[1]):
        line_end = text.find("\n", match.end(), body[1])
        ce = core_end(text, match.end(), body[1] if line_end < 0 else line_end)
        labelled = _label(match)
        if labelled is None:
            continue
        rest = min(match.end(), ce)
        if rest < ce and text[rest].isdigit():
            continue
        if match.group("roman") and rest < ce and not text[rest].isupper():
            continue
        label, rank = labelled
        heads.append((rank, label, _heading(text, rest, ce), match.start()))
    return _nest(text, heads, body[1])


def _trim(text: str, start: int, stop: int) -> int:
    """``stop`` moved back over blanks and separator lines (``---``)."""
    while True:
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        line_start = text.rfind("\n", start, stop) + 1
        if line_start > start and text[line_start:stop].strip("-*_ \t") == "":
            stop = line_start
            continue
        return stop


def _nest(text: str, heads: list[tuple[int, str, str, int]], end: int) -> list[Section]:
    """Sections from ``(rank, label, heading, start)``, nested by rank, in two stack passes."""
    stops = [end] * len(heads)
    open_heads: list[int] = []
    for number, (rank, _, _, start) in enumerate(heads):
        while open_heads and heads[open_heads[-1]][0] >= rank:
            stops[open_heads.pop()] = start
        open_heads.append(number)
    roots: list[Section] = []
    stack: list[tuple[int, Section]] = []
    for (rank, label, heading, start), stop in zip(heads, stops, strict=True):
        section = Section(label=label, heading=heading, span=(start, _trim(text, start, stop)))
        while stack and stack[-1][0] >= rank:
            stack.pop()
        (stack[-1][1].children if stack else roots).append(section)
        stack.append((rank, section))
    return roots
