"""assignments: who is charged with what, by when.

A body (a committee, a ministry, a position) is charged when
- a lead cue names it: ``giao`` / ``đề nghị`` / ``yêu cầu`` + body + task
  (``Giao Ủy ban kiểm tra tham mưu xây dựng chuyên đề ...``);
- it is the subject of a strong predicate, outside a part that reports
  (``Ban Thường vụ Thị ủy có trách nhiệm lãnh đạo ...``, ``Bộ Tài chính chủ trì, phối hợp ...``);
- it begins a sentence or list item in a part of tasks or of organisation, whatever its verb
  (under ``III. TỔ CHỨC THỰC HIỆN``: ``1. Hội đồng nhân dân, Ủy ban nhân dân thị xã ... quán triệt``).

``text``/``span`` is the charging phrase (cue, body and first verb), ``responsible`` the body
as written, ``task`` the rest of the sentence, ``due`` its first deadline
(:mod:`vankien.extract.assignment_deadlines`). Bodies and predicates are read by
:mod:`vankien.extract.assignment_bodies`, parts of the document by
:mod:`vankien.extract.assignment_zones`. Words are data (``data/assignment_cues.toml``);
matching is on the folded text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from vankien import regex_cache
from vankien.document import Doc
from vankien.extract import assignment_bodies as bodies
from vankien.extract.assignment_deadlines import default_year, due
from vankien.extract.assignment_phrases import cues, searched_words, trie, words
from vankien.extract.assignment_zones import zones
from vankien.folding import key
from vankien.layout import bodies as layout_bodies
from vankien.layout.signature import signing_body
from vankien.models import Assignment, Meta, trusted

KIND = "assignments"
REQUIRES: tuple[str, ...] = ("meta",)

# A list marker at the start of a line: "1.", "2.1.", "II-", "a)", "-", "**1.**", "### ". The
# lookahead passes over a line that starts with a word at once. An optional part is written
# "(?:X|)", not "(?:X)?": the same match, without the engine's costly repeat; the leading
# marks are possessive, as neither a marker nor a name begins with one.
_MARKER = (
    r"[ \t*#>]*+(?:(?=[-+•(\d]|[a-z][ivxlc]*[ \t]*[.)\-/:])"
    r"(?:[-+•]|\(?(?:[ivxlc]+|\d+(?:\.\d+)*|[a-z])[ \t]*[.)\-/:])[ \t]*(?:\*{1,2}[ \t]*|)|)"
)
# What may stand between a boundary or a lead cue and the body's name.
_AFTER_STOP = r"\*{0,2}+[ \t]++"  # possessive: a name begins with neither
_AFTER_LEAD = r"(?:[ \t]*[:,]|)[ \t]+(?:\*{1,2}[ \t]*|)"
# Where a sentence, and so a task, ends. Each branch begins with its character, so that the
# engine looks only at these characters.
_SENTENCE_END = (
    r"\.(?=[\s*/)]|$)|!(?=\s)|\?(?=\s)|;[ \t*]*\n|:[ \t*]*\n|\n(?=[ \t]*\n)"
    r"|\n(?=[ \t]*(?:[-+•]|\*\*|#|\(?(?:[ivxlc]+|\d+(?:\.\d+)*|[a-z])[ \t]*[.)\-]))"
)
# Where the list that follows "Bộ trưởng Bộ Tài chính:" ends: the next item of a higher level.
_LIST_END = (
    r"\n(?=[ \t]*(?:\d+(?:\.\d+)*[ \t]*[.)]|[ivxlc]+[ \t]*[.\-]|\*\*|#|dieu[ \t]+\d|noi[ \t]+nhan))"
    r"|\n[ \t]*\n(?=[^ \t\n])(?![ \t]*(?:[a-z]\)|[-+•]))"
)
_LINE_END = regex_cache.compile(r"[ \t*]*\n")
_OPENING = r"[ \t*#>\-+•]*(?:\(?(?:[ivxlc]+|\d+(?:\.\d+)*|[a-z])[ \t]*[.)\-/:][ \t*]*|)"
_TASK_LIMIT = 1500
_SENTENCE_LIMIT = 600
_DEMANDS = ("yeu cau", "de nghi")
_OPENER_LIMIT = 120  # the longest opening phrase of time or basis before its comma
_BODY_LIMIT = 400
_REPORTS = {"BC"}
# Kinds that charge from their first line: a conclusion, a directive ("Kết luận của Ban
# Thường vụ ...: 1. Ban Thường vụ Quận ủy ... thực hiện nghiêm ..."). Headings still open
# parts that report ("I. TÌNH HÌNH ...").
_DIRECTIVES = {"KL", "CT"}
_OPENING_DIRECTIVE = "opening directive"
_CHARGING = ("directive", _OPENING_DIRECTIVE)
# Candidate kinds, in the order they are tried for one body.
_LEAD, _STOP, _COMMA, _LINE = "lead", "stop", "comma", "line"
_STOPS = ".,;:!?"
# Stops written a few times a document: found by str.find, which skips to them at once,
# where a regex scan steps through every character.
_RARE_STOPS = ";:!?"
# A place where a body's name may begin: (body, rank, start, kind, lead_end).
_Candidate = tuple[int, int, int, str, int]


@dataclass
class _Patterns:
    # Each scan starts with a literal, which the regex engine finds fast; a scan that
    # starts with a class of characters is tried at every position of the text.
    # per first word of a lead cue (found by str.find): its cues, each followed by what stands
    # before the first word of a name; the regex tries the longest cue first
    leads: tuple[tuple[str, re.Pattern[str]], ...]
    ahead: str  # a lookahead for the first two words of a name (one, or "các" and one)
    first_word: str  # a lookahead for the first word of a name (or "các" and it)
    line: re.Pattern[str]
    line_start: re.Pattern[str]  # what follows the line break of ``line``: the first line
    not_after: re.Pattern[str]
    strong_words: tuple[str, ...]  # the last word of each strong predicate
    strong: re.Pattern[str]  # a strong predicate, searched for (first letters looked at)
    stop_in_names: bool  # a name's words may hold a full stop ("TP."): no sentence is cut
    sentence_end: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    data = cues()
    heads = data["heads"]
    firsts = {key(p).split()[0].rstrip(",") for kind in bodies.HEAD_KINDS for p in heads[kind]}
    # Where a name may begin, for bodies.head to check it all: "các" and a word; else the
    # first two words of a head that needs no "các" ("cơ quan" does), or its one word when
    # it has only one ("Ban" + any name).
    single = {name for name, kind in bodies.head_kinds().items() if kind != "plural"}
    starts = {_first_words(name) for name in single}
    starts = {p for p in starts if re.split("[ ,-]", p)[0] not in single or p in single}
    ahead = rf"(?={bodies.PLURAL}[a-z]|{trie(starts)}(?![a-z0-9]))"
    # After a lead cue, the first word of any head: a shorter cue is tried when it is not there.
    first_word = rf"(?=(?:{bodies.PLURAL}|){trie(firsts)}(?![a-z0-9]))"
    leads: dict[str, list[str]] = {}
    for phrase in data["lead"]["phrases"]:
        first, _, rest = key(phrase).partition(" ")
        leads.setdefault(first, []).append(rest)
    return _Patterns(
        leads=tuple(
            (
                first,
                regex_cache.compile(
                    rf"(?P<cue>{re.escape(first)}{_rests(rests)}(?![a-z0-9])){_AFTER_LEAD}{first_word}"
                ),
            )
            for first, rests in leads.items()
        ),
        ahead=ahead,
        first_word=first_word,
        line=regex_cache.compile(rf"\n{_MARKER}{ahead}"),
        line_start=regex_cache.compile(rf"{_MARKER}{ahead}"),
        not_after=regex_cache.compile(rf"{words(data['lead']['not_after'])}[ \t]+$"),
        strong_words=tuple({key(p).split()[-1] for p in data["predicates"]["strong"]}),
        strong=regex_cache.compile(searched_words(data["predicates"]["strong"])),
        stop_in_names=any(
            mark in phrase
            for phrases in (
                *(heads[kind] for kind in bodies.HEAD_KINDS),
                data["tails"]["phrases"],
                data["tails"]["links"],
            )
            for phrase in phrases
            for mark in ".!?"
        ),
        sentence_end=regex_cache.compile(_SENTENCE_END),
    )


def _first_words(name: str) -> str:
    """The first two words of a head's name, or its one word: ``"ban chi dao"`` → ``"ban chi"``."""
    m = re.match(r"[^ ,-]+(?:[ ,-][^ ,-]+)?", name)
    assert m is not None  # a head's name begins with a word
    return m.group()


