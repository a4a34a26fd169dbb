"""Lines of the canonical text with their markup-free core, the unit the layout works on.

A document is a few hundred lines at most, so the layout walks lines, never characters.
``**T/M HUYỆN ỦY**`` → a line whose core is ``T/M HUYỆN ỦY`` (markdown ``#``, ``>``,
``*``, ``_`` and ``{#anchor}`` stripped from both ends).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from itertools import accumulate, repeat
from operator import add
from typing import NamedTuple, overload

from vankien import regex_cache

# Markup and blanks around a line: headings, quotes, bold/italic marks, anchors, md breaks.
_LEAD = regex_cache.compile(r"(?:\s|#+(?=\s)|>|\*+|_{2,}|`+)*")
TRAIL_CHARS = " \t\r\u00a0*_`\\"
_MARKUP_START = set("#>*_`\u00a0\r")
_ANCHOR = regex_cache.compile(r"\{#[^}]*\}$")


class Line(NamedTuple):
    """One line: ``start``/``end`` of the raw line, ``cs``/``ce`` of its core."""

    index: int  # type: ignore[assignment]  # the line's number, over tuple.index
    start: int
    end: int
    cs: int
    ce: int

    @property
    def blank(self) -> bool:
        return self.cs >= self.ce

    @property
    def core(self) -> tuple[int, int]:
        return self.cs, self.ce


def core_end(text: str, cs: int, end: int) -> int:
    """Where a line's core ends: trailing blanks, marks and ``{#anchor}`` left out."""
    if end > cs and text[end - 1] not in TRAIL_CHARS and text[end - 1] != "}":
        return end
    while True:
        ce = cs + len(text[cs:end].rstrip(TRAIL_CHARS))
        if ce > cs and text[ce - 1] == "}":
            anchor = _ANCHOR.search(text, max(cs, ce - 60), ce)
            if anchor is not None:
                end = anchor.start()
                continue
        return ce


