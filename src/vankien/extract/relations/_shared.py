"""What the relation finders share: number patterns, cue patterns from data, money scales."""

from __future__ import annotations

import re
from functools import cache

from vankien import regex_cache
from vankien.document import Doc
from vankien.extract.numbers import NUMBER, SCALES, decimals, parse_number
from vankien.models import Relation, Span, trusted
from vankien.vocab import table

# One written number, not glued to another number, a slash or a decimal mark.
NUM = rf"(?<![\d.,/])(?:{NUMBER})(?![\d])(?![.,]\d)"
# The same, for a pattern matched where a number starts (see :func:`numbers`).
AT_NUM = rf"(?:{NUMBER})(?![\d])(?![.,]\d)"
# Runs of digits: patterns that begin with a character class are scanned fast; the finders
# start from these runs instead of scanning the text with patterns that begin with a lookbehind.
_DIGITS = regex_cache.compile(r"\d[\d.,]*")
# An ASCII text (as bytes) as number marks: digits → "0", ".", "," and "/" → ".", anything
# else → " " (a bytes table: str.translate would look each character up in a dict).
_NUMBER_MARKS = bytes(
    ord("0") if chr(c).isdecimal() else ord(".") if chr(c) in ".,/" else ord(" ")
    for c in range(256)
)
# A scale word, and a run of them ("nghìn tỷ").
SCALE_WORD = rf"(?:{'|'.join(SCALES)})"
SCALE_RUN = rf"(?:{SCALE_WORD}\s+)*{SCALE_WORD}"
# What may follow a dot: the last group of a large sum of money and its scale and money words
# (".000 triệu đồng", group ``money``, see ``magnitudes``) or the month and year of a date
# written with dots (".12.2022", groups ``m`` and ``y``, see ``dates``). Both begin with the
# dot: one scan of the text finds the two (a dot starts at most one of them, and neither
# holds the dot another starts at).
_DOTTED = regex_cache.compile(
    rf"\.(?:\d{{3}}(?:,\d+)?\s*{SCALE_RUN}\s+(?P<money>dong|vnd)(?![a-z])"
    rf"|\s?(?P<m>\d\d?)\s?\.\s?(?P<y>(?:19|20)\d\d)(?![\d/]))"
)
# A unit word sequence after a number (folded): up to four plain words.
WORD = r"[a-z][a-z]*"
# Where a sentence or clause ends for the purpose of tying numbers together.
STOPS = ".;\n"


def _chars(folded: str, char: str) -> list[int]:
    found: list[int] = []
    start = folded.find(char)
    while start != -1:
        found.append(start)
        start = folded.find(char, start + 1)
    return found


