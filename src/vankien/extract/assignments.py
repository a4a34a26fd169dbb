"""assignments: who is charged with what, by when.

A body (a committee, a ministry, a position) is charged when
- a lead cue names it: ``giao`` / ``đề nghị`` / ``yêu cầu`` + body + task
  (``Giao Ủy ban kiểm tra tham mưu xây dựng chuyên đề ...``);
- it is the subject of a strong predicate, outside a part that reports
  (``Ban Thường vụ Thị ủy có trách nhiệm lãnh đạo ...``, ``Bộ Tài chính chủ trì, phối hợp ...``);
- it begins a sentence or list item in a part of tasks or of organisation, whatever its verb
  (under ``III. TỔ CHỨC THỰC HIỆN``: ``1. Hội đồng nhân dân, Ủy ban nhân dân thị xã ... quán triệt``).

``text``/``span`` is the charging phrase (cue, body and first verb), ``responsible`` the body
as written, ``task`` the rest of the sentence. ``due`` is the first deadline written in the
task (``trước ngày 30/6/2023``, ``trong quý II/2023``, ``vào cuối năm 2023``); a reporting round
(``vào đợt 06 tháng và cuối năm 2023``) is due at its first date (``2023-06-30``). A period
written without its year takes the year of the planned period, else of the issue date.
Words are data (``data/assignment_cues.toml``); matching is on the folded text.
"""

from __future__ import annotations

import bisect
import calendar
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from vankien.document import Doc
from vankien.extract.dates import find_dates, iso
from vankien.extract.periods import find_periods
from vankien.folding import key, squash
from vankien.models import Assignment, Meta
from vankien.vocab import table

KIND = "assignments"
REQUIRES: tuple[str, ...] = ("meta",)

# Spaces, markup stars and underscores between the words of a name; a line break only
# when the next line goes on with the sentence (no list marker, no blank line).
_GAP = r"[ \t*_]*(?:\n(?![ \t]*(?:\n|[-+•*#>]|\(?(?:\d+|[ivxlc]+|[a-z])[.)]))[ \t*_]*)?"
# A list marker at the start of a line: "1.", "2.1.", "II-", "a)", "-", "**1.**", "### ".
_MARKER = (
    r"[ \t]*(?:(?:\*{1,2}|#{1,6}|>)[ \t]*)*"
    r"(?:(?:[-+•]|\(?(?:[ivxlc]+|\d+(?:\.\d+)*|[a-z])[ \t]*[.)\-/:])[ \t]*(?:\*{1,2}[ \t]*)?)?"
)
# Where a sentence, and so a task, ends.
_SENTENCE_END = (
    r"\.(?=[\s*/)]|$)|[!?](?=\s)|[;:][ \t*]*\n|\n(?=[ \t]*\n)"
    r"|\n(?=[ \t]*(?:[-+•]|\*\*|#|\(?(?:[ivxlc]+|\d+(?:\.\d+)*|[a-z])[ \t]*[.)\-]))"
)
# Where the list that follows "Bộ trưởng Bộ Tài chính:" ends: the next item of a higher level.
_LIST_END = (
    r"\n(?=[ \t]*(?:\d+(?:\.\d+)*[ \t]*[.)]|[ivxlc]+[ \t]*[.\-]|\*\*|#|dieu[ \t]+\d|noi[ \t]+nhan))"
    r"|\n[ \t]*\n(?=[^ \t\n])(?![ \t]*(?:[a-z]\)|[-+•]))"
)
_LINE_END = re.compile(r"[ \t*]*\n")
# A day and month without a year ("31/12", "31 tháng 12"), right after a deadline cue.
_DAY_MONTH = re.compile(
    r"(?P<d>[0-3]?\d)\s*(?:/|-|\s+thang\s+)\s*(?P<m>[01]?\d)(?![\d/])(?!\s*(?:-|nam|/))"
)
_TASK_LIMIT = 1500
_BODY_LIMIT = 400


