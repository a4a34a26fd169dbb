"""The header of a DOCX or PDF (a two-column table: issuer and ``Số`` on the left, the
party line and place-date on the right) comes out so that ``layout`` finds every field."""

from __future__ import annotations

import pytest

from tests.load import builders
from vankien.folding import fold
from vankien.layout import analyse
from vankien.load import load_bytes

BODY = (
    "NGHỊ QUYẾT\nvề nhiệm vụ trọng tâm quý II năm 2023\n"
    "Ngày 18/4/2023, Ban Chấp hành Đảng bộ huyện khóa XXI tổ chức Hội nghị lần thứ 13. "
    "Tổng thu ngân sách đạt 95,5% dự toán, tăng 8,5% so với cùng kỳ.\n"
    "Nơi nhận:\n- Ban Thường vụ Tỉnh ủy,\n- Lưu VPHU.\nT/M HUYỆN ỦY\nBÍ THƯ\nLê Văn An"
)
WANT = {
    "issuer": "HUYỆN ỦY TÂY SƠN",
    "party_line": "ĐẢNG CỘNG SẢN VIỆT NAM",
    "number": "04-NQ/HU",
    "place_date": "Tây Sơn, ngày 20 tháng 4 năm 2023",
    "kind": "NGHỊ QUYẾT",
    "title": "về nhiệm vụ trọng tâm quý II năm 2023",
    "signer": "Lê Văn An",
}
# fmt: off
HEADERS = [
    ("two rows", [("HUYỆN ỦY TÂY SƠN\n*", "ĐẢNG CỘNG SẢN VIỆT NAM"), ("Số 04-NQ/HU", "Tây Sơn, ngày 20 tháng 4 năm 2023")]),
    ("one row",  [("ĐẢNG BỘ TỈNH BÌNH ĐỊNH\nHUYỆN ỦY TÂY SƠN\n*\nSố 04-NQ/HU", "ĐẢNG CỘNG SẢN VIỆT NAM\nTây Sơn, ngày 20 tháng 4 năm 2023")]),
]
# fmt: on


def _fields(data: bytes, name: str) -> dict[str, str | None]:
    text = load_bytes(data, name).text
    layout = analyse(text, fold(text))
    return {
        field: text[slice(*getattr(layout, field))] if getattr(layout, field) else None
        for field in WANT
    }


@pytest.mark.parametrize(("what", "header"), HEADERS, ids=[h[0] for h in HEADERS])
def test_docx_header_fields_are_found(what, header):
    assert _fields(builders.docx_bytes(BODY, header=header), "nq.docx") == WANT


@pytest.mark.skipif(
    builders.vietnamese_font() is None, reason="không có phông tiếng Việt để dựng PDF"
)
@pytest.mark.parametrize(("what", "header"), HEADERS, ids=[h[0] for h in HEADERS])
def test_pdf_header_fields_are_found(what, header):
    assert _fields(builders.pdf_bytes(BODY, header=header, running=False), "nq.pdf") == WANT
