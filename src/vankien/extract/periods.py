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
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from vankien import regex_cache
from vankien.regex_source import literal_opening
from vankien.vocab import table

if TYPE_CHECKING:
    from vankien.document import Doc

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# A period written without a year while the text gives none takes this one, to be given its
# own later (a leap year, so that "tháng 2" ends on the 29th whatever year it then takes).
SENTINEL_YEAR = 1904
# "21 tháng 12 năm 2022" is a date, not the period "tháng 12 năm 2022".
_DAY_BEFORE = regex_cache.compile(r"\d\s*$")
YEAR = r"(?:19|20)\d\d"


@dataclass(frozen=True)
class Period:
    """A period written at ``span``: ``label`` as in the record, ``start``/``end`` ISO dates."""

    span: tuple[int, int]
    label: str
    start: str
    end: str
    kind: str  # quarter, half, months, month, year, years, year_end, rest_of_year, year_start,
    # date_range, month_range,
    # listed (one span over periods listed together)
    year_written: bool = True  # False when the year came from ``default_year``


@cache
def _last_day(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def _months(year: int, first: int, last: int) -> tuple[str, str]:
    return f"{year:04d}-{first:02d}-01", _last_day(year, last)


class _Kind:
    """A period pattern; ``anchors``: what every match holds, found first (``data/periods.toml``).

    ``words``: the literal starts of the pattern or of its anchors; a text that holds none
    of them holds no match (empty: the pattern is always tried). ``names``: the name of each
    group of ``pattern``, in order.
    """

    __slots__ = ("name", "pattern", "anchors", "lead", "words", "names")

    def __init__(
        self,
        name: str,
        pattern: re.Pattern[str],
        anchors: tuple[re.Pattern[str], ...],
        lead: int,
        words: frozenset[str],
        names: tuple[str | None, ...],
    ) -> None:
        self.name = name
        self.pattern = pattern
        self.anchors = anchors
        self.lead = lead
        self.words = words
        self.names = names


@cache
def _patterns() -> tuple[list[_Kind], tuple[str, ...]]:
    """The period patterns in their order, and every word they start with."""
    data = table("periods")
    kinds = []
    for name in data["order"]:
        entry = data["patterns"][name]
        sources = entry.get("anchors") or [entry["regex"]]
        words = frozenset(literal_opening(source) for source in sources)
        anchors = tuple(regex_cache.compile(a) for a in entry.get("anchors", ()))
        pattern = regex_cache.compile(entry["regex"])
        lead = entry.get("lead", 0)
        names: list[str | None] = [None] * pattern.groups
        for group, index in pattern.groupindex.items():
            names[index - 1] = group
        words = frozenset() if "" in words else words
        kinds.append(_Kind(name, pattern, anchors, lead, words, tuple(names)))
    return kinds, tuple(sorted({w for kind in kinds for w in kind.words}))


def _anchored(kind: _Kind, folded: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """What ``kind.pattern.finditer(folded, start, end)`` finds, tried only near its anchors.

    A match begins at most ``lead`` characters before the whitespace that precedes its
    anchor (``"6 thang dau nam"``: the anchor ``thang dau nam``, the match at ``6``).
    """
    pattern = kind.pattern
    if len(kind.anchors) == 1:
        hits = [hit.start() for hit in kind.anchors[0].finditer(folded, start, end)]
    else:
        hits = sorted(hit.start() for a in kind.anchors for hit in a.finditer(folded, start, end))
    free = start  # candidates below this were tried or lie inside a match
    for at in hits:
        before = at
        while before > start and folded[before - 1].isspace():
            before -= 1
        for candidate in range(max(free, before - kind.lead), at + 1):
            match = pattern.match(folded, candidate, end)
            if match is not None:
                free = match.end()
                yield match
                break
        else:
            free = max(free, at + 1)


def _period(kind: _Kind, match: re.Match[str], default_year: int | None) -> Period | None:
    parts = _period_parts(kind.name, match.groups(), kind.names, default_year)
    return Period(match.span(), *parts) if parts else None


@lru_cache(maxsize=4096)
def _period_parts(
    kind: str,
    values: tuple[str | None, ...],
    names: tuple[str | None, ...],
    default_year: int | None,
) -> tuple[str, str, str, str, bool] | None:
    """Label, first day, last day, kind and whether the year is written, of the period a
    match of ``kind`` with these group ``values`` writes (the same for every such match)."""
    groups = {name: value for name, value in zip(names, values, strict=True) if name}
    if kind == "date_range":
        return _date_range(groups)
    if kind == "month_range":
        return _month_range(groups)
    if kind == "years":
        first, last = int(groups["y1"] or ""), int(groups["y2"] or "")
        if not first <= last <= first + 30:
            return None
        return f"{first}..{last}", f"{first}-01-01", f"{last}-12-31", kind, True
    written = groups.get("y")
    year = int(written) if written else default_year
    if year is None:
        return None
    parts = _parts(kind, groups, year)
    if parts is None:
        return None
    label, start, end, written_kind = parts
    return label, start, end, written_kind, bool(written)


def _date_range(groups: dict[str, str | None]) -> tuple[str, str, str, str, bool] | None:
    """The period two dates bound, when it runs over whole months:
    ``từ ngày 01/7/2025 đến ngày 31/12/2025`` → ``2025-H2`` (2025-07-01..2025-12-31); not
    ``từ ngày 15/12/2024 đến ngày 14/6/2025``. The first date may leave its year to the
    second's (``từ ngày 01/7 đến ngày 31/12/2025``)."""
    days = _days(groups)
    if days is None:
        return None
    start, end = days
    if start.day != 1 or end.isoformat() != _last_day(end.year, end.month):
        return None
    label = months_label(start.year, start.month, end.year, end.month)
    return label, start.isoformat(), end.isoformat(), "date_range", True


def _month_range(groups: dict[str, str | None]) -> tuple[str, str, str, str, bool] | None:
    """The whole months from one month to another, or to the end of a year: ``từ tháng 8/2020
    đến tháng 6/2023`` → 2020-08-01..2023-06-30, labelled as its months (``2020-M08..2023-M06``;
    ``2025-H2`` for July to December)."""
    first_year, first = int(groups["y1"] or 0), int(groups["m1"] or 0)
    last_year = int(groups["y2"] or groups["y"] or 0)
    last = int(groups["m2"] or 12)
    if not (first_year, first) < (last_year, last) or last_year - first_year > 10:
        return None
    start, end = f"{first_year:04d}-{first:02d}-01", _last_day(last_year, last)
    return months_label(first_year, first, last_year, last), start, end, "month_range", True


def _days(groups: dict[str, str | None]) -> tuple[date, date] | None:
    """The first and last day of a ``date_range`` match, the first before the last and at
    most ten years apart."""
    last_year = int(groups["y"] or 0)
    first_year = int(groups["y1"] or last_year)
    try:
        start = date(first_year, int(groups["m1"] or groups["n1"] or 0), int(groups["d1"] or 0))
        end = date(last_year, int(groups["m2"] or groups["n2"] or 0), int(groups["d2"] or 0))
    except ValueError:
        return None
    if not start < end or last_year - first_year > 10:
        return None
    return start, end


def day_range(folded: str, pos: int) -> tuple[str, str] | None:
    """The first and last day (ISO) of two dates written at ``pos``, whatever days they are:
    ``từ ngày 25/10/2021 đến ngày 31/10/2024`` → ("2021-10-25", "2024-10-31")."""
    kind = next(k for k in _patterns()[0] if k.name == "date_range")
    match = kind.pattern.match(folded, pos)
    if match is None:
        return None
    groups = {name: value for name, value in zip(kind.names, match.groups(), strict=True) if name}
    days = _days(groups)
    return (days[0].isoformat(), days[1].isoformat()) if days else None


def months_label(first_year: int, first: int, last_year: int, last: int) -> str:
    """The label of whole months ``first``/``first_year`` to ``last``/``last_year``: a year,
    half, quarter, month or run of months of one year, a run of whole years, else the run of
    months (``2024-M12..2025-M03``)."""
    if first_year != last_year:
        if (first, last) == (1, 12):
            return f"{first_year}..{last_year}"
        return f"{first_year}-M{first:02d}..{last_year}-M{last:02d}"
    year = first_year
    if (first, last) == (1, 12):
        return str(year)
    if (first, last) in ((1, 6), (7, 12)):
        return f"{year}-H{1 if first == 1 else 2}"
    if last == first + 2 and first % 3 == 1:
        return f"{year}-Q{(first + 2) // 3}"
    if first == last:
        return f"{year}-M{first:02d}"
    return f"{year}-M{first:02d}..{year}-M{last:02d}"


# Month counts written in words (folded), as titles write them: "ba tháng cuối năm".
_MONTH_WORDS = {"ba": 3, "sau": 6, "chin": 9}


def _parts(kind: str, groups: dict[str, str | None], year: int) -> tuple[str, ...] | None:
    """Label, first day, last day and kind of a period of ``year`` (``None``: not one)."""
    if kind in ("quarter", "quarter_end"):
        written = groups["q"] or ""
        quarter = int(written) if written.isdigit() else ROMAN.get(written, 0)
        if not 1 <= quarter <= 4:
            return None
        return f"{year}-Q{quarter}", *_months(year, 3 * quarter - 2, 3 * quarter), "quarter"
    if kind == "half":
        first_half = groups.get("half") in ("dau", "truoc")
        start, end = _months(year, 1, 6) if first_half else _months(year, 7, 12)
        return f"{year}-H{1 if first_half else 2}", start, end, kind
    if kind == "months":
        written = groups["n"] or "0"
        count = int(written) if written.isdigit() else _MONTH_WORDS[written]
        if not 1 <= count <= 11:
            return None
        from_start = groups.get("half") in ("dau", "truoc", None)  # "9 tháng năm 2024"
        first, last = (1, count) if from_start else (13 - count, 12)
        if count == 6:
            return f"{year}-H{1 if first == 1 else 2}", *_months(year, first, last), "half"
        if count == 3:
            quarter = 1 if first == 1 else 4
            return f"{year}-Q{quarter}", *_months(year, first, last), "quarter"
        label = f"{year}-M{first:02d}..{year}-M{last:02d}"
        return label, *_months(year, first, last), kind
    if kind in ("month", "month_bare"):
        month = int(groups["m"] or 0)
        if not 1 <= month <= 12:
            return None
        return f"{year}-M{month:02d}", *_months(year, month, month), "month"
    if kind in ("year_end", "rest_of_year"):
        return f"{year}", f"{year}-12-01", f"{year}-12-31", kind
    if kind == "year_start":
        return f"{year}", f"{year}-01-01", f"{year}-01-31", kind
    if kind in ("year", "whole_year"):
        return f"{year}", f"{year}-01-01", f"{year}-12-31", "year"
    return None


def in_date(folded: str, period: Period, floor: int = 0) -> bool:
    """Whether ``period`` is a date's month and year (``ngày 21 tháng 12 năm 2022``, a day
    written before it, after ``floor``), not the period ``tháng 12 năm 2022``."""
    start = period.span[0]
    return period.kind == "month" and bool(_DAY_BEFORE.search(folded, max(floor, start - 4), start))


def find_periods(
    folded: str, start: int = 0, end: int | None = None, default_year: int | None = None
) -> list[Period]:
    """Every period written in ``folded[start:end]``, longest first where they overlap.

    ``"trong quy i nam 2023"`` → ``[Period(label="2023-Q1", ...)]``.
    """
    end = len(folded) if end is None else end
    found: list[Period] = []  # in text order, disjoint
    starts: list[int] = []  # where each of ``found`` starts and ends
    ends: list[int] = []
    kinds, words = _patterns()
    # A kind none of whose words is written has no match (str.find passes over a text
    # faster than a regex looks for its first word).
    absent = {w for w in words if folded.find(w, start, end) < 0}
    for kind in kinds:
        if kind.words and kind.words <= absent:
            continue
        if not kind.anchors:
            matches: Iterator[re.Match[str]] = kind.pattern.finditer(folded, start, end)
        else:
            matches = _anchored(kind, folded, start, end)
        for match in matches:
            s, e = match.span()
            at = bisect_right(starts, s)
            if (at and ends[at - 1] > s) or (at < len(starts) and starts[at] < e):
                continue
            period = _period(kind, match, default_year)
            if period is not None:
                found.insert(at, period)
                starts.insert(at, s)
                ends.insert(at, e)
    for i, period in enumerate(found):
        if period.kind == "rest_of_year":
            found[i] = rest_after(found[:i], period)
    return found


def rest_after(before: list[Period], rest: Period) -> Period:
    """The months of ``rest`` (``những tháng cuối năm``): those after the last months from
    January written before it in the same year (``7 tháng đầu năm`` → 2024-M08..2024-M12,
    ``6 tháng đầu năm`` → H2), else the end of the year."""
    reviewed = next(
        (
            p
            for p in reversed(before)
            if p.kind in ("months", "half", "quarter", "month_range")
            and p.start[5:] == "01-01"
            and (p.start[:4] == rest.start[:4] or not (p.year_written and rest.year_written))
        ),
        None,
    )
    if reviewed is None:
        return rest
    first = int(reviewed.end[5:7]) + 1
    year = int(rest.start[:4])
    label = months_label(year, first, year, 12)
    if first > 12 or not label:
        return rest
    start, end = _months(year, first, 12)
    kind = "half" if "-H" in label else "quarter" if "-Q" in label else "months"
    return Period(rest.span, label, start, end, kind, rest.year_written)


def written_periods(doc: Doc) -> list[Period]:
    """Every period of the document's folded text, found once for the extractors that read
    them (``find_periods(doc.folded, default_year=SENTINEL_YEAR)``)."""
    found = doc.memo.get("periods")
    if found is None:
        found = doc.memo["periods"] = find_periods(doc.folded, default_year=SENTINEL_YEAR)
    return found  # type: ignore[return-value]


def periods_within(found: list[Period], start: int, end: int) -> list[Period]:
    """The periods of ``found`` (in text order) written inside ``[start, end)``."""
    i = bisect_left(found, start, key=_start)
    out = []
    while i < len(found) and found[i].span[0] < end:
        if found[i].span[1] <= end:
            out.append(found[i])
        i += 1
    return out


def _start(period: Period) -> int:
    return period.span[0]


@cache
def _cues() -> re.Pattern[str]:
    cues = table("periods")["cues"]
    return regex_cache.compile(
        f"(?P<reviewed>{cues['reviewed']['regex']})|(?P<planned>{cues['planned']['regex']})"
    )


def classify(
    folded: str,
    span: tuple[int, int],
    default_year: int | None,
    found: dict[str, Period],
    fallback: str | None = None,
    forced: bool = False,
    written: list[Period] | None = None,
    muted: list[tuple[int, int]] | None = None,
) -> None:
    """Note in ``found`` the first ``reviewed`` and ``planned`` period of ``folded[span]``; one
    that the next goes on from, listed with it, spans both (``tháng 12/2025, quý I/2026``).

    The last cue (``data/periods.toml``) before a period decides; ``fallback`` serves a
    period with no cue, and every period when ``forced``. A period written without its
    year takes the year of the next (else the previous) period written with one, else
    ``default_year``. ``written``: the periods of the whole text when the caller has them
    (:func:`written_periods`), else those of the span are looked for. Cue words inside a
    ``muted`` stretch (a cited document's name) decide nothing.
    ``"tinh hinh ... 6 thang dau nam; nhiem vu, giai phap 6 thang cuoi nam 2023"`` →
    reviewed 2023-H1, planned 2023-H2.
    """
    if "reviewed" in found and "planned" in found:
        return
    start, end = span
    within = (
        periods_within(written, start, end)
        if written is not None
        else find_periods(folded, start, end, SENTINEL_YEAR)
    )
    periods = [p for p in within if not in_date(folded, p, start)]
    written = [p for p in periods if p.year_written]
    cursor = start
    noted: str | None = None  # the cue just given a period, while a list of periods goes on
    for period in periods:
        cue = None
        for match in _cues().finditer(folded, cursor, period.span[0]):
            if not muted or not any(s <= match.start() < e for s, e in muted):
                cue = match.lastgroup
        listed = (
            cue is None and noted is not None and _LISTED.fullmatch(folded, cursor, period.span[0])
        )
        cursor = period.span[1]
        if listed and noted is not None:
            # "nhiệm vụ trọng tâm tháng 12/2025, quý I/2026": one span over the periods listed
            more = _dated(folded, period, written, default_year)
            first = found[noted]
            if more is not None and _next_day(first.end) == more.start:
                label = months_label(
                    int(first.start[:4]),
                    int(first.start[5:7]),
                    int(more.end[:4]),
                    int(more.end[5:7]),
                )
                found[noted] = Period(
                    (first.span[0], more.span[1]), label, first.start, more.end, "listed"
                )
            continue
        noted = None
        cue = fallback if forced else cue or fallback
        if cue is None or cue in found:
            continue
        dated = _dated(folded, period, written, default_year)
        if dated is not None:
            found[cue], noted = dated, cue


def _next_day(day: str) -> str:
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


# Between two periods of one list: "tháng 12/2025, quý I/2026", "quý I và quý II".
_LISTED = regex_cache.compile(r"[\s*_]*(?:,|va(?![a-z]))[\s*_]*")


def _dated(
    folded: str, period: Period, written: list[Period], default_year: int | None
) -> Period | None:
    """``period`` with a year: its own, else that of the next period written with one (else
    the last), else ``default_year``."""
    if period.year_written:
        return period
    later = [p for p in written if p.span[0] > period.span[0]]
    near = later[0] if later else (written[-1] if written else None)
    year = int(near.label[:4]) if near else default_year
    again = find_periods(folded, period.span[0], period.span[1], year) if year else []
    return again[0] if again else None
