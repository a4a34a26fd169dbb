"""verdict_mismatch: the text's verdict against the result, the target and its direction."""

from __future__ import annotations

import pytest

from tests.check.build import issues_of
from tests.factories import span_of
from vankien import read_text
from vankien.check.verdicts import Claim, contradiction
from vankien.models import Figure

# (text, a fragment the issue must cover)
# fmt: off
FIRES = [
    ("tỷ lệ đoàn viên đạt 60,35% (*Nghị quyết là 70% - thực hiện vượt chỉ tiêu*)", "60,35%"),
    ("Đoàn thanh niên đạt 39,52% (*Nghị quyết từ 45% trở lên - thực hiện đạt chỉ tiêu*)", "39,52%"),
    ("hoàn thành tốt nhiệm vụ đạt 100% (*Nghị quyết là trên 80% - chưa đạt*)", "100%"),
    ("xử lý kỷ luật 48 đảng viên, chiếm tỷ lệ 0,4% (*Nghị quyết là dưới 0,6 - chưa đảm bảo*)",
     "0,4%"),
    ("xử lý kỷ luật 48 đảng viên, chiếm tỷ lệ 1,04% (*Nghị quyết là dưới 0,6 - đảm bảo*)", "1,04%"),
    ("sắp xếp giảm 06/66 đơn vị, đạt 9,09% (*vượt chỉ tiêu theo Kế hoạch số 177-KH/TU của Tỉnh "
     "ủy là 10%*)", "9,09%"),
    ("tỷ lệ bao phủ đạt 85%, vượt chỉ tiêu nghị quyết (90%).", "85%"),
    ("Tỷ lệ hộ nghèo còn 4,5% (Nghị quyết là 4% - đạt chỉ tiêu).", "4,5%"),
    ("Tỷ lệ hộ nghèo còn 3,2% (Nghị quyết là 4% - chưa đạt).", "3,2%"),
    ("Số vụ tai nạn giao thông là 12 vụ (kế hoạch 10 - thực hiện đạt).", "12"),
]

SILENT = [
    "Thu ngân sách đạt 1.250 tỷ đồng (năm 2023: 1.100 tỷ đồng), tăng 150 tỷ đồng, đạt 104% dự toán (dự toán: 1.200 tỷ đồng).",
    "Kết nạp 42 đảng viên (cùng kỳ: 38 đảng viên), tăng 4 đảng viên, đạt 105% chỉ tiêu (chỉ tiêu giao 40 đảng viên).",
    "Tỷ lệ hộ nghèo giảm còn 1,8%, vượt chỉ tiêu 0,2%.",
    "Kết nạp 18 đảng viên mới, chưa đạt chỉ tiêu 2 đảng viên.",
    "Thu ngân sách đạt 110 tỷ đồng, vượt kế hoạch 10 tỷ đồng.",
    "Tỷ lệ tham gia bảo hiểm y tế đạt 92,7% (31.482/33.960 người), chưa đạt chỉ tiêu 95% Nghị quyết đề ra.",
    "Kết nạp 25 đảng viên, vượt chỉ tiêu 20 đảng viên.",
    # lower than an upper limit is within it
    "Tỷ lệ đảng viên bị kỷ luật là 0,24%, thấp hơn chỉ tiêu đề ra (dưới 0,3%).",
    # "đạt và vượt tiến độ" judges the pace of the work, not the year's target
    "6 tháng đầu năm 2024, thu ngân sách đạt 20 tỷ 500 triệu đồng/42 tỷ 500 triệu đồng dự toán năm, đạt và vượt tiến độ.",
    "6 tháng đầu năm 2024, thu ngân sách đạt 20.500/42.500 triệu đồng dự toán năm, đạt và vượt tiến độ.",
    # a plan after "so với chỉ tiêu" judges the clause's result, not a base, a part or a share
    "Toàn Đảng bộ kết nạp 52 đảng viên, tăng 7 đảng viên so với năm 2023 (45 đảng viên), vượt so với chỉ tiêu 50 đảng viên.",
    "Kết nạp 45 đảng viên, trong đó có 20 đảng viên là đoàn viên thanh niên, vượt so với chỉ tiêu 40 đảng viên.",
    "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 92%, bằng 98,9% so với chỉ tiêu 93%, chưa đạt chỉ tiêu.",
    "Kết nạp 21 đảng viên, vượt 3 đảng viên (vượt 16,7%) so với chỉ tiêu 18 đảng viên.",
    # the verdict after a running total is the total's, not the part's before it
    "Trong 6 tháng cuối năm kết nạp 24 đảng viên, nâng tổng số kết nạp cả năm lên 41 đảng viên, vượt chỉ tiêu được giao (chỉ tiêu 38 đảng viên).",
    "tốc độ tăng trưởng kinh tế (GRDP) cả năm đạt 7,26% (kế hoạch tăng 7% – 7,5%);",
    "doanh thu dịch vụ cảng đạt 2.030 tỷ đồng, tăng 7,64% (kế hoạch 7,05%);",
    "giá trị sản xuất công nghiệp ước đạt 142.005 tỷ đồng, tăng 6,47% (kế hoạch 9,05%);",
    # a margin after "vượt chỉ tiêu" is no target level
    "tỷ lệ hộ nghèo là 0,24% (giảm 0,09% so với đầu năm; vượt chỉ tiêu so với kế hoạch của tỉnh giao 0,04%);",
    "tỷ lệ đoàn viên đạt 80,35% (*Nghị quyết là 70% - thực hiện vượt chỉ tiêu*)",
    "Đoàn thanh niên đạt 69,52% (*Nghị quyết từ 45% trở lên - thực hiện đạt chỉ tiêu*)",
    "Đoàn thanh niên đạt 45% (*Nghị quyết từ 45% trở lên - thực hiện đạt chỉ tiêu*)",
    "hoàn thành tốt nhiệm vụ đạt 100% (*Nghị quyết là trên 80% - thực hiện vượt chỉ tiêu*)",
    "giải quyết đơn thư đạt 100% (*Nghị quyết là trên 95% - thực hiện đảm bảo*)",
    "xử lý kỷ luật 48 đảng viên, chiếm tỷ lệ 1,04% (*Nghị quyết là dưới 0,6 - chưa đảm bảo*)",
    "thu gom chất thải đạt 100% (*Nghị quyết 100% - thực hiện đạt chỉ tiêu*)",
    "bảo hiểm y tế đạt 92% (130.687/142.052 người) (*Nghị quyết là 92% - thực hiện đạt*)",
    "sắp xếp giảm 06/66 đơn vị, đạt 9,09% (*chưa đạt chỉ tiêu theo Kế hoạch số 177-KH/TU của "
    "Tỉnh ủy là 10%*)",
    "tỷ lệ bao phủ đạt 95%, vượt chỉ tiêu nghị quyết (90%).",
    "Tỷ lệ hộ nghèo còn 3,2% (Nghị quyết là 4% - đạt chỉ tiêu).",
    "Tỷ lệ hộ nghèo còn 4,5% (Nghị quyết là 4% - chưa đạt).",
    "Số vụ tai nạn giao thông là 8 vụ (kế hoạch 10 - thực hiện đạt).",
    "đã giảm được 121 hộ nghèo (kế hoạch 126 - chưa đạt).",
    "Tỷ lệ trẻ suy dinh dưỡng đạt 12,54% (*đạt chỉ tiêu nghị quyết đề ra*)",
    "tỷ lệ đạt trên 90% (Nghị quyết là 95% - chưa đạt)",
    "tỷ lệ đoàn viên đạt 70% (*Nghị quyết là 70% - thực hiện vượt chỉ tiêu*)",
]
# fmt: on


