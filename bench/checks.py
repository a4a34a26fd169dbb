"""How much the checks add to extract time: the relations extractor plus the check stage.

    .venv/bin/python bench/checks.py [--docs 1000]

Reads the seeds and the external corpus (``../shared/corpus``), repeats them to at least
``--docs`` documents, runs the pipeline's steps one by one and prints the time of extract
without the checks, the time of the relations extractor and of ``check.run``, and their
share of extract time. The target: the checks add at most 20 %.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from vankien import check, layout
from vankien.document import Doc
from vankien.extract import EXTRACTORS, meta, relations
from vankien.folding import fold
from vankien.load import load
from vankien.models import Record

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def texts(minimum: int) -> list[str]:
    found = sorted(CORPUS.glob("seeds/*.txt")) + sorted(CORPUS.glob("external/**/*.txt"))
    loaded = [load(path).text for path in found]
    if not loaded:
        raise SystemExit(f"no documents under {CORPUS}")
    repeated = loaded * (minimum // len(loaded) + 1)
    return repeated[: max(minimum, len(loaded))]


def measure(batch: list[str]) -> dict[str, float]:
    """Seconds spent in extract without the checks, in ``relations`` and in ``check.run``."""
    others = tuple(e for e in EXTRACTORS if e is not relations)
    spent = {"extract": 0.0, "relations": 0.0, "check": 0.0}
    for text in batch:
        started = time.perf_counter()
        folded = fold(text)
        doc = Doc(text=text, folded=folded, layout=layout.analyse(text, folded))
        items: dict = {}
        for extractor in others:
            result = extractor.extract(doc)
            if extractor is meta:
                doc.meta = result
            items[extractor.KIND] = result
        record = Record(
            meta=items.get("meta") or doc.meta,
            sections=doc.layout.sections,
            references=items.get("references", []),
            figures=items.get("figures", []),
            assignments=items.get("assignments", []),
        )
        middle = time.perf_counter()
        record.relations = relations.extract(doc)
        after = time.perf_counter()
        record.issues = check.run(record, doc)
        done = time.perf_counter()
        spent["extract"] += middle - started
        spent["relations"] += after - middle
        spent["check"] += done - after
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    args = parser.parse_args()
    batch = texts(args.docs)
    measure(batch[:20])  # warm caches and compiled patterns
    spent = measure(batch)
    chars = sum(len(t) for t in batch)
    base = spent["extract"]
    added = spent["relations"] + spent["check"]
    print(f"{len(batch)} documents, {chars / 1e6:.1f} M characters")
    print(f"extract without checks: {base:.2f} s ({base / len(batch) * 1e3:.2f} ms/document)")
    print(f"relations extractor:    {spent['relations']:.2f} s ({spent['relations'] / base:.1%})")
    print(f"check.run:              {spent['check']:.2f} s ({spent['check'] / base:.1%})")
    print(
        f"extract with checks:    {base + added:.2f} s; checks add {added / base:.1%} (target ≤ 20 %)"
    )


if __name__ == "__main__":
    main()
