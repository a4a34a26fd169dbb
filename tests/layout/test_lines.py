"""Lines and their cores (layout/lines.py): markup left out, lines made when asked for."""

from __future__ import annotations

import pytest

from vankien.layout.lines import gap, split

# fmt: off
CORES = [
    # (line, its core)
    ("  **NGHỊ QUYẾT**", "NGHỊ QUYẾT"),
    ("### Điều 1. Phạm vi điều chỉnh {#dieu-1}", "Điều 1. Phạm vi điều chỉnh"),
    ("__T/M HUYỆN ỦY__ {#a} {#b}", "T/M HUYỆN ỦY"),
    ("> - Lưu: VT", "- Lưu: VT"),
    ("Số 04-NQ/HU   \\", "Số 04-NQ/HU"),
    # markup that is no markup here: "##" with nothing after it, one "_"
    ("##", "##"),
    ("\t_a_", "_a"),
    ("***", ""),
    ("", ""),
]
# fmt: on


@pytest.mark.parametrize(("line", "core"), CORES)
def test_core(line: str, core: str) -> None:
    text = f"TRƯỚC\n{line}\nSAU"
    found = split(text)[1]
    assert text[found.cs : found.ce] == core
    assert (found.start, found.end) == (6, 6 + len(line))


def test_lines_in_any_order_and_by_offset() -> None:
    text = "Một\n\n  Hai **\nBa"
    lines = split(text)
    assert len(lines) == 4
    assert [text[x.cs : x.ce] for x in lines.backwards(0)] == ["Ba", "Hai", "", "Một"]
    assert [x.index for x in lines.between(1, 3)] == [1, 2]
    assert [x.index for x in lines[2:]] == [2, 3]
    assert lines[-1].index == 3
    offsets = (0, 3, 4, 5, 14, len(text), len(text) + 5)
    assert [lines.index_at(offset) for offset in offsets] == [0, 0, 1, 2, 3, 3, 3]
    with pytest.raises(IndexError):
        lines[4]


# fmt: off
GAPS = [
    # (line, the gap between its two columns, or None)
    ("- Ban Thường vụ Tỉnh ủy (b/c),        BÍ THƯ", "        "),
    ("Nơi nhận:\u00a0\u00a0 T/M HUYỆN ỦY", "\u00a0\u00a0 "),
    ("Nơi nhận: | T/M HUYỆN ỦY", " | "),
    ("Nơi nhận:\tT/M HUYỆN ỦY", "\t"),
    # negatives: two spaces are no gap, nor a bar inside a word
    ("Ban Thường vụ  Tỉnh ủy", None),
    ("Nơi nhận: a|b", None),
]
# fmt: on


@pytest.mark.parametrize(("line", "expected"), GAPS)
def test_gap(line: str, expected: str | None) -> None:
    found = gap(line, split(line)[0])
    assert (line[found[0] : found[1]] if found else None) == expected


def test_empty_line_is_blank_at_its_start() -> None:
    rows = split("NGHỊ QUYẾT\n\n  \n")
    assert tuple(rows[1]) == (1, 11, 11, 11, 11) and rows[1].blank
    assert rows[2].blank and rows[3].blank


TABLE_HEADER = (
    "| ĐẢNG BỘ TỈNH BẮC NINH<br>**ĐẢNG ỦY PHƯỜNG KINH BẮC**<br>*<br>Số 142-BC/ĐU "
    "| **ĐẢNG CỘNG SẢN VIỆT NAM**<br><br>*Kinh Bắc, ngày 30 tháng 3 năm 2026* |\n|---|---|\n\nBÁO CÁO"
)


def test_a_table_row_with_breaks_is_read_as_its_cells_lines() -> None:
    lines = split(TABLE_HEADER)
    cores = [TABLE_HEADER[x.cs : x.ce] for x in lines]
    assert cores == [
        "", "ĐẢNG BỘ TỈNH BẮC NINH", "ĐẢNG ỦY PHƯỜNG KINH BẮC", "", "Số 142-BC/ĐU",
        "ĐẢNG CỘNG SẢN VIỆT NAM", "", "Kinh Bắc, ngày 30 tháng 3 năm 2026", "",
        "|---|---|", "", "BÁO CÁO",
    ]  # fmt: skip
    assert lines.index_at(TABLE_HEADER.index("Số 142")) == 4


def test_a_table_row_without_breaks_stays_one_line() -> None:
    text = "| Chỉ tiêu | Kế hoạch | Thực hiện |\n|---|---|---|\n| Thu ngân sách | 32,5 | 35,84 |"
    assert len(split(text)) == 3
