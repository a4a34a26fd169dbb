"""Periods of time as documents write them → labels and date ranges.

``quý I/2023`` → ``2023-Q1`` (2023-01-01..2023-03-31); ``6 tháng đầu năm 2023`` →
``2023-H1``; ``tháng 6/2023`` → ``2023-M06``; ``năm 2023`` → ``2023``;
``nhiệm kỳ 2020 - 2025`` → ``2020..2025``; ``cuối năm 2023`` → ends 2023-12-31.
A period written without its year (``6 tháng cuối năm``) takes ``default_year``.
The words are data (``data/periods.toml``); matching is on the folded text.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import cache

from vankien.vocab import table

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# A period written without a year while the text gives none: placeholder, then re-read.
PLACEHOLDER_YEAR = 2000
# "21 tháng 12 năm 2022" is a date, not the period "tháng 12 năm 2022".
_DAY_BEFORE = re.compile(r"\d\s*$")
YEAR = r"(?:19|20)\d\d"


@dataclass(frozen=True)
class Period:
    """A period written at ``span``: ``label`` as in the record, ``start``/``end`` ISO dates."""

    span: tuple[int, int]
    label: str
    start: str
    end: str
    kind: str  # quarter, half, months, month, year, years, year_end, year_start
    year_written: bool = True  # False when the year came from ``default_year``


def _last_day(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def _months(year: int, first: int, last: int) -> tuple[str, str]:
    return f"{year:04d}-{first:02d}-01", _last_day(year, last)


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    data = table("periods")
    return [(kind, re.compile(data["patterns"][kind]["regex"])) for kind in data["order"]]


def _year(match: re.Match[str], default_year: int | None) -> int | None:
    written = match.groupdict().get("y")
    if written:
        return int(written)
    return default_year


def _period(kind: str, match: re.Match[str], default_year: int | None) -> Period | None:
    span = match.span()
    groups = match.groupdict()
    if kind == "years":
        first, last = int(groups["y1"]), int(groups["y2"])
        if not first <= last <= first + 30:
            return None
        return Period(span, f"{first}..{last}", f"{first}-01-01", f"{last}-12-31", kind)
    year = _year(match, default_year)
    if year is None:
        return None
    if kind == "quarter":
        written = groups["q"]
        quarter = int(written) if written.isdigit() else ROMAN.get(written, 0)
        if not 1 <= quarter <= 4:
            return None
        start, end = _months(year, 3 * quarter - 2, 3 * quarter)
        return Period(span, f"{year}-Q{quarter}", start, end, kind)
    if kind == "half":
        first = groups.get("half") in ("dau", "truoc")
        start, end = _months(year, 1, 6) if first else _months(year, 7, 12)
        return Period(span, f"{year}-H{1 if first else 2}", start, end, kind)
    if kind == "months":
        count = int(groups["n"])
        if not 1 <= count <= 11:
            return None
        first, last = (1, count) if groups.get("half") in ("dau", "truoc") else (13 - count, 12)
        if count == 6:
            return Period(
                span, f"{year}-H{1 if first == 1 else 2}", *_months(year, first, last), "half"
            )
        if count == 3:
            quarter = 1 if first == 1 else 4
            return Period(span, f"{year}-Q{quarter}", *_months(year, first, last), "quarter")
        label = f"{year}-M{first:02d}..{year}-M{last:02d}"
        return Period(span, label, *_months(year, first, last), kind)
    if kind == "month":
        month = int(groups["m"])
        if not 1 <= month <= 12:
            return None
        return Period(span, f"{year}-M{month:02d}", *_months(year, month, month), kind)
    if kind == "year_end":
        return Period(span, f"{year}", f"{year}-12-01", f"{year}-12-31", kind)
    if kind == "year_start":
        return Period(span, f"{year}", f"{year}-01-01", f"{year}-01-31", kind)
    if kind == "year":
        return Period(span, f"{year}", f"{year}-01-01", f"{year}-12-31", kind)
    return None


def _with_flag(period: Period | None, match: re.Match[str]) -> Period | None:
    if period is None or period.kind == "years" or match.groupdict().get("y"):
        return period
    return Period(period.span, period.label, period.start, period.end, period.kind, False)


def find_periods(
    folded: str, start: int = 0, end: int | None = None, default_year: int | None = None
) -> list[Period]:
    """Every period written in ``folded[start:end]``, longest first where they overlap.

    ``"trong quy i nam 2023"`` → ``[Period(label="2023-Q1", ...)]``.
    """
    end = len(folded) if end is None else end
    found: list[Period] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _patterns():
        for match in pattern.finditer(folded, start, end):
            s, e = match.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            period = _with_flag(_period(kind, match, default_year), match)
            if period is not None:
                found.append(period)
                taken.append((s, e))
    return sorted(found, key=lambda p: p.span)


@cache
def _cues() -> re.Pattern[str]:
    cues = table("periods")["cues"]
    return re.compile(
        f"(?P<reviewed>{cues['reviewed']['regex']})|(?P<planned>{cues['planned']['regex']})"
    )


def classify(
    folded: str,
    span: tuple[int, int],
    default_year: int | None,
    found: dict[str, Period],
    fallback: str | None = None,
    forced: bool = False,
) -> None:
    """Note in ``found`` the first ``reviewed`` and ``planned`` period of ``folded[span]``.

    The last cue (``data/periods.toml``) before a period decides; ``fallback`` serves a
    period with no cue, and every period when ``forced``. A period written without its
    year takes the year of the next (else the previous) period written with one, else
    ``default_year``. ``"tinh hinh ... 6 thang dau nam; nhiem vu, giai phap 6 thang cuoi
    nam 2023"`` → reviewed 2023-H1, planned 2023-H2.
    """
    if "reviewed" in found and "planned" in found:
        return
    start, end = span
    periods = [
        p
        for p in find_periods(folded, start, end, PLACEHOLDER_YEAR)
        if not (
            p.kind == "month" and _DAY_BEFORE.search(folded, max(start, p.span[0] - 4), p.span[0])
        )
    ]
    written = [p for p in periods if p.year_written]
    cursor = start
    for period in periods:
        cue = None
        for match in _cues().finditer(folded, cursor, period.span[0]):
            cue = match.lastgroup
        cursor = period.span[1]
        cue = fallback if forced else cue or fallback
        if cue is None or cue in found:
            continue
        if not period.year_written:
            later = [p for p in written if p.span[0] > period.span[0]]
            near = later[0] if later else (written[-1] if written else None)
            year = int(near.label[:4]) if near else default_year
            again = find_periods(folded, period.span[0], period.span[1], year) if year else []
            if not again:
                continue
            period = again[0]
        found[cue] = period
