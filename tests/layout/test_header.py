"""Header: issuer, superior, party line, number-symbol, place and date."""

from __future__ import annotations

import pytest

from tests.factories import doc
from tests.layout._cases import PARTY_HEADER, SEED_LIKE, STATE

RUN_TOGETHER = (
    "BAN CHAP HANH TRUNG UONG DANG CONG SAN VIET NAM\n*\n\n"
    "Số 77-KL/TW Hà Nội, ngày 05 tháng 6 năm 2020\n\nKÉT LUẬN\nCỦA BỘ CHÍNH TRỊ\nvề chủ trương\n\nTại phiên họp."
)
MARKDOWN = (
    "# Thông báo số 365/TB-VPCP\n\n## VĂN PHÒNG CHÍNH PHỦ\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n"
    "**Số:** 365/TB-VPCP\n\n**Hà Nội, ngày 10 tháng 7 năm 2026**\n\n## THÔNG BÁO\n\n**Kết luận của Phó Thủ tướng**\n\nNgày 06."
)
AFTER_KIND = (
    "# NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ\n\n**Số: 16-NQ/TW**\n\n**Hà Nội, ngày 21 tháng 7 năm 2026**\n\n"
    "## I- TÌNH HÌNH\n\nTrong những năm qua."
)
COUNCIL = (
    "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: /QĐ-UBND\n\n"
    "Hà Nội, ngày tháng năm 2026\n\nQUYẾT ĐỊNH\nPhê duyệt Kế hoạch\n\nCăn cứ Luật."
)
MERGED = "CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNGHỊ ĐỊNH\nQuy định chế độ\nCăn cứ Luật."
LAW = "QUOC HOI CONG HÒA XÃ HOI CHỦ NGHĨA VIET NAM\nNghị quyết số: 86/2019/QH14 Độc lập - Tự do - Hạnh phúc\n\nNGHỊ QUYẾT\nVề dự toán\n\nQUÓC HỘI\n"
PHONE = "HUYỆN ỦY TÂY SƠN\nSố điện thoại: 0256 3881 234\n\nTHÔNG BÁO\nvề lịch tiếp dân\n\nNội dung."
CITED = "\n\nKẾ HOẠCH\nthực hiện Nghị quyết số 04-NQ/TU\n\nThực hiện Kế hoạch số 196-KH/TU ngày 25/10/2022 của Tỉnh ủy."
CELLS = "HUYỆN ỦY TÂY SƠN | ĐẢNG CỘNG SẢN VIỆT NAM\nSố 04-NQ/HU | Tây Sơn, ngày 14 tháng 12 năm 2022\n\nNGHỊ QUYẾT\nvề x\n\nNội dung."
PIPE_TABLE = (
    "| HUYỆN ỦY TÂY SƠN | ĐẢNG CỘNG SẢN VIỆT NAM |\n|---|---|\n"
    "| Số 04-NQ/HU | Tây Sơn, ngày 14 tháng 12 năm 2022 |\n\nNGHỊ QUYẾT\nvề x\n\nNội dung."
)
DASHED_DATE = "HUYỆN ỦY TÂY SƠN\n*\nSố 25-NQ/HU\nTây Sơn, ngày 05 - 6 - 2024\n\nNGHỊ QUYẾT\nvề nhiệm vụ\n\nNội dung."
ORGAN = "TỈNH ỦY QUẢNG NAM\nỦY BAN KIỂM TRA\n*\nSố 100-TB/UBKTTU\n\nTHÔNG BÁO\nkết quả kiểm tra\n\nNội dung."
LONG_ORGAN = (
    "ỦY BAN KIỂM TRA ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH BÀ RỊA - VŨNG TÀU\n*\n"
    "Số 12-TB/UBKT\n\nTHÔNG BÁO\nkết quả kiểm tra\n\nNội dung."
)
HEADLINE = (
    "ĐẢNG ỦY PHƯỜNG VĂN CHƯƠNG TỔ CHỨC HỘI NGHỊ TRIỂN KHAI HƯỚNG DẪN CÔNG TÁC ĐẠI HỘI CHI BỘ "
    "NHIỆM KỲ 2025 - 2027\n\nThực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị."
)
OPENING_DATE = "Ngày 18/4/2023, Ban Chấp hành Đảng bộ huyện tổ chức Hội nghị.\n\n1. Nội dung."

