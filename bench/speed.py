"""Extraction speed beside a baseline measured in the same run over the same files.

    .venv/bin/python bench/speed.py [--docs 1000] [--repeat 3]

Copies of the seeds and the external corpus (≥ 1,000 files) are read in one process:
the baseline only reads, NFC-normalises and runs five regexes; vankien runs the whole
pipeline over the batch (`vankien.pipeline.read_many`, as `vankien extract DIR` does).
Prints docs/s and chars/s of both, time per stage, the cold-start times of the CLI
(`vankien --help`, `vankien extract` of one seed) and the peak memory of extracting one
5 MB document. Target: vankien ≥ 1/3 of the baseline's
docs/s; --help ≤ 0.3 s; extract of one seed ≤ 0.5 s; 5 MB document < 300 MB.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

from vankien.compiled import PURE_ENV, build

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
CLI = ROOT / ".venv" / "bin" / "vankien"

# The baseline's five regexes: what any reader of these documents would at least scan for.
BASELINE = [
    re.compile(r"\d+[-/][A-ZĐ]+[-/][A-ZĐa-z]+"),  # number-symbols
    re.compile(r"\d{1,2}/\d{1,2}/\d{4}"),  # dates
    re.compile(r"\d+(?:[.,]\d+)*\s?%"),  # percents
    re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?"),  # grouped numbers
    re.compile(r"(?i)\b(?:giao|đạt|vượt|phấn đấu|chỉ tiêu)\b"),  # cue words
]


def corpus() -> list[Path]:
    files = sorted(SHARED.glob("seeds/*.txt")) + sorted(SHARED.glob("external/**/*.txt"))
    return files or sorted((ROOT / "examples").glob("*.txt"))


def make_copies(folder: Path, count: int) -> list[Path]:
    sources = corpus()
    copies = []
    for i in range(count):
        source = sources[i % len(sources)]
        target = folder / f"{i:05d}_{source.parent.name}_{source.name}"
        shutil.copyfile(source, target)
        copies.append(target)
    return copies


def baseline(paths: list[Path]) -> int:
    chars = 0
    for path in paths:
        text = unicodedata.normalize("NFC", path.read_bytes().decode("utf-8"))
        chars += len(text)
        for pattern in BASELINE:
            pattern.findall(text)
    return chars


def vankien_all(paths: list[Path]) -> int:
    from vankien.pipeline import read_many

    chars = 0
    for _, record, error in read_many(paths):
        if error is not None:
            raise error
        chars += record.source.chars
    return chars


CHUNK = 25


def paired_ratio(paths: list[Path]) -> float:
    """The docs/s ratio with both timed on each chunk of :data:`CHUNK` files in turn, so
    both see the same moments of a machine whose speed drifts (a shared virtual machine)."""
    base = van = 0.0
    for start in range(0, len(paths), CHUNK):
        chunk = paths[start : start + CHUNK]
        _, cpu, _ = timed(baseline, chunk)
        base += cpu
        _, cpu, _ = timed(vankien_all, chunk)
        van += cpu
    return base / van


def source_ratio(docs: int) -> str:
    """The CPU ratio of the Python sources, measured by this script in a fresh process."""
    done = subprocess.run(
        [sys.executable, __file__, "--docs", str(docs), "--ratio-only"],
        capture_output=True,
        text=True,
        env={**os.environ, PURE_ENV: "1"},
    )
    return done.stdout.strip() or done.stderr.strip()[-200:]


def stages(paths: list[Path]) -> dict[str, float]:
    """Seconds spent in each stage over ``paths``."""
    from vankien import check, layout
    from vankien.document import Doc
    from vankien.extract import EXTRACTORS, meta
    from vankien.load import load
    from vankien.models import Record

    spent: dict[str, float] = {}

    def tick(name: str, started: float) -> float:
        now = time.perf_counter()
        spent[name] = spent.get(name, 0.0) + now - started
        return now

    for path in paths:
        t = time.perf_counter()
        loaded = load(path)
        t = tick("load+fold", t)
        folded = loaded.folded
        doc = Doc(text=loaded.text, folded=folded, layout=layout.analyse(loaded.text, folded))
        t = tick("layout", t)
        items = {}
        for extractor in EXTRACTORS:
            items[extractor.KIND] = extractor.extract(doc)
            if extractor is meta:
                doc.meta = items["meta"]
            t = tick(f"extract.{extractor.KIND}", t)
        record = Record(
            meta=items["meta"],
            sections=doc.layout.sections,
            references=items.get("references", []),
            figures=items.get("figures", []),
            assignments=items.get("assignments", []),
            relations=items.get("relations", []),
        )
        t = tick("record", t)
        record.issues = check.run(record, doc)
        tick("check", t)
    return spent


def timed(fn, *args) -> tuple[float, float, object]:
    """Wall and CPU seconds of ``fn(*args)``, and its result. On a shared machine the CPU
    time is the steadier figure: other processes lengthen the wall time, not the CPU time."""
    wall_start, cpu_start = time.perf_counter(), time.process_time()
    result = fn(*args)
    return time.perf_counter() - wall_start, time.process_time() - cpu_start, result


def command_times(argv: list[str], runs: int = 9) -> tuple[float, float, float]:
    """Median wall, minimum wall and median CPU seconds of a whole command."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=False)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), min(walls), statistics.median(cpus)


