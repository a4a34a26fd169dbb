"""The pattern cache gives back what ``re.compile`` gives, and never fails on a bad file."""

from __future__ import annotations

import re

import pytest

from vankien import regex_cache, user_cache

PATTERNS = [
    (r"(?P<so>\d+)-(?P<kind>NQ|KL|TB)/(?P<issuer>[A-ZĐ]+)", 0),
    (r"(?i)nghị\s+quyết", 0),
    (r"^\s*[IVX]+\.\s", re.M),
    (r"(?<![\d.])\d{1,3}(?:\.\d{3})+(?:,\d+)?", re.I | re.M),
]
TEXT = "Nghị quyết số 04-NQ/TU ngày 14/12/2022\nII. Nhiệm vụ 1.393,757 tỷ đồng"


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("VANKIEN_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_programs", None)
    monkeypatch.setattr(regex_cache, "_added", False)
    monkeypatch.setattr(regex_cache, "_made", {})
    return tmp_path


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (
        b.pattern,
        b.flags,
        b.groups,
        b.groupindex,
    )
    assert [m.groupdict() or m.group() for m in a.finditer(TEXT)] == [
        m.groupdict() or m.group() for m in b.finditer(TEXT)
    ]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_cached_pattern_matches_as_re_compile(fresh_cache, monkeypatch, pattern, flags):
    first = regex_cache.compile(pattern, flags)
    regex_cache.save()
    assert regex_cache.cache_file().exists()
    monkeypatch.setattr(regex_cache, "_programs", None)
    monkeypatch.setattr(regex_cache, "_made", {})
    again = regex_cache.compile(pattern, flags)
    assert (pattern, int(flags)) in regex_cache._programs
    _same(first, re.compile(pattern, flags))
    _same(again, re.compile(pattern, flags))


def test_damaged_cache_file_is_ignored(fresh_cache):
    regex_cache.cache_file().parent.mkdir(parents=True, exist_ok=True)
    regex_cache.cache_file().write_bytes(b"\x00garbage")
    _same(regex_cache.compile(r"\d+/CT-TTg"), re.compile(r"\d+/CT-TTg"))


def test_program_the_engine_refuses_is_compiled_again(fresh_cache):
    regex_cache._load()[(r"\d+", 0)] = (0, b"\x01\x02", 0, {}, (None,))
    _same(regex_cache.compile(r"\d+"), re.compile(r"\d+"))


def test_unwritable_cache_directory_does_not_fail(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("VANKIEN_CACHE_DIR", str(blocker / "sub"))
    monkeypatch.setattr(regex_cache, "_programs", None)
    regex_cache.compile(r"quý\s+[IV]+")
    regex_cache.save()
    assert not (blocker / "sub").exists()


def test_invalid_pattern_raises_like_re():
    with pytest.raises(re.error):
        regex_cache.compile(r"(unclosed")


def test_large_cache_keeps_only_patterns_used(fresh_cache, monkeypatch):
    monkeypatch.setattr(regex_cache, "MAX_BYTES", 0)
    monkeypatch.setattr(regex_cache, "_used", set())
    programs = regex_cache._load()
    programs[("stale pattern", 0)] = regex_cache._program("stale pattern", 0)
    regex_cache.compile(r"\d+-KL/TW")
    regex_cache.save()
    monkeypatch.setattr(regex_cache, "_programs", None)
    assert set(regex_cache._load()) == {(r"\d+-KL/TW", 0)}


def test_same_pattern_twice_is_the_same_object(fresh_cache):
    assert regex_cache.compile(r"\d+-TB/TU") is regex_cache.compile(r"\d+-TB/TU")


@pytest.fixture
def fresh_texts(tmp_path, monkeypatch):
    monkeypatch.setenv("VANKIEN_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_texts", None)
    monkeypatch.setattr(regex_cache, "_texts_used", set())
    monkeypatch.setattr(regex_cache, "_texts_added", False)
    return tmp_path


def _joined(words, then=""):
    _joined.calls += 1
    return "|".join(words) + then


def test_remembered_text_is_what_the_builder_makes_and_kept_for_the_next_process(fresh_texts):
    _joined.calls = 0
    build = regex_cache.remembered(_joined)
    assert build(iter(["tang", "giam"]), then="x") == "tang|giamx"
    assert build(["tang", "giam"], then="x") == "tang|giamx"
    assert _joined.calls == 1
    regex_cache.save_texts()
    regex_cache._texts = None  # as in a new process: read from the file
    assert build(("tang", "giam"), then="x") == "tang|giamx"
    assert _joined.calls == 1


def test_remembered_sets_are_keyed_in_sorted_order(fresh_texts):
    _joined.calls = 0
    build = regex_cache.remembered(_joined)
    assert build({"vuot", "dat", "tang"}) == "dat|tang|vuot"
    assert build(frozenset({"tang", "dat", "vuot"})) == "dat|tang|vuot"
    assert _joined.calls == 1


def test_remembered_texts_of_other_sources_are_not_used(fresh_texts, monkeypatch):
    _joined.calls = 0
    build = regex_cache.remembered(_joined)
    build(["a", "b"])
    regex_cache.save_texts()
    regex_cache._texts = None
    monkeypatch.setattr(user_cache, "package_stamp", lambda: (("edited.py", 1, 2),))
    assert build(["a", "b"]) == "a|b"
    assert _joined.calls == 2


def test_remembered_file_past_its_size_keeps_the_texts_used(fresh_texts, monkeypatch):
    monkeypatch.setattr(regex_cache, "MAX_TEXTS", 2)
    build = regex_cache.remembered(_joined)
    for words in (["a"], ["b"], ["c"]):
        build(words)
    regex_cache.save_texts()
    regex_cache._texts, regex_cache._texts_used = None, set()  # a new process
    assert len(regex_cache._load_texts()) == 3  # all three were used when saved
    build(["c"])
    build(["d"])  # a new text: the file is written again, with what this process used
    regex_cache.save_texts()
    regex_cache._texts = None
    assert sorted(key[1] for key in regex_cache._load_texts()) == [(("c",),), (("d",),)]
