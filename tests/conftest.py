"""Shared fixtures: the example documents and the shared corpus beside the project."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"
SEEDS = SHARED / "corpus" / "seeds"
EXTERNAL = SHARED / "corpus" / "external"
GOLD = SHARED / "spec" / "dev-gold"


def corpus_files() -> list[Path]:
    """Every document of ``../shared/corpus`` (seeds and external), else the bundled examples."""
    found = sorted(SEEDS.glob("*.txt")) + sorted(EXTERNAL.rglob("*.txt"))
    return found or sorted(EXAMPLES.glob("*.txt"))


@pytest.fixture(scope="session")
def records():
    """The record and canonical text of every corpus document, computed once."""
    from vankien.load import load
    from vankien.pipeline import run, source_of

    out = {}
    for path in corpus_files():
        loaded = load(path)
        out[path] = (run(loaded.text, source_of(loaded)), loaded.text)
    return out