@pytest.mark.parametrize(("text", "fragment"), FIRES)
def test_fires(text, fragment):
    found = [i for i in issues_of(text) if i.code == "verdict_mismatch"]
    assert found, f"verdict_mismatch not raised on {text!r}"
    where = span_of(text, fragment)
    assert any(i.span[0] < where[1] and where[0] < i.span[1] for i in found)
    assert "văn bản ghi" in found[0].message


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert [i for i in issues_of(text) if i.code == "verdict_mismatch"] == []


# (claim, contradicted?)
# fmt: off
CLAIMS = [
    (Claim(80, 70, 0, False, 1, False), False),
    (Claim(60, 70, 0, False, 1, False), True),
    (Claim(70, 70, 0, False, 0, False), False),
    (Claim(70, 70, 0, False, -1, False), True),
    (Claim(80, 80, 1, True, -1, False), False),   # "trên 80%" and exactly 80: not met
    (Claim(80, 80, 1, True, 0, False), True),
    (Claim(3, 4, 0, False, 0, True), False),      # lower is better
    (Claim(5, 4, 0, False, 0, True), True),
    (Claim(0.6, 0.6, -1, True, -1, True), False), # "dưới 0,6" and exactly 0,6: not met
]
# fmt: on


@pytest.mark.parametrize(("claim", "wrong"), CLAIMS)
def test_contradiction(claim, wrong):
    assert (contradiction(claim) is not None) is wrong


def test_figures_with_a_verdict_cue_are_checked_where_no_relation_covers_them():
    text = "Thu ngân sách đạt 80 tỷ đồng, vượt chỉ tiêu đề ra là 90 tỷ đồng."
    start = text.index("80 tỷ đồng")
    figure = Figure(
        text="80 tỷ đồng",
        span=(start, start + 10),
        value=80,
        unit="tỷ đồng",
        target_value=90,
        verdict="exceeded",
        verdict_cue="vượt chỉ tiêu",
        indicator="thu ngân sách",
    )
    found = [i for i in issues_of(text, figures=[figure]) if i.code == "verdict_mismatch"]
    assert [i.text for i in found] == ["80 tỷ đồng"]
    implied = figure.model_copy(update={"verdict_cue": None})
    assert [i for i in issues_of(text, figures=[implied]) if i.code == "verdict_mismatch"] == []


def test_no_verdict_issue_on_a_part_before_its_running_total() -> None:
    text = (
        "Trong 6 tháng cuối năm kết nạp 24 đảng viên, nâng tổng số kết nạp cả năm lên 41 đảng "
        "viên, vượt chỉ tiêu được giao (chỉ tiêu 38 đảng viên)."
    )
    assert [i.code for i in read_text(text).issues] == []


def test_no_change_issue_on_a_multiple() -> None:
    text = "Thu nhập bình quân tăng từ 50 triệu đồng lên 72,5 triệu đồng, tăng 1,45 lần."
    assert [i.code for i in read_text(text).issues] == []


def test_no_verdict_issue_on_a_running_total_far_from_the_target() -> None:
    text = (
        "Kết nạp 18 đảng viên, nâng tổng số đảng viên lên 1.250 đảng viên, chưa đạt chỉ tiêu "
        "(chỉ tiêu 20 đảng viên)."
    )
    assert [i.code for i in read_text(text).issues] == []
