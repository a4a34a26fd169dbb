"""The signature block: authority (``T/M HUYỆN ỦY``), position (``BÍ THƯ``), name.

The block is the last run of authority lines (``TM. CHÍNH PHỦ`` / ``KT. THỦ TƯỚNG``)
near the end; the authority is its first line, the position the next line in capitals
(or a position word: ``Phó Thủ tướng``), the name the first line after it that is a
person's name, passing over seals (``□``), ``(Đã ký)`` and recipients that a two-column
copy interleaved. Without authority lines: a ``Người ký: Tổng Bí thư Tô Lâm`` line, or a
name closing the document.
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

# The mark before the body an authority line signs for: "T/M", "K/T", "TL", "TUQ", "Q".
_AUTHORITY_MARK = regex_cache.compile(
    r"\W*(?:t\s*[/.]\s*m|tm|k\s*[/.]\s*t|kt|tl|t\s*[/.]\s*l|tuq|q)\s*[.,]?\s*"
)


def signing_body(folded: str, authority: Span) -> Span:
    """The body an authority line signs for, without its mark: ``t/m uy ban kiem tra`` →
    the span of ``uy ban kiem tra``."""
    start, end = authority
    mark = _AUTHORITY_MARK.match(folded, start, end)
    return (mark.end() if mark else start), end


# The signature stands in the last lines of a document.
TAIL_LINES = 70
# The name follows the authority within a few lines (more when recipients interleave).
NAME_LINES = 30


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    data = table("layout")
    positions = sorted({key(w) for w in data["positions"]["words"]}, key=lambda w: (-len(w), w))
    return {
        "authority": regex_cache.compile(data["authority"]["regex"]),
        "head": regex_cache.compile(data["recipients_head"]["regex"]),
        "mark": regex_cache.compile(data["recipient_mark"]["regex"]),
        "position": regex_cache.compile(
            "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in positions) + r")(?![a-z])"
        ),
        "signer_line": regex_cache.compile(data["signer_line"]["regex"]),
    }


# What may close a line after its last word: blanks, punctuation, markup, brackets, quotes.
_CLOSING = " \t.,;:*_)\"'”"

# A position in capitals: words of letters (``PHÓ CHỦ NHIỆM``), not ``---PAGE---``.
_POSITION_SHAPE = regex_cache.compile(r"[^\W\d_]{2,}(?:[ ,.]+[^\W\d_]+)*")


class Signature:
    """The signature block and its authority (``T/M HUYỆN ỦY``), position and signer."""

    __slots__ = ("authority", "block", "position", "signer")

    def __init__(self) -> None:
        self.block: Span | None = None
        self.authority: Span | None = None
        self.position: Span | None = None
        self.signer: Span | None = None


def _authority(text: str, folded: str, line: Line) -> Span | None:
    """Where an authority starts on ``line``: at its start, or after ``Nơi nhận:``."""
    patterns = _patterns()
    start = line.cs
    head = patterns["head"].match(folded, line.cs, line.ce)
    if head is not None:
        start = head.end()
        while start < line.ce and (text[start].isspace() or text[start] == "|"):
            start += 1
    elif patterns["mark"].match(folded, line.cs, line.ce):
        cut = gap(text, line)
        if cut is None:
            return None
        start = cut[1]
    if patterns["authority"].match(folded, start, line.ce) is None:
        return None
    if not is_upper(text[start : line.ce]):
        return None
    return start, line.ce


def find(text: str, folded: str, lines: Lines, first: int) -> Signature:
    """The signature block among ``lines[first:]`` (its last lines)."""
    found = Signature()
    last: int | None = None
    authority, starts, raw = _patterns()["authority"], lines.starts, lines.raw
    for index in range(len(lines) - 1, max(first, len(lines) - TAIL_LINES) - 1, -1):
        # Lines passed over without being made: one that ends in a lower-case letter (an
        # authority runs in capitals to the end of its line), one of blanks and closing
        # marks only (an authority holds letters), one that holds no mark.
        closing = raw[index].rstrip(_CLOSING)[-1:]
        if not closing or closing.islower():
            continue
        if authority.search(folded, starts[index], starts[index + 1] - 1) is None:
            continue
        line = lines[index]
        if not line.blank and _authority(text, folded, line):
            last = line.index
            break
    if last is None:
        return _fallback(text, folded, lines, first)
    start = last
    while (
        start - 1 >= first
        and not lines[start - 1].blank
        and _authority(text, folded, lines[start - 1])
    ):
        start -= 1
    found.authority = _authority(text, folded, lines[start])
    end = lines[last].ce
    for row in lines.between(last + 1, last + 1 + NAME_LINES):
        if row.blank:
            continue
        cut = gap(text, row)
        line = Line(row.index, row.start, row.end, cut[1], row.ce) if cut else row
        core = text[line.cs : line.ce]
        if is_name(core):
            found.signer = line.core
            end = line.ce
            break
        if found.position is None and _is_position(text, folded, line):
            found.position = line.core
            end = line.ce
        elif found.position is not None and _is_capital_name(text, folded, line):
            found.signer = line.core
            end = line.ce
            break
    block_start = found.authority[0] if found.authority else lines[start].cs
    found.block = (block_start, end)
    return found


@cache
def _signer_opening() -> str:
    """The letters every ``Người ký:`` line opens with (``nguoi ky``), from its pattern."""
    return literal_opening(table("layout")["signer_line"]["regex"])


def _is_capital_name(text: str, folded: str, line: Line) -> bool:
    """A name written in capitals under the position (``NGUYỄN VĂN AN``), not a position."""
    words = text[line.cs : line.ce].split()
    if not 2 <= len(words) <= 5 or not all(w.isalpha() and w.isupper() for w in words):
        return False
    if _patterns()["position"].match(folded, line.cs, line.ce):
        return False
    return _patterns()["authority"].match(folded, line.cs, line.ce) is None


def _is_position(text: str, folded: str, line: Line) -> bool:
    core = text[line.cs : line.ce]
    if _patterns()["mark"].match(folded, line.cs, line.ce) or len(core.split()) > 8:
        return False
    if is_upper(core):
        return _POSITION_SHAPE.fullmatch(core) is not None
    return _patterns()["position"].fullmatch(folded, line.cs, line.ce) is not None


def _fallback(text: str, folded: str, lines: Lines, first: int) -> Signature:
    found = Signature()
    patterns = _patterns()
    # The lines before the body are read only when they hold the letters a signer
    # line opens with (``nguoi ky``).
    opening = _signer_opening()
    before = lines.starts[min(first, len(lines))]
    opened = not opening or folded.find(opening, 0, before) >= 0
    for line in lines.between(0, first) if opened else ():
        match = patterns["signer_line"].match(folded, line.cs, line.ce)
        if match is None:
            continue
        position = patterns["position"].match(folded, match.end(), line.ce)
        name_start = match.end()
        if position is not None:
            found.position = position.span()
            name_start = position.end()
        while name_start < line.ce and text[name_start].isspace():
            name_start += 1
        if is_name(text[name_start : line.ce]):
            found.signer = (name_start, line.ce)
            found.block = line.core
            return found
    closing = [line for line in lines[max(first, len(lines) - 8) :] if not line.blank]
    if closing and is_name(text[closing[-1].cs : closing[-1].ce]):
        previous = closing[-2] if len(closing) > 1 else None
        if previous is None or previous.ce - previous.cs <= 40:
            found.signer = closing[-1].core
            found.block = closing[-1].core
    return found
