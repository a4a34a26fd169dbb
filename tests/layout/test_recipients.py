"""Nơi nhận: the block and one span per entry (wrapped entries, OCR marks, two columns)."""

from __future__ import annotations

import pytest

from tests.factories import doc
from tests.layout._cases import PARTY_HEADER, SEED_LIKE, STATE

NO_COLON = "Nội dung.\n\nNơi nhận\n\n- Các đ/c UVTV,\n- Lưu VPTU.\n\nT-M3T/TB55\n\n**T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ**\n\n□\n\nHồ Thanh Sơn"
HEADING = "Nội dung.\n\n## NƠI NHẬN\n\n- Ban Bí thư Trung ương Đảng;\n- Lưu: VT, CT (100b)\n\n**KT. BỘ TRƯỞNG**\n**THỨ TRƯỞNG**\n**Cao Anh Tuấn**"
MERGED = (
    "Nội dung.\nNơi nhận: TM. CHÍNH PHỦ\n- Ban Bí thư Trung ương Đảng; Ï\n"
    "- Thủ tướng, các Phó Thủ tướng Chính phủ; KT, THỤ TƯỚNG\n~- Văn phòng Chủ tịch nước;\n- Lưu: VT, KTTH (2).66\n"
)
COLUMNS = (
    "Nội dung.\n\nNơi nhận:                                  T/M HUYỆN ỦY\n"
    "- Ban Thường vụ Tỉnh ủy (b/c),                 BÍ THƯ\n- Lưu VPHU.                          Lê Văn Hai\n"
)
SQUEEZED = (
    "Nội dung.\n\nNơi nhận: T/M HUYỆN ỦY\n- Ban Thường vụ Tỉnh ủy (b/c), BÍ THƯ\n- Lưu: VT, KTTH.\n"
)
RUN_ON = "Nội dung.\n\nNơi nhận: - Ban Thường vụ Tỉnh ủy (b/c); - Các chi bộ; - Lưu VP.\n\nT/M HUYỆN ỦY\nBÍ THƯ\n\nLê Văn Hai"
DASHED_NAME = "Nội dung.\n\nNơi nhận:\n- Ủy ban Mặt trận Tổ quốc - các đoàn thể,\n- Lưu VP.\n\nT/M HUYỆN ỦY\nBÍ THƯ\n\nLê Văn Hai"
GREETING = "THỦ TƯỚNG CHÍNH PHỦ điện:\n\n- Bộ trưởng các Bộ: Quốc phòng, Công an;\n- Chủ tịch Ủy ban nhân dân tỉnh.\n\nNội dung."


def _items(text: str) -> list[str]:
    document = doc(text, with_meta=False)
    return [document.slice(span) for span in document.layout.recipient_items]


# fmt: off
CASES = [
    (SEED_LIKE, ["Ban Thường vụ Tỉnh ủy (b/c)",
                 "Đ/c Phan Công Bình, UVBTVTU,\nGiám đốc CA tỉnh (phụ trách thị xã) (b/c)",
                 "Lưu Văn phòng Huyện ủy"]),
    (NO_COLON, ["Các đ/c UVTV", "Lưu VPTU"]),
    (HEADING, ["Ban Bí thư Trung ương Đảng", "Lưu: VT, CT (100b)"]),
    (MERGED, ["Ban Bí thư Trung ương Đảng", "Thủ tướng, các Phó Thủ tướng Chính phủ",
              "Văn phòng Chủ tịch nước", "Lưu: VT, KTTH (2)"]),
    (COLUMNS, ["Ban Thường vụ Tỉnh ủy (b/c)", "Lưu VPHU"]),
    (RUN_ON, ["Ban Thường vụ Tỉnh ủy (b/c)", "Các chi bộ", "Lưu VP"]),  # items run together on one line
    (DASHED_NAME, ["Ủy ban Mặt trận Tổ quốc - các đoàn thể", "Lưu VP"]),  # a dash inside an item splits nothing
    (STATE, ["Như Điều 3", "Lưu: VT, QHĐP (3)"]),
    (PARTY_HEADER, ["Ban Thường vụ Tỉnh ủy (b/c)", "Lưu VPHU"]),
    (SQUEEZED, ["Ban Thường vụ Tỉnh ủy (b/c)", "Lưu: VT, KTTH"]),
    # a position run in after the last of several separators; the first ";" before an authority
    ("Nội dung.\n\nNơi nhận:\n- Văn phòng Trung ương, các ban; Lưu: VT, BÍ THƯ\n- Lưu VPTU.\n",
     ["Văn phòng Trung ương, các ban; Lưu: VT", "Lưu VPTU"]),
    ("Nội dung.\n\nNơi nhận:\n- Các sở, ngành; T/M UBND, các huyện; KT. CHỦ TỊCH\n- Lưu VT.\n",
     ["Các sở, ngành", "Lưu VT"]),
    # negatives: body bullets and "Kính gửi" lists are not recipients
    (GREETING, []),
    ("Nội dung:\n- Tổng giá trị sản xuất tăng 7%;\n- Thu ngân sách đạt 27 tỷ đồng.\n", []),
    ("Nơi nhận là trụ sở Huyện ủy, nơi tổ chức hội nghị.\n", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_recipient_items(text: str, expected: list[str]) -> None:
    assert _items(text) == expected


@pytest.mark.parametrize("text", [SEED_LIKE, PARTY_HEADER, STATE, NO_COLON])
def test_body_excludes_recipients_and_signature(text: str) -> None:
    layout = doc(text, with_meta=False).layout
    assert layout.recipients is not None and layout.body[1] <= layout.recipients[0]
    assert layout.signature is not None and layout.body[1] <= layout.signature[0]
