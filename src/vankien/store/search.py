"""Full-text search: a user's query → an FTS5 expression over the folded text, and each
hit's section and highlighted snippet.

Both the index and the query are folded (:func:`vankien.folding.fold`: lower case, no
marks, đ→d), so ``thu ngan sach``, ``THU NGÂN SÁCH`` and ``thu ngân sách`` are the same
query. Folding keeps offsets, so a match found in the folded text is a span of the text.
Words are all required, and documents that write them together rank first; ``"…"`` is a phrase; ``word*`` a prefix; ``OR`` between words
allows either; a number-symbol (``04-NQ/TU``) is a phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from vankien.folding import fold
from vankien.store.rows import DocRow, SectionRow

SNIPPET = 240
HEADING = 70
_QUOTED = re.compile(r'"([^"]*)"?')
_WORD = re.compile(r"\w+\*?")
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Query:
    """A parsed query: its terms (each a phrase of folded tokens), what each covers of
    the words the user wrote, and the FTS5 expression."""

    terms: tuple[tuple[str, ...], ...]
    prefix: tuple[bool, ...]
    covers: tuple[frozenset[int], ...]
    expression: str
    # The loose words as one phrase: documents that write them together come first.
    first: str | None = None


def _quote(tokens: tuple[str, ...], prefix: bool = False) -> str:
    return '"' + " ".join(tokens) + '"' + (" *" if prefix else "")


def parse(query: str) -> Query | None:
    """The terms of ``query``; ``None`` when it has no word.

    ``'Thu ngân sách "04-NQ/TU"'`` → terms ``("thu",), ("ngan",), ("sach",), ("04", "nq",
    "tu")`` and, to rank the words written together first, the phrase ``("thu", "ngan",
    "sach")``.
    """
    terms: list[tuple[str, ...]] = []
    prefix: list[bool] = []
    ops: list[str] = []
    pos = 0
    pieces: list[tuple[str, bool]] = []  # (text, quoted)
    for match in _QUOTED.finditer(query):
        pieces.append((query[pos : match.start()], False))
        pieces.append((match.group(1), True))
        pos = match.end()
    pieces.append((query[pos:], False))
    loose: list[int] = []  # single words written without quotes, in order
    for text, quoted in pieces:
        if quoted:
            tokens = tuple(_TOKEN.findall(fold(text)))
            if tokens:
                terms.append(tokens)
                prefix.append(False)
                ops.append("AND")
            continue
        for raw in text.split():
            if raw == "OR" and terms:
                ops[-1] = "OR"
                continue
            tokens = tuple(_TOKEN.findall(fold(raw)))
            if not tokens:
                continue
            if len(tokens) == 1 and not raw.endswith("*"):
                loose.append(len(terms))
            terms.append(tokens)
            prefix.append(len(tokens) == 1 and raw.endswith("*"))
            ops.append("AND")
    if not terms:
        return None
    parts: list[str] = []
    for i, (tokens, is_prefix) in enumerate(zip(terms, prefix, strict=True)):
        if i:
            parts.append("OR" if ops[i - 1] == "OR" else "AND")
        parts.append(_quote(tokens, is_prefix))
    expression = " ".join(parts)
    covers = [frozenset({i}) for i in range(len(terms))]
    first = None
    if len(loose) == len(terms) > 1 and "OR" not in ops:
        phrase = tuple(t for i in loose for t in terms[i])
        first = _quote(phrase)
        terms.append(phrase)
        prefix.append(False)
        covers.append(frozenset(loose))
    return Query(tuple(terms), tuple(prefix), tuple(covers), expression, first)


@cache
def _compiled(
    terms: tuple[tuple[str, ...], ...], prefix: tuple[bool, ...], order: tuple[int, ...]
) -> re.Pattern[str]:
    # No leading \b: a pattern that starts with letters is scanned for fast; the left
    # word boundary is checked on each match instead.
    alternatives = []
    for i in order:
        body = r"\W+".join(re.escape(t) for t in terms[i])
        tail = r"\w*" if prefix[i] else r"\b"
        alternatives.append(rf"(?P<t{i}>{body}{tail})")
    return re.compile("|".join(alternatives))


def matches(
    query: Query,
    folded: str,
    start: int = 0,
    end: int | None = None,
    terms: tuple[int, ...] | None = None,
) -> list[tuple[int, int, int]]:
    """``(start, end, term index)`` of each occurrence of a term (of ``terms``, default
    all; the phrase before its words) in ``folded[start:end]``."""
    wanted = range(len(query.terms)) if terms is None else terms
    order = tuple(sorted(wanted, key=lambda i: -len(query.covers[i])))
    pattern = _compiled(query.terms, query.prefix, order)
    end = len(folded) if end is None else end
    out = []
    pos = start
    while match := pattern.search(folded, pos, end):
        at = match.start()
        if at and (folded[at - 1].isalnum() or folded[at - 1] == "_"):
            pos = at + 1
            continue
        term = int(match.lastgroup[1:]) if match.lastgroup else 0
        out.append((at, match.end(), term))
        pos = max(match.end(), at + 1)
    return out


@dataclass(frozen=True)
class Hit:
    """A document found: where (section, span) and a snippet with highlights.

    ``highlights`` are spans into ``snippet``; ``span`` is the snippet's span in the text.
    """

    doc: DocRow
    rank: float
    section: str | None
    snippet: str
    highlights: tuple[tuple[int, int], ...]
    span: tuple[int, int]
    count: int


def section_path(sections: list[SectionRow], at: int) -> str | None:
    """The labels and heading of the deepest section containing offset ``at``:
    ``"II › 2 › 2.3 Về phát triển kinh tế"``."""
    best: SectionRow | None = None
    for section in sections:
        if section.start <= at < section.end and (best is None or section.depth >= best.depth):
            best = section
    if best is None:
        return None
    chain = [best]
    by_idx = {s.idx: s for s in sections}
    while chain[-1].parent is not None and chain[-1].parent in by_idx:
        chain.append(by_idx[chain[-1].parent])
    labels = " › ".join(s.label for s in reversed(chain))
    heading = " ".join(best.heading.split())
    if len(heading) > HEADING:
        heading = (
            heading[: heading.rfind(" ", 0, HEADING) if " " in heading[:HEADING] else HEADING]
            + " …"
        )
    return f"{labels} {heading}".strip()


def snippet(
    query: Query, text: str, folded: str, sections: list[SectionRow], width: int = SNIPPET
) -> tuple[str | None, str, tuple[tuple[int, int], ...], tuple[int, int], int]:
    """The best window of ``text`` for ``query``: the one that shows the most distinct
    terms (ties: the earliest), with its section, highlights, span and the match count.
    ``folded`` is the folded copy of ``text`` (same length).

    When the words are written together somewhere, windows start at those places and
    only the words inside the chosen window are looked for (common words are not counted
    over the whole text)."""
    if len(folded) != len(text):
        folded = fold(text)
    found: list[tuple[int, int, int]] = []
    if query.first is not None:
        found = matches(query, folded, terms=(len(query.terms) - 1,))
    together = bool(found)
    count = len(found)
    if not together:
        found, count = _around_rarest(query, folded, width)
    if not found:
        end = min(len(text), width)
        return None, " ".join(text[:end].split()), (), (0, end), 0
    best_at = _best_window(query, found, width * 2 // 3)
    anchor = found[best_at][0]
    start = max(0, anchor - width // 3)
    if start:
        space = text.rfind(" ", max(0, start - 20), start)
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.find(" ", end, end + 20)
        end = space if space >= 0 else end
    window_text = text[start:end]
    # Collapse whitespace while keeping highlight offsets: map each kept char.
    out_chars: list[str] = []
    index: list[int] = []
    previous_space = False
    for offset, char in enumerate(window_text):
        if char.isspace():
            if previous_space or not out_chars:
                continue
            char, previous_space = " ", True
        else:
            previous_space = False
        out_chars.append(char)
        index.append(offset)
    position = {offset: i for i, offset in enumerate(index)}
    if together:
        found = matches(query, folded, start, end)
    highlights = []
    for s, e, _ in found:
        if s >= start and e <= end:
            a = position.get(s - start)
            b = position.get(e - 1 - start)
            if a is not None and b is not None:
                highlights.append((a, b + 1))
    return (
        section_path(sections, anchor),
        "".join(out_chars).rstrip(),
        tuple(highlights),
        (start, end),
        count,
    )


def _best_window(query: Query, found: list[tuple[int, int, int]], span: int) -> int:
    """The index of the match that starts the best window of ``span`` characters: most
    words covered, then most phrases, then most matches; the earliest on ties. One pass,
    counting the terms that enter and leave the window."""
    counts = [0] * len(query.terms)
    phrases = 0
    best_at, best_score = 0, (-1, 0, 0)
    j = 0
    for i, (start, _, _) in enumerate(found):
        while j < len(found) and (j == i or found[j][1] <= start + span):
            term = found[j][2]
            counts[term] += 1
            phrases += len(query.covers[term]) > 1
            j += 1
        covered: set[int] = set()
        for term, count in enumerate(counts):
            if count:
                covered |= query.covers[term]
        score = (len(covered), phrases, j - i)
        if score > best_score:
            best_at, best_score = i, score
        term = found[i][2]
        counts[term] -= 1
        phrases -= len(query.covers[term]) > 1
    return best_at


def _around_rarest(
    query: Query, folded: str, width: int, anchors: int = 50
) -> tuple[list[tuple[int, int, int]], int]:
    """The matches near the places where the rarest term of the query is written (the
    whole text is not searched for common words), and how many such places there are."""
    written = [t for t in range(len(query.terms)) if len(query.covers[t]) == 1]
    counted = sorted((folded.count(" ".join(query.terms[t])), t) for t in written)
    for count, term in counted:
        if not count:
            continue
        places = matches(query, folded, terms=(term,))
        if not places:
            continue
        ranges: list[list[int]] = []
        for start, end, _ in places[:anchors]:
            low, high = max(0, start - width), min(len(folded), end + width)
            if ranges and low <= ranges[-1][1]:
                ranges[-1][1] = max(ranges[-1][1], high)
            else:
                ranges.append([low, high])
        found = [m for low, high in ranges for m in matches(query, folded, low, high)]
        return found, len(places)
    return [], 0
