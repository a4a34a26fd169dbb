"""The corpus speaks to its store only through the backend interface (``Store``), so a
PostgreSQL backend can follow without touching callers."""

from __future__ import annotations

import io

from tests.store.builders import build, store
from vankien.corpus import Corpus
from vankien.store.db import Store
from vankien.store.sqlite import SQLiteStore

INTERFACE = {
    name for name in dir(Store) if not name.startswith("_") or name in ("__enter__", "__exit__")
} | set(Store.__annotations__)


class OnlyTheInterface:
    """A store that answers only what :class:`Store` declares."""

    def __init__(self, inner: SQLiteStore) -> None:
        self._inner = inner

    def __getattr__(self, name: str):
        assert name in INTERFACE, f"Corpus uses {name!r}, which Store does not declare"
        return getattr(self._inner, name)


def test_corpus_uses_only_the_store_interface(tmp_path, real_store):
    inner = SQLiteStore(tmp_path / "k.db")
    corpus = Corpus(store=OnlyTheInterface(inner))  # type: ignore[arg-type]
    nq = build("NGHỊ QUYẾT\nNăm 2023 thu ngân sách đạt 100 tỷ đồng.\n", "/b/nq.txt",
               meta={"doc_type": "NQ", "number": "01-NQ/HU", "issuer": "Huyện ủy",
                     "level": "huyen", "issued_on": "2023-01-05"},
               figures=[{"fragment": "100 tỷ đồng", "value": 100, "unit": "tỷ đồng",
                         "kind": "target", "period": "2023", "indicator": "thu ngân sách"}],
               assignments=[{"fragment": "NGHỊ QUYẾT", "responsible": "Huyện ủy", "due": "2023-12-31"}])  # fmt: skip
    store(corpus, nq)
    from tests.store.conftest import real_files

    corpus.ingest(real_files()[:2])
    corpus.summary()
    corpus.search("thu ngan sach")
    row = corpus.find("01-NQ/HU")
    corpus.record(row)
    corpus.text(row)
    corpus.history(row)
    corpus.sections(row)
    corpus.refs(row)
    corpus.citing("04-NQ/TU")
    corpus.graph("graphml")
    corpus.targets()
    corpus.tasks(overdue=True, as_of="2024-01-01")
    for table in ("records", "documents", "figures", "targets", "tasks"):
        corpus.export(io.StringIO(), "jsonl", table)
    corpus.export(io.BytesIO(), "xlsx")
    assert corpus.integrity() == "ok"
    corpus.close()
