"""figures: table-driven cases (what is found and with which attributes; what is never a
figure), the seeds against dev-gold, grounding on every corpus document."""

from __future__ import annotations

import json

import pytest

from tests.conftest import GOLD, SEEDS, corpus_files
from tests.factories import doc, span_of
from vankien.extract import figures
from vankien.extract.numbers import format_compound, format_number
from vankien.load import load
from vankien.pipeline import run

# (text, the figure's text, expected attributes)
SUBSET_OF_RESULTS = (
    "NGHỊ QUYẾT\nVề mục tiêu, phương hướng, nhiệm vụ năm 2023\n\nNgày 07/01/2023, Ban Chấp hành Đảng bộ "
    "xã tổ chức hội nghị.\n\nI. ĐÁNH GIÁ CHUNG\n\nTrong năm 2022, thu ngân sách đáp ứng đủ nguồn chi ngay "
    "từ đầu năm; địa phương đã hoàn thành 29/29 chỉ tiêu, đạt 100% kế hoạch năm 2022, trong đó có "
    "7/29 chỉ tiêu vượt kế hoạch; an ninh được giữ vững.\n"
)
MEETING_PLANS_ONLY = (
    "THÔNG BÁO\nkết luận tại buổi làm việc với Huyện ủy\n\nNgày 06/7/2026, đồng chí Bí thư Tỉnh ủy có "
    "buổi làm việc với Huyện ủy.\n\nI. ĐÁNH GIÁ CHUNG\n\nThu ngân sách đạt 59,4% dự toán.\n\n"
    "II. NHIỆM VỤ 06 THÁNG CUỐI NĂM 2026\n\nPhát triển 08 đảng viên.\n"
)
# fmt: off
FOUND = [
    # a later plan judges the value, not the base in brackets
    ("Thu ngân sách đạt 1.250 tỷ đồng (năm 2023: 1.100 tỷ đồng), tăng 150 tỷ đồng, đạt 104% dự toán (dự toán: 1.200 tỷ đồng).", "1.250 tỷ đồng", {"target_value": 1200.0}),
    # "hiện có" speaks for its own comma-part only
    ("KẾ HOẠCH\nthực hiện nhiệm vụ năm 2025\n\nII. NHIỆM VỤ\n\nĐảng bộ hiện có 25 chi bộ với 786 đảng viên, năm 2025 kết nạp 30 đảng viên mới.", "30 đảng viên", {"kind": "target"}),
    ("Có 13.120 thành viên tham gia, mở 412.365 tài khoản.", "412.365 tài khoản", {"unit": "tài khoản"}),
    ("Đã kiểm tra 14 cấp ủy, tổ chức đảng.", "14 cấp ủy, tổ chức đảng", {"unit": "cấp ủy, tổ chức đảng"}),
    # what a plan says is so now is a result, not a target
    ("KẾ HOẠCH\ntổ chức Đại hội đại biểu Đảng bộ phường lần thứ II, nhiệm kỳ 2025 - 2030\n\nII. NỘI DUNG\n\n1. Đảng bộ phường hiện có 25 chi bộ trực thuộc với 786 đảng viên.\n2. Phấn đấu tỷ lệ cấp ủy viên nữ từ 15% trở lên.", "786 đảng viên", {"kind": "actual"}),
    ("KẾ HOẠCH\ntổ chức Đại hội đại biểu Đảng bộ phường lần thứ II, nhiệm kỳ 2025 - 2030\n\nII. NỘI DUNG\n\n1. Đảng bộ phường hiện có 25 chi bộ trực thuộc với 786 đảng viên.\n2. Phấn đấu tỷ lệ cấp ủy viên nữ từ 15% trở lên.", "15%", {"kind": "target"}),
    # a report of the months closing a year, issued in its December, looks back on them
    ("ĐẢNG ỦY XÃ X\n*\nSố 86-BC/ĐU\n\nX, ngày 15 tháng 12 năm 2025\n\nBÁO CÁO\nkết quả thực hiện nhiệm vụ 6 tháng cuối năm 2025\n\nTrong 6 tháng, kết nạp 19 đảng viên mới, đạt 95% chỉ tiêu giao.", "95%", {"verdict": "not_met"}),
    # a range may wrap after its dash
    ("Phấn đấu tốc độ tăng trưởng GRDP đạt 6,5 -\n7%; thu ngân sách tăng 10%.", "6,5 -\n7%", {"range": (6.5, 7.0), "kind": "target"}),
    # a duration in the target's words is no target ("chỉ tiêu 3 năm là 500 đảng viên")
    ("Kết nạp 486 đảng viên, đạt 97,2% chỉ tiêu (chỉ tiêu 3 năm là 500 đảng viên).", "486 đảng viên", {"target_value": 500.0, "verdict": "not_met"}),
    ("Thu giữ 1,26 kg heroin và 2.150 viên ma túy tổng hợp.", "2.150 viên", {"unit": "viên", "value": 2150.0}),
    ("Qua kiểm tra phát hiện 286 biểu hiện suy thoái, đã khắc phục 251 biểu hiện.", "286 biểu hiện", {"unit": "biểu hiện"}),
    # "mới đạt", "chỉ đạt" a share of the plan says it falls short, even mid-year
    ("6 tháng đầu năm 2025, giải ngân vốn đầu tư công còn chậm, mới đạt 42,5% kế hoạch.", "42,5%", {"verdict": "not_met"}),
    ("Giải ngân còn chậm (mới chỉ đạt 34,9% kế hoạch).", "34,9%", {"verdict": "not_met"}),
    # a unit written with a superscript keeps it
    ("Diện tích cây xanh công cộng bình quân đạt 5,2 m²/người.", "5,2 m²/người", {"unit": "m²/người", "value": 5.2}),
    ("Diện tích nhà ở bình quân đạt 25,4 m2/người.", "25,4 m2/người", {"unit": "m2/người"}),
    # a target named after a verdict on it ("chưa đạt chỉ tiêu 95%") is the clause's result's
    ("Tỷ lệ người dân tham gia bảo hiểm y tế đạt 92,7%, chưa đạt chỉ tiêu 95% Nghị quyết đề ra.", "92,7%", {"target_value": 95.0, "verdict": "not_met"}),
    ("Tỷ lệ người dân tham gia bảo hiểm y tế đạt 92,7%, chưa đạt chỉ tiêu 95% Nghị quyết đề ra.", "95%", {"kind": "target"}),
    ("Kết nạp 25 đảng viên, vượt chỉ tiêu 20 đảng viên.", "25 đảng viên", {"target_value": None, "verdict": "exceeded"}),
    # a comparison's base in an earlier clause dates that clause only
    ("BÁO CÁO\nkết quả năm 2025\n\nThu nhập bình quân đầu người ước đạt 62 triệu đồng, gấp 1,6 lần năm 2020 (38,5 triệu đồng); tổng thu ngân sách đạt 142,8 tỷ đồng.", "142,8 tỷ đồng", {"period": "2025"}),
    ("BÁO CÁO\nkết quả năm 2025\n\nThu nhập bình quân đầu người ước đạt 62 triệu đồng, gấp 1,6 lần năm 2020 (38,5 triệu đồng); tổng thu ngân sách đạt 142,8 tỷ đồng.", "38,5 triệu đồng", {"period": "2020"}),
    # a pair below its plan misses it over years the report looks back on, not halfway through one
    ("QUẬN ỦY X\n*\nSố 286-BC/QU\n\nX, ngày 20 tháng 3 năm 2025\n\nBÁO CÁO\nsơ kết 3 năm thực hiện Nghị quyết số 06-NQ/TW ngày 24/01/2022\n\n1. Kết quả thực hiện các chỉ tiêu chủ yếu giai đoạn 2022 - 2024:\n- Tỷ lệ nước thải đô thị được xử lý: 42,5%/50%, đạt 85%.\n", "42,5%/50%", {"period": "2022..2024", "verdict": "not_met"}),
    ("HUYỆN ỦY X\n*\nSố 86-BC/HU\n\nX, ngày 20 tháng 6 năm 2024\n\nBÁO CÁO\nkết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024\n\nThu ngân sách 2.500/5.000 tỷ đồng.\n", "2.500/5.000 tỷ đồng", {"verdict": None}),
    # a counting noun with more than one slip in its marks is another word: "hộ chưa" is no "hồ chứa"
    ("Đến nay còn 15 hộ chưa bàn giao mặt bằng.", "15 hộ", {"unit": "hộ", "value": 15.0}),
    ("Toàn huyện có 46 hồ chứa nước.", "46 hồ chứa", {"unit": "hồ chứa"}),
    ("Hoàn thành 14/12 khu tái định cư, vượt kế hoạch.", "14/12 khu", {"unit": "khu", "part": 14.0, "whole": 12.0}),
    # an age is a figure after an age indicator ("tuổi thọ", "tuổi bình quân"), not elsewhere
    ("Tuổi thọ trung bình đạt 74,6 tuổi, tăng 0,3 tuổi so với năm 2020.", "74,6 tuổi", {"unit": "tuổi", "value": 74.6, "kind": "actual"}),
    ("Tuổi thọ trung bình đạt 74,6 tuổi, tăng 0,3 tuổi so với năm 2020.", "0,3 tuổi", {"unit": "tuổi", "kind": "change"}),
    ("Tuổi bình quân của cấp ủy viên khóa mới là 45,2 tuổi.", "45,2 tuổi", {"unit": "tuổi", "value": 45.2}),
    ("Phấn đấu tuổi thọ trung bình trên 75 tuổi.", "75 tuổi", {"kind": "target", "bound": "min"}),
    # a period in a paragraph's first sentence dates it, unless it is the year of a name
    ("NGHỊ QUYẾT\nvề nhiệm vụ trọng tâm năm 2025\n\nI. ĐÁNH GIÁ\nCông tác phát triển đảng viên năm 2024 đạt kết quả tốt. Toàn Đảng bộ kết nạp 12 đảng viên, đạt 100% kế hoạch.\nII. NHIỆM VỤ\nPhấn đấu kết nạp 15 đảng viên.\n",
     "12 đảng viên", {"period": "2024", "kind": "actual"}),
    ("NGHỊ QUYẾT\nvề nhiệm vụ quý II năm 2026\n\n1. Kết quả quý I năm 2026\n\nHuyện Kim Sơn năm 2024 đã hoàn thành tốt nhiệm vụ. Thu ngân sách đạt 120 tỷ đồng.\n",
     "120 tỷ đồng", {"period": "2024"}),
    # tasks carried out head results, not plans ("thực hiện nhiệm vụ kiểm tra, giám sát")
    ("BÁO CÁO\nkết quả công tác kiểm tra năm 2025; phương hướng năm 2026\n\nI. KẾT QUẢ NĂM 2025\n\n1. Cấp ủy, tổ chức đảng thực hiện nhiệm vụ kiểm tra, giám sát\n\nCấp ủy các cấp đã kiểm tra 386 tổ chức đảng.\n\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026\n\nKiểm tra 400 tổ chức đảng.\n",
     "386 tổ chức đảng", {"kind": "actual"}),
    ("BÁO CÁO\nkết quả công tác kiểm tra năm 2025; phương hướng năm 2026\n\nI. KẾT QUẢ NĂM 2025\n\n1. Cấp ủy, tổ chức đảng thực hiện nhiệm vụ kiểm tra, giám sát\n\nCấp ủy các cấp đã kiểm tra 386 tổ chức đảng.\n\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026\n\nKiểm tra 400 tổ chức đảng.\n",
     "400 tổ chức đảng", {"kind": "target"}),
    # a heading of results reached keeps its review role
    ("NGHỊ QUYẾT\nvề nhiệm vụ năm 2025\n\nQua thảo luận, Hội nghị thống nhất:\n1. Kết quả thu ngân sách xã đạt 12 tỷ đồng, đạt 105% dự toán\n- Thu thuế 8 tỷ đồng;\n- Thu phí 4 tỷ đồng.\n2. Nhiệm vụ năm 2025\n- Thu ngân sách 15 tỷ đồng.\n",
     "8 tỷ đồng", {"kind": "actual"}),
    ("Giải quyết dứt điểm 02 đơn còn tồn đọng.", "02 đơn", {"value": 2.0, "unit": "đơn"}),
    ("kiểm tra đối với 03 đảng viên, kết luận 03/03 đảng viên có vi phạm.", "03/03 đảng viên", {"part": 3.0, "whole": 3.0}),
    # a grouped number is an amount after a label word ("kế hoạch", "số")
    ("giải quyết việc làm cho 24.560 lao động, đạt 87,7% kế hoạch (kế hoạch 28.000 lao động).", "28.000 lao động",
     {"value": 28000.0, "kind": "target"}),
    ("còn lại chưa phân bổ trong tổng số 10.000 tỷ đồng.", "10.000 tỷ đồng", {"value": 10000.0}),
    # "các loại" (all kinds) labels no number
    ("Tổng diện tích gieo trồng 812,5 ha (trong đó: lúa 620 ha, rau màu các loại 87 ha).", "87 ha", {"value": 87.0, "unit": "ha"}),
    # an achieved/planned pair of compound amounts in one unit
    ("Giải ngân vốn đầu tư công 38 tỷ 650 triệu đồng/42 tỷ 500 triệu đồng, đạt 90,9%.",
     "38 tỷ 650 triệu đồng/42 tỷ 500 triệu đồng",
     {"value": 38650000000.0, "unit": "đồng", "part": 38650000000.0, "whole": 42500000000.0, "target_value": 42500000000.0}),
    ("Bình quân thu nhập 2 tỷ 145 triệu đồng/người.", "2 tỷ 145 triệu đồng/người", {"unit": "đồng/người", "whole": None}),
    # a plan written after "so với chỉ tiêu" is the target of the result before it
    ("Kết nạp 21 đảng viên, vượt 3 đảng viên (vượt 16,7%) so với chỉ tiêu 18 đảng viên.", "21 đảng viên",
     {"target_value": 18.0, "verdict": "exceeded"}),
    ("Thu ngân sách đạt 30 tỷ đồng, giảm so với kế hoạch được giao là 40 tỷ đồng.", "30 tỷ đồng",
     {"target_value": 40.0, "verdict": "not_met"}),
    # a numbered paragraph stating results heads nothing: its "dự toán" plans no figure after it
    ("BÁO CÁO\nkết quả\n\nI. KINH TẾ\n\n3. Thu ngân sách xã đạt 2 tỷ 145 triệu 500 nghìn đồng, đạt 53,6% dự toán (dự toán 4 tỷ đồng). Huy động nguồn lực xây dựng nông thôn mới 3.268 triệu đồng.\n",
     "3.268 triệu đồng", {"kind": "actual"}),
    # ... but one that strives for an amount plans what it lists
    ("KẾ HOẠCH\nnăm 2026\n\nI. NỘI DUNG\n\n2. Phấn đấu thu ngân sách đạt 220.000 tỷ đồng, bao gồm:\n\n- Thu nội địa 180.000 tỷ đồng.\n",
     "180.000 tỷ đồng", {"kind": "target"}),
    # a period that opens the paragraph: its first words, or closed by a comma
    ("BÁO CÁO\nvề tình hình\n\nKết quả thực hiện các chỉ tiêu kinh tế - xã hội năm 2025, tổng thu ngân sách đạt 35 tỷ đồng.\n",
     "35 tỷ đồng", {"period": "2025"}),
    # a unit is written with its own marks: "tân binh" and "đối tượng" are counted as written
    ("Tuyển chọn, gọi công dân nhập ngũ 168 tân binh, đạt 100% chỉ tiêu.", "168 tân binh", {"unit": "tân binh"}),
    ("Rà soát 2.317 đối tượng thuộc diện quản lý.", "2.317 đối tượng", {"unit": "đối tượng"}),
    ("Sản lượng lúa ước 300 tan.", "300 tan", {"unit": "tấn"}),  # a copy typed without marks
    ("giải quyết việc làm cho 1.250 nguời, đạt 104% kế hoạch; tổ chức 12 luợt kiểm tra.", "12 luợt", {"unit": "lượt"}),
    ("Thành lập 3 quận mới.", "3 quận", {"unit": "quận"}),
    ("Rà soát an toàn 46 hồ chứa thủy lợi.", "46 hồ chứa", {"unit": "hồ chứa"}),
    ("Ủy ban Kiểm tra Tỉnh ủy đã giám sát 14 đảng ủy xã, phường.", "14 đảng ủy", {"unit": "đảng ủy"}),
    ("Kiện toàn ủy ban kiểm tra với tổng số 186 ủy viên.", "186 ủy viên", {"unit": "ủy viên"}),  # "tổng số" labels nothing
    ("Năm 2024 chịu ảnh hưởng của 02 cơn bão lớn.", "02 cơn bão", {"unit": "cơn bão"}),
    # a plan's present state is no target ("Thực trạng" under "THỰC TRẠNG VÀ MỤC TIÊU")
    ("KẾ HOẠCH\nthực hiện Nghị quyết\n\nII. THỰC TRẠNG VÀ MỤC TIÊU\n\n1. Thực trạng\n\nToàn tỉnh có 2.146 cơ sở giáo dục.\n\n2. Mục tiêu đến năm 2030\n\nCó 2.200 cơ sở giáo dục đạt chuẩn.\n",
     "2.146 cơ sở giáo dục", {"kind": "actual"}),
    ("Vận động 54.511/67.837 quân chúng tham gia.", "54.511/67.837 quân chúng", {"unit": "quần chúng"}),
    # numbers, units, scales, compounds
    ("Tổng giá trị sản phẩm đạt 1.393,757 tỷ đồng.", "1.393,757 tỷ đồng", {"value": 1393.757, "unit": "tỷ đồng", "kind": "actual"}),
    ("Tổng thu ngân sách đạt 375.300.000.000 đồng.", "375.300.000.000 đồng", {"value": 375300000000, "unit": "đồng"}),
    ("Về tiền đạt tỷ lệ 63,67% với 25 tỷ 882 triệu 637 nghìn đồng.", "25 tỷ 882 triệu 637 nghìn đồng", {"value": 25882637000, "unit": "đồng"}),
    ("Thu nhập bình quân đầu người đạt 55 triệu đồng/người;", "55 triệu đồng/người", {"value": 55, "unit": "triệu đồng/người"}),
    ("GDP quý 1/2020 chỉ tăng\n3,82 %, là mức thấp nhất.", "3,82 %", {"value": 3.82, "unit": "%", "kind": "change", "period": "2020-Q1"}),
    ("Phát triển 08 Đảng viên mới có chất lượng.", "08 Đảng viên", {"value": 8, "unit": "đảng viên"}),
    ("Xây dựng 04 mô hình “Dân vận khéo”.", "04 mô hình", {"value": 4, "unit": "mô hình"}),
    ("Đảng bộ quận kết nạp 318 ĐV, đạt 127,2%;", "318 ĐV", {"value": 318, "unit": "đảng viên"}),
    ("đã kiểm tra và kết luận 152 tổ chức Đảng và 201 đảng viên có vi phạm.", "152 tổ chức Đảng", {"value": 152, "unit": "tổ chức đảng"}),
    ("Trong tháng, xã cấp 17 giấy phép xây dựng.", "17 giấy phép xây dựng", {"value": 17, "unit": "giấy phép xây dựng"}),
    ("Thành ủy đã triển khai 130 đoàn kiểm tra.", "130 đoàn kiểm tra", {"value": 130, "unit": "đoàn kiểm tra"}),
    ("Qua đánh giá có 439 TCCSĐ đạt trong sạch vững mạnh.", "439 TCCSĐ", {"value": 439, "unit": "tổ chức cơ sở đảng"}),
    ("toàn Đảng bộ có 50 TCCS Đảng với 5.645 đảng viên.", "50 TCCS Đảng", {"value": 50, "unit": "tổ chức cơ sở đảng"}),
    ("Đến năm 2030, quy mô GRDP đạt 44 tỉ USD.", "44 tỉ USD", {"value": 44, "unit": "tỷ USD", "period": "2030"}),
    ("Trong năm 2022, có 6,43 bác sĩ/1 vạn dân.", "6,43 bác sĩ/1 vạn dân", {"value": 6.43, "unit": "bác sĩ/1 vạn dân", "period": "2022"}),
    ("bội chi tương đương 3,2%GDP;", "3,2%", {"value": 3.2, "unit": "%"}),
    ("Bổ sung 5.042 triệu đồng (225.000USD) cho hai tỉnh.", "225.000USD", {"value": 225000, "unit": "USD"}),
    ("mức lương cơ sở từ 1,49 triệu đồng/tháng lên 1,6\ntriệu đồng/tháng.", "1,6\ntriệu đồng/tháng", {"value": 1.6, "unit": "triệu đồng/tháng"}),
    ("thực hiện chuỗi liên kết cây sầu riêng, diện tích 114,1 ha.", "114,1 ha", {"value": 114.1, "unit": "ha"}),
    ("cả nước có tối thiểu **5.000 km đường bộ cao tốc**;", "5.000 km", {"value": 5000, "unit": "km", "bound": "min"}),
    ("Tiếp 10 lượt/11 người/10 vụ việc.", "11 người", {"value": 11, "unit": "người", "part": None}),
    ("toàn huyện tiếp 133 lượt/133 người;", "133 lượt", {"value": 133, "unit": "lượt", "part": None}),
    # a share under 100% of the plan misses it when the year written is one the document looks back on
    ("TỈNH ỦY X\n\nX, ngày 20 tháng 12 năm 2023\n\nBÁO CÁO\nkết quả năm 2023\n\nNăm 2023, thu ngân sách đạt 2.150 tỷ đồng, bằng 98,5% dự toán.", "2.150 tỷ đồng", {"verdict": "not_met"}),
    ("TỈNH ỦY X\n\nX, ngày 20 tháng 12 năm 2023\n\nBÁO CÁO\nkết quả năm 2023\n\nNăm 2023, thu ngân sách đạt 2.150 tỷ đồng, bằng 104% dự toán.", "2.150 tỷ đồng", {"verdict": "exceeded"}),
    # a period in an aside of another clause is the aside's: "(năm 2018 đạt ...); đã ra mắt 32 xã"
    ("Năm 2019, thu nhập đạt 51 triệu đồng (năm 2018 đạt 46,8 triệu đồng); đã ra mắt 32 xã đạt chuẩn nông thôn mới.", "32 xã", {"period": "2019"}),
    ("Năm 2019, thu nhập đạt 51 triệu đồng (năm 2018 đạt 46,8 triệu đồng); đã ra mắt 32 xã đạt chuẩn nông thôn mới.", "46,8 triệu đồng", {"period": "2018"}),
    # a title that sums up one year and plans the next is no plan alone
    ("THÔNG BÁO\nvề tổng kết nhiệm vụ chính trị năm 2019, phương hướng, nhiệm vụ năm 2020\n\nTổng thu ngân sách 11.260 tỷ đồng, đạt 121% dự toán năm.", "11.260 tỷ đồng", {"kind": "actual"}),
    # a percent of an earlier period is a change; a percent of the plan ("KH") judges
    ("đã thi hành kỷ luật 215 đảng viên, bằng 58,58% so với cùng kỳ 2022;", "58,58%", {"kind": "change"}),
    ("doanh thu đạt 1.223 tỷ đồng, đạt 102,77% KH, bằng 112,6% so với cùng kỳ năm 2021.", "102,77%", {"kind": "actual", "verdict": "exceeded"}),
    # a parenthesis with a result and its target: the result is judged
    ("có 4 chỉ tiêu không đạt là tăng trưởng GDP (đạt khoảng 2% so với kế hoạch là 6,8%).", "2%", {"kind": "actual", "target_value": 6.8, "verdict": "not_met"}),
    ("có 4 chỉ tiêu không đạt là tăng trưởng GDP (đạt khoảng 2% so với kế hoạch là 6,8%).", "6,8%", {"kind": "target"}),
    # targets a congress sets ("xác định nhiều chỉ tiêu", "sẽ"); a horizon speaks for its own clause
    ("NGHỊ QUYẾT\nnhiệm kỳ 2025 - 2030\n\nĐại hội đã xác định nhiều chỉ tiêu quan trọng, trong đó: thu nhập bình quân đầu người đến năm 2030 đạt 95 triệu đồng; 100% trạm y tế đạt chuẩn quốc gia.", "100%", {"kind": "target", "period": "2025..2030"}),
    ("Trong nhiệm kỳ sẽ thành lập mới 750 doanh nghiệp, kết nạp 600 đảng viên.", "600 đảng viên", {"kind": "target"}),
    ("Năm 2022 có 01 xã đạt chuẩn năm 2022; đã hoàn thành hồ sơ đối với 03 xã.", "03 xã", {"period": "2022"}),
    ("Đến năm 2030, thu nhập bình quân đầu người đạt 95 triệu đồng; 100% trạm y tế đạt chuẩn.", "100%", {"period": "2030"}),
    ("Thành phố đã hoàn thành 100% chỉ tiêu giao quân.", "100%", {"verdict": "met"}),
    # a bare percent in a parenthesis right after a rise is its planned rate
    ("doanh thu dịch vụ cảng đạt 2.030 tỷ đồng, tăng 7,64% (kế hoạch 7,05%);", "7,64%", {"kind": "change", "target_value": 7.05, "verdict": "exceeded"}),
    ("giá trị sản xuất công nghiệp ước đạt 142.005 tỷ đồng, tăng 6,47% (kế hoạch 9,05%);", "6,47%", {"target_value": 9.05, "verdict": "not_met"}),
    # a parenthesis right after the target's source holds its level
    ("Năm 2024, tổng thu ngân sách là 22.221 tỷ đồng, đạt 94,2% so với nghị quyết đề ra (23.600 tỷ đồng).", "22.221 tỷ đồng", {"target_value": 23600, "verdict": "not_met"}),
    ("Năm 2024, tổng thu ngân sách là 22.221 tỷ đồng, đạt 94,2% so với nghị quyết đề ra (23.600 tỷ đồng).", "23.600 tỷ đồng", {"kind": "target"}),
    # a margin over the plan says the plan was passed
    ("Tổng thu ngân sách đạt 188,9 tỷ đồng, vượt 468,9% dự toán giao;", "468,9%", {"verdict": "exceeded"}),
    ("doanh thu đạt trên 4.550 tỷ đồng, vượt trên 100% kế hoạch.", "4.550 tỷ đồng", {"verdict": "exceeded"}),
    # a range target: at least its low end; a growth rate is judged by a planned rise
    ("tốc độ tăng trưởng kinh tế (GRDP) cả năm đạt 7,26% (kế hoạch tăng 7% – 7,5%);", "7,26%", {"target_value": 7, "verdict": "met"}),
    ("xuất khẩu đạt 6,5% (kế hoạch 7% - 8%).", "6,5%", {"target_value": 7, "verdict": "not_met"}),
    # a plan by its kind (chương trình, kế hoạch): its figures are targets of the planned period
    ("CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XVII, nhiệm kỳ 2020 - 2025\n\n"
     "Một số chỉ tiêu cụ thể như: thu nhập bình quân đầu người đạt 36 triệu đồng/năm.",
     "36 triệu đồng/năm", {"kind": "target", "period": "2020..2025"}),
    # in a plan, a figure of a period over before the planned one begins is a result
    ("NGHỊ QUYẾT\nphương hướng, nhiệm vụ năm 2024\n\nTrong năm 2023, huyện đã thực hiện đạt 13/14 chỉ tiêu. "
     "Giá trị sản xuất các ngành ước đạt 10.951 tỷ đồng.", "10.951 tỷ đồng", {"kind": "actual", "period": "2023"}),
    ("NGHỊ QUYẾT\nvề dự toán ngân sách nhà nước năm 2020\n\nTừ năm 2019 dành 40% tăng thu thực hiện của ngân sách.",
     "40%", {"kind": "target"}),
    # "đề ra chỉ tiêu:" opens a list of targets; "chỉ tiêu đề ra" is what a result is measured by
    ("Nhiệm kỳ 2020 - 2025, Đảng bộ xã đề ra chỉ tiêu: Tổng giá trị sản xuất đạt 2.838 tỷ đồng; thu ngân sách tăng 10%.",
     "2.838 tỷ đồng", {"kind": "target"}),
    # "cá nhân" is a count noun of its own, not "ca" (cases)
    ("Cấp ủy đã kiểm tra 07 tổ chức đảng và 02 cá nhân trong năm 2022.", "02 cá nhân", {"unit": "cá nhân"}),
    # a source right after a percent is the share achieved of it: the next number is no plan
    ("tổng giá trị sản xuất ước đạt 3.807,927 tỷ đồng (đạt 46,4% kế hoạch, tăng 5,1% so với cùng kỳ năm trước);",
     "5,1%", {"kind": "change"}),
    # a comparison base ends with its sentence: "so với cùng kỳ. Tháng 10/2024 ..."
    ("GRDP tăng 6,5% so với cùng kỳ. Tháng 10/2024 kết nạp 120 đảng viên.", "120 đảng viên", {"period": "2024-M10"}),
    ("9 tháng năm 2024, GRDP tăng 6,5% so với cùng kỳ.", "6,5%", {"period": "2024-M01..2024-M09"}),
    # a list's opening words (up to its colon) make its items targets, over ";" and list lines
    ("Các chỉ tiêu chủ yếu năm 2024: GRDP tăng từ 7% trở lên; thu ngân sách 4.600 tỷ đồng; kết nạp 1.500 đảng viên mới.", "4.600 tỷ đồng", {"kind": "target", "period": "2024"}),
    ("Các chỉ tiêu chủ yếu năm 2024: GRDP tăng từ 7% trở lên; tỷ lệ hộ nghèo giảm 1%.", "1%", {"kind": "target"}),
    ("Các chỉ tiêu chủ yếu năm 2024:\n- GRDP tăng từ 7% trở lên;\n- Thu ngân sách 4.600 tỷ đồng.", "4.600 tỷ đồng", {"kind": "target"}),
    ("Mục tiêu cụ thể:\na) Về kinh tế:\n- GRDP tăng 7%;\n- Thu ngân sách 4.600 tỷ đồng.", "7%", {"kind": "target"}),
    ("Đại hội thông qua một số chỉ tiêu chủ yếu thương mại tăng bình quân 10-12%; thu ngân sách tăng bình quân 5-10%; hộ văn hóa 85% trở lên.", "85%", {"kind": "target"}),
    ("Kết quả thực hiện các chỉ tiêu chủ yếu năm 2023: thu ngân sách đạt 4.700 tỷ đồng; GRDP tăng 7,2%.", "4.700 tỷ đồng", {"kind": "actual"}),
    ("Có 15/18 chỉ tiêu chủ yếu đạt và vượt kế hoạch, cụ thể: thu ngân sách 4.700 tỷ đồng; GRDP tăng 7,2%.", "7,2%", {"kind": "change"}),
    ("Kết quả thực hiện các chỉ tiêu chủ yếu:\n- Thu ngân sách đạt 4.700 tỷ đồng;\n- GRDP bình quân đầu người 65 triệu đồng.", "65 triệu đồng", {"kind": "actual"}),
    # fractions, pairs, ranges
    ("có 56/74 ấp, khu phố thực hiện mô hình, đạt 75,68%;", "56/74 ấp", {"part": 56, "whole": 74, "value": None, "unit": "ấp"}),
    ("Duy trì 74/74 chi bộ ấp có chi ủy.", "74/74 chi bộ", {"part": 74, "whole": 74}),
    ("phát triển đảng viên mới 8.793/6.500 đảng viên;", "8.793/6.500 đảng viên", {"value": 8793, "part": 8793, "whole": 6500, "target_value": 6500}),
    ("có 25/27 xã đạt chuẩn nông thôn mới;", "25/27 xã", {"value": None, "target_value": None}),
    # an achieved/planned pair judges itself
    ("thu ngân sách Nhà nước trên địa bàn 45.799/36.875 tỷ đồng;", "45.799/36.875 tỷ đồng", {"verdict": "exceeded"}),
    ("tỷ lệ xã đạt chuẩn nông thôn mới 83,2%/50% tổng số xã;", "83,2%/50%", {"verdict": "exceeded"}),
    ("Tỷ lệ hộ nghèo còn 1,2%/1,5%.", "1,2%/1,5%", {"verdict": "exceeded"}),
    ("TỈNH ỦY X\n\nX, ngày 20 tháng 12 năm 2023\n\nBÁO CÁO\nkết quả năm 2023\n\nNăm 2023, thu ngân sách 4.500/5.000 tỷ đồng.", "4.500/5.000 tỷ đồng", {"verdict": "not_met"}),
    ("đã hoàn thành 25/27 nhiệm vụ, đạt 92,59%;", "25/27 nhiệm vụ", {"part": 25, "whole": 27}),
    ("Điều tra khám phá án 858/1.029 việc.", "858/1.029 việc", {"part": 858, "whole": 1029}),
    ("Theo Điều 3, có 15/20 xã đạt chuẩn.", "15/20 xã", {"part": 15, "whole": 20}),
    ("Giải ngân 23.195.000.000 đồng/24.415.000.000 đồng, đạt 95%.", "23.195.000.000 đồng/24.415.000.000 đồng", {"part": 23195000000, "whole": 24415000000, "value": 23195000000, "target_value": 24415000000, "unit": "đồng"}),
    ("Thu ngân sách đạt 12.430/11.500 tỷ đồng.", "12.430/11.500 tỷ đồng", {"part": 12430, "whole": 11500, "unit": "tỷ đồng"}),
    ("Tỷ trọng vốn khoảng **20 - 22%** tổng vốn;", "20 - 22%", {"range": (20, 22), "value": None, "bound": "approx"}),
    ("Tăng trưởng kinh tế phấn đấu đạt 7,5-8%.", "7,5-8%", {"range": (7.5, 8), "kind": "target"}),
    # kind
    ("Tổng giá trị sản xuất đạt 1.000 tỷ đồng, tăng 8,5%, trong đó: công nghiệp tăng 16,06%.", "8,5%", {"kind": "change", "indicator": "Tổng giá trị sản xuất"}),
    ("tỷ lệ hộ nghèo đến tháng 6/2023 giảm còn 3,62%.", "3,62%", {"kind": "actual", "indicator": "tỷ lệ hộ nghèo", "period": "2023-M06"}),
    ("Tổng thu ngân sách vượt 34,42% dự toán được giao.", "34,42%", {"kind": "actual"}),
    ("phấn đấu đến cuối năm 2023, có 02 xã đạt chuẩn nông thôn mới nâng cao.", "02 xã", {"kind": "target", "unit": "xã", "period": "2023"}),
    ("chuỗi liên kết cây bưởi, sản lượng dự kiến 630 tấn.", "630 tấn", {"kind": "target", "unit": "tấn"}),
    ("II. MỤC TIÊU VÀ CHỈ TIÊU CHỦ YẾU NĂM 2023\n- Tổng giá trị sản xuất: 217,67 tỷ đồng ( theo giá so sánh năm 2010)\n", "217,67 tỷ đồng", {"kind": "target", "period": "2023", "indicator": "Tổng giá trị sản xuất"}),
    ("II. MỤC TIÊU VÀ CHỈ TIÊU CHỦ YẾU NĂM 2023\n- Tốc độ tăng trưởng kinh tế từ 9%; Tỷ lệ hộ nghèo 0,57%;\n", "9%", {"kind": "target", "bound": "min", "period": "2023"}),
    ("I. TÌNH HÌNH NĂM 2022\nTốc độ tăng trưởng kinh tế đạt 8,67%.\nII. NHIỆM VỤ NĂM 2023\nPhát triển 08 đảng viên.\n", "8,67%", {"kind": "actual", "period": "2022"}),
    # a yearless period takes the year written before it in the sentence; "trong đó" opens a
    # part with verdicts of its own; a share of the plan sets no target for what follows
    ("Dự Đại hội có 155 đại biểu đại diện cho 432 đảng viên trong toàn Đảng bộ xã.", "155 đại biểu", {"value": 155, "unit": "đại biểu"}),
    ("Năm 2019, toàn huyện xây dựng được 58 vườn mẫu.", "58 vườn mẫu", {"value": 58, "unit": "vườn mẫu"}),
    (SUBSET_OF_RESULTS, "29/29 chỉ tiêu", {"kind": "actual", "period": "2022"}),
    # ... but not the year of an aside closed before it
    ("Năm 2019, GRDP cả năm đạt 7,26%; thu nhập đạt 51 triệu đồng (năm 2018 đạt 46,8 triệu đồng); đã ra mắt 32 xã đạt chuẩn, đạt 139,13% so với kế hoạch.",
     "32 xã", {"period": "2019"}),
    (SUBSET_OF_RESULTS, "100%", {"kind": "actual", "period": "2022", "verdict": "met"}),
    (SUBSET_OF_RESULTS, "7/29 chỉ tiêu", {"kind": "actual", "period": "2022"}),
    # only the planned period is known: an actual without its own is of the document's year
    (MEETING_PLANS_ONLY, "59,4%", {"kind": "actual", "period": "2026"}),
    (MEETING_PLANS_ONLY, "08 đảng viên", {"kind": "target", "period": "2026-H2"}),
    # only the reviewed period is known: a target without its own is of that period
    ("BÁO CÁO\nkết quả thực hiện nhiệm vụ năm 2022\n\nNgày 10/01/2023, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị.\n\nThu ngân sách đạt 105 tỷ đồng (kế hoạch 100 tỷ đồng).\n",
     "100 tỷ đồng", {"kind": "target", "period": "2022"}),
    ("I. TÌNH HÌNH NĂM 2022\nTốc độ tăng trưởng kinh tế đạt 8,67%.\nII. NHIỆM VỤ NĂM 2023\nPhát triển 08 đảng viên.\n", "08 đảng viên", {"kind": "target", "period": "2023"}),
    ("GRDP 06 tháng tăng khá nhưng chưa đạt kịch bản đề ra (10,04%).", "10,04%", {"kind": "target"}),
    ("Tổng thu ngân sách bằng 59,4% dự toán Trung ương giao và tăng 25,6% so với cùng kỳ.", "25,6%", {"kind": "change"}),
    ("vốn ngân sách tỉnh hỗ trợ có mục tiêu 28.500.000.000 đồng, đạt 95%.", "28.500.000.000 đồng", {"kind": "actual"}),
    ("Thu ngân sách đạt 15.500 tỷ đồng, đạt 110% dự toán Trung ương giao và 105% dự toán tỉnh giao.", "105%", {"kind": "actual"}),
    ("Kế hoạch năm là 500 tỷ đồng.", "500 tỷ đồng", {"kind": "target"}),  # not a share: the target itself
    # indicator: "chỉ" (only) ends none; "chi" (spend), "chứng chỉ" do
    ("Tỷ lệ giải ngân chỉ đạt 45%.", "45%", {"indicator": "Tỷ lệ giải ngân"}),
    ("Tổng chi đạt 500 tỷ đồng.", "500 tỷ đồng", {"indicator": "Tổng chi"}),
    ("Tỷ lệ lao động có bằng cấp, chứng chỉ đạt 30%.", "30%", {"indicator": "Tỷ lệ lao động có bằng cấp, chứng chỉ"}),
    ("Hỗ trợ cho 500 hộ nghèo.", "500 hộ nghèo", {"indicator": "Hỗ trợ"}),
    ("Tỷ lệ lao động qua đào tạo trung cấp trở lên đạt 26,5%.", "26,5%", {"indicator": "Tỷ lệ lao động qua đào tạo trung cấp trở lên"}),
    ("Giá cả tăng lên 5%.", "5%", {"indicator": "Giá cả"}),  # "lên" alone ends none
    ("BÁO CÁO\nchính trị\n\nPHẦN THỨ HAI\nPHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2025 - 2030\nB- CHỈ TIÊU\n1/ Tốc độ tăng trưởng 8%.\n",
     "8%", {"kind": "target", "period": "2025..2030"}),  # a part's heading on the line below its label
    ("I. TÌNH HÌNH 6 THÁNG ĐẦU NĂM 2024\nTăng trưởng ước đạt 7,5%; dự ước cả năm đạt 8%.\n", "8%", {"period": "2024"}),
    ("I. TÌNH HÌNH 6 THÁNG ĐẦU NĂM 2024\nTăng trưởng ước đạt 7,5%; dự ước cả năm đạt 8%.\n", "7,5%", {"period": "2024-H1"}),
    ("Tỷ lệ hộ nghèo giảm 1,1 điểm phần trăm so với năm 2022.", "1,1 điểm phần trăm", {"unit": "điểm phần trăm", "kind": "change"}),
    ("Đạt 8 điểm.", "8 điểm", {"unit": "điểm"}),  # points alone are a count
    # bound
    ("trên 90% đảng viên hoàn thành tốt nhiệm vụ;", "90%", {"bound": "min"}),
    ("Đoàn thanh niên đạt từ 45% trở lên.", "45%", {"bound": "min"}),
    ("tỷ trọng dịch vụ chiếm khoảng 86,7%.", "86,7%", {"bound": "approx"}),
    ("Thu hút FDI đạt gần 7,5 tỷ USD.", "7,5 tỷ USD", {"bound": "approx", "unit": "tỷ USD"}),
    ("Xây dựng ít nhất 01 làng văn hóa tiêu biểu.", "01 làng", {"bound": "min"}),
    ("mức lương cơ sở từ 1,49 triệu đồng/tháng lên 1,6 triệu đồng/tháng.", "1,49 triệu đồng/tháng", {"bound": None}),
    ("Kết nạp 150 đảng viên mới trở lên.", "150 đảng viên", {"bound": "min"}),  # a word closes the noun first
    ("Giảm 5 vụ, tăng trở lại 3 vụ.", "5 vụ", {"bound": None}),
    # period
    ("Kinh tế có bước phát triển (trong 06 tháng đầu năm 2023, tổng giá trị sản xuất tăng 13%; thu ngân sách tăng 19,6% so với cùng kỳ).", "19,6%", {"period": "2023-H1", "kind": "change"}),
    ("phạm pháp hình sự năm 2022 tăng 14 vụ so với cùng kỳ năm 2019.", "14 vụ", {"period": "2022", "kind": "change"}),
    ("Tốc độ tăng trưởng GRDP trên 10% năm 2026.", "10%", {"period": "2026", "bound": "min"}),
    # stated targets and verdicts
    ("tổng số đoàn viên là 54.511/67.837 quần chúng, đạt 80,35% (Nghị quyết là 70% - thực hiện vượt chỉ tiêu).", "80,35%", {"target_value": 70, "verdict": "exceeded", "verdict_cue": "thực hiện vượt"}),
    ("Đến nay, đã sắp xếp giảm 06/66 đơn vị, đạt 9,09% (chưa đạt chỉ tiêu theo Kế hoạch số 177-KH/TU của Tỉnh ủy là 10%).", "06/66 đơn vị", {"part": 6, "whole": 66, "target_value": 10, "verdict": "not_met", "verdict_cue": "chưa đạt chỉ tiêu"}),
    ("Trong năm, đã xử lý kỷ luật 48 đảng viên, chiếm tỷ lệ 1,04% (Nghị quyết là dưới 0,6 - chưa đảm bảo).", "1,04%", {"target_value": 0.6, "verdict": "not_met", "verdict_cue": "chưa đảm bảo"}),
    ("Tỷ lệ hộ nghèo giảm còn 2,1% (Nghị quyết đề ra giảm còn 2,5%).", "2,5%", {"kind": "target", "indicator": "Tỷ lệ hộ nghèo"}),
    ("Tỷ lệ hộ nghèo giảm còn 2,1% (năm 2022 là 2,5%).", "2,5%", {"kind": "actual", "target_value": None}),
    ("Thu ngân sách đạt 520 tỷ đồng, hoàn thành vượt mức kế hoạch.", "520 tỷ đồng", {"verdict": "exceeded", "verdict_cue": "hoàn thành vượt mức kế hoạch"}),
    ("Tỷ lệ đạt 85%, chưa đạt so với chỉ tiêu.", "85%", {"verdict": "not_met"}),
    ("Sản lượng tăng vượt mức 5%.", "5%", {"verdict": None}),  # no target named
    ("Kết nạp mới 1.250 đảng viên (đạt 104,2% kế hoạch).", "1.250 đảng viên", {"verdict": "exceeded", "verdict_cue": "đạt 104,2% kế hoạch"}),
    ("Kết nạp mới 1.250 đảng viên (đạt 90% kế hoạch).", "1.250 đảng viên", {"verdict": None}),  # a share below the plan mid-year: no verdict
    ("Trong năm, đã xử lý kỷ luật 48 đảng viên, chiếm tỷ lệ 1,04%.", "48 đảng viên", {"kind": "actual"}),  # "kỷ luật" labels nothing
    ("Đã kết nạp được 90/90 đảng viên mới (đạt 100% chỉ tiêu của Tỉnh ủy giao).", "90/90 đảng viên", {"verdict": "met", "verdict_cue": "đạt 100% chỉ tiêu"}),
    ("Tỷ lệ trẻ suy dinh dưỡng đạt 5,82%; tỷ lệ trẻ thấp còi đạt 12,54% (đạt chỉ tiêu nghị quyết đề ra).", "5,82%", {"verdict": "met"}),
    ("Toàn huyện có 59/62 cơ quan đạt tiêu chí, đạt 95,16% và 100% cơ quan thực hiện tốt (Nghị quyết là trên 80% - thực hiện vượt chỉ tiêu).", "95,16%", {"target_value": 80, "verdict": "exceeded"}),
    ("100% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên; trên 90% đảng viên hoàn thành tốt nhiệm vụ (Nghị quyết trên 80% tổ chức cơ sở đảng và trên 85% đảng viên).", "90%", {"target_value": 85, "verdict": "met"}),
    ("cai nghiện tập trung 17 lượt người, vượt 01 người so với chỉ tiêu giao năm 2022 (giao 16 người).", "17 lượt người", {"target_value": 16, "verdict": "exceeded"}),
    ("Tỷ lệ hộ nghèo còn 2,5% (Nghị quyết là 3%).", "2,5%", {"target_value": 3, "verdict": "exceeded"}),
    ("Tỷ lệ bao phủ bảo hiểm y tế đạt 88% (Nghị quyết là 92%).", "88%", {"target_value": 92, "verdict": "not_met"}),
    ("Kết nạp 125 đảng viên mới, đạt 104% kế hoạch.", "125 đảng viên", {"verdict": "exceeded", "verdict_cue": "đạt 104% kế hoạch"}),
    ("Tỷ lệ che phủ rừng đạt 98% (chỉ tiêu 95%).", "98%", {"target_value": 95, "verdict": "exceeded"}),
    ("Có 15/17 xã đạt chuẩn nông thôn mới (kế hoạch 16 xã).", "15/17 xã", {"target_value": 16, "verdict": "not_met"}),
    ("Tỷ lệ hộ nghèo còn 1,2%, giảm 0,8% so với năm 2022 (chỉ tiêu giảm 0,5%).", "0,8%", {"kind": "change", "target_value": 0.5, "verdict": "exceeded"}),
    ("Tỷ lệ hộ nghèo giảm từ 3,5% xuống còn 2,8%.", "3,5%", {"kind": "actual", "bound": None}),
    ("Quy mô GRDP đạt 1.200 nghìn tỷ đồng.", "1.200 nghìn tỷ đồng", {"value": 1200, "unit": "nghìn tỷ đồng"}),
    ("Tỷ suất sinh thô đạt 1,2‰.", "1,2‰", {"value": 1.2, "unit": "‰"}),
    ("Tốc độ tăng trưởng đạt 9,5% (KH: 9%).", "9,5%", {"target_value": 9, "verdict": "exceeded"}),
    ("Giá thu mua 5.000đ/kg.", "5.000đ/kg", {"value": 5000, "unit": "đồng/kg"}),
    ("Sản lượng lương thực đạt 45.200 tấn, vượt 3,5% kế hoạch.", "45.200 tấn", {"verdict": "exceeded", "verdict_cue": "vượt 3,5% kế hoạch"}),
    ("Tỷ lệ hộ nghèo giảm còn 1,5% (chỉ tiêu Nghị quyết giảm còn dưới 2%).", "1,5%", {"target_value": 2, "verdict": "met"}),
    ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024\nPhấn đấu tổng giá trị sản xuất tăng 9% trở lên; có thêm 02 xã đạt chuẩn.\n", "9%", {"kind": "target", "bound": "min", "period": "2024"}),
    # a short line without a colon names the list below it; "(1)" items are items too
    ("Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)\n- Về kinh tế:\n(1) Cơ cấu kinh tế đến năm 2025: nông nghiệp: 75%; dịch vụ: 20%.\n(2) Thu nhập bình quân đầu người đến năm 2025: 45 triệu đồng/năm.", "75%", {"kind": "target"}),
    ("Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)\n- Về kinh tế:\n(1) Cơ cấu kinh tế đến năm 2025: nông nghiệp: 75%; dịch vụ: 20%.\n(2) Thu nhập bình quân đầu người đến năm 2025: 45 triệu đồng/năm.", "45 triệu đồng/năm", {"kind": "target"}),
    ("Kết quả thực hiện các chỉ tiêu năm 2022\n- Về kinh tế:\n(1) Thu nhập bình quân đầu người: 45 triệu đồng/năm.", "45 triệu đồng/năm", {"kind": "actual"}),
    # a figure of a period after the day the document speaks from can only be planned
    ("NGHỊ QUYẾT\nĐại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030\n\nThu nhập bình quân đầu người đến năm 2030 đạt 86,4 triệu đồng.", "86,4 triệu đồng", {"kind": "target", "period": "2030"}),
    ("TỈNH ỦY X\n\nX, ngày 20 tháng 12 năm 2023\n\nBÁO CÁO\nkết quả năm 2023\n\nQuý I năm 2024 thu ngân sách 500 tỷ đồng.", "500 tỷ đồng", {"kind": "target", "period": "2024-Q1"}),
    ("TỈNH ỦY X\n\nX, ngày 20 tháng 12 năm 2023\n\nBÁO CÁO\nkết quả năm 2023\n\nNăm 2023 thu ngân sách 500 tỷ đồng.", "500 tỷ đồng", {"kind": "actual", "period": "2023"}),
    # with no year of its own, a text compared "với cùng kỳ năm 2020" is of 2021
    ("BÁO CÁO\n\nTrong 6 tháng đầu năm, cấp ủy các cấp đã kiểm tra 450 tổ chức đảng (tăng 230 tổ chức so với cùng kỳ năm 2020).", "450 tổ chức đảng", {"period": "2021-H1"}),
    # a sum since the year began ("lũy kế") is the year's; a month without its year is the document's
    ("BÁO CÁO\n\nChiều ngày 28/8/2025, Đảng ủy xã tổ chức Hội nghị nhằm đánh giá tình hình thực hiện nhiệm vụ tháng 8, triển khai nhiệm vụ tháng 9.\n\nThu ngân sách tháng 8 đạt 1,4 tỷ đồng, lũy kế đạt 35,3 tỷ đồng, bằng 41,3% kế hoạch.", "1,4 tỷ đồng", {"period": "2025-M08"}),
    ("BÁO CÁO\n\nChiều ngày 28/8/2025, Đảng ủy xã tổ chức Hội nghị nhằm đánh giá tình hình thực hiện nhiệm vụ tháng 8, triển khai nhiệm vụ tháng 9.\n\nThu ngân sách tháng 8 đạt 1,4 tỷ đồng, lũy kế đạt 35,3 tỷ đồng, bằng 41,3% kế hoạch.", "35,3 tỷ đồng", {"period": "2025"}),
    # a verdict or target after a running total is the total's
    ("Trong 6 tháng cuối năm kết nạp 24 đảng viên, nâng tổng số kết nạp cả năm 2025 lên 41 đảng viên, vượt chỉ tiêu được giao (chỉ tiêu 38 đảng viên).", "41 đảng viên", {"target_value": 38.0, "verdict": "exceeded"}),
    # a base in brackets after "so với năm 2024" is of 2024
    ("BÁO CÁO\nkết quả năm 2025\n\nThu ngân sách đạt 29.860 tỷ đồng, tăng 9,3% so với năm 2024 (27.310 tỷ đồng).", "27.310 tỷ đồng", {"period": "2024"}),
    # a period after a comma opening a new clause is that clause's
    ("BÁO CÁO\nkết quả năm 2025\n\nNăm 2025 đã giải quyết đúng hạn 2.154/2.187 hồ sơ, năm 2026 phấn đấu 100% hồ sơ đúng hạn.", "2.154/2.187 hồ sơ", {"period": "2025"}),
    ("BÁO CÁO\nkết quả năm 2025\n\nNăm 2025 thu ngân sách đạt 98,5%, năm 2024.", "98,5%", {"period": "2024"}),
    # under a plan's heading, a result of a year before the plan starts is no target
    ("NGHỊ QUYẾT\nvề nhiệm vụ năm 2026\n\n3. Nhiệm vụ, giải pháp chủ yếu\n\n3.3. Năm 2025 đã giải quyết đúng hạn 2.154/2.187 hồ sơ; phấn đấu 100% hồ sơ được giải quyết đúng hạn.", "2.154/2.187 hồ sơ", {"kind": "actual"}),
    ("NGHỊ QUYẾT\nvề nhiệm vụ năm 2026\n\n3. Nhiệm vụ, giải pháp chủ yếu\n\n3.3. Năm 2025 đã giải quyết đúng hạn 2.154/2.187 hồ sơ; phấn đấu 100% hồ sơ được giải quyết đúng hạn.", "100%", {"kind": "target"}),
    # a report may give the next month's figures: they are no plan
    ("\n\nBÁO CÁO\nkết quả 6 tháng đầu năm 2023\n\nĐến hết tháng 7 năm 2023, thu ngân sách đạt 120 tỷ đồng.", "120 tỷ đồng", {"kind": "actual"}),
    # a sum since the term began is the term's
    ("\n\nBÁO CÁO\nkết quả nhiệm kỳ 2020 - 2025\n\nLũy kế từ đầu nhiệm kỳ đến nay đạt 120 km đường giao thông.", "120 km", {"period": "2020..2025"}),
    # a line naming a list does not speak over a part that reviews
    ("HUYỆN ỦY X\n\nX, ngày 20 tháng 12 năm 2023\n\nBÁO CÁO\nkết quả năm 2023\n\nI. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023\n\nCác chỉ tiêu chủ yếu (năm 2023)\n- Thu ngân sách đạt 500 tỷ đồng, vượt 4% kế hoạch;\n- Kết nạp 120 đảng viên.", "500 tỷ đồng", {"kind": "actual"}),
    # a target nearer to the part than to the running total judges the part
    ("Kết nạp 24 đảng viên, nâng tổng số đảng viên lên 1.250 đảng viên, đạt 120% kế hoạch (kế hoạch 20 đảng viên).", "24 đảng viên", {"target_value": 20.0}),
]