PEAK_SCRIPT = """
import resource, sys
from vankien.pipeline import read
record = read(sys.argv[1])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, record.source.chars, len(record.figures))
"""


def peak_memory(folder: Path, megabytes: int = 5) -> tuple[float, int, int, float]:
    """Peak RSS (MB) of a fresh process extracting one document of ``megabytes`` MB."""
    seed = corpus()[0].read_text(encoding="utf-8")
    body = seed
    while len(body.encode()) < megabytes * 1024 * 1024:
        body += "\n\n" + seed
    big = folder / "big.txt"
    big.write_text(body, encoding="utf-8")
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", PEAK_SCRIPT, str(big)], capture_output=True, text=True
    )
    elapsed = time.perf_counter() - started
    if out.returncode != 0:
        raise SystemExit(out.stderr)
    rss, chars, figures = out.stdout.split()
    return float(rss), int(chars), int(figures), elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--ratio-only", action="store_true", help="print the CPU ratio only")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = make_copies(folder, args.docs)
        vankien_all(paths[:20])  # warm up: imports, compiled patterns, data files
        base_wall, base_cpu, van_wall, van_cpu = [], [], [], []
        for _ in range(args.repeat):
            w, c, base_chars = timed(baseline, paths)
            base_wall.append(w)
            base_cpu.append(c)
            w, c, van_chars = timed(vankien_all, paths)
            van_wall.append(w)
            van_cpu.append(c)
        n = len(paths)
        if args.ratio_only:
            print(f"{min(base_cpu) / min(van_cpu):.2f}")
            return
        built = "compiled by mypyc" if build() == "compiled" else "Python sources"
        print(f"vankien's extraction stages: {built} (see src/vankien/compiled.py)")
        print(
            f"documents: {n} copies of {len(corpus())} corpus files, "
            f"{base_chars / n:,.0f} chars each on average (best of {args.repeat} runs)"
        )
        print(f"{'':10} {'docs/s':>10} {'chars/s':>14} {'wall s':>8} {'CPU s':>8}")
        for name, walls, cpus, chars in (
            ("baseline", base_wall, base_cpu, base_chars),
            ("vankien", van_wall, van_cpu, van_chars),
        ):
            w, c = min(walls), min(cpus)
            print(f"{name:10} {n / w:10,.0f} {chars / w:14,.0f} {w:8.3f} {c:8.3f}")
        for clock, base_t, van_t in (("wall", base_wall, van_wall), ("CPU", base_cpu, van_cpu)):
            ratio = min(base_t) / min(van_t)
            verdict = "OK" if ratio >= 1 / 3 else "SHORT"
            print(f"vankien / baseline docs/s ({clock}) = {ratio:.2f} (target ≥ 0.33): {verdict}")
        ratio = paired_ratio(paths)
        verdict = "OK" if ratio >= 1 / 3 else "SHORT"
        print(f"vankien / baseline docs/s (CPU, paired by {CHUNK} files) = {ratio:.2f}: {verdict}")
        if build() == "compiled":
            print(f"the same, Python sources (VANKIEN_PURE_PYTHON=1) = {source_ratio(n)}")

        spent = stages(paths)
        total = sum(spent.values())
        print("\nper stage, one document at a time (ms per document, share of pipeline):")
        for name, seconds in spent.items():
            print(f"  {name:24} {1000 * seconds / n:8.3f} ms  {100 * seconds / total:5.1f} %")

        if CLI.exists():
            seed = corpus()[0]
            subprocess.run([str(CLI), "extract", str(seed)], capture_output=True, check=False)
            print("\ncold start (9 runs): median wall, fastest wall, median CPU")
            for label, argv, target in (
                ("vankien --help", [str(CLI), "--help"], 0.3),
                (
                    "vankien extract one seed",
                    [str(CLI), "extract", str(seed), "--format", "json"],
                    0.5,
                ),
            ):
                median, fastest, cpu = command_times(argv)
                verdict = "OK" if median <= target else "SHORT"
                print(
                    f"  {label:25} {median:.3f} s  {fastest:.3f} s  {cpu:.3f} s "
                    f"(target ≤ {target}): {verdict}"
                )

        rss, chars, figures, seconds = peak_memory(folder)
        print(
            f"\none document of {chars:,} chars ({figures} figures) in {seconds:.2f} s: peak RSS {rss:.0f} MB "
            f"(target < 300): {'OK' if rss < 300 else 'SHORT'}"
        )


if __name__ == "__main__":
    main()
