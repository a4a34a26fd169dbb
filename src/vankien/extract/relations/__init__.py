"""relations extractor: numbers the text relates, read once here so checks never re-parse.

One finder per kind of relation, each a module of this package:

- ``ratios``: ``ratio`` (a fraction and the percent stated for it) and mixed-scale ``unit``;
- ``magnitudes``: ``unit`` (a large sum of money written with a scale word);
- ``totals``: ``total`` (a total and its listed parts, ``exhaustive`` or not);
- ``changes``: ``change`` (two compared values and the stated difference);
- ``verdicts``: ``verdict`` (a result, its target and the text's verdict);
- ``dates``: ``date`` (a date that cannot exist) and ``date_range``.

``"có 56/74 ấp, khu phố ..., đạt 75,56%"`` → ``Relation(kind="ratio", values={"part": 56,
"whole": 74, "percent": 75.56}, decimals={"percent": 2})``.
"""

from __future__ import annotations

from vankien.document import Doc
from vankien.extract.relations import changes, dates, magnitudes, ratios, totals, verdicts
from vankien.extract.relations._shared import Index, RelationFields, relations
from vankien.models import Relation

KIND = "relations"
REQUIRES: tuple[str, ...] = ()
FINDERS = (ratios, magnitudes, totals, changes, verdicts, dates)


def extract(doc: Doc) -> list[Relation]:
    """Every relation between numbers written in ``doc``, in text order."""
    index = Index.of(doc.folded)
    found: list[RelationFields] = []
    for finder in FINDERS:
        found.extend(finder.find(doc, index))
    found.sort(key=_order)
    return relations(found)


def _order(draft: RelationFields) -> tuple[int, int, str]:
    """Text order: by span, then kind."""
    span = draft["span"]
    return span[0], span[1], draft["kind"]