def _rests(rests: list[str]) -> str:
    """The words that follow a lead cue's first word (``giao`` [``nhiệm vụ``] ``cho``);
    optional when the first word is a cue by itself (``""`` among ``rests``)."""
    words = [r for r in rests if r]
    if not words:
        return ""
    return rf"(?:\s+{trie(words)}{'|' if '' in rests else ''})"


@cache
def _opening() -> re.Pattern[str]:
    """The start of a sentence up to a cue, compiled when a cue is first read in a report."""
    return regex_cache.compile(_OPENING)


@cache
def _list_end() -> re.Pattern[str]:
    """Where a list of tasks after a colon ends, compiled when a document first has one."""
    return regex_cache.compile(_LIST_END)


@cache
def _stop_scan(char: str) -> re.Pattern[str]:
    """Where a name may begin after ``char`` (``.``, ``,``, ``;`` …), compiled when a document
    first writes it. After a comma, the most frequent, the first two words of the name are
    looked at; after another stop its first word is enough."""
    pats = _patterns()
    ahead = pats.ahead if char == "," else pats.first_word
    return regex_cache.compile(rf"{re.escape(char)}{_AFTER_STOP}{ahead}")


def _opening_zone(doc: Doc) -> str:
    """What the body is before its first heading: ``review`` in a report, a part of tasks in
    a conclusion or directive (a ``THÔNG BÁO kết luận`` too), where a listed verb must follow
    the body (``Đoàn kiểm tra số 1 ... đã tiến hành`` charges nobody), else ``neutral``."""
    meta = doc.meta
    if meta is None:
        return "neutral"
    if meta.doc_type in _REPORTS:
        return "review"
    if meta.doc_type in _DIRECTIVES:
        return _OPENING_DIRECTIVE
    if meta.doc_type == "TT" and "-TT/" in (meta.number or ""):
        return _OPENING_DIRECTIVE  # a Party thông tri ("08-TT/TU"), not a state thông tư
    if meta.doc_type == "TB" and _of_conclusion(doc, meta):
        return _OPENING_DIRECTIVE
    return "neutral"