def _alternation(phrases) -> str:
    """A regex alternation of folded ``phrases``, longest first; spaces match any spaces."""
    parts = []
    for phrase in sorted({key(p) for p in phrases}, key=len, reverse=True):
        pieces = re.split(r"(\s*-\s*|\s*,\s*|\s+)", phrase)
        rx = []
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                rx.append(re.escape(piece))
            elif "-" in piece:
                rx.append(r"\s*-\s*")
            elif "," in piece:
                rx.append(r"\s*,\s*")
            else:
                rx.append(r"\s+")
        parts.append("".join(rx))
    return "(?:" + "|".join(parts) + ")"


def _words(phrases) -> str:
    return rf"(?<![a-z0-9]){_alternation(phrases)}(?![a-z0-9])"


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


@lru_cache(maxsize=4096)
def _signature(written: str) -> tuple[str, ...]:
    """Words with their marks, tone placement ignored: ``"uỷ"`` and ``"ủy"`` agree, ``"quận"``
    and ``"quan"`` do not. Folding alone would confuse them."""
    out = []
    for word in written.lower().split():
        letters = unicodedata.normalize("NFD", word)
        tone = "".join(c for c in letters if c in _TONES)
        out.append("".join(c for c in letters if c not in _TONES) + tone)
    return tuple(out)


def _signatures(phrases) -> frozenset[tuple[str, ...]]:
    return frozenset(_signature(p) for p in phrases)


def _trie(phrases) -> str:
    """A regex for any of ``phrases`` (folded), shaped as a trie: the engine tries one branch
    per letter instead of one per phrase. Spaces match any spaces, as in ``_alternation``."""
    root: dict = {}
    for phrase in {re.sub(r"\s*([,-])\s*", r"\1", key(p)) for p in phrases}:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [
            {" ": r"\s+", ",": r"\s*,\s*", "-": r"\s*-\s*"}.get(c, re.escape(c)) + emit(node[c])
            for c in sorted(k for k in node if k)
        ]
        if not branches:
            return ""
        group = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{group})?"
        return group

    return emit(root)


def _rests(rests: list[str]) -> str:
    """The words that follow a lead cue's first word (``giao`` [``nhiệm vụ``] ``cho``);
    optional when the first word is a cue by itself (``""`` among ``rests``)."""
    words = [r for r in rests if r]
    if not words:
        return ""
    return rf"(?:\s+{_trie(words)}){'?' if '' in rests else ''}"


@dataclass(frozen=True)
class _Patterns:
    # Candidates: each scan starts with a literal or a few characters, which the regex
    # engine finds fast; one alternation of them all would be tried at every position.
    lead_scans: tuple[re.Pattern[str], ...]
    boundary_scan: re.Pattern[str]
    line_scan: re.Pattern[str]
    line_at: re.Pattern[str]
    strong_words: tuple[str, ...]  # the last word of each strong predicate
    head: re.Pattern[str]
    head_kinds: dict[str, str]  # folded head → fixed, person, plural, named or place
    tail: re.Pattern[str]
    link: re.Pattern[str]
    lead: re.Pattern[str]
    not_after: re.Pattern[str]
    strong: re.Pattern[str]
    modal: re.Pattern[str]
    allowed: re.Pattern[str]
    not_charge: re.Pattern[str]
    verb: re.Pattern[str]
    gap: re.Pattern[str]
    separator: re.Pattern[str]
    word: re.Pattern[str]
    sentence_end: re.Pattern[str]
    list_end: re.Pattern[str]
    heading_scan: re.Pattern[str]
    heading_at: re.Pattern[str]
    caps_scan: re.Pattern[str]
    caps_at: re.Pattern[str]
    intro_scan: re.Pattern[str]
    intro_before: re.Pattern[str]
    end_scan: re.Pattern[str]
    zone_word: re.Pattern[str]
    due_cue: re.Pattern[str]
    due_start: re.Pattern[str]
    due_hint: re.Pattern[str]
    rounds: re.Pattern[str]
    year: re.Pattern[str]
    # Short words written with their marks: folded, "quận" is "quan", "giáo" is "giao".
    spelled: frozenset[tuple[str, ...]]
    spelled_not_charge: frozenset[tuple[str, ...]]


