"""The ``Nơi nhận`` block and one span per entry.

Entries start with a mark (``- ``, ``+ ``, OCR ``~-``); a line without a mark continues
the entry above it (``- Đ/c Phan Công Bình, UVBTVTU,`` / ``Giám đốc CA tỉnh ... (b/c),``).
A blank line ends the block unless the next line is an entry or plainly continues one.
An entry span leaves out the mark and the trailing ``,``/``;``/``.``; a signature
fragment that a two-column copy ran into the line (``...Chính phủ; KT, THỤ TƯỚNG``) is cut.
"""

from __future__ import annotations

import re
from functools import cache

from vankien import regex_cache
from vankien.folding import key
from vankien.layout.lines import Line, Lines, gap, is_name, is_upper
from vankien.regex_source import literal_opening
from vankien.vocab import table

Span = tuple[int, int]

# An entry line is short; a longer line is prose, not a recipient.
MAX_ENTRY = 200


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    data = table("layout")
    return {
        "head": regex_cache.compile(data["recipients_head"]["regex"]),
        "mark": regex_cache.compile(data["recipient_mark"]["regex"]),
        "authority": regex_cache.compile(data["authority"]["regex"]),
        "position": regex_cache.compile(
            "(?:"
            + "|".join(
                re.escape(key(p)).replace(r"\ ", r"\s+")
                for p in sorted(data["positions"]["words"], key=len, reverse=True)
            )
            + ")"
        ),
    }


class Recipients:
    """The ``Nơi nhận`` block, its entries, the index of its head line and the text
    after ``Nơi nhận:`` on that line."""

    __slots__ = ("block", "head", "head_rest", "items")

    def __init__(self) -> None:
        self.block: Span | None = None
        self.items: list[Span] = []
        self.head = -1
        self.head_rest: Span | None = None


def find_head(folded: str, lines: Lines, first: int) -> tuple[int, int] | None:
    """The index of the last ``Nơi nhận`` line from ``lines[first]`` on, and where its text ends.

    The line must open with it: ``Nơi nhận:`` after any markup. The text is read backwards
    from the letters a head opens with (``noi``), the last one that is a head wins.
    """
    if first >= len(lines):
        return None
    head = _patterns()["head"]
    opening = _head_opening()
    floor = lines.starts[first]
    stop = len(folded)
    # A head holds no second head: each place it may start is tried once, last first.
    while (written := folded.rfind(opening, floor, stop)) >= 0:
        stop = written + len(opening) - 1
        if head.match(folded, written) is None:
            continue
        line = lines[lines.index_at(written)]
        if line.cs != written:
            continue
        match = head.match(folded, line.cs, line.ce)
        if match is not None:
            return line.index, match.end()
    return None


@cache
def _head_opening() -> str:
    """The letters every ``Nơi nhận`` head opens with (``noi``), from its pattern."""
    return literal_opening(table("layout")["recipients_head"]["regex"])


def _clean(text: str, folded: str, start: int, end: int) -> Span | None:
    """Cut a signature fragment run into the entry, or OCR crumbs, then trailing punctuation."""
    # A separator with only blanks after it cuts nothing: most entries hold no other.
    last = end - 1
    while last > start and text[last].isspace():
        last -= 1
    if text.find(",", start, last) >= 0 or text.find(";", start, last) >= 0:
        end = _signed_cut(text, folded, start, last, end)
    after = start + 1
    cut = max(text.rfind(";", after, end), text.rfind(",", after, end), text.rfind(".", after, end))
    if cut > start and text[cut] in ";." and len(text[cut + 1 : end].strip()) <= 3:
        end = cut
    while end > start and text[end - 1] in " \t,;.*_":
        end -= 1
    while start < end and text[start] in " \t*_":
        start += 1
    return (start, end) if start < end else None


def _signed_cut(text: str, folded: str, start: int, last: int, end: int) -> int:
    """Where a signature fragment after a separator before ``last`` starts (``end``: none).

    ``"Thủ tướng, các Phó Thủ tướng Chính phủ; KT, THỤ TƯỚNG"`` → at ``; KT``. An
    authority may follow any ``;``; a position in capitals fills the rest of the entry,
    so it may follow only the last separator (no position holds a ``,`` or ``;``).
    """
    authority = _patterns()["authority"]
    semicolon = text.find(";", start, last)
    while semicolon >= 0:
        if authority.match(folded, semicolon + 1 + _lead(text, semicolon + 1, end), end):
            return semicolon
        semicolon = text.find(";", semicolon + 1, last)
    cut = max(text.rfind(",", start, last), text.rfind(";", start, last))
    lead = cut + 1 + _lead(text, cut + 1, end)
    if is_upper(text[lead:end]) and _patterns()["position"].fullmatch(folded, lead, end):
        return cut
    return end


def _lead(text: str, start: int, end: int) -> int:
    pos = start
    while pos < end and text[pos].isspace():
        pos += 1
    return pos - start


# Items run together on one line: "- Ban Thường vụ Tỉnh ủy (b/c); - Các chi bộ; - Lưu VP."
_RUN_ON = regex_cache.compile(r"[;,][ \t]*[-–•+][ \t]+")


def _run_together(folded: str, start: int, end: int) -> list[Span]:
    """The items of one entry: split where an item ends (``;``, ``,``) and a mark opens the next."""
    pieces: list[Span] = []
    at = start
    for match in _RUN_ON.finditer(folded, start, end):
        pieces.append((at, match.start() + 1))
        at = match.end()
    pieces.append((at, end))
    return pieces


def find(text: str, folded: str, lines: Lines, first: int) -> Recipients:
    """The recipients block after ``lines[first]`` (the last ``Nơi nhận`` there)."""
    found = Recipients()
    located = find_head(folded, lines, first)
    if located is None:
        return found
    index, head_end = located
    patterns = _patterns()
    marked_by, authority = patterns["mark"], patterns["authority"]
    head_line = lines[index]
    found.head = index
    rest = head_end + _lead(text, head_end, head_line.ce)
    if rest < head_line.ce:
        found.head_rest = (rest, head_line.ce)
    entries: list[list[int]] = []
    marked = True
    blank = False
    if found.head_rest:
        mark = patterns["mark"].match(folded, rest, head_line.ce)
        if mark is not None:
            entries.append([mark.end(), head_line.ce])
    for line in lines.between(index + 1):
        if line.blank:
            blank = True
            continue
        cut = gap(text, line)
        if cut is not None:
            line = Line(line.index, line.start, line.end, line.cs, cut[0])
        core = text[line.cs : line.ce]
        mark = marked_by.match(folded, line.cs, line.ce)
        if authority.match(folded, line.cs, line.ce) or line.ce - line.cs > MAX_ENTRY:
            break
        if mark is not None:
            if not entries:
                marked = True
            entries.append([mark.end(), line.ce])
        elif not entries:
            if blank and is_name(core):
                break
            marked = False
            entries.append([line.cs, line.ce])
        elif not marked:
            if blank or is_name(core):
                break
            entries.append([line.cs, line.ce])
        else:
            previous = text[entries[-1][0] : entries[-1][1]].rstrip(" *_")
            open_entry = previous[-1:] not in (".", ";", ",") or core[:1].islower()
            if blank and not open_entry:
                break
            if is_name(core) and not open_entry:
                break
            entries[-1][1] = line.ce
        blank = False
    for start, end in entries:
        for piece in _run_together(folded, start, end):
            span = _clean(text, folded, *piece)
            if span is not None:
                found.items.append(span)
    if found.items:
        found.block = (head_line.cs, found.items[-1][1])
    return found
