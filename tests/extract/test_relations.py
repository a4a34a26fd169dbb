"""The relations extractor: what it must find (with its numbers) and what it must leave alone."""

from __future__ import annotations

import pytest

from tests.factories import doc, span_of
from vankien.extract import relations
from vankien.models import Relation

# (text, kind, the values it must carry, a fragment its span must cover)
# fmt: off
FOUND = [
    ("thu nhập đạt 72,5 triệu đồng, tăng 22,5 triệu đồng so với năm 2020 (50 triệu đồng).", "change",
     {"new": 72.5, "base": 50, "delta": 22.5}, "22,5 triệu đồng"),
    ("có 56/74 ấp, khu phố thực hiện mô hình Bí thư kiêm trưởng ấp, đạt 75,56%;", "ratio",
     {"part": 56, "whole": 74, "percent": 75.56}, "56/74"),
    ("toàn huyện có 51/58 trường đạt chuẩn quốc gia, đạt tỷ lệ 87,93%.", "ratio",
     {"part": 51, "whole": 58, "percent": 87.93}, "51/58"),
    ("Tỷ lệ tham gia bảo hiểm y tế đạt 92% (130.687/142.052 người).", "ratio",
     {"part": 130687, "whole": 142052, "percent": 92}, "130.687/142.052"),
    ("Thi hành án đạt tỷ lệ 83,38% với 858/1.029 việc, vượt 1,88%.", "ratio",
     {"part": 858, "whole": 1029, "percent": 83.38}, "858/1.029"),
    ("Đã kết nạp được 90/90 đảng viên mới (*đạt 100% chỉ tiêu của Tỉnh ủy giao*).", "ratio",
     {"part": 90, "whole": 90, "percent": 100}, "90/90"),
    ("Giải ngân 23.195.000.000 đồng/24.415.000.000 đồng, đạt 95%.", "ratio",
     {"part": 23195000000, "whole": 24415000000, "percent": 95}, "23.195.000.000"),
    ("thu ngân sách 254.317/487.500 triệu đồng, chiếm 52,17%.", "ratio",
     {"part": 254317, "whole": 487500, "percent": 52.17}, "254.317/487.500"),
    ("Có 8/12 xã đạt chuẩn (66,67%).", "ratio", {"part": 8, "whole": 12, "percent": 66.67}, "8/12"),
    ("thu 40.120/35.540 triệu đồng, đạt 112,89% kế hoạch, tăng 15% so với cùng kỳ.", "ratio",
     {"part": 40120, "whole": 35540, "percent": 112.89}, "40.120/35.540"),
    ("vốn tỉnh 27.075.000.000 triệu đồng/28.500.000.000 đồng, đạt 95%", "unit",
     {"part": 27075000000, "whole": 28500000000, "part_scale": 1e6, "whole_scale": 1}, "triệu"),
    ("vốn tỉnh 27.075.000.000 triệu đồng cho dự án", "unit",
     {"value": 27075000000, "scale": 1e6}, "27.075.000.000 triệu đồng"),
    ("nhận 17 đơn (tố cáo 04, khiếu nại 01, kiến nghị - phản ánh 12);", "total",
     {"total": 17, "parts": [4, 1, 12]}, "17 đơn"),
    ("có 06 cấp ủy viên (01 Huyện ủy viên, 01 Đảng\n\nủy viên, 04 Chi ủy viên);", "total",
     {"total": 6, "parts": [1, 1, 4]}, "06 cấp ủy viên"),
    ("Đoàn kiểm tra gồm 07 đồng chí: 01 trưởng đoàn, 02 phó trưởng đoàn và 04 thành viên.", "total",
     {"total": 7, "parts": [1, 2, 4]}, "07 đồng chí"),
    ("Thu 120 tỷ đồng (thuế 80 tỷ đồng, phí 40 tỷ đồng).", "total",
     {"total": 120, "parts": [80, 40]}, "120 tỷ đồng"),
    ("Tổng số 24 dự án, trong đó 01 dự án đang thi công, 23 dự án đang lập hồ sơ.", "total",
     {"total": 24, "parts": [1, 23]}, "24 dự án"),
    ("Cai nghiện 17 lượt người, vượt 01 người (vượt 6,25%) so với chỉ tiêu giao năm 2022 "
     "(giao 16 người).", "change",
     {"new": 17, "base": 16, "delta": 1, "percent": 6.25, "direction": 1}, "vượt 01"),
    ("Tỷ lệ hộ nghèo giảm từ 5,2% xuống còn 3,6%.", "change",
     {"base": 5.2, "new": 3.6, "direction": -1, "percent_values": 1}, "từ 5,2%"),
    ("Doanh thu tăng từ 100 tỷ đồng lên 120 tỷ đồng, tăng 20%.", "change",
     {"base": 100, "new": 120, "percent": 20, "direction": 1}, "lên 120"),
    ("Thu ngân sách đạt 120 tỷ đồng, bằng 120% so với cùng kỳ (100 tỷ đồng).", "change",
     {"new": 120, "base": 100, "ratio_percent": 120}, "bằng 120%"),
    ("Thu ngân sách đạt 120 tỷ đồng, tăng 20 tỷ đồng so với năm trước (năm 2022: 100 tỷ đồng).",
     "change", {"new": 120, "base": 100, "delta": 20}, "tăng 20"),
    ("đạt 80,35% (*Nghị quyết là 70% - thực hiện vượt chỉ tiêu*)", "verdict",
     {"actual": 80.35, "target": 70, "bound": 0, "verdict": 1, "lower_better": 0}, "80,35%"),
    ("Đoàn thanh niên đạt 69,52% (*Nghị quyết từ 45% trở lên - thực hiện đạt chỉ tiêu*)", "verdict",
     {"actual": 69.52, "target": 45, "bound": 1, "strict": 0, "verdict": 0}, "69,52%"),
    ("xử lý kỷ luật 48 đảng viên, chiếm tỷ lệ 1,04% (*Nghị quyết là dưới 0,6 - chưa đảm bảo*)",
     "verdict", {"actual": 1.04, "target": 0.6, "bound": -1, "strict": 1, "verdict": -1,
                 "lower_better": 1}, "1,04%"),
    ("sắp xếp giảm 06/66 đơn vị, đạt 9,09% (*chưa đạt chỉ tiêu theo Kế hoạch số 177-KH/TU của "
     "Tỉnh ủy là 10%*)", "verdict", {"actual": 9.09, "target": 10, "verdict": -1}, "9,09%"),
    ("tỷ lệ bao phủ đạt 95%, vượt chỉ tiêu nghị quyết (90%).", "verdict",
     {"actual": 95, "target": 90, "verdict": 1}, "95%"),
    ("Tỷ lệ hộ nghèo còn 3,2% (Nghị quyết là 4% - đạt chỉ tiêu).", "verdict",
     {"actual": 3.2, "target": 4, "lower_better": 1, "verdict": 0}, "3,2%"),
    ("Hội nghị họp ngày 31/02/2023 tại hội trường.", "date",
     {"day": 31, "month": 2, "year": 2023}, "31/02/2023"),
    ("ngày 30 tháng 13 năm 2022", "date", {"day": 30, "month": 13, "year": 2022}, "tháng 13"),
    ("thực hiện từ ngày 15/3/2023 đến ngày 10/3/2023", "date_range",
     {"start": [2023, 3, 15], "end": [2023, 3, 10]}, "15/3/2023"),
    ("nhiệm kỳ 2025 - 2020", "date_range", {"start": [2025], "end": [2020]}, "2025"),
]

