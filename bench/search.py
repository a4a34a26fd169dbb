"""Search latency over a large store.

    .venv/bin/python bench/search.py DB [--repeat 5]

Runs 20 queries (with and without marks, phrases, prefixes, filters) through
``vankien.open(DB).search`` — ranking, section and snippet included — and prints
p50/p95 latency over every run (wall clock, and CPU time of the process, which a busy
machine does not inflate), the cold (first) run of each query, and hits per query.
Target: p95 < 50 ms. Build DB with ``bench/ingest.py --keep DIR``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import vankien  # noqa: E402
from vankien.store.rows import Filters  # noqa: E402

QUERIES: list[tuple[str, Filters]] = [
    ("thu ngân sách", Filters()),
    ("thu ngan sach", Filters()),
    ("THU NGÂN SÁCH", Filters(level="huyen")),
    ('"tỷ lệ hộ nghèo"', Filters()),
    ("hoi nghi", Filters()),
    ("huyen uy", Filters()),
    ("Ban Thường vụ", Filters()),
    ("đảng viên", Filters(kind="NQ")),
    ("dang vien", Filters(date_from="2023-01-01", date_to="2023-12-31")),
    ("nông thôn mới", Filters()),
    ("giai ngan von dau tu cong", Filters()),
    ("04-NQ/TU", Filters()),
    ("bảo hiểm y tế", Filters()),
    ("quốc phòng an ninh", Filters()),
    ("chuyen doi so", Filters()),
    ("tham nhung OR tieu cuc", Filters()),
    ("lương cơ sở", Filters(kind="NĐ")),
    ("phòng chống thiên tai", Filters()),
    ("kiem tra giam sat", Filters(has_issues=False)),
    ("cải cách hành chính", Filters(issuer="Thị ủy")),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--limit", type=int, default=20)
    args = parser.parse_args()
    corpus = vankien.open(args.db)
    docs = corpus.summary()["docs"]
    timings: list[float] = []
    cpu: list[float] = []
    print(f"{docs} documents in {args.db}\n")
    print("| query | filters | hits | cold ms | median ms | median CPU ms |")
    print("|---|---|---:|---:|---:|---:|")
    for query, filters in QUERIES:
        runs = []
        runs_cpu: list[float] = []
        hits = []
        for _ in range(args.repeat):
            started, started_cpu = time.perf_counter(), time.process_time()
            hits = corpus.search(query, filters, limit=args.limit)
            runs.append((time.perf_counter() - started) * 1000)
            runs_cpu.append((time.process_time() - started_cpu) * 1000)
        timings += runs
        cpu += runs_cpu
        shown = ", ".join(f"{k}={v}" for k, v in vars(filters).items() if v is not None)
        print(
            f"| {query} | {shown} | {len(hits)} | {runs[0]:.1f} | {statistics.median(runs):.1f} "
            f"| {statistics.median(runs_cpu):.1f} |"
        )
    print(f"\n{len(timings)} searches (target p95 < 50 ms):")
    for name, values in (("wall", timings), ("cpu", cpu)):
        values.sort()
        p50 = values[len(values) // 2]
        p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
        print(f"  {name}: p50 {p50:.1f} ms, p95 {p95:.1f} ms")
    print(f"  load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
