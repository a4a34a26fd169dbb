"""Where a figure stands: its sentence and clause, the headings above it, the document's periods.

The figures extractor asks a :class:`Context` for the text around a number. Sentences end
at ``.``/``!``/``?`` before a space, at a blank line, at a line ending in punctuation or at
a line starting a list item; clauses also end at ``;``. Headings come from
``doc.layout.sections`` or, until layout finds them, from numbered lines (``II. MỤC TIÊU
VÀ CHỈ TIÊU CHỦ YẾU NĂM 2023``). A heading is ``plan`` or ``review`` by its words
(``data/figure_cues.toml``): ``I. TÌNH HÌNH ... 6 THÁNG ĐẦU NĂM 2023`` → review, 2023-H1.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from vankien import regex_cache
from vankien.document import Doc
from vankien.extract.periods import (
    SENTINEL_YEAR,
    YEAR,
    Period,
    find_periods,
    in_date,
    written_periods,
)
from vankien.folding import fold
from vankien.models import Section
from vankien.vocab import table

Span = tuple[int, int]

# Every alternative starts with one of the characters of the leading class and checks which
# one with a look-behind. ``_Ends`` finds the same ends without it (see ``_block_ends``); the
# pattern stays as the rule's statement, and the tests check that both agree.
_SENTENCE_END = regex_cache.compile(
    r"[.!?;:)*\n](?:"
    r"(?<=[.!?])(?=[*_\"”’)\]]*\s)"  # full stop before a space (markup may close first)
    r"|(?<=\n)(?=[ \t]*\n)"  # blank line
    r"|(?<=[.;:!?)*])[ \t]*\n"  # a line ending in punctuation
    r"|(?<=\n)(?=[ \t]*(?:[-+•–]|#{1,6}\s|\*\*|\d{1,2}(?:\.\d{1,2})*[.)]\s?[^\d\s]|[ivxlc]{1,6}[.\-]))"
    r")"
)
# What may follow a line break that ends a sentence (a blank line, a list item), as in
# ``_SENTENCE_END``.
_NEXT_LINE = regex_cache.compile(
    r"[ \t]*(?:\n|[-+•–]|#{1,6}\s|\*\*|\d{1,2}(?:\.\d{1,2})*[.)]\s?[^\d\s]|[ivxlc]{1,6}[.\-])"
)
# A line break that may end a sentence, found by one search (it opens with the literal
# ``\n``): after a line ending in ``;:)*``, before a blank line or a list item, or after
# a space or tab (then the line is read back over its trailing blanks).
_BREAK = regex_cache.compile(rf"\n(?:(?<=[;:)*]\n)|(?<=[ \t]\n)|(?={_NEXT_LINE.pattern}))")
# A full stop (``!``, ``?``) before a space, markup or quotes closing first.
_STOPS = tuple(
    (mark, regex_cache.compile(re.escape(mark) + r"(?=[*_\"”’)\]]*\s)")) for mark in ".!?"
)
_LINE_END_MARKS = ";:)*"  # a line ending in one of these ends a sentence (.!? end it anyway)


def _block_ends(folded: str, start: int, end: int) -> list[int]:
    """The ends of ``_SENTENCE_END.finditer(folded, start)`` for matches starting before
    ``end`` (``start`` a line start, ``end`` one or the text's end): after ``.``/``!``/``?``
    before a space, and after each line break that follows a line ending in ``;:)*`` or
    comes before a blank line or a list item (``Kết quả:\n- ...``)."""
    found = [
        m.end()
        for mark, stop in _STOPS
        if folded.find(mark, start, end) >= 0
        for m in stop.finditer(folded, start, end)
    ]
    # what follows a line break may lie past ``end``: the search runs on and stops there
    for m in _BREAK.finditer(folded, start):
        at = m.start()
        if at >= end:
            break
        if folded[at - 1] in " \t" and not _ends_line(folded, start, at):
            continue
        found.append(at + 1)
    found.sort()
    return found


def _ends_line(folded: str, start: int, at: int) -> bool:
    """Whether the line break at ``at`` ends a sentence: its line (from ``start`` on) ends in
    ``;:)*`` before blanks, or the next line is blank or a list item (``Kết quả:  \n``)."""
    k = at
    while k > start and folded[k - 1] in " \t":
        k -= 1
    if k > start and folded[k - 1] in _LINE_END_MARKS:
        return True
    return _NEXT_LINE.match(folded, at + 1) is not None


_BLOCK = 1024  # sentence ends are found for a block of whole lines when first asked for


class _Ends:
    """The sentence and clause ends of a text, found block by block: an end is found the
    same from any line start on, since no match of ``_SENTENCE_END`` runs over one."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self.starts = [0]
        at = _BLOCK
        while at < len(folded):
            line = folded.find("\n", at - 1) + 1
            if line <= 0 or line >= len(folded):
                break
            self.starts.append(line)
            at = line + _BLOCK
        self.sentence: list[list[int] | None] = [None] * len(self.starts)
        self.clause: list[list[int] | None] = [None] * len(self.starts)

    def _block(self, i: int, clause: bool) -> list[int]:
        if self.sentence[i] is None:
            folded = self.folded
            end = self.starts[i + 1] if i + 1 < len(self.starts) else len(folded)
            found = _block_ends(folded, self.starts[i], end)
            self.sentence[i] = found
            semicolons = []
            at = folded.find(";", self.starts[i], end)
            while at >= 0:
                semicolons.append(at + 1)
                at = folded.find(";", at + 1, end)
            self.clause[i] = sorted(found + semicolons) if semicolons else found
        return self.clause[i] if clause else self.sentence[i]  # type: ignore[return-value]

    def around(self, pos: int, clause: bool) -> Span:
        """The last end at or before ``pos`` (0 if none) and the first after it (the text's end
        if none)."""
        k = bisect.bisect_right(self.starts, pos) - 1 if pos > 0 else 0
        ends = self.clause[k] if clause else self.sentence[k]
        if ends is None:
            ends = self._block(k, clause)
        j = bisect.bisect_right(ends, pos)
        if 0 < j < len(ends):  # both in the block of ``pos``
            return ends[j - 1], ends[j]
        start = end = None
        i = k
        while i >= 0 and start is None:
            ends = self._block(i, clause)
            j = bisect.bisect_right(ends, pos)
            if j:
                start = ends[j - 1]
            i -= 1
        i = k
        while i < len(self.starts) and end is None:
            ends = self._block(i, clause)
            j = bisect.bisect_right(ends, pos)
            if j < len(ends):
                end = ends[j]
            i += 1
        return (start or 0), (len(self.folded) if end is None else end)


