"""Lines placed on pages → the canonical text of a paged document, with page ranges.

Readers of PDFs and scans give each page's lines with their boxes (PDF points or pixels,
``top`` above ``bottom``). This module puts them in reading order, drops running headers,
footers and page numbers, joins the lines of a paragraph with a space (and a word split
at a line end back into one: ``04-`` + ``NQ/TU`` → ``04-NQ/TU``; a soft hyphen is
dropped), and records which page each stretch of text came from.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass

from vankien import regex_cache

MARGIN_ZONE = 0.12  # share of the page height at the top and at the bottom
COLUMN_GAP = 3.0  # a gap wider than this many line heights separates two columns
BREAK_HYPHENS = ("\ufffe", "\u00ad", "\u0002")
_HYPHENS = regex_cache.compile("[\ufffe\u00ad\u0002]")

_PAGE_NUMBER = regex_cache.compile(
    r"^[\s\-–—(\[]*(?:trang|page|tr\.)?\s*\d{1,4}(?:\s*(?:/|của|trên|of)\s*\d{1,4})?[\s\-–—)\].]*$",
    re.I,
)
_DIGITS = regex_cache.compile(r"\d+")
_MARKER = regex_cache.compile(
    r"^(?:[-–—+•*▪●◦]\s|\d{1,2}(?:\.\d{1,2})*[.)](?!\d)|[a-zđ][).]\s|[IVXLC]{1,6}[.\-–](?!\d)|"
    r"(?:Điều|Chương|Mục|Phần)\s+\w+|Nơi nhận|T/M|KT\.|TM\.|Số\b)",
)
_END_SENTENCE = regex_cache.compile(r"[.:;!?…]\W*$")


@dataclass(frozen=True)
class Line:
    """One line of a page: its text and box (``top`` is the larger ``y`` in PDF points)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 1e-3)


@dataclass(frozen=True)
class Page:
    """A page's lines and its height; ``number`` counts from 1."""

    number: int
    height: float
    lines: list[Line]


def group_lines(boxes: list[Line]) -> list[Line]:
    """Text boxes → lines in reading order: boxes sharing a baseline band form a line,
    unless a gap wider than :data:`COLUMN_GAP` line heights splits it into two columns."""
    boxes = [b for b in boxes if b.text.strip()]
    boxes.sort(key=lambda b: (-(b.top + b.bottom) / 2, b.x0))
    bands: list[list[Line]] = []
    for box in boxes:
        middle = (box.top + box.bottom) / 2
        if bands:
            last = bands[-1]
            ref = last[0]
            if abs((ref.top + ref.bottom) / 2 - middle) < 0.5 * min(ref.height, box.height):
                last.append(box)
                continue
        bands.append([box])
    lines: list[Line] = []
    for band in bands:
        band.sort(key=lambda b: b.x0)
        parts: list[list[Line]] = [[band[0]]]
        for box in band[1:]:
            prev = parts[-1][-1]
            if box.x0 - prev.x1 > COLUMN_GAP * max(prev.height, box.height):
                parts.append([box])
            else:
                parts[-1].append(box)
        for part in parts:
            text = part[0].text
            for prev, box in zip(part, part[1:], strict=False):
                gap = box.x0 - prev.x1
                text += (
                    " " if gap > 0.15 * box.height and not text.endswith(" ") else ""
                ) + box.text
            lines.append(
                Line(
                    text=" ".join(text.split()),
                    x0=part[0].x0,
                    x1=part[-1].x1,
                    top=max(b.top for b in part),
                    bottom=min(b.bottom for b in part),
                )
            )
    return lines


def _key(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.split()).casefold())


def strip_running(pages: list[Page]) -> list[Page]:
    """Drop page numbers, and lines in the top or bottom margin repeated on many pages."""
    counts: dict[str, int] = {}
    for page in pages:
        for line in {_key(line.text) for line in _margin_lines(page)}:
            counts[line] = counts.get(line, 0) + 1
    repeated = {k for k, n in counts.items() if len(pages) > 1 and n >= max(2, 0.5 * len(pages))}
    out = []
    for page in pages:
        margin = {id(line) for line in _margin_lines(page)}
        kept = [
            line
            for line in page.lines
            if id(line) not in margin
            or not (_PAGE_NUMBER.match(line.text) or _key(line.text) in repeated)
        ]
        out.append(Page(page.number, page.height, kept))
    return out


