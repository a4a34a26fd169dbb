"""Bad input of every kind is a clear Vietnamese error (or a record), in bounded time and
memory; never a traceback, never a hang. Fuzzing: 1,200 mutated DOCX, PDF, text and HTML
files, each read in under 10 s."""

from __future__ import annotations

import random
import signal
import struct
import time
import zlib
from contextlib import contextmanager

import pytest

from tests.load import builders
from vankien.errors import InputError
from vankien.load import READERS, load, load_bytes, ocr
from vankien.pipeline import run, source_of

SECONDS = 10


@pytest.mark.parametrize("suffix", sorted(READERS))
def test_empty_file_of_every_format(suffix):
    with pytest.raises(InputError) as caught:
        load_bytes(b"", f"rong{suffix}")
    assert caught.value.code == "V101"


@pytest.mark.parametrize("suffix", sorted(READERS))
def test_binary_junk_of_every_format(suffix, monkeypatch):
    monkeypatch.setattr(ocr, "_tesseract", lambda: (None, False))
    junk = random.Random(7).randbytes(20_000)
    with pytest.raises(InputError) as caught:
        load_bytes(junk, f"rac{suffix}")
    assert caught.value.code.startswith("V1") and f"rac{suffix}" in str(caught.value)


def test_hundred_megabyte_text_is_refused_before_reading(tmp_path):
    path = tmp_path / "lon.txt"
    with path.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)
    started = time.monotonic()
    with pytest.raises(InputError) as caught:
        load(path)
    assert caught.value.code == "V104" and time.monotonic() - started < 1


def test_a_missing_file_or_a_folder_is_named_in_the_error(tmp_path):
    with pytest.raises(InputError, match="Không tìm thấy tệp") as caught:
        load(tmp_path / "khong_co.txt")
    assert caught.value.code == "V100" and caught.value.path == str(tmp_path / "khong_co.txt")
    (tmp_path / "thu_muc.txt").mkdir()
    with pytest.raises(InputError, match="đây là thư mục") as caught:
        load(f"{tmp_path}//thu_muc.txt/")
    assert caught.value.code == "V108" and caught.value.path == str(tmp_path / "thu_muc.txt")


def _png_header(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
        + chunk(b"IEND", b"")
    )


def test_image_bomb_is_refused_before_decoding(monkeypatch):
    monkeypatch.setattr(ocr, "_tesseract", lambda: ("/usr/bin/tesseract", True))
    with pytest.raises(InputError) as caught:
        load_bytes(_png_header(40_000, 40_000), "bom.png")
    assert caught.value.code in ("V116", "V103")


@contextmanager
def deadline(seconds: int):
    """Stop the case after ``seconds`` (where the system has alarms; elsewhere the elapsed
    time is still checked after the case)."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def stop(signum, frame):
        raise TimeoutError(f"quá {seconds} giây")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One random damage: flipped bytes, a cut, a zeroed, repeated or dropped stretch."""
    out = bytearray(data)
    kind = rng.randrange(6)
    if kind == 0:
        for _ in range(rng.randint(1, 30)):
            out[rng.randrange(len(out))] = rng.randrange(256)
    elif kind == 1:
        del out[rng.randrange(1, len(out)) :]
    elif kind == 2:
        start = rng.randrange(len(out))
        out[start : start + rng.randint(1, 2000)] = bytes(min(2000, len(out) - start))
    elif kind == 3:
        start = rng.randrange(len(out))
        piece = out[start : start + rng.randint(1, 500)]
        out[start:start] = piece * rng.randint(1, 20)
    elif kind == 4:
        start = rng.randrange(len(out))
        del out[start : start + rng.randint(1, 3000)]
    else:
        out[rng.randrange(len(out)) : rng.randrange(len(out))] = rng.randbytes(rng.randint(1, 200))
    return bytes(out)


@pytest.fixture(scope="module")
def originals(seeds) -> dict[str, bytes]:
    text = next(iter(seeds.values()))[:3000]
    found = {
        ".docx": builders.docx_bytes(text, header=[("HUYỆN ỦY", "ĐẢNG CỘNG SẢN VIỆT NAM")]),
        ".txt": text.encode("utf-8"),
        ".html": f"<html><body><nav>Trang chủ</nav><article><p>{text}</p></article></body></html>".encode(),
        "tcvn3.txt": builders.legacy_bytes(text, "tcvn3"),
    }
    if builders.vietnamese_font() is not None:
        found[".pdf"] = builders.pdf_bytes(text)
    return found


# fmt: off
FUZZ = [(".docx", 400), (".pdf", 400), (".txt", 150), ("tcvn3.txt", 100), (".html", 150)]
# fmt: on


@pytest.mark.parametrize(("kind", "count"), FUZZ)
def test_fuzzed_files_give_a_record_or_a_clear_error(originals, kind, count, monkeypatch):
    if kind not in originals:
        pytest.skip("không có phông tiếng Việt để dựng PDF")
    monkeypatch.setattr(ocr, "_tesseract", lambda: (None, False))  # pages that lost their text
    rng = random.Random(f"vankien-{kind}")
    name = "mau" + (kind if kind.startswith(".") else ".txt")
    outcomes = {"record": 0, "error": 0}
    for case in range(count):
        data = mutate(originals[kind], rng)
        started = time.monotonic()
        try:
            with deadline(SECONDS):
                loaded = load_bytes(data, name)
                record = run(loaded.text, source_of(loaded))
        except InputError as exc:
            assert str(exc).startswith("[V1") and name in str(exc), (case, str(exc))
            outcomes["error"] += 1
        else:
            for item in [*record.references, *record.figures, *record.assignments]:
                assert loaded.text[item.span[0] : item.span[1]] == item.text, (case, item)
            outcomes["record"] += 1
        assert time.monotonic() - started < SECONDS, case
    assert sum(outcomes.values()) == count