_PAREN = regex_cache.compile(r"\(([^()]{0,400})\)")
_HEADING = regex_cache.compile(
    r"^[ \t]*(?P<hashes>#{1,6}[ \t]*)?(?:\*\*|__)?[ \t]*"
    r"(?P<label>(?:dieu|chuong|phan|muc)[ \t]+\d{1,3}|[ivx]{1,5}|\d{1,2}(?:\.\d{1,2}){0,3})"
    r"[ \t]*[.):\-/][ \t]*(?:\*\*|__)?[ \t]*(?P<rest>[^\n]*)",
    re.MULTILINE,
)
_YEAR_RE = regex_cache.compile(rf"(?<!\d)({YEAR})(?!\d)")
_ABOUT = regex_cache.compile(r"\W*(?:về|v/v)\s")  # a title line "Về ...", "V/v ..."


class Heading:
    """A section heading: where its section runs and its text; what it says about time is
    worked out when first asked for (``Context.heading_role``, ``Context.heading_period``)."""

    __slots__ = ("span", "text_span", "depth", "written", "folded", "known", "role", "period")

    def __init__(
        self, span: Span, text_span: Span, depth: int, written: str, folded: bool = False
    ) -> None:
        self.span = span  # the whole section
        self.text_span = text_span  # the heading line
        self.depth = depth
        self.written = written  # the heading ("" when too long for one)
        self.folded = folded  # ``written`` is folded
        self.known = 0  # bits: role (1) and period (2) worked out
        self.role: str | None = None
        self.period: Period | None = None

    def __repr__(self) -> str:
        return f"Heading(span={self.span}, text_span={self.text_span}, depth={self.depth})"

    @property
    def words(self) -> str:
        """The folded heading."""
        if not self.folded:
            self.written, self.folded = fold(self.written), True
        return self.written


class Above:
    """The headings over a position, innermost first, and what they say: the first role
    (``plan``/``review``), the year of the first period with one, the first period (a plain
    class: a NamedTuple is built at start)."""

    __slots__ = ("headings", "role", "year", "period")

    def __init__(
        self, headings: list[Heading], role: str | None, year: str | None, period: str | None
    ) -> None:
        self.headings = headings
        self.role = role
        self.year = year
        self.period = period


@regex_cache.remembered
def alternation(phrases: Iterable[str], not_after: str = "") -> str:
    """A pattern for any of ``phrases`` (words between spaces, matched with ``\\s+``), as a
    tree of their common beginnings, the longest phrase first where several match: the same
    matches as the phrases listed longest first, tried in a handful of steps instead of one
    step per phrase. ``["tang", "tang them"]`` → ``tang(?:\\s+them|)``.

    ``not_after``: a character set the character before a match may not be in, checked
    after the first character (``t(?<![a-z]t)ang``), so a search jumps from one first
    character to the next instead of trying every position."""
    tree: dict = {}
    for phrase in phrases:
        node = tree
        for i, word in enumerate(phrase.split()):
            if i:
                node = node.setdefault(" ", {})
            for char in word:
                node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict, top: bool = False) -> str:
        branches = [
            (r"\s+" if step == " " else re.escape(step))
            + (f"(?<!{not_after}{re.escape(step)})" if top and not_after else "")
            + pattern(rest)
            for step, rest in node.items()
            if step
        ]
        if "" in node:
            branches.append("")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return pattern(tree, top=True) if tree else ""


def _cue_pattern(words) -> re.Pattern[str]:
    return regex_cache.compile(_cue_text(words))


@regex_cache.remembered
def _cue_text(words: Iterable[str]) -> str:
    """The pattern of :func:`_cue_pattern`: any of ``words`` folded, as whole words."""
    body = alternation((" ".join(fold(w).split()) for w in words), not_after="[a-z0-9]")
    return rf"(?:{body})(?![a-z0-9])"


def _cue_words(path: str):
    node = table("figure_cues")
    for part in path.split("."):
        node = node[part]
    return node


@cache
def cues(path: str) -> re.Pattern[str]:
    """The cue words at ``path`` in ``data/figure_cues.toml`` (``"bound.min.before"``) as a pattern."""
    return _cue_pattern(_cue_words(path))


@cache
def any_cue(*paths: str) -> re.Pattern[str]:
    """The cue words at any of ``paths`` as one pattern: where it finds nothing, none of
    ``cues(path)`` finds anything, so one search can stand for several."""
    return _cue_pattern([word for path in paths for word in _cue_words(path)])


