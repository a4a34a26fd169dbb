"""relations extractor (to be written): numbers the text relates, for the checks."""

from __future__ import annotations

from vankien.document import Doc
from vankien.models import Relation

KIND = "relations"
REQUIRES: tuple[str, ...] = ("figures",)


def extract(doc: Doc) -> list[Relation]:
    return []
