"""Quantities as documents write them: a number with its unit, a fraction, a pair or a range.

``1.393,757 tỷ đồng`` → 1393.757 ``tỷ đồng``; ``25 tỷ 882 triệu 637 nghìn đồng`` →
25882637000 ``đồng``; ``56/74`` → part 56, whole 74; ``23.195.000.000 đồng/24.415.000.000
đồng`` → a pair; ``7,5-8%`` → range (7.5, 8). Never a date (``14/12/2022``, ``tháng
6/2023``), a number-symbol (``04-NQ/TU``, ``86/2019/QH14``), a section label (``1.1.``),
an ordinal (``lần thứ 13``, ``Điều 3``, ``thợ bậc 5/6, 6/7``) or a bare number without a
unit. A slash between counts of different nouns (``10 lượt/11 người``) makes separate
quantities, not a fraction.
Units are data (``data/units.toml``); matching is on the folded text.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from functools import cache

from vankien import regex_cache
from vankien.extract.figure_context import alternation
from vankien.extract.numbers import (
    COMPOUND_RE,
    NUMBER,
    SCALE,
    TOKEN_RE,
    parse_compound,
    parse_number,
)
from vankien.folding import fold
from vankien.vocab import table

Span = tuple[int, int]


class Quantity:
    """One quantity written at ``span``; ``unit_kind`` is percent/money/measure/count or None.

    ``pair``: an achieved/planned pair of amounts, not a share of a whole. A plain class
    (no dataclass to build at start, attributes as fast as a dataclass's).
    """

    __slots__ = (
        "span",
        "number_span",
        "value",
        "unit",
        "unit_kind",
        "part",
        "whole",
        "range",
        "pair",
    )

    def __init__(
        self,
        span: Span,
        number_span: Span,
        value: float | None,
        unit: str | None,
        unit_kind: str | None,
        part: float | None = None,
        whole: float | None = None,
        range: tuple[float, float] | None = None,  # noqa: A002 - the record's field name
        pair: bool = False,
    ) -> None:
        self.span = span
        self.number_span = number_span
        self.value = value
        self.unit = unit
        self.unit_kind = unit_kind
        self.part = part
        self.whole = whole
        self.range = range
        self.pair = pair


class _Unit:
    """A unit read after a number: its normalised form, kind, and where it ends."""

    __slots__ = ("unit", "kind", "end")

    def __init__(self, unit: str, kind: str, end: int) -> None:
        self.unit = unit
        self.kind = kind
        self.end = end


@cache
def _vocab() -> tuple[re.Pattern[str], dict[str, tuple[str, str]], re.Pattern[str], dict[str, str]]:
    """(unit pattern, folded form → (unit, kind), per-part pattern, folded scale → scale)."""
    data = table("units")
    forms: dict[str, tuple[str, str]] = {}
    for entry in data["units"].values():
        for form in entry["forms"]:
            forms[" ".join(fold(form).split())] = (entry["unit"], entry["kind"])
    for noun in data["counts"]["nouns"]:
        forms.setdefault(" ".join(fold(noun).split()), (noun, data["counts"]["kind"]))
    unit_re = regex_cache.compile(rf"(?:%|(?:{alternation(forms)})(?![a-z0-9]))")
    per = alternation(" ".join(fold(p).split()) for p in data["per"]["words"])
    per_re = regex_cache.compile(rf"[ \t]*/[ \t]*(?:{per})(?![a-z0-9])")
    scales = {fold(k): v for k, v in data["scales"]["forms"].items()}
    return unit_re, forms, per_re, scales


@cache
def _unit_leads() -> dict[str, re.Pattern[str]]:
    """The units that need an indicator before them (``after`` in ``data/units.toml``), by
    folded form: ``tuổi`` after ``tuổi thọ``."""
    leads = {}
    for entry in table("units")["units"].values():
        if "after" in entry:
            pattern = regex_cache.compile(
                rf"(?<![a-z])(?:{alternation(' '.join(fold(w).split()) for w in entry['after'])})"
                r"(?![a-z])"
            )
            for form in entry["forms"]:
                leads[" ".join(fold(form).split())] = pattern
    return leads


def _led(folded: str, pos: int, match: re.Match[str]) -> bool:
    """Whether a unit that needs an indicator has one before ``pos`` in its sentence: ``tuổi
    thọ trung bình đạt 74,6 tuổi``, not ``trẻ em dưới 5 tuổi``; other units need none."""
    lead = _unit_leads().get(" ".join(match.group(0).split()))
    if lead is None:
        return True
    start = max(folded.rfind(". ", 0, pos), folded.rfind(";", 0, pos), folded.rfind("\n", 0, pos))
    if _GROUP_BOUND.search(folded, max(0, pos - 20), pos):
        # "..., trẻ em dưới 5 tuổi": a bound of a group needs the indicator in its own clause
        start = max(start, folded.rfind(",", 0, pos))
    return lead.search(folded, max(start, pos - 160), pos) is not None


_GROUP_BOUND = regex_cache.compile(r"(?<![a-z])(?:duoi|tren|tu|du|den|ngoai)\s+[\d.,]+\s*$")


@cache
def _follows() -> re.Pattern[str]:
    """What must follow a number for it to be a quantity: a slash, a range, a scale or a unit
    (``_quantity_at`` asks more; numbers followed by none of these are passed over at once)."""
    unit_re = _vocab()[0]
    return regex_cache.compile(rf"\s*(?:/[ \t]*\d|-[ \t]*\n?[ \t]*\d|den|toi|{SCALE}|{unit_re.pattern})")


@cache
def _candidates() -> re.Pattern[str]:
    """Numbers followed by ``_follows()``, found in one search."""
    return regex_cache.compile(rf"{TOKEN_RE.pattern}(?={_follows().pattern})")


# Every ASCII digit written as 0: what a number looks like and where it stands does not
# change, and a search for its first digit looks for one character. The text is translated
# as bytes (a table of 256 bytes; a str is translated through a dict).
_ZERO_BYTES = bytes.maketrans(b"123456789", b"000000000")
_ZEROS = str.maketrans("123456789", "000000000")
_STAND_INS = "vankien.quantities-stand-ins"


def _stand_ins(error: UnicodeEncodeError) -> tuple[str, int]:
    """ASCII stand-ins for a run of other characters, each of the same kind for the patterns
    of ``_zero_candidates()``: a digit is 0, a space a vertical tab (a space, not ``[ \t]``),
    a letter ``A`` (a word character, not ``[a-z0-9]``), anything else (``“``, ``‰``) ``\x01``."""
    run = error.object[error.start : error.end]  # type: ignore[index]
    return "".join(map(_stand_in, run)), error.end


def _stand_in(char: str) -> str:
    if char.isdecimal():
        return "0"
    if char.isspace():
        return "\x0b"
    return "A" if char.isalnum() else "\x01"


codecs.register_error(_STAND_INS, _stand_ins)  # type: ignore[arg-type]  # encoding only


@cache
def _zero_candidates() -> re.Pattern[str]:
    """``_candidates()`` for a text with its digits written as 0 and its other characters as
    ASCII stand-ins: it finds every number ``_candidates()`` finds in the text, and a few
    more that groups mark: group 1, a dot or comma in the number (``1.2.3``); group 2, a unit
    with a digit (``m0`` stands for ``m5`` as for ``m2``); group 3, a stand-in (for ``‰``)."""
    unit_re, forms, _, _ = _vocab()
    zeroed = {form: form.translate(_ZEROS) for form in forms}
    exact = alternation(zero for form, zero in zeroed.items() if zero == form and zero.isascii())
    digits = alternation(zero for form, zero in zeroed.items() if zero != form)
    follows = (
        rf"\s*(?:/[ \t]*0|-[ \t]*\n?[ \t]*0|den|toi|{SCALE}|%|(?:{exact})(?![a-z0-9])"
        rf"|({digits})(?![a-z0-9])|(\x01))"
    )
    # A number is a run of digits, dots and commas: what follows a quantity's number starts
    # with none of them, so the number it reads is the whole run (taken without going back).
    return regex_cache.compile(rf"0(?<![\w.,]0)0*+(?:([.,])[0.,]*+|)(?={follows})")


def _number_spans(folded: str, start: int) -> Iterator[Span]:
    """Where ``_candidates().finditer(folded, start)`` finds its numbers, searched for in
    ``folded`` with its digits written as 0 and its other characters as ASCII stand-ins (one
    character to look for, not a set; no Unicode look-ups)."""
    zeroed = folded.encode("ascii", _STAND_INS).translate(_ZERO_BYTES).decode("ascii")
    for hit in _zero_candidates().finditer(zeroed, start):
        if hit.lastindex is None or _checked(folded, hit):
            yield hit.span()


def _checked(folded: str, hit: re.Match[str]) -> bool:
    """Whether a number that ``_zero_candidates()`` marked is one of ``_candidates()``:
    written as a number (``1.2.3`` is not) and followed by what ``_follows()`` asks for
    (``m5`` is no unit)."""
    s, e = hit.span()
    if hit.group(1) is not None and not _NUMBER_AT.fullmatch(folded, s, e):
        return False
    return hit.lastindex == 1 or bool(_follows().match(folded, e))


def _tokens(folded: str, start: int, end: int) -> Iterator[Span]:
    """The numbers of ``folded[start:end]`` that ``_follows()`` (what follows may lie past
    ``end``; a number that ``end`` may cut is read as the text up to ``end`` writes it)."""
    tail = None
    for span in _number_spans(folded, start):
        if span[1] >= end - 1:
            tail = span[0]
            break
        yield span
    if tail is not None and tail < end:
        follows = _follows().match
        for token in TOKEN_RE.finditer(folded, tail, end):
            if follows(folded, token.end()):
                yield token.span()


_GAP = r"[ \t]*(?:\n[ \t]*)?"  # spaces, at most one line break (wrapped lines)
_SPACES_RE = regex_cache.compile(r"[ \t]*")
_SCALE_RE = regex_cache.compile(rf"{_GAP}({SCALE})")
_SCALE_LETTERS = ("n", "t")
_BLANKS = (" ", "\t")
# What a slash-number, a per-part, a range and a scale after spaces and tabs start with.
_PER_STARTS = ("/", " ", "\t")
_RANGE_STARTS = ("%", "-", "d", "t")
_NUMBER_AT = regex_cache.compile(rf"(?:{NUMBER})(?![\d])")
_SLASH_NUMBER = regex_cache.compile(rf"[ \t]*/[ \t]*((?:{NUMBER}))(?![\d])")
_RANGE_SEP = regex_cache.compile(
    rf"[ \t]*(?:%[ \t]*)?(?:-|den|toi)[ \t]*(?:\n[ \t]*)?((?:{NUMBER}))(?![\d])"
)  # a line may wrap after the dash: "6,5 -\n7%"
_SYMBOL_AFTER = regex_cache.compile(r"[ \t]?[-/][ \t]?(?:[a-z]|\d+[ \t]?/)")
_YEAR = regex_cache.compile(r"(?:19|20)\d\d")
_DATE_OR_CODE_AFTER = regex_cache.compile(r"[ \t]?[/-][ \t]?[\da-z]")
_CODE_AFTER = regex_cache.compile(r"[ \t]?[-/][ \t]?\d")
# What a compound ("25 tỷ 882 triệu") needs after its number.
_MAY_SCALE = regex_cache.compile(r"\s*[nt]")


@cache
def _label_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(words that make any number a label, words that make a unit-less or count one a label)."""
    data = table("units")["labels"]

    def pattern(words) -> re.Pattern[str]:
        body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        return regex_cache.compile(rf"(?<![^\W\d_])(?:{body})[ \t*]*$")

    strong = pattern(data["always"])
    return strong, pattern([*data["always"], *data["words"]])


@cache
def _label_words(strong: bool) -> dict[str, tuple[str, ...]]:
    """The words of ``_label_patterns()[0 if strong else 1]`` by their last letter: a window
    that ends with none of them (before spaces, tabs and ``*``) is no label's, and only the
    words ending as it does can be its end (``"thứ"`` for ``... lần thứ``)."""
    data = table("units")["labels"]
    words = tuple(data["always"]) if strong else (*data["always"], *data["words"])
    by_end: dict[str, tuple[str, ...]] = {}
    for word in words:
        by_end[word[-1:]] = (*by_end.get(word[-1:], ()), word)
    return by_end


@cache
def _verb_before_count(text: str, start: int, quantity: Quantity) -> bool:
    """Whether the document kind before a counted number is a verb: ``kết luận 152 tổ chức
    đảng`` and ``kết luận 03/03 đảng viên`` count (``Kết luận 127``, with no noun counted,
    is a document's number)."""
    if quantity.unit_kind != "count":
        return False
    window = text[max(0, start - 16) : start].lower().rstrip(" \t*")
    return window.endswith(_label_verbs())


@cache
def _label_verbs() -> tuple[str, ...]:
    """Label words that are also verbs (``kết luận``, ``cấp``), as written, lower case."""
    return tuple(table("units")["labels"]["verbs"])


def _not_labels() -> tuple[str, ...]:
    """Phrases ending with a label word that label nothing (``kỷ luật``), as written, lower case."""
    return tuple(table("units")["labels"]["not_labels"])


def _ends_with_label(window: str, strong: bool) -> bool:
    """Whether ``window`` ends with a label word, spaces, tabs and ``*`` aside."""
    window = window.rstrip(" \t*")
    words = _label_words(strong).get(window[-1:])
    return words is not None and window.endswith(words)


@cache
def _label_list() -> re.Pattern[str]:
    """A fraction listed after another number of a label (``thợ bậc 5/6, 6/7``): a label too."""
    words = sorted(table("units")["labels"]["always"], key=len, reverse=True)
    item = r"\d+(?:[ \t]*/[ \t]*\d+)?"
    joint = r"[ \t]*(?:,|;|và|hoặc)[ \t]*"
    body = "|".join(re.escape(w) for w in words)
    return regex_cache.compile(rf"(?<![^\W\d_])(?:{body})[ \t*]*{item}(?:{joint}{item})*{joint}$")


def _named_unit(
    text: str, folded: str, pos: int, match: re.Match[str]
) -> tuple[str, str, int] | None:
    """The unit a match of the units pattern names, its kind and end: the longest form that
    is written as the table writes it, or with one slip in its marks (``15 hộ chưa bàn
    giao`` is ``hộ``, not the ``hồ chứa`` it folds like); none when it is a look-alike or
    needs an indicator it lacks."""
    if not _names_the_unit(text, match) or not _led(folded, pos, match):
        return None
    forms = _vocab()[1]
    start = match.start()
    words = match.group(0).split()
    end = match.end()
    while True:
        named = _name(text, start, end, forms[" ".join(words)])
        if named is not None:
            return named[0], named[1], end
        words.pop()
        if not words or " ".join(words) not in forms:
            return None
        end = start + len(folded[start:end].rsplit(None, 1)[0].rstrip())  # the last word off


def _name(text: str, start: int, end: int, entry: tuple[str, str]) -> tuple[str, str] | None:
    """A unit's normalised form; a counting noun is normalised as written (``Đảng viên`` →
    ``đảng viên``) when the table writes it so, since folding merges nouns (``quân``/
    ``quận``); a short form or one slip in the marks by its table (``ĐV``, ``nguời`` →
    ``đảng viên``, ``người``); none for another word that folds like it."""
    name, kind = entry
    if kind == "count":
        as_written = " ".join(text[start:end].split()).lower()
        if as_written in _count_nouns():
            return as_written, kind  # "quận", not the "quân" it folds like
        if len(as_written) == len(name) and sum(a != b for a, b in zip(as_written, name, strict=True)) > 1:
            return None
    return name, kind


@cache
def _count_nouns() -> frozenset[str]:
    """The counting nouns as the units table writes them (a slip in the marks is not one:
    ``1.250 nguời`` counts ``người``)."""
    return frozenset(table("units")["counts"]["nouns"])


def _names_the_unit(text: str, match: re.Match[str]) -> bool:
    """Whether a unit found on the folded text is no word that only folds like it
    (``data/units.toml`` [look_alikes]): ``168 tấn`` is a weight, ``168 tân binh`` and
    ``2.317 đối tượng`` are no ``tấn`` and no ``đôi``; a slip in the marks keeps the unit
    (``1.250 nguời``, ``12 luợt``: copies and OCR make them)."""
    written = text[match.start() : match.end()]
    return " " in written or written.lower() not in _look_alikes()


@cache
def _look_alikes() -> frozenset[str]:
    """Words that fold like a one-word unit but are none (``tân``, ``đối``), lower case."""
    return frozenset(table("units")["look_alikes"]["words"])


def unit_at(text: str, folded: str, pos: int) -> _Unit | None:
    """The unit written at ``pos`` (after optional spaces), with an optional scale and per-part."""
    unit_re, forms, per_re, scales = _vocab()
    at = blank_end(folded, pos)
    if folded[at : at + 1] == "\n":  # the gap: spaces, at most one line break
        at = blank_end(folded, at + 1)
        if not (text[at : at + 1].islower() or text[at : at + 1] == "%"):
            return None  # a unit on the next line only continues a wrapped sentence ("1,6\ntriệu")
    scale = None
    # A scale word starts with n or t right after the same gap (nghìn, ngàn, triệu, tỷ, tỉ).
    scale_match = _SCALE_RE.match(folded, pos) if folded[at : at + 1] in _SCALE_LETTERS else None
    if scale_match:
        scale = scales.get(scale_match.group(1))
        at = scale_match.end()
        second = _SCALE_RE.match(folded, at)  # "nghìn tỷ đồng"
        if second and "\n" not in folded[at : second.end()]:
            scale = f"{scale} {scales.get(second.group(1))}"
            at = second.end()
        spaces = _SPACES_RE.match(folded, at)
        base = unit_re.match(folded, spaces.end() if spaces else at)
        named = (
            None
            if base is None or forms[" ".join(base.group(0).split())][1] == "percent"
            else _named_unit(text, folded, pos, base)
        )
        if named is None:
            return _Unit(scale or "", "scale", at)
        name, kind, at = named
        name = f"{scale} {name}"
    else:
        base = unit_re.match(folded, at)
        named = _named_unit(text, folded, pos, base) if base is not None else None
        if named is None:
            return None
        name, kind, at = named
    per = per_re.match(folded, at) if folded[at : at + 1] in _PER_STARTS else None
    if per:
        written = " ".join(per.group(0).replace("/", " / ").split()).replace(" / ", "/")
        name = name + written
        at = per.end()
    return _Unit(name, kind, at)


def blank_end(folded: str, pos: int) -> int:
    """Where the spaces and tabs at ``pos`` end (``pos`` itself when there are none)."""
    char = folded[pos : pos + 1]
    if char != " " and char != "\t":
        return pos
    if folded[pos + 1 : pos + 2] not in _BLANKS:
        return pos + 1  # one space, as numbers and units are written
    return _SPACES_RE.match(folded, pos).end()  # type: ignore[union-attr]  # it matches "" too


def _per_text(text: str, unit: _Unit, start: int, folded: str) -> str:
    """The normalised unit, with a per-part's case as written (``/1 vạn dân``, ``/GDP``)."""
    if "/" not in unit.unit:
        return unit.unit
    head, _, _ = unit.unit.partition("/")
    slash = folded.index("/", start, unit.end)
    tail = " ".join(text[slash + 1 : unit.end].split())
    if not tail.isupper():
        tail = tail.lower()
    return f"{head}/{tail}"


def _same_family(a: _Unit, b: _Unit) -> bool:
    """Two units a pair may join: the same noun, or two amounts of the same currency."""
    if a.kind == "money" and b.kind == "money":
        return a.unit.split()[-1] == b.unit.split()[-1]
    return a.unit == b.unit


def _is_label(text: str, start: int, strong: bool) -> bool:
    """``lần thứ 13``, ``Điều 3``, ``tháng 6/2023``: the word before makes the number a label
    (not in a phrase that labels nothing: ``kỷ luật 45 đồng chí``)."""
    window = text[max(0, start - 24) : start].lower()
    if not _ends_with_label(window, strong) and not (
        window.endswith("\n") and _ends_with_label(window[:-1], strong)
    ):
        return False  # the pattern ends with a word, then [ \t*]*, then the end (or "\n")
    if window.rstrip(" \t*\n").endswith(_not_labels()):
        return False
    always, words = _label_patterns()
    return bool((always if strong else words).search(window))


# A number written with its thousands grouped labels nothing: "(kế hoạch 28.000 lao động)"
# is an amount, "Kế hoạch 196" a document's number ("tổ 1,2 thôn": two labels).
_GROUPED = regex_cache.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?$")


def _after_hyphen(folded: str, start: int) -> bool:
    """``Covid-19``, ``QH14``: a number glued to a word by a hyphen is part of a name."""
    return start >= 2 and folded[start - 1] == "-" and folded[start - 2].isalnum()


def find_quantities(
    text: str, folded: str, start: int = 0, end: int | None = None
) -> list[Quantity]:
    """Every quantity written in ``text[start:end]``, in order, none overlapping."""
    end = len(text) if end is None else end
    found: list[Quantity] = []
    taken_until = start
    unit_ends: set[int] = set()
    for s, e in _tokens(folded, start, end):
        if s < taken_until:
            continue
        if s and folded[s - 1] == "/" and (s - 1) not in unit_ends:
            continue
        if _after_hyphen(folded, s):
            continue
        quantity = _quantity_at(text, folded, s, e, end)
        if quantity is None:
            continue
        strong = quantity.unit_kind in ("percent", "money", "measure")
        if (
            not _GROUPED.match(folded, s, e)
            and _is_label(text, s, strong)
            and not _verb_before_count(text, s, quantity)
        ):
            continue
        if quantity.part is not None and _label_list().search(text[max(0, s - 48) : s].lower()):
            continue
        found.append(quantity)
        taken_until = quantity.span[1]
        unit_ends.add(quantity.span[1])
    return found


def _quantity_at(text: str, folded: str, s: int, e: int, limit: int) -> Quantity | None:
    written = folded[s:e]
    following = folded[e : e + 3]
    if following[:1] == "." and following[1:2].isdigit():
        return None  # a section label "1.1." or a dotted code
    # What follows the number after spaces and tabs: each pattern below needs its own start.
    at = blank_end(folded, e)
    after = folded[at : at + 1]
    slash = _SLASH_NUMBER.match(folded, e) if after == "/" else None
    if ("-" in following or "/" in following) and _SYMBOL_AFTER.match(folded, e) and not slash:
        return None  # "04-NQ/TU", "08/CT-TTg"
    may_scale = after in _SCALE_LETTERS or (after.isspace() and _MAY_SCALE.match(folded, e))
    compound = may_scale and COMPOUND_RE.match(folded, s)
    if compound and compound.end() <= limit:
        unit = unit_at(text, folded, compound.end())
        value = parse_compound(folded[s : compound.end()])
        if unit is None or unit.kind == "scale":
            return Quantity((s, compound.end()), (s, compound.end()), value, None, None)
        name = _per_text(text, unit, compound.end(), folded)
        planned = _compound_after_slash(text, folded, unit, name, limit)
        if planned is not None:  # "38 tỷ 650 triệu đồng/42 tỷ 500 triệu đồng"
            whole, end = planned
            return Quantity(
                (s, end), (s, compound.end()), value, name, unit.kind, value, whole, pair=True
            )
        return Quantity((s, unit.end), (s, compound.end()), value, name, unit.kind)
    value = parse_number(written)
    if slash:
        return _fraction(text, folded, s, e, value, slash)
    ranged = _RANGE_SEP.match(folded, e) if after in _RANGE_STARTS else None
    if ranged:
        got = _range(text, folded, s, e, value, ranged)
        if got is not None:
            return got
    if len(written) == 4 and _YEAR.fullmatch(written) and not _unit_is_strong(text, folded, e):
        return None
    unit = unit_at(text, folded, e)
    if unit is None:
        return None
    if unit.kind == "scale" and not unit.unit:
        return None
    name = _per_text(text, unit, e, folded)
    if unit.kind == "scale":
        return Quantity((s, unit.end), (s, e), value, name, "scale")
    # An amount, then "/", then another amount of the same currency or noun: a pair.
    pair = (
        _SLASH_NUMBER.match(folded, unit.end)
        if folded[unit.end : unit.end + 1] in _PER_STARTS
        else None
    )
    if pair and "/" not in name:
        other = unit_at(text, folded, pair.end())
        if other is not None and _same_family(unit, other):
            whole = parse_number(pair.group(1))
            return Quantity(
                (s, other.end), (s, e), value, name, unit.kind, part=value, whole=whole, pair=True
            )
    if folded[unit.end : unit.end + 1].isdigit():
        return None
    return Quantity((s, unit.end), (s, e), value, name, unit.kind)


def _unit_is_strong(text: str, folded: str, pos: int) -> bool:
    unit = unit_at(text, folded, pos)
    return unit is not None and unit.kind in ("percent", "money", "measure")


def _compound_after_slash(
    text: str, folded: str, unit: _Unit, name: str, limit: int
) -> tuple[float, int] | None:
    """The planned amount of an achieved/planned pair of compound amounts, written after a
    slash in the same unit, and where it ends: ``38 tỷ 650 triệu đồng/42 tỷ 500 triệu
    đồng`` → (42500000000, the end of the second ``đồng``)."""
    at = blank_end(folded, unit.end)
    if folded[at : at + 1] != "/":
        return None
    at = blank_end(folded, at + 1)
    second = COMPOUND_RE.match(folded, at)
    if second is None or second.end() > limit:
        return None
    planned_unit = unit_at(text, folded, second.end())
    if planned_unit is None or _per_text(text, planned_unit, second.end(), folded) != name:
        return None
    return parse_compound(folded[at : second.end()]), planned_unit.end


def _fraction(
    text: str, folded: str, s: int, e: int, part: float, slash: re.Match[str]
) -> Quantity | None:
    """``56/74``, ``74/74 chi bộ``, ``12.430/11.500 tỷ đồng``; not dates, symbols or ``6/2023``."""
    second = slash.group(1)
    after = slash.end()
    if _DATE_OR_CODE_AFTER.match(folded, after, after + 3):
        return None  # "86/2019/QH14", "14/12/2022"
    if _YEAR.fullmatch(second) and part <= 12:
        return None  # "6/2023"
    unit = unit_at(text, folded, after)
    if folded[after : after + 1].isalpha() and not unit:
        return None
    whole = parse_number(second)
    if unit is not None and unit.kind != "scale":
        name = _per_text(text, unit, after, folded)
        # amounts, or more than the whole: an achieved/planned pair ("8.793/6.500 đảng viên")
        pair = unit.kind in ("money", "measure") or part > whole
        value = part if pair else None
        return Quantity((s, unit.end), (s, e), value, name, unit.kind, part, whole, pair=pair)
    if unit is not None and unit.kind == "scale" and unit.unit:
        return Quantity((s, unit.end), (s, e), part, unit.unit, "scale", part, whole, pair=True)
    if whole <= 12 or part > whole:
        return None  # "dịp 30/4", "1/5": a day and month; a share never exceeds its whole
    return Quantity((s, after), (s, e), None, None, None, part, whole)


def _range(
    text: str, folded: str, s: int, e: int, first: float, ranged: re.Match[str]
) -> Quantity | None:
    """``20 - 22%``, ``7,5-8%``, ``từ 7 đến 8 tấn``: a range needs a unit after it."""
    second_written = ranged.group(1)
    if _YEAR.fullmatch(text[s:e].strip()) or _YEAR.fullmatch(second_written):
        return None
    after = ranged.end()
    if _CODE_AFTER.match(folded, after, after + 3):
        return None  # a phone number or a code "84-8-3930"
    unit = unit_at(text, folded, after)
    if unit is None or unit.kind == "scale":
        return None
    second = parse_number(second_written)
    if second < first:
        return None
    name = _per_text(text, unit, after, folded)
    return Quantity((s, unit.end), (s, e), None, name, unit.kind, range=(first, second))
