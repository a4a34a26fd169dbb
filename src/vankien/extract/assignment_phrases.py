"""The phrases of ``data/assignment_cues.toml`` as regexes on the folded text, and the
check that a short word is written as the cue (``quận`` is not ``quan`` once folded).

A space in a phrase matches any run of whitespace, ``", "`` any comma with spaces, ``" - "``
any dash: ``"sở, ban, ngành"`` matches ``"sở ,ban,  ngành"``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from vankien import regex_cache
from vankien.folding import key
from vankien.vocab import table

_SEPARATOR = {" ": r"\s+", ",": r"\s*,\s*", "-": r"\s*-\s*"}


def cues() -> Any:
    """The parsed ``data/assignment_cues.toml``."""
    return table("assignment_cues")


_AROUND_MARKS = regex_cache.compile(r"\s*([,-])\s*")


@lru_cache(maxsize=1024)
def compact(folded: str) -> str:
    """One spelling of a folded phrase: ``"sở ,  ban"`` → ``"so,ban"``."""
    return _AROUND_MARKS.sub(r"\1", " ".join(folded.split()))


def _longest_first(phrase: str) -> tuple[int, str]:
    """Longer phrases first (a regex takes the first branch that matches), ties in a fixed
    order so that the same data always makes the same pattern."""
    return -len(phrase), phrase


@regex_cache.remembered
def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of folded ``phrases``, longest first."""
    parts: list[str] = []
    for phrase in sorted({key(p) for p in phrases}, key=_longest_first):
        pieces = re.split(r"(\s*-\s*|\s*,\s*|\s+)", phrase)
        rx: list[str] = []
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                rx.append(re.escape(piece))
            elif "-" in piece:
                rx.append(_SEPARATOR["-"])
            elif "," in piece:
                rx.append(_SEPARATOR[","])
            else:
                rx.append(_SEPARATOR[" "])
        parts.append("".join(rx))
    return "(?:" + "|".join(parts) + ")"


@regex_cache.remembered
def trie(phrases: Iterable[str]) -> str:
    """A regex for any of ``phrases`` (folded), shaped as a trie: the engine tries one branch
    per letter instead of one per phrase. Matches what :func:`alternation` matches."""
    return _emit(_root(phrases))


def _root(phrases: Iterable[str]) -> dict:
    """The letters of the compact folded ``phrases`` as a tree; ``""`` marks a phrase's end."""
    root: dict = {}
    for phrase in {compact(key(p)) for p in phrases}:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return root


def _emit(node: dict) -> str:
    branches = [
        _SEPARATOR.get(c, re.escape(c)) + _emit(node[c]) for c in sorted(k for k in node if k)
    ]
    if not branches:
        return ""
    group = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # optional as "(?:X|)", not "(?:X)?": the same match, without the engine's costly repeat
    return f"(?:{group}|)" if "" in node else group


@regex_cache.remembered
def words(phrases: Iterable[str]) -> str:
    """Any of ``phrases`` as whole words, for matching at a known position: a trie, which
    tries one branch per letter where an alternation tries every phrase in turn."""
    return rf"(?<![a-z0-9]){trie(phrases)}(?![a-z0-9])"


@regex_cache.remembered
def searched_words(phrases: Iterable[str], then: str = "", mark: str = "") -> str:
    """Any of ``phrases`` as whole words, each followed by ``then``, for searching a text:
    every branch begins with a letter (the word's start is checked behind it), so the engine
    skips the letters no phrase begins with instead of trying the whole pattern everywhere.
    Matches what :func:`words` matches; with ``mark``, each branch ends with an empty group
    named ``mark`` + a number, which ``Match.lastgroup`` reports."""
    root = _root(phrases)
    return "|".join(
        rf"{re.escape(c)}(?<![a-z0-9]{re.escape(c)}){_emit(root[c])}(?![a-z0-9])"
        + (f"(?P<{mark}{i}>)" if mark else "")
        + then
        for i, c in enumerate(sorted(root))
    )


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


@lru_cache(maxsize=4096)
def signature(written: str) -> tuple[str, ...]:
    """Words with their marks, tone placement ignored: ``"uỷ"`` and ``"ủy"`` agree, ``"quận"``
    and ``"quan"`` do not. Folding alone would confuse them."""
    out: list[str] = []
    for word in written.lower().split():
        letters = unicodedata.normalize("NFD", word)
        tone = "".join(c for c in letters if c in _TONES)
        out.append("".join(c for c in letters if c not in _TONES) + tone)
    return tuple(out)


def signatures(phrases: Iterable[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(signature(p) for p in phrases)
