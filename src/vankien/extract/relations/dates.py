"""Written dates that cannot exist, and spans of time with a start and an end.

``ngày 31/02/2023`` → ``date`` {day: 31, month: 2, year: 2023} (only dates that cannot exist
are kept: valid ones are in references and meta); ``từ ngày 15/3/2023 đến ngày 10/3/2023`` →
``date_range`` {start: [2023, 3, 15], end: [2023, 3, 10]}; ``giai đoạn 2025 - 2020`` →
``date_range`` {start: [2025], end: [2020]}. A date with dots and no ``ngày``
(``31.02.2023``) may be something else and is left alone, as is a blank ``00/00/2023``.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from vankien import regex_cache
from vankien.document import Doc
from vankien.extract.dates import iso
from vankien.extract.relations._shared import Index, RelationFields, last_char, relation
from vankien.vocab import table

# A written date found from its month and year (``/12/2022``, ``tháng 12 năm 2022``): each
# pattern begins with a literal (one numeric pattern per separator), which the regex engine
# jumps between; the day is read just before. Same forms as vankien.extract.dates.
_NUMERIC = tuple(
    regex_cache.compile(
        rf"(?P<sep>{re.escape(sep)})\s?(?P<m>\d\d?)\s?{re.escape(sep)}\s?(?P<y>(?:19|20)\d\d)(?![\d/])"
    )
    for sep in "/.-"
)
# Dashes before a number: where a dashed date (``14-12-2022``) or a span of years
# (``2021 - 2025``, ``2021-năm 2025``) may go on; found once for both.
_DASH = regex_cache.compile(r"-\s*(?:nam\s+)?\d")
# How far a numeric date's second separator may stand from its first: "/" "12" "/" with a
# space on either side of the month ("/ 12 /").
_SEPARATED = 5
_WORDED = regex_cache.compile(r"thang\s+(?P<m>\d\d?)\s+nam\s+(?P<y>(?:19|20)\d\d)(?![\d/])")
_DAY = {
    "numeric": regex_cache.compile(r"(?<![\d/.,-])(?P<d>[0-3]?\d)\s?\Z"),
    "worded": regex_cache.compile(r"(?<![\d/.,-])(?P<d>[0-3]?\d)\s+\Z"),
}
# The words that open a span of years in data/periods.toml (`patterns.years`), and what joins
# its two years: a span is found from the joint, its words read just before the first year.
_YEAR_LEADS = ("nhiem ky", "giai doan", "thoi ky", "lo trinh", "tu nam", "nhung nam")
_YEAR_JOINTS = (
    regex_cache.compile(r"-\s*(?:nam\s+)?(?:19|20)\d\d"),
    regex_cache.compile(r"den\s*(?:nam\s+)?(?:19|20)\d\d"),
)
_YEAR_DASH, _YEAR_DEN = _YEAR_JOINTS
_YEAR = regex_cache.compile(r"(?:19|20)\d\d")
_FROM = regex_cache.compile(r"(?<![a-z])tu\s+(?:ngay\s+)?\Z")
_TO = regex_cache.compile(r"\s*(?:den(?:\s+het)?|toi|-)\s*(?:ngay\s+)?")


@cache
def _years() -> re.Pattern[str]:
    return regex_cache.compile(table("periods")["patterns"]["years"]["regex"])


def find(doc: Doc, index: Index | None = None) -> list[RelationFields]:
    """Every impossible ``date`` and every ``date_range`` of ``doc``."""
    folded = doc.folded
    found: list[RelationFields] = []
    index = index or Index.of(folded)
    dashes = [m.start() for m in _DASH.finditer(folded)]
    dates = _dates(folded, index, dashes)
    for start, end, year, month, day in dates:
        if (
            day
            and month
            and not _exists(year, month, day)
            and _plainly_a_date(folded, start, end, month)
        ):
            day_values = {"day": float(day), "month": float(month), "year": float(year)}
            found.append(relation(doc, "date", (start, end), day_values))
    for first, second in zip(dates, dates[1:], strict=False):
        first_end, second_start = first[1], second[0]
        if second_start - first_end > 14 or not (_exists(*first[2:]) and _exists(*second[2:])):
            continue
        if not _TO.fullmatch(folded, first_end, max(first_end, second_start)):
            continue
        if not _FROM.search(folded, max(0, first[0] - 10), first[0]):
            continue
        values = {
            "start": [float(first[2]), float(first[3]), float(first[4])],
            "end": [float(second[2]), float(second[3]), float(second[4])],
        }
        found.append(relation(doc, "date_range", (first[0], second[1]), values))
    for position in _year_lead_starts(folded, dashes):
        match = _years().match(folded, position)
        if not match:
            continue
        values = {"start": [float(match["y1"])], "end": [float(match["y2"])]}
        found.append(relation(doc, "date_range", match.span(), values))
    return found


def _year_lead_starts(folded: str, dashes: list[int]) -> list[int]:
    """Where a word of :data:`_YEAR_LEADS` stands before a year joined to another year
    (``dashes``: where :data:`_DASH` matches)."""
    starts: set[int] = set()
    joints = [d for d in dashes if _YEAR_DASH.match(folded, d)]
    joints += _den_joints(folded)
    for joint in joints:
        year_end = last_char(folded, joint) + 1
        year_start = year_end - 4
        if year_start < 0 or not _YEAR.fullmatch(folded, year_start, year_end):
            continue
        lead_end = last_char(folded, year_start) + 1
        if lead_end == year_start or not folded.endswith(_YEAR_LEADS, 0, lead_end):
            continue
        for lead in _YEAR_LEADS:
            start = lead_end - len(lead)
            if (
                start >= 0
                and folded.startswith(lead, start)
                and (start == 0 or not folded[start - 1].isalpha())
            ):
                starts.add(start)
    return sorted(starts)


def _den_joints(folded: str) -> list[int]:
    """Where "đến" joins a year (``2021 đến năm 2025``): one scan of the pattern, which
    jumps between the places "den" is written faster than a ``str.find`` loop."""
    return [m.start() for m in _YEAR_DEN.finditer(folded)]


def _marked(pattern: re.Pattern[str], folded: str, marks: list[int]) -> list[re.Match[str]]:
    """The matches of ``pattern`` that begin at one of ``marks`` (the places its first
    character is written: ``/`` of ``14/12/2022``), as ``finditer`` would find them.

    A date's second separator is the next mark, at most 5 characters on (``/12/``,
    ``/ 1 /``): the pattern is run only at a mark that has one."""
    found: list[re.Match[str]] = []
    end = 0
    for mark, following in zip(marks, marks[1:], strict=False):
        if (
            following - mark <= _SEPARATED
            and mark >= end
            and (match := pattern.match(folded, mark))
        ):
            found.append(match)
            end = match.end()
    return found


def _worded(folded: str) -> list[re.Match[str]]:
    """The dates written in words (``tháng 12 năm 2022``): one scan of :data:`_WORDED`."""
    return list(_WORDED.finditer(folded))


# A date found in a text: start, end, year, month, day.
_Found = tuple[int, int, int, int, int]


def _dates(folded: str, index: Index, dashes: list[int]) -> list[_Found]:
    """The dates written with slashes, dots, dashes (from the places the index found the
    slashes and what follows the dots, and from ``dashes``) or words, in text order."""
    found: list[_Found] = []
    numeric, worded = _DAY["numeric"], _DAY["worded"]
    forms = (
        (numeric, _marked(_NUMERIC[0], folded, index.slashes)),
        (numeric, [m for m in index.dotted() if m.start("y") != -1]),
        (numeric, _marked(_NUMERIC[2], folded, dashes)),
        (worded, _worded(folded)),
    )
    for day_pattern, matches in forms:
        for match in matches:
            position = match.start()
            day = day_pattern.search(folded, max(0, position - 4), position)
            if day is None:
                continue
            start = day.start()
            if start >= 5 and folded.startswith("ngay ", start - 5):
                start -= 5
            month, year = match.group("m", "y")
            found.append((start, match.end(), int(year), int(month), int(day["d"])))
    found.sort()  # by span: no two dates have the same span
    return found


@lru_cache(maxsize=1024)
def _exists(year: int, month: int, day: int) -> bool:
    """Whether the day can exist: ``_exists(2023, 2, 31)`` → False (documents repeat dates)."""
    return iso(year, month, day) is not None


def _plainly_a_date(folded: str, start: int, end: int, month: int) -> bool:
    """Whether the text says it is a date: ``ngày``/``tháng`` written, or slashes or dashes
    with a month that can be one; ``Mã số 12/31/2023`` (no month 31) is some other number."""
    written = folded[start:end]
    if "ngay" in written or "thang" in written:
        return True
    return month <= 12 and ("/" in written or "-" in written)