# (text, kind that must not be found)
NOT_FOUND = [
    # "tăng 1,45 lần" states a multiple, not a difference
    ("thu nhập đạt 72,5 triệu đồng, tăng 1,45 lần so với năm 2020 (50 triệu đồng).", "change"),
    ("thu nhập năm 2025 đạt 72,5 triệu đồng, so với năm 2020 (50 triệu đồng) tăng 1,45 lần.", "change"),
    ("tiếp 10 lượt/11 người/10 vụ việc; nhận 17 đơn", "ratio"),
    ("toàn huyện tiếp 133 lượt/133 người, đạt 100%", "ratio"),
    ("có 6,43 bác sĩ/1 vạn dân, đạt 100% kế hoạch", "ratio"),
    ("theo Quyết định ngày 14/12/2022, đạt 100%", "ratio"),
    ("đến tháng 12/2022, đạt 100%", "ratio"),
    ("có 09/74 ấp, khu phố thực hiện mô hình; xã B đạt 75%", "ratio"),
    ("có 5/10 thôn đạt chuẩn, tăng 20% so với cùng kỳ", "ratio"),
    ("thu 120/200 tỷ đồng, bằng 110% so với cùng kỳ", "ratio"),
    ("có 5/10 thôn, đạt trên 40%", "ratio"),
    # two shares of two plans: which one the fraction gives is not said
    ("thu 40.120/35.540 triệu đồng, đạt 165,17% kế hoạch tỉnh giao và đạt 112,89% kế hoạch huyện", "ratio"),
    ("thu 40.120/35.540 triệu đồng, đạt 165,17% kế hoạch tỉnh, đạt 112,89% kế hoạch huyện", "ratio"),
    ("xếp thứ 24/34 địa phương, thấp hơn bình quân cả nước (35,5%)", "ratio"),
    ("có 24/34 địa phương, thấp hơn bình quân cả nước (35,5%)", "ratio"),
    ("Tổng giá trị sản phẩm đạt 1.393,757 tỷ đồng, tăng 8,5%", "unit"),
    ("giảm 241 biên chế, trong đó khối trường học 136, đơn vị sự nghiệp giảm 05", "total"),
    ("Tai nạn giao thông xảy ra 10 vụ, làm 08 người chết, 05 người bị thương", "total"),
    ("bằng các hình thức kỷ luật: Khiển trách 42, Cảnh cáo 04, Khai trừ 02.", "total"),
    ("theo Điều 15 (khoản 1, 2) của Quy định", "total"),
    ("phạm pháp hình sự 53 vụ (tăng 14 vụ, giảm 3 vụ so với cùng kỳ)", "total"),
    ("năm 2022 (tăng 5, giảm 3)", "total"),
    ("trong 2 năm (2021, 2022) đã hoàn thành", "total"),
    ("gồm 3 ấp (ấp 1, ấp 2, ấp 5)", "total"),
    ("có 3 khu dân cư (khu 1, khu 4, khu 7)", "total"),
    ("đạt 20 tỷ đồng (chiếm 20%, tăng 5%)", "total"),
    ("phạm pháp hình sự xảy ra 53 vụ, tăng 14 vụ so với cùng kỳ năm 2019;", "change"),
    ("Tổng thu ngân sách đạt 375.300.000.000 đồng, vượt 34,42% dự toán được giao", "change"),
    ("10 vụ, làm 08 người chết, so với năm 2019, tăng 02 vụ, tăng 03 người chết", "change"),
    ("(Nghị quyết từ 45% trở lên - thực hiện đạt chỉ tiêu)", "change"),
    ("Tỷ lệ trẻ suy dinh dưỡng đạt 12,54% (*đạt chỉ tiêu nghị quyết đề ra*)", "verdict"),
    ("(*Nghị quyết Tỉnh ủy trên 80% tổ chức cơ sở đảng và trên 85% đảng viên hoàn thành*)",
     "verdict"),
    ("giảm được 121 hộ nghèo (kế hoạch 126 - chưa đạt)", "verdict"),
    ("đạt trên 90% (Nghị quyết là 95% - chưa đạt)", "verdict"),
    ("ngày 28/02/2023 và ngày 29/02/2024", "date"),
    ("phiên bản 31.02.2023", "date"),
    ("nhiệm kỳ 2020 - 2025", "date_range_backwards"),
]
# fmt: on