# (text, a fragment no figure may overlap)
NOT_FOUND = [
    ("Hỗ trợ các hộ dân tổ 1,2 thôn Tân Lập.", "1,2 thôn"),
    ("Thực hiện Kế hoạch 196 về công tác cán bộ, đảng viên.", "196"),
    ("Thu mua thóc loại 2 đạt chuẩn.", "2"),
    ("Kế hoạch năm 2023\nđóng góp của nhân dân.", "2023"),
    ("Số lượng xe vận chuyển 12 tân trang lại.", "12"),
    ("Thực hiện Kết luận 127 của Bộ Chính trị về sắp xếp.", "127"),
    ("Học sinh trường cấp 3 đều được học.", "3"),
    ("Thực hiện Nghị quyết số 04-NQ/TU ngày 14/12/2022 của Thị ủy.", "04-NQ/TU"),
    ("Thực hiện Nghị quyết số 04-NQ/TU ngày 14/12/2022 của Thị ủy.", "14/12/2022"),
    ("theo Chỉ thị số 08/CT-TTg ngày 23/3/2023 của Thủ tướng.", "08/CT-TTg"),
    ("Nghị quyết số 86/2019/QH14 của Quốc hội.", "86/2019/QH14"),
    ("tỷ lệ hộ nghèo đến tháng 6/2023 giảm còn 3,62%.", "6/2023"),
    ("Hội nghị lần thứ 13 (họp mở rộng) đã thảo luận.", "13"),
    ("2.1. Triển khai các giải pháp cải thiện môi trường đầu tư.", "2.1."),
    ("theo quy định tại khoản 2 Điều 3 của Nghị định này.", "khoản 2"),
    ("theo quy định tại khoản 2 Điều 3 của Nghị định này.", "Điều 3"),
    ("Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025.", "2020 - 2025"),
    ("tập trung chỉ đạo trong 06 tháng đầu năm.", "06 tháng"),
    ("Tỷ lệ trẻ suy dinh dưỡng dưới 05 tuổi đạt 5,82%.", "05 tuổi"),
    ("Thanh niên từ 18 tuổi trở lên tham gia đạt 100%.", "18 tuổi"),
    ("Tuổi thọ trung bình tăng. Trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế.", "6 tuổi"),
    ("Nâng tuổi thọ trung bình; 100% trẻ em dưới 6 tuổi được cấp thẻ.", "6 tuổi"),
    ("Tuổi thọ trung bình đạt 74,6 tuổi, tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng còn 18%.", "5 tuổi"),
    ("Tuổi bình quân cấp ủy viên 45,2 tuổi, cấp ủy viên dưới 40 tuổi chiếm 15,5%.", "40 tuổi"),
    ("Trong năm 2022, huyện đạt nhiều kết quả.", "2022"),
    ("Thông qua ngày 12 tháng 11 năm 2019 tại kỳ họp thứ 8.", "thứ 8"),
    ("Tiếp tục phòng, chống dịch Covid-19 hiệu quả.", "19"),
    ("theo Quyết định số 3447/QĐ-BYT của Bộ Y tế.", "3447"),
    ("Điện thoại 84-8-3930 3279 trên trang thư viện.", "3930"),
    ("tuyến đường 542C được giải tỏa hành lang.", "542C"),
    ("người có chứng chỉ nghề bậc 4 hoặc thợ bậc 5/6.", "5/6"),
    ("người có chứng chỉ nghề bậc 4 hoặc thợ bậc 5/6, 6/7 trở lên.", "6/7"),
    ("có 12 thợ bậc 5/6, 6/7 lao động được nâng bậc.", "6/7"),
    ("công nhân bậc 3/7 hoặc 4/7 người được đào tạo.", "4/7"),
    ("Đường Vành đai 4 - Vùng Thủ đô Hà Nội.", "4 - Vùng"),
    ("Thực hiện Quy định 08 của Tỉnh ủy về sinh hoạt chi bộ.", "08"),
    ("Tổ chức Hội nghị Trung ương 7 (khóa XIII) để quán triệt.", "7"),
    ("ký hiệu T-M3T/TB55 trong văn bản.", "3T/TB55"),
    ("Mục 2 của Phụ lục 3 quy định chi tiết.", "2"),
    ("Tổ chức kỷ niệm 30/4 và 1/5 trang trọng.", "30/4"),
    ("Tổ chức kỷ niệm 30/4 và 1/5 trang trọng.", "1/5"),
    ("Tổng vốn đầu tư ước đạt 2.500 tỷ đồng.", "ước đạt"),
]

