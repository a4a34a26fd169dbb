"""Search latency over a large store.

    .venv/bin/python bench/search.py DB [--repeat 5]

Runs 20 queries (with and without marks, phrases, prefixes, filters) through
``vankien.open(DB).search`` — ranking, section and snippet included — and prints
p50/p95 latency over every run, the cold (first) run of each query, and hits per query.
Target: p95 < 50 ms. Build DB with ``bench/ingest.py --keep DIR``.
"""

from __future__ import annotations

import argparse
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
    print(f"{docs} documents in {args.db}\n")
    print("| query | filters | hits | cold ms | median ms |")
    print("|---|---|---:|---:|---:|")
    for query, filters in QUERIES:
        runs = []
        hits = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            hits = corpus.search(query, filters, limit=args.limit)
            runs.append((time.perf_counter() - started) * 1000)
        timings += runs
        shown = ", ".join(f"{k}={v}" for k, v in vars(filters).items() if v is not None)
        print(
            f"| {query} | {shown} | {len(hits)} | {runs[0]:.1f} | {statistics.median(runs):.1f} |"
        )
    timings.sort()
    p50 = timings[len(timings) // 2]
    p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
    print(f"\np50 {p50:.1f} ms, p95 {p95:.1f} ms over {len(timings)} searches (target p95 < 50 ms)")


if __name__ == "__main__":
    main()
