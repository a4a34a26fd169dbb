"""Migrations: applied once each, in order, recorded; a newer store is refused."""

from __future__ import annotations

import sqlite3

import pytest

from vankien.errors import StoreError
from vankien.store.migrations import MIGRATIONS, applied, migrate
from vankien.store.sqlite import SQLiteStore


def test_a_new_store_has_every_migration(tmp_path):
    store = SQLiteStore(tmp_path / "k.db")
    assert applied(store.conn) == [name for name, _ in MIGRATIONS]
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert migrate(store.conn) == []  # nothing left to apply
    store.close()


def test_an_old_store_is_migrated_without_losing_records(tmp_path):
    from tests.store.builders import build
    from tests.store.builders import store as write
    from vankien.corpus import Corpus

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    first, *rest = MIGRATIONS
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    first[1](conn)
    conn.execute("INSERT INTO _migrations VALUES (?, 'then')", (first[0],))
    conn.close()
    # a store at migration 1 only cannot take today's rows; migrate, then write and read
    with Corpus(path) as corpus:
        assert applied(corpus.store.conn) == [name for name, _ in MIGRATIONS]
        write(
            corpus,
            build("NGHỊ QUYẾT\nThu ngân sách.\n", "/m/a.txt", meta={"issued_on": "2023-01-02"}),
        )
        (doc,) = corpus.documents()
        assert doc.issued_on == "2023-01-02"
        assert corpus.search("thu ngan sach")


def test_a_store_from_a_newer_version_is_refused(tmp_path):
    store = SQLiteStore(tmp_path / "k.db")
    store.conn.execute("INSERT INTO _migrations VALUES ('m999_future', 'later')")
    store.close()
    with pytest.raises(StoreError, match="V200"):
        SQLiteStore(tmp_path / "k.db")


def test_a_file_that_is_no_store_is_refused(tmp_path):
    path = tmp_path / "k.db"
    path.write_bytes(b"not a database" * 100)
    with pytest.raises(StoreError, match="V200"):
        SQLiteStore(path)
