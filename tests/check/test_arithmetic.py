"""percent_mismatch, total_mismatch, change_mismatch, unit_suspect: cases that must fire and
cases that must stay silent, each a real phrasing of the genre."""

from __future__ import annotations

import pytest

from tests.check.build import issues_of
from tests.factories import span_of
from vankien.models import Meta

# (text, code, a fragment the issue must cover, words its message must hold)
# fmt: off
FIRES = [
    ("Thu ngân sách đạt 1.987/5.412 tỷ đồng, đạt 38,72% dự toán.",
     "percent_mismatch", "1.987/5.412", ["36,71", "38,72"]),
    # a total counted in a noun written with a comma
    ("Toàn tỉnh bố trí 5.742 cán bộ, công chức cấp xã (gồm 2.315 cán bộ và 3.384 công chức).",
     "total_mismatch", "5.742", ["5.699", "5.742"]),
    ("có 56/74 ấp, khu phố thực hiện mô hình Bí thư kiêm trưởng ấp, đạt 75,56%;",
     "percent_mismatch", "56/74", ["56/74 = 75,68 %", "văn bản ghi 75,56 %"]),
    ("toàn huyện có 51/58 trường đạt chuẩn quốc gia, đạt tỷ lệ 89,93%.",
     "percent_mismatch", "51/58", ["87,93"]),
    ("Tỷ lệ tham gia bảo hiểm y tế đạt 93% (130.687/142.052 người).",
     "percent_mismatch", "130.687/142.052", ["92,00"]),
    ("có 54.511/67.837 quần chúng, đạt 80,37%", "percent_mismatch", "54.511", ["80,36"]),
    ("Có 8/12 xã đạt chuẩn (60%).", "percent_mismatch", "8/12", ["66,67"]),
    ("Có 56/74 ấp thực hiện mô hình = 75,56%.", "percent_mismatch", "56/74", ["75,68"]),
    ("Tiếp nhận 356 hồ sơ thủ tục hành chính (giải quyết đúng hạn 350, quá hạn 9).",
     "total_mismatch", "356", ["359"]),
    ("Tổng vốn đầu tư đạt 5.600 tỷ đồng, tăng 18% so với năm 2022 (5.185 tỷ đồng).",
     "change_mismatch", "18%", ["8,00 %"]),
    ("nhận 17 đơn (tố cáo 04, khiếu nại 01, kiến nghị - phản ánh 13);",
     "total_mismatch", "17 đơn", ["4 + 1 + 13 = 18", "17"]),
    ("Đoàn kiểm tra gồm 07 đồng chí: 01 trưởng đoàn, 02 phó trưởng đoàn và 05 thành viên.",
     "total_mismatch", "07 đồng chí", ["= 8"]),
    ("Thu 120 tỷ đồng (thuế 80 tỷ đồng, phí 30 tỷ đồng).", "total_mismatch", "120", ["110"]),
    # "còn lại" names the rest: the partial list is whole
    ("Tiếp nhận 6.061 hồ sơ, trong đó đã giải quyết 5.581 hồ sơ, còn lại 398 hồ sơ.",
     "total_mismatch", "6.061", ["5.581 + 398 = 5.979"]),
    # so does a last part that names the others ("khác")
    ("Tổng diện tích gieo trồng 812,5 ha (trong đó: lúa 620 ha, lạc 95,5 ha, các loại cây khác 87 ha).",
     "total_mismatch", "812,5", ["802,5"]),
    # a breakdown in brackets may stand between a value and its change; "đồng chí" counts đảng viên
    ("Tổng số đảng viên của Chi bộ là 31 đồng chí (chính thức 29, dự bị 02), tăng 05 đồng chí so với năm 2023 (năm 2023 có 28 đảng viên).",
     "change_mismatch", "31 đồng chí", ["31 − 28 = 3"]),
    ("Thu ngân sách đạt 1,5 tỷ đồng, tăng 300 triệu đồng so với năm 2022 (1,3 tỷ đồng).",
     "change_mismatch", "300 triệu", ["1,5 − 1,3 = 0,200"]),
    ("Tổng kinh phí 1,5 tỷ đồng, gồm: ngân sách tỉnh 800 triệu đồng, ngân sách huyện 600 triệu đồng.",
     "total_mismatch", "1,5 tỷ đồng", ["0,8 + 0,6 = 1,4"]),
    ("Tổng thu 1.393,757 tỷ đồng, gồm: thu nội địa 1.200 tỷ đồng, thu xuất nhập khẩu 190,757 tỷ đồng.",
     "total_mismatch", "1.393,757", ["1.200 + 190,757 = 1.390,757"]),
    ("Cai nghiện 17 lượt người, vượt 02 người (vượt 6,25%) so với chỉ tiêu giao năm 2022 "
     "(giao 16 người).", "change_mismatch", "vượt 02", ["17 − 16 = 1"]),
    ("Cai nghiện 17 lượt người, vượt 01 người (vượt 6,5%) so với chỉ tiêu giao năm 2022 "
     "(giao 16 người).", "change_mismatch", "6,5", ["6,25 %"]),
    ("Doanh thu tăng từ 100 tỷ đồng lên 120 tỷ đồng, tăng 25%.", "change_mismatch", "lên 120",
     ["20,00 %"]),
    ("Doanh thu tăng từ 120 tỷ đồng xuống 100 tỷ đồng.", "change_mismatch", "120", ["tăng"]),
    ("Thu ngân sách đạt 120 tỷ đồng, bằng 125% so với cùng kỳ (100 tỷ đồng).",
     "change_mismatch", "125%", ["120,00 %"]),
    ("Thu ngân sách đạt 90 tỷ đồng, tăng 10 tỷ đồng so với năm trước (năm 2022: 100 tỷ đồng).",
     "change_mismatch", "tăng 10", ["tăng"]),
    ("vốn tỉnh 27.075.000.000 triệu đồng/28.500.000.000 đồng, đạt 95%", "unit_suspect",
     "27.075.000.000 triệu đồng", ["Hai vế không cùng đơn vị"]),
    ("tổng vốn 27.075.000.000 triệu đồng cho chương trình", "unit_suspect",
     "27.075.000.000 triệu đồng", ["27.075.000.000 triệu đồng ="]),
]