# (text, the figure's text, attributes it must not have)
NOT_ATTR = [
    ("Thu ngân sách đạt 1.250 tỷ đồng (năm 2023: 1.100 tỷ đồng), tăng 150 tỷ đồng, đạt 104% dự toán (dự toán: 1.200 tỷ đồng).", "1.100 tỷ đồng", {"verdict": "exceeded"}),
    # a row's label that names a standard's years does not date the row
    ("BÁO CÁO\nkết quả năm 2024\n\n| Chỉ tiêu | Kế hoạch | Thực hiện |\n|---|---|---|\n| Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025 (%) | 2 | 2,3 |\n", "2,3", {"period": "2022..2025"}),
    # a margin over or under the plan is no plan
    ("Tỷ lệ hộ nghèo giảm còn 1,8%, vượt chỉ tiêu 0,2%.", "1,8%", {"target_value": 0.2}),
    ("Kết nạp 18 đảng viên mới, chưa đạt chỉ tiêu 2 đảng viên.", "18 đảng viên", {"target_value": 2.0}),
    ("Thu ngân sách đạt 110 tỷ đồng, vượt kế hoạch 10 tỷ đồng.", "110 tỷ đồng", {"target_value": 10.0}),
    ("ĐẢNG ỦY XÃ X\n*\nSố 86-BC/ĐU\n\nX, ngày 15 tháng 10 năm 2025\n\nBÁO CÁO\nkết quả thực hiện nhiệm vụ 9 tháng năm 2025\n\nTrong 9 tháng, kết nạp 19 đảng viên mới, đạt 95% chỉ tiêu giao.", "95%", {"verdict": "not_met"}),
    ("6 tháng đầu năm 2025, giải ngân vốn đầu tư công đạt 42,5% kế hoạch.", "42,5%", {"verdict": "not_met"}),
    ("6 tháng đầu năm 2025, tổng chi ngân sách đạt 42,5% dự toán.", "42,5%", {"verdict": "not_met"}),
    ("6 tháng đầu năm 2025, tổng chi đạt 45,2% dự toán.", "45,2%", {"verdict": "not_met"}),
    ("Trong 6 tháng, kết nạp đảng viên mới đạt 62,5% kế hoạch.", "62,5%", {"verdict": "not_met"}),
    ("Trong 6 tháng, diện tích trồng mới đạt 85% kế hoạch.", "85%", {"verdict": "not_met"}),
    ("Thu ngân sách đạt 100% chỉ tiêu.", "100%", {"kind": "target"}),
    ("Kết nạp 25 đảng viên, đạt 125% chỉ tiêu 20 đảng viên.", "125%", {"target_value": 20.0}),
    ("Kết nạp 21 đảng viên, vượt 3 đảng viên so với chỉ tiêu 18 đảng viên.", "3 đảng viên", {"target_value": 18.0}),
    ("Có 25 xã đạt chuẩn, so với cùng kỳ năm trước là 20 xã.", "25 xã", {"target_value": 20.0}),
    ("Thu ngân sách đạt 30 tỷ đồng; so với kế hoạch 40 người.", "30 tỷ đồng", {"target_value": 40.0}),
    # the year of a name in a paragraph's first sentence is no period of its figures
    ("NGHỊ QUYẾT\nvề nhiệm vụ quý II năm 2026\n\n1. Kết quả quý I năm 2026\n\nCông tác chuẩn bị Hội nghị Cấp cao APEC năm 2027 được triển khai tích cực. Khởi công 06 dự án với tổng mức đầu tư 14.250 tỷ đồng.",
     "14.250 tỷ đồng", {"period": "2027"}),
    ("Tỷ lệ cán bộ, đảng viên được quán triệt chỉ thị, nghị quyết của Đảng đạt 99%.", "99%", {"kind": "target"}),
    ("Tổng giá trị sản xuất: 217,67 tỷ đồng ( theo giá so sánh năm 2010)", "217,67 tỷ đồng", {"period": "2010"}),
    ("(tuyến đường xảy ra tai nạn giao thông gồm: tỉnh lộ 765: 02 vụ, làm chết 02 người)", "02 vụ", {"kind": "target"}),
    ("Tỷ lệ đưa đi cai nghiện 17 lượt người, vượt 01 người (vượt 6,25%) so với chỉ tiêu (giao 16 người).", "01 người", {"target_value": 16.0}),
    ("tổng giá trị sản xuất ước đạt 3.807,927 tỷ đồng (đạt 46,4% kế hoạch, tăng 5,1% so với cùng kỳ năm trước);",
     "3.807,927 tỷ đồng", {"target_value": 5.1}),
    ("Năm 2023, xã đạt 100% chỉ tiêu đề ra; thu ngân sách đạt 2.838 tỷ đồng.", "2.838 tỷ đồng", {"kind": "target"}),
    ("KẾ HOẠCH\nthực hiện Nghị quyết năm 2023\n\nI. KẾT QUẢ THỰC HIỆN NĂM 2022\n\nNăm 2022, thu nhập bình quân đạt 36 triệu đồng/năm.",
     "36 triệu đồng/năm", {"kind": "target"}),
    ("KẾ HOẠCH\nsơ kết tình hình thực hiện Nghị quyết năm 2023\n\nNăm 2023, thu nhập bình quân đạt 36 triệu đồng/năm.",
     "36 triệu đồng/năm", {"kind": "target"}),
    ("Trong công tác lãnh đạo còn 01 chỉ tiêu không đạt nghị quyết đề ra.", "01 chỉ tiêu", {"verdict": "not_met"}),
    ("Tỷ lệ thi hành án đảm bảo theo đúng chỉ tiêu đề ra, đạt tỷ lệ 83,38% với 858/1.029 việc.", "83,38%", {"kind": "target"}),
    ("100% xã thực hiện tốt Bộ tiêu chí Quốc gia về y tế xã giai đoạn 2011-2020 theo Quyết định.", "100%", {"period": "2011..2020"}),
    ("có mức lương hưu thấp hơn 3.800.000 đồng/tháng trước ngày 01 tháng 01 năm 1995.", "3.800.000 đồng/tháng", {"period": "1995-M01"}),
    ("Tỷ lệ hộ nghèo còn 1,2%, giảm 0,8% so với năm 2022 (chỉ tiêu giảm 0,5%).", "1,2%", {"target_value": 0.5}),
    ("Giải ngân vốn đầu tư công 06 tháng đạt 34,9% kế hoạch.", "34,9%", {"verdict": "not_met"}),
    ("Tổng thu ngân sách nhà nước bằng 59,4% dự toán Trung ương giao.", "59,4%", {"kind": "target"}),
    ("Chương trình mục tiêu quốc gia về văn hóa là 50.000 tỷ đồng.", "50.000 tỷ đồng", {"kind": "target"}),
    ("Có 03 đồng chí Ủy viên Ban Thường vụ tham dự.", "03 đồng chí", {"unit": "đồng"}),
    ("Về kinh tế: thu ngân sách đạt 4.700 tỷ đồng; GRDP bình quân 65 triệu đồng.", "65 triệu đồng", {"kind": "target"}),
    ("TỈNH ỦY X\n\nX, ngày 20 tháng 12 năm 2023\n\nBÁO CÁO\nkết quả năm 2023\n\nNăm 2023, tiết kiệm chi bằng 10% dự toán chi thường xuyên.", "10%", {"verdict": "not_met"}),
    ("tỷ lệ hộ nghèo đạt 3,2% (kế hoạch giảm 1% - 1,5%).", "3,2%", {"verdict": "not_met"}),
    # an amount for half a year below the year's target is no miss yet
    ("Thu ngân sách 6 tháng đầu năm 2024 là 12.221 tỷ đồng, đạt 51,8% so với nghị quyết đề ra (23.600 tỷ đồng).", "12.221 tỷ đồng", {"verdict": "not_met"}),
    ("tỷ lệ hộ nghèo là 0,24% (giảm 0,09% so với đầu năm; vượt chỉ tiêu so với kế hoạch của tỉnh giao 0,04%);", "0,24%", {"target_value": 0.04}),
    ("thu ngân sách bằng 105% so với kế hoạch.", "105%", {"kind": "change"}),
    ("6 tháng đầu năm 2024, thu ngân sách 2.500/5.000 tỷ đồng.", "2.500/5.000 tỷ đồng", {"verdict": "not_met"}),
    ("Thu ngân sách đạt 4.700 tỷ đồng, phấn đấu năm 2024 đạt 5.000 tỷ đồng; GRDP tăng 7%.", "7%", {"kind": "target"}),
    ("Ban Tuyên giáo Tỉnh ủy tổ chức 12 hội nghị.", "12 hội nghị", {"kind": "target"}),
    ("Các cơ sở giáo dục tuyển sinh 3.000 học sinh.", "3.000 học sinh", {"kind": "target"}),
    ("TỈNH ỦY X\n\nX, ngày 20 tháng 7 năm 2023\n\nBÁO CÁO\nkết quả 6 tháng đầu năm 2023\n\nNăm 2023, thu ngân sách đạt 2.150 tỷ đồng, bằng 48,5% dự toán.", "2.150 tỷ đồng", {"verdict": "not_met"}),
    ("TỈNH ỦY X\n\nX, ngày 20 tháng 12 năm 2023\n\nBÁO CÁO\nkết quả năm 2023\n\nThu ngân sách đạt 2.150 tỷ đồng, bằng 98,5% dự toán.", "2.150 tỷ đồng", {"verdict": "not_met"}),
    ("TỈNH ỦY X\n\nX, ngày 20 tháng 12 năm 2023\n\nBÁO CÁO\nkết quả năm 2023\n\nNăm 2024, thu ngân sách phấn đấu đạt 2.150 tỷ đồng, bằng 98,5% dự toán.", "2.150 tỷ đồng", {"verdict": "not_met"}),
    ("Các chỉ tiêu chủ yếu năm 2024: GRDP tăng 7%; kết quả 6 tháng thu ngân sách 2.100 tỷ đồng.", "2.100 tỷ đồng", {"kind": "target"}),
    ("Tình hình kinh tế:\n- GRDP tăng 7,2%;\nPhấn đấu năm 2024 tăng trưởng khá.\n- Thu ngân sách 4.700 tỷ đồng.", "4.700 tỷ đồng", {"kind": "target"}),
    ("Lúc 10:30 phấn đấu, các chỉ tiêu chủ yếu đạt; thu ngân sách 4.700 tỷ đồng.", "4.700 tỷ đồng", {"kind": "target"}),
    # a list under a line of results, or under a sentence, is no list of targets
    ("Kết quả thực hiện các chỉ tiêu năm 2022\n- Về kinh tế:\n(1) Thu nhập bình quân đầu người: 45 triệu đồng/năm.", "45 triệu đồng/năm", {"kind": "target"}),
    ("Năm 2022, huyện phấn đấu hoàn thành các chỉ tiêu đề ra.\n- Về kinh tế:\n(1) Thu nhập bình quân đầu người: 45 triệu đồng/năm.", "45 triệu đồng/năm", {"kind": "target"}),
    # without the document's own time, a period to come tells nothing
    ("Đến năm 2030 thu nhập bình quân đầu người đạt 86 triệu đồng.", "86 triệu đồng", {"kind": "target"}),
    # "so với năm 2020" says only that the text is of a later year
    ("BÁO CÁO\n\nTrong 6 tháng đầu năm, cấp ủy các cấp đã kiểm tra 450 tổ chức đảng (tăng 230 tổ chức so với năm 2020).", "450 tổ chức đảng", {"period": "2021-H1"}),
    # a day and month is a date, not the month's period
    ("BÁO CÁO\nkết quả năm 2023\n\nĐến ngày 15 tháng 8, thu ngân sách đạt 500 tỷ đồng.", "500 tỷ đồng", {"period": "2023-M08"}),
    ("Trong 6 tháng cuối năm kết nạp 24 đảng viên, nâng tổng số kết nạp cả năm 2025 lên 41 đảng viên, vượt chỉ tiêu được giao (chỉ tiêu 38 đảng viên).", "24 đảng viên", {"verdict": "exceeded", "target_value": 38.0}),
    # a base in brackets after a year that is no comparison keeps the figure's own period
    ("BÁO CÁO\nkết quả năm 2025\n\nThu ngân sách năm 2024 (27.310 tỷ đồng) và năm 2025 tăng.", "27.310 tỷ đồng", {"period": "2025"}),
    # a line of prose over a list is no name of it
    ("Năm 2023, toàn huyện tập trung thực hiện các chỉ tiêu phấn đấu\n- Thu ngân sách đạt 500 tỷ đồng;\n- Kết nạp 120 đảng viên.", "500 tỷ đồng", {"kind": "target"}),
    ("BÁO CÁO\nkết quả năm 2023\n\nCác chi bộ duy trì sinh hoạt định kỳ mỗi tháng 1 lần, đạt 100%; 45/50 chi bộ sinh hoạt chuyên đề.", "45/50 chi bộ", {"period": "2023-M01"}),
    # only the bare base opening the brackets is of the year compared with
    ("BÁO CÁO\nkết quả năm 2025\n\nThu ngân sách đạt 29.860 tỷ đồng, so với năm 2024 (tăng 53,6 tỷ đồng).", "53,6 tỷ đồng", {"period": "2024"}),
    ("Kết nạp 24 đảng viên, nâng tổng số đảng viên lên 1.250 đảng viên, đạt 120% kế hoạch (kế hoạch 20 đảng viên).", "1.250 đảng viên", {"target_value": 20.0}),
]
# fmt: on