def _of_conclusion(doc: Doc, meta: Meta) -> bool:
    """Whether a thông báo tells a conclusion: its title opens with ``kết luận`` (``THÔNG BÁO
    / kết luận của Ban Thường vụ ...``) or its kind line names one (``THÔNG BÁO KẾT LUẬN``)."""
    kind = doc.layout.kind
    return key(meta.title or "").startswith("ket luan") or (
        kind is not None and "ket luan" in doc.folded[kind[0] : kind[1]]
    )


def _charging(positions: list[int], kinds: list[str], end: int) -> list[tuple[int, int]]:
    """The stretches of text where a body may be charged without a lead cue: parts of tasks
    and neutral parts, not those that report nor what follows ``Nơi nhận``."""
    runs: list[tuple[int, int]] = []
    for i, kind in enumerate(kinds):
        if kind != "neutral" and kind not in _CHARGING:
            continue
        start, stop = positions[i], positions[i + 1] if i + 1 < len(positions) else end
        if runs and runs[-1][1] == start:
            start = runs.pop()[0]
        runs.append((start, stop))
    return runs


def _candidates(
    folded: str, lo: int, hi: int, pats: _Patterns, runs: list[tuple[int, int]]
) -> list[_Candidate]:
    """Places where a body's name may begin, in text order: after a lead cue anywhere, after
    a boundary or at a line start in the ``runs`` that may charge. Each is
    ``(body, rank, start, kind, lead_end)``."""
    found: list[_Candidate] = []
    add = found.append
    for first, lead in pats.leads:
        # the longest cue that a name follows: "giao cho", else "giao"
        at = folded.find(first, lo, hi)
        while at != -1:
            m = lead.match(folded, at, hi)
            if m is None:
                at = folded.find(first, at + 1, hi)
                continue
            add((m.end(), 0, at, _LEAD, m.end("cue")))
            at = folded.find(first, m.end(), hi)
    chars = [char for char in _STOPS if folded.find(char, lo, hi) != -1]
    scans = [
        (_COMMA if c == "," else _STOP, 1, _stop_scan(c), lo) for c in chars if c not in _RARE_STOPS
    ]
    scans.append((_LINE, 2, pats.line, lo - 1 if lo else 0))
    rare = [c for c in chars if c in _RARE_STOPS]
    for a, b in runs:
        for kind, rank, scan, scan_lo in scans:
            for m in scan.finditer(folded, max(a, scan_lo), hi):
                start, end = m.span()
                if start >= b:
                    break
                add((end, rank, start, kind, 0))
        for char in rare:
            _rare_stops(folded, char, max(a, lo), b, hi, add)
    if lo == 0 or folded[lo - 1] == "\n":  # the first line, as if behind a line break
        first_line = pats.line_start.match(folded, lo, hi)
        if first_line is not None and any(a <= lo < b for a, b in runs):
            add((first_line.end(), 2, lo, _LINE, 0))
    found.sort()
    return found