# A short numbered line (a long one is a paragraph: the first lookahead drops it at once):
# "III.", "II-", "Điều 6.", "2.1.", "a)", or a Markdown heading.
_HEADING = (
    r"(?=[^\n]{0,260}+(?:\n|\Z))[ \t]*(?:\*\*[ \t]*)?"
    r"(?:(?P<top>(?:phan|chuong|muc|dieu)[ \t]+[ivxlc\d]+|[ivxlc]+(?=[ \t]*[.\-)/])|#+)"
    r"|(?P<sub>\d+(?:\.\d+)*)|(?P<item>[a-z](?=\))))"
    r"[ \t]*[.\-)/:]?[ \t]*(?:\*\*)?[ \t]*(?P<rest>[^\n]{0,250})(?=\n|\Z)"
)
# A line with no lower-case letter, on the canonical text: "TỔ CHỨC THỰC HIỆN".
_LOWER = "".join(sorted({c for c in map(chr, range(0x61, 0x2000)) if c.islower()}))
_CAPS_LINE = rf"(?P<rest>[^\n{re.escape(_LOWER)}]{{4,250}}+)(?=\n|\Z)"


@cache
def _patterns() -> _Patterns:
    data = table("assignment_cues")
    heads = data["heads"]
    names = _trie(p for kind in _HEAD_KINDS for p in heads[kind])
    head = (
        r"(?<![a-z0-9])(?P<plural>(?:cac|nhung|moi|toan\s+the)\s+)?"
        rf"(?P<name>{names})(?![a-z0-9])"
    )
    head_kinds: dict[str, str] = {}
    for kind in _HEAD_KINDS:
        for phrase in heads[kind]:
            head_kinds.setdefault(_compact(key(phrase)), kind)
    # The first word of a head is enough to find where a name may begin; _head checks it all.
    firsts = _trie({key(p).split()[0].rstrip(",") for kind in _HEAD_KINDS for p in heads[kind]})
    ahead = rf"(?=(?:(?:cac|nhung|moi|toan\s+the)\s+)?{firsts}(?![a-z0-9]))"
    leads: dict[str, list[str]] = {}
    for phrase in data["lead"]["phrases"]:
        first, _, rest = key(phrase).partition(" ")
        leads.setdefault(first, []).append(rest)
    lead_scans = tuple(
        re.compile(
            rf"(?P<lead>{re.escape(first)}{_rests(rests)})"
            rf"(?![a-z0-9])(?:[ \t]*:)?[ \t]+(?:\*{{1,2}}[ \t]*)?{ahead}"
        )
        for first, rests in leads.items()
    )
    predicates = data["predicates"]
    zones = data["zones"]
    due = data["due"]
    return _Patterns(
        lead_scans=lead_scans,
        boundary_scan=re.compile(rf"(?P<sep>[.;!?:,])(?:\*{{1,2}})?[ \t]+{ahead}"),
        line_scan=re.compile(rf"\n{_MARKER}{ahead}"),
        line_at=re.compile(rf"{_MARKER}{ahead}"),
        strong_words=tuple({key(p).split()[-1] for p in predicates["strong"]}),
        head=re.compile(head),
        head_kinds=head_kinds,
        tail=re.compile(_words(data["tails"]["phrases"])),
        link=re.compile(_words(data["tails"]["links"])),
        lead=re.compile(_words(data["lead"]["phrases"])),
        not_after=re.compile(rf"{_words(data['lead']['not_after'])}[ \t]+$"),
        strong=re.compile(_words(predicates["strong"])),
        modal=re.compile(_words(predicates["modal"]) + _GAP),
        allowed=re.compile(_words(predicates["allowed"])),
        not_charge=re.compile(_words(predicates["not_charge"])),
        verb=re.compile(_words([*predicates["verbs"], *predicates["strong"]])),
        gap=re.compile(_GAP),
        separator=re.compile(r"[ \t]*(?:,|;|(?<![a-z0-9])va(?![a-z0-9])|:)[ \t]*"),
        word=re.compile(r"\w+"),
        sentence_end=re.compile(_SENTENCE_END),
        list_end=re.compile(_LIST_END),
        heading_scan=re.compile(r"\n" + _HEADING),
        heading_at=re.compile(_HEADING),
        caps_scan=re.compile(r"\n" + _CAPS_LINE),
        caps_at=re.compile(_CAPS_LINE),
        intro_scan=re.compile(r":[ \t*]*(?=\n|\Z)"),
        intro_before=re.compile(rf"{_words(zones['intro'])}[ \t]*$"),
        end_scan=re.compile(_alternation(zones["end"])),
        zone_word=re.compile(
            rf"(?P<review>{_words(zones['review'])})|(?P<directive>{_words(zones['directive'])})"
        ),
        due_cue=re.compile(
            rf"(?:(?P<cue>{_words(due['cues'])})|(?P<filler>{_words(due['filler'])}))"
            r"\s+(?:(?:ngay|thoi\s+diem|thoi\s+han)\s+)?"
            r"|(?<![a-z0-9])(?=0?[369]\s+thang\s*(?:,|va))"
        ),
        due_start=re.compile(r"\d|quy|thang|nam|cuoi|dau|nua|ngay"),
        due_hint=re.compile(r"\d|quy |nam"),
        rounds=re.compile(due["rounds"]),
        year=re.compile(r"(?:19|20)\d\d"),
        spelled=_signatures(
            [
                *(p for group in _HEAD_KINDS for p in heads[group] if " " not in p),
                *(p for p in data["tails"]["phrases"] if " " not in p),
                *data["lead"]["phrases"],
            ]
        ),
        spelled_not_charge=_signatures(p for p in predicates["not_charge"] if " " not in p),
    )


