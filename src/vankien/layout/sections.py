"""Numbered sections of the body, nested: ``I``/``II`` > ``1``/``2`` > ``1.1`` > ``a``.

A heading is a line that starts with a label: ``I-KẾT QUẢ ...``, ``I.ĐÁNH GIÁ ...``,
``1.Mục tiêu tổng quát:``, ``2.10. Chỉ đạo ...``, ``1/ ...``, ``a) ...``, markdown
``## I- TÌNH HÌNH``, ``### 1. Quan điểm``, ``**1.** Trong ...``; a report in parts adds
``PHẦN THỨ NHẤT`` (its heading on the next line) and ``A- MỤC TIÊU`` (in capitals); state
documents add ``Chương I`` and ``Điều 1.``. A section runs to the next heading of the same
or a higher rank.
"""

from __future__ import annotations

import re
from itertools import chain

from vankien import regex_cache
from vankien.layout.lines import TRAIL_CHARS, core_end, is_upper
from vankien.models import Section, trusted

Span = tuple[int, int]

# A label after any markup (original case: Roman numerals are capitals), read at the
# start of a line.
_LABEL = (
    r"[ \t\u00a0\r]*(?:(?:#+(?=\s)|>|\*+|_{2,}|`+)[ \t\u00a0\r]*)*"
    r"(?:(?P<phan>(?:Phần|PHẦN)\s+(?:(?:thứ|THỨ)\s+)?(?:[IVX]+|\d{1,2}|nhất|hai|ba|tư|năm|sáu"
    r"|NHẤT|HAI|BA|TƯ|NĂM|SÁU))(?![\w])"
    r"|(?P<chuong>(?:Chương|CHƯƠNG)\s+(?:[IVXLC]+|\d{1,2}))(?![\w])"
    r"|(?P<dieu>(?:Điều|ĐIỀU)\s+\d{1,3}[a-z]?)(?=[\s.:*]|$)"
    r"|(?P<roman>[IVX]{1,5})\s*[.\-–):]"
    r"|(?P<capital>[A-H])\s*[.\-–)](?=\s)"
    r"|(?P<arabic>\d{1,2}(?:\.\d{1,2}){0,3})(?:\s*[.)]|\s*[-–/](?=\s))"
    r"|(?P<letter>[a-zđ])\s*[).](?=\s))"
    r"[ \t*_.:]*"
)
# The first line of the body, and every other line from its newline: one pass over the
# body that jumps from newline to newline, not a look at every character or every line.
# After a newline, a cheap look at the line's first characters passes over most lines
# (prose, bullets, blank lines) before the label's alternatives are tried: markup or
# a blank, "Ch"/"CH", "Đi"/"ĐI", "Phầ"/"PHẦ", a Roman or Arabic digit, or "a)" / "B-".
_MAY_LABEL = r"(?=[ \t\u00a0\r#>*_`IVX\d]|C[hH]|Đ[iI]|P[hH][ầẦ]|[a-zđ]\s*[).]|[A-H]\s*[.)\-–])"
_FIRST = regex_cache.compile(_LABEL, re.M)
_HEADING = regex_cache.compile("\n" + _MAY_LABEL + _LABEL, re.M)
# What ``X{0,3}(?:IX|IV|V?I{0,3})`` reads in five letters at most: I to XXXIX.
_ROMANS = frozenset(
    tens + units
    for tens in ("", "X", "XX", "XXX")
    for units in ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "")
) - {""}
# A long heading line is cut at its first sentence end.
MAX_HEADING = 160
# A sentence end: ". ", "; ", ": " (any blank after the mark) or a closing ":".
_SENTENCE_MARKS = ".;:"


def _label(match: re.Match[str]) -> tuple[str, float] | None:
    """The label and rank of a heading match (lower rank = outer level)."""
    group = match.lastgroup
    assert group is not None  # every alternative of the label is a named group
    label = match[group]
    if group == "arabic":
        return label, 3 + label.count(".")
    if group == "letter":
        return label, 8
    if group == "roman":
        return (label, 1) if label in _ROMANS else None
    if group == "capital":
        return label, 0.5
    return _spelled(label), {"phan": -1, "chuong": 0}.get(group, 2)