def _figures(text: str):
    return figures.extract(doc(text))


def _at(found, text: str, fragment: str):
    span = span_of(text, fragment)
    return next((f for f in found if tuple(f.span) == span), None)


@pytest.mark.parametrize(("text", "fragment", "expected"), FOUND)
def test_found(text, fragment, expected):
    figure = _at(_figures(text), text, fragment)
    assert figure is not None, [f.text for f in _figures(text)]
    for name, want in expected.items():
        got = getattr(figure, name)
        if (
            isinstance(want, float | int)
            and not isinstance(want, bool)
            and got is not None
            or isinstance(want, tuple)
        ):
            assert got == pytest.approx(want), (name, got)
        else:
            assert got == want, (name, got)


@pytest.mark.parametrize(("text", "fragment"), NOT_FOUND)
def test_not_found(text, fragment):
    s, e = span_of(text, fragment)
    assert not [f for f in _figures(text) if f.span[0] < e and s < f.span[1]]


@pytest.mark.parametrize(("text", "fragment", "unwanted"), NOT_ATTR)
def test_attribute_not_given(text, fragment, unwanted):
    figure = _at(_figures(text), text, fragment)
    assert figure is not None
    for name, value in unwanted.items():
        assert getattr(figure, name) != value, name


def test_every_figure_is_grounded_and_none_overlap():
    for path in corpus_files():
        text = load(path).text
        found = _figures(text)
        for figure in found:
            assert text[figure.span[0] : figure.span[1]] == figure.text
        for a, b in zip(found, found[1:], strict=False):
            assert a.span[1] <= b.span[0], (path.name, a, b)