# In this order a head written in two lists takes the first ("chi bộ": fixed, not plural).
_HEAD_KINDS = ("fixed", "person", "plural", "named", "place")


def _compact(folded: str) -> str:
    """One spelling of a folded head: ``"sở ,  ban"`` → ``"so,ban"``."""
    return re.sub(r"\s*([,-])\s*", r"\1", " ".join(folded.split()))


def _as_written(text: str, start: int, end: int, pats: _Patterns) -> bool:
    """Whether the word at ``[start, end)`` is written as the cue (``quận``, not ``quan``).

    Only one-word heads and tails, and lead cues, are checked: longer names cannot be
    mistaken once folded."""
    return _signature(text[start:end]) in pats.spelled


# --- sections: which parts report, which charge -------------------------------------------


def _zone_of(heading: str, top: bool, pats: _Patterns) -> str | None:
    """``review`` or ``directive`` by the heading's first telling word; ``neutral`` for
    another top heading (``Điều 2. ...``); ``None``: the part goes on."""
    word = pats.zone_word.search(heading)
    if word is not None:
        return "review" if word.group("review") else "directive"
    return "neutral" if top else None


def _zones(
    text: str, folded: str, pats: _Patterns, start: str = "neutral"
) -> tuple[list[int], list[str]]:
    """Positions where a part begins and its kind: review, directive, neutral or end.

    ``start`` is the kind before any heading: a report (báo cáo) reviews until a heading
    of tasks."""
    marks: list[tuple[int, str]] = [(-1, start)]
    first = pats.heading_at.match(folded)
    for m in (*([first] if first else []), *pats.heading_scan.finditer(folded)):
        rest = m.group("rest").rstrip(" *")
        top = m.group("top") is not None
        if (
            (top and len(rest) <= 200)
            or (len(rest) <= 120 and not rest.endswith((".", ";", ",")))
            or rest.endswith(":")
        ) and (zone := _zone_of(rest, top, pats)):
            marks.append((m.start(), zone))
    first = pats.caps_at.match(text)
    for m in (*([first] if first else []), *pats.caps_scan.finditer(text)):
        line = folded[m.start("rest") : m.end("rest")]
        if zone := _zone_of(line, False, pats):
            marks.append((m.start(), zone))
    for m in pats.intro_scan.finditer(folded):
        if pats.intro_before.search(folded, max(0, m.start() - 30), m.start()):
            marks.append((m.end(), "directive"))
    for m in pats.end_scan.finditer(folded):
        line = folded.rfind("\n", 0, m.start()) + 1
        if not folded[line : m.start()].strip(" \t*#"):
            marks.append((m.start(), "end"))
    marks.sort()
    return [p for p, _ in marks], [k for _, k in marks]


