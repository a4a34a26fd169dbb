"""The document as the extract and check stages see it: text, folded key, layout, meta."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .layout import Layout
    from .models import Meta


class Doc:
    """One document in the pipeline.

    ``text`` is the canonical text and ``folded`` its same-length folded key
    (``vankien.folding.fold``): match cues on ``folded``, slice items from ``text``.
    ``meta`` is filled by the meta extractor, before the extractors that need it.
    ``memo`` keeps what more than one extractor reads of the text, worked out once
    (``vankien.extract.periods.written_periods``).
    """

    __slots__ = ("text", "folded", "layout", "meta", "memo")

    def __init__(self, text: str, folded: str, layout: Layout, meta: Meta | None = None) -> None:
        self.text = text
        self.folded = folded
        self.layout = layout
        self.meta = meta
        self.memo: dict[str, object] = {}

    def slice(self, span: tuple[int, int]) -> str:
        return self.text[span[0] : span[1]]
