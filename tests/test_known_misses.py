"""Known misses kept as data (tests/known_misses.toml), run as strict xfails."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.conftest import SHARED
from vankien import read_text

MISSES = tomllib.loads((Path(__file__).parent / "known_misses.toml").read_text(encoding="utf-8"))
CASES = MISSES.get("miss", [])


@pytest.mark.parametrize(
    "miss",
    [pytest.param(m, marks=pytest.mark.xfail(strict=True, reason=m["reason"])) for m in CASES],
    ids=[f"{m.get('doc', 'snippet')}:{m['text'][:30]}" for m in CASES],
)
def test_known_miss(miss, records):
    if "snippet" in miss:  # a passage of a document outside the corpus
        text = miss["snippet"]
        record = read_text(text)
    else:
        path = SHARED / "corpus" / miss["doc"]
        if path not in records:
            pytest.skip(f"{path} not in the corpus")
        record, text = records[path]
    start = text.index(miss["text"])
    end = start + len(miss["text"])
    items = getattr(record, miss["kind"])
    assert any(i.span[0] < end and start < i.span[1] for i in items)


def test_misses_name_real_text():
    for miss in CASES:
        if "snippet" in miss:
            assert miss["text"] in miss["snippet"], miss
            continue
        path = SHARED / "corpus" / miss["doc"]
        if path.exists():
            assert miss["text"] in path.read_text(encoding="utf-8"), miss