ONE_LINE = (
    "ĐẢNG BỘ TỈNH THANH HÓA THÀNH ỦY THANH HÓA * Số 1245-TB/TU ĐẢNG CỘNG SẢN VIỆT NAM Thanh Hóa, "
    "ngày 20 tháng 5 năm 2024\n\nTHÔNG BÁO\nkết luận của Thường trực Thành ủy\n\n1. Nội dung."
)
# the party line inside a sentence of the body is no header
PARTY_IN_PROSE = (
    "Tiếp tục thực hiện Chỉ thị của ĐẢNG CỘNG SẢN VIỆT NAM về công tác cán bộ, Số 12 tổ chức.\n\n"
    "THÔNG BÁO\nkết luận\n\n1. Nội dung."
)

# fmt: off
CASES = [
    # (text, layout field, expected text or None)
    # a header copied as one line is read as its parts
    (ONE_LINE, "number", "1245-TB/TU"),
    (ONE_LINE, "place", "Thanh Hóa"),
    (ONE_LINE, "date", "ngày 20 tháng 5 năm 2024"),
    (ONE_LINE, "party_line", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    (PARTY_IN_PROSE, "number", None),
    (PARTY_HEADER, "issuer", "BAN THƯỜNG VỤ HUYỆN ỦY"),
    (ORGAN, "header_issuer", "ỦY BAN KIỂM TRA"),
    (DASHED_DATE, "date", "ngày 05 - 6 - 2024"),
    (DASHED_DATE, "place", "Tây Sơn"),
    (ORGAN, "superior", "TỈNH ỦY QUẢNG NAM"),
    (PARTY_HEADER, "header_issuer", "HUYỆN ỦY TÂY SƠN"),
    (PARTY_HEADER, "superior", "ĐẢNG BỘ TỈNH BÌNH ĐỊNH"),
    (PARTY_HEADER, "party_line", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    (PARTY_HEADER, "number", "04-NQ/HU"),
    (PARTY_HEADER, "place", "Tây Sơn"),
    (PARTY_HEADER, "date", "ngày 14 tháng 12 năm 2022"),
    (RUN_TOGETHER, "number", "77-KL/TW"),
    (RUN_TOGETHER, "place", "Hà Nội"),
    (RUN_TOGETHER, "party_line", "DANG CONG SAN VIET NAM"),
    (MARKDOWN, "header_issuer", "VĂN PHÒNG CHÍNH PHỦ"),
    (MARKDOWN, "number", "365/TB-VPCP"),
    (AFTER_KIND, "number", "16-NQ/TW"),
    (AFTER_KIND, "date", "ngày 21 tháng 7 năm 2026"),
    (COUNCIL, "issuer", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI"),
    (COUNCIL, "number", "/QĐ-UBND"),
    (COUNCIL, "date", "ngày tháng năm 2026"),
    (MERGED, "issuer", "CHÍNH PHỦ"),
    (LAW, "issuer", "QUOC HOI"),
    (LAW, "number", "86/2019/QH14"),
    (STATE, "issuer", "THỦ TƯỚNG CHÍNH PHỦ"),
    (" Hưng Tân, ngày  26 tháng 12 năm 2022\n\nNGHỊ QUYẾT\nVề nhiệm vụ\n", "place", "Hưng Tân"),
    (CELLS, "issuer", "HUYỆN ỦY TÂY SƠN"),
    (CELLS, "place", "Tây Sơn"),
    (CELLS, "number", "04-NQ/HU"),
    (PIPE_TABLE, "number", "04-NQ/HU"),
    (PIPE_TABLE, "place", "Tây Sơn"),
    (LONG_ORGAN, "issuer", "ỦY BAN KIỂM TRA ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH BÀ RỊA - VŨNG TÀU"),
    # negatives
    (HEADLINE, "issuer", None),
    (PHONE, "number", None),
    (CITED, "number", None),
    (CITED, "place_date", None),
    (SEED_LIKE, "header_issuer", None),
    (SEED_LIKE, "party_line", None),
    (SEED_LIKE, "place", None),
    (OPENING_DATE, "place_date", None),
    (MARKDOWN, "superior", None),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nTHÔNG BÁO\nVề việc\n", "issuer", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "field", "expected"), CASES)
def test_header(text: str, field: str, expected: str | None) -> None:
    document = doc(text, with_meta=False)
    span = getattr(document.layout, field)
    assert (document.slice(span) if span else None) == expected
