"""Factories for table-driven tests: find a fragment in the case text, compute its span."""

from __future__ import annotations

from vankien.document import Doc
from vankien.folding import fold
from vankien.layout import analyse
from vankien.load import canonical


def span_of(text: str, fragment: str, nth: int = 0) -> tuple[int, int]:
    """The span of the ``nth`` occurrence of ``fragment`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(fragment, start + 1)
    return start, start + len(fragment)


def doc(text: str, *, with_meta: bool = True) -> Doc:
    """A :class:`Doc` of ``text`` as the pipeline makes it (layout and, by default, meta)."""
    from vankien.extract import meta

    body = canonical(text)
    folded = fold(body)
    document = Doc(text=body, folded=folded, layout=analyse(body, folded))
    if with_meta:
        document.meta = meta.extract(document)
    return document
