"""The store interface: what :class:`vankien.corpus.Corpus` asks of a backend.

Callers speak in rows (:mod:`vankien.store.rows`) and plain filters, never in SQL, so a
PostgreSQL backend can implement the same :class:`Store` without touching them.
:func:`open_store` picks the backend from the location: a file path is SQLite
(``./vankien.db``); a ``postgresql://`` URL is reserved for the server backend.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

from vankien.errors import StoreError
from vankien.store.rows import (
    AssignmentRow,
    DocRow,
    FigureRow,
    Filters,
    Payload,
    RefRow,
    SectionRow,
    TextHit,
)

DEFAULT_DB = "vankien.db"
ENV_DB = "VANKIEN_DB"


class Store(Protocol):
    """A corpus store. Every read sees only the current version of each document
    unless it takes a version id."""

    location: str

    # writing
    def known(self, sha256s: Iterable[str]) -> dict[str, tuple[str, bool]]:
        """For each stored ``sha256``: the path it is stored under and whether it is current."""
        ...

    def write_batch(self, payloads: list[Payload]) -> list[tuple[str, str]]:
        """Store a batch in one transaction; ``(path, outcome)`` for each payload, outcome
        ``added``, ``version``, ``restored``, ``unchanged`` or ``duplicate:<path>``."""
        ...

    # reading
    def counts(self) -> dict[str, int]: ...
    def docs(self, filters: Filters | None = None) -> list[DocRow]: ...
    def doc(self, version_id: int) -> DocRow | None: ...
    def find(self, key: str) -> list[DocRow]:
        """Current documents whose id, path or number-symbol is ``key``."""
        ...

    def history(self, doc_id: int) -> list[DocRow]: ...
    def record_json(self, version_id: int) -> str: ...
    def text(self, version_id: int, start: int = 0, end: int | None = None) -> str: ...
    def folded(self, version_id: int) -> str:
        """The folded text of a version (same length as its text), as the index holds it."""
        ...

    def sections(self, version_id: int) -> list[SectionRow]: ...
    def refs(
        self, version_id: int | None = None, number_keys: Iterable[str] | None = None
    ) -> list[RefRow]: ...
    def docs_by_number(self, number_keys: Iterable[str]) -> list[DocRow]: ...
    def figures(
        self,
        kind: str | None = None,
        version_id: int | None = None,
        periods: Iterable[str] | None = None,
    ) -> list[FigureRow]: ...
    def assignments(self, version_id: int | None = None) -> list[AssignmentRow]: ...
    def iter_records(self) -> Iterator[tuple[DocRow, str]]: ...
    def match(self, expression: str, filters: Filters, limit: int) -> list[TextHit]:
        """Current documents matching a full-text ``expression`` over the folded text, best first."""
        ...

    def integrity(self) -> str: ...
    def close(self) -> None: ...


def location(db: str | os.PathLike[str] | None = None) -> str:
    """The store to use: ``db``, else ``$VANKIEN_DB``, else ``./vankien.db``."""
    return str(db) if db else os.environ.get(ENV_DB) or DEFAULT_DB


def open_store(db: str | os.PathLike[str] | None = None, *, create: bool = True) -> Store:
    """Open (creating and migrating when ``create``) the store at ``db``."""
    where = location(db)
    if where.startswith(("postgresql:", "postgres:")):
        raise StoreError("V200", where, detail="chưa hỗ trợ máy chủ PostgreSQL trong phiên bản này")
    from vankien.store.sqlite import SQLiteStore

    path = Path(where)
    if not create and not path.exists():
        raise StoreError("V200", where, detail="chưa có kho, hãy chạy `vankien ingest` trước")
    return SQLiteStore(path)
