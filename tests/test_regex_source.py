"""What a regex's source says of every match: the literal it opens with, its leading words."""

from __future__ import annotations

import pytest

from vankien.regex_source import leading_words, literal_opening


@pytest.mark.parametrize(
    ("regex", "opening"),
    [
        (r"noi\s+nh[a-z]n\b\s*:?", "noi"),
        (r",\s*(?P<date>ngay(?:x|y))", ","),
        ("ngay?", "nga"),
        ("a|b", ""),
        ("(?:a|b)c", ""),
        ("a(?:b|c)", "a"),
        (r"x\|y", "x"),
        ("[|]x", ""),
        (r"quy(?<![a-z]quy)\s+", "quy"),
        ("nams?", "nam"),
        ("dau|tu dau", ""),
    ],
)
def test_literal_opening(regex: str, opening: str) -> None:
    assert literal_opening(regex) == opening


@pytest.mark.parametrize(
    ("source", "words"),
    [
        (r"(?:hoi nghi|phien hop|hop(?<![a-z]hop))\s+", ("hoi nghi", "phien hop", "hop")),
        (r"(?:ab?|cd)x", ("a", "cd")),
        (r"(?:a|b)?x", ()),
        (r"(?:a|b)x|y", ()),
        (r"(?:a|[bc]d)x", ()),
        (r"ab", ()),
    ],
)
def test_leading_words(source: str, words: tuple[str, ...]) -> None:
    assert leading_words(source) == words