SILENT = [
    # the bracket before the verb is the base, not a breakdown; a later plan judges the value
    "Thu ngân sách đạt 1.250 tỷ đồng (năm 2023: 1.100 tỷ đồng), tăng 150 tỷ đồng, đạt 104% dự toán (dự toán: 1.200 tỷ đồng).",
    "Kết nạp 42 đảng viên (cùng kỳ: 38 đảng viên), tăng 4 đảng viên, đạt 105% chỉ tiêu (chỉ tiêu giao 40 đảng viên).",
    "Tổng thu 150 tỷ đồng (trong đó thu nội địa 120 tỷ đồng), tăng 20 tỷ đồng so với năm 2023 (100 tỷ đồng).",
    "Tổng số đảng viên của Chi bộ là 31 đồng chí (chính thức 29, dự bị 02), tăng 03 đồng chí so với năm 2023 (năm 2023 có 28 đảng viên).",
    "Kết nạp 31 đảng viên (nữ 12, dân tộc thiểu số 5), tăng 05 người so với năm 2023 (26 hộ).",
    # amounts written rounded may give the percent: 1.987,3/5.412 is 36,72 %
    "Thu ngân sách đạt 1.987/5.412 tỷ đồng, đạt 36,72% dự toán.",
    "Toàn tỉnh bố trí 5.699 cán bộ, công chức cấp xã (gồm 2.315 cán bộ và 3.384 công chức).",
    "Đạt 45 tỷ đồng, tăng trưởng khá (gồm 12 dự án và 3 công trình).",
    # the change is of the cases, not of the people counted next to them
    "Phát hiện, bắt giữ 47 vụ, 68 đối tượng, tăng 9 vụ so với năm 2022 (38 vụ).",
    # a multiple is no difference: 72,5 is 1,45 times 50
    "Thu nhập bình quân đầu người đạt 72,5 triệu đồng, tăng 1,45 lần so với năm 2020 (50 triệu đồng).",
    "Tiếp nhận 6.061 hồ sơ, trong đó đã giải quyết 5.581 hồ sơ, còn lại 480 hồ sơ.",
    "Tiếp nhận 6.061 hồ sơ, trong đó đã giải quyết 5.581 hồ sơ, đúng hạn 398 hồ sơ.",  # partial
    "Tổng diện tích gieo trồng 812,5 ha (trong đó: lúa 620 ha, lạc 95,5 ha).",  # partial
    "Tổng diện tích gieo trồng 802,5 ha (trong đó: lúa 620 ha, lạc 95,5 ha, các loại cây khác 87 ha).",
    # "các loại" is a kind of every sort, not the rest
    "Tổng diện tích gieo trồng vụ Đông Xuân đạt 5.000 ha, trong đó: lúa 3.000 ha, ngô 500 ha, rau các loại 800 ha.",
    "Tổng đàn gia súc 12.500 con, trong đó: trâu 2.000 con, bò 3.500 con, lợn các loại 6.000 con.",
    # two shares of two plans after one pair: which percent is the pair's is not said
    "Thu ngân sách ước đạt 40.120/35.540 triệu đồng, đạt 165,17% kế hoạch tỉnh giao và đạt 112,89% kế hoạch huyện.",
    "có 56/74 ấp, khu phố thực hiện mô hình, đạt 75,68%;",
    "có 56/74 ấp, khu phố thực hiện mô hình, đạt 75,67%;",          # truncated
    "tổng số đoàn viên là 54.511/67.837 quần chúng, đạt 80,35%",    # truncated
    "có 32.201/32.413 hộ gia đình văn hóa, đạt 99,34%",             # truncated
    "có 32.201/32.413 hộ gia đình văn hóa, đạt 99,35%",             # rounded
    "Tỷ lệ tham gia bảo hiểm y tế đạt 92% (130.687/142.052 người).",
    "Giải ngân 211.052.000.000 đồng/222.160.000.000 đồng, đạt 95%.",
    "đạt tỷ lệ 83,38% với 858/1.029 việc, vượt 1,88% so với chỉ tiêu",
    "tiếp 10 lượt/11 người/10 vụ việc; toàn huyện tiếp 133 lượt/133 người, đạt 100%",
    "Có 6,43 bác sĩ/1 vạn dân, đạt 100% kế hoạch.",
    "có 5/10 thôn đạt chuẩn, tăng 20% so với cùng kỳ",
    "nhận 17 đơn (tố cáo 04, khiếu nại 01, kiến nghị - phản ánh 12);",
    "giảm 241 biên chế, trong đó khối trường học 136, đơn vị sự nghiệp thuộc huyện giảm 05.",
    "Tổng số 24 dự án, trong đó 01 dự án đang thi công, 20 dự án đang lập hồ sơ.",
    "đã tiếp nhận 265 đơn (có 237 đơn có văn bản trả lời, 20 đơn đang giải quyết).",
    "xử lý kỷ luật 48 đảng viên; bằng các hình thức: Khiển trách 42, Cảnh cáo 04, Khai trừ 02.",
    "Tai nạn giao thông xảy ra 10 vụ, làm 08 người chết, 05 người bị thương, so với năm 2019, "
    "tăng 02 vụ, tăng 03 người chết.",
    "có 06 cấp ủy viên (01 Huyện ủy viên, 01 Đảng ủy viên, 04 Chi ủy viên)",
    "theo Điều 15 (khoản 1, 2) của Quy định",
    "Cai nghiện 17 lượt người, vượt 01 người (vượt 6,25%) so với chỉ tiêu giao năm 2022 "
    "(giao 16 người).",
    "cai nghiện tại gia đình 27 lượt người, vượt 03 người (vượt 12,5%) so với chỉ tiêu giao "
    "năm 2022 (giao 24 người)",
    "phạm pháp hình sự xảy ra 53 vụ, tăng 14 vụ so với cùng kỳ năm 2019;",
    "Tỷ lệ hộ nghèo giảm từ 5,2% xuống còn 3,6%, giảm 1,6%.",              # points
    "Tỷ lệ hộ nghèo giảm từ 5,2% xuống còn 3,6%, giảm 30,77%.",            # relative
    "Doanh thu tăng từ 100 tỷ đồng lên 120 tỷ đồng, tăng 20%.",
    "Thu ngân sách đạt 120 tỷ đồng, bằng 120% so với cùng kỳ (100 tỷ đồng).",
    "Tổng giá trị sản phẩm đạt 1.393,757 tỷ đồng, tăng 8,5%, trong đó: Công nghiệp - xây dựng "
    "tăng 16,06%, thương mại - dịch vụ tăng 4,51%.",
    "Kế hoạch vốn giai đoạn 2026-2030 là 8.220.000 tỷ đồng.",
    "Giá trị sản xuất 950 triệu đồng/1,2 tỷ đồng kế hoạch.",
    "Toàn huyện có 12/15 xã đạt chuẩn nông thôn mới (80%), 3/15 xã đạt chuẩn nâng cao, chiếm 20%.",
    "Có 56/74 ấp thực hiện mô hình = 75,68%.",
    "Xếp thứ 3/12 huyện, thị xã về chỉ số cải cách hành chính, đạt 25%.",
    "Tiếp nhận 356 hồ sơ thủ tục hành chính (giải quyết đúng hạn 350, quá hạn 6).",
    "Tổng vốn đầu tư toàn xã hội đạt 5.600 tỷ đồng, tăng 8% so với năm 2022 (5.185 tỷ đồng).",
    "huấn luyện 2.450 lượt dân quân (dân quân cơ động 450, dân quân tại chỗ 2.000).",
    "xử lý 45 vụ vi phạm (trong đó: buôn lậu 12 vụ, hàng giả 8 vụ).",
    "trong 2 năm (2021, 2022) đã hoàn thành; gồm 3 ấp (ấp 1, ấp 2, ấp 5).",
    # parts in another scale than the total, their labels before their numbers
    "Tổng kinh phí 1,5 tỷ đồng, gồm: ngân sách tỉnh 800 triệu đồng, ngân sách huyện 700 triệu đồng.",
    "Thu ngân sách 1.200 tỷ đồng, gồm: thu nội địa 900 tỷ đồng, thu khác 300.000 triệu đồng.",
    "Thu ngân sách đạt 1,5 tỷ đồng, tăng 200 triệu đồng so với năm 2022 (1,3 tỷ đồng).",
    "Thu ngân sách đạt 1.500 triệu đồng, tăng 0,2 tỷ đồng so với năm 2022 (1.300 triệu đồng).",
    # a decimal comma is no list comma
    "Tổng thu 1.393,757 tỷ đồng, gồm: thu nội địa 1.200 tỷ đồng, thu xuất nhập khẩu 193,757 tỷ đồng.",
]
# fmt: on


@pytest.mark.parametrize(("text", "code", "fragment", "words"), FIRES)
def test_fires(text, code, fragment, words):
    found = [i for i in issues_of(text, Meta(level="huyen")) if i.code == code]
    assert found, f"{code} not raised on {text!r}"
    where = span_of(text, fragment)
    assert any(i.span[0] < where[1] and where[0] < i.span[1] for i in found)
    for issue in found:
        assert issue.text == text[issue.span[0] : issue.span[1]]
    message = " ".join(i.message for i in found)
    for word in words:
        assert word in message, message


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert issues_of(text, Meta(level="huyen")) == []


def test_magnitude_needs_a_local_document_below_the_absolute_limit():
    text = "Kế hoạch vốn 20.000.000 tỷ đồng cho cả nước."
    assert issues_of(text, Meta(level="trung_uong")) == []
    assert [i.code for i in issues_of(text, Meta(level="tinh"))] == ["unit_suspect"]