def _margin_lines(page: Page) -> list[Line]:
    if not page.lines:
        return []
    top_zone = page.height * (1 - MARGIN_ZONE)
    bottom_zone = page.height * MARGIN_ZONE
    first = [line for line in page.lines[:2] if line.bottom >= top_zone]
    last = [line for line in page.lines[-2:] if line.top <= bottom_zone]
    return first + last


@dataclass
class _Metrics:
    left: float
    right: float
    pitch: float
    char: float


def _metrics(lines: list[Line]) -> _Metrics:
    lefts = [round(line.x0) for line in lines]
    left = statistics.mode(lefts) if lefts else 0.0
    right = max((line.x1 for line in lines), default=0.0)
    pitches = [
        a.bottom - b.bottom
        for a, b in zip(lines, lines[1:], strict=False)
        if 0 < a.bottom - b.bottom < 4 * a.height
    ]
    pitch = statistics.median(pitches) if pitches else 0.0
    widths = [(line.x1 - line.x0) / len(line.text) for line in lines if len(line.text) > 10]
    char = statistics.median(widths) if widths else 5.0
    return _Metrics(left, right, pitch, char)


def _continues(line: Line, nxt: Line, m: _Metrics, same_page: bool) -> bool:
    """Whether ``nxt`` carries on the paragraph of ``line``."""
    text = line.text.rstrip()
    if not text or not nxt.text.strip():
        return False
    if text.endswith(BREAK_HYPHENS):
        return True
    if _MARKER.match(nxt.text):
        return False
    if same_page and m.pitch and (line.bottom - nxt.bottom) > 1.25 * m.pitch:
        return False
    if not same_page and _END_SENTENCE.search(text) and nxt.text[:1].isupper():
        return False
    if nxt.x0 - m.left > 1.5 * m.char:  # first-line indent, or a centred line
        return False
    if line.x0 - m.left > 4 * m.char and _END_SENTENCE.search(text):
        return False
    first_word = nxt.text.split()[0]
    room = m.right - line.x1
    return room < (len(first_word) + 1.5) * m.char


def join(line: str, nxt: str) -> str:
    """The separator between two lines of one paragraph: nothing after a split word, else a space.

    ``"04-"`` + ``"NQ/TU"`` → ``""``; ``"tỷ"`` + ``"đồng"`` → ``" "``; ``"kinh tế -"`` → ``" "``.
    """
    if line.endswith(BREAK_HYPHENS):
        return ""
    if line.endswith("-") and len(line) > 1 and line[-2].isalnum() and nxt[:1].isalnum():
        return ""
    return " "


def assemble(pages: list[Page]) -> tuple[str, list[tuple[int, int, int]]]:
    """The canonical text of ``pages`` and its ``[(start, end, page)]`` ranges (contiguous:
    a page runs from its first line to the next page's first line)."""
    pages = strip_running(pages)
    metrics = {page.number: _metrics(page.lines) for page in pages}
    out: list[str] = []
    length = 0
    starts: list[tuple[int, int]] = []
    prev: Line | None = None
    prev_text = ""
    prev_broken = False
    prev_page = 0
    for page in pages:
        m = metrics[page.number]
        first = True
        for line in page.lines:
            raw = line.text.rstrip()
            broken = raw.endswith(BREAK_HYPHENS)
            text = unicodedata.normalize("NFC", _HYPHENS.sub("", raw))
            if not text.strip():
                continue
            if prev is not None:
                same = prev_page == page.number
                if _continues(prev, line, m if same else metrics[prev_page], same):
                    sep = "" if prev_broken else join(prev_text, text)
                else:
                    sep = "\n"
                out.append(sep)
                length += len(sep)
            if first:
                starts.append((length, page.number))
                first = False
            out.append(text)
            length += len(text)
            prev, prev_text, prev_broken, prev_page = line, text, broken, page.number
    ranges = [
        (start, starts[k + 1][0] if k + 1 < len(starts) else length, number)
        for k, (start, number) in enumerate(starts)
    ]
    return "".join(out), ranges
