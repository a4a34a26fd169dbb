"""The pipeline one file at a time and in batches: the same records, errors in their place."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import corpus_files
from vankien import pipeline
from vankien.errors import InputError
from vankien.pipeline import read_many


def test_a_batch_gives_the_records_of_one_file_at_a_time(records):
    paths = corpus_files()
    batched = list(read_many(paths))
    assert [path for path, _, _ in batched] == paths
    for path, record, error in batched:
        assert error is None, path
        assert record.model_dump() == records[path][0].model_dump(), path


def test_a_bad_file_keeps_its_place_and_the_batch_goes_on(tmp_path: Path):
    good = tmp_path / "a.txt"
    good.write_text(corpus_files()[0].read_text(encoding="utf-8"), encoding="utf-8")
    empty = tmp_path / "b.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "c.txt"
    results = list(read_many([good, empty, missing, good]))
    assert [path for path, _, _ in results] == [good, empty, missing, good]
    assert results[0][1] is not None and results[0][2] is None
    assert isinstance(results[1][2], InputError) and results[1][1] is None
    assert isinstance(results[2][2], InputError) and results[2][1] is None
    assert results[3][1].model_dump() == results[0][1].model_dump()


def test_a_bug_in_one_document_stops_only_that_document(tmp_path: Path, monkeypatch):
    paths = []
    for name in ("a", "b", "c"):
        path = tmp_path / f"{name}.txt"
        path.write_text(corpus_files()[0].read_text(encoding="utf-8"), encoding="utf-8")
        paths.append(path)
    real = pipeline._extract
    calls = []

    def failing_second(job, extractor):
        calls.append(job)
        if len(calls) == 2:
            raise ValueError("lỗi thử")
        real(job, extractor)

    monkeypatch.setattr(pipeline, "_extract", failing_second)
    results = list(read_many(paths))
    assert [error is None for _, _, error in results] == [True, False, True]
    assert isinstance(results[1][2], ValueError)


def test_chunks_close_by_count_and_by_size(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(pipeline, "CHUNK_DOCS", 2)
    sizes = []
    real = pipeline._run_stages
    monkeypatch.setattr(
        pipeline, "_run_stages", lambda jobs, **kw: sizes.append(len(jobs)) or real(jobs, **kw)
    )
    paths = corpus_files()[:5]
    assert len(list(read_many(paths))) == 5
    assert sizes == [2, 2, 1]
    sizes.clear()
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 1)
    assert len(list(read_many(paths[:3]))) == 3
    assert sizes == [1, 1, 1]


def test_one_document_raises_what_stopped_it(monkeypatch):
    monkeypatch.setattr(pipeline, "_make_record", _boom)
    with pytest.raises(ZeroDivisionError):
        pipeline.read_text("NGHỊ QUYẾT\nvề phát triển kinh tế năm 2024. Thu ngân sách đạt 100%.")


def _boom(job):
    raise ZeroDivisionError


def test_the_cycle_collector_is_left_as_it_was():
    import gc

    text = "NGHỊ QUYẾT\nvề phát triển kinh tế năm 2024. Thu ngân sách đạt 100%."
    assert gc.isenabled()
    pipeline.read_text(text)
    assert gc.isenabled()
    gc.disable()
    try:
        pipeline.read_text(text)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_objects_frozen_by_the_process_stay_frozen():
    import gc

    text = "NGHỊ QUYẾT\nvề phát triển kinh tế năm 2024. Thu ngân sách đạt 100%."
    assert gc.get_freeze_count() == 0
    pipeline.read_text(text)
    assert gc.get_freeze_count() == 0  # nothing left frozen by a batch
    kept = [[object()] for _ in range(50)]
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        pipeline.read_text(text)
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
    assert kept


def test_a_batch_leaves_no_collection_pending():
    """The records a batch leaves are moved on, not walked by the next allocation."""
    import gc

    files = corpus_files()[:6]
    collections = []

    def count(phase, info):
        if phase == "start":
            collections.append(info["generation"])

    list(pipeline.read_many(files))  # warm
    gc.collect()
    gc.callbacks.append(count)
    try:
        records = [record for _, record, _ in pipeline.read_many(files)]
        seen = list(collections)
    finally:
        gc.callbacks.remove(count)
    assert all(records)
    assert set(seen) <= {1}  # the young generations collected as a chunk begins, no more


def test_a_batch_promotes_no_garbage_of_the_caller():
    """Cyclic garbage the caller left before a batch is collected, not kept in the oldest
    generation with the records."""
    import gc
    import weakref

    class Node:
        def __init__(self) -> None:
            self.me = self

    list(pipeline.read_many(corpus_files()[:1]))
    refs = []
    for _ in range(20):
        node = Node()
        refs.append(weakref.ref(node))
        del node
    list(pipeline.read_many(corpus_files()[:1]))
    assert sum(ref() is not None for ref in refs) == 0
    assert gc.isenabled()


def test_an_error_held_keeps_no_other_document(tmp_path: Path, monkeypatch):
    good = tmp_path / "a.txt"
    good.write_text(corpus_files()[0].read_text(encoding="utf-8"), encoding="utf-8")
    real = pipeline._extract
    calls = []

    def failing_first(job, extractor):
        calls.append(job)
        if job is calls[0]:
            raise ValueError("lỗi thử")
        real(job, extractor)

    monkeypatch.setattr(pipeline, "_extract", failing_first)
    results = list(read_many([good, good, tmp_path / "missing.txt"]))
    errors = [error for _, _, error in results if error is not None]
    assert [type(error) for error in errors] == [ValueError, InputError]
    for error in errors:
        tb = error.__traceback__
        while tb is not None:  # the frames keep no variable: no chunk, no document
            assert not tb.tb_frame.f_locals, tb.tb_frame.f_code.co_name
            tb = tb.tb_next


def test_one_path_given_alone_is_one_file():
    path = corpus_files()[0]
    assert [p for p, _, _ in read_many(path)] == [path]
    assert [p for p, _, _ in read_many(str(path))] == [path]


def test_a_large_file_closes_the_chunk_before_it(tmp_path: Path, monkeypatch):
    small = min(corpus_files(), key=lambda p: p.stat().st_size)
    large = max(corpus_files(), key=lambda p: p.stat().st_size)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", len(large.read_text(encoding="utf-8")))
    sizes = []
    real = pipeline._run_stages
    monkeypatch.setattr(
        pipeline, "_run_stages", lambda jobs, **kw: sizes.append(len(jobs)) or real(jobs, **kw)
    )
    assert len(list(read_many([small, small, large, small]))) == 4
    assert sizes == [2, 1, 1]