@cache
def _first_words(path: str) -> tuple[str, ...]:
    return tuple({fold(word).split()[0] for word in _cue_words(path)})


@cache
def cue_starts(*paths: str) -> tuple[str, ...]:
    """The first words of the cues at ``paths``, for ``str.startswith``: a text that starts
    with none of them is matched by none of ``cues(path)`` (``"tro"`` for ``trở lên``)."""
    return tuple({word for path in paths for word in _first_words(path)})


def may_hold(path: str, text: str) -> bool:
    """Whether ``text`` holds the first word of a cue at ``path``: where it does not,
    ``cues(path)`` finds nothing in it (``"tang"`` for ``tăng thêm``)."""
    return any(map(text.__contains__, _first_words(path)))


@cache
def _not_cues() -> re.Pattern[str]:
    return cues("kind.target.not_cues")


def cue_matches(
    path: str, folded: str, start: int = 0, end: int | None = None
) -> list[re.Match[str]]:
    """Matches of the cues at ``path`` in ``folded[start:end]``, except those inside a phrase
    that states no target (``giao thông``, ``Chương trình mục tiêu quốc gia``)."""
    end = len(folded) if end is None else end
    found = list(cues(path).finditer(folded, start, end))
    if not found:
        return found
    lo = max(0, start - 24)
    hi = min(len(folded), end + 24)
    blocked = [m.span() for m in _not_cues().finditer(folded, lo, hi)]
    return [m for m in found if not any(s <= m.start() < e for s, e in blocked)]


# An amount or a percent reached, in a heading: the numbered paragraph states a result, it
# heads none ("3. Thu ngân sách xã đạt 2 tỷ 145 triệu đồng, đạt 53,6% dự toán").
_REACHED = regex_cache.compile(
    r"(?<![a-z])dat\s+\d+(?:[.,]\d+)*\s*(?:%|(?:ty|trieu|nghin|ngan)(?![a-z]))"
)


def _role(folded_heading: str) -> str | None:
    """``plan`` or ``review`` by the heading's words; none for a paragraph that states what
    was reached (but ``Phấn đấu thu ngân sách đạt 220.000 tỷ đồng`` plans)."""
    head = folded_heading[:160]
    if cues("sections.review").search(head):
        return "review"
    if _REACHED.search(head) and not cues("kind.target.strong").search(head):
        return None
    for plan in cues("sections.plan").finditer(head):
        if not _CARRIED_OUT.search(head, max(0, plan.start() - 12), plan.start()):
            return "plan"
    return None


# Tasks carried out: "Cấp ủy, tổ chức đảng thực hiện nhiệm vụ kiểm tra, giám sát" heads a part
# of what was done, no plan.
_CARRIED_OUT = regex_cache.compile(r"(?<![a-z])thuc\s+hien\s+$")


class Lead:
    """The words opening a list (up to its colon) and their role, ``plan``, ``review`` or
    None: ``Các chỉ tiêu chủ yếu năm 2024:`` → plan; ``Kết quả thực hiện các chỉ tiêu:`` →
    review."""

    __slots__ = ("span", "role")

    def __init__(self, span: Span, role: str | None) -> None:
        self.span = span
        self.role = role


# A colon that opens a list: followed by a blank, not in a time (``10:30``) or a ratio.
_LEAD_COLON = regex_cache.compile(r":(?=[ \t*_]*[^\d\s])")
_DIGIT_RE = regex_cache.compile(r"\d")
_ITEM_LINE = regex_cache.compile(
    r"[ \t]*(?:[-+•–]|\*(?!\*)|[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)]|\(\d{1,2}\))\s"
)
_TITLE_LINE_MAX = 120  # a line over a list that names it without a colon is short
_LEAD_REACH = 40  # list items looked back over for their lead line


def _lead_lines(folded: str, start: int) -> list[Span]:
    """The lines ending in a colon over the list item starting at ``start``, nearest first,
    each up to its colon: the item lines between them end in ``;``, ``,``, ``.`` or ``:``
    (``Các chỉ tiêu chủ yếu:\na) Về kinh tế:\n- GRDP tăng 7%;\n- Thu ngân sách ...``), and
    the first line that is no list item ends the search; it leads the list too when it
    names it as a heading would (:func:`_names_a_list`)."""
    if folded.startswith("\n", start):  # a sentence after a full stop starts at the break
        start += 1
    if start and folded[start - 1] != "\n" or not _ITEM_LINE.match(folded, start):
        return []
    found = []
    line_end = start - 1
    for _ in range(_LEAD_REACH):
        if line_end <= 0:
            break
        line_start = folded.rfind("\n", 0, line_end) + 1
        line = folded[line_start:line_end].rstrip(" \t*_")
        if line:
            item = _ITEM_LINE.match(folded, line_start) is not None
            if line.endswith(":"):
                found.append((line_start, line_start + len(line) - 1))
            elif not item and _names_a_list(line):
                found.append((line_start, line_start + len(line)))
            if not item or line[-1] not in ";,:.":
                break
        line_end = line_start - 1
    return found


def _names_a_list(line: str) -> bool:
    """Whether a folded line without a colon names the list below it: short, one phrase (no
    comma, no sentence end) with its scope in brackets (``Các chỉ tiêu chủ yếu (nhiệm kỳ
    2020-2025)``), not a line of prose that wraps."""
    return (
        len(line) <= _TITLE_LINE_MAX and line[-1] not in ";,.!?" and "," not in line and "(" in line
    )


