"""The pipeline: load → layout → extract → check → record. Nothing else lives here."""

from __future__ import annotations

from pathlib import Path

from . import check, layout
from .document import Doc
from .extract import EXTRACTORS, meta
from .folding import fold
from .load import Loaded, canonical, load
from .models import Record, Source


def run(
    text: str,
    source: Source | None = None,
    extractors: tuple = EXTRACTORS,
    *,
    folded: str | None = None,
) -> Record:
    """The record of the canonical ``text``: each extractor in order, then the checks.

    ``folded`` is ``fold(text)`` when the caller has it already (a :class:`Loaded` file).
    """
    if folded is None:
        folded = fold(text)
    doc = Doc(text=text, folded=folded, layout=layout.analyse(text, folded))
    items: dict[str, object] = {}
    for extractor in extractors:
        result = extractor.extract(doc)
        if extractor is meta:
            doc.meta = result
        items[extractor.KIND] = result
    record = Record(
        source=source or Source(chars=len(text)),
        meta=items.get("meta") or doc.meta or meta.extract(doc),
        sections=doc.layout.sections,
        references=items.get("references", []),
        figures=items.get("figures", []),
        assignments=items.get("assignments", []),
        relations=items.get("relations", []),
    )
    record.issues = check.run(record, doc)
    record.ruleset_version = check.ruleset_version(record)
    return record


def source_of(loaded: Loaded) -> Source:
    """``record.source`` of a loaded file."""
    return Source(
        path=loaded.path,
        sha256=loaded.sha256,
        format=loaded.format,
        encoding=loaded.encoding,
        chars=len(loaded.text),
        pages=loaded.pages,
        ocr=loaded.confidence,
    )


def record_of(loaded: Loaded) -> Record:
    """The record of a loaded file."""
    return run(loaded.text, source_of(loaded), folded=loaded.folded)


def read(path: str | Path) -> Record:
    """The record of the document at ``path``; :class:`vankien.errors.InputError` if unreadable."""
    return record_of(load(path))


def read_text(text: str) -> Record:
    """The record of a document given as a string (made canonical first: NFC, ``\\n``)."""
    body = canonical(text)
    return run(body, Source(format="txt", encoding=None, chars=len(body)))
