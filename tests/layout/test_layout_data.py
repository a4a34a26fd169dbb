"""The layout and bodies vocabularies: every example is found, no counter-example is."""

from __future__ import annotations

import re

import pytest

from vankien.folding import fold
from vankien.layout import bodies
from vankien.vocab import table

# Patterns applied at the start of a line's core; the others are searched in the line.
AT_START = {
    "title_stop",
    "recipients_head",
    "recipient_mark",
    "signer_line",
    "subject_line",
    "issuer_verb",
    "issuer_demand",
    "authority",
}


def _entries():
    for name, entry in table("layout").items():
        if "regex" not in entry:
            continue
        for example in entry["examples"]:
            yield name, entry["regex"], example, True
        for example in entry.get("counter_examples", ()):
            yield name, entry["regex"], example, False


def _found(name: str, regex: str, example: str) -> bool:
    folded = fold(
        example.strip("*# ") if name not in ("issuer_verb", "meeting_before") else example
    )
    pattern = re.compile(regex)
    return bool(pattern.match(folded) if name in AT_START else pattern.search(folded))


@pytest.mark.parametrize(("name", "regex", "example", "wanted"), list(_entries()))
def test_layout_pattern_examples(name: str, regex: str, example: str, wanted: bool) -> None:
    assert _found(name, regex, example) is wanted


def _body_examples():
    for entry in table("bodies")["bodies"]:
        for example in entry["examples"]:
            yield entry["name"], example, True
        for example in entry.get("counter_examples", ()):
            yield entry["name"], example, False


@pytest.mark.parametrize(("name", "example", "wanted"), list(_body_examples()))
def test_body_examples(name: str, example: str, wanted: bool) -> None:
    assert (bodies.body_name(fold(example)) == name) is wanted


def test_organ_alone_is_not_a_body() -> None:
    for entry in table("bodies")["organs"]:
        for example in entry["counter_examples"]:
            assert bodies.body_name(fold(example)) is None


# fmt: off
SPELLED = [
    ("BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN", "Ban Chấp hành Đảng bộ huyện"),
    ("HUYỆN ỦY TÂY SƠN", "Huyện ủy Tây Sơn"),
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI", "Ủy ban nhân dân thành phố Hà Nội"),
    ("THỦ TƯỚNG CHÍNH PHỦ", "Thủ tướng Chính phủ"),
    ("Ban Thường vụ  Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"),
    ("TỈNH UỶ BÌNH ĐỊNH", "Tỉnh ủy Bình Định"),  # the old tone placement, the same letters
    ("QUOC HOI", "Quốc hội"),  # written without marks: the vocabulary restores them
    # negatives: a word that only folds like a vocabulary word keeps its own letters
    ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "Đảng ủy Khối Các Cơ Quan tỉnh"),
    ("ĐẢNG ỦY XÃ HƯNG TÂN", "Đảng ủy xã Hưng Tân"),
    ("ĐẢNG ỦY QUÂN SỰ TỈNH", "Đảng ủy Quân Sự tỉnh"),  # "QUÂN" is not the unit "quận": the tones differ
]
LEVELS = [
    ("ban chap hanh dang bo huyen", None, "huyen"),
    ("thi uy", None, "huyen"),
    ("ban thuong vu tinh uy", None, "tinh"),
    ("thanh uy ha noi", None, "tinh"),
    ("thanh uy quy nhon", None, "huyen"),
    ("thanh uy", "dang bo tinh binh dinh", "huyen"),
    ("dang uy xa hung tan", None, "xa"),
    ("dang uy phuong an khe", None, "xa"),
    ("dang uy dac khu phu quoc", None, "xa"),
    ("chi bo thon 3", None, "xa"),
    ("dang uy quan su tinh", None, "tinh"),
    ("dang uy cong an huyen", None, "huyen"),
    ("uy ban nhan dan tinh an giang", None, "tinh"),
    ("uy ban nhan dan thanh pho ha noi", None, "tinh"),
    ("bo chinh tri", None, "trung_uong"),
    ("van phong chinh phu", None, "trung_uong"),
    ("bo cong thuong", None, "trung_uong"),
    ("uy ban kiem tra", "tinh uy quang nam", "tinh"),  # an organ: its committee's level
    ("dang uy cac co quan dang tinh", None, "tinh"),  # "cơ quan" is no "quận"
    ("van phong", "ban chap hanh trung uong", "trung_uong"),
    # negatives: no level without a body or a unit
    ("uy ban kiem tra", None, None),
    ("dang bo", None, None),
    ("uy ban nhan dan", None, None),
    ("hoi dong thi dua", None, None),
]
# fmt: on


@pytest.mark.parametrize(("written", "expected"), SPELLED)
def test_spell(written: str, expected: str) -> None:
    assert bodies.spell(written) == expected


@pytest.mark.parametrize(("folded", "superior", "expected"), LEVELS)
def test_level_of(folded: str, superior: str | None, expected: str | None) -> None:
    assert bodies.level_of(folded, superior) == expected


# fmt: off
BODY_RUNS = [
    "Ngày 18/4/2023, Ban Thường vụ Tỉnh ủy kết luận như sau",
    "Bộ Chính trị, Ban Bí thư và Thường trực Huyện ủy, Sở Nội vụ, số 12",
    "xban thường vụ, Tỉnh ủyxây dựng, ubnd tỉnh, Đảng ủy khối cơ quan",
    "Ban Chấp hành Đảng bộ\nhuyện khoá XXI, Bộ\nNội vụ, sở",
]
# fmt: on


@pytest.mark.parametrize("written", BODY_RUNS)
def test_finditer_finds_what_the_pattern_finds(written: str) -> None:
    folded = fold(written)
    for start in range(len(folded)):
        for end in (start + 3, start + 12, len(folded)):
            want = [
                (m.span(), m.groupdict()) for m in bodies.pattern().finditer(folded, start, end)
            ]
            got = [(m.span(), m.groupdict()) for m in bodies.finditer(folded, start, end)]
            assert got == want
