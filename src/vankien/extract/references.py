"""references extractor (to be written)."""

from __future__ import annotations

from vankien.document import Doc

KIND = "references"
REQUIRES: tuple[str, ...] = ("meta",)


def extract(doc: Doc) -> list:
    return []
