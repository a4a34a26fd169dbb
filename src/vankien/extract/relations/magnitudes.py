"""Sums of money written with a scale word whose number is already large.

``27.075.000.000 triệu đồng`` → ``unit`` {value: 27075000000, scale: 1e6, amount: 2.7075e16}:
the value and the scale as written, so the check can judge the magnitude. Only numbers of a
million or more before a scale word are kept (``1.393,757 tỷ đồng`` is not).
"""

from __future__ import annotations

import re

from vankien.document import Doc
from vankien.extract.relations._shared import NUM, SCALES, number, relation
from vankien.models import Relation

_SCALED = re.compile(
    rf"(?P<num>{NUM})\s*(?P<scale>(?:(?:nghin|ngan|trieu|ty|ti)\s+)*(?:nghin|ngan|trieu|ty|ti))"
    r"\s+(?:dong|vnd)(?![a-z])"
)
LARGE = 1e6


def find(doc: Doc) -> list[Relation]:
    """Every large scaled sum of money of ``doc`` as a ``unit`` relation."""
    found: list[Relation] = []
    for match in _SCALED.finditer(doc.folded):
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
                match.span(),
                {"value": value, "scale": scale, "amount": value * scale},
                spans={"value": match.span("num")},
            )
        )
    return found
