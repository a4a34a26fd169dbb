"""What readers return: decoded text with what was found, and the loaded document."""

from __future__ import annotations

from typing import NamedTuple


class Decoded(NamedTuple):
    """What a reader found in the bytes, before canonicalisation."""

    text: str
    format: str
    encoding: str | None = None
    pages: list[tuple[int, int, int]] | None = None
    confidence: list[tuple[int, float]] | None = None


class Loaded(NamedTuple):
    """A document's canonical text with its provenance (``record.source``)."""

    text: str
    format: str
    encoding: str | None
    sha256: str
    path: str | None = None
    pages: list[tuple[int, int, int]] | None = None
    # Pages read by OCR: ``[(page, mean word confidence 0..100)]`` (for ``source.ocr``).
    confidence: list[tuple[int, float]] | None = None
    # ``fold(text)``, made once here for the guard and the later stages.
    folded: str | None = None
