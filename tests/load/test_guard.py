"""The document guard: counts made on UTF-8 bytes equal the plain definitions, and the
verdicts on texts that are and are not documents."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vankien.errors import InputError
from vankien.folding import alphabet, encode, fold
from vankien.load.guard import _CODE, _letters_and_marked, require_document

MARKED = re.compile(r"[à-ỹđĐÀ-Ỹ]")


@given(st.text(alphabet=st.one_of(st.sampled_from("Nghị quyết Đảng bộ 04 “–”"), st.characters())))
def test_counts_equal_the_plain_definitions(text):
    assert _letters_and_marked(text) == (sum(map(str.isalpha, text)), len(MARKED.findall(text)))


@given(st.text(alphabet=st.sampled_from(alphabet())))
def test_counts_on_the_one_byte_code_equal_the_plain_definitions(text):
    counts = (sum(map(str.isalpha, text)), len(MARKED.findall(text)))
    assert _letters_and_marked(text) == counts
    assert _letters_and_marked(text, encode(text)) == counts


CODE_LINE = re.compile(_CODE.pattern.replace("\\n", "^", 1), re.M)


@given(st.lists(st.sampled_from(["\n", " ", "\t", "x", "{", "}", "def f(", "return ", "ệ"])))
def test_code_lines_counted_from_line_breaks_as_from_line_starts(pieces):
    text = "".join(pieces)
    assert _CODE.pattern.startswith("\\n")
    assert len(_CODE.findall("\n" + text)) == len(CODE_LINE.findall(text))


@pytest.mark.parametrize(
    ("text", "counts"),
    [("Nghị quyết 04", (9, 2)), ("ĐẢNG CỘNG SẢN", (11, 4)), ("", (0, 0)), ("12/3 – “”", (0, 0))],
)
def test_counts(text, counts):
    assert _letters_and_marked(text) == counts


DOCUMENT = (
    "ĐẢNG BỘ TỈNH HÀ TĨNH\nHUYỆN ỦY CẨM XUYÊN\nSố 35-KL/HU\n\nKẾT LUẬN\n"
    "của Ban Thường vụ Huyện ủy về tình hình thực hiện nhiệm vụ quý I năm 2023\n"
)


def test_document_passes():
    require_document(DOCUMENT, "a.txt")
    require_document(DOCUMENT, "a.txt", fold(DOCUMENT))


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("12 34 56", "quá ít chữ"),
        ("def main():\n    return 1\n" * 20, "mã nguồn"),
        ("Shopping list: apples, bananas, bread, milk, eggs, butter and cheese " * 3, "có dấu"),
        (
            "Hôm nay trời đẹp, chúng tôi đi chợ mua rau, mua cá và mua thịt về nấu cơm " * 2,
            "dấu hiệu",
        ),
    ],
)
def test_not_a_document(text, reason):
    with pytest.raises(InputError, match=reason):
        require_document(text, "x.txt")