def _lead_role(lead: str) -> str | None:
    """``review`` when the folded words opening a list speak of results (``kết quả``,
    ``đạt và vượt``), else ``plan`` when they name targets (``chỉ tiêu chủ yếu``, ``phấn
    đấu``), else None."""
    if cues("sections.review").search(lead) or cues("lead.review").search(lead):
        return "review"
    if cue_matches("kind.target.strong", lead):
        return "plan"
    return None


def _label(period: tuple[str, str] | None) -> str | None:
    """The record label of an ISO range: ``("2023-01-01", "2023-03-31")`` → ``"2023-Q1"``."""
    if not period:
        return None
    start, end = (date.fromisoformat(p) for p in period)
    if start.year != end.year:
        return f"{start.year}..{end.year}"
    year, first, last = start.year, start.month, end.month
    if (first, last) == (1, 12):
        return f"{year}"
    if (first, last) in ((1, 6), (7, 12)):
        return f"{year}-H{1 if first == 1 else 2}"
    if last - first == 2 and first % 3 == 1:
        return f"{year}-Q{first // 3 + 1}"
    if first == last:
        return f"{year}-M{first:02d}"
    return f"{year}-M{first:02d}..{year}-M{last:02d}"


@cache
def _comparison() -> re.Pattern[str]:
    return regex_cache.compile(rf"(?:{cues('comparison.before').pattern})[\s(]*[^\s.;!?]*\s*$")


@cache
def _comparison_words() -> re.Pattern[str]:
    """The first words of the comparison cues, anywhere: one search stands for one
    ``str.find`` per word (``"so"``, ``"theo"``, ``"tam"``)."""
    words = sorted(_first_words("comparison.before"), key=lambda w: (-len(w), w))
    return regex_cache.compile("|".join(map(re.escape, words)))


_LABEL = regex_cache.compile(r"[\s*_#\-+]*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[ivx]{1,5}[.\-])?[\s*_]*")
# How long after the period it reviews a report may still give figures of its own time.
_REPORTED_LATER = timedelta(days=62)
# The same period of an earlier year, the base of a comparison: the text is of the year after.
_SAME_PERIOD_OF = regex_cache.compile(
    r"cung ky(?<![a-z]cung ky)\s+nam\s+(?P<y>(?:19|20)\d\d)(?!\d)"
)


_WORD_BEFORE = regex_cache.compile(r"(\w+)[\s*_]+$")
# An event a year may name: "Hội nghị Cấp cao APEC năm 2027", "Lễ hội Hoa ban năm 2026".
_EVENT = regex_cache.compile(
    r"(?<![a-z])(?:hoi\s+nghi|hoi\s+cho|le\s+hoi|dien\s+dan|festival|hoi\s+thi|hoi\s+dien)(?![a-z])"
)


def _named_year(text: str, folded: str, start: int, period: Period) -> bool:
    """Whether ``period``, in the first words of a paragraph starting at ``start``, is the
    year of an event's name, written with capitals before it (``Hội nghị Cấp cao APEC năm
    2027``), not the paragraph's time (``Công tác phát triển đảng viên năm 2024 đạt kết quả
    tốt``, ``Huyện Kim Sơn năm 2024 ...``, ``Tăng trưởng GRDP năm 2024 ...``)."""
    at = period.span[0]
    if not text[at : at + 1].islower():
        return False  # "KẾT QUẢ NĂM 2024": a line in capitals
    before = _WORD_BEFORE.search(text, max(start, at - 24), at)
    if before is None or before.start() <= start or not before.group(1)[:1].isupper():
        return False
    return _EVENT.search(folded, start, before.start()) is not None


def _with_year(period: Period, year: int | None) -> Period:
    """A period found with the sentinel year, given the year it takes when none is written."""
    if period.year_written:
        return period
    if year is None:
        return replace(period, label="")
    written = str(SENTINEL_YEAR)
    return replace(
        period,
        label=period.label.replace(written, str(year)),
        start=period.start.replace(written, str(year)),
        end=period.end.replace(written, str(year)),
    )


@cache
def _plan_kinds() -> frozenset[str]:
    """The kinds of document that plan (``KH``, ``CTr``, ``ĐA``)."""
    return frozenset(table("periods")["kind_cues"])


