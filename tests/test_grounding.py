"""Every item's ``text`` is the canonical text at its ``span``, on every real document."""

from __future__ import annotations

from tests.conftest import corpus_files


def test_corpus_is_present():
    assert len(corpus_files()) >= 4


def test_every_item_is_grounded(records):
    for path, (record, text) in records.items():
        assert record.ungrounded(text) == [], path
        for item in record.items():
            assert 0 <= item.span[0] <= item.span[1] <= len(text), (path, item)
