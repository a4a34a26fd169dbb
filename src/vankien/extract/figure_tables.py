"""Figures in tables: a budget or target table whose cells hold bare numbers.

A table is a run of lines with cells between ``|`` (Markdown, or DOCX rows as the loader
writes them: ``Thu ngân sách | triệu đồng | 1.512.300 | 1.600.000``). The unit comes from a
``Đơn vị``/``ĐVT`` column, else from an ``Đơn vị tính: triệu đồng`` line above the table; the
indicator is the row's first text cell; the column heading says whether a number is planned
(``Kế hoạch``, ``Dự toán``, ``Chỉ tiêu``) or achieved (``Thực hiện``, ``Ước thực hiện``) and
for when (``Kế hoạch năm 2023`` → target, 2023). In a row with both, the achieved number is
judged against the planned one.
"""

from __future__ import annotations

import re
from functools import cache

from vankien import regex_cache
from vankien.extract.figure_context import Context, any_cue, cue_matches, cues
from vankien.extract.numbers import NUMBER, parse_number
from vankien.extract.periods import months_label
from vankien.extract.quantities import Quantity, unit_at

Span = tuple[int, int]

_CELL_NUMBER = regex_cache.compile(rf"[\s*_]*({NUMBER})[ \t]*(%?)[\s*_]*")
# A cell with a bound word or a range: "Khoảng 6,5", "Trên 90", "Dưới 3", "45-47", "1 - 1,5".
# The bound words are those written before a number in prose ([bound.*] of figure_cues).
_BOUND_NAMES = ("approx", "min", "max")


@cache
def _cell_bounded() -> re.Pattern[str]:
    words = any_cue(*(f"bound.{name}.before" for name in _BOUND_NAMES)).pattern
    return regex_cache.compile(
        rf"[\s*_]*(?:(?P<bound>{words})\s+)?"
        rf"(?P<n>{NUMBER})(?:[ \t]*[-–][ \t]*(?P<to>{NUMBER}))?[ \t]*(?P<pct>%?)[\s*_]*"
    )


def _bound_of(word: str) -> str | None:
    """``khoang`` → approx, ``tren`` → min, ``duoi`` → max (the first bound whose words match)."""
    return next((n for n in _BOUND_NAMES if cues(f"bound.{n}.before").fullmatch(word)), None)


_CELL_QUANTITY = regex_cache.compile(rf"[\s*_]*({NUMBER})[ \t]*(%?)(?=[ \t]*[a-z])")
_SEPARATOR = regex_cache.compile(r"[\s:\-|]*")
_LATIN = regex_cache.compile(r"[a-z]")
_UNIT_LINE = regex_cache.compile(r"(?:don vi tinh|don vi|dvt)\s*:\s*([^\n)]{1,30})")
_UNIT_COLUMN = regex_cache.compile(r"^[\s*_]*(?:don vi(?: tinh)?|dvt)[\s*_.]*$")
_ACHIEVED = regex_cache.compile(
    r"(?<![a-z])(?:thuc hien|uoc thuc hien|uoc dat|ket qua|uoc tinh|dat duoc)(?![a-z])"
)
_SERIAL = regex_cache.compile(r"^[\s*_]*(?:stt|tt|so tt)[\s*_.]*$")
# A column of shares (``Tỷ lệ (%)``, ``So sánh``, ``TH/KH``): its numbers are percents of the
# planned number, in whatever unit the row is.
_SHARE_COLUMN = regex_cache.compile(r"%|(?<![a-z])(?:ty le|ti le|so sanh|th\s*/\s*kh)(?![a-z])")
_BARE_YEAR = regex_cache.compile(r"(?<![\d/.,-])(?:19|20)\d\d(?![\d/.,-])")


class TableFigure:
    """A number in a table cell and what its row and column say about it (a plain class: a
    NamedTuple is built at start)."""

    __slots__ = (
        "quantity",
        "kind",
        "period",
        "indicator",
        "indicator_span",
        "row",
        "share",
        "bound",
    )

    def __init__(
        self,
        quantity: Quantity,
        kind: str,
        period: str | None,
        indicator: str | None,
        indicator_span: Span | None,
        row: int,
    ) -> None:
        self.quantity = quantity
        self.kind = kind
        self.period = period
        self.indicator = indicator
        self.indicator_span = indicator_span
        # rows of one table share an id; a row's planned number judges its achieved one
        self.row = row
        self.share = False  # a percent of the row's planned number (a share column's)
        self.bound: str | None = None  # "Khoảng 6,5" → approx