@pytest.mark.parametrize("value", [54511, 1393.757, 375300000000, 0.57, 25882637000])
def test_written_amounts_come_back(value):
    places = 0 if float(value).is_integer() else 3 if value > 1000 else 2
    written = format_number(value, places) + " tỷ đồng"
    text = f"Tổng thu ngân sách đạt {written}."
    (figure,) = _figures(text)
    assert figure.value == pytest.approx(value) and figure.unit == "tỷ đồng"
    compound = format_compound(25882637000) + " đồng"
    (figure,) = _figures(f"Về tiền đạt {compound}.")
    assert figure.value == 25882637000 and figure.unit == "đồng"


def _gold_figures():
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for want in gold.get("figures", []):
            yield pytest.param(gold["file"], want, id=f"{gold['file'][:3]}:{want['quote']}")


@pytest.fixture(scope="module")
def seed_records():
    out = {}
    for path in sorted(SEEDS.glob("*.txt")):
        text = load(path).text
        out[path.name] = (run(text), text)
    return out


@pytest.mark.skipif(not GOLD.exists(), reason="shared corpus not beside the project")
@pytest.mark.parametrize(("name", "want"), list(_gold_figures()) if GOLD.exists() else [])
def test_seed_gold_figure(seed_records, name, want):
    record, text = seed_records[name]
    spans = []
    start = 0
    quote = " ".join(want["quote"].split())
    flat = " ".join(text.split())
    assert quote in flat
    while (i := text.find(want["quote"], start)) >= 0:
        spans.append((i, i + len(want["quote"])))
        start = i + 1
    near = [f for f in record.figures if any(f.span[0] < e and s < f.span[1] for s, e in spans)]
    assert near, want["quote"]
    got = near[0]
    if "part" in want:
        assert (got.part, got.whole) == (want["part"], want["whole"])
    else:
        assert got.value == pytest.approx(want["value"])
    for name_ in ("kind", "bound", "period", "verdict"):
        if name_ in want:
            assert getattr(got, name_) == want[name_], name_
    if "unit" in want:
        assert got.unit == want["unit"]
    if want.get("target_value") is not None:
        assert got.target_value == pytest.approx(want["target_value"])