def _rare_stops(
    folded: str, char: str, a: int, b: int, hi: int, add: Callable[[_Candidate], None]
) -> None:
    """Where a name may begin after ``char``, a rare stop (``;``, ``:`` …), written in
    ``[a, b)``: ``"; các cơ quan"``. The same places as a scan with :func:`_stop_scan`."""
    scan = _stop_scan(char)
    at = folded.find(char, a, b)
    while at != -1:
        m = scan.match(folded, at, hi)
        if m is not None:
            add((m.end(), 1, at, _STOP, 0))
        at = folded.find(char, at + 1, b)


def _speaker(doc: Doc) -> Callable[[str], bool] | None:
    """Whether a folded subject names the body the document speaks for: its issuer, else
    (a copy without its header) the organ its authority line signs for, named with a
    committee of the document's level (``T/M ỦY BAN KIỂM TRA`` and ``Ủy ban Kiểm tra Trung
    ương`` in a central report)."""
    meta = doc.meta
    if meta is None:
        return None
    if meta.issuer:
        issuer = key(meta.issuer)
        return issuer.__eq__
    authority, level = doc.layout.authority, meta.level
    if authority is None or level is None:
        return None
    start, end = signing_body(doc.folded, authority)
    organ = " ".join(doc.folded[start:end].split())
    if not layout_bodies.is_organ(organ):
        return None
    return lambda subject: (
        subject.startswith(organ + " ") and layout_bodies.level_of(subject) == level
    )


def _opens(folded: str, pos: int, speaker: Callable[[str], bool] | None = None) -> bool:
    """Whether ``pos`` begins its sentence (after a line start and list marker, or ``. ``),
    or follows there only the body the document speaks for (:func:`_speaker`): in a part
    that reports, only such a cue charges ("Giao ...", "Ủy ban Kiểm tra Trung ương yêu cầu
    ..." in its own report), not a narrated one ("Ban Thường vụ giao Ủy ban kiểm tra kiểm
    tra 12 tổ chức đảng")."""
    line = folded.rfind("\n", 0, pos)
    start = max(line, *(folded.rfind(c, line + 1, pos) for c in ".;:!?")) + 1
    opening = _opening()
    if opening.fullmatch(folded, start, pos) is not None:
        return True
    if speaker is None:
        return False
    after_marker = opening.match(folded, start, pos).end()  # type: ignore[union-attr]
    return speaker(" ".join(folded[after_marker:pos].replace("*", " ").split()))


def _wrapped(folded: str, newline: int, body: int) -> bool:
    """Whether the line break at ``newline`` only wraps a sentence (scanned or OCR text): the
    last line written before is long and ends inside a sentence, and no list marker follows."""
    if folded[newline:body].strip(" \t\n*"):
        return False
    # over blank lines: a page break may fall inside a sentence
    window = folded[max(0, newline - 400) : newline].rstrip()
    before = window[window.rfind("\n") + 1 :]
    return len(before) >= 60 and (before[-1].isalpha() or before[-1] == ",")


def _task_end(folded: str, start: int, limit: int, pats: _Patterns, listed: bool) -> int:
    """Where the task from ``start`` ends: the sentence, or the list after a colon."""
    pattern = _list_end() if listed else pats.sentence_end
    stop = pattern.search(folded, start, min(limit, start + _TASK_LIMIT))
    return stop.start() if stop is not None else min(limit, start + _TASK_LIMIT)