def _of_kind(text: str, kind: str) -> list[Relation]:
    return [r for r in relations.extract(doc(text)) if r.kind == kind]


@pytest.mark.parametrize(("text", "kind", "values", "fragment"), FOUND)
def test_finds(text, kind, values, fragment):
    found = _of_kind(text, kind)
    assert found, f"no {kind} in {text!r}"
    where = span_of(text, fragment)
    item = next(
        r
        for r in found
        if r.span[0] < where[1] and where[0] < r.span[1] and set(values) <= set(r.values)
    )
    for name, want in values.items():
        assert item.values[name] == pytest.approx(want), (name, item.values)
    assert item.text == text[item.span[0] : item.span[1]]
    for start, end in item.spans.values():
        assert item.span[0] <= start <= end <= item.span[1] or kind == "total"


@pytest.mark.parametrize(("text", "kind"), NOT_FOUND)
def test_leaves_alone(text, kind):
    if kind == "date_range_backwards":
        ranges = _of_kind(text, "date_range")
        assert all(r.values["end"] >= r.values["start"] for r in ranges)
        return
    found = _of_kind(text, kind)
    if kind == "total":
        found = [r for r in found if r.exhaustive]
    assert found == [], found


@pytest.mark.parametrize(
    ("text", "exhaustive"),
    [
        ("Tổng số 24 dự án, trong đó 01 dự án đang thi công, 23 dự án.", False),
        ("Tổng số 24 dự án, trong đó 01 dự án đang thi công, còn lại 23 dự án.", True),
        ("Tổng số 24 dự án, trong đó còn lại 01 dự án, 23 dự án đang thi công.", False),
    ],
)
def test_partial_breakdown_is_whole_only_with_the_rest(text, exhaustive):
    (item,) = _of_kind(text, "total")
    assert item.exhaustive is exhaustive


def test_decimals_record_the_written_precision():
    (item,) = _of_kind("có 54.511/67.837 quần chúng, đạt 80,35%", "ratio")
    assert item.decimals == {"percent": 2}
    (item,) = _of_kind("có 23.195/24.415 tỷ đồng, đạt 95%", "ratio")
    assert item.decimals == {"percent": 0, "part": 0, "whole": 0}  # amounts, written rounded
    assert item.values["rounded"] == 1.0
    (item,) = _of_kind("có 2.195,5/2.415,25 tỷ đồng, đạt 90,9%", "ratio")
    assert item.decimals == {"percent": 1, "part": 1, "whole": 2}


def test_the_seed_statements_in_place(records):
    for path, (record, _text) in records.items():
        if path.name.startswith("004_"):
            kinds = {r.kind for r in record.relations}
            assert {"ratio", "unit", "total", "change", "verdict"} <= kinds
