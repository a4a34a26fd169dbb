"""Ingest: idempotent by sha256, versions of changed files, bad files reported, parallel
extraction, and a store that survives SIGKILL at any moment."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.store.conftest import real_files
from vankien.corpus import Corpus

TABLES = ("docs", "versions", "sections", "refs", "figures", "assignments")


def rows(corpus: Corpus) -> dict[str, int]:
    conn = corpus.store.conn  # type: ignore[attr-defined]
    out = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    out["fts"] = conn.execute("SELECT count(*) FROM fts").fetchone()[0]
    return out


def copies(folder: Path, count: int) -> list[Path]:
    """``count`` documents with distinct bytes: the real ones, each copy numbered."""
    sources = [p.read_text(encoding="utf-8") for p in real_files()]
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(count):
        path = folder / f"{i:05d}.txt"
        path.write_text(sources[i % len(sources)] + f"\nBản sao số {i}.\n", encoding="utf-8")
        out.append(path)
    return out


def test_real_corpus_is_stored(real_store):
    corpus, report = real_store
    assert report.failures == []
    assert report.counts["added"] == len(real_files()) == corpus.summary()["docs"]
    assert corpus.integrity() == "ok"


def test_reingest_changes_nothing(tmp_path):
    with Corpus(tmp_path / "k.db") as corpus:
        first = corpus.ingest(real_files())
        before = rows(corpus)
        again = corpus.ingest(real_files())
        assert again.counts == {"unchanged": first.counts["added"]}
        assert rows(corpus) == before
        assert before["docs"] == before["versions"] == before["fts"] == len(real_files())


def test_parallel_ingest_stores_the_same(tmp_path):
    files = copies(tmp_path / "docs", 40)
    with Corpus(tmp_path / "one.db") as one, Corpus(tmp_path / "two.db") as two:
        one.ingest(files, jobs=1)
        report = two.ingest(files, jobs=2)
        assert report.counts == {"added": 40}
        assert rows(one) == rows(two)
        assert [(d.path, d.sha256) for d in one.documents()] == [
            (d.path, d.sha256) for d in two.documents()
        ]


def test_changed_file_becomes_a_new_version(tmp_path):
    path = tmp_path / "nq.txt"
    original = real_files()[0].read_text(encoding="utf-8")
    path.write_text(original, encoding="utf-8")
    with Corpus(tmp_path / "k.db") as corpus:
        assert corpus.ingest([path]).counts == {"added": 1}
        path.write_text(original + "\nBổ sung: kiểm tra vườn thanh long.\n", encoding="utf-8")
        assert corpus.ingest([path]).counts == {"version": 1}
        (doc,) = corpus.documents()
        history = corpus.history(doc)
        assert [v.version for v in history] == [1, 2]
        assert [v.current for v in history] == [False, True]
        assert corpus.store.text(history[0].version_id) == original  # the old one is kept
        assert [h.doc.version for h in corpus.search('"vườn thanh long"')] == [2]
        # the same bytes as version 1 again: version 1 is current again, nothing added
        path.write_text(original, encoding="utf-8")
        assert corpus.ingest([path]).counts == {"restored": 1}
        assert corpus.search('"vườn thanh long"') == []
        assert rows(corpus)["versions"] == rows(corpus)["fts"] == 2
        assert corpus.integrity() == "ok"


def test_same_bytes_at_another_path_are_not_stored_twice(tmp_path):
    text = real_files()[0].read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    with Corpus(tmp_path / "k.db") as corpus:
        report = corpus.ingest([tmp_path / "a.txt", tmp_path / "b.txt"])
        assert report.counts == {"added": 1, "duplicate": 1}
        assert report.duplicates == [(str(tmp_path / "b.txt"), str(tmp_path / "a.txt"))]


# fmt: off
BAD_FILES = [
    ("empty.txt", b"", "V101"),
    ("binary.txt", b"\x00\x01\x02" * 400, "V105"),
    ("shopping.txt", "Mua: trứng, sữa, bánh mì.\n".encode() * 3, "V105"),
    ("latin1.txt", "Nghị quyết của Đảng bộ".encode("cp1252", "replace") + b"\xff\xfe\x81" * 50, "V10"),
    ("table.xyz", b"anything", "V106"),
]
# fmt: on


def test_bad_files_are_reported_and_the_rest_stored(tmp_path):
    folder = tmp_path / "in"
    good = copies(folder, 3)
    for name, data, _ in BAD_FILES:
        (folder / name).write_bytes(data)
    missing = tmp_path / "missing.txt"
    with Corpus(tmp_path / "k.db") as corpus:
        report = corpus.ingest([*good, *(folder / n for n, _, _ in BAD_FILES), missing])
        assert report.counts["added"] == 3
        assert corpus.summary()["docs"] == 3
        reasons = dict(report.failures)
        for name, _, code in BAD_FILES:
            assert reasons[str(folder / name)].startswith(f"[{code}"), name
        assert reasons[str(missing)].startswith("[V100]")


def _count(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM docs").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.mark.parametrize("jobs", [1, 2])
def test_sigkill_mid_ingest_leaves_a_consistent_store(tmp_path, jobs):
    files = copies(tmp_path / "docs", 150)
    db = tmp_path / "k.db"
    command = [
        sys.executable,
        "-c",
        "from vankien.cli.app import main; main()",
        "ingest",
        str(tmp_path / "docs"),
        "--db",
        str(db),
        "--jobs",
        str(jobs),
        "--batch",
        "10",
    ]
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    deadline = time.monotonic() + 120
    while process.poll() is None and _count(db) == 0 and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.05)  # into the next batch
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    stored = _count(db)
    assert 0 < stored < len(files), "the kill must land mid-ingest"
    with Corpus(db) as corpus:
        assert corpus.integrity() == "ok"
        assert rows(corpus)["docs"] == rows(corpus)["versions"] == rows(corpus)["fts"] == stored
        report = corpus.ingest([tmp_path / "docs"])
        assert report.counts["added"] == len(files) - stored
        assert report.counts["unchanged"] == stored
        assert corpus.summary()["docs"] == len(files)
        assert corpus.integrity() == "ok"


def crash_on(path: str):
    """Read like ``extract``, but a file named ``crash*.txt`` kills its process."""
    if Path(path).name.startswith("crash"):
        os._exit(3)
    return path, f"đọc {Path(path).name}"


def test_a_file_that_kills_its_process_is_reported_and_the_rest_read():
    from vankien.store.ingest import parallel

    paths = [f"/x/{i}.txt" for i in range(30)]
    paths[7] = "/x/crash-a.txt"
    paths[21] = "/x/crash-b.txt"
    results = list(parallel(paths, 2, crash_on))
    assert [r[0] for r in results] == paths  # every file once, in order
    for path, message in results:
        if "crash" in path:
            assert message.startswith("[V199]") and "dừng đột ngột" in message
        else:
            assert message == f"đọc {Path(path).name}"


class _BreaksOnSubmit:
    """A pool that breaks on its ``n``-th submit, as a real one does when a worker died
    between two submits."""

    def __init__(self, n: int):
        self.n = n

    def submit(self, fn, path):
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        self.n -= 1
        if self.n < 0:
            raise BrokenProcessPool("a worker died")
        future = Future()
        future.set_result(fn(path))
        return future

    def shutdown(self, wait=True, cancel_futures=False):
        pass


def test_a_pool_that_breaks_while_files_are_submitted_loses_no_file(monkeypatch):
    from vankien.store import ingest

    pools = iter([_BreaksOnSubmit(5), _BreaksOnSubmit(100), _BreaksOnSubmit(100)])
    monkeypatch.setattr(ingest, "_executor", lambda jobs: next(pools))
    paths = [f"/x/{i}.txt" for i in range(40)]
    results = list(ingest.parallel(paths, 2, crash_on))
    assert [r[0] for r in results] == paths
    assert all(message == f"đọc {Path(path).name}" for path, message in results)