def _clean(text: str) -> str:
    """Spaces squashed, markup stars and edge punctuation left out: ``"**lãnh  đạo**;"`` →
    ``"lãnh đạo"``. A text whose only blanks are single spaces (no tab, no line break, no
    other space: all printable) keeps its spaces as they are."""
    if "*" in text:
        text = text.replace("*", " ")
    if not text.isprintable() or "  " in text:
        text = " ".join(text.split())
    return text.strip(" _:;,.-/")


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
    positions, kinds = zones(text, folded, _opening_zone(doc), hi)
    candidates = _candidates(folded, lo, hi, pats, _charging(positions, kinds, hi + 1))
    leads = {c[2] for c in candidates if c[3] == _LEAD}
    found: list[Assignment] = []
    year = default_year(doc.meta)
    speaker = _speaker(doc)
    covered = lo
    head_at = bodies.head_pattern().match
    last_stop = -1  # the body after the last stop: a line starting there is the same charge
    seen = [-1, -1, -1]  # the last search for a strong predicate
    reach = -1  # where the sentence of the last lead cue's charge ends: its ";" clauses
    task_starts: list[int] = []  # where the task of each charge found begins
    for body_start, _, start, kind, lead_end in candidates:
        if body_start < covered or (kind == _LINE and body_start == last_stop):
            continue
        if kind == _STOP:
            last_stop = body_start
        h = head_at(folded, body_start)
        if h is None:
            continue
        is_lead = kind == _LEAD
        in_reach = kind == _STOP and start < reach and folded[start] == ";"
        zone = kinds[bisect.bisect_right(positions, start) - 1]
        if is_lead:  # lead cues are found in every part; others only where bodies are charged
            # in a part that reports, the body the document speaks for demands ("yêu cầu",
            # "đề nghị"); its "giao" there tells what it assigned in the period reviewed
            demand = speaker if folded.startswith(_DEMANDS, start) else None
            if zone == "end" or (zone == "review" and not _opens(folded, start, demand)):
                continue
        head_end = bodies.head_end(text, folded, h)
        if head_end is None:
            continue
        # outside a part of tasks a strong predicate must follow
        strong_only = (
            not is_lead
            and not in_reach
            and (
                (kind == _COMMA and not (zone in _CHARGING and _after_opener(folded, start)))
                or zone not in _CHARGING
            )
        )
        if strong_only and not _strong_may_follow(folded, head_end, hi, pats, seen):
            continue
        if kind == _LINE and _wrapped(folded, start, body_start):
            continue
        if is_lead and (
            folded[start - 1 : start].isalnum()
            or pats.not_after.search(folded, max(0, start - 20), start)
            or not bodies.as_written(text, start, lead_end)
        ):
            continue
        body_end = bodies.body_end(text, folded, body_start, hi, head_end)
        assert body_end is not None  # None only when no head's end is given
        pred = bodies.predicate(text, folded, body_end, hi)
        if pred.kind == "none" and is_lead:
            pred = _after_adverbial(text, folded, pred, hi)
        if pred.kind == "none":
            continue
        if pred.kind == "word" and not is_lead and zone == _OPENING_DIRECTIVE:
            continue  # before any heading of a conclusion, a listed verb must follow
        if not is_lead:
            if pred.kind == "lead" and pred.start in leads:
                continue
            if strong_only and (
                pred.kind != "strong" or not _near(folded, body_start, pred.strong_end, pats)
            ):
                continue
        start = start if is_lead else body_start
        end = max(pred.verb_end, body_end)
        listed = pred.kind == "colon" and _LINE_END.match(folded, pred.start) is not None
        task_end = _task_end(folded, pred.start, hi, pats, listed)
        if is_lead:
            reach = task_end
        elif in_reach:
            clause_end = folded.find(";", pred.start, task_end)
            task_end = task_end if clause_end == -1 else clause_end
        task = _clean(text[pred.start : task_end])
        if not task:  # "Đồng chí Bí thư Huyện ủy chủ trì." charges with nothing
            continue
        if in_reach and found and found[-1].span[1] <= start:
            found[-1] = _ended(text, folded, found[-1], task_starts[-1], start, year)
        due_text, due_on = due(text, folded, pred.start, task_end, year)
        task_starts.append(pred.start)
        found.append(
            trusted(
                Assignment,
                {
                    "text": text[start:end],
                    "span": (start, end),
                    "responsible": _clean(text[body_start:body_end]),
                    "task": task,
                    "due_text": due_text,
                    "due": due_on,
                },
            )
        )
        covered = end
    return found


def _after_adverbial(text: str, folded: str, pred: bodies.Predicate, hi: int) -> bodies.Predicate:
    """After a lead cue, the predicate past a phrase of time or basis between the body and its
    verb: ``Giao Ban Tổ chức Trung ương ... trong quá trình chuẩn bị các đề án, chủ động rà
    soát`` → ``chủ động``."""
    if _adverbial().match(folded, pred.start) is None:
        return pred
    comma = folded.find(",", pred.start, min(hi, pred.start + 160))
    if comma == -1 or _sentence_ends_in(folded, pred.start, comma):
        return pred
    after = bodies.predicate(text, folded, comma + 1, hi)
    return after if after.kind in ("strong", "generic") else pred