TABLE = """Kết quả thực hiện các chỉ tiêu năm 2023 như sau:
Đơn vị tính: triệu đồng

| STT | Chỉ tiêu | Dự toán năm 2023 | Thực hiện năm 2023 | Tỷ lệ |
|---|---|---|---|---|
| 1 | Thu ngân sách | 1.500.000 | 1.575.000 | 105% |
| 2 | Chi ngân sách | 1.200.000 | 1.150.000 | 95,8% |

Nội dung | Đơn vị | Kế hoạch | Thực hiện
Hộ nghèo giảm | hộ | 120 | 126
Xã đạt chuẩn | xã | 5 xã | 4 xã
"""

SHARES = """Kết quả các chỉ tiêu:

| TT | Chỉ tiêu | Đơn vị | Kế hoạch 2023 | Thực hiện 2023 | Tỷ lệ (%) |
|---|---|---|---|---|---|
| 1 | Thu ngân sách | tỷ đồng | 1.200 | 1.260 | 105 |
| 2 | Tỷ lệ hộ nghèo | % | 2,5 | 2,1 | |
"""

BOUNDED = """Các chỉ tiêu chủ yếu năm 2021:

| STT | Chỉ tiêu | Đơn vị | Kế hoạch năm 2021 |
|---|---|---|---|
| 1 | Tốc độ tăng GDP | % | Khoảng 6,5 |
| 2 | Tỷ trọng đóng góp của TFP | % | 45-47 |
| 3 | Tỷ lệ dân cư dùng nước sạch | % | Trên 90 |
| 4 | Tỷ lệ hộ nghèo | % | Dưới 3 |
"""