# --- the body charged ---------------------------------------------------------------------


def _capitalised(text: str, pos: int, pats: _Patterns) -> int | None:
    """End of the word at ``pos`` when it is written with a capital (``Huyện``, ``MTTQ``)."""
    if pos < len(text) and text[pos].isupper():
        word = pats.word.match(text, pos)
        if word is not None:
            return word.end()
    return None


def _head(text: str, folded: str, pos: int, pats: _Patterns, listed: bool = False) -> int | None:
    """End of a body head at ``pos`` that stands as a name (``Bộ`` needs ``Tài chính``).

    ``listed``: the head follows a comma in a list, where ``các`` of the first item also
    counts for it (``các cấp ủy, tổ chức đảng``)."""
    h = pats.head.match(folded, pos)
    if h is None:
        return None
    name = h.group("name")
    if " " not in name and not _as_written(text, h.start("name"), h.end(), pats):
        return None
    kind = pats.head_kinds.get(name) or pats.head_kinds[_compact(name)]
    plural = h.group("plural") is not None or listed
    if kind == "plural" and not plural:
        return None
    if kind == "place" and not plural and not text[h.start("name")].isupper():
        return None
    if kind in ("named", "person") and not plural:
        nxt = pats.gap.match(folded, h.end()).end()
        if not (
            _capitalised(text, nxt, pats)
            or pats.tail.match(folded, nxt)
            or pats.head.match(folded, nxt)
        ):
            return None
    return h.end()


def _name_part(
    text: str, folded: str, pos: int, pats: _Patterns, listed: bool = False
) -> tuple[int, bool] | None:
    """End of a head, a tail word or a capitalised word at ``pos``; whether it was the last."""
    end = _head(text, folded, pos, pats, listed)
    tail = pats.tail.match(folded, pos)
    if tail is not None and (
        " " in tail.group() or _as_written(text, tail.start(), tail.end(), pats)
    ):
        return max(tail.end(), end or 0), False
    if end is not None:
        return end, False
    end = _capitalised(text, pos, pats)
    return (end, True) if end is not None else None


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


def _predicate_word(text: str, folded: str, pos: int, pats: _Patterns) -> bool:
    """Whether a verb or another word that follows a body's name begins at ``pos``
    (``chủ trì``, ``có``; not ``cơ`` of ``cơ sở``, which folds like ``có``)."""
    if pats.verb.match(folded, pos) or pats.allowed.match(folded, pos):
        return True
    m = pats.not_charge.match(folded, pos)
    return m is not None and (
        " " in m.group() or _signature(text[pos : m.end()]) in pats.spelled_not_charge
    )


def _plural_phrase(text: str, folded: str, pos: int, pats: _Patterns) -> tuple[int, bool] | None:
    """End of ``các`` + up to four lower-case words that close a list of bodies
    (``... và các cơ sở giáo dục chịu trách nhiệm``); no verb is taken."""
    if not folded.startswith("cac ", pos):
        return None
    end = None
    at = pos + 4
    for _ in range(4):
        at = pats.gap.match(folded, at).end()
        word = pats.word.match(text, at)
        if word is None or not text[at].islower():
            break
        lead = pats.lead.match(folded, at)
        if _predicate_word(text, folded, at, pats) or (
            lead and _as_written(text, at, lead.end(), pats)
        ):
            break
        end = at = word.end()
    return (end, False) if end is not None else None