def _sentence_ends_in(folded: str, start: int, end: int) -> bool:
    """Whether a sentence ends in ``folded[start:end]``."""
    return _patterns().sentence_end.search(folded, start, end) is not None


def _after_opener(folded: str, comma: int) -> bool:
    """Whether the sentence opens with a phrase of time or basis ended by the ``comma``
    (:func:`_opener`): ``Dưới sự chỉ đạo của cấp ủy, các đảng bộ ...``."""
    line = folded.rfind("\n", max(0, comma - _OPENER_LIMIT), comma)
    if line == -1 and comma > _OPENER_LIMIT:
        return False
    start = max(line, *(folded.rfind(c, line + 1, comma) for c in ".;:!?,")) + 1
    if start > line + 1 and folded[start - 1] == ",":
        return False  # a second comma: the phrase is no opener
    return _opener().match(folded, start, comma) is not None


@cache
def _opener() -> re.Pattern[str]:
    """A list marker and the first words of an opening phrase (``[predicates] adverbials``
    and ``openers``)."""
    predicates = cues()["predicates"]
    return regex_cache.compile(
        _OPENING + words([*predicates["adverbials"], *predicates["openers"]])
    )


@cache
def _adverbial() -> re.Pattern[str]:
    """The words opening a phrase of time or basis (``[predicates] adverbials``)."""
    return regex_cache.compile(words(cues()["predicates"]["adverbials"]))


def _ended(
    text: str, folded: str, charge: Assignment, task_start: int, end: int, year: int | None
) -> Assignment:
    """``charge`` with its task (from ``task_start``) ended before the next body its lead
    cue reaches, its deadline read again: in ``Giao Ban Tuyên giáo tham mưu ...; Ban Tổ chức
    tham mưu ...``, the first task ends at ``;``."""
    task = _clean(text[task_start:end])
    if not task:
        return charge
    due_text, due_on = due(text, folded, task_start, end, year)
    return charge.model_copy(update={"task": task, "due_text": due_text, "due": due_on})


def _strong_may_follow(
    folded: str, head_end: int, hi: int, pats: _Patterns, seen: list[int]
) -> bool:
    """Whether a strong predicate may follow the name whose head ends at ``head_end``: one
    is written before the sentence ends. A name goes on over no full stop (only one inside
    brackets), so where a bracket opens first, or no full stop comes soon, it may.

    ``seen`` holds the last search (``[sentence end, searched from, first found or -1]``):
    the names of one sentence (``"các sở, ban, ngành"``) reuse it."""
    if pats.stop_in_names:
        return True
    stop = _full_stop(folded, head_end, head_end + _SENTENCE_LIMIT)
    found = stop != -1
    if not found:
        stop = head_end + _SENTENCE_LIMIT
    for mark in "!?":
        at = folded.find(mark, head_end, stop)
        if at != -1:
            stop, found = at, True
    if not found or folded.find("(", head_end, stop) != -1:
        return True
    if seen[0] == stop and seen[1] <= head_end and (seen[2] == -1 or seen[2] >= head_end):
        first = seen[2]  # the first one from an earlier name is the first from this one
    else:
        strong = pats.strong.search(folded, head_end, stop)
        first = -1 if strong is None else strong.start()
        seen[:] = (stop, head_end, first)
    return first != -1 and first < hi


def _full_stop(folded: str, start: int, end: int) -> int:
    """The first full stop in ``folded[start:end]`` that may end a sentence, or -1: not one
    inside an abbreviation (``T.Ư``, ``TP.HCM``) nor after a place word written short
    (``TP. Hồ Chí Minh``, :func:`vankien.extract.assignment_bodies.short_place_before`)."""
    at = folded.find(".", start, end)
    while at != -1 and (
        folded[at + 1 : at + 2].isalnum() or bodies.short_place_before(folded, at + 1)
    ):
        at = folded.find(".", at + 1, end)
    return at


def _near(folded: str, body_start: int, strong_end: int, pats: _Patterns) -> bool:
    """Whether the last word of a strong predicate is written within ``_BODY_LIMIT`` of the
    body's start: the strong predicate found, or another one."""
    if strong_end <= body_start + _BODY_LIMIT:
        return True
    window = folded[body_start : body_start + _BODY_LIMIT]
    return any(word in window for word in pats.strong_words)
