"""Values kept between runs: read back as written; a damaged or unwritable cache is no error."""

from __future__ import annotations

import pytest

from vankien import user_cache, vocab


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("VANKIEN_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_value_is_read_back(cache_dir):
    user_cache.write("data", {"units": ("abc", {"ty": [1, 2.5, "đồng"]})})
    assert user_cache.read("data") == {"units": ("abc", {"ty": [1, 2.5, "đồng"]})}
    assert user_cache.path("data").parent == cache_dir


@pytest.mark.parametrize("content", [b"", b"\x00\x01garbage", b"\xff" * 50])
def test_damaged_file_reads_as_nothing(cache_dir, content):
    user_cache.path("data").parent.mkdir(parents=True)
    user_cache.path("data").write_bytes(content)
    assert user_cache.read("data") is None


def test_unwritable_directory_is_no_error(tmp_path, monkeypatch):
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("VANKIEN_CACHE_DIR", str(tmp_path / "file" / "cache"))
    user_cache.write("data", {"a": 1})
    assert user_cache.read("data") is None


def test_unmarshallable_value_is_not_written(cache_dir):
    user_cache.write("data", {"a": object()})
    assert user_cache.read("data") is None
    assert not list(cache_dir.glob("*.tmp"))


def test_data_files_parsed_again_when_the_package_changed(cache_dir, monkeypatch):
    monkeypatch.setattr(vocab, "_saving", True)  # no save at the end of the test run
    monkeypatch.setattr(user_cache, "package_stamp", lambda: (("units.toml", 1, 1),))
    vocab._kept.cache_clear()
    units = vocab._parsed("units")
    assert "units" in units
    vocab._kept()["units"] = {"a": "kept"}
    user_cache.write(user_cache.of_this_copy("data"), (user_cache.package_stamp(), vocab._kept()))
    vocab._kept.cache_clear()
    assert vocab._parsed("units") == {"a": "kept"}  # same files: what was kept
    monkeypatch.setattr(user_cache, "package_stamp", lambda: (("units.toml", 2, 1),))
    vocab._kept.cache_clear()
    assert vocab._parsed("units") == units  # a file changed: parsed again
    vocab._kept.cache_clear()


def test_files_no_run_wrote_for_long_are_pruned(cache_dir):
    import os
    import time

    user_cache.write("data", {"x": 1})
    kept = user_cache.path("data")
    old = cache_dir / "data-0123456789ab-cpython-3-9-1.marshal"  # a checkout gone long ago
    recent = cache_dir / "data-ba9876543210-cpython-3-11-7.marshal"
    half_written = cache_dir / "tmpx1y2.tmp"
    other = cache_dir / "notes.txt"  # not the cache's: never touched
    for file in (old, recent, half_written, other):
        file.write_bytes(b"")
    now = time.time()
    long_ago = now - (user_cache.STALE_DAYS + 1) * 86400
    for file in (old, half_written, other):
        os.utime(file, (long_ago, long_ago))
    os.utime(recent, (now - 86400 * 30, now - 86400 * 30))
    user_cache.prune(cache_dir, now)
    assert sorted(p.name for p in cache_dir.iterdir()) == sorted(
        [kept.name, recent.name, other.name]
    )


def test_writing_prunes_the_folder(cache_dir, monkeypatch):
    calls = []
    monkeypatch.setattr(user_cache, "prune", calls.append)
    user_cache.write("data", {"x": 1})
    assert calls == [cache_dir]


def test_a_built_value_is_read_back_only_for_the_same_package_files(cache_dir, monkeypatch):
    user_cache.write_built("pattern-texts", {("k",): "v"})
    assert user_cache.read_built("pattern-texts") == {("k",): "v"}
    monkeypatch.setattr(user_cache, "package_stamp", lambda: (("edited.py", 1, 2),))
    assert user_cache.read_built("pattern-texts") is None
