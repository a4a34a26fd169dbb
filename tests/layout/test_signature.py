"""Signature block: authority, position, name; lines that are not a signature."""

from __future__ import annotations

import pytest

from tests.factories import doc
from tests.layout._cases import PARTY_HEADER, SEED_LIKE, STATE
from tests.layout.test_recipients import COLUMNS, MERGED, NO_COLON

DEPUTY = "Nội dung./.\n\nKT. THỦ TƯỚNG\n\nPhó Thủ tướng\n\n**Phạm Gia Túc**\n"
SIGNER_LINE = "# NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ\n\n**Số: 16-NQ/TW**\n\n**Người ký: Tổng Bí thư Tô Lâm**\n\n## I- TÌNH HÌNH\n\nNội dung."
UNSIGNED = "NGHỊ QUYẾT\nVề phương hướng\n-----\nHội nghị họp.\nI. ĐÁNH GIÁ\nNghị quyết này được phổ biến đến tận chi bộ./.\n"
CODE_ONLY = "Nội dung.\n\n- Lưu VPTU.\n\nT-M3T/TB55\n"
CAPITALS = "Nội dung./.\n\nK/T BÍ THƯ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\n(Đã ký)\n\nNGUYỄN VĂN AN\n"
ROW = "Nội dung./.\n\nNơi nhận: | T/M HUYỆN ỦY\n- Ban Thường vụ Tỉnh ủy (b/c), | BÍ THƯ\n- Lưu VP. | Lê Văn Hai\n"
TMGV = "Nội dung.\n\nNơi nhận:\n- Các cơ quan TMGV Tỉnh ủy (b/c),\n- Lưu VP.\n"
HIGHLANDS = "Nội dung./.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nRơ Chăm H'Lin\n"
QUOTED = "Nội dung./.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nĐã ký 'Lin'\n"

# fmt: off
CASES = [
    (SEED_LIKE, ("T/M HUYỆN ỦY", "BÍ THƯ", "Lê Bình Thành")),
    (PARTY_HEADER, ("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn An")),
    (STATE, ("TM. CHÍNH PHỦ", "PHÓ THỦ TƯỚNG", "Lê Minh Hưng")),
    (NO_COLON, ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Hồ Thanh Sơn")),
    (DEPUTY, ("KT. THỦ TƯỚNG", "Phó Thủ tướng", "Phạm Gia Túc")),
    (COLUMNS, ("T/M HUYỆN ỦY", "BÍ THƯ", "Lê Văn Hai")),
    (SIGNER_LINE, (None, "Tổng Bí thư", "Tô Lâm")),
    (MERGED, ("TM. CHÍNH PHỦ", None, None)),
    (ROW, ("T/M HUYỆN ỦY", "BÍ THƯ", "Lê Văn Hai")),
    (CAPITALS, ("K/T BÍ THƯ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "NGUYỄN VĂN AN")),
    (HIGHLANDS, ("T/M ĐẢNG ỦY", "BÍ THƯ", "Rơ Chăm H'Lin")),
    # negatives
    (UNSIGNED, (None, None, None)),
    (CODE_ONLY, (None, None, None)),
    (TMGV, (None, None, None)),
    (QUOTED, ("T/M ĐẢNG ỦY", "BÍ THƯ", None)),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_signature(text: str, expected: tuple) -> None:
    document = doc(text, with_meta=False)
    layout = document.layout
    got = tuple(
        document.slice(span) if span else None
        for span in (layout.authority, layout.position, layout.signer)
    )
    assert got == expected