# fmt: off
BOUNDED_CELLS = [
    # a bound word or a range in a cell
    ("Khoảng 6,5", {"value": 6.5, "unit": "%", "bound": "approx", "kind": "target", "period": "2021"}),
    ("45-47", {"value": None, "range": (45, 47), "unit": "%", "kind": "target"}),
    ("Trên 90", {"value": 90, "bound": "min"}),
    ("Dưới 3", {"value": 3, "bound": "max", "indicator": "Tỷ lệ hộ nghèo"}),
]
SHARE_CELLS = [
    # a share column's numbers are percents of the plan, never judged against it
    ("105", {"unit": "%", "kind": "actual", "target_value": None, "verdict": None}),
    # a row in percent is judged like any other; a bare year in a column heading is its period
    ("2,1", {"unit": "%", "target_value": 2.5, "verdict": "exceeded", "period": "2023"}),
    ("1.260", {"target_value": 1200, "verdict": "exceeded", "period": "2023"}),
]
# A row named by its year or months dates its numbers.
YEAR_ROWS = (
    "BÁO CÁO\nkết quả giai đoạn 2015 - 2024\n\n| Năm | Doanh số cho vay (tỷ đồng) | Số lượt hộ vay |\n"
    "|---|---|---|\n| 2015 | 98,4 | 3.215 |\n| 6 tháng 2024 | 92,6 | 2.135 |\n| Tổng cộng | 191,0 | 5.350 |\n"
)
YEAR_ROW_CELLS = [
    ("98,4", {"period": "2015"}),
    ("3.215", {"period": "2015"}),
    ("92,6", {"period": "2024-H1"}),
    ("191,0", {"period": "2015..2024"}),
]
TABLE_CELLS = [
    ("1.500.000", {"value": 1500000, "unit": "triệu đồng", "kind": "target", "period": "2023", "indicator": "Thu ngân sách"}),
    ("1.575.000", {"kind": "actual", "target_value": 1500000, "verdict": "exceeded"}),
    ("1.150.000", {"kind": "actual", "target_value": 1200000, "verdict": "not_met", "indicator": "Chi ngân sách"}),
    ("105%", {"unit": "%", "indicator": "Thu ngân sách"}),
    ("126", {"unit": "hộ", "target_value": 120, "verdict": "exceeded"}),
    ("4 xã", {"unit": "xã", "target_value": 5, "verdict": "not_met"}),
]
# fmt: on


