"""Numbered sections of the body, nested: ``I``/``II`` > ``1``/``2`` > ``1.1`` > ``a``.

A heading is a line that starts with a label: ``I-KẾT QUẢ ...``, ``I.ĐÁNH GIÁ ...``,
``1.Mục tiêu tổng quát:``, ``2.10. Chỉ đạo ...``, ``a) ...``, markdown ``## I- TÌNH HÌNH``,
``### 1. Quan điểm``, ``**1.** Trong ...``; state documents add ``Chương I`` and
``Điều 1.``. A section runs to the next heading of the same or a higher rank.
"""

from __future__ import annotations

import re
from itertools import chain

from pydantic import TypeAdapter

from vankien import regex_cache
from vankien.layout.lines import TRAIL_CHARS, core_end
from vankien.models import Section

Span = tuple[int, int]

# A label after any markup (original case: Roman numerals are capitals), read at the
# start of a line.
_LABEL = (
    r"[ \t\u00a0\r]*(?:(?:#+(?=\s)|>|\*+|_{2,}|`+)[ \t\u00a0\r]*)*"
    r"(?:(?P<chuong>(?:Chương|CHƯƠNG)\s+(?:[IVXLC]+|\d{1,2}))(?![\w])"
    r"|(?P<dieu>(?:Điều|ĐIỀU)\s+\d{1,3}[a-z]?)(?=[\s.:*]|$)"
    r"|(?P<roman>[IVX]{1,5})\s*[.\-–):]"
    r"|(?P<arabic>\d{1,2}(?:\.\d{1,2}){0,3})(?:\s*[.)]|\s*[-–](?=\s))"
    r"|(?P<letter>[a-zđ])\s*[).](?=\s))"
    r"[ \t*_.:]*"
)
# The first line of the body, and every other line from its newline: one pass over the
# body that jumps from newline to newline, not a look at every character or every line.
# After a newline, a cheap look at the line's first characters passes over most lines
# (prose, bullets, blank lines) before the label's alternatives are tried: markup or
# a blank, "Ch"/"CH", "Đi"/"ĐI", a Roman or Arabic digit, or "a)" / "b.".
_MAY_LABEL = r"(?=[ \t\u00a0\r#>*_`IVX\d]|C[hH]|Đ[iI]|[a-zđ]\s*[).])"
_FIRST = regex_cache.compile(_LABEL, re.M)
_HEADING = regex_cache.compile("\n" + _MAY_LABEL + _LABEL, re.M)
_ROMAN = regex_cache.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")
# A long heading line is cut at its first sentence end.
MAX_HEADING = 160
# A sentence end: ". ", "; ", ": " or a closing ":", each found from its literal (one
# pattern of the three is tried at every character).
_SENTENCE_ENDS = (
    regex_cache.compile(r"\.(?=\s)"),
    regex_cache.compile(r";(?=\s)"),
    regex_cache.compile(r":(?=\s|$)"),
)


def _label(match: re.Match[str]) -> tuple[str, int] | None:
    """The label and rank of a heading match (lower rank = outer level)."""
    group = match.lastgroup
    label = match[group]
    if group == "arabic":
        return label, 3 + label.count(".")
    if group == "letter":
        return label, 8
    if group == "roman":
        return (label, 1) if _ROMAN.fullmatch(label) else None
    return " ".join(label.split()).capitalize(), 0 if group == "chuong" else 2


def _heading(text: str, start: int, end: int) -> str:
    if end - start > MAX_HEADING:
        end = _cut(text, start, end)
    heading = text[start:end].replace("**", " ")
    # Spaces squashed; a heading whose only blanks are single spaces (no tab, no
    # no-break space: all printable) is kept as it is.
    if not heading.isprintable() or "  " in heading:
        heading = " ".join(heading.split())
    return heading.strip(" :.*_")


def _cut(text: str, start: int, end: int) -> int:
    """Where a long heading line is cut: its first sentence end, else its last word
    within ``MAX_HEADING`` (``"1. Mục tiêu. Đến năm 2025 ..."`` → after ``Mục tiêu``)."""
    cut = end
    for pattern in _SENTENCE_ENDS:
        # Each later end looked for only before the one found (and the character after
        # it, which its look-ahead reads).
        found = pattern.search(text, start, cut if cut == end else cut + 1)
        if found is not None:
            cut = found.start()
    if cut < end:
        return cut
    space = text.rfind(" ", start, start + MAX_HEADING)
    return space if space >= 0 else start + MAX_HEADING


def find(text: str, body: Span) -> list[Section]:
    """The nested sections of ``text[body[0]:body[1]]``."""
    start, end = body
    heads: list[tuple[int, str, str, int]] = []  # rank, label, heading, start
    first = _FIRST.match(text, 0, end) if start == 0 else None
    if first is not None:
        start = first.end()
    elif start > 0 and text[start - 1] == "\n":
        start -= 1  # the body's first line is found from the newline before it
    matches = _HEADING.finditer(text, start, end)
    for match in chain((first,), matches) if first is not None else matches:
        labelled = _label(match)
        if labelled is None:
            continue
        after = match.end()
        line_end = text.find("\n", after, end)
        if line_end < 0:
            line_end = end
        # A line that ends in a letter or a digit ends where its core ends.
        last = text[line_end - 1] if line_end > after else "}"
        ce = (
            line_end if last not in TRAIL_CHARS and last != "}" else core_end(text, after, line_end)
        )
        rest = after if after < ce else ce
        if rest < ce and (
            text[rest].isdigit() or (match.lastgroup == "roman" and not text[rest].isupper())
        ):
            continue
        line_start = match.start()
        if text[line_start] == "\n":
            line_start += 1
        heads.append((labelled[1], labelled[0], _heading(text, rest, ce), line_start))
    return _nest(text, heads, end)


_SEPARATOR = regex_cache.compile(r"[-*_ \t]*")


def _trim(text: str, start: int, stop: int) -> int:
    """``stop`` moved back over blanks and separator lines (``---``)."""
    while True:
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        # A separator line ends in one of its marks.
        if stop == start or text[stop - 1] not in "-*_":
            return stop
        line_start = text.rfind("\n", start, stop) + 1
        if line_start > start and _SEPARATOR.fullmatch(text, line_start, stop):
            stop = line_start
            continue
        return stop


def _nest(text: str, heads: list[tuple[int, str, str, int]], end: int) -> list[Section]:
    """Sections from ``(rank, label, heading, start)``, nested by rank in one stack pass:
    a heading closes the open ones of its rank or below and is the child of the next.

    The sections closed together end at the same place: the heading line inside the
    innermost of them stops the trim before it reaches an outer one's start.
    """
    roots: list[dict] = []
    stack: list[tuple[int, int, dict]] = []  # rank, start, fields of the open sections
    for rank, label, heading, start in heads:
        if stack and stack[-1][0] >= rank:
            stop = _trim(text, stack[-1][1], start)
            while stack and stack[-1][0] >= rank:
                _, opened, fields = stack.pop()
                fields["span"] = (opened, stop)
        fields = {"label": label, "heading": heading, "span": None, "children": []}
        (stack[-1][2]["children"] if stack else roots).append(fields)
        stack.append((rank, start, fields))
    if stack:
        stop = _trim(text, stack[-1][1], end)
        for _, opened, fields in stack:
            fields["span"] = (opened, stop)
    return _SECTIONS.validate_python(roots)


# Every section of a document made in one validation, children with their parents.
_SECTIONS = TypeAdapter(list[Section])
