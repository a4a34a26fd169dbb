"""figures extractor (to be written)."""

from __future__ import annotations

from vankien.document import Doc

KIND = "figures"
REQUIRES: tuple[str, ...] = ("meta",)


def extract(doc: Doc) -> list:
    return []
