"""What readers return: decoded text with what was found, and the loaded document.

Plain classes with slots: a ``NamedTuple`` costs a fresh process ~2M instructions to make.
"""

from __future__ import annotations


class Decoded:
    """What a reader found in the bytes, before canonicalisation."""

    __slots__ = ("text", "format", "encoding", "pages", "confidence", "code")

    def __init__(
        self,
        text: str,
        format: str,  # noqa: A002 - the record's own name
        encoding: str | None = None,
        pages: list[tuple[int, int, int]] | None = None,
        confidence: list[tuple[int, float]] | None = None,
        code: bytes | None = None,
    ) -> None:
        self.text = text
        self.format = format
        self.encoding = encoding
        self.pages = pages
        self.confidence = confidence
        # ``vankien.folding.encode(text)`` when the reader made it (the plain-text readers).
        self.code = code

    def __repr__(self) -> str:
        return f"Decoded({self.format}, {self.encoding}, {len(self.text)} chars)"


class Loaded:
    """A document's canonical text with its provenance (``record.source``)."""

    __slots__ = ("text", "format", "encoding", "sha256", "path", "pages", "confidence", "folded")

    def __init__(
        self,
        text: str,
        format: str,  # noqa: A002 - the record's own name
        encoding: str | None,
        sha256: str,
        path: str | None = None,
        pages: list[tuple[int, int, int]] | None = None,
        confidence: list[tuple[int, float]] | None = None,
        folded: str | None = None,
    ) -> None:
        self.text = text
        self.format = format
        self.encoding = encoding
        self.sha256 = sha256
        self.path = path
        self.pages = pages
        # Pages read by OCR: ``[(page, mean word confidence 0..100)]`` (for ``source.ocr``).
        self.confidence = confidence
        # ``fold(text)``, made once here for the guard and the later stages.
        self.folded = folded

    def __repr__(self) -> str:
        return f"Loaded({self.path!r}, {self.format}, {self.encoding}, {len(self.text)} chars)"
