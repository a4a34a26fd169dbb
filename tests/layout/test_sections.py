"""Numbered sections: labels, headings, nesting, spans; lines that are not headings."""

from __future__ import annotations

import pytest

from tests.factories import doc
from vankien.models import Section


def _tree(sections) -> list:
    return [(s.label, s.heading, _tree(s.children)) for s in sections]


# fmt: off
CASES = [
    ("I. TÌNH HÌNH\n1. Kết quả\n1.1. Kinh tế\na) Nông nghiệp tăng.\nII. NHIỆM VỤ\n",
     [("I", "TÌNH HÌNH", [("1", "Kết quả", [("1.1", "Kinh tế", [("a", "Nông nghiệp tăng", [])])])]),
      ("II", "NHIỆM VỤ", [])]),
    ("I-KẾT QUẢ THỰC HIỆN NĂM 2022\n\nNội dung.\n", [("I", "KẾT QUẢ THỰC HIỆN NĂM 2022", [])]),
    ("I.ĐÁNH GIÁ TÌNH HÌNH NĂM 2022.\nNội dung.\n", [("I", "ĐÁNH GIÁ TÌNH HÌNH NĂM 2022", [])]),
    ("1.Mục tiêu tổng quát:\nNội dung.\n", [("1", "Mục tiêu tổng quát", [])]),
    ("## I- TÌNH HÌNH\n\n### 1. Quan điểm\n\nNội dung.\n", [("I", "TÌNH HÌNH", [("1", "Quan điểm", [])])]),
    ("**1.** Trong 06 tháng đầu năm. Thành phố đạt kết quả.\n", [("1", "Trong 06 tháng đầu năm. Thành phố đạt kết quả", [])]),
    ("### Điều 1. Phạm vi điều chỉnh {#dieu-1}\n\n1. Nghị định này quy định.\n",
     [("Điều 1", "Phạm vi điều chỉnh", [("1", "Nghị định này quy định", [])])]),
    ("2.10. Chỉ đạo nâng cao chất lượng.\n2.11. Chỉ đạo tuyên truyền.\n",
     [("2.10", "Chỉ đạo nâng cao chất lượng", []), ("2.11", "Chỉ đạo tuyên truyền", [])]),
    ("BÁO CÁO\nchính trị\n\nPHẦN THỨ NHẤT\nKẾT QUẢ NHIỆM KỲ\nI- KINH TẾ\nNội dung.\nPHẦN THỨ HAI\n\nPHƯƠNG HƯỚNG NHIỆM KỲ 2025 - 2030\n"
     "A- MỤC TIÊU\nNội dung.\nB- CHỈ TIÊU\n1/ Tăng trưởng 8%.\n2/ Thu ngân sách 2.000 tỷ đồng.\n",
     [("Phần thứ nhất", "KẾT QUẢ NHIỆM KỲ", [("I", "KINH TẾ", [])]),
      ("Phần thứ hai", "PHƯƠNG HƯỚNG NHIỆM KỲ 2025 - 2030",
       [("A", "MỤC TIÊU", []), ("B", "CHỈ TIÊU", [("1", "Tăng trưởng 8%", []), ("2", "Thu ngân sách 2.000 tỷ đồng", [])])])]),
    ("Chương IV\n\n## ĐIỀU KHOẢN THI HÀNH\n\nĐiều 9. Hiệu lực\n",
     [("Chương IV", "ĐIỀU KHOẢN THI HÀNH", [("Điều 9", "Hiệu lực", [])])]),
    # negatives: lines that only look numbered
    ("C. Mác - Ph. Ăngghen đã chỉ ra.\n", []),
    ("1/2 số hộ đã thoát nghèo.\n", []),
    ("BÁO CÁO\nchính trị\n\nPHẦN THỨ NHẤT\nnội dung viết thường.\n", [("Phần thứ nhất", "", [])]),
    ("1.393,757 tỷ đồng là tổng giá trị.\n", []),
    ("- Tổng giá trị sản xuất: 217,67 tỷ đồng\n", []),
    ("2023 là năm bản lề.\n", []),
    ("18/4/2023 Hội nghị họp.\n", []),
    ("V/v cơ chế đặc thù\n", []),
    ("Im lặng.\n", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sections(text: str, expected: list) -> None:
    assert _tree(doc(text, with_meta=False).layout.sections) == expected


def test_section_span_runs_to_next_heading_of_same_rank() -> None:
    text = "I. MỘT\n1. Con một.\n2. Con hai.\nII. HAI\nCuối.\n"
    document = doc(text, with_meta=False)
    first, second = document.layout.sections
    assert document.slice(first.span) == "I. MỘT\n1. Con một.\n2. Con hai."
    assert document.slice(second.span) == "II. HAI\nCuối."
    assert document.slice(first.children[1].span) == "2. Con hai."


_LONG = "Nâng cao chất lượng " * 9 + "công tác"

# fmt: off
LONG_HEADINGS = [
    # the first sentence end of a long line, whichever mark it is
    ("1. " + _LONG + "; đẩy mạnh. Kết quả: tốt.\n", _LONG),
    ("1. " + _LONG + ": đẩy mạnh; rồi. Hết\n", _LONG),
    ("1. " + _LONG + ". Kết quả: tốt; rồi.\n", _LONG),
    # a mark with no blank after it is no sentence end; a ":" closing the line is
    ("1. " + _LONG + " tăng 1.5 lần;đạt:\n", _LONG + " tăng 1.5 lần;đạt"),
    # none: cut at the last word within 160 characters
    ("2. " + "Nâng cao chất lượng " * 12 + "hết\n", ("Nâng cao chất lượng " * 8).strip()),
    ("a) " + "x" * 200 + "\n", "x" * 160),
]
# fmt: on


@pytest.mark.parametrize(("text", "heading"), LONG_HEADINGS)
def test_long_heading_cut_at_first_sentence_end(text: str, heading: str) -> None:
    (section,) = doc(text, with_meta=False).layout.sections
    assert section.heading == heading


def test_children_nested_under_the_open_heading_of_a_higher_rank() -> None:
    text = "I. MỘT\na) Ý một\n1. Con một\n1.1. Cháu\n2. Con hai\nII. HAI\n"
    tree = _tree(doc(text, with_meta=False).layout.sections)
    assert tree == [
        (
            "I",
            "MỘT",
            [
                ("a", "Ý một", []),
                ("1", "Con một", [("1.1", "Cháu", [])]),
                ("2", "Con hai", []),
            ],
        ),
        ("II", "HAI", []),
    ]


@pytest.mark.parametrize(
    ("label", "heading"), [("XXXIX", True), ("XIV", True), ("IIII", False), ("VX", False)]
)
def test_roman_label_is_a_numeral(label: str, heading: bool) -> None:
    sections = doc(f"{label}. TÌNH HÌNH\nNội dung.\n", with_meta=False).layout.sections
    assert [s.label for s in sections] == ([label] if heading else [])


def test_sections_are_the_models_validation_makes() -> None:
    text = "I. MỘT\n1. Con một.\nII. HAI\nCuối.\n"
    sections = doc(text, with_meta=False).layout.sections
    for section in [*sections, *sections[0].children]:
        assert section == Section.model_validate(section.model_dump())
        assert section.model_fields_set == {"label", "heading", "span", "children"}
        assert (
            section.model_dump_json()
            == Section.model_validate(section.model_dump()).model_dump_json()
        )
