"""Schema migrations of the SQLite store, applied in order, each recorded once.

Like sqlite-utils' migrations: named functions registered in order; the names applied
are kept in ``_migrations``. A migration only adds (tables, columns, indexes); stored
records are never dropped. Add a new function at the end, never edit an applied one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from vankien.errors import StoreError
from vankien.folding import fold

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(fn: Migration) -> Migration:
    """Register ``fn`` as the next migration, under its function name."""
    MIGRATIONS.append((fn.__name__, fn))
    return fn


@migration
def m001_initial(conn: sqlite3.Connection) -> None:
    _script(
        conn,
        """
        CREATE TABLE docs (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            current INTEGER,
            added_at TEXT NOT NULL
        );
        CREATE TABLE versions (
            id INTEGER PRIMARY KEY,
            doc_id INTEGER NOT NULL REFERENCES docs(id),
            version INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            ingested_at TEXT NOT NULL,
            doc_type TEXT, number TEXT, number_key TEXT, issuer TEXT, issuer_key TEXT,
            level TEXT, term TEXT, date TEXT, title TEXT,
            chars INTEGER NOT NULL, n_issues INTEGER NOT NULL,
            record TEXT NOT NULL,
            text TEXT NOT NULL,
            UNIQUE (doc_id, version)
        );
        CREATE UNIQUE INDEX versions_sha256 ON versions (sha256);
        CREATE INDEX versions_number_key ON versions (number_key);
        CREATE TABLE sections (
            version_id INTEGER NOT NULL, idx INTEGER NOT NULL, parent INTEGER, depth INTEGER,
            label TEXT, heading TEXT, start INTEGER, "end" INTEGER,
            PRIMARY KEY (version_id, idx)
        ) WITHOUT ROWID;
        CREATE TABLE refs (
            version_id INTEGER NOT NULL, idx INTEGER NOT NULL, start INTEGER, "end" INTEGER,
            text TEXT, doc_type TEXT, number TEXT, number_key TEXT, date TEXT, issuer TEXT,
            term TEXT,
            PRIMARY KEY (version_id, idx)
        ) WITHOUT ROWID;
        CREATE INDEX refs_number_key ON refs (number_key);
        CREATE TABLE figures (
            version_id INTEGER NOT NULL, idx INTEGER NOT NULL, start INTEGER, "end" INTEGER,
            text TEXT, value REAL, unit TEXT, range_lo REAL, range_hi REAL, kind TEXT,
            bound TEXT, period TEXT, indicator TEXT, indicator_key TEXT, target_value REAL,
            verdict TEXT,
            PRIMARY KEY (version_id, idx)
        ) WITHOUT ROWID;
        CREATE INDEX figures_kind ON figures (kind, indicator_key);
        CREATE TABLE assignments (
            version_id INTEGER NOT NULL, idx INTEGER NOT NULL, start INTEGER, "end" INTEGER,
            text TEXT, responsible TEXT, responsible_key TEXT, task TEXT, due_text TEXT,
            due TEXT,
            PRIMARY KEY (version_id, idx)
        ) WITHOUT ROWID;
        CREATE INDEX assignments_due ON assignments (due);
        CREATE VIRTUAL TABLE fts USING fts5 (
            body, content='', tokenize='unicode61 remove_diacritics 2'
        );
        """,
    )


@migration
def m002_issued_on(conn: sqlite3.Connection) -> None:
    # The issue date apart from ``date`` (issue, else meeting): a citation's date is an
    # issue date, so only an issue date can contradict it.
    conn.execute("ALTER TABLE versions ADD COLUMN issued_on TEXT")
    conn.execute("UPDATE versions SET issued_on = json_extract(record, '$.meta.issued_on')")


@migration
def m003_index_every_version(conn: sqlite3.Connection) -> None:
    # Every version stays in the full-text index and reads keep the current ones, so no
    # index entry is ever deleted (a contentless FTS5 delete must repeat the folded text).
    conn.execute("CREATE INDEX docs_current ON docs (current)")
    rows = conn.execute(
        "SELECT v.id, v.text FROM versions v JOIN docs d ON d.id = v.doc_id WHERE v.id != d.current"
    ).fetchall()
    conn.executemany("INSERT INTO fts (rowid, body) VALUES (?, ?)", [(i, fold(t)) for i, t in rows])


@migration
def m004_index_keeps_folded_text(conn: sqlite3.Connection) -> None:
    # The index keeps its folded text, so a hit's matches are found in its folded copy
    # without folding the text again at search time.
    conn.execute(
        "CREATE VIRTUAL TABLE fts_new USING fts5 (body, tokenize='unicode61 remove_diacritics 2')"
    )
    cursor = conn.execute("SELECT id, text FROM versions ORDER BY id")
    while rows := cursor.fetchmany(500):
        conn.executemany(
            "INSERT INTO fts_new (rowid, body) VALUES (?, ?)", [(i, fold(t)) for i, t in rows]
        )
    conn.execute("DROP TABLE fts")
    conn.execute("ALTER TABLE fts_new RENAME TO fts")


def _script(conn: sqlite3.Connection, sql: str) -> None:
    # Not ``executescript``: it commits first, and a migration is one transaction.
    for statement in sql.split(";\n"):
        if statement.strip():
            conn.execute(statement)


def applied(conn: sqlite3.Connection) -> list[str]:
    """The names of the migrations already applied to ``conn``'s database."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    return [row[0] for row in conn.execute("SELECT name FROM _migrations ORDER BY rowid")]


def migrate(conn: sqlite3.Connection, where: str = "") -> list[str]:
    """Apply the pending migrations, each in its own transaction; the names applied now."""
    done = applied(conn)
    known = [name for name, _ in MIGRATIONS]
    unknown = [name for name in done if name not in known]
    if unknown:
        raise StoreError(
            "V200", where, detail=f"kho được tạo bởi phiên bản mới hơn (migration {unknown[0]})"
        )
    now: list[str] = []
    for name, fn in MIGRATIONS:
        if name in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            if name in applied(conn):  # another process migrated meanwhile
                conn.execute("ROLLBACK")
                continue
            fn(conn)
            conn.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                (name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        now.append(name)
    return now
