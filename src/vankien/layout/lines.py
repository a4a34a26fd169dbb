"""Lines of the canonical text with their markup-free core, the unit the layout works on.

A document is a few hundred lines at most, so the layout walks lines, never characters.
``**T/M HUYỆN ỦY**`` → a line whose core is ``T/M HUYỆN ỦY`` (markdown ``#``, ``>``,
``*``, ``_`` and ``{#anchor}`` stripped from both ends).
"""

from __future__ import annotations

import re
from typing import NamedTuple

# Markup and blanks around a line: headings, quotes, bold/italic marks, anchors, md breaks.
_LEAD = re.compile(r"(?:\s|#+(?=\s)|>|\*+|_{2,}|`+)*")
_TRAIL_CHARS = " \t\r\u00a0*_`\\"
_MARKUP_START = set("#>*_`\u00a0\r")
_ANCHOR = re.compile(r"\{#[^}]*\}$")


class Line(NamedTuple):
    """One line: ``start``/``end`` of the raw line, ``cs``/``ce`` of its core."""

    index: int
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
    while True:
        ce = cs + len(text[cs:end].rstrip(_TRAIL_CHARS))
        if ce > cs and text[ce - 1] == "}":
            anchor = _ANCHOR.search(text, max(cs, ce - 60), ce)
            if anchor is not None:
                end = anchor.start()
                continue
        return ce


def split(text: str) -> list[Line]:
    """The lines of ``text`` with their cores (``"  **NGHỊ QUYẾT**"`` → core ``NGHỊ QUYẾT``)."""
    lines: list[Line] = []
    pos = 0
    for index, raw in enumerate(text.split("\n")):
        end = pos + len(raw)
        stripped = raw.lstrip(" \t")
        cs = end - len(stripped)
        if stripped[:1] in _MARKUP_START:
            lead = _LEAD.match(text, pos, end)
            cs = lead.end() if lead else pos
        marked = raw[-1:] in _TRAIL_CHARS or raw[-1:] == "}"
        ce = core_end(text, cs, end) if marked else end
        lines.append(Line(index, pos, end, cs, max(cs, ce)))
        pos = end + 1
    return lines


# Columns run together: a wide run of spaces, tabs, or the " | " of a table's cells.
_GAP = re.compile(r"[ \u00a0]{3,}|\t+|\s\|\s")


def gap(text: str, line: Line) -> tuple[int, int] | None:
    """The last wide gap inside a line's core: two columns run together on one line.

    ``"- Ban Thường vụ Tỉnh ủy (b/c),        BÍ THƯ"`` → the span of the spaces.
    """
    found = None
    for match in _GAP.finditer(text, line.cs, line.ce):
        found = match.span()
    return found


def is_upper(text: str) -> bool:
    """At least two letters and none lower case: ``"HUYỆN ỦY TÂY SƠN"`` yes, ``"Về việc"`` no."""
    return text.isupper() and sum(1 for c in text if c.isalpha()) >= 2


def is_name(text: str) -> bool:
    """A person's name: 2 to 6 capitalised words of letters (``"Lê Bình Thành"``, ``"Y Nhuân Byă"``)."""
    words = text.split()
    if not 2 <= len(words) <= 6:
        return False
    if not all(w.isalpha() and w[0].isupper() for w in words):
        return False
    return not all(w.isupper() for w in words)
