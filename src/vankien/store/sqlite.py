"""The embedded backend: one SQLite file in WAL mode, one transaction per batch.

Each document (a path) has versions (one per distinct content, by sha256); ``docs.current``
names the version every read sees. The full-text index ``fts`` (FTS5, rowid = version id) holds
the folded text (:func:`vankien.folding.fold`) of every version; a search keeps the current
ones. Folding keeps offsets, so a match in the folded text is a span of the stored text.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from vankien.errors import StoreError
from vankien.folding import key
from vankien.store.keys import number_key
from vankien.store.migrations import migrate
from vankien.store.rows import (
    AssignmentRow,
    DocRow,
    FigureRow,
    Filters,
    Payload,
    RefRow,
    SectionRow,
    TextHit,
    record_text,
)

_DOC_COLUMNS = (
    "d.id, v.id, v.version, d.current = v.id, d.path, v.sha256, v.ingested_at, v.doc_type, "
    "v.number, v.number_key, v.issuer, v.level, v.term, v.date, v.title, v.chars, v.n_issues, "
    "v.issued_on"
)
_CURRENT = f"SELECT {_DOC_COLUMNS} FROM docs d JOIN versions v ON v.id = d.current"
_META = (
    "doc_type",
    "number",
    "number_key",
    "issuer",
    "issuer_key",
    "level",
    "term",
    "date",
    "title",
    "chars",
    "n_issues",
    "issued_on",
)


def _doc(row: tuple) -> DocRow:
    return DocRow(*row[:3], bool(row[3]), *row[4:])


def _where(filters: Filters | None, clauses: list[str], params: list[object]) -> str:
    if filters is not None:
        if filters.kind:
            clauses.append("v.doc_type = ?")
            params.append(filters.kind)
        if filters.issuer:
            clauses.append("v.issuer_key LIKE ?")
            params.append(f"%{key(filters.issuer)}%")
        if filters.level:
            clauses.append("v.level = ?")
            params.append(filters.level)
        if filters.date_from:
            clauses.append("v.date >= ?")
            params.append(filters.date_from)
        if filters.date_to:
            clauses.append("v.date <= ?")
            params.append(filters.date_to)
        if filters.has_issues is not None:
            clauses.append("v.n_issues > 0" if filters.has_issues else "v.n_issues = 0")
    return (" WHERE " + " AND ".join(clauses)) if clauses else ""


class SQLiteStore:
    """The :class:`vankien.store.db.Store` of a SQLite file."""

    def __init__(self, path: Path) -> None:
        self.location = str(path)
        try:
            if path.parent and not path.parent.exists():
                path.parent.mkdir(parents=True)
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=30)
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA busy_timeout = 30000")
            migrate(self.conn, self.location)
        except sqlite3.DatabaseError as exc:
            raise StoreError("V200", self.location, detail=str(exc)) from exc

    # writing

    def known(self, sha256s: Iterable[str]) -> dict[str, tuple[str, bool]]:
        wanted = list(sha256s)
        out: dict[str, tuple[str, bool]] = {}
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT v.sha256, d.path, d.current = v.id FROM versions v "
                f"JOIN docs d ON d.id = v.doc_id WHERE v.sha256 IN ({marks})",
                chunk,
            )
            out.update({sha: (path, bool(current)) for sha, path, current in rows})
        return out

    def write_batch(self, payloads: list[Payload]) -> list[tuple[str, str]]:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        outcomes: list[tuple[str, str]] = []
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            for p in payloads:
                outcomes.append((p.path, self._write(conn, p, now)))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return outcomes

    def _write(self, conn: sqlite3.Connection, p: Payload, now: str) -> str:
        found = conn.execute(
            "SELECT v.id, d.id, d.path, d.current FROM versions v JOIN docs d ON d.id = v.doc_id "
            "WHERE v.sha256 = ?",
            (p.sha256,),
        ).fetchone()
        if found:
            vid, doc_id, path, current = found
            if path != p.path:
                return f"duplicate:{path}"
            if current == vid:
                return "unchanged"
            conn.execute("UPDATE docs SET current = ? WHERE id = ?", (vid, doc_id))
            return "restored"
        doc = conn.execute("SELECT id, current FROM docs WHERE path = ?", (p.path,)).fetchone()
        if doc is None:
            doc_id = conn.execute(
                "INSERT INTO docs (path, added_at) VALUES (?, ?)", (p.path, now)
            ).lastrowid
            current, version, outcome = None, 1, "added"
        else:
            doc_id, current = doc
            (last,) = conn.execute(
                "SELECT max(version) FROM versions WHERE doc_id = ?", (doc_id,)
            ).fetchone()
            version, outcome = (last or 0) + 1, "version"
        meta = [p.meta.get(name) for name in _META]
        vid = conn.execute(
            f"INSERT INTO versions (doc_id, version, sha256, ingested_at, {', '.join(_META)}, record, text) "
            f"VALUES (?, ?, ?, ?, {', '.join('?' * len(_META))}, ?, ?)",
            (doc_id, version, p.sha256, now, *meta, p.record, p.text),
        ).lastrowid
        assert vid is not None
        for table, rows in (
            ("sections", p.sections),
            ("refs", p.refs),
            ("figures", p.figures),
            ("assignments", p.assignments),
        ):
            if rows:
                marks = ", ".join("?" * (len(rows[0]) + 1))
                conn.executemany(
                    f"INSERT INTO {table} VALUES ({marks})", [(vid, *row) for row in rows]
                )
        conn.execute("INSERT INTO fts (rowid, body) VALUES (?, ?)", (vid, p.folded))
        conn.execute("UPDATE docs SET current = ? WHERE id = ?", (vid, doc_id))
        return outcome

    # reading

    def counts(self) -> dict[str, int]:
        one = self.conn.execute
        current = "version_id IN (SELECT current FROM docs)"
        return {
            "docs": one("SELECT count(*) FROM docs").fetchone()[0],
            "versions": one("SELECT count(*) FROM versions").fetchone()[0],
            "references": one(f"SELECT count(*) FROM refs WHERE {current}").fetchone()[0],
            "figures": one(f"SELECT count(*) FROM figures WHERE {current}").fetchone()[0],
            "targets": one(
                f"SELECT count(*) FROM figures WHERE kind = 'target' AND {current}"
            ).fetchone()[0],
            "assignments": one(f"SELECT count(*) FROM assignments WHERE {current}").fetchone()[0],
            "issues": one(
                "SELECT coalesce(sum(v.n_issues), 0) FROM docs d JOIN versions v ON v.id = d.current"
            ).fetchone()[0],
        }

    def docs(self, filters: Filters | None = None) -> list[DocRow]:
        params: list[object] = []
        sql = _CURRENT + _where(filters, [], params) + " ORDER BY v.date, d.id"
        return [_doc(row) for row in self.conn.execute(sql, params)]

    def doc(self, version_id: int) -> DocRow | None:
        row = self.conn.execute(
            f"SELECT {_DOC_COLUMNS} FROM versions v JOIN docs d ON d.id = v.doc_id WHERE v.id = ?",
            (version_id,),
        ).fetchone()
        return _doc(row) if row else None

    def find(self, key_: str) -> list[DocRow]:
        """By id (``12``), path, number-symbol (``04-NQ/TU``), then file name."""
        rows: list[tuple] = []
        if key_.isdigit():
            rows = self.conn.execute(_CURRENT + " WHERE d.id = ?", (int(key_),)).fetchall()
        if not rows:
            path = str(Path(key_).resolve())
            rows = self.conn.execute(_CURRENT + " WHERE d.path = ?", (path,)).fetchall()
        if not rows:
            rows = self.conn.execute(
                _CURRENT + " WHERE v.number_key = ?", (number_key(key_),)
            ).fetchall()
        if not rows:
            name = Path(key_).name
            pattern = "%/" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            rows = self.conn.execute(
                _CURRENT + " WHERE d.path LIKE ? ESCAPE '\\'", (pattern,)
            ).fetchall()
        return [_doc(row) for row in rows]

    def history(self, doc_id: int) -> list[DocRow]:
        rows = self.conn.execute(
            f"SELECT {_DOC_COLUMNS} FROM versions v JOIN docs d ON d.id = v.doc_id "
            "WHERE d.id = ? ORDER BY v.version",
            (doc_id,),
        )
        return [_doc(row) for row in rows]

    def record_json(self, version_id: int) -> str:
        row = self.conn.execute(
            "SELECT record FROM versions WHERE id = ?", (version_id,)
        ).fetchone()
        return record_text(row[0]) if row else ""

    def text(self, version_id: int, start: int = 0, end: int | None = None) -> str:
        if end is None:
            sql, params = (
                "SELECT substr(text, ?) FROM versions WHERE id = ?",
                (start + 1, version_id),
            )
        else:
            sql = "SELECT substr(text, ?, ?) FROM versions WHERE id = ?"
            params = (start + 1, max(0, end - start), version_id)
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else ""

    def folded(self, version_id: int) -> str:
        row = self.conn.execute("SELECT body FROM fts WHERE rowid = ?", (version_id,)).fetchone()
        return row[0] if row else ""

    def sections(self, version_id: int) -> list[SectionRow]:
        rows = self.conn.execute(
            'SELECT idx, parent, depth, label, heading, start, "end" FROM sections '
            "WHERE version_id = ? ORDER BY idx",
            (version_id,),
        )
        return [SectionRow(*row) for row in rows]

    def _items(
        self, table: str, columns: str, clauses: list[str], params: list[object]
    ) -> list[tuple]:
        if not any(c.startswith("t.version_id =") for c in clauses):
            clauses = [*clauses, "t.version_id IN (SELECT current FROM docs)"]
        sql = f"SELECT {columns} FROM {table} t WHERE {' AND '.join(clauses)} ORDER BY t.version_id, t.idx"
        return self.conn.execute(sql, params).fetchall()

    def refs(
        self, version_id: int | None = None, number_keys: Iterable[str] | None = None
    ) -> list[RefRow]:
        clauses: list[str] = []
        params: list[object] = []
        if version_id is not None:
            clauses.append("t.version_id = ?")
            params.append(version_id)
        if number_keys is not None:
            keys = list(number_keys)
            clauses.append(f"t.number_key IN ({','.join('?' * len(keys))})")
            params += keys
        columns = 't.version_id, t.idx, t.start, t."end", t.text, t.doc_type, t.number, t.number_key, t.date, t.issuer, t.term'
        return [RefRow(*row) for row in self._items("refs", columns, clauses, params)]

    def docs_by_number(self, number_keys: Iterable[str]) -> list[DocRow]:
        keys = list(number_keys)
        out: list[DocRow] = []
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            sql = _CURRENT + f" WHERE v.number_key IN ({','.join('?' * len(chunk))})"
            out += [_doc(row) for row in self.conn.execute(sql, chunk)]
        return out

    def figures(
        self,
        kind: str | None = None,
        version_id: int | None = None,
        periods: Iterable[str] | None = None,
    ) -> list[FigureRow]:
        clauses: list[str] = []
        params: list[object] = []
        if periods is not None:
            wanted = sorted(set(periods))
            clauses.append(f"t.period IN ({','.join('?' * len(wanted))})")
            params += wanted
        if version_id is not None:
            clauses.append("t.version_id = ?")
            params.append(version_id)
        if kind is not None:
            clauses.append("t.kind = ?")
            params.append(kind)
        columns = (
            't.version_id, t.idx, t.start, t."end", t.text, t.value, t.unit, t.range_lo, '
            "t.range_hi, t.kind, t.bound, t.period, t.indicator, t.indicator_key, "
            "t.target_value, t.verdict"
        )
        return [FigureRow(*row) for row in self._items("figures", columns, clauses, params)]

    def assignments(self, version_id: int | None = None) -> list[AssignmentRow]:
        clauses: list[str] = []
        params: list[object] = []
        if version_id is not None:
            clauses.append("t.version_id = ?")
            params.append(version_id)
        columns = 't.version_id, t.idx, t.start, t."end", t.text, t.responsible, t.task, t.due_text, t.due'
        return [AssignmentRow(*row) for row in self._items("assignments", columns, clauses, params)]

    def iter_records(self) -> Iterator[tuple[DocRow, str]]:
        cursor = self.conn.execute(
            f"SELECT {_DOC_COLUMNS}, v.record FROM docs d JOIN versions v ON v.id = d.current "
            "ORDER BY d.id"
        )
        for row in cursor:
            yield _doc(row[:-1]), record_text(row[-1])

    def match(self, expression: str, filters: Filters, limit: int) -> list[TextHit]:
        params: list[object] = [expression]
        where = _where(filters, ["fts MATCH ?"], params)
        sql = (
            "SELECT fts.rowid, fts.rank FROM fts JOIN docs d ON d.current = fts.rowid"
            + (" JOIN versions v ON v.id = fts.rowid" if "v." in where else "")
            + where
            + " ORDER BY fts.rank LIMIT ?"
        )
        params.append(limit)
        try:
            return [TextHit(*row) for row in self.conn.execute(sql, params)]
        except sqlite3.OperationalError as exc:
            raise StoreError("V200", self.location, detail=f"truy vấn tìm kiếm lỗi: {exc}") from exc

    def integrity(self) -> str:
        """``ok``, else what is wrong: SQLite's check, the FTS index, the current versions."""
        (result,) = self.conn.execute("PRAGMA integrity_check").fetchone()
        if result != "ok":
            return result
        try:
            self.conn.execute("INSERT INTO fts (fts) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as exc:
            return f"fts: {exc}"
        (orphans,) = self.conn.execute(
            "SELECT count(*) FROM docs d LEFT JOIN versions v ON v.id = d.current "
            "WHERE v.id IS NULL OR v.doc_id != d.id"
        ).fetchone()
        if orphans:
            return f"{orphans} văn bản không có phiên bản hiện hành"
        return "ok"

    def close(self) -> None:
        self.conn.close()
