"""Rows: what a store keeps of a record, and what its reads return.

:func:`payload` turns one record and its canonical text into the rows of every table
(made in the extraction worker, so the writer only inserts). Spans stay code points
into the canonical text; keys are folded (:func:`vankien.folding.key`) for matching.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

from vankien.folding import fold, key
from vankien.models import Record, Section
from vankien.store.keys import number_key, ref_term


@dataclass(frozen=True)
class Filters:
    """Which current documents a read is about; ``None`` leaves a field open.

    ``kind`` is a doc_type symbol (``NQ``), ``issuer`` a fragment matched on folded text
    (``thị ủy`` finds ``Thị ủy``), ``level`` a record level, ``date_from``/``date_to`` ISO
    dates compared with the issue (else meeting) date.
    """

    kind: str | None = None
    issuer: str | None = None
    level: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    has_issues: bool | None = None


@dataclass(frozen=True)
class DocRow:
    """One stored version of a document, with its meta columns."""

    doc_id: int
    version_id: int
    version: int
    current: bool
    path: str
    sha256: str
    ingested_at: str
    doc_type: str | None
    number: str | None
    number_key: str | None
    issuer: str | None
    level: str | None
    term: str | None
    date: str | None
    title: str | None
    chars: int
    n_issues: int
    issued_on: str | None = None

    @property
    def label(self) -> str:
        """How a document is named to users: ``NQ 04-NQ/TU (#3)`` or the file name."""
        name = self.number or (self.path.rsplit("/", 1)[-1] if self.path else "?")
        kind = f"{self.doc_type} " if self.doc_type and not self.number else ""
        return f"{kind}{name} (#{self.doc_id})"


@dataclass(frozen=True)
class SectionRow:
    idx: int
    parent: int | None
    depth: int
    label: str
    heading: str
    start: int
    end: int


@dataclass(frozen=True)
class RefRow:
    version_id: int
    idx: int
    start: int
    end: int
    text: str
    doc_type: str | None
    number: str | None
    number_key: str | None
    date: str | None
    issuer: str | None
    term: str | None


@dataclass(frozen=True)
class FigureRow:
    version_id: int
    idx: int
    start: int
    end: int
    text: str
    value: float | None
    unit: str | None
    range_lo: float | None
    range_hi: float | None
    kind: str
    bound: str | None
    period: str | None
    indicator: str | None
    indicator_key: str | None
    target_value: float | None
    verdict: str | None


@dataclass(frozen=True)
class AssignmentRow:
    version_id: int
    idx: int
    start: int
    end: int
    text: str
    responsible: str
    task: str | None
    due_text: str | None
    due: str | None


@dataclass(frozen=True)
class TextHit:
    """A full-text match: the version and its rank (lower is better, BM25)."""

    version_id: int
    rank: float


@dataclass
class Payload:
    """Everything stored for one file, ready to insert."""

    path: str
    sha256: str
    meta: dict[str, object]
    record: bytes  # the record's JSON, zlib-compressed (see :func:`record_text`)
    text: str
    folded: str
    sections: list[tuple] = field(default_factory=list)
    refs: list[tuple] = field(default_factory=list)
    figures: list[tuple] = field(default_factory=list)
    assignments: list[tuple] = field(default_factory=list)


HEADING = 120  # characters of a section heading kept in the sections table


def record_text(stored: bytes | str) -> str:
    """The record's JSON from its stored form (compressed bytes; text in older stores)."""
    return zlib.decompress(stored).decode() if isinstance(stored, bytes) else stored


def _flatten(sections: list[Section]) -> list[tuple]:
    out: list[tuple] = []

    def walk(items: list[Section], parent: int | None, depth: int) -> None:
        for section in items:
            idx = len(out)
            heading = section.heading[:HEADING]  # the record keeps it whole
            out.append((idx, parent, depth, section.label, heading, *section.span))
            walk(section.children, idx, depth + 1)

    walk(sections, None, 0)
    return out


def payload(record: Record, text: str, path: str) -> Payload:
    """The rows of ``record`` (computed over ``text``) stored for the file at ``path``."""
    meta = record.meta
    date = meta.issued_on or meta.meeting_on
    columns = {
        "doc_type": meta.doc_type,
        "number": meta.number,
        "number_key": number_key(meta.number),
        "issuer": meta.issuer,
        "issuer_key": key(meta.issuer) if meta.issuer else None,
        "level": meta.level,
        "term": meta.term,
        "date": date,
        "title": meta.title,
        "chars": len(text),
        "n_issues": len(record.issues),
        "issued_on": meta.issued_on,
    }
    refs = [
        (
            i,
            *r.span,
            r.text,
            r.doc_type,
            r.number,
            number_key(r.number),
            r.date,
            r.issuer,
            ref_term(f"{r.text} {r.issuer or ''}"),
        )
        for i, r in enumerate(record.references)
    ]
    figures = [
        (
            i,
            *f.span,
            f.text,
            f.value,
            f.unit,
            f.range[0] if f.range else None,
            f.range[1] if f.range else None,
            f.kind,
            f.bound,
            f.period,
            f.indicator,
            key(f.indicator) if f.indicator else None,
            f.target_value,
            f.verdict,
        )
        for i, f in enumerate(record.figures)
    ]
    assignments = [
        (i, *a.span, a.text, a.responsible, key(a.responsible), a.task, a.due_text, a.due)
        for i, a in enumerate(record.assignments)
    ]
    return Payload(
        path=path,
        sha256=record.source.sha256 or "",
        meta=columns,
        record=zlib.compress(record.model_dump_json().encode(), 6),
        text=text,
        folded=fold(text),
        sections=_flatten(record.sections),
        refs=refs,
        figures=figures,
        assignments=assignments,
    )
