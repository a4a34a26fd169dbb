"""Written dates → ISO dates.

Documents write a date as ``14/12/2022``, ``14-12-2022``, ``14.12.2022`` or
``ngày 14 tháng 12 năm 2022``; ``ngày 14/12/2022`` → ``"2022-12-14"``.
An impossible date (``31/02/2023``) is found but resolves to ``None``.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from vankien import regex_cache

# Patterns work on the folded text (see vankien.folding): no marks, lower case.
DAY = r"(?P<d>[0-3]?\d)"
MONTH = r"(?P<m>[01]?\d)"
YEAR = r"(?P<y>(?:19|20)\d\d)"
NUMERIC_DATE = rf"{DAY}\s?(?P<sep>[/.-])\s?{MONTH}\s?(?P=sep)\s?{YEAR}"
WORDED_DATE = rf"{DAY}\s+thang\s+{MONTH}\s+nam\s+{YEAR}"

# "ngày 14/12/2022", "14-12-2022", "ngày  14 tháng 12 năm 2022" (folded).
DATE_PATTERN = rf"(?:ngay\s+)?(?:{NUMERIC_DATE}|{WORDED_DATE.replace('(?P<', '(?P<w')})"
DATE_RE = regex_cache.compile(rf"(?<![\d/.-]){DATE_PATTERN}(?![\d/])")


class FoundDate:
    """A date as written at ``span``; ``iso`` is ``None`` when the day cannot exist."""

    __slots__ = ("span", "iso", "year", "month", "day")

    def __init__(
        self, span: tuple[int, int], iso: str | None, year: int, month: int, day: int
    ) -> None:
        self.span = span
        self.iso = iso
        self.year = year
        self.month = month
        self.day = day

    def __repr__(self) -> str:
        return f"FoundDate(span={self.span!r}, iso={self.iso!r})"


def iso(year: int, month: int, day: int) -> str | None:
    """``iso(2023, 2, 31)`` → ``None``; ``iso(2022, 12, 14)`` → ``"2022-12-14"``."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def found(match: re.Match[str], group: int | str = 0) -> FoundDate:
    """The :class:`FoundDate` written at ``group`` of a match of a pattern holding
    :data:`DATE_PATTERN` (the whole match by default)."""
    d, m, y = match.group("d", "m", "y")
    if d is None:
        d, m, y = match.group("wd", "wm", "wy")
    return FoundDate(match.span(group), *_read(d, m, y))


@lru_cache(maxsize=4096)
def _read(day: str, month: str, year: str) -> tuple[str | None, int, int, int]:
    """``("14", "12", "2022")`` → ``("2022-12-14", 2022, 12, 14)``: a date as written, read
    once (documents repeat their dates)."""
    y, m, d = int(year), int(month), int(day)
    return iso(y, m, d), y, m, d


def find_dates(folded: str, start: int = 0, end: int | None = None) -> list[FoundDate]:
    """Every written date in ``folded[start:end]`` (spans index the whole text)."""
    end = len(folded) if end is None else end
    return [found(m) for m in DATE_RE.finditer(folded, start, end)]


def first_date(folded: str, start: int, end: int) -> FoundDate | None:
    """The first written date in ``folded[start:end]`` (``find_dates(...)[0]`` without
    reading the others): ``"ha noi, ngay 05 thang 6 nam 2020"`` → ``2020-06-05``."""
    match = DATE_RE.search(folded, start, end)
    return found(match) if match else None


# What may stand between a citation's number and the date it gives: spaces, one comma.
_LEAD_RE = regex_cache.compile(r"[ \t]*,?\s*")


def date_at(folded: str, pos: int, end: int | None = None) -> FoundDate | None:
    """The date written right at ``pos`` (after spaces and one comma), else ``None``.

    ``"04-nq/tu, ngay 14/12/2022"`` at the comma → the date ``2022-12-14``.
    """
    end = len(folded) if end is None else end
    lead = _LEAD_RE.match(folded, pos, end)
    match = DATE_RE.match(folded, lead.end() if lead else pos, end)
    return found(match) if match else None


def parse_date(written: str) -> str | None:
    """The ISO form of the first date written in ``written``: ``"ngày 23/3/2023"`` → ``"2023-03-23"``."""
    from vankien.folding import fold

    match = DATE_RE.search(fold(written))
    return found(match).iso if match else None
