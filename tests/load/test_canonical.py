"""The canonical text (NFC, ``\\n`` line ends) and its one-byte code, made without normalising
a text whose characters are all in the code."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vankien.folding import encode
from vankien.load import _canonical_encoded, canonical, load_bytes

TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from("Nghị quyết Đảng bộ 04 “–”\r\n\u0301\u0323"),
        st.characters(),
    )
)


@given(TEXT)
def test_canonical_and_its_code(text):
    body = canonical(text)
    assert _canonical_encoded(text) == (body, encode(body))
    assert _canonical_encoded(text, encode(text)) == (body, encode(body))


@pytest.mark.parametrize(
    ("raw", "body"),
    [
        ("Nghị quyết\r\nsố 04\rngày\n", "Nghị quyết\nsố 04\nngày\n"),
        ("Khoa\u0301 XXI\r\n", "Khoá XXI\n"),  # decomposed: normalised
        ("Quỹ® 5‰\r\n", "Quỹ® 5‰\n"),  # outside the code
    ],
)
def test_line_ends_and_marks(raw, body):
    assert _canonical_encoded(raw) == (body, encode(body))


DOCUMENT = (
    "ĐẢNG BỘ TỈNH HÀ TĨNH\r\nHUYỆN ỦY CẨM XUYÊN\r\nSố 35-KL/HU\r\n\r\nKẾT LUẬN\r\n"
    "của Ban Thường vụ Huyện ủy về tình hình thực hiện nhiệm vụ quý I năm 2023\r\n"
)


def test_a_windows_file_is_loaded_with_its_folded_copy():
    loaded = load_bytes(DOCUMENT.encode("utf-8"), "a.txt")
    assert loaded.text == DOCUMENT.replace("\r\n", "\n")
    assert loaded.folded.startswith("dang bo tinh ha tinh\nhuyen uy cam xuyen\n")