@pytest.mark.parametrize(
    ("table", "fragment", "expected"),
    [(TABLE, *case) for case in TABLE_CELLS] + [(YEAR_ROWS, *case) for case in YEAR_ROW_CELLS]
    + [(SHARES, *case) for case in SHARE_CELLS]
    + [(BOUNDED, *case) for case in BOUNDED_CELLS],
)
def test_table_cells(table, fragment, expected):
    figure = _at(_figures(table), table, fragment)
    assert figure is not None, [f.text for f in _figures(table)]
    for name, want in expected.items():
        got = getattr(figure, name)
        assert got == (pytest.approx(want) if isinstance(want, int | float) else want), name


def test_table_serial_numbers_are_not_figures():
    texts = [f.text for f in _figures(TABLE)]
    assert "1" not in texts and "2" not in texts


# (text before a number, strong) → whether it makes the number a label
# fmt: off
LABEL_WINDOWS = [
    ("Hội nghị lần thứ ", True, True), ("theo Điều ", True, True), ("khoản**", True, True),
    ("tháng \t*\n", True, True), ("năm\n", False, True), ("năm\n", True, False),
    ("đạt tỷ lệ ", True, False), ("xđiều ", True, False), ("tăng ", False, False),
]
# fmt: on


@pytest.mark.parametrize(("before", "strong", "label"), LABEL_WINDOWS)
def test_label_word_before_a_number(before, strong, label):
    from vankien.extract.quantities import _is_label

    text = before + "3 người"
    assert _is_label(text, len(before), strong) is label


# Periods after a comparison cue (``so với``, ``theo giá``) are comparison bases; the cue's
# first word is looked for before the pattern, which must agree with it.
# fmt: off
COMPARISON_TEXTS = [
    ("tăng 14 vụ so với cùng kỳ năm 2019", True),
    ("217,67 tỷ đồng (theo giá so sánh năm 2010)", True),
    ("tầm nhìn đến năm 2045", True),
    ("số vụ giảm trong năm 2019", False),
    ("đạt 12% trong năm 2023", False),
    ("giao thông năm 2023", False),
]
# fmt: on


@pytest.mark.parametrize(("text", "comparison"), COMPARISON_TEXTS)
def test_comparison_base(text, comparison):
    from vankien.extract.figure_context import Context, _comparison

    d = doc(text, with_meta=False)
    pos = d.folded.rindex("nam 20")
    assert Context(d).is_comparison(d.folded, pos) is comparison
    assert bool(_comparison().search(d.folded, max(0, pos - 24), pos)) is comparison


# Slashes, ranges, per-parts and scales after spaces and tabs.
# fmt: off
SPACED_QUANTITIES = [
    ("đạt 56 / 74 chi bộ", "56 / 74 chi bộ", {"part": 56.0, "whole": 74.0, "unit": "chi bộ"}),
    ("tăng 7,5 \t- 8%", "7,5 \t- 8%", {"range": (7.5, 8.0), "unit": "%"}),
    ("thu nhập 55 triệu đồng  /người", "55 triệu đồng  /người", {"unit": "triệu đồng/người"}),
    ("10 tỷ đồng / 12 tỷ đồng", "10 tỷ đồng / 12 tỷ đồng", {"whole": 12.0, "pair": True}),
    ("25 tỷ 882 triệu 637 nghìn đồng", "25 tỷ 882 triệu 637 nghìn đồng", {"value": 25882637000.0}),
    ("tăng 20        %", "20        %", {"value": 20.0, "unit": "%"}),
    ("từ 3 đến 4 tấn", "3 đến 4 tấn", {"range": (3.0, 4.0), "unit": "tấn"}),
]
# fmt: on


@pytest.mark.parametrize(("text", "written", "expected"), SPACED_QUANTITIES)
def test_quantities_after_spaces(text, written, expected):
    from vankien.extract.quantities import find_quantities
    from vankien.folding import fold

    (q,) = find_quantities(text, fold(text))
    assert text[q.span[0] : q.span[1]] == written
    for name, value in expected.items():
        assert getattr(q, name) == value
