"""What the source of a regex says of every match: the literal it opens with, the words one
of which it holds. Rules use these to skip, with a ``str.find``, a text that cannot match.

``literal_opening(r"noi\\s+nh[a-z]n")`` → ``"noi"``.
"""

from __future__ import annotations

from collections.abc import Iterator

from vankien import regex_cache

# What a regex may open with that stands for itself: letters, digits, blanks, ``,:/-``.
_LITERAL = regex_cache.compile(r"[a-z0-9 ,:/-]*")
_OPTIONAL = ("?", "*", "{")  # after a character or a group: it may be absent


def _syntax(source: str) -> Iterator[tuple[int, str, int]]:
    """The characters of a regex that are syntax, with their index and the group depth
    before them: not escaped, not inside a set (``[...]``)."""
    depth = 0
    escaped = in_class = False
    for at, char in enumerate(source):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            yield at, char, depth
            if char in "()":
                depth += 1 if char == "(" else -1


def branches(source: str) -> list[str]:
    """The top-level alternatives of a regex: ``"a|(?:b|c)"`` → ``["a", "(?:b|c)"]``."""
    cuts = [at for at, char, depth in _syntax(source) if char == "|" and depth == 0]
    bounds = [-1, *cuts, len(source)]
    return [source[a + 1 : b] for a, b in zip(bounds[:-1], bounds[1:], strict=True)]


def literal_opening(source: str) -> str:
    """The literal every match of a regex opens with, ``""`` when it cannot tell:
    ``"quy(?<![a-z]quy)\\s+"`` → ``"quy"``; ``",\\s*ngay"`` → ``","``; ``"nams?"`` → ``"nam"``
    (a quantifier makes the last letter optional); ``"dau|tu dau"`` → ``""``."""
    if len(branches(source)) > 1:
        return ""
    opening = _LITERAL.match(source).group()
    if source[len(opening) : len(opening) + 1] in _OPTIONAL:
        opening = opening[:-1]
    return opening


def leading_words(source: str) -> tuple[str, ...]:
    """The literals a regex that opens with a group of alternatives may begin with, one of
    which every match holds: ``"(?:hoi nghi|hop(?<![a-z]hop))\\s+"`` → ``("hoi nghi", "hop")``.

    ``()`` when the regex opens otherwise or an alternative begins with no literal.
    """
    if not source.startswith("(?:") or len(branches(source)) > 1:
        return ()
    close = next(at for at, char, depth in _syntax(source) if char == ")" and depth == 1)
    if source[close + 1 : close + 2] in _OPTIONAL:
        return ()  # the group may be absent
    words = tuple(literal_opening(branch) for branch in branches(source[3:close]))
    return () if "" in words else words