class Context:
    """The text around every position of one document (computed once per document)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.body = doc.layout.body if doc.layout.body != (0, 0) else (0, len(doc.text))
        self._read: list[Period] | None = None  # read when first asked for
        self._periods: list[Period] | None = None
        self._period_starts: list[int] = []
        self._years: dict[tuple[int, int | None], Period] = {}  # see _dated
        self.memo: dict[object, object] = {}  # what extractors compute once per document
        self._leads: dict[tuple[int, int | None], Period | None] = {}
        self._paragraphs: dict[int, int] = {}  # a line start → its paragraph's start
        self._headings_at: dict[int, Above] = {}
        self._sentence_marks: dict[int, tuple[int, int]] = {}  # see list_lead
        self._searched: dict[tuple[str, int], int] = {}  # see none_before
        # worked out when first asked for, by the properties of the same names
        self._year_known = False
        self._year_value: int | None = None
        self._now_known = False
        self._now_value: str | None = None
        self._ends_value: _Ends | None = None
        self._parens_value: list[Span] | None = None
        self._paren_bounds_value: tuple[list[int], list[int]] | None = None
        self._headings_value: list[Heading] | None = None
        self._heading_bounds_value: tuple[list[int], list[int], list[int]] | None = None
        self._heading_marks_value: list[int] | None = None
        self._nesting_known = False
        self._nesting_value: tuple[list[int], list[int]] | None = None
        self._doc_periods_value: tuple[str | None, str | None, bool] | None = None
        self._read_starts_value: list[int] | None = None

    # --- what the document says about time, worked out when first asked for -------------

    @property
    def year(self) -> int | None:
        """The year the document is about, for periods written without one: the latest year
        of its opening (not a comparison base), else the year it was issued, else the year
        after the one its comparisons are made with (``so với cùng kỳ năm 2020`` → 2021)."""
        if not self._year_known:
            self._year_value, self._year_known = self._find_year(), True
        return self._year_value

    def _find_year(self) -> int | None:
        folded = self.doc.folded
        years = []
        for p in self._read_periods():
            if p.span[1] > 1500:
                break
            if p.year_written and not self.is_comparison(folded, p.span[0]):
                years.append(int(p.label[:4]))
        meta = self.doc.meta
        if meta is not None and meta.issued_on:
            years.append(int(meta.issued_on[:4]))
        if not years:  # "tăng 66 tổ chức so với cùng kỳ năm 2020": the text is of 2021
            years = [int(m.group("y")) + 1 for m in _SAME_PERIOD_OF.finditer(folded)]
        return max(years) if years else None

    @property
    def now(self) -> str | None:
        """The day the document speaks from (ISO): its issue date or its meeting; else two
        months past the end of the period it reviews (a report of the first half gives July's
        figures too); else the start of the term or years it plans (a congress's resolution)."""
        if not self._now_known:
            self._now_value, self._now_known = self._find_now(), True
        return self._now_value

    def _find_now(self) -> str | None:
        meta = self.doc.meta
        if meta is None:
            return None
        days = [day for day in (meta.issued_on, meta.meeting_on) if day]
        if days:
            return max(days)
        periods = meta.periods
        if periods is not None and periods.reviewed:
            return (date.fromisoformat(periods.reviewed[1]) + _REPORTED_LATER).isoformat()
        planned = periods.planned if periods is not None else None
        if planned and planned[0][:4] != planned[1][:4]:
            return planned[0]
        return None

    def after_now(self, day: str) -> bool:
        """Whether a period starting on ``day`` (ISO) starts after the day the document speaks
        from: a figure of it can only be planned (``2030`` in a resolution of 2025)."""
        now = self.now
        return now is not None and day > now

    # --- sentences, clauses, parentheses -------------------------------------------------

    @property
    def _ends(self) -> _Ends:
        if self._ends_value is None:
            self._ends_value = self._find_ends()
        return self._ends_value

    def _find_ends(self) -> _Ends:
        return _Ends(self.doc.folded)

    @property
    def parens(self) -> list[Span]:
        """The parentheses of the text, in order (``(Nghị quyết là 70%)``)."""
        if self._parens_value is None:
            self._parens_value = self._find_parens()
        return self._parens_value

    def _find_parens(self) -> list[Span]:
        return [m.span() for m in _PAREN.finditer(self.doc.folded)]

    @property
    def _paren_bounds(self) -> tuple[list[int], list[int]]:
        if self._paren_bounds_value is None:
            self._paren_bounds_value = self._find_paren_bounds()
        return self._paren_bounds_value

    def _find_paren_bounds(self) -> tuple[list[int], list[int]]:
        return [s for s, _ in self.parens], [e for _, e in self.parens]

    def sentence(self, pos: int) -> Span:
        """The sentence around ``pos``."""
        return self._ends.around(pos, clause=False)

    def paragraph_lead(self, pos: int, default_year: int | None) -> Period | None:
        """The period that opens the paragraph around ``pos`` (``Trong 06 tháng đầu năm
        2026, Thành phố ...``): a period within its first words."""
        folded = self.doc.folded
        line = folded.rfind("\n", 0, pos) + 1
        start = self._paragraphs.get(line)
        if start is None:
            start = self._paragraphs[line] = self._paragraph_start(line)
        if (start, default_year) not in self._leads:
            label = _LABEL.match(folded, start, start + 60)
            offset = label.end() if label else start
            found = self.periods(offset, min(len(folded), offset + 48), default_year)
            lead = found[0] if found else None
            if lead is not None and _named_year(self.doc.text, folded, offset, lead):
                lead = None  # "Công tác chuẩn bị Hội nghị Cấp cao APEC năm 2027 được triển khai"
            self._leads[(start, default_year)] = lead
        lead = self._leads[(start, default_year)]
        return lead if lead is not None and lead.span[1] <= pos else None

    def list_lead(self, sentence: Span, pos: int, clause_start: int) -> Lead | None:
        """The words that open the list ``pos`` is an item of, and what they make its
        figures: before the sentence's first colon (``Các chỉ tiêu chủ yếu năm 2024: GRDP
        tăng ...; thu ngân sách ...``); for a later ``;`` clause, before the sentence's first
        number (``... với một số chỉ tiêu chủ yếu thương mại tăng 10-12%; thu ngân sách tăng
        5-10%``); else the line ending in a colon over the run of list items the sentence is
        one of (``Kết quả thực hiện các chỉ tiêu:\n- Thu ngân sách ...;\n- ...``)."""
        folded = self.doc.folded
        marks = self._sentence_marks.get(sentence[0])
        if marks is None:  # where its first colon and first digit are (-1: none)
            colon = _LEAD_COLON.search(folded, *sentence)
            digit = _DIGIT_RE.search(folded, *sentence)
            marks = self._sentence_marks[sentence[0]] = (
                colon.start() if colon is not None else -1,
                digit.start() if digit is not None else -1,
            )
        colon_at, digit_at = marks
        if 0 <= colon_at < pos:
            lead = self._lead((sentence[0], colon_at))
            if lead.role:
                return lead
        elif sentence[0] < digit_at < clause_start:
            lead = self._lead((sentence[0], digit_at))
            if lead.role:
                return lead
        key_ = ("list lead", sentence[0])
        if key_ not in self.memo:
            # a line naming a list without a colon does not speak over a part that reviews
            reviews = self.above(sentence[0]).role == "review"
            leads = [
                self._lead(span)
                for span in _lead_lines(folded, sentence[0])
                if not (reviews and folded[span[1] : span[1] + 1] != ":")
            ]
            self.memo[key_] = next((lead for lead in leads if lead.role), None)
        return self.memo[key_]  # type: ignore[return-value]

    def _lead(self, span: Span) -> Lead:
        key_ = ("lead", span)
        found = self.memo.get(key_)
        if found is None:
            found = self.memo[key_] = Lead(span, _lead_role(self.doc.folded[span[0] : span[1]]))
        return found  # type: ignore[return-value]

    def _paragraph_start(self, line: int) -> int:
        """Where the paragraph holding the line starting at ``line`` starts: wrapped lines
        (the line before ends in no ``.;:!?``) go up to the first."""
        folded = self.doc.folded
        start = line
        while start > 1 and folded[start - 2] not in "\n.;:!?":
            start = folded.rfind("\n", 0, start - 1) + 1  # a wrapped line: go up
        return start

    def clause(self, pos: int) -> Span:
        """The clause around ``pos`` (a sentence, cut at ``;``)."""
        return self._ends.around(pos, clause=True)

    def none_before(self, pattern: re.Pattern[str], start: int, end: int) -> bool:
        """Whether ``pattern`` finds nothing in ``folded[start:end]``, ``end`` being where a
        number starts. The figures of a clause ask with the same ``start`` and growing ends:
        the text up to an end where nothing was found is not searched again, as no cue runs
        over a digit (``phấn đấu`` is looked for once in ``..., đạt 90%, tăng 5%``)."""
        folded = self.doc.folded
        key_ = (pattern.pattern, start)  # a pattern's own hash reads its program
        searched = self._searched.get(key_, start)
        if not start <= searched <= end:
            searched = start
        if pattern.search(folded, searched, end) is not None:
            return False
        if end < len(folded) and folded[end].isdigit():
            self._searched[key_] = end
        return True

    def none_after(self, pattern: re.Pattern[str], start: int, end: int) -> bool:
        """Whether ``pattern`` finds nothing in ``folded[start:end]``: known without a search
        when nothing was found from an earlier start to the same end (the figures of a
        clause ask from each figure to the clause's end)."""
        key_ = ("none after", pattern.pattern, end)
        searched = self.memo.get(key_)
        if searched is not None and searched <= start:  # type: ignore[operator]
            return True
        if pattern.search(self.doc.folded, start, end) is not None:
            return False
        self.memo[key_] = start
        return True

    def paren_at(self, pos: int) -> Span | None:
        """The parenthesis ``pos`` is in, if any."""
        starts, ends = self._paren_bounds
        i = bisect.bisect_right(starts, pos)
        if i and pos < ends[i - 1]:
            return self.parens[i - 1]
        return None

    # --- headings ------------------------------------------------------------------------

    @property
    def headings(self) -> list[Heading]:
        """The section headings of the document, outermost first."""
        if self._headings_value is None:
            self._headings_value = self._find_headings()
        return self._headings_value

    def _find_headings(self) -> list[Heading]:
        sections = self.doc.layout.sections
        if sections:
            return self._from_sections(sections)
        return self._from_lines()

    def _from_sections(self, sections: list[Section], depth: int = 1) -> list[Heading]:
        text = self.doc.text
        found: list[Heading] = []
        for section in sections:
            span, heading = section.span, section.heading
            start, end = span
            line_end = text.find("\n", start, end)
            below = -1
            if heading and line_end >= 0 and text.find(heading[:24], start, line_end) < 0:
                below = text.find(heading[:24], line_end, min(end, line_end + 240))
            if below >= 0:  # "PHẦN THỨ HAI" / its heading on a line below
                line_end = text.find("\n", below, end)
                line_end = end if line_end < 0 else line_end
            else:
                line_end = min(end if line_end < 0 else line_end, start + len(heading) + 16)
            found.append(
                Heading(span, (start, line_end), depth, heading if len(heading) <= 200 else "")
            )
            if section.children:
                found.extend(self._from_sections(section.children, depth + 1))
        return found

    def _from_lines(self) -> list[Heading]:
        folded = self.doc.folded
        lines = []
        for m in _HEADING.finditer(folded, *self.body):
            label = m.group("label")
            if m.group("hashes"):
                depth = m.group("hashes").count("#")
            elif label[0] in "ivx" or label[:1] in "dcpm" and not label[0].isdigit():
                depth = 1
            else:
                depth = 2 + label.count(".")
            lines.append((m.start(), m.end(), depth, m.start("rest")))
        found = []
        for i, (start, line_end, depth, rest) in enumerate(lines):
            end = self.body[1]
            for other in lines[i + 1 :]:
                if other[2] <= depth:
                    end = other[0]
                    break
            short = line_end - start <= 200
            heading = folded[rest:line_end] if short else ""
            found.append(Heading((start, end), (start, line_end), depth, heading, True))
        return found

    def _year_in(self, folded: str) -> int | None:
        """The latest year written in ``folded``, else the document's."""
        if "19" not in folded and "20" not in folded:  # every year holds one
            return self.year
        years = [int(y) for y in _YEAR_RE.findall(folded)]
        return max(years) if years else self.year

    def heading_role(self, heading: Heading) -> str | None:
        """``plan``, ``review`` or None, by the heading's words."""
        if not heading.known & 1:
            heading.role = _role(heading.words) if heading.written else None
            heading.known |= 1
        return heading.role

    def heading_period(self, heading: Heading) -> Period | None:
        """The first period the heading line names."""
        if not heading.known & 2:
            if heading.written:
                periods = self.periods(*heading.text_span, self._year_in(heading.words))
                heading.period = periods[0] if periods else None
            heading.known |= 2
        return heading.period

    def headings_at(self, pos: int) -> list[Heading]:
        """Headings whose section holds ``pos``, innermost first (the same for every position
        between two places where a section or its heading line starts or ends)."""
        return self.above(pos).headings

    def above(self, pos: int) -> Above:
        """What the headings over ``pos`` say: ``I. TÌNH HÌNH ... NĂM 2023`` → role review,
        year 2023 (worked out once for all positions under the same headings)."""
        i = bisect.bisect_right(self._heading_marks, pos)
        found = self._headings_at.get(i)
        if found is None:
            around = self._over(pos)
            found = self._headings_at[i] = self._above(sorted(around, key=lambda h: -h.depth))
        return found

    def _over(self, pos: int) -> list[Heading]:
        """The headings whose section holds ``pos`` below their line, in document order: the
        last section started at or before ``pos`` and those it lies in, when sections nest."""
        nesting = self._nesting
        if nesting is None:
            return [
                h for h in self.headings if h.span[0] <= pos < h.span[1] and pos >= h.text_span[1]
            ]
        starts, parents = nesting
        headings = self.headings
        found = []
        i = bisect.bisect_right(starts, pos) - 1
        while i >= 0:
            h = headings[i]
            if pos < h.span[1] and pos >= h.text_span[1]:
                found.append(h)
            i = parents[i]
        found.reverse()
        return found

    @property
    def _heading_bounds(self) -> tuple[list[int], list[int], list[int]]:
        """Where each heading's section starts and ends and where its line ends."""
        if self._heading_bounds_value is None:
            self._heading_bounds_value = self._find_heading_bounds()
        return self._heading_bounds_value

    def _find_heading_bounds(self) -> tuple[list[int], list[int], list[int]]:
        headings = self.headings
        return (
            [h.span[0] for h in headings],
            [h.span[1] for h in headings],
            [h.text_span[1] for h in headings],
        )

    @property
    def _heading_marks(self) -> list[int]:
        """The places where the headings over a position change."""
        if self._heading_marks_value is None:
            self._heading_marks_value = self._find_heading_marks()
        return self._heading_marks_value

    def _find_heading_marks(self) -> list[int]:
        starts, ends, line_ends = self._heading_bounds
        return sorted({*starts, *ends, *line_ends})

    @property
    def _nesting(self) -> tuple[list[int], list[int]] | None:
        """Where each heading's section starts and which heading's section it lies in (-1 for
        none), when the sections come in order and nest (else None): the sections over a
        position are then the last one started and those it lies in."""
        if not self._nesting_known:
            self._nesting_value, self._nesting_known = self._find_nesting(), True
        return self._nesting_value

    def _find_nesting(self) -> tuple[list[int], list[int]] | None:
        starts, ends, _ = self._heading_bounds
        if starts != sorted(starts):
            return None
        parents: list[int] = []
        open_: list[int] = []
        for i, start in enumerate(starts):
            while open_ and ends[open_[-1]] <= start:
                open_.pop()
            if open_ and ends[open_[-1]] < ends[i]:
                return None  # overlaps the section it starts in
            parents.append(open_[-1] if open_ else -1)
            open_.append(i)
        return starts, parents

    def _above(self, headings: list[Heading]) -> Above:
        role = next((r for r in map(self.heading_role, headings) if r), None)
        periods = [p for p in map(self.heading_period, headings) if p is not None]
        year = next((p.label[:4] for p in periods if p.label[:4].isdigit()), None)
        return Above(headings, role, year, periods[0].label if periods else None)

    # --- the document's periods ----------------------------------------------------------

    @property
    def reviewed(self) -> str | None:
        """The label of the period the document reviews (its actuals' default period)."""
        return self._doc_periods[0]

    @property
    def planned(self) -> str | None:
        """The label of the period the document plans for (its targets' default period)."""
        return self._doc_periods[1]

    @property
    def plan_document(self) -> bool:
        """Whether the document only plans: its title has a plan cue, or it is of a planning
        kind (``data/periods.toml`` `kind_cues`: kế hoạch, chương trình, đề án), and its
        title has no review cue."""
        return self._doc_periods[2]

    @property
    def _doc_periods(self) -> tuple[str | None, str | None, bool]:
        """(reviewed label, planned label, whether the document only plans)."""
        if self._doc_periods_value is None:
            self._doc_periods_value = self._find_doc_periods()
        return self._doc_periods_value

    def _find_doc_periods(self) -> tuple[str | None, str | None, bool]:
        meta = self.doc.meta
        periods = meta.periods if meta is not None else None
        reviewed = _label(periods.reviewed) if periods else None
        planned = _label(periods.planned) if periods else None
        head = self._title_region()
        review_cue = cues("sections.review").search(head)
        plan_cue = cues("sections.plan").search(head)
        if reviewed is None and planned is None and head:
            found = find_periods(head, default_year=self._year_in(head))
            plan_at = plan_cue.start() if plan_cue is not None else -1
            review_at = review_cue.start() if review_cue is not None else -1
            for period in found:
                before_plan = 0 <= plan_at < period.span[0]
                after_review = 0 <= review_at < period.span[0]
                if before_plan and (not after_review or plan_at > review_at):
                    planned = planned or period.label
                elif review_cue is not None or plan_cue is None:
                    reviewed = reviewed or period.label
                else:
                    planned = planned or period.label
        plans = plan_cue is not None or (meta is not None and meta.doc_type in _plan_kinds())
        return reviewed, planned, plans and not review_cue

    def _title_region(self) -> str:
        """The folded title lines: short lines before the first heading or long paragraph."""
        doc = self.doc
        if doc.layout.title is not None:
            return doc.folded[doc.layout.title[0] : doc.layout.title[1]]
        first = self.headings[0].text_span[0] if self.headings else len(doc.text)
        region = doc.text[: min(first, 1200)]
        lines = [
            fold(line)
            for line in region.split("\n")
            if len(line) <= 200 and (line.isupper() or _ABOUT.match(line.lower()))
        ]
        return "\n".join(lines)

    def is_comparison(self, folded: str, pos: int) -> bool:
        """Whether a period at ``pos`` is a comparison base (``so với cùng kỳ năm 2019``)."""
        start = max(0, pos - 24)
        if _comparison_words().search(folded, start, pos) is None:
            return False  # no cue starts in the window
        return bool(_comparison().search(folded, start, pos))

    def _read_periods(self) -> list[Period]:
        """The periods of the whole text, read once, with a placeholder year where none is
        written."""
        if self._read is None:
            self._read = written_periods(self.doc)
        return self._read

    def compared_before(self, pos: int) -> Period | None:
        """The comparison base written right before ``pos`` with its year (``so với năm 2024
        (27.310 tỷ đồng)``: at the parenthesis, ``2024``), else None."""
        found = self._read_periods()
        i = bisect.bisect_left(self._read_starts, pos) - 1
        if i < 0:
            return None
        p = found[i]
        folded = self.doc.folded
        if not p.year_written or folded[p.span[1] : pos].strip(" *_,") != "":
            return None
        return p if self.is_comparison(folded, p.span[0]) else None

    @property
    def _read_starts(self) -> list[int]:
        if self._read_starts_value is None:
            self._read_starts_value = self._find_read_starts()
        return self._read_starts_value

    def _find_read_starts(self) -> list[int]:
        return [p.span[0] for p in self._read_periods()]

    def _all_periods(self) -> list[Period]:
        """The periods of the text that are neither comparison bases nor parts of a date."""
        if self._periods is None:
            folded = self.doc.folded
            self._periods = [
                p
                for p in self._read_periods()
                if not self.is_comparison(folded, p.span[0]) and not in_date(folded, p)
            ]
            self._period_starts = [p.span[0] for p in self._periods]
        return self._periods

    def has_period(self, start: int, end: int) -> bool:
        """Whether one of the periods ``periods`` gives starts in ``folded[start:end]``."""
        if self._periods is None:
            self._all_periods()
        starts = self._period_starts
        i = bisect.bisect_left(starts, start)
        return i < len(starts) and starts[i] < end

    def periods(
        self, start: int, end: int, default_year: int | None, starts_before: int | None = None
    ) -> list[Period]:
        """The periods written in ``folded[start:end]`` (starting before ``starts_before``)
        that are neither comparison bases nor parts of a date (``ngày 01 tháng 01 năm 1995``),
        those without a written year taking ``default_year``."""
        found = self._periods if self._periods is not None else self._all_periods()
        limit = end if starts_before is None else min(end, starts_before)
        out: list[Period] = []
        i = bisect.bisect_left(self._period_starts, start)
        while i < len(found) and found[i].span[0] < limit:
            p = found[i]
            if p.span[1] <= end:
                if not p.year_written:
                    p = self._dated(i, default_year)
                if p.label:
                    out.append(p)
            i += 1
        return out

    def _dated(self, i: int, year: int | None) -> Period:
        """The ``i``-th of ``_all_periods()`` given ``year`` (made once per period and year)."""
        dated = self._years.get((i, year))
        if dated is None:
            dated = self._years[(i, year)] = _with_year(self._periods[i], year)  # type: ignore[index]
        return dated

    def last_period(self, start: int, end: int, default_year: int | None) -> Period | None:
        """The last of ``periods(start, end, default_year)`` not inside a parenthesis closed
        before ``end``: in ``... (năm 2018 đạt 46,8 triệu đồng); đã ra mắt 32 xã``, 2018 is
        the aside's."""
        found = self._periods if self._periods is not None else self._all_periods()
        i = bisect.bisect_left(self._period_starts, end) - 1
        while i >= 0 and found[i].span[0] >= start:
            p = found[i]
            paren = self.paren_at(p.span[0]) if p.span[1] <= end else None
            if paren is not None and paren[1] <= end:
                i -= 1
                continue
            if p.span[1] <= end:
                if not p.year_written:
                    p = self._dated(i, default_year)
                if p.label:
                    return p
            i -= 1
        return None
