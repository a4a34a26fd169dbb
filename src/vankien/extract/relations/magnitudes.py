"""Sums of money written with a scale word whose number is already large.

``27.075.000.000 triệu đồng`` → ``unit`` {value: 27075000000, scale: 1e6, amount: 2.7075e16}:
the value and the scale as written, so the check can judge the magnitude. Only numbers of a
million or more before a scale word are kept (``1.393,757 tỷ đồng`` is not).
"""

from __future__ import annotations

from vankien import regex_cache
from vankien.document import Doc
from vankien.extract.relations._shared import (
    SCALE_RUN,
    SCALES,
    Index,
    RelationFields,
    number,
    relation,
)

# A number of a million or more (written with two or more dot groups) and a scale word,
# read backwards from the money word ("đồng") that the finder starts from.
_SCALED = regex_cache.compile(
    r"(?<![\d.,/])(?P<num>\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?)\s*"
    rf"(?P<scale>{SCALE_RUN})\s+\Z"
)
LARGE = 1e6


def find(doc: Doc, index: Index | None = None) -> list[RelationFields]:
    """Every large scaled sum of money of ``doc`` as a ``unit`` relation.

    Such a sum is found from the last dot group of its number (``".000 triệu đồng"``), among
    what the index found after the text's dots (:meth:`Index.dotted`)."""
    folded = doc.folded
    found: list[RelationFields] = []
    index = index or Index.of(folded)
    for candidate in index.dotted():
        money = candidate.start("money")
        if money == -1:
            continue  # a date: ".12.2022"
        match = _SCALED.search(folded, max(0, money - 40), money)
        if not match:
            continue
        value, _ = number(match["num"])
        if value < LARGE:
            continue
        scale = 1.0
        for word in match["scale"].split():
            scale *= SCALES[word]
        found.append(
            relation(
                doc,
                "unit",
                (match.start(), money + 4 if folded.startswith("dong", money) else money + 3),
                {"value": value, "scale": scale, "amount": value * scale},
                spans={"value": match.span("num")},
            )
        )
    return found
