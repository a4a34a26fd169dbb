"""Written dates that cannot exist, and spans of time with a start and an end.

``ngày 31/02/2023`` → ``date`` {day: 31, month: 2, year: 2023} (only dates that cannot exist
are kept: valid ones are in references and meta); ``từ ngày 15/3/2023 đến ngày 10/3/2023`` →
``date_range`` {start: [2023, 3, 15], end: [2023, 3, 10]}; ``giai đoạn 2025 - 2020`` →
``date_range`` {start: [2025], end: [2020]}. A date with dots and no ``ngày``
(``31.02.2023``) may be something else and is left alone, as is a blank ``00/00/2023``.
"""

from __future__ import annotations

import re
from functools import cache

from vankien import regex_cache
from vankien.document import Doc
from vankien.extract.dates import FoundDate, iso
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
    dates = _dates(folded, index.slashes, dashes)
    for date in dates:
        if date.iso is None and date.day and date.month and _plainly_a_date(folded, date):
            values = {"day": float(date.day), "month": float(date.month), "year": float(date.year)}
            found.append(relation(doc, "date", date.span, values))
    for first, second in zip(dates, dates[1:], strict=False):
        if first.iso is None or second.iso is None:
            continue
        if second.span[0] - first.span[1] > 14:
            continue
        if not _TO.fullmatch(folded, first.span[1], max(first.span[1], second.span[0])):
            continue
        if not _FROM.search(folded, max(0, first.span[0] - 10), first.span[0]):
            continue
        values = {
            "start": [float(first.year), float(first.month), float(first.day)],
            "end": [float(second.year), float(second.month), float(second.day)],
        }
        found.append(relation(doc, "date_range", (first.span[0], second.span[1]), values))
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
    """Where "đến" joins a year (``2021 đến năm 2025``), as ``_YEAR_DEN.finditer`` finds them:
    from each "den" found by ``str.find`` (few in a text, and two matches never overlap)."""
    found: list[int] = []
    at = folded.find("den")
    while at != -1:
        if _YEAR_DEN.match(folded, at):
            found.append(at)
        at = folded.find("den", at + 3)
    return found


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
    """The matches of :data:`_WORDED` (``tháng 12 năm 2022``), as ``finditer`` would find
    them: tried only where ``thang`` is written, which ``str.find`` skips to."""
    found: list[re.Match[str]] = []
    at = folded.find("thang")
    while at != -1:
        match = _WORDED.match(folded, at)
        if match is not None:
            found.append(match)
        at = folded.find("thang", at + 1 if match is None else match.end())
    return found


def _dates(folded: str, slashes: list[int], dashes: list[int]) -> list[FoundDate]:
    """The dates written with slashes, dots, dashes (from the places ``slashes`` and
    ``dashes`` are written) or words."""
    found: list[FoundDate] = []
    forms = [
        ("numeric", _marked(_NUMERIC[0], folded, slashes)),
        ("numeric", _NUMERIC[1].finditer(folded)),
        ("numeric", _marked(_NUMERIC[2], folded, dashes)),
        ("worded", _worded(folded)),
    ]
    for form, matches in forms:
        for match in matches:
            position = match.start()
            day = _DAY[form].search(folded, max(0, position - 4), position)
            if not day:
                continue
            start = day.start()
            if folded[max(0, start - 5) : start] == "ngay ":
                start -= 5
            d, m, y = int(day["d"]), int(match["m"]), int(match["y"])
            found.append(FoundDate((start, match.end()), iso(y, m, d), y, m, d))
    return sorted(found, key=lambda f: f.span)


def _plainly_a_date(folded: str, date: FoundDate) -> bool:
    written = folded[date.span[0] : date.span[1]]
    return "ngay" in written or "thang" in written or "/" in written or "-" in written