class Lines(Sequence[Line]):
    """The lines of a text, each :class:`Line` made when first asked for.

    A layout looks at the first and the last lines of a document; the lines between are
    never made. ``starts`` holds every line's start (and one past the text's end),
    ``raw`` every line as written.
    """

    __slots__ = ("_made", "raw", "starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.raw = text.split("\n")
        self.starts = list(accumulate(map(add, map(len, self.raw), repeat(1)), initial=0))
        if "<br" in text and "|" in text:
            self._split_table_cells()
        if _PARTY_LINE in text[:_RUN_TOGETHER_CHARS]:
            self._split_run_together_header()
        self._made: list[Line | None] = [None] * len(self.raw)

    def _split_run_together_header(self) -> None:
        """A header copied as one line (``ĐẢNG BỘ TỈNH X THÀNH ỦY X * Số 1245-TB/TU ĐẢNG CỘNG
        SẢN VIỆT NAM X, ngày 20 tháng 5 năm 2024``) is read as its parts, one line each: cut
        at the star, before ``Số`` and its number, and around ``ĐẢNG CỘNG SẢN VIỆT NAM``."""

        def cuts(index: int, line: str) -> re.Pattern[str] | None:
            party = line.find(_PARTY_LINE)
            if index >= _RUN_TOGETHER_LINES or party <= 0 or not line[:party].strip():
                return None
            return _HEADER_CUT

        self._split(cuts)

    def _split_table_cells(self) -> None:
        """A table row whose cells hold ``<br>`` breaks (a header laid out as a table and
        copied as markdown: ``| ĐẢNG BỘ TỈNH X<br>**ĐẢNG ỦY XÃ Y**<br>Số 12-BC/ĐU | ...``)
        is read as the lines of its cells, one after the other, each a span of its row. Such
        a line ends before the break, not one character before the next line's start."""

        def cuts(index: int, line: str) -> re.Pattern[str] | None:
            if line.lstrip().startswith("|") and _BREAK_TAG.search(line):
                return _CELL_BREAK
            return None

        self._split(cuts)

    def _split(self, cuts: Callable[[int, str], re.Pattern[str] | None]) -> None:
        """Each line that ``cuts(index, line)`` gives a pattern for is read as its pieces
        between the pattern's matches, one line each, each a span of the line."""
        raw: list[str] = []
        starts: list[int] = []
        for index, (line, start) in enumerate(zip(self.raw, self.starts, strict=False)):
            pattern = cuts(index, line)
            at = 0
            if pattern is not None:
                for cut in pattern.finditer(line):
                    raw.append(line[at : cut.start()])
                    starts.append(start + at)
                    at = cut.end()
            raw.append(line[at:])
            starts.append(start + at)
        starts.append(self.starts[-1])
        self.raw, self.starts = raw, starts

    def __len__(self) -> int:
        return len(self.raw)

    @overload
    def __getitem__(self, index: int) -> Line: ...

    @overload
    def __getitem__(self, index: slice) -> list[Line]: ...

    def __getitem__(self, index: int | slice) -> Line | list[Line]:
        if isinstance(index, slice):
            made = self._made
            return [made[i] or self._make(i) for i in range(*index.indices(len(made)))]
        if index < 0:
            index += len(self._made)
        return self._made[index] or self._make(index)

    def between(self, start: int, stop: int | None = None) -> Iterator[Line]:
        """The lines ``start`` to ``stop`` (excluded) in order, each made only when reached."""
        made = self._made
        for index in range(max(0, start), min(len(made), len(made) if stop is None else stop)):
            yield made[index] or self._make(index)

    def backwards(self, start: int, stop: int | None = None) -> Iterator[Line]:
        """The lines ``start`` to ``stop`` (excluded), last first, each made only when reached."""
        made = self._made
        top = min(len(made), len(made) if stop is None else stop)
        for index in range(top - 1, max(0, start) - 1, -1):
            yield made[index] or self._make(index)

    def _make(self, index: int) -> Line:
        # ``index`` is in range: ``__getitem__`` read ``_made[index]`` first, the walks clamp.
        raw = self.raw[index]
        pos = self.starts[index]
        if not raw:
            line = self._made[index] = _new_line(Line, (index, pos, pos, pos, pos))
            return line
        end = pos + len(raw)
        stripped = raw.lstrip(" \t")
        cs = end - len(stripped)
        if stripped and stripped[0] in _MARKUP_START:
            lead = _LEAD.match(self.text, pos, end)
            assert lead is not None  # every part of it is optional: it matches anywhere
            cs = lead.end()
        last = raw[-1:]
        if last and last not in TRAIL_CHARS and last != "}":
            ce = end
        else:
            ce = core_end(self.text, cs, end)
            if ce < cs:
                ce = cs
        line = self._made[index] = _new_line(Line, (index, pos, end, cs, ce))
        return line

    def index_at(self, offset: int) -> int:
        """The index of the line holding ``offset``."""
        return min(len(self._made) - 1, max(0, bisect_right(self.starts, offset) - 1))


_new_line = tuple.__new__
# Where a table row holding a header's lines breaks: a cell's ``<br>`` or the ``|`` between
# (and around) its cells.
_CELL_BREAK = regex_cache.compile(r"<br\s*/?>|\s*\|\s*", re.IGNORECASE)
_PARTY_LINE = "ĐẢNG CỘNG SẢN VIỆT NAM"
_RUN_TOGETHER_LINES = 3  # a run-together header is one of the first lines
_RUN_TOGETHER_CHARS = 600
_HEADER_CUT = regex_cache.compile(
    r"[ \t]+\*[ \t]+|[ \t]+(?=Số[ \t]*:?[ \t]*\d)|[ \t]+(?=ĐẢNG CỘNG SẢN VIỆT NAM)"
    r"|(?<=ĐẢNG CỘNG SẢN VIỆT NAM)[ \t]+"
)
_BREAK_TAG = regex_cache.compile(r"<br\s*/?>", re.IGNORECASE)


def split(text: str) -> Lines:
    """The lines of ``text`` with their cores (``"  **NGHỊ QUYẾT**"`` → core ``NGHỊ QUYẾT``)."""
    return Lines(text)


# Columns run together: a wide run of spaces, tabs, or the " | " of a table's cells.
_GAP = regex_cache.compile(r"[ \u00a0]{3,}|\t+|\s\|\s")


def gap(text: str, line: Line) -> tuple[int, int] | None:
    """The last wide gap inside a line's core: two columns run together on one line.

    ``"- Ban Thường vụ Tỉnh ủy (b/c),        BÍ THƯ"`` → the span of the spaces.
    """
    cs, ce = line.cs, line.ce
    core = text[cs:ce]
    # Most lines hold none of a gap's characters (three blanks hold two spaces or a
    # no-break space): they are passed over without the regex.
    if "  " not in core and "\t" not in core and "|" not in core and "\u00a0" not in core:
        return None
    found: tuple[int, int] | None = None
    for match in _GAP.finditer(text, cs, ce):
        found = match.span()
    return found


def is_upper(text: str) -> bool:
    """At least two letters and none lower case: ``"HUYỆN ỦY TÂY SƠN"`` yes, ``"Về việc"`` no."""
    if not text.isupper():
        return False
    letters = 0
    for char in text:
        if char.isalpha():
            letters += 1
            if letters == 2:
                return True
    return False


def is_name(text: str) -> bool:
    """A person's name: 2 to 6 capitalised words of letters (``"Lê Bình Thành"``, ``"Y Nhuân
    Byă"``); an apostrophe may join two capitals in a word of the Central Highlands' names
    (``"Rơ Chăm H'Lin"``, ``"H’Hen Niê"``)."""
    words = text.split()
    if not 2 <= len(words) <= 6:
        return False
    if not all(_lettered(w) and w[0].isupper() for w in words):
        return False
    return not all(w.isupper() for w in words)


def _lettered(word: str) -> bool:
    """Letters only, or two runs of letters joined by an apostrophe after a capital (``H'Lin``)."""
    if word.isalpha():
        return True
    head, mark, tail = word.replace("’", "'").partition("'")
    return (
        bool(mark) and len(head) == 1 and head.isupper() and tail[:1].isupper() and tail.isalpha()
    )
