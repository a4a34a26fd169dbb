"""Constructed records for store tests: a text, its meta, and items found by fragment.

``build(text, path, meta={...}, refs=[...], figures=[...], assignments=[...])`` makes
the record the pipeline would make, with full control over what it holds, and
``store(corpus, *built)`` writes them as ingest does.
"""

from __future__ import annotations

import hashlib

from tests.factories import span_of
from vankien.models import Assignment, Figure, Meta, Record, Reference, Section, Source
from vankien.store.rows import payload


def build(
    text: str,
    path: str,
    *,
    meta: dict | None = None,
    refs: list[dict] | None = None,
    figures: list[dict] | None = None,
    assignments: list[dict] | None = None,
    sections: list[tuple[str, str, str]] | None = None,
):
    """A (record, text, path) triple; each item dict names its ``fragment`` of ``text``."""

    def item(cls, spec: dict):
        spec = dict(spec)
        fragment = spec.pop("fragment")
        span = span_of(text, fragment)
        return cls(text=fragment, span=span, **spec)

    section_items = []
    for label, heading, fragment in sections or []:
        start, end = span_of(text, fragment)
        section_items.append(Section(label=label, heading=heading, span=(start, end)))
    record = Record(
        source=Source(path=path, sha256=hashlib.sha256(text.encode()).hexdigest(), chars=len(text)),
        meta=Meta(**(meta or {})),
        sections=section_items,
        references=[item(Reference, r) for r in refs or []],
        figures=[item(Figure, f) for f in figures or []],
        assignments=[item(Assignment, a) for a in assignments or []],
    )
    return record, text, path


def store(corpus, *built) -> list[tuple[str, str]]:
    """Write constructed records to ``corpus`` in one batch, as ingest does."""
    return corpus.store.write_batch([payload(record, text, path) for record, text, path in built])
