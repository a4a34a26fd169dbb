"""The corpus: a committee's archive of records in a store, and what users ask of it.

``vankien.open("vankien.db")`` returns a :class:`Corpus`; the ``vankien`` corpus
commands (ingest, search, show, refs, graph, targets, tasks, export) are a thin layer
over its methods.

>>> import vankien
>>> corpus = vankien.open("vankien.db")
>>> report = corpus.ingest(["examples"])
>>> [hit.doc.label for hit in corpus.search("thu ngan sach")]  # doctest: +SKIP
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import IO

from vankien.errors import StoreError
from vankien.models import Record
from vankien.store import keys as keys_
from vankien.store import links as links_
from vankien.store import search as search_
from vankien.store import targets as targets_
from vankien.store import tasks as tasks_
from vankien.store.db import Store, open_store
from vankien.store.ingest import BATCH_DOCS, IngestReport, Progress, ingest
from vankien.store.rows import DocRow, Filters, SectionRow


class AmbiguousDocument(StoreError):
    """More than one stored document answers to what the user wrote (``04-NQ/TU``)."""

    def __init__(self, doc: str, location: str, candidates: list[DocRow]) -> None:
        names = "; ".join(
            f"#{c.doc_id} {c.issuer or ''} {c.date or ''}".strip() for c in candidates[:5]
        )
        super().__init__(
            "V202", location, doc=doc, n=len(candidates), names=names, first=candidates[0].doc_id
        )
        self.candidates = candidates


class Corpus:
    """A store of records with the operations of the corpus commands."""

    def __init__(
        self, db: str | os.PathLike[str] | None = None, *, store: Store | None = None
    ) -> None:
        self.store = store or open_store(db)
        self.location = self.store.location

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # writing

    def ingest(
        self,
        paths: Iterable[str | os.PathLike[str]],
        *,
        jobs: int = 1,
        on_progress: Progress | None = None,
        on_total: Callable[[int], None] | None = None,
        batch_docs: int = BATCH_DOCS,
    ) -> IngestReport:
        """Read and store the documents at ``paths`` (files or folders) with ``jobs``
        processes; ``on_total(n)`` is told how many files there are, ``on_progress(path,
        outcome)`` each file's outcome. Bad files are reported, never stored."""
        return ingest(
            self.store,
            [str(p) for p in paths],
            jobs=jobs,
            on_progress=on_progress,
            on_total=on_total,
            batch_docs=batch_docs,
        )

    # reading

    def summary(self) -> dict[str, object]:
        """Counts of documents, versions and items, and documents by kind and level."""
        docs = self.store.docs()
        by_kind: dict[str, int] = {}
        by_level: dict[str, int] = {}
        for row in docs:
            by_kind[row.doc_type or "?"] = by_kind.get(row.doc_type or "?", 0) + 1
            by_level[row.level or "?"] = by_level.get(row.level or "?", 0) + 1
        return {**self.store.counts(), "by_kind": by_kind, "by_level": by_level}

    def documents(self, filters: Filters | None = None) -> list[DocRow]:
        """The current documents matching ``filters``, oldest first."""
        return self.store.docs(filters)

    def find(self, doc: str | int) -> DocRow:
        """The document named by id (``12`` or ``#12``), path or number-symbol."""
        key = str(doc).strip()
        key = key[1:] if key.startswith("#") and key[1:].isdigit() else key
        found = self.store.find(key)
        if not found:
            raise StoreError("V201", self.location, doc=doc)
        if len(found) > 1:
            raise AmbiguousDocument(str(doc), self.location, found)
        return found[0]

    def record(self, doc: str | int | DocRow) -> Record:
        """The stored record of a document (its current version)."""
        row = doc if isinstance(doc, DocRow) else self.find(doc)
        return Record.model_validate_json(self.store.record_json(row.version_id))

    def text(self, doc: str | int | DocRow) -> str:
        """The canonical text every span of the record points into."""
        row = doc if isinstance(doc, DocRow) else self.find(doc)
        return self.store.text(row.version_id)

    def sections(self, doc: DocRow) -> list[SectionRow]:
        return self.store.sections(doc.version_id)

    def history(self, doc: str | int | DocRow) -> list[DocRow]:
        """Every stored version of a document, oldest first."""
        row = doc if isinstance(doc, DocRow) else self.find(doc)
        return self.store.history(row.doc_id)

    def search(
        self, query: str, filters: Filters | None = None, *, limit: int = 20
    ) -> list[search_.Hit]:
        """Documents matching ``query`` (accent- and case-insensitive), best first (BM25)."""
        parsed = search_.parse(query)
        if parsed is None:
            return []
        filters = filters or Filters()
        found = self.store.match(parsed.first, filters, limit) if parsed.first else []
        if len(found) < limit:
            seen = {f.version_id for f in found}
            more = self.store.match(parsed.expression, filters, limit + len(found))
            found += [f for f in more if f.version_id not in seen][: limit - len(found)]
        hits = []
        for match in found:
            row = self.store.doc(match.version_id)
            if row is None:
                continue
            section, snippet, marks, span, count = search_.snippet(
                parsed,
                self.store.text(match.version_id),
                self.store.folded(match.version_id),
                self.store.sections(match.version_id),
            )
            hits.append(search_.Hit(row, match.rank, section, snippet, marks, span, count))
        return hits

    # the citation graph

    def _resolve(
        self, refs, candidates: list[DocRow], citing: dict[int, DocRow]
    ) -> list[links_.Link]:
        by_key: dict[str, list[DocRow]] = {}
        for cand in candidates:
            by_key.setdefault(cand.number_key or "", []).append(cand)
        return [
            links_.resolve(ref, citing.get(ref.version_id), by_key.get(ref.number_key or "", []))
            for ref in refs
        ]

    def refs(self, doc: str | int | DocRow) -> tuple[list[links_.Link], list[links_.Link]]:
        """What a document cites (resolved or not) and the citations resolved to it."""
        row = doc if isinstance(doc, DocRow) else self.find(doc)
        out_refs = self.store.refs(version_id=row.version_id)
        keys = {r.number_key for r in out_refs if r.number_key}
        outgoing = self._resolve(out_refs, self.store.docs_by_number(keys), {row.version_id: row})
        incoming: list[links_.Link] = []
        if row.number_key:
            in_refs = self.store.refs(number_keys=[row.number_key])
            citing = {r.version_id: self.store.doc(r.version_id) for r in in_refs}
            candidates = self.store.docs_by_number([row.number_key])
            incoming = [
                link
                for link in self._resolve(in_refs, candidates, citing)  # type: ignore[arg-type]
                if link.target is not None and link.target.doc_id == row.doc_id
            ]
        return outgoing, incoming

    def citing(self, number: str) -> list[links_.Link]:
        """Every citation of the number-symbol ``number`` (``04-NQ/TU``), whether or not the
        cited document is stored, each resolved where the store allows."""
        key = keys_.number_key(number)
        if not key:
            return []
        refs = self.store.refs(number_keys=[key])
        citing = {v: self.store.doc(v) for v in {r.version_id for r in refs}}
        return self._resolve(refs, self.store.docs_by_number([key]), citing)  # type: ignore[arg-type]

    def _citations_of(self, cited: Iterable[DocRow]) -> set[tuple[int, int]]:
        """``(citing doc id, cited doc id)`` of the citations resolved to ``cited``."""
        keys = {d.number_key for d in cited if d.number_key}
        if not keys:
            return set()
        refs = self.store.refs(number_keys=keys)
        citing = {v: self.store.doc(v) for v in {r.version_id for r in refs}}
        links = self._resolve(refs, self.store.docs_by_number(keys), citing)  # type: ignore[arg-type]
        return {
            (link.citing.doc_id, link.target.doc_id)
            for link in links
            if link.citing is not None and link.target is not None
        }

    def links(self) -> list[links_.Link]:
        """Every citation of every current document, resolved where the store allows."""
        docs = self.store.docs()
        by_version = {d.version_id: d for d in docs}
        refs = self.store.refs()
        return self._resolve(refs, [d for d in docs if d.number_key], by_version)

    def graph(self, fmt: str = "json") -> str:
        """The citation graph as ``json`` (networkx node-link) or ``graphml``."""
        g = links_.graph(self.store.docs(), self.links())
        return links_.to_graphml(g) if fmt == "graphml" else links_.to_json(g)

    # targets and tasks

    def targets(
        self, *, issuer: str | None = None, period: str | None = None, doc: str | None = None
    ) -> list[targets_.Tracked]:
        """Each target with the actuals later documents report, and its status."""
        docs = {d.version_id: d for d in self.store.docs()}
        scope = {d.version_id for d in self.store.docs(Filters(issuer=issuer))} if issuer else None
        only = self.find(doc).version_id if doc else None
        targets = [
            (f, docs[f.version_id])
            for f in self.store.figures(kind="target", version_id=only)
            if f.version_id in docs
            and (scope is None or f.version_id in scope)
            and (not period or (f.period or "").startswith(period))
        ]
        periods = {p for f, _ in targets if f.period for p in (f.period, f.period.split("..")[-1])}
        actuals = [
            (f, docs[f.version_id])
            for f in self.store.figures(kind="actual", periods=periods)
            if f.version_id in docs
        ]
        cites = self._citations_of({doc.version_id: doc for _, doc in targets}.values())
        return targets_.track(targets, actuals, cites)

    def tasks(
        self,
        *,
        overdue: bool = False,
        as_of: str | None = None,
        responsible: str | None = None,
        doc: str | None = None,
    ) -> list[tasks_.Task]:
        """Assignments with their responsible body and due date; ``overdue`` on ``as_of``
        (ISO date, default today)."""
        docs = {d.version_id: d for d in self.store.docs()}
        only = self.find(doc).version_id if doc else None
        rows = [
            (a, docs[a.version_id])
            for a in self.store.assignments(version_id=only)
            if a.version_id in docs
        ]
        return tasks_.tasks(
            rows,
            as_of=as_of or date.today().isoformat(),
            overdue=overdue,
            responsible=responsible,
        )

    def export(
        self, out: IO[str] | IO[bytes] | str | Path, fmt: str = "jsonl", table: str = "records"
    ) -> int:
        """Write ``table`` (records, documents, figures, targets, tasks) as ``fmt``
        (jsonl, csv, xlsx: every table, one sheet each); the number of rows written."""
        from vankien.store import export

        return export.export(self, out, fmt, table)

    def integrity(self) -> str:
        """``ok`` when SQLite's integrity check passes."""
        return self.store.integrity()


def open(db: str | os.PathLike[str] | None = None) -> Corpus:  # noqa: A001 — vankien.open
    """The corpus at ``db`` (default ``$VANKIEN_DB`` or ``./vankien.db``), created if missing."""
    return Corpus(db)
