"""The document as the extract and check stages see it: text, folded key, layout, meta."""

from __future__ import annotations

from dataclasses import dataclass

from .layout import Layout
from .models import Meta


@dataclass
class Doc:
    """One document in the pipeline.

    ``text`` is the canonical text and ``folded`` its same-length folded key
    (``vankien.folding.fold``): match cues on ``folded``, slice items from ``text``.
    ``meta`` is filled by the meta extractor, before the extractors that need it.
    """

    text: str
    folded: str
    layout: Layout
    meta: Meta | None = None

    def slice(self, span: tuple[int, int]) -> str:
        return self.text[span[0] : span[1]]
