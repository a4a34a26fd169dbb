"""The deadline of a task, for the assignments extractor.

The first deadline written in the task: a cue, then a date or a period right after it
(``trước ngày 30/6/2023``, ``trong quý II/2023``, ``vào cuối năm 2023``); a reporting round
(``vào đợt 06 tháng và cuối năm 2023``) is due at its first date (``2023-06-30``). A period
written without its year takes the year of the planned period, else of the issue date.
Words are data (``[due]`` of ``data/assignment_cues.toml``).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import cache

from vankien import regex_cache
from vankien.extract.assignment_phrases import cues, searched_words
from vankien.extract.dates import find_dates, iso
from vankien.extract.periods import find_periods
from vankien.models import Meta

# A day and month without a year ("31/12", "31 tháng 12"), right after a deadline cue.
_DAY_MONTH = r"(?P<d>[0-3]?\d)\s*(?:/|-|\s+thang\s+)\s*(?P<m>[01]?\d)(?![\d/])(?!\s*(?:-|nam|/))"


# After a cue: "trước ngày", "trong thời hạn"; the words are matched after the cue is found.
# Optional as "(?:X|)", not "(?:X)?": the same match, without the engine's costly repeat.
_AFTER_CUE = r"(?:(?:ngay|thoi\s+diem|thoi\s+han)\s+|)"
# A reporting round begins: "06 tháng và cuối năm", "6 tháng, 9 tháng và cả năm".
_ROUND = r"(?<![a-z0-9]{0})(?={1}\s+thang\s*(?:,|va))(?P<round{0}>)"


@dataclass
class _Patterns:
    cue: re.Pattern[str]  # a cue, a filler or a round, told by Match.lastgroup
    after_cue: re.Pattern[str]
    start: re.Pattern[str]
    digit: re.Pattern[str]
    rounds: re.Pattern[str]
    day_month: re.Pattern[str]
    year: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    due = cues()["due"]
    return _Patterns(
        cue=regex_cache.compile(
            "|".join(
                [
                    searched_words(due["cues"], r"\s+", "cue"),
                    searched_words(due["filler"], r"\s+", "filler"),
                    *(f"0{_ROUND.format(0, '[369]')}", *(c + _ROUND.format(c, "") for c in "369")),
                ]
            )
        ),
        after_cue=regex_cache.compile(_AFTER_CUE),
        start=regex_cache.compile(r"\d|quy|thang|nam|cuoi|dau|nua|ngay"),
        digit=regex_cache.compile(r"\d"),
        rounds=regex_cache.compile(due["rounds"]),
        day_month=regex_cache.compile(_DAY_MONTH),
        year=regex_cache.compile(r"(?:19|20)\d\d"),
    )


def default_year(meta: Meta | None) -> int | None:
    """The year of a deadline written without one: of the planned period, else of issue."""
    if meta is None:
        return None
    planned = meta.periods.planned if meta.periods else None
    for written in (planned[0] if planned else None, meta.issued_on):
        if written and written[:4].isdigit():
            return int(written[:4])
    return None


def _squash(text: str) -> str:
    """Spaces as a field shows them (:func:`vankien.folding.squash`)."""
    return " ".join(text.split())


def _last_day(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def due(
    text: str, folded: str, start: int, end: int, year: int | None
) -> tuple[str | None, str | None]:
    """The first deadline written in ``[start, end)``: ``(due_text, ISO date or None)``.

    ``"báo cáo trước ngày 30/6/2023"`` → ``("trước ngày 30/6/2023", "2023-06-30")``."""
    pats = _patterns()
    if (
        folded.find("nam", start, end) == -1
        and folded.find("quy ", start, end) == -1
        and not pats.digit.search(folded, start, end)
    ):
        return None, None
    pos = start
    while (cue := pats.cue.search(folded, pos, end)) is not None:
        kind = cue.lastgroup or ""
        if kind.startswith("round"):  # zero-width in effect: the round begins at the digit
            q = cue.start()
            pos = q + 1
        else:
            after = pats.after_cue.match(folded, cue.end(), end)
            assert after is not None  # every part of _AFTER_CUE is optional
            q = pos = after.end()
        if not pats.start.match(folded, q):
            continue
        stop = min(end, q + 60)
        first = cue.start() if kind.startswith("cue") else q
        rounds = pats.rounds.match(folded, q, stop)
        if rounds is not None:
            year_written = int(rounds.group("y")) if rounds.group("y") else year
            date = _last_day(year_written, int(rounds.group("n"))) if year_written else None
            return _squash(text[first : rounds.end()]), date
        dates = find_dates(folded, q, stop)
        if dates and dates[0].span[0] <= q + 5:
            return _squash(text[first : dates[0].span[1]]), dates[0].iso
        day = pats.day_month.match(folded, q, stop)
        if day is not None:  # "trước ngày 31/12": the year of the plan
            date = iso(year, int(day["m"]), int(day["d"])) if year else None
            return _squash(text[first : day.end()]), date
        periods = find_periods(folded, q, stop, year or 2000)
        if periods and periods[0].span[0] == q:
            period = periods[0]
            written = pats.year.search(folded, period.span[0], period.span[1])
            return _squash(text[first : period.span[1]]), period.end if written or year else None
    return None, None
