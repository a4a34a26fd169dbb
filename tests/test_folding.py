"""Folding: same length, marks and case gone, and the fast one-byte path equal to the table."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vankien.folding import (
    OUTSIDE,
    _table,
    alphabet,
    encode,
    fold,
    fold_encoded,
    key,
    spelling,
    squash,
)

VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)
TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(VIETNAMESE + VIETNAMESE.upper() + " \n\t.,;:()/-–“”…%0123456789"),
        st.characters(),
    )
)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Tỉnh ủy khoá XXI", "tinh uy khoa xxi"),
        ("ĐẢNG CỘNG SẢN VIỆT NAM", "dang cong san viet nam"),
        ("Nghị quyết “số 04” – 2023", "nghi quyet “so 04” - 2023"),
        ("Ðảng ç ü", "ðang c u"),  # outside the one-byte code: the table
        ("Quỹ® đạt 5‰ – Ω", "quy® dat 5‰ - ω"),  # a few outside it: one by one
        ("Nghị quyết " * 30 + "Ü", "nghi quyet " * 30 + "u"),
        ("\ue000 Ж", "\ue000 ж"),  # the private-use character that marks them
        ("", ""),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


@given(TEXT)
def test_fold_keeps_length_and_equals_the_table(text):
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == text.translate(_table())


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("KHOÁ", "khóa", True),  # two placements of one tone
        ("TỈNH UỶ", "Tỉnh ủy", True),
        ("QUAN", "quận", False),  # folding merges them; the letters differ
        ("QUÂN", "quận", False),  # the same letters; the tones differ
        ("dân", "dan", False),
    ],
)
def test_spelling_tells_words_apart_that_folding_merges(a, b, same):
    assert (spelling(a) == spelling(b)) is same
    assert fold(a) == fold(b)


def test_key_collapses_spaces():
    assert key(" Khóa  XXI ") == "khoa xxi"


@pytest.mark.parametrize(
    ("text", "squashed"),
    [
        ("về  tình hình\nquý I", "về tình hình quý I"),
        ("\u00a0Ban\x1cTuyên giáo\t", "Ban Tuyên giáo"),
    ],
)
def test_squash_collapses_every_kind_of_space(text, squashed):
    assert squash(text) == squashed


@given(TEXT)
def test_squash_is_the_whitespace_rule(text):
    """Runs of whitespace (as ``\\s`` reads it) become one space; the ends are trimmed."""
    assert squash(text) == re.sub(r"\s+", " ", text).strip()


def test_a_word_outside_the_one_byte_code_is_folded_without_the_whole_table():
    _table.cache_clear()
    assert fold("5‰ Ω") == "5‰ ω"
    assert _table.cache_info().currsize == 0  # building it costs a process ~50 ms


def test_a_text_in_the_one_byte_code_is_nfc():
    # load keeps such a text as it is instead of normalising it: every character of the code
    # is NFC, none combines with the one before it, and no pair composes.
    code = alphabet()
    assert not any(unicodedata.combining(char) for char in code)
    assert all(unicodedata.normalize("NFC", a + b) == a + b for a in code for b in code)


@given(TEXT)
def test_encode_is_one_byte_per_character_and_folds_as_fold(text):
    code = encode(text)
    assert len(code) == len(text)
    assert (OUTSIDE in code) == any(char not in alphabet() for char in text)
    assert fold_encoded(text, code) == fold(text)
