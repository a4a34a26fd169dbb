"""The body charged and what the sentence says of it, for the assignments extractor.

A body's name begins with a head (``Ban``, ``Ủy ban nhân dân``, ``các cơ quan``) and goes on
with tails (``nhân dân``, ``thị xã``), capitalised words and coordinates:
``Hội đồng nhân dân, Ủy ban nhân dân thị xã; các đảng ủy, chi bộ trực thuộc Thị ủy``. What
follows it is a predicate: strong (``có trách nhiệm``, ``chủ trì``), a verb, a colon before a
list of tasks, or a word that charges nobody (``đã``, ``kết luận``).
Words are data (``[heads]``, ``[tails]``, ``[predicates]`` of ``data/assignment_cues.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from vankien import regex_cache
from vankien.extract.assignment_phrases import compact, cues, signature, signatures, trie, words
from vankien.folding import key

# Spaces, markup stars and underscores between the words of a name; a line break only
# when the next line goes on with the sentence (no list marker, no blank line).
# The optional parts of patterns are written "(?:X|)", not "(?:X)?": the same match, without
# the engine's costly repeat.
_GAP = r"[ \t*_]*(?:\n(?![ \t]*(?:\n|[-+•*#>]|\(?(?:\d+|[ivxlc]+|[a-z])[.)]))[ \t*_]*|)"
_BODY_LIMIT = 400
# What a gap may begin with; "" (the end of the text) is left to the regex too.
_GAP_CHARS = frozenset(" \t*_\n") | {""}
# In this order a head written in two lists takes the first ("chi bộ": fixed, not plural).
HEAD_KINDS = ("fixed", "person", "plural", "named", "place")
# Words before a head that make it plural: "các cơ quan", "toàn thể đảng viên".
PLURAL = r"(?:cac|nhung|moi|toan\s+the)\s+"


@dataclass
class _Patterns:
    head: re.Pattern[str]
    head_kinds: dict[str, str]  # folded head → fixed, person, plural, named or place
    tail: re.Pattern[str]
    place: re.Pattern[str]  # a place word closing a name ("xã", "huyện", "thị xã")
    link: re.Pattern[str]
    lead: re.Pattern[str]
    strong: re.Pattern[str]
    modal: re.Pattern[str]
    allowed: re.Pattern[str]
    not_charge: re.Pattern[str]
    verb: re.Pattern[str]
    gap: re.Pattern[str]
    separator: re.Pattern[str]
    word: re.Pattern[str]
    abbreviations: frozenset[str]  # "TP.": a name goes on over its dot
    folded_abbreviations: frozenset[str]  # "tp."
    # Short words written with their marks: folded, "quận" is "quan", "giáo" is "giao".
    spelled: frozenset[tuple[str, ...]]
    spelled_not_charge: frozenset[tuple[str, ...]]


@cache
def _patterns() -> _Patterns:
    data = cues()
    heads = data["heads"]
    names = trie(p for kind in HEAD_KINDS for p in heads[kind])
    head_kinds: dict[str, str] = {}
    for kind in HEAD_KINDS:
        for phrase in heads[kind]:
            head_kinds.setdefault(compact(key(phrase)), kind)
    predicates = data["predicates"]
    return _Patterns(
        head=regex_cache.compile(
            rf"(?<![a-z0-9])(?:(?P<plural>{PLURAL})|)(?P<name>{names})(?![a-z0-9])"
        ),
        head_kinds=head_kinds,
        tail=regex_cache.compile(
            rf"{words(data['tails']['phrases'])}|(?<![a-z0-9]){data['tails']['numbered']}"
        ),
        place=regex_cache.compile(words(heads["place"])),
        link=regex_cache.compile(words(data["tails"]["links"])),
        abbreviations=frozenset(data["tails"]["abbreviations"]),
        folded_abbreviations=frozenset(key(a) for a in data["tails"]["abbreviations"]),
        lead=regex_cache.compile(words(data["lead"]["phrases"])),
        strong=regex_cache.compile(words(predicates["strong"])),
        modal=regex_cache.compile(words(predicates["modal"]) + _GAP),
        allowed=regex_cache.compile(words(predicates["allowed"])),
        not_charge=regex_cache.compile(words(predicates["not_charge"])),
        verb=regex_cache.compile(words([*predicates["verbs"], *predicates["strong"]])),
        gap=regex_cache.compile(_GAP),
        separator=regex_cache.compile(r"[ \t]*(?:,|;|(?<![a-z0-9])va(?![a-z0-9])|:)[ \t]*"),
        word=regex_cache.compile(r"\w+"),
        spelled=signatures(
            [
                *(p for group in HEAD_KINDS for p in heads[group] if " " not in p),
                *(p for p in data["tails"]["phrases"] if " " not in p),
                *data["lead"]["phrases"],
            ]
        ),
        spelled_not_charge=signatures(p for p in predicates["not_charge"] if " " not in p),
    )


def as_written(text: str, start: int, end: int) -> bool:
    """Whether the word at ``[start, end)`` is written as the cue (``quận``, not ``quan``).

    Only one-word heads and tails, and lead cues, are checked: longer names cannot be
    mistaken once folded."""
    return signature(text[start:end]) in _patterns().spelled


def _capitalised(text: str, pos: int, pats: _Patterns) -> int | None:
    """End of the word at ``pos`` when it is written with a capital (``Huyện``, ``MTTQ``);
    an abbreviation goes on over its dots (``TP.HCM``, ``T.Ư``)."""
    if pos < len(text) and text[pos].isupper():
        word = pats.word.match(text, pos)
        if word is not None:
            end = word.end()
            while text[end : end + 1] == "." and text[end + 1 : end + 2].isupper():
                end = pats.word.match(text, end + 1).end()  # type: ignore[union-attr]
            if text[pos : end + 1] in pats.abbreviations and text[end + 2 : end + 3].isupper():
                return end + 1  # "TP. Hồ Chí Minh": the name goes on
            return end
    return None


def head_kinds() -> dict[str, str]:
    """The kind of each head (fixed, person, plural, named, place), by its compact folded
    spelling (:func:`vankien.extract.assignment_phrases.compact`)."""
    return _patterns().head_kinds


def head_pattern() -> re.Pattern[str]:
    """The pattern of a head's words (``các`` + ``cơ quan``, ``Ban``): :func:`head_end` checks
    that the head found stands as a name."""
    return _patterns().head


def head(text: str, folded: str, pos: int, listed: bool = False) -> int | None:
    """End of a body head at ``pos`` that stands as a name (``Bộ`` needs ``Tài chính``)."""
    h = _patterns().head.match(folded, pos)
    return None if h is None else head_end(text, folded, h, listed)


def head_end(text: str, folded: str, h: re.Match[str], listed: bool = False) -> int | None:
    """End of the head matched by ``h`` if it stands as a name: a plural after ``các``, a
    word written as the cue (``Bộ``, not ``bỏ``), a place with a capital, a ministry or a
    position with its name (``Bộ Tài chính``).

    ``listed``: the head follows a comma in a list, where ``các`` of the first item also
    counts for it (``các cấp ủy, tổ chức đảng``)."""
    pats = _patterns()
    name = h.group("name")
    kind = pats.head_kinds.get(name) or pats.head_kinds[compact(name)]
    plural = listed or h.group("plural") is not None
    if kind == "plural" and not plural:
        return None
    start, end = h.span("name")
    if kind == "place" and not plural and not text[start].isupper():
        return None
    if " " not in name and signature(text[start:end]) not in pats.spelled:
        return None
    if kind in ("named", "person") and not plural:
        nxt = _gap_end(folded, end, pats.gap.match)
        if not (
            _capitalised(text, nxt, pats)
            or pats.tail.match(folded, nxt)
            or pats.head.match(folded, nxt)
        ):
            return None
    return end


def short_place_before(folded: str, pos: int) -> bool:
    """Whether ``folded[:pos]`` ends with a place word written short with its dot (``TP.``)."""
    return any(
        folded.endswith(short, 0, pos)
        and (pos == len(short) or not folded[pos - len(short) - 1].isalnum())
        for short in _patterns().folded_abbreviations
    )


def _name_part(
    text: str, folded: str, pos: int, pats: _Patterns, listed: bool = False
) -> tuple[int, bool] | None:
    """End of a head, a tail word or a capitalised word at ``pos``; whether it was the last."""
    h = pats.head.match(folded, pos)
    end = None if h is None else head_end(text, folded, h, listed)
    tail = pats.tail.match(folded, pos)
    if tail is not None:
        tail_end = tail.end()
        if " " in tail.group() or signature(text[pos:tail_end]) in pats.spelled:
            return (tail_end if end is None or tail_end > end else end), False
    if end is not None:
        return end, False
    word_end = _capitalised(text, pos, pats)
    return None if word_end is None else (word_end, True)


def _second_syllable(text: str, folded: str, pos: int, pats: _Patterns) -> int | None:
    """End of the lower-case syllable that completes a one-capital word of a name.

    Names capitalise only the first syllable of a word: ``Bộ Tài chính``, ``Bộ Giáo dục
    và Đào tạo``; a verb is never taken (``Bộ Y tế chủ trì``)."""
    if folded[pos : pos + 1] != " " or not text[pos + 1 : pos + 2].islower():
        return None
    if _predicate_word(text, folded, pos + 1, pats):
        return None
    word = pats.word.match(text, pos + 1)
    return word.end() if word is not None else None


def _field_before_place(text: str, folded: str, pos: int, pats: _Patterns) -> int | None:
    """End of a place word that up to five lower-case words, no verb among them, lead to
    after a name: the rest of an organ's field written in lower case (``Ban Văn hóa thông
    tin xã``, ``Trường Trung học phổ thông huyện``, ``Ban Quản lý dự án đầu tư xây dựng
    thành phố``)."""
    at = pos
    for _ in range(5):
        if not text[at : at + 1].islower() or _predicate_word(text, folded, at, pats):
            return None
        word = pats.word.match(text, at)
        if word is None:
            return None
        at = _gap_end(folded, word.end(), pats.gap.match)
        place = pats.place.match(folded, at)
        if place is not None and (
            " " in place.group() or signature(text[at : place.end()]) in pats.spelled
        ):
            return place.end()
    return None


def _predicate_word(text: str, folded: str, pos: int, pats: _Patterns) -> bool:
    """Whether a verb or another word that follows a body's name begins at ``pos``
    (``chủ trì``, ``có``; not ``cơ`` of ``cơ sở``, which folds like ``có``)."""
    if pats.verb.match(folded, pos) or pats.allowed.match(folded, pos):
        return True
    m = pats.not_charge.match(folded, pos)
    return m is not None and (
        " " in m.group() or signature(text[pos : m.end()]) in pats.spelled_not_charge
    )


def _plural_phrase(text: str, folded: str, pos: int, pats: _Patterns) -> tuple[int, bool] | None:
    """End of ``các`` + up to four lower-case words that close a list of bodies
    (``... và các cơ sở giáo dục chịu trách nhiệm``); no verb is taken."""
    if not folded.startswith("cac ", pos):
        return None
    end: int | None = None
    at = pos + 4
    for _ in range(4):
        at = _gap_end(folded, at, pats.gap.match)
        word = pats.word.match(text, at)
        if word is None or not text[at].islower():
            break
        lead = pats.lead.match(folded, at)
        if _predicate_word(text, folded, at, pats) or (
            lead and signature(text[at : lead.end()]) in pats.spelled
        ):
            break
        end = at = word.end()
    return (end, False) if end is not None else None


def body_end(text: str, folded: str, start: int, limit: int, end: int | None = None) -> int | None:
    """End of the body's name from ``start`` (a head), with its qualifiers and coordinates;
    ``end`` is the end of its head when known (:func:`head`).

    ``Hội đồng nhân dân, Ủy ban nhân dân thị xã; các đảng ủy, chi bộ trực thuộc Thị ủy``.
    """
    pats = _patterns()
    if end is None:
        end = head(text, folded, start)
        if end is None:
            return None
    limit = min(limit, start + _BODY_LIMIT)
    # "các Bộ: Công an, Tài chính" — a plural head whose names follow a colon.
    bare_plural = (
        folded.startswith(("cac ", "nhung ", "moi "), start)
        and pats.head_kinds.get(compact(folded[start:end].split(None, 1)[1])) == "named"
    )
    head_end = end
    capitals = 0  # capitalised words in a row just taken ("Hồ Chí Minh": 3)
    named = False  # the last word taken is a name's (capitalised, or its second syllable)
    gap, link, separator = pats.gap.match, pats.link.match, pats.separator.match
    while True:
        pos = _gap_end(folded, end, gap)
        if pos >= limit:
            break
        part = _name_part(text, folded, pos, pats)
        if part is not None:
            end, capital = part
            capitals = capitals + 1 if capital else 0
            named = capital
            continue
        if capitals == 1:
            second = _second_syllable(text, folded, end, pats)
            if second is not None:
                end, capitals = second, 0
                named = True
                continue
        hyphen = _HYPHEN_JOIN.match(folded, end) if named else None
        if hyphen is not None and not (
            pats.head.match(folded, hyphen.end()) or pats.tail.match(folded, hyphen.end())
        ):  # "Đảng ủy xã Tân Phú - Thị trấn Tân Phú": two bodies
            joined = _capitalised(text, hyphen.end(), pats)
            if joined is not None:  # "Phòng Tài chính - Kế hoạch", "Lao động - Thương binh"
                end, capitals = joined, 1
                continue
        if named:
            field = _field_before_place(text, folded, pos, pats)
            if field is not None:
                end, capitals, named = field, 0, False
                continue
        capitals = 0
        named = False
        linked = link(folded, pos)
        if linked is not None:
            after = _gap_end(folded, linked.end(), gap)
            part = _name_part(text, folded, after, pats)
            if part is not None and linked.group().startswith("trong"):
                # "trong Đảng bộ thành phố", not "trong Kế hoạch kiểm tra", "trong Tháng ..."
                part = part if pats.head.match(folded, after) else None
            if part is not None:
                end, capital = part
                capitals = int(capital)
                continue
        if folded[pos] == "(":
            close = folded.find(")", pos, min(limit, pos + 40))
            if close != -1 and "\n" not in folded[pos:close]:
                end = close + 1
                continue
        sep = separator(folded, end)
        if sep is None or sep.end() == end:
            break
        if ":" in sep.group() and not (bare_plural and end == head_end):
            break
        after = _gap_end(folded, sep.end(), gap)
        if after >= limit:
            break
        part = _name_part(text, folded, after, pats, listed=True) or _plural_phrase(
            text, folded, after, pats
        )
        if part is None:
            break
        end, capital = part
        capitals = int(capital)
    return end


# A hyphen joining the fields of one organ's name: "Tài chính - Kế hoạch".
_HYPHEN_JOIN = regex_cache.compile(r"[ \t]?[-–][ \t]?")


def _gap_end(folded: str, pos: int, gap: Callable[[str, int], re.Match[str] | None]) -> int:
    """End of the gap at ``pos`` (``_GAP``); a lone space, the usual gap, without the regex."""
    char = folded[pos : pos + 1]
    if char == " ":
        if folded[pos + 1 : pos + 2] not in _GAP_CHARS:
            return pos + 1
    elif char not in _GAP_CHARS:
        return pos
    found = gap(folded, pos)
    assert found is not None  # every part of _GAP is optional: it matches everywhere
    return found.end()


_ASSIGNED = "duoc giao "


def _assigned(folded: str, q: int) -> re.Match[str] | None:
    """``được giao`` and a listed verb: the body is charged with what follows (``Ban Tổ chức
    Trung ương được giao khẩn trương tham mưu ...``)."""
    if not folded.startswith(_ASSIGNED, q):
        return None
    return _patterns().verb.match(folded, q + len(_ASSIGNED))


class Predicate(NamedTuple):
    kind: str  # strong, generic (a listed verb), word (any lower-case word), colon, lead, none
    start: int  # where the task begins
    verb_end: int  # where the charging phrase ends
    strong_end: int = 0  # end of the strong predicate's words


# "là" and a few words naming what the body is, before its charge: "là địa bàn trọng điểm ".
_APPOSED = regex_cache.compile(
    r"la(?:\s+[a-z]+){1,5}?\s+(?=co\s+trach\s+nhiem|chiu\s+trach\s+nhiem)"
)


def predicate(text: str, folded: str, pos: int, limit: int) -> Predicate:
    """What the sentence says of the body ending at ``pos``: ``colon`` when a list of tasks
    follows (``Bộ trưởng Bộ Tài chính:`` or ``1. Ban Tuyên giáo Huyện ủy`` on its own line)."""
    pats = _patterns()
    q = _gap_end(folded, pos, pats.gap.match)
    if q >= limit:
        return Predicate("none", q, pos)
    if folded[q] == ":":
        return Predicate("colon", q + 1, pos)
    if folded[q] == "\n":  # a name alone on its line, its tasks listed below
        return Predicate("colon", q, pos)
    if folded.startswith("la ", q):
        # an apposition before the charge: "Đảng ủy xã A là địa bàn trọng điểm có trách nhiệm"
        said = _APPOSED.match(folded, q, min(limit, q + 60))
        strong = pats.strong.match(folded, said.end()) if said else None
        if said is not None and strong is not None:
            modal = pats.modal.match(folded, said.end())
            start = modal.end() if modal is not None and modal.end() < limit else said.end()
            return Predicate("strong", start, strong.end(), strong.end())
    # the longest of the predicates written at q; the first listed where as long
    verb = pats.verb.match(folded, q)
    best, length = "", 0
    for kind, m in (
        ("strong", pats.strong.match(folded, q)),
        ("strong", _assigned(folded, q)),
        ("generic", pats.allowed.match(folded, q)),
        ("generic", verb),
        ("none", pats.not_charge.match(folded, q)),
    ):
        if m is None or m.end() - q <= length:
            continue
        # one word must be written so: "giảm" is no charge, "giám sát" is one
        if (
            kind == "none"
            and " " not in m.group()
            and signature(text[q : m.end()]) not in pats.spelled_not_charge
        ):
            continue
        best, length = kind, m.end() - q
    if best == "none":
        return Predicate("none", q, pos)
    verb_end = verb.end() if verb is not None else None
    if best == "strong":
        modal = pats.modal.match(folded, q)
        start = modal.end() if modal is not None and modal.end() < limit else q
        return Predicate("strong", start, max(verb_end or 0, q + length), q + length)
    if pats.lead.match(folded, q):
        return Predicate("lead", q, q)
    word = pats.word.match(text, q)
    if best == "generic" or (word is not None and text[q].islower()):
        end = verb_end or (word.end() if word is not None else q + length)
        if best == "generic" and q + length > end:  # "là cơ quan thường trực", whole
            return Predicate("generic", q, q + length)
        if verb_end is None and folded[end : end + 1] == " ":
            second = pats.word.match(text, end + 1)
            if second is not None and text[end + 1].islower():
                end = second.end()
        return Predicate("generic" if best else "word", q, end)
    return Predicate("none", q, pos)