class Index:
    """What the finders look up in one document, found once: where its numbers start, where
    its slashes, opening parentheses and percent signs are. Finders start from these few
    places rather than scan the whole text with each of their patterns."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self.slashes = _chars(folded, "/")
        self.parens = _chars(folded, "(")
        self.percents = _chars(folded, "%")
        self._dotted: list[re.Match[str]] | None = None

    @classmethod
    def of(cls, folded: str) -> Index:
        return cls(folded)

    def dotted(self) -> list[re.Match[str]]:
        """The matches of :data:`_DOTTED` in text order (found when first asked for): sums of
        money (``".000 triệu đồng"``) and dates written with dots (``".12.2022"``)."""
        if self._dotted is None:
            self._dotted = list(_DOTTED.finditer(self.folded))
        return self._dotted

    def numbers_before(self, position: int, width: int) -> list[int]:
        """Starts of the numbers in ``[position - width, position)``, nearest first: digits
        not written right after a digit, ``.``, ``,`` or ``/`` (and a digit at the window's
        start)."""
        folded, low = self.folded, max(0, position - width)
        window = folded[low:position]
        if window.isascii():
            # Digits written as 0, marks as ".", the rest as spaces: a number starts at " 0".
            marked = window.encode().translate(_NUMBER_MARKS)
            starts = [low] if marked.startswith(b"0") else []
            at = marked.find(b" 0")
            while at != -1:
                starts.append(low + at + 1)
                at = marked.find(b" 0", at + 2)
            return starts[::-1]
        starts = [
            m.start()
            for m in _DIGITS.finditer(folded, low, position)
            if folded[m.start() - 1] not in ".,/" or m.start() == low
        ]
        return starts[::-1]


def at_words(pattern: re.Pattern[str], folded: str) -> list[re.Match[str]]:
    """Every match of ``pattern`` in ``folded`` that begins a word, overlapping ones too, in
    text order. ``pattern`` should begin with a literal (``tu\\s+\\d``): the regex engine
    then jumps between the literal's occurrences (faster than a ``str.find`` loop over them
    when only a few go on as the pattern requires: ``trong`` of ``trong đó``)."""
    found: list[re.Match[str]] = []
    match = pattern.search(folded)
    while match:
        start = match.start()
        if start == 0 or not folded[start - 1].isalpha():
            found.append(match)
        match = pattern.search(folded, start + 1)
    return found


def last_char(folded: str, position: int) -> int:
    """Where the last character before ``position`` that is not a space stands (-1: none)."""
    at = position - 1
    while at >= 0 and folded[at].isspace():
        at -= 1
    return at


def starts_in(pattern: re.Pattern[str], folded: str, low: int, high: int) -> list[int]:
    """Where ``pattern`` matches a word start within ``folded[low:high]``, in text order."""
    found: list[int] = []
    match = pattern.search(folded, low, high)
    while match:
        start = match.start()
        if start == 0 or not folded[start - 1].isalpha():
            found.append(start)
        match = pattern.search(folded, start + 1, high)
    return found


@cache
def cue(name: str) -> str:
    """The regex fragment ``patterns.<name>`` of ``data/relations.toml``."""
    return table("relations")["patterns"][name]["regex"]


@cache
def compiled(pattern: str) -> re.Pattern[str]:
    return regex_cache.compile(pattern)


def number(written: str) -> tuple[float, int]:
    """Value and decimals of one written number: ``"75,56"`` → ``(75.56, 2)``."""
    return parse_number(written), decimals(written)


def scale_after(rest: str) -> float | None:
    """The money scale written right after a number, ``rest`` being the folded text after
    it: ``" trieu dong so voi"`` → 1e6 (``None`` when no money unit follows)."""
    words = rest.split()[:3]
    for size in range(len(words), 0, -1):
        scale = money_scale(" ".join(words[:size]))
        if scale is not None:
            return scale
    return None


def money_scale(words: str) -> float | None:
    """The scale of a money unit as folded words: ``"trieu dong"`` → 1e6, ``"dong"`` → 1.

    ``None`` when the words are not a money unit.
    """
    parts = words.split()
    if not parts or parts[-1] not in ("dong", "vnd"):
        return None
    scale = 1.0
    for word in parts[:-1]:
        if word not in SCALES:
            return None
        scale *= SCALES[word]
    return scale


# The fields of one :class:`Relation`, validated with the others of the document at once
# (:func:`relations`): one pydantic call per document, not one per relation.
RelationFields = dict


def relation(
    doc: Doc,
    kind: str,
    span: Span,
    values: dict,
    *,
    decimals_: dict | None = None,
    spans: dict | None = None,
    exhaustive: bool | None = None,
) -> RelationFields:
    """The fields of a grounded :class:`Relation` over ``span`` of ``doc``."""
    return {
        "text": doc.text[span[0] : span[1]],
        "span": span,
        "kind": kind,
        "values": values,
        "decimals": decimals_ or {},
        "spans": spans or {},
        "exhaustive": exhaustive,
    }


def relations(drafts: list[RelationFields]) -> list[Relation]:
    """The :class:`Relation` of each of ``drafts``:
    ``[{"kind": "ratio", "span": (3, 20), ...}]`` → ``[Relation(kind="ratio", ...)]``."""
    return [trusted(Relation, draft) for draft in drafts]


_CLAUSE_END = regex_cache.compile(r"[;\n]|(?<!\d)\.|\.(?!\d)")


def clause_end(folded: str, start: int, limit: int = 250) -> int:
    """Where the clause starting at ``start`` ends: at ``.``, ``;`` or a line end (``.`` inside
    a number does not end it), at most ``limit`` characters on."""
    end = min(len(folded), start + limit)
    found = _CLAUSE_END.search(folded, start, end)
    return found.start() if found else end
