"""HTML: a saved page of a committee's site gives the document it shows, without menus,
headers, footers or scripts, one line per block."""

from __future__ import annotations

import pytest

from vankien.load import load_bytes

DOC = (
    "<h2>NGHỊ QUYẾT</h2><p>về nhiệm vụ trọng tâm quý II năm 2023</p>"
    "<p>Ngày 18/4/2023, Ban Chấp hành Đảng bộ huyện khóa XXI tổ chức Hội nghị lần thứ 13.</p>"
    "<p>1. Tổng giá trị sản phẩm đạt <b>1.393,757 tỷ đồng</b>, tăng 8,5%.<br>2. Thu ngân sách đạt 95%.</p>"
    "<ul><li>Ban Thường vụ Huyện ủy lãnh đạo thực hiện.</li><li>Các chi bộ triển khai.</li></ul>"
)
WANT = [
    "NGHỊ QUYẾT",
    "về nhiệm vụ trọng tâm quý II năm 2023",
    "Ngày 18/4/2023, Ban Chấp hành Đảng bộ huyện khóa XXI tổ chức Hội nghị lần thứ 13.",
    "1. Tổng giá trị sản phẩm đạt 1.393,757 tỷ đồng, tăng 8,5%.",
    "2. Thu ngân sách đạt 95%.",
    "Ban Thường vụ Huyện ủy lãnh đạo thực hiện.",
    "Các chi bộ triển khai.",
]
MENU = "<nav><ul><li>Trang chủ</li><li>Giới thiệu</li><li>Tin tức</li></ul></nav>"
SIDE = '<div class="sidebar"><p>Văn bản mới: Kế hoạch số 12-KH/HU ngày 2/3/2023 về công tác dân vận</p></div>'
FOOT = "<footer><p>Bản quyền thuộc Huyện ủy Tây Sơn. Địa chỉ: 123 Quang Trung, điện thoại 0256</p></footer>"
SCRIPT = "<script>var x = 'Nghị quyết giả';</script><style>p{color:red}</style><!-- ghi chú -->"

# fmt: off
PAGES = [
    ("article",       f"<html><body>{MENU}{SIDE}<article>{DOC}</article>{FOOT}{SCRIPT}</body></html>"),
    ("main",          f"<html><body><header><h1>Huyện ủy Tây Sơn</h1></header>{MENU}<main>{DOC}</main>{FOOT}</body></html>"),
    ("content div",   f'<html><body>{MENU}<div id="wrap">{SIDE}<div class="news-detail">{DOC}</div></div>{FOOT}</body></html>'),
    ("no markers",    f"<html><body>{MENU}<div><div>{DOC}</div></div><div>{FOOT}</div></body></html>"),
    ("windows-1258",  f'<html><head><meta charset="windows-1258"></head><body>{MENU}<article>{DOC}</article></body></html>'),
]
# fmt: on


@pytest.mark.parametrize(("what", "page"), PAGES, ids=[p[0] for p in PAGES])
def test_main_content_only(what, page):
    if what == "windows-1258":
        from tests.load.builders import cp1258_bytes

        data = cp1258_bytes(page)
    else:
        data = page.encode("utf-8")
    loaded = load_bytes(data, "trang.html")
    assert loaded.text.split("\n") == WANT
    assert loaded.format == "html"
    assert loaded.encoding == ("cp1258" if what == "windows-1258" else "utf-8")


def test_two_column_header_table_gives_lines_and_data_table_gives_rows():
    page = (
        "<table><tr><td>HUYỆN ỦY TÂY SƠN<br>*<br>Số 04-NQ/HU</td><td>ĐẢNG CỘNG SẢN VIỆT NAM<br>"
        "<i>Tây Sơn, ngày 20 tháng 4 năm 2023</i></td></tr></table>"
        + DOC
        + "<table><tr><th>Chỉ tiêu</th><th>Kế hoạch</th><th>Thực hiện</th></tr>"
        "<tr><td>Thu ngân sách</td><td>27 tỷ</td><td>28,5 tỷ</td></tr></table>"
    )
    lines = load_bytes(
        f"<html><body><article>{page}</article></body></html>".encode(), "bang.htm"
    ).text.split("\n")
    assert lines[:5] == [
        "HUYỆN ỦY TÂY SƠN",
        "*",
        "Số 04-NQ/HU",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Tây Sơn, ngày 20 tháng 4 năm 2023",
    ]
    assert lines[-1] == "Thu ngân sách | 27 tỷ | 28,5 tỷ"
