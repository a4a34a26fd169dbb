"""Lint the package's data files: they parse, their text is NFC, and every pattern
matches its examples and none of its counter-examples (on the folded text)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

import pytest

from vankien import vocab
from vankien.folding import fold

NAMES = vocab.names()


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict) or hasattr(value, "items"):
        for k, v in value.items():
            yield k
            yield from _strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)


def _patterns(value: Any, where: str = "") -> Iterator[tuple[str, Any]]:
    """Every table that has a ``regex`` and ``examples``."""
    if hasattr(value, "items"):
        if "regex" in value and "examples" in value:
            yield where, value
        for k, v in value.items():
            yield from _patterns(v, f"{where}.{k}")
    elif isinstance(value, (list, tuple)):
        for i, v in enumerate(value):
            yield from _patterns(v, f"{where}[{i}]")


def test_there_are_data_files():
    assert {"doc_kinds", "periods", "directions"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_text_is_nfc(name):
    for s in _strings(vocab.table(name)):
        assert unicodedata.normalize("NFC", s) == s, (name, s)


PATTERNS = [(name, where, entry) for name in NAMES for where, entry in _patterns(vocab.table(name))]


@pytest.mark.parametrize(
    ("name", "where", "entry"), PATTERNS, ids=[f"{n}{w}" for n, w, _ in PATTERNS]
)
def test_pattern_matches_examples_not_counter_examples(name, where, entry):
    pattern = re.compile(entry["regex"])
    for example in entry["examples"]:
        assert pattern.search(fold(example)), (name, where, example)
    for counter in entry.get("counter_examples", ()):
        assert not pattern.search(fold(counter)), (name, where, counter)


def test_every_kind_names_its_examples():
    for kind in vocab.table("doc_kinds")["kinds"]:
        for example in kind["examples"]:
            written = fold(example)
            assert (
                any(fold(n) in written for n in kind["names"]) or fold(kind["symbol"]) in written
            ), example