def _spelled(label: str) -> str:
    """A worded label as shown: ``"PHẦN THỨ NHẤT"`` → ``"Phần thứ nhất"``, ``"CHƯƠNG IV"`` →
    ``"Chương IV"`` (a Roman numeral keeps its capitals)."""
    first, *rest = label.split()
    return " ".join([first.capitalize(), *(w if w in _ROMANS else w.lower() for w in rest)])


def _heading(text: str, start: int, end: int) -> str:
    if end - start > MAX_HEADING:
        end = _cut(text, start, end)
    heading = text[start:end].replace("**", " ")
    # Spaces squashed; a heading whose only blanks are single spaces (no tab, no
    # no-break space: all printable) is kept as it is.
    if not heading.isprintable() or "  " in heading:
        heading = " ".join(heading.split())
    return heading.strip(" :.*_")


def _heading_below(text: str, line_end: int, end: int) -> str:
    """The heading of a worded label standing alone on its line: the next line, past one
    blank line and its markup, when it is in capitals (``PHẦN THỨ HAI`` / ``PHƯƠNG HƯỚNG,
    NHIỆM VỤ NHIỆM KỲ 2025 - 2030``; ``Chương I`` / ``## QUY ĐỊNH CHUNG``), else none."""
    start = line_end + 1
    for _ in range(2):
        while start < end and text[start] in " \t\r#>*_":
            start += 1
        if start < end and text[start] == "\n":
            start += 1
    stop = text.find("\n", start, end)
    stop = end if stop < 0 else stop
    stop = core_end(text, start, stop)
    if stop <= start or not is_upper(text[start : min(stop, start + MAX_HEADING)]):
        return ""
    return _heading(text, start, stop)


def _cut(text: str, start: int, end: int) -> int:
    """Where a long heading line is cut: its first sentence end, else its last word
    within ``MAX_HEADING`` (``"1. Mục tiêu. Đến năm 2025 ..."`` → after ``Mục tiêu``)."""
    cut = end
    for mark in _SENTENCE_MARKS:
        # Each later mark looked for only before the sentence end found.
        found = text.find(mark, start, cut)
        while found >= 0:
            after = found + 1
            if (after < end and text[after].isspace()) or (after == end and mark == ":"):
                cut = found
                break
            found = text.find(mark, after, cut)
    if cut < end:
        return cut
    space = text.rfind(" ", start, start + MAX_HEADING)
    return space if space >= 0 else start + MAX_HEADING


def find(text: str, body: Span) -> list[Section]:
    """The nested sections of ``text[body[0]:body[1]]``, made in one pass over its headings:
    a heading closes the open sections of its rank or below and is the child of the next."""
    start, end = body
    first = _FIRST.match(text, 0, end) if start == 0 else None
    if first is not None:
        start = first.end()
    elif start > 0 and text[start - 1] == "\n":
        start -= 1  # the body's first line is found from the newline before it
    matches = _HEADING.finditer(text, start, end)
    roots: list[Section] = []
    stack: list[tuple[float, int, Section]] = []  # rank, start of the open sections
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
        if match.lastgroup == "capital" and not is_upper(text[rest:ce]):
            continue  # "A- MỤC TIÊU" heads a part; "C. Mác" opens a line of prose
        rank = labelled[1]
        line_start = match.start()
        if text[line_start] == "\n":
            line_start += 1
        # The sections closed together end at the same place: the heading line inside
        # the innermost of them stops the trim before it reaches an outer one's start.
        if stack and stack[-1][0] >= rank:
            stop = _trim(text, stack[-1][1], line_start)
            while stack and stack[-1][0] >= rank:
                _, opened, closed = stack.pop()
                closed.span = (opened, stop)
        if rest < ce or match.lastgroup not in ("phan", "chuong"):
            heading = _heading(text, rest, ce)
        else:
            heading = _heading_below(text, line_end, end)
        section = _section(labelled[0], heading)
        (stack[-1][2].children if stack else roots).append(section)
        stack.append((rank, line_start, section))
    if stack:
        stop = _trim(text, stack[-1][1], end)
        for _, opened, section in stack:
            section.span = (opened, stop)
    return roots


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


def _section(label: str, heading: str) -> Section:
    """``Section(label=..., heading=..., span=..., children=[])`` made without validation:
    the label and heading read above are already of the model's types (``"1"``, ``"Mục
    tiêu"``). Its span is filled in when the section closes."""
    return trusted(Section, {"label": label, "heading": heading, "span": None, "children": []})
