"""Parts of a document that report and parts that charge, for the assignments extractor.

A heading with a ``review`` word opens a part that reports (``I. KẾT QUẢ THỰC HIỆN ...``),
one with a ``directive`` word a part of tasks (``III. TỔ CHỨC THỰC HIỆN``); another top
heading (``Điều 2. ...``) a neutral part. A line ending with an ``intro`` phrase and a colon
opens a directive part (``Thủ tướng Chính phủ yêu cầu:``); ``Nơi nhận`` ends the body.
Words are data (``[zones]`` of ``data/assignment_cues.toml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from vankien import regex_cache
from vankien.extract.assignment_phrases import alternation, cues, searched_words, words
from vankien.folding import key

# A short numbered line: "III.", "II-", "Điều 6.", "2.1.", "a)", or a Markdown heading; not a
# subject line ("V/v báo cáo tình hình ..."). The first lookahead drops most lines at their
# first letter, the second a long one (a paragraph).
# An optional part is written "(?:X|)", not "(?:X)?": the same match, without the engine's
# costly repeat; the first lookahead only says yes or no, so its quantifiers are possessive.
_HEADING = (
    r"\n(?![ \t]*+v/v)(?=[ \t]*+(?:\*\*[ \t]*+|)"
    r"(?:[ivxlc][ivxlc]*+[ \t]*+[.\-)/]|[a-z]\)|phan|chuong|muc|dieu|#|\d))"
    r"(?=[^\n]{0,260}+(?:\n|\Z))"
    r"[ \t]*(?:\*\*[ \t]*|)"
    r"(?:(?P<top>(?:phan|chuong|muc|dieu)[ \t]+[ivxlc\d]+|[ivxlc]+(?=[ \t]*[.\-)/])|#+)"
    r"|(?P<sub>\d+(?:\.\d+)*)|(?P<item>[a-z](?=\))))"
    r"[ \t]*[.\-)/:]?[ \t]*(?:\*\*|)[ \t]*(?P<rest>[^\n]{0,250})(?=\n|\Z)"
)
_LONGEST_LINE = 260
# A line without an ASCII lower-case letter, on the canonical text ("TỔ CHỨC THỰC HIỆN");
# other lower-case letters are looked for on the few lines found.
_CAPS_LINE = r"\n(?P<rest>[^\na-z]{4,250}+)(?=\n|\Z)"
# Characters from U+2000 on (punctuation, symbols): their lower-case letters do not count.
_HIGH = regex_cache.compile("[\u2000-\U0010ffff]+")


@dataclass
class _Patterns:
    heading: re.Pattern[str]
    caps: re.Pattern[str]
    intro: re.Pattern[str]
    intro_before: re.Pattern[str]
    end: re.Pattern[str]
    end_starts: tuple[str, ...]  # the first word of each end phrase, as written folded
    word: re.Pattern[str]  # a review or directive word
    review: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    zones = cues()["zones"]
    return _Patterns(
        heading=regex_cache.compile(_HEADING),
        caps=regex_cache.compile(_CAPS_LINE),
        intro=regex_cache.compile(r":[ \t*]*(?=\n|\Z)"),
        intro_before=regex_cache.compile(rf"{words(zones['intro'])}[ \t]*$"),
        end=regex_cache.compile(alternation(zones["end"])),
        end_starts=tuple({re.split(r"[\s,-]", key(p), maxsplit=1)[0] for p in zones["end"]}),
        word=regex_cache.compile(searched_words([*zones["review"], *zones["directive"]])),
        review=regex_cache.compile(words(zones["review"])),
    )


def _no_lower(line: str) -> bool:
    """Whether ``line`` has no lower-case letter below U+2000 (its ASCII ones already
    excluded): ``"TỔ CHỨC THỰC HIỆN"`` has none, ``"TỔ CHỨC thực hiện"`` has."""
    if line.isupper() or line.isascii() or not any(map(str.islower, line)):
        return True
    if max(line) < "\u2000":  # a lower-case letter, and every letter below U+2000
        return False
    return not any(map(str.islower, _HIGH.sub("", line)))


def _lines(pattern: re.Pattern[str], text: str, stop: int) -> list[tuple[int, re.Match[str]]]:
    """Matches of a ``pattern`` that begins with a line break, on every line of ``text`` that
    begins before ``stop``, a line end (the first one too, matched behind a line break: its
    positions are one too far)."""
    end = text.find("\n")
    end = len(text) if end == -1 else end
    found: list[tuple[int, re.Match[str]]] = []
    if end <= _LONGEST_LINE:  # longer, no line pattern matches it
        first = pattern.match("\n" + text[:end])
        if first is not None:
            found.append((-1, first))
    found.extend((0, m) for m in pattern.finditer(text, 0, stop))
    return found


def zones(
    text: str, folded: str, start: str = "neutral", until: int | None = None
) -> tuple[list[int], list[str]]:
    """Positions where a part begins and its kind: review, directive, neutral or end.

    ``start`` is the kind before any heading: a report (báo cáo) reviews until a heading
    of tasks. ``"III. TỔ CHỨC THỰC HIỆN\\n..."`` → ``([-1, 0], ["neutral", "directive"])``.
    ``until``: no part that begins after it is needed (the end of the body, before ``Nơi
    nhận`` and the signature): headings are read only on the lines that begin before it.
    """
    pats = _patterns()
    stop = len(folded) if until is None else folded.find("\n", until)
    if stop == -1:
        stop = len(folded)
    marks: list[tuple[int, str]] = [(-1, start)]
    word, review = pats.word.search, pats.review.match
    for shift, m in _lines(pats.heading, folded, stop):
        rest = m.group("rest").rstrip(" *")
        if m.start("top") != -1:  # a top heading opens a part, neutral without a word
            if len(rest) > 200 and not rest.endswith(":"):
                continue
            found = word(rest)
            if found is None:
                marks.append((m.start() + shift + 1 if shift else m.start(), "neutral"))
                continue
        else:
            paragraph = (len(rest) > 120 or rest.endswith((".", ";", ","))) and not rest.endswith(
                ":"
            )
            found = None if paragraph else word(rest)
            if found is None:
                continue
        # a review word first where both begin
        zone = "review" if review(rest, found.start()) else "directive"
        marks.append((m.start() + shift + 1 if shift else m.start(), zone))
    for shift, m in _lines(pats.caps, text, stop):
        if _no_lower(m.group("rest")):
            line = folded[m.start("rest") + shift : m.end() + shift]
            found = word(line)
            if found is not None:
                zone = "review" if review(line, found.start()) else "directive"
                marks.append((m.start() + shift + 1 if shift else m.start(), zone))
    for end in _intros(folded, stop, pats):
        marks.append((end, "directive"))
    for m in pats.end.finditer(folded, _first(folded, pats.end_starts)):
        line_start = folded.rfind("\n", 0, m.start()) + 1
        if not folded[line_start : m.start()].strip(" \t*#"):
            marks.append((m.start(), "end"))
    marks.sort()
    return [p for p, _ in marks], [k for _, k in marks]


def _first(folded: str, words: tuple[str, ...]) -> int:
    """Where the first of ``words`` is written (``nơi`` of ``Nơi nhận``), else the end: no
    phrase that begins with one of them begins before."""
    if not all(words):
        return 0
    return min((at for word in words if (at := folded.find(word)) != -1), default=len(folded))


def _intros(folded: str, stop: int, pats: _Patterns) -> list[int]:
    """Ends of the lines before ``stop`` that close with an ``intro`` phrase and a colon
    (``yêu cầu:``), found from each colon written (str.find skips to it, where a regex scan steps through every
    character)."""
    ends: list[int] = []
    at = folded.find(":", 0, stop)
    while at != -1:
        m = pats.intro.match(folded, at)
        if m is not None and pats.intro_before.search(folded, max(0, at - 30), at):
            ends.append(m.end())
        at = folded.find(":", at + 1, stop)
    return ends
