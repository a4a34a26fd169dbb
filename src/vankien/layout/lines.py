"""Lines of the canonical text with their markup-free core, the unit the layout works on.

A document is a few hundred lines at most, so the layout walks lines, never characters.
``**T/M HUYỆN ỦY**`` → a line whose core is ``T/M HUYỆN ỦY`` (markdown ``#``, ``>``,
``*``, ``_`` and ``{#anchor}`` stripped from both ends).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Markup and blanks around a line: headings, quotes, bold/italic marks, anchors, md breaks.
_LEAD = re.compile(r"(?:\s|#+(?=\s)|>|\*+|_{2,}|`+)*")
_TRAIL = re.compile(r"(?:\s|\*+|_{2,}|`+|\\|\{#[^}]*\})*$")


@dataclass(frozen=True)
class Line:
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


def split(text: str) -> list[Line]:
    """The lines of ``text`` with their cores (``"  **NGHỊ QUYẾT**"`` → core ``NGHỊ QUYẾT``)."""
    lines: list[Line] = []
    pos = 0
    length = len(text)
    while pos <= length:
        end = text.find("\n", pos)
        if end < 0:
            end = length
        lead = _LEAD.match(text, pos, end)
        cs = lead.end() if lead else pos
        trail = _TRAIL.search(text, cs, end)
        ce = trail.start() if trail else end
        lines.append(Line(len(lines), pos, end, cs, max(cs, ce)))
        pos = end + 1
    return lines


_GAP = re.compile(r"[ \u00a0]{3,}|\t+")


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
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and not any(c.islower() for c in letters)


def is_name(text: str) -> bool:
    """A person's name: 2 to 6 capitalised words of letters (``"Lê Bình Thành"``, ``"Y Nhuân Byă"``)."""
    words = text.split()
    if not 2 <= len(words) <= 6:
        return False
    if not all(w.isalpha() and w[0].isupper() for w in words):
        return False
    return not all(w.isupper() for w in words)
