"""Ingest speed, memory and size of the corpus store.

    .venv/bin/python bench/ingest.py [--docs 10000] [--jobs 1 2] [--keep DIR]

Writes ``--docs`` copies of the seeds and the external corpus with distinct bytes (a
numbered line appended to each), then runs ``vankien ingest DIR --jobs N`` for each N in
a fresh store. Prints docs/s, the peak RSS of the command (main process, and the whole
process tree with its workers), whether memory stays flat (the peak in the last quarter of
the run against the first quarter) and database bytes per document (after a checkpoint).
Targets: peak RSS < 400 MB and flat. The stores are kept for ``bench/search.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
CLI = ROOT / ".venv" / "bin" / "vankien"
PAGE = os.sysconf("SC_PAGE_SIZE")


def corpus() -> list[Path]:
    files = sorted(SHARED.glob("seeds/*.txt")) + sorted(SHARED.glob("external/**/*.txt"))
    return files or sorted((ROOT / "examples").glob("*.txt"))


def make_copies(folder: Path, count: int) -> None:
    sources = [p.read_text(encoding="utf-8") for p in corpus()]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        text = sources[i % len(sources)] + f"\nBản sao số {i}.\n"
        (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * PAGE
    except (OSError, ValueError, IndexError):
        return 0


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def _tree_rss(root: int) -> int:
    tree, total, todo = _children(), 0, [root]
    while todo:
        pid = todo.pop()
        total += _rss(pid)
        todo += tree.get(pid, [])
    return total


def run(docs: Path, db: Path, jobs: int, count: int) -> dict[str, float]:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(CLI), "ingest", str(docs), "--db", str(db), "--jobs", str(jobs)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    samples: list[tuple[float, int, int]] = []
    while process.poll() is None:
        samples.append((time.perf_counter() - started, _rss(process.pid), _tree_rss(process.pid)))
        time.sleep(0.1)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        sys.exit(f"ingest failed ({process.returncode}): {process.stderr.read().decode()[-2000:]}")
    conn = sqlite3.connect(db)
    stored = conn.execute("SELECT count(*) FROM docs").fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    size = sum(Path(f"{db}{s}").stat().st_size for s in ("", "-wal") if Path(f"{db}{s}").exists())
    quarter = max(1, len(samples) // 4)
    first = max((s[1] for s in samples[:quarter]), default=0)
    last = max((s[1] for s in samples[-quarter:]), default=0)
    return {
        "jobs": jobs,
        "docs": stored,
        "seconds": round(seconds, 1),
        "docs_per_s": round(count / seconds, 1),
        "peak_rss_main_mb": round(max((s[1] for s in samples), default=0) / 2**20, 1),
        "peak_rss_tree_mb": round(max((s[2] for s in samples), default=0) / 2**20, 1),
        "rss_first_quarter_mb": round(first / 2**20, 1),
        "rss_last_quarter_mb": round(last / 2**20, 1),
        "db_bytes_per_doc": round(size / max(stored, 1)),
    }


def store_cost(docs: Path, count: int = 200) -> dict[str, float]:
    """The store's own cost per document, the pipeline apart: rows of a record (payload)
    and the batched write (one transaction for ``count`` documents)."""
    sys.path.insert(0, str(ROOT / "src"))
    from vankien.load import load
    from vankien.pipeline import run as pipeline_run
    from vankien.pipeline import source_of
    from vankien.store.rows import payload
    from vankien.store.sqlite import SQLiteStore

    files = sorted(docs.glob("*.txt"))[:count]
    records = []
    for path in files:
        loaded = load(path)
        records.append((pipeline_run(loaded.text, source_of(loaded)), loaded.text, str(path)))
    started = time.perf_counter()
    payloads = [payload(r, t, p) for r, t, p in records]
    rows = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as folder:
        store = SQLiteStore(Path(folder) / "cost.db")
        started = time.perf_counter()
        store.write_batch(payloads)
        write = time.perf_counter() - started
        store.close()
    return {
        "payload_ms_per_doc": round(rows / len(files) * 1000, 2),
        "write_ms_per_doc": round(write / len(files) * 1000, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--keep", type=Path, help="folder for the copies and the stores")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="vankien-bench-"))
    docs = work / "docs"
    if not docs.exists() or len(list(docs.glob("*.txt"))) != args.docs:
        make_copies(docs, args.docs)
    results = []
    for jobs in args.jobs:
        result = run(docs, work / f"bench-j{jobs}.db", jobs, args.docs)
        results.append(result)
        print(json.dumps(result), flush=True)
    print(f"\n{args.docs} documents; stores in {work}")
    print("| jobs | docs/s | peak RSS main | peak RSS tree | RSS 1st/last quarter | DB bytes/doc |")
    print("|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print(
            f"| {r['jobs']} | {r['docs_per_s']} | {r['peak_rss_main_mb']} MB | "
            f"{r['peak_rss_tree_mb']} MB | {r['rss_first_quarter_mb']} / "
            f"{r['rss_last_quarter_mb']} MB | {r['db_bytes_per_doc']:,} |"
        )
    print("store cost, pipeline apart:", json.dumps(store_cost(docs)))
    ok = all(r["peak_rss_tree_mb"] < 400 for r in results)
    print("peak RSS < 400 MB:", "yes" if ok else "NO")


if __name__ == "__main__":
    main()