def _cells(text: str, start: int, end: int) -> list[Span]:
    """The trimmed spans of the cells of one row (``| a | b |`` or ``a | b``)."""
    spans = []
    pos = start
    for part in text[start:end].split("|"):
        s, e = pos, pos + len(part)
        pos = e + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        spans.append((s, e))
    if spans and spans[0][0] == spans[0][1] and text[start:end].lstrip().startswith("|"):
        spans = spans[1:]
    if spans and spans[-1][0] == spans[-1][1] and text[start:end].rstrip().endswith("|"):
        spans = spans[:-1]
    return spans


def _rows(folded: str, start: int, end: int) -> list[Span]:
    """The lines of ``folded[start:end]`` with at least two ``|``, found from the bars."""
    rows: list[Span] = []
    bar = folded.find("|", start, end)
    while bar >= 0:
        line_start = folded.rfind("\n", 0, bar) + 1
        line_end = folded.find("\n", bar, end)
        if line_end < 0:
            line_end = end
        if line_start >= start and folded.count("|", line_start, line_end) >= 2:
            rows.append((line_start, line_end))
        bar = folded.find("|", line_end, end)
    return rows


def _blocks(folded: str, start: int, end: int) -> list[list[Span]]:
    """Runs of consecutive table rows, each row as its line span."""
    blocks: list[list[Span]] = []
    last_end = -2
    for row in _rows(folded, start, end):
        if blocks and row[0] == last_end + 1:
            blocks[-1].append(row)
        else:
            blocks.append([row])
        last_end = row[1]
    return [b for b in blocks if len(b) >= 2]


def find_table_figures(ctx: Context) -> list[TableFigure]:
    """Every number in a table cell of the document, with its unit, kind, period, indicator."""
    doc = ctx.doc
    text, folded = doc.text, doc.folded
    found: list[TableFigure] = []
    row_id = 0
    for block in _blocks(folded, *ctx.body):
        rows = [_cells(text, s, e) for s, e in block]
        rows = [r for r in rows if not _SEPARATOR.fullmatch(folded, r[0][0], r[-1][1])]
        if len(rows) < 2:
            continue
        header, body = rows[0], rows[1:]
        table_unit = _unit_above(text, folded, block[0][0])
        columns = [_column(ctx, folded, span) for span in header]
        shares = [_SHARE_COLUMN.search(folded, s, e) is not None for s, e in header]
        unit_column = next(
            (i for i, s in enumerate(header) if _UNIT_COLUMN.match(folded[s[0] : s[1]])), None
        )
        for row in body:
            row_id += 1
            row_period = _row_period(ctx, folded, row[0])
            label = next(
                (
                    s
                    for i, s in enumerate(row)
                    if i != unit_column
                    and _LATIN.search(folded, s[0], s[1])
                    and not _SERIAL.match(folded[s[0] : s[1]])
                ),
                None,
            )
            unit = table_unit
            if unit_column is not None and unit_column < len(row):
                s, e = row[unit_column]
                read = unit_at(text, folded, s)
                unit = read.unit if read is not None and read.end <= e else unit
            for i, (s, e) in enumerate(row):
                m = _CELL_NUMBER.fullmatch(folded, s, e) or _CELL_QUANTITY.match(folded, s, e)
                if m is None and i != unit_column and (s, e) != label:
                    bounded = _bounded_cell(folded, s, e, unit, i < len(shares) and shares[i])
                    if bounded is not None:
                        kind, period = columns[i] if i < len(columns) else ("actual", None)
                        period = period or row_period
                        indicator = " ".join(text[label[0] : label[1]].split()) if label else None
                        cell = TableFigure(bounded[0], kind, period, indicator, label, row_id)
                        cell.bound = bounded[1]
                        found.append(cell)
                    continue
                if m is None or i == unit_column or (label and (s, e) == label):
                    continue
                if i == 0 and len(row) > 2 and "." not in m.group(1) and "," not in m.group(1):
                    continue  # a serial number
                kind, period = columns[i] if i < len(columns) else ("actual", None)
                period = period or row_period
                share = i < len(shares) and shares[i]
                cell_unit = "%" if m.group(2) or share else unit
                number = m.span(1)
                span = (number[0], m.end(2) if m.group(2) else number[1])
                quantity = Quantity(span, number, parse_number(m.group(1)), cell_unit, "table")
                indicator = " ".join(text[label[0] : label[1]].split()) if label else None
                cell = TableFigure(quantity, kind, period, indicator, label, row_id)
                cell.share = share
                found.append(cell)
    return found


