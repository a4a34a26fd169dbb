"""Store fixtures: a store built once from the real corpus, and fresh empty stores."""

from __future__ import annotations

import pytest

from tests.conftest import EXTERNAL, SEEDS


def real_files():
    """The seeds and the external documents (``*.txt``), read in place."""
    return sorted(SEEDS.glob("*.txt")) + sorted(EXTERNAL.rglob("*.txt"))


@pytest.fixture(scope="session")
def real_store(tmp_path_factory):
    """``(corpus, report)`` of a store built from the real corpus."""
    from vankien.corpus import Corpus

    path = tmp_path_factory.mktemp("store") / "vankien.db"
    corpus = Corpus(path)
    report = corpus.ingest(real_files())
    yield corpus, report
    corpus.close()


@pytest.fixture
def fresh(tmp_path):
    """An empty corpus in a temporary folder."""
    from vankien.corpus import Corpus

    corpus = Corpus(tmp_path / "vankien.db")
    yield corpus
    corpus.close()
