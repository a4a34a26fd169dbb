"""meta extractor (to be written)."""

from __future__ import annotations

from vankien.document import Doc
from vankien.models import Meta

KIND = "meta"
REQUIRES: tuple[str, ...] = ()


def extract(doc: Doc) -> Meta:
    return Meta()