def _body_end(text: str, folded: str, start: int, limit: int, pats: _Patterns) -> int | None:
    """End of the body's name from ``start`` (a head), with its qualifiers and coordinates.

    ``Hội đồng nhân dân, Ủy ban nhân dân thị xã; các đảng ủy, chi bộ trực thuộc Thị ủy``.
    """
    end = _head(text, folded, start, pats)
    if end is None:
        return None
    limit = min(limit, start + _BODY_LIMIT)
    # "các Bộ: Công an, Tài chính" — a plural head whose names follow a colon.
    bare_plural = (
        folded.startswith(("cac ", "nhung ", "moi "), start)
        and pats.head_kinds.get(_compact(folded[start:end].split(None, 1)[1])) == "named"
    )
    head_end = end
    capitals = 0  # capitalised words in a row just taken ("Hồ Chí Minh": 3)
    while True:
        pos = pats.gap.match(folded, end).end()
        if pos >= limit:
            break
        part = _name_part(text, folded, pos, pats)
        if part is not None:
            end, capital = part
            capitals = capitals + 1 if capital else 0
            continue
        if capitals == 1:
            second = _second_syllable(text, folded, end, pats)
            if second is not None:
                end, capitals = second, 0
                continue
        capitals = 0
        link = pats.link.match(folded, pos)
        if link is not None:
            after = pats.gap.match(folded, link.end()).end()
            part = _name_part(text, folded, after, pats)
            if part is not None:
                end, capital = part
                capitals = int(capital)
                continue
        if folded[pos] == "(":
            close = folded.find(")", pos, min(limit, pos + 40))
            if close != -1 and "\n" not in folded[pos:close]:
                end = close + 1
                continue
        sep = pats.separator.match(folded, end)
        if sep is None or sep.end() == end:
            break
        if ":" in sep.group() and not (bare_plural and end == head_end):
            break
        after = pats.gap.match(folded, sep.end()).end()
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


# --- what follows the body ----------------------------------------------------------------


@dataclass(frozen=True)
class _Predicate:
    kind: str  # strong, generic, colon, lead, none
    start: int  # where the task begins
    verb_end: int  # where the charging phrase ends


def _predicate(text: str, folded: str, pos: int, limit: int, pats: _Patterns) -> _Predicate:
    """What the sentence says of the body ending at ``pos``: ``colon`` when a list of tasks
    follows (``Bộ trưởng Bộ Tài chính:`` or ``1. Ban Tuyên giáo Huyện ủy`` on its own line)."""
    q = pats.gap.match(folded, pos).end()
    if q >= limit:
        return _Predicate("none", q, pos)
    if folded[q] == ":":
        return _Predicate("colon", q + 1, pos)
    if folded[q] == "\n":  # a name alone on its line, its tasks listed below
        return _Predicate("colon", q, pos)
    best = ("", 0)
    for kind, pattern in (
        ("strong", pats.strong),
        ("generic", pats.allowed),
        ("generic", pats.verb),
        ("none", pats.not_charge),
    ):
        m = pattern.match(folded, q)
        if m is None or m.end() - q <= best[1]:
            continue
        # one word must be written so: "giảm" is no charge, "giám sát" is one
        if (
            kind == "none"
            and " " not in m.group()
            and _signature(text[q : m.end()]) not in pats.spelled_not_charge
        ):
            continue
        best = (kind, m.end() - q)
    if best[0] == "none":
        return _Predicate("none", q, pos)
    verb = pats.verb.match(folded, q)
    verb_end = verb.end() if verb is not None else None
    if best[0] == "strong":
        modal = pats.modal.match(folded, q)
        start = modal.end() if modal is not None and modal.end() < limit else q
        return _Predicate("strong", start, max(verb_end or 0, q + best[1]))
    if pats.lead.match(folded, q):
        return _Predicate("lead", q, q)
    word = pats.word.match(text, q)
    if best[0] == "generic" or (word is not None and text[q].islower()):
        end = verb_end or (word.end() if word is not None else q + best[1])
        if verb_end is None and folded[end : end + 1] == " ":
            second = pats.word.match(text, end + 1)
            if second is not None and text[end + 1].islower():
                end = second.end()
        return _Predicate("generic", q, end)
    return _Predicate("none", q, pos)