def _bounded_cell(
    folded: str, s: int, e: int, unit: str | None, share: bool
) -> tuple[Quantity, str | None] | None:
    """A cell holding a bound word and a number, or a range: ``Khoảng 6,5`` → 6.5, approx;
    ``45-47`` → range (45, 47); ``Trên 90`` → 90, min."""
    m = _cell_bounded().fullmatch(folded, s, e)
    if m is None or (m.group("bound") is None and m.group("to") is None):
        return None
    first = parse_number(m.group("n"))
    last = parse_number(m.group("to")) if m.group("to") else None
    if last is not None and last < first:
        return None
    cell_unit = "%" if m.group("pct") or share else unit
    number = m.span("n")
    end = m.end("pct") if m.group("pct") else (m.end("to") if last is not None else number[1])
    start = m.start("bound") if m.group("bound") else number[0]
    if last is not None:
        quantity = Quantity((start, end), number, None, cell_unit, "table", range=(first, last))
    else:
        quantity = Quantity((start, end), number, first, cell_unit, "table")
    return quantity, _bound_of(m.group("bound")) if m.group("bound") else None


_YEAR_CELL = regex_cache.compile(r"[\s*_]*(?:nam\s+)?((?:19|20)\d\d)[\s*_]*")


def _row_period(ctx: Context, folded: str, span: Span) -> str | None:
    """The period a row's first cell names for its numbers: ``| 2015 | 98,4 |`` → 2015,
    ``| 6 tháng 2024 | 92,6 |`` → 2024-H1."""
    year = _YEAR_CELL.fullmatch(folded, span[0], span[1])
    if year is not None:
        return year.group(1)
    months = _MONTHS_CELL.fullmatch(folded, span[0], span[1])
    if months is not None:  # "6 tháng 2024": the months from January of that year
        count = int(months.group(1))
        return (
            months_label(int(months.group(2)), 1, int(months.group(2)), count)
            if 0 < count <= 12
            else None
        )
    periods = ctx.periods(span[0], span[1], ctx.year)
    if len(periods) != 1 or not _ROW_PERIOD.fullmatch(folded, span[0], periods[0].span[0]):
        return None  # "Tỷ lệ hộ nghèo theo chuẩn ... giai đoạn 2022 - 2025": a label's own words
    return periods[0].label if _BLANK.fullmatch(folded, periods[0].span[1], span[1]) else None


# What may stand before the period a row's first cell is: "Năm", "Quý", "- ", "**".
_ROW_PERIOD = regex_cache.compile(r"[\s*_\-]*(?:nam|trong|ca)?[\s*_]*")
_BLANK = regex_cache.compile(r"[\s*_:.]*")


_MONTHS_CELL = regex_cache.compile(r"[\s*_]*(\d{1,2})\s+thang\s+((?:19|20)\d\d)[\s*_]*")


def _column(ctx: Context, folded: str, span: Span) -> tuple[str, str | None]:
    """(kind, period) a column heading gives its numbers."""
    kind = "actual"
    if cue_matches("kind.target.strong", folded, *span) or cue_matches(
        "kind.target.weak", folded, *span
    ):
        kind = "target"
    if _ACHIEVED.search(folded, *span):
        kind = "actual"
    periods = ctx.periods(span[0], span[1], ctx.year)
    if periods:
        return kind, periods[0].label
    year = _BARE_YEAR.search(folded, *span)  # "Thực hiện 2023"
    return kind, year.group() if year else None


def _unit_above(text: str, folded: str, start: int) -> str | None:
    """The unit an ``Đơn vị tính: triệu đồng`` line above the table gives all its numbers."""
    above = folded.rfind("\n", 0, max(0, start - 1))
    for _ in range(3):
        if above <= 0:
            break
        above = folded.rfind("\n", 0, above - 1)
    window_start = max(0, above)
    found = None
    for m in _UNIT_LINE.finditer(folded, window_start, start):
        read = unit_at(text, folded, m.start(1))
        if read is not None and read.kind != "scale" or read is not None and read.unit:
            found = read.unit
    return found