# --- deadlines ----------------------------------------------------------------------------


def _default_year(meta: Meta | None) -> int | None:
    if meta is None:
        return None
    planned = meta.periods.planned if meta.periods else None
    for written in (planned[0] if planned else None, meta.issued_on):
        if written and written[:4].isdigit():
            return int(written[:4])
    return None


def _last_day(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def _due(
    doc: Doc, start: int, end: int, default_year: int | None, pats: _Patterns
) -> tuple[str | None, str | None]:
    """The first deadline written in ``[start, end)``: ``(due_text, ISO date or None)``."""
    folded = doc.folded
    if not pats.due_hint.search(folded, start, end):
        return None, None
    for cue in pats.due_cue.finditer(folded, start, end):
        q = cue.end()
        if not pats.due_start.match(folded, q):
            continue
        stop = min(end, q + 60)
        first = cue.start() if cue.group("cue") else q
        rounds = pats.rounds.match(folded, q, stop)
        if rounds is not None:
            year = int(rounds.group("y")) if rounds.group("y") else default_year
            due = _last_day(year, int(rounds.group("n"))) if year else None
            return squash(doc.text[first : rounds.end()]), due
        dates = find_dates(folded, q, stop)
        if dates and dates[0].span[0] <= q + 5:
            return squash(doc.text[first : dates[0].span[1]]), dates[0].iso
        day = _DAY_MONTH.match(folded, q, stop)
        if day is not None:  # "trước ngày 31/12": the year of the plan
            due = iso(default_year, int(day["m"]), int(day["d"])) if default_year else None
            return squash(doc.text[first : day.end()]), due
        periods = find_periods(folded, q, stop, default_year or 2000)
        if periods and periods[0].span[0] == q:
            period = periods[0]
            written = pats.year.search(folded, period.span[0], period.span[1])
            due = period.end if written or default_year else None
            return squash(doc.text[first : period.span[1]]), due
    return None, None


# --- the extractor ------------------------------------------------------------------------


def _task_end(folded: str, start: int, limit: int, pats: _Patterns, listed: bool) -> int:
    """Where the task from ``start`` ends: the sentence, or the list after a colon."""
    pattern = pats.list_end if listed else pats.sentence_end
    stop = pattern.search(folded, start, min(limit, start + _TASK_LIMIT))
    return stop.start() if stop is not None else min(limit, start + _TASK_LIMIT)


def _clean(text: str) -> str:
    return squash(text.replace("*", " ")).strip(" _:;,.-/")


class _Candidate(NamedTuple):
    kind: str  # lead, line, stop, comma
    start: int  # where the cue or the boundary begins
    body: int  # where the body's name begins
    lead_end: int = 0  # end of the lead cue


_REPORTS = {"BC"}
_OPENING = re.compile(r"[ \t*#>\-+•]*(?:\(?(?:[ivxlc]+|\d+(?:\.\d+)*|[a-z])[ \t]*[.)\-/:][ \t*]*)?")


def _opens(folded: str, pos: int) -> bool:
    """Whether ``pos`` begins its sentence (after a line start and list marker, or ``. ``):
    in a part that reports, only such a cue charges ("Giao ..."), not a narrated one
    ("Ban Thường vụ giao Ủy ban kiểm tra kiểm tra 12 tổ chức đảng")."""
    start = max(folded.rfind(c, 0, pos) for c in ".;:!?\n") + 1
    return _OPENING.fullmatch(folded, start, pos) is not None


def _wrapped(folded: str, newline: int, body: int) -> bool:
    """Whether the line break at ``newline`` only wraps a sentence (scanned or OCR text): the
    last line written before is long and ends inside a sentence, and no list marker follows."""
    if folded[newline:body].strip(" \t\n*"):
        return False
    # over blank lines: a page break may fall inside a sentence
    window = folded[max(0, newline - 400) : newline].rstrip()
    before = window[window.rfind("\n") + 1 :]
    return len(before) >= 60 and (before[-1].isalpha() or before[-1] == ",")


def _candidates(folded: str, lo: int, hi: int, pats: _Patterns) -> list[_Candidate]:
    """Places where a body's name begins: after a lead cue, a line start or a boundary."""
    found = [
        _Candidate("lead", m.start(), m.end(), m.end("lead"))
        for scan in pats.lead_scans
        for m in scan.finditer(folded, lo, hi)
    ]
    found.extend(
        _Candidate("comma" if m.group("sep") == "," else "stop", m.start(), m.end())
        for m in pats.boundary_scan.finditer(folded, lo, hi)
    )
    found.extend(
        _Candidate("line", m.start(), m.end())
        for m in pats.line_scan.finditer(folded, lo - 1 if lo else 0, hi)
    )
    if lo == 0 or folded[lo - 1] == "\n":
        first = pats.line_at.match(folded, lo, hi)
        if first is not None:
            found.append(_Candidate("line", lo, first.end()))
    found.sort(key=lambda c: (c.body, c.kind != "lead"))
    return found


def extract(doc: Doc) -> list[Assignment]:
    """Every charge of a body with a task in the body of ``doc``, in text order.

    ``"Giao Ủy ban kiểm tra tham mưu xây dựng chuyên đề kiểm tra."`` →
    ``Assignment(text="Giao Ủy ban kiểm tra tham mưu", responsible="Ủy ban kiểm tra",
    task="tham mưu xây dựng chuyên đề kiểm tra")``.
    """
    pats = _patterns()
    text, folded = doc.text, doc.folded
    lo, hi = doc.layout.body
    if hi <= lo:
        lo, hi = 0, len(text)
    report = doc.meta is not None and doc.meta.doc_type in _REPORTS
    positions, kinds = _zones(text, folded, pats, "review" if report else "neutral")
    default_year = _default_year(doc.meta)
    candidates = _candidates(folded, lo, hi, pats)
    leads = {c.start for c in candidates if c.kind == "lead"}
    found: list[Assignment] = []
    covered = lo
    for c in candidates:
        body_start = c.body
        if body_start < covered:
            continue
        zone = kinds[bisect.bisect_right(positions, c.start) - 1]
        is_lead = c.kind == "lead"
        if zone == "end" or (zone == "review" and not (is_lead and _opens(folded, c.start))):
            continue
        if c.kind == "line" and _wrapped(folded, c.start, c.body):
            continue
        if not is_lead and (zone != "directive" or c.kind == "comma"):
            # outside a part of tasks a strong predicate must follow: a cheap look first
            window = folded[body_start : body_start + _BODY_LIMIT]
            if not any(word in window for word in pats.strong_words):
                continue
        if is_lead and (
            folded[c.start - 1 : c.start].isalnum()
            or pats.not_after.search(folded, max(0, c.start - 20), c.start)
            or not _as_written(text, c.start, c.lead_end, pats)
        ):
            continue
        body_end = _body_end(text, folded, body_start, hi, pats)
        if body_end is None:
            continue
        pred = _predicate(text, folded, body_end, hi, pats)
        if pred.kind == "none":
            continue
        if not is_lead:
            if pred.kind == "lead" and pred.start in leads:
                continue
            generic = pred.kind in ("generic", "colon", "lead")
            if generic and (zone != "directive" or c.kind == "comma"):
                continue
        start = c.start if is_lead else body_start
        end = max(pred.verb_end, body_end)
        listed = pred.kind == "colon" and _LINE_END.match(folded, pred.start) is not None
        task_end = _task_end(folded, pred.start, hi, pats, listed)
        task = _clean(text[pred.start : task_end])
        if not task:  # "Đồng chí Bí thư Huyện ủy chủ trì." charges with nothing
            continue
        due_text, due = _due(doc, pred.start, task_end, default_year, pats)
        found.append(
            Assignment(
                text=text[start:end],
                span=(start, end),
                responsible=_clean(text[body_start:body_end]),
                task=task,
                due_text=due_text,
                due=due,
            )
        )
        covered = end
    return found
