"""meta: every field from short documents, negatives (cited dates, terms, numbers), and
each seed against its gold meta in ../shared/spec/dev-gold."""

from __future__ import annotations

import json
import unicodedata

import pytest

from tests.conftest import GOLD, SEEDS
from tests.factories import doc
from tests.layout._cases import PARTY_HEADER, SEED_LIKE, STATE
from vankien.extract import meta as meta_extractor
from vankien.extract.meta_level import territory_level, territory_pattern
from vankien.folding import fold
from vankien.vocab import table

CITY = "THÀNH ỦY HÀ NỘI\n*\nSố 212-TB/TU\n\nTHÔNG BÁO\nVề công tác\n\nNội dung."
TOWN_CITY = "ĐẢNG BỘ TỈNH BÌNH ĐỊNH\nTHÀNH ỦY QUY NHƠN\n*\nSố 05-NQ/TU\n\nNGHỊ QUYẾT\nVề công tác\n\nNội dung."
WARD = "ĐẢNG BỘ TỈNH AN GIANG\nĐẢNG ỦY ĐẶC KHU PHÚ QUỐC\n*\nSố 12-NQ/ĐU\n\nNGHỊ QUYẾT\nVề nhiệm vụ\n\nNội dung."
COMMUNE = "ĐẢNG BỘ HUYỆN HƯNG NGUYÊN\nĐẢNG ỦY XÃ HƯNG TÂN\n*\nSố 03-NQ/ĐU\n\nNGHỊ QUYẾT\nVề nhiệm vụ\n\nNội dung."
NUMBER_ONLY = "HUYỆN ỦY TÂY SƠN\n*\nSố 04-NQ/HU\n\nvề tình hình.\n"
CENTRAL = "BAN CHAP HANH TRUNG UONG DANG CONG SAN VIET NAM\n*\n\nSố 77-KL/TW Hà Nội, ngày 05 tháng 6 năm 2020\n\nKÉT LUẬN\nCỦA BỘ CHÍNH TRỊ\nvề chủ trương\n\nTại phiên họp ngày 29/5/2020, Bộ Chính trị đã thảo luận và kết luận:\n"
LETTER = "VĂN PHÒNG CHÍNH PHỦ\n\nSố: 3722/VPCP-CN\nV/v cơ chế đặc thù\n\nHà Nội, ngày 28 tháng 4 năm 2026\n\nKính gửi:\n- Các Bộ.\n"
SELF = "### Điều 1.\n\nBãi bỏ Thông tư số 55/2010/TT-BTC.\n\n### Điều 2.\n\nThông tư này có hiệu lực. Các đơn vị thi hành Thông tư này./.\n"
OPENER = "\n\nTHÔNG BÁO\n\n**kết luận về kiểm tra năm 2022**\n\nThực hiện Kế hoạch số 196-KH/TU ngày 25/10/2022 của Ban Thường vụ Tỉnh ủy. Ban Thường vụ Tỉnh ủy kết luận như sau:\n\nI-KẾT QUẢ NĂM 2022\n\nII- NHIỆM VỤ NĂM 2023\n"
CITED_TERM = "\n\nTHÔNG BÁO\nvề kiểm tra\n\nTiếp tục thực hiện Nghị quyết Trung ương 4 (khóa XII) và Kết luận số 21-KL/TW của Trung ương (khóa XIII).\n"
CITED_CONFERENCE = "\n\nKẾ HOẠCH\nthực hiện nghị quyết\n\nThực hiện Nghị quyết Hội nghị lần thứ 5 Ban Chấp hành Trung ương khóa XIII, Ban Thường vụ Huyện ủy xây dựng kế hoạch.\n"
ACCIDENT = "\n\nCÔNG ĐIỆN\nVề khắc phục hậu quả\n\nNgày 10 tháng 7 năm 2026 tại địa bàn xã Nâm Nung đã xảy ra vụ đuối nước, các lực lượng phối hợp cứu nạn.\n"
COOPERATION = (
    "\n\nTHÔNG BÁO\nVề việc phối hợp\n\nNgày 05/3/2023, các đơn vị phối hợp tổ chức kiểm tra.\n"
)
LATER = " Hà Nội, ngày 02 tháng 3 năm 2023\n\nTHÔNG BÁO\nVề lịch họp\n\nTại hội nghị ngày 15/3/2023 sẽ bàn nội dung.\n"
SESSION = "\n\nNGHỊ QUYẾT\nVề phương hướng, nhiệm vụ trọng tâm năm 2023\n-----\nHội nghị Ban chấp hành Đảng bộ xã khóa XXX, nhiệm kỳ 2020 – 2025 họp ngày 21 tháng 12 năm 2022; Sau khi thảo luận về tình hình năm 2022 và phương hướng năm 2023 đã nhất trí quyết nghị:\nI.ĐÁNH GIÁ TÌNH HÌNH NĂM 2022.\nNội dung.\n"
HALVES = "\n\nKẾT LUẬN\nCỦA THỊ ỦY (KHÓA XXI)\ntình hình thực hiện nhiệm vụ 6 tháng đầu năm;\nnhiệm vụ, giải pháp 6 tháng cuối năm 2023\n\nTại hội nghị ngày 17/7/2023, Ban Chấp hành Đảng bộ thị xã (khóa XXI) đã thảo luận.\n"
ELECTION = STATE
TITLED = "\n\nTHÔNG BÁO\n\n**kết luận của Thường trực Huyện ủy tại buổi làm việc với Đảng ủy xã**\n\nNội dung.\n"
THEMATIC = "\n\nNGHỊ QUYẾT\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN\nvề phát triển nông nghiệp công nghệ cao giai đoạn 2023 - 2025, định hướng đến năm 2030\n\nNội dung.\n"
CITY_UNDER = "\n\nKẾT LUẬN\nCỦA THÀNH ỦY (KHÓA XXI)\nvề nhiệm vụ\n\nNội dung.\n\nNơi nhận:\n- Ban Thường vụ Tỉnh ủy (b/c),\n- Lưu VP.\n"
CITY_ALONE = "\n\nKẾT LUẬN\nCỦA THÀNH ỦY (KHÓA XVII)\nvề nhiệm vụ\n\nNội dung.\n\nNơi nhận:\n- Ban Bí thư (b/c),\n- Lưu VP.\n"
REPORTED = "\n\nBÁO CÁO\nkết quả công tác năm 2022\n\nThực hiện Hướng dẫn của Ban Tổ chức Tỉnh ủy, Ban Thường vụ Huyện ủy báo cáo kết quả như sau:\n"
ADOPTED = (
    "QUỐC HỘI\n\nNghị quyết số: 86/2019/QH14\n\nNGHỊ QUYẾT\nVề dự toán ngân sách nhà nước năm 2020\n\n"
    "Căn cứ Hiến pháp;\n\nĐiều 1. Thông qua dự toán.\n\nNghị quyết này được Quốc hội nước Cộng hoà xã hội "
    "chủ nghĩa Việt Nam\nkhoá XIV, kỳ họp thứ 8 thông qua ngày 12 tháng 11 năm 2019.\n"
)
CITED_ADOPTION = "\n\nKẾ HOẠCH\nthực hiện nghị quyết\n\nNghị quyết số 25/2016/QH14 được Quốc hội khóa XIV thông qua ngày 08/11/2016.\n"
PLAN = "HUYỆN ỦY TÂY SƠN\n*\nSố 15-KH/HU\n\nKẾ HOẠCH\nkiểm tra, giám sát năm 2023\n\nThực hiện Quy định số 22."
REPORT = "\n\nBÁO CÁO\nsơ bộ công tác quý I/2023\n\nNội dung.\n"
STANDING = "\n\nTHÔNG BÁO\nvề công tác cán bộ\n\nTại Hội nghị Ban Thường vụ Tỉnh ủy (mở rộng) ngày 12/01/2023, sau khi nghe báo cáo.\n"
ORGAN = (
    "TỈNH ỦY QUẢNG NAM\nỦY BAN KIỂM TRA\n*\nSố 100-TB/UBKTTU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
    "Tam Kỳ, ngày 20 tháng 6 năm 2022\n\nTHÔNG BÁO\nkết quả kiểm tra\n\nNội dung.\n"
)
COMMUNE = (
    "ĐẢNG BỘ TỈNH QUẢNG NGÃI\nĐẢNG ỦY XÃ BA TƠ\n*\nSố 12-NQ/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
    "Ba Tơ, ngày 05 tháng 8 năm 2025\n\nNGHỊ QUYẾT\nvề nhiệm vụ 6 tháng cuối năm 2025\n\nNội dung.\n"
)
BLOC = (
    "ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH\n*\nSố 20-KH/ĐUK\n\nKẾ HOẠCH\n"
    "thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương\n\nNội dung.\n"
)
WORDED_CONFERENCE = "\n\nNGHỊ QUYẾT\nHỘI NGHỊ LẦN THỨ MƯỜI BA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XX\nvề nhiệm vụ năm 2024\n\nNội dung.\n"
WORDED_OPENING = (
    "\n\nNGHỊ QUYẾT\nvề nhiệm vụ năm 2024\n\nHội nghị Ban Chấp hành Đảng bộ huyện lần thứ hai mươi "
    "(khóa XXI) họp ngày 12/01/2024.\n"
)
PERSON_CONCLUDES = (
    "TỈNH ỦY QUẢNG NGÃI\n*\nSố 512-TB/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nQuảng Ngãi, ngày 05 tháng 6 năm 2024\n\n"
    "THÔNG BÁO\ný kiến kết luận của đồng chí Bí thư Tỉnh ủy\n\nNgày 30/5/2024, đồng chí Bí thư Tỉnh ủy "
    "làm việc với Huyện ủy. Sau khi nghe báo cáo, đồng chí Bí thư Tỉnh ủy kết luận như sau:\n\n1. Nội dung.\n"
)
RESULTS_OF_TARGETS = "\n\nBÁO CÁO\nkết quả thực hiện các chỉ tiêu năm 2023\n\nNội dung.\n"
TARGETS_PLANNED = "\n\nNGHỊ QUYẾT\nvề phương hướng, nhiệm vụ, các chỉ tiêu năm 2024\n\nNội dung.\n"
RESULTS_FIRST = (
    "\n\nBÁO CÁO\ntình hình thực hiện nhiệm vụ 9 tháng đầu năm 2024\n\nI. KẾT QUẢ\nTỷ lệ che phủ rừng "
    "vượt 2% so với chỉ tiêu; xuất khẩu 9 tháng đầu năm 2024 đạt 1,2 tỷ USD.\n\nII. NHIỆM VỤ QUÝ IV/2024\nNội dung.\n"
)
# Copies without their header: the back matter tells the committee's level.
HEADLESS_PLAN = (
    "\n\nKẾ HOẠCH\nthực hiện Kết luận số 14-KL/TW, ngày 22-9-2021 của Bộ Chính trị về cán bộ\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n\nNội dung.\n\nNơi nhận:\n- Ban Thường vụ Tỉnh ủy (b/c),\n"
    "- Các đồng chí Huyện ủy viên,\n- Lưu Văn phòng Huyện ủy.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn A\n"
)
HEADLESS_CITY = (
    "\n\nBÁO CÁO\ntổng kết công tác năm 2022\n\nNội dung.\n\nNơi nhận:\n- Ban Thường vụ Tỉnh ủy (b/c),\n"
    "- Lưu Văn phòng Thành ủy.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNguyễn Văn A\n"
)
HEADLESS_SIGNED = (
    "\n\nNGHỊ QUYẾT\nvề nhiệm vụ năm 2024\n\nNội dung.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nNguyễn Văn A\n"
)
HEADLESS_STATE = "\n\nKẾ HOẠCH\nvề tuyên truyền\n\nNội dung.\n\nNơi nhận:\n- Như trên,\n- Lưu: VT.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn A\n"
HEADLESS_INSPECTION = (
    "\n\nBÁO CÁO\nkết quả công tác kiểm tra năm 2022\n\nNội dung.\n\nNơi nhận:\n- Ủy ban Kiểm tra Tỉnh ủy (b/c),\n"
    "- Thường trực Huyện ủy (b/c),\n- Các chi, đảng bộ trực thuộc,\n- Lưu VT.\n\nT/M ỦY BAN KIỂM TRA\nCHỦ NHIỆM\n\nNguyễn Văn A\n"
)
HEADLESS_STANDING = (
    "\n\nBÁO CÁO\nkết quả công tác năm 2022\n\nNội dung.\n\nNơi nhận:\n- Ban Thường vụ Tỉnh ủy (b/c),\n"
    "- Lưu VT.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn A\n"
)
TABLE_HEADER = (
    "| ĐẢNG BỘ TỈNH BẮC NINH<br>**ĐẢNG ỦY PHƯỜNG KINH BẮC**<br>*<br>Số 142-BC/ĐU "
    "| **ĐẢNG CỘNG SẢN VIỆT NAM**<br><br>*Kinh Bắc, ngày 30 tháng 3 năm 2026* |\n|---|---|\n\n"
    "## BÁO CÁO\n\n**kết quả thực hiện nhiệm vụ quý I năm 2026**\n\nNội dung.\n"
)
CONGRESS = (
    "\n\nNGHỊ QUYẾT\nĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ PHƯỜNG TAM THẮNG LẦN THỨ I,\nNHIỆM KỲ 2025 - 2030\n-----\n\n"
    "Đại hội đại biểu Đảng bộ phường Tam Thắng lần thứ I họp ngày 14 tháng 8 năm 2025.\n"
)
BRIEFING = "\n\nKẾ HOẠCH\nvề tuyên truyền\n\nHội nghị quán triệt Chỉ thị của Ban Bí thư ngày 10/3/2023 được tổ chức trực tuyến.\n"

# fmt: off
HOLDER = (
    "BÁO CÁO\n\nNgày 26/12, Đảng uỷ xã Vĩnh Phú tổ chức hội nghị tổng kết công tác xây dựng Đảng, chính quyền "
    "năm 2025 và triển khai phương hướng, nhiệm vụ năm 2026.\n\nNăm 2025, xã đạt nhiều kết quả.\n"
)
CONGRESS_TERM = (
    "\n\nNGHỊ QUYẾT\nĐại hội đại biểu Đảng bộ xã Toàn Thắng lần thứ I, nhiệm kỳ 2025 - 2030\n\n"
    "Ngày 28/7, Đảng bộ xã Toàn Thắng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.\n\n"
    "Nhiệm kỳ vừa qua, Đảng bộ xã đã lãnh đạo thực hiện toàn diện các nhiệm vụ.\n"
)

CASES = [
    ("TỈNH ỦY TIỀN GIANG\n*\nSố 248-TB/TU\n\nTiền Giang, ngày 08 tháng 01 năm 2020\n\nTHÔNG BÁO\nkết quả hội nghị\n\nNgày 06-01, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ 25.\n", "meeting_on", "2020-01-06"),
    # a time of day before the meeting's date; a title that names a month without a cue dates the document
    ("HUYỆN ỦY BÌNH GIANG\nĐẢNG ỦY XÃ TÂN HỒNG\n*\nSố 47-TB/ĐU\n\nTân Hồng, ngày 13-6-2023\n\nTHÔNG BÁO\nKết luận Hội nghị Ban Chấp hành Đảng bộ mở rộng tháng 6 năm 2023\n\nChiều ngày 12/6/2023, Đảng ủy xã tổ chức Hội nghị Ban Chấp hành Đảng bộ mở rộng để đánh giá kết quả thực hiện nhiệm vụ tháng 5 năm 2023 và triển khai nhiệm vụ trọng tâm tháng 6 năm 2023.\n\n1. Nội dung.\n", "meeting_on", "2023-06-12"),
    ("HUYỆN ỦY BÌNH GIANG\nĐẢNG ỦY XÃ TÂN HỒNG\n*\nSố 47-TB/ĐU\n\nTân Hồng, ngày 13-6-2023\n\nTHÔNG BÁO\nKết luận Hội nghị Ban Chấp hành Đảng bộ mở rộng tháng 6 năm 2023\n\nChiều ngày 12/6/2023, Đảng ủy xã tổ chức Hội nghị Ban Chấp hành Đảng bộ mở rộng để đánh giá kết quả thực hiện nhiệm vụ tháng 5 năm 2023 và triển khai nhiệm vụ trọng tâm tháng 6 năm 2023.\n\n1. Nội dung.\n", "periods", {"reviewed": ("2023-05-01", "2023-05-31"), "planned": ("2023-06-01", "2023-06-30")}),
    # a state body's khóa is no term of the Party committee
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 229-KL/TW\n\nKẾT LUẬN\nCỦA BỘ CHÍNH TRỊ\nvề tổ chức cơ sở đảng\n\nTại phiên họp ngày 30/12/2025, Bộ Chính trị kết luận: chuẩn bị bầu cử đại biểu Quốc hội khóa XVI.\n", "term", None),
    # a reviewed period written as two dates: from the communes' start on 01/7/2025
    ("ĐẢNG ỦY XÃ BÌNH PHÚ\n*\nSố 27-BC/ĐU\n\nBÌNH PHÚ, ngày 19 tháng 12 năm 2025\n\nBÁO CÁO\ntình hình thực hiện nhiệm vụ từ ngày 01/7/2025 đến ngày 31/12/2025\nvà phương hướng, nhiệm vụ năm 2026\n\nNội dung.", "periods", {"reviewed": ("2025-07-01", "2025-12-31"), "planned": ("2026-01-01", "2026-12-31")}),
    ("ĐẢNG ỦY XÃ BÌNH PHÚ\n*\nSố 27-BC/ĐU\n\nBÌNH PHÚ, ngày 19 tháng 12 năm 2025\n\nBÁO CÁO\ntình hình thực hiện nhiệm vụ từ ngày 15/7/2025 đến ngày 14/12/2025\n\nNội dung.", "periods", {"reviewed": None, "planned": None}),
    # a report's opening may bound its results by any two days; its headings then name its plans
    ("HUYỆN ỦY KIM SƠN\n*\nSố 275-BC/HU\n\nKim Sơn, ngày 18 tháng 11 năm 2024\n\nBÁO CÁO\nsơ kết 3 năm thực hiện Kết luận số 21-KL/TW\n-----\n\nBan Thường vụ Huyện ủy báo cáo kết quả thực hiện từ ngày 25/10/2021 đến ngày 31/10/2024 như sau:\n\nI. KẾT QUẢ\nNội dung.\n\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\nNội dung.\n", "periods", {"reviewed": ("2021-10-25", "2024-10-31"), "planned": ("2025-01-01", "2025-12-31")}),
    # the horizon of a cited document is not the report's; "sơ kết N năm thực hiện" reviews N years
    ("QUẬN ỦY CẨM LỆ\n*\nSố 286-BC/QU\n\nCẩm Lệ, ngày 20 tháng 3 năm 2025\n\nBÁO CÁO\nsơ kết 3 năm thực hiện Nghị quyết số 06-NQ/TW ngày 24/01/2022\ncủa Bộ Chính trị về phát triển đô thị đến năm 2030, tầm nhìn đến năm 2045\n-----\n\nNội dung.\n\nI. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2022 - 2024\nNội dung.\n\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN 2025 - 2030\nNội dung.\n", "periods", {"reviewed": ("2022-01-01", "2024-12-31"), "planned": ("2025-01-01", "2030-12-31")}),
    ("QUẬN ỦY CẨM LỆ\n*\nSố 286-BC/QU\n\nCẩm Lệ, ngày 20 tháng 3 năm 2025\n\nBÁO CÁO\nsơ kết 3 năm thực hiện Nghị quyết số 06-NQ/TW ngày 24/01/2022\ncủa Bộ Chính trị về phát triển đô thị đến năm 2030, tầm nhìn đến năm 2045\n-----\n\nNội dung.\n", "periods", {"reviewed": ("2022-01-01", "2024-12-31"), "planned": None}),
    ("HUYỆN ỦY X\n*\nSố 86-BC/HU\n\nX, ngày 20 tháng 11 năm 2024\n\nBÁO CÁO\ntổng kết 3 năm thực hiện Chỉ thị số 12-CT/TU ngày 05/10/2021 của Ban Thường vụ Tỉnh ủy\n-----\n\nNội dung.\n", "periods", {"reviewed": ("2022-01-01", "2024-12-31"), "planned": None}),
    ("QUẬN ỦY CẨM LỆ\n*\nSố 286-BC/QU\n\nCẩm Lệ, ngày 20 tháng 3 năm 2025\n\nBÁO CÁO\nkết quả thực hiện Nghị quyết số 06-NQ/TW của Bộ Chính trị về phát triển đô thị đến năm 2030\n-----\n\nNội dung.\n", "periods", {"reviewed": None, "planned": None}),
    # periods listed under one cue make one span; a cue between them parts them
    ("TỈNH ỦY PHÚ THỌ\n*\nSố 215-TB/TU\n\nPhú Thọ, ngày 08 tháng 12 năm 2025\n\nTHÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề tình hình 5 tháng vận hành chính quyền hai cấp\nvà nhiệm vụ trọng tâm tháng 12/2025, quý I/2026\n-----\n\nNội dung.\n", "periods", {"reviewed": None, "planned": ("2025-12-01", "2026-03-31")}),
    ("HUYỆN ỦY X\n*\nSố 86-BC/HU\n\nX, ngày 10 tháng 7 năm 2023\n\nBÁO CÁO\nkết quả thực hiện nhiệm vụ quý I và quý II năm 2023\n\nNội dung.\n", "periods", {"reviewed": ("2023-01-01", "2023-06-30"), "planned": None}),
    ("HUYỆN ỦY X\n*\nSố 86-BC/HU\n\nX, ngày 10 tháng 12 năm 2023\n\nBÁO CÁO\nkết quả năm 2023, kế hoạch năm 2024\n\nNội dung.\n", "periods", {"reviewed": ("2023-01-01", "2023-12-31"), "planned": ("2024-01-01", "2024-12-31")}),
    ("HUYỆN ỦY X\n*\nSố 318-BC/HU\n\nX, ngày 16 tháng 8 năm 2024\n\nBÁO CÁO\ntổng kết 10 năm thực hiện Chỉ thị số 40-CT/TW, ngày 22/11/2014 của Ban Bí thư\n-----\n\nBan Thường vụ Huyện ủy báo cáo kết quả như sau (phạm vi tổng kết từ ngày 22/11/2014 đến ngày 30/6/2024):\n\nI. KẾT QUẢ\nNội dung.\n", "periods", {"reviewed": ("2014-11-22", "2024-06-30"), "planned": None}),
    # the committee a congress is to elect is not the one issuing
    ("ĐẢNG ỦY PHƯỜNG TÂN PHƯỚC\n*\nSố 62-KH/ĐU\n\nTân Phước, ngày 06 tháng 01 năm 2025\n\nKẾ HOẠCH\ntổ chức Đại hội đại biểu Đảng bộ phường lần thứ II, nhiệm kỳ 2025 - 2030\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Tổ chức thành công Đại hội.\n\n2. Bầu Ban Chấp hành Đảng bộ phường khóa II bảo đảm đủ số lượng.\n", "term", None),
    # the report's own plan after the cited document keeps its horizon; a horizon is no cited date
    ("HUYỆN ỦY X\n*\nSố 1-BC/HU\n\nX, ngày 10 tháng 5 năm 2023\n\nBÁO CÁO\nsơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI và phương hướng, nhiệm vụ, giải pháp đến năm 2025\n\nNội dung.\n", "periods", {"reviewed": None, "planned": ("2025-01-01", "2025-12-31")}),
    ("HUYỆN ỦY X\n*\nSố 1-BC/HU\n\nX, ngày 10 tháng 5 năm 2024\n\nBÁO CÁO\nsơ kết 3 năm thực hiện Nghị quyết số 06-NQ/TW của Bộ Chính trị về đô thị đến năm 2030\n\nNội dung.\n", "periods", {"reviewed": None, "planned": None}),
    # only periods that follow on from each other make one span
    ("HUYỆN ỦY X\n*\nSố 1-BC/HU\n\nX, ngày 10 tháng 12 năm 2024\n\nBÁO CÁO\nkết quả thực hiện nhiệm vụ năm 2024 và giai đoạn 2021 - 2025\n\nNội dung.\n", "periods", {"reviewed": ("2024-01-01", "2024-12-31"), "planned": None}),
    ("HUYỆN ỦY X\n*\nSố 1-BC/HU\n\nX, ngày 20 tháng 3 năm 2024\n\nBÁO CÁO\nvề công tác kiểm tra\n-----\n\nỦy ban Kiểm tra báo cáo kết quả kiểm tra từ ngày 10/3/2024 đến ngày 15/3/2024 tại 5 chi bộ như sau:\n\nI. KẾT QUẢ\nNội dung.\n", "periods", {"reviewed": None, "planned": None}),
    # in the opening, the years and horizon in a cited document's name are that document's
    ("TỈNH ỦY X\n*\nSố 1386-TB/TU\n\nX, ngày 02 tháng 8 năm 2024\n\nTHÔNG BÁO\nkết luận của Thường trực Tỉnh ủy tại buổi làm việc với Sở Thông tin và Truyền thông\n-----\n\nNgày 26/7/2024, Thường trực Tỉnh ủy làm việc với Sở Thông tin và Truyền thông về kết quả thực hiện Nghị quyết số 05-NQ/TU ngày 12/10/2021 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số giai đoạn 2021 - 2025, định hướng đến năm 2030 trong 6 tháng đầu năm 2024; nhiệm vụ, giải pháp 6 tháng cuối năm 2024.\n\n1. Đánh giá chung\nNội dung.\n", "periods", {"reviewed": ("2024-01-01", "2024-06-30"), "planned": ("2024-07-01", "2024-12-31")}),
    # a mid-term review covers half the term: its parts bound it
    ("HUYỆN ỦY X\n*\nSố 215-KL/HU\n\nX, ngày 20 tháng 7 năm 2023\n\nKẾT LUẬN\nvề sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXII, nhiệm kỳ 2020 - 2025\n-----\n\nNgày 14/7/2023, Ban Chấp hành Đảng bộ huyện tổ chức Hội nghị để sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ huyện, nhiệm kỳ 2020 - 2025.\n\nI. KẾT QUẢ NỬA ĐẦU NHIỆM KỲ (TỪ THÁNG 8/2020 ĐẾN THÁNG 6/2023)\nNội dung.\n\nII. MỤC TIÊU, NHIỆM VỤ TỪ THÁNG 7/2023 ĐẾN HẾT NĂM 2025\nNội dung.\n", "periods", {"reviewed": ("2020-08-01", "2023-06-30"), "planned": ("2023-07-01", "2025-12-31")}),
    # the document's own words after a cited one, or a review of the cited one, keep the period
    ("HUYỆN ỦY X\n*\nSố 120-TB/HU\n\nX, ngày 20 tháng 12 năm 2025\n\nTHÔNG BÁO\nkết luận của Ban Thường vụ Huyện ủy tại buổi làm việc\n-----\n\nNgày 15/12/2025, Ban Thường vụ Huyện ủy làm việc với Đảng ủy xã A theo Kế hoạch số 85-KH/HU về kết quả thực hiện nhiệm vụ nhiệm kỳ 2020 - 2025.\n\n1. Kết quả\nNội dung.\n", "periods", {"reviewed": ("2020-01-01", "2025-12-31"), "planned": None}),
    ("HUYỆN ỦY X\n*\nSố 120-TB/HU\n\nX, ngày 20 tháng 12 năm 2025\n\nTHÔNG BÁO\nkết luận của Ban Thường vụ Huyện ủy tại Hội nghị\n-----\n\nNgày 15/12/2025, Ban Thường vụ Huyện ủy tổ chức Hội nghị tổng kết 5 năm thực hiện Nghị quyết số 05-NQ/TU ngày 12/10/2021 của Tỉnh ủy giai đoạn 2021 - 2025.\n\n1. Kết quả\nNội dung.\n", "periods", {"reviewed": ("2021-01-01", "2025-12-31"), "planned": None}),
    # not a conclusion's, nor days that bound an activity rather than results
    ("HUYỆN ỦY KIM SƠN\n*\nSố 275-TB/HU\n\nKim Sơn, ngày 18 tháng 11 năm 2024\n\nTHÔNG BÁO\nkết luận kiểm tra\n-----\n\nĐoàn kiểm tra đã kiểm tra kết quả thực hiện từ ngày 25/10/2021 đến ngày 31/10/2024.\n\nI. KẾT QUẢ\nNội dung.\n", "periods", {"reviewed": None, "planned": None}),
    ("HUYỆN ỦY KIM SƠN\n*\nSố 275-BC/HU\n\nKim Sơn, ngày 18 tháng 11 năm 2024\n\nBÁO CÁO\nvề công tác kiểm tra\n-----\n\nĐoàn kiểm tra làm việc từ ngày 25/10/2024 đến ngày 31/10/2024 tại 5 chi bộ.\n\nI. KẾT QUẢ\nNội dung.\n", "periods", {"reviewed": None, "planned": None}),
    # a plan whose title names no period: the one its opening issues it for
    ("ĐẢNG ỦY PHƯỜNG THỦ DẦU MỘT\n*\nSố 24-KH/ĐU\n\nKẾ HOẠCH\nthực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\n-----\n\nCăn cứ Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030, Ban Thường vụ Đảng ủy phường ban hành Kế hoạch thực hiện trong giai đoạn 2026 - 2030 như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n", "periods", {"reviewed": None, "planned": ("2026-01-01", "2030-12-31")}),
    ("ĐẢNG ỦY PHƯỜNG THỦ DẦU MỘT\n*\nSố 24-KH/ĐU\n\nKẾ HOẠCH\nthực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\n-----\n\nCăn cứ Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030, Ban Thường vụ Đảng ủy phường ban hành Kế hoạch thực hiện như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n", "periods", {"reviewed": None, "planned": None}),
    # two dates in the opening bound an inspection, not what the report reviews
    ("HUYỆN ỦY X\nỦY BAN KIỂM TRA\n*\nSố 25-BC/UBKT\n\nX, ngày 10 tháng 4 năm 2025\n\nBÁO CÁO\nkết quả kiểm tra tổ chức đảng cấp dưới\n\nNgày 05/4/2025, Ủy ban Kiểm tra họp. Thực hiện Kế hoạch số 12-KH/UBKT, từ ngày 01/3/2025 đến ngày 31/3/2025, Ủy ban Kiểm tra Huyện ủy đã kiểm tra việc thực hiện nhiệm vụ năm 2024 tại 5 tổ chức đảng.\n", "periods", {"reviewed": ("2024-01-01", "2024-12-31"), "planned": None}),
    # the year of a document the plan carries out is not the plan's period
    ("HUYỆN ỦY X\n*\nSố 25-KH/HU\n\nX, ngày 10 tháng 4 năm 2025\n\nKẾ HOẠCH\nthực hiện Chương trình mục tiêu quốc gia\n\nBan Thường vụ Huyện ủy ban hành Kế hoạch thực hiện Quyết định số 1719/QĐ-TTg năm 2021 của Thủ tướng Chính phủ như sau:\nI. MỤC ĐÍCH\nPhấn đấu giảm 3% hộ nghèo.\n", "periods", {"reviewed": None, "planned": None}),
    # in brackets, two dates spell out the period just named in the opening
    ("TỈNH ỦY TÂY NINH\n*\nSố 128-TB/TU\n\nTây Ninh, ngày 09 tháng 10 năm 2025\n\nTHÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề kết quả 3 tháng vận hành chính quyền địa phương hai cấp\n-----\n\nTại Hội nghị ngày 06/10/2025, sau khi nghe Đảng ủy Ủy ban nhân dân tỉnh báo cáo kết quả 3 tháng vận hành chính quyền địa phương hai cấp (từ ngày 01/7/2025 đến ngày 30/9/2025), Ban Thường vụ Tỉnh ủy kết luận như sau:\n\n1. Nội dung.\n", "periods", {"reviewed": ("2025-07-01", "2025-09-30"), "planned": None}),
    ("BAN CÁN SỰ ĐẢNG CHÍNH PHỦ\n*\nSố 15-BC/BCSĐCP\n\nBÁO CÁO\nkết quả thực hiện 12 chỉ tiêu kinh tế - xã hội chủ yếu năm 2019\n\nNội dung.", "periods", {"reviewed": ("2019-01-01", "2019-12-31"), "planned": None}),
    ("TỈNH ỦY KON TUM\n*\nSố 486-BC/TU\n\nKon Tum, ngày 08 tháng 4 năm 2024\n\nBÁO CÁO\nkết quả quý I năm 2024\n\nTỉnh ủy báo cáo kết quả như sau:\n", "issuer", "Tỉnh ủy Kon Tum"),
    ("HUYỆN ỦY CHƯ PĂH\n*\nSố 38-NQ/HU\n\nNGHỊ QUYẾT\nHỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN\nvề tình hình quý I năm 2023\n\nNội dung.", "issuer", "Ban Chấp hành Đảng bộ huyện"),
    ("HUYỆN ỦY CHƯ PĂH\n*\nSố 38-NQ/HU\n\nNGHỊ QUYẾT\nHỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN\nvề tình hình quý I năm 2023\n\nNội dung.", "title", "về tình hình quý I năm 2023"),
    # a meeting told by day and month takes its year from the issue date
    ("ĐẢNG ỦY XÃ BÌNH NGUYÊN\n*\nSố 05-KL/ĐU\n\nBình Nguyên, ngày 12 tháng 01 năm 2026\n\nKẾT LUẬN\nvề nhiệm vụ năm 2026\n\nNgày 9/1, Đảng ủy xã Bình Nguyên tổ chức hội nghị tổng kết công tác năm 2025.\n", "meeting_on", "2026-01-09"),
    ("ĐẢNG ỦY XÃ BÌNH NGUYÊN\n*\nSố 05-KL/ĐU\n\nBình Nguyên, ngày 12 tháng 01 năm 2026\n\nKẾT LUẬN\nvề nhiệm vụ năm 2026\n\nNgày 20/12, Đảng ủy xã Bình Nguyên tổ chức hội nghị.\n", "meeting_on", "2025-12-20"),
    ("ĐẢNG ỦY XÃ BÌNH NGUYÊN\n*\nSố 05-KL/ĐU\n\nBình Nguyên, ngày 12 tháng 01 năm 2026\n\nKẾT LUẬN\nvề nhiệm vụ năm 2026\n\nNgày 9/1, có 56/74 ấp đạt chuẩn.\n", "meeting_on", None),
    # a capitals line below the number and date lines is no part of the issuer above them
    ("TỈNH ỦY NINH BÌNH\n*\nSố 08-TT/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nNinh Bình, ngày 20 tháng 11 năm 2017\n\nTHÔNG TRI\nvề lãnh đạo đại hội công đoàn\n\nNội dung.", "issuer", "Tỉnh ủy Ninh Bình"),
    ("TỈNH ỦY NINH BÌNH\n*\nSố 08-TT/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nNinh Bình, ngày 20 tháng 11 năm 2017\n\nTHÔNG TRI\nvề lãnh đạo đại hội công đoàn\n\nNội dung.", "doc_type", "TT"),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\nỦY BAN KIỂM TRA\n*\nSố 45-BC/UBKTTW\n\nBÁO CÁO\nvề công tác kiểm tra\n\nNội dung.", "issuer", "Ủy ban Kiểm tra Trung ương"),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\nVĂN PHÒNG\n*\nSố 12-HD/VPTW\n\nHƯỚNG DẪN\nvề thể thức\n\nNội dung.", "issuer", "Văn phòng Trung ương Đảng"),
    # bodies that issue together; an opening that tells of another committee's document
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 127-KL/TW\n\nKẾT LUẬN\nCỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ\nvề sắp xếp bộ máy\n\nNội dung.", "issuer", "Bộ Chính trị, Ban Bí thư"),
    # under a Party header a state body charged with a plan does not issue it, nor does the
    # office that relays a notice ("Văn phòng Tỉnh ủy thông báo để ... biết")
    ("TỈNH ỦY LÂM ĐỒNG\n*\nSố 03-CTr/TU\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết Đại hội\n\nNội dung.\n\n2. Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh xây dựng Kế hoạch phát triển kinh tế - xã hội.\n", "issuer", "Tỉnh ủy Lâm Đồng"),
    ("TỈNH ỦY QUẢNG TRỊ\n*\nSố 318-TB/TU\n\nTHÔNG BÁO\nkết luận của đồng chí Bí thư Tỉnh ủy\n\nđồng chí Bí thư Tỉnh ủy kết luận như sau:\n\nNội dung.\n\nVăn phòng Tỉnh ủy thông báo để các cơ quan, đơn vị biết, thực hiện.\n", "issuer", "Tỉnh ủy Quảng Trị"),
    # a committee that announces its own conclusion issues it
    ("ĐẢNG BỘ TỈNH Y\nHUYỆN ỦY X\n*\nSố 25-TB/HU\n\nX, ngày 10 tháng 3 năm 2025\n\nTHÔNG BÁO\nvề việc điều động cán bộ\n\nBan Thường vụ Huyện ủy thông báo để các chi, đảng bộ trực thuộc biết, thực hiện: điều động đồng chí Nguyễn Văn A giữ chức vụ mới.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nTrần Văn B\n", "issuer", "Ban Thường vụ Huyện ủy"),
    ("TỈNH ỦY LÂM ĐỒNG\n*\nSố 03-CTr/TU\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết Đại hội\n\nTại Hội nghị lần thứ 2, Ban Chấp hành Đảng bộ tỉnh đã thảo luận, thống nhất ban hành Chương trình hành động như sau:\n", "issuer", "Ban Chấp hành Đảng bộ tỉnh"),
    ("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\nĐẢNG ỦY PHƯỜNG HOÀN KIẾM\n*\nSố 41-KH/ĐU\n\nKẾ HOẠCH\nthực hiện Kết luận số 226-KL/TW\n\nNgày 11/12/2025, Ban Bí thư ban hành Kết luận số 226-KL/TW. Ban Thường vụ Đảng ủy phường xây dựng Kế hoạch thực hiện như sau:\n\nI. MỤC ĐÍCH\n", "issuer", "Ban Thường vụ Đảng ủy phường"),
    ("ĐẢNG BỘ TỈNH BẮC NINH\nHUYỆN ỦY GIA BÌNH\n*\nSố 152-KH/HU\n\nKẾ HOẠCH\ntuyên truyền đại hội\n\nNgày 10/9/2020 Ban Tuyên giáo Trung ương ban hành Hướng dẫn số 151-HD/BTGTW.\n\nI. MỤC ĐÍCH\n", "level", "huyen"),
    # (text, field, expected)
    (SEED_LIKE, "doc_type", "NQ"),
    (SEED_LIKE, "issuer", "Ban Chấp hành Đảng bộ huyện"),
    (SEED_LIKE, "level", "huyen"),
    (SEED_LIKE, "term", "XXI"),
    (SEED_LIKE, "conference", 13),
    (SEED_LIKE, "meeting_on", "2023-04-18"),
    (SEED_LIKE, "title", "về tình hình thực hiện nhiệm vụ quý I và phương hướng, nhiệm vụ trọng tâm quý II năm 2023"),
    (SEED_LIKE, "recipients", ["Ban Thường vụ Tỉnh ủy (b/c)", "Đ/c Phan Công Bình, UVBTVTU, Giám đốc CA tỉnh (phụ trách thị xã) (b/c)", "Lưu Văn phòng Huyện ủy"]),
    (SEED_LIKE, "signer", {"name": "Lê Bình Thành", "position": "BÍ THƯ", "authority": "T/M HUYỆN ỦY"}),
    (SEED_LIKE, "periods", {"reviewed": ("2023-01-01", "2023-03-31"), "planned": ("2023-04-01", "2023-06-30")}),
    (PARTY_HEADER, "number", "04-NQ/HU"),
    (PARTY_HEADER, "issuer", "Ban Thường vụ Huyện ủy"),
    (PARTY_HEADER, "level", "huyen"),
    (PARTY_HEADER, "place", "Tây Sơn"),
    (PARTY_HEADER, "issued_on", "2022-12-14"),
    (PARTY_HEADER, "meeting_on", "2022-12-10"),
    (PARTY_HEADER, "periods", {"reviewed": ("2022-01-01", "2022-12-31"), "planned": ("2023-01-01", "2023-12-31")}),
    (STATE, "doc_type", "QĐ"),
    (STATE, "issuer", "Thủ tướng Chính phủ"),
    (STATE, "level", "trung_uong"),
    (STATE, "signer", {"name": "Lê Minh Hưng", "position": "PHÓ THỦ TƯỚNG", "authority": "TM. CHÍNH PHỦ"}),
    (CITY, "level", "tinh"),
    (CITY, "issuer", "Thành ủy Hà Nội"),
    (TOWN_CITY, "level", "huyen"),
    (WARD, "level", "xa"),
    (WARD, "issuer", "Đảng ủy đặc khu Phú Quốc"),
    (COMMUNE, "level", "xa"),
    (NUMBER_ONLY, "doc_type", "NQ"),
    (CENTRAL, "doc_type", "KL"),
    (CENTRAL, "issuer", "Bộ Chính trị"),
    (CENTRAL, "level", "trung_uong"),
    (CENTRAL, "meeting_on", "2020-05-29"),
    (CENTRAL, "issued_on", "2020-06-05"),
    (LETTER, "doc_type", "CV"),
    (LETTER, "title", "cơ chế đặc thù"),
    (SELF, "doc_type", "TT"),
    (OPENER, "issuer", "Ban Thường vụ Tỉnh ủy"),
    (OPENER, "level", "tinh"),
    (OPENER, "doc_type", "TB"),
    (OPENER, "periods", {"reviewed": ("2022-01-01", "2022-12-31"), "planned": ("2023-01-01", "2023-12-31")}),
    (SESSION, "meeting_on", "2022-12-21"),
    (SESSION, "term", "XXX"),
    (SESSION, "periods", {"reviewed": ("2022-01-01", "2022-12-31"), "planned": ("2023-01-01", "2023-12-31")}),
    (HALVES, "issuer", "Thị ủy"),
    (HALVES, "meeting_on", "2023-07-17"),
    (HALVES, "periods", {"reviewed": ("2023-01-01", "2023-06-30"), "planned": ("2023-07-01", "2023-12-31")}),
    (STANDING, "meeting_on", "2023-01-12"),
    (CITY_UNDER, "level", "huyen"),
    (TITLED, "issuer", "Thường trực Huyện ủy"),
    (TITLED, "level", "huyen"),
    (THEMATIC, "periods", {"reviewed": None, "planned": ("2023-01-01", "2025-12-31")}),
    (CITY_ALONE, "level", "tinh"),
    (REPORTED, "issuer", "Ban Thường vụ Huyện ủy"),
    (REPORTED, "periods", {"reviewed": ("2022-01-01", "2022-12-31"), "planned": None}),
    (ADOPTED, "term", "XIV"),
    (ADOPTED, "issued_on", "2019-11-12"),
    (ADOPTED, "meeting_on", None),
    (CITED_ADOPTION, "term", None),
    (CITED_ADOPTION, "issued_on", None),
    (PLAN, "periods", {"reviewed": None, "planned": ("2023-01-01", "2023-12-31")}),
    (REPORT, "periods", {"reviewed": ("2023-01-01", "2023-03-31"), "planned": None}),
    # negatives: cited documents, other people's dates, absent parts
    (BRIEFING, "meeting_on", None),
    (OPENER, "meeting_on", None),
    (OPENER, "term", None),
    (OPENER, "number", None),
    (CITED_TERM, "term", None),
    (CITED_CONFERENCE, "conference", None),
    (CITED_CONFERENCE, "term", None),
    (ACCIDENT, "meeting_on", None),
    (COOPERATION, "meeting_on", None),
    (LATER, "meeting_on", None),
    (SESSION, "signer", None),
    (SESSION, "recipients", []),
    (SESSION, "issued_on", None),
    (SEED_LIKE, "number", None),
    (SEED_LIKE, "place", None),
    (ELECTION, "periods", {"reviewed": None, "planned": None}),
    (ACCIDENT, "periods", {"reviewed": None, "planned": None}),
    (ORGAN, "issuer", "Ủy ban Kiểm tra Tỉnh ủy Quảng Nam"),  # an organ under its committee
    (ORGAN, "level", "tinh"),
    (COMMUNE, "issuer", "Đảng ủy xã Ba Tơ"),  # a committee under its Đảng bộ: itself alone
    (COMMUNE, "level", "xa"),
    (BLOC, "issuer", "Đảng ủy Khối Các Cơ Quan tỉnh"),  # "CƠ QUAN", not the unit "quận"
    (BLOC, "title", "thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương"),
    # "đồng chí Bí thư Tỉnh ủy kết luận": a person concludes; the header names the issuer
    (PERSON_CONCLUDES, "issuer", "Tỉnh ủy Quảng Ngãi"),
    # a conference numbered in words, in the title block or opening the body
    (WORDED_CONFERENCE, "conference", 13),
    # an inspection committee's session; not a council's cited in the opening
    ("THÀNH ỦY HẢI PHÒNG\nỦY BAN KIỂM TRA\n*\nSố 96-TB/UBKTTU\n\nTHÔNG BÁO\nkết quả Kỳ họp thứ 11 của Ủy ban Kiểm tra Thành ủy\n\nNgày 16/01/2026, Ủy ban Kiểm tra Thành ủy khóa XVII họp Kỳ họp thứ 11 để xem xét một số nội dung.\n", "conference", 11),
    ("TỈNH ỦY BÌNH ĐỊNH\n*\nSố 12-KH/TU\n\nKẾ HOẠCH\nvề chuyển đổi số\n\nTại Kỳ họp thứ 11, Hội đồng nhân dân tỉnh khóa XII đã thông qua đề án chuyển đổi số.\n", "conference", None),
    ("TỈNH ỦY QUẢNG NGÃI\n*\nSố 14-TB/TU\n\nTHÔNG BÁO\nkết luận của Ban Thường vụ Tỉnh ủy\n\nNgày 10/12/2024, Hội đồng nhân dân tỉnh khóa X đã tổ chức Kỳ họp thứ 25 và thông qua các nghị quyết quan trọng.\n", "conference", None),
    (WORDED_CONFERENCE, "issuer", "Ban Chấp hành Đảng bộ tỉnh"),
    # "mở rộng" (an enlarged meeting) ends the body's name like "lần thứ"
    ("\n\nNGHỊ QUYẾT\nHỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN MỞ RỘNG LẦN THỨ 11\nvề tình hình 9 tháng năm 2022\n\nNội dung.\n", "issuer", "Ban Chấp hành Đảng bộ huyện"),
    (WORDED_OPENING, "conference", 20),
    (WORDED_OPENING, "term", "XXI"),
    # "kết quả thực hiện các chỉ tiêu": the targets' results, reviewed; "các chỉ tiêu" alone: planned
    (RESULTS_OF_TARGETS, "periods", {"reviewed": ("2023-01-01", "2023-12-31"), "planned": None}),
    (TARGETS_PLANNED, "periods", {"reviewed": None, "planned": ("2024-01-01", "2024-12-31")}),
    # a section opens the body: its results ("so với chỉ tiêu") name no planned period
    (RESULTS_FIRST, "periods", {"reviewed": ("2024-01-01", "2024-09-30"), "planned": ("2024-10-01", "2024-12-31")}),
    # without a header: the archive copy, the members among the recipients, the signing
    # committee; a body cited in the title is not the issuer
    (HEADLESS_PLAN, "level", "huyen"),
    (HEADLESS_PLAN, "issuer", None),
    (HEADLESS_CITY, "level", "huyen"),
    (HEADLESS_SIGNED, "level", "xa"),
    (HEADLESS_STATE, "level", None),
    # an organ reports to its own committee; a standing body to the committee above it
    (HEADLESS_INSPECTION, "level", "huyen"),
    (HEADLESS_STANDING, "level", None),
    # without an issue date, a meeting told by day and month is the one nearest the end of
    # the period the document reviews, and none too far from it
    ("\n\nBÁO CÁO\nkết quả 9 tháng đầu năm 2024\n\nChiều 3/10, Ban Chấp hành Đảng bộ huyện tổ chức Hội nghị lần thứ 16.\n", "meeting_on", "2024-10-03"),
    ("\n\nNGHỊ QUYẾT\nvề tình hình năm 2022 và nhiệm vụ năm 2023\n\nNgày 21/12, Ban Chấp hành Đảng bộ xã tổ chức hội nghị.\n", "meeting_on", "2022-12-21"),
    ("\n\nBÁO CÁO\nkết quả công tác năm 2025\n\nNgày 9/1, Đảng ủy xã tổ chức hội nghị tổng kết.\n", "meeting_on", "2026-01-09"),
    ("\n\nBÁO CÁO\nkết quả quý I năm 2023\n\nNgày 15/8, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị.\n", "meeting_on", None),
    ("\n\nBÁO CÁO\nkết quả 9 tháng đầu năm 2024\n\nNgày 3/10, có 56/74 ấp đạt chuẩn nông thôn mới.\n", "meeting_on", None),
    # a title that dates nothing: an opening telling of the meeting dates the document, after
    # the headings
    ("\n\nTHÔNG BÁO\nkết luận tại buổi làm việc với Đảng ủy xã\n\nNgày 05/4/2023, Thường trực Huyện ủy có buổi làm việc với Đảng ủy xã về tình hình thực hiện nhiệm vụ quý I và phương hướng, nhiệm vụ quý II năm 2023.\n", "periods", {"reviewed": ("2023-01-01", "2023-03-31"), "planned": ("2023-04-01", "2023-06-30")}),
    ("\n\nTHÔNG BÁO\nkết luận tại buổi làm việc với Huyện ủy\n\nNgày 06/7/2026, Phó Thủ tướng làm việc với Huyện ủy về mục tiêu tăng trưởng năm 2026.\n\nI. ĐÁNH GIÁ CHUNG\n\nNội dung.\n\nII. NHIỆM VỤ 06 THÁNG CUỐI NĂM 2026\n\nNội dung.\n", "periods", {"reviewed": None, "planned": ("2026-07-01", "2026-12-31")}),
    ("\n\nTHÔNG BÁO\nkết luận tại buổi làm việc với Huyện ủy\n\nĐồng chí Bí thư có buổi làm việc với Huyện ủy về tình hình quý I năm 2023.\n", "periods", {"reviewed": None, "planned": None}),
    # the committee's khóa after its name with the place written out
    ("\n\nNGHỊ QUYẾT\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ TRƯỜNG XUÂN\nVề nhiệm vụ năm 2023\n\nNgày 07/01/2023, Ban chấp hành Đảng bộ xã Trường Xuân khoá XXI, đã tổ chức hội nghị.\n", "term", "XXI"),
    ("\n\nNGHỊ QUYẾT\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ TRƯỜNG XUÂN\nVề nhiệm vụ năm 2023\n\nNgày 07/01/2023, Ban chấp hành Đảng bộ xã Trường Xuân học tập Nghị quyết Trung ương 4 khóa XII.\n", "term", None),
    # no header, no back matter: the Party body the title names, not a cited one's
    ("\n\nTHÔNG BÁO\nkết luận Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 8 (mở rộng)\nvề tình hình 6 tháng đầu năm 2025\n\nNội dung.\n", "level", "huyen"),
    ("\n\nKẾ HOẠCH\nthực hiện Kết luận số 14-KL/TW, ngày 22-9-2021 của Bộ Chính trị về cán bộ\n\nNội dung.\n", "level", None),
    # a congress line names the issuing congress, its khóa and, with no trích yếu, the subject
    (CONGRESS, "title", "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ PHƯỜNG TAM THẮNG LẦN THỨ I, NHIỆM KỲ 2025 - 2030"),
    (CONGRESS, "term", "I"),
    (CONGRESS, "periods", {"reviewed": None, "planned": ("2025-01-01", "2030-12-31")}),
    # a line of two sentences after the block is the body, not the trích yếu
    ("\n\nNGHỊ QUYẾT\nHỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ KHUN HÁ LẦN THỨ 5\n\nĐảng ủy xã Khun Há vừa tổ chức Hội nghị lần thứ 5. Dự Hội nghị có 35 đại biểu.\n", "title", None),
    (CONGRESS, "issuer", "Đại hội đại biểu Đảng bộ phường Tam Thắng"),
    ("\n\nNGHỊ QUYẾT\nĐẠI HỘI ĐẢNG BỘ XÃ NHIỆM KỲ 2020 - 2025\nvề các chỉ tiêu chủ yếu nhiệm kỳ 2020-2025\n\nNội dung.\n", "title", "về các chỉ tiêu chủ yếu nhiệm kỳ 2020-2025"),
    # "/TƯ": Trung ương's symbol with the horn, but a misread "/TU" below a provincial committee
    ("TỈNH ỦY THỪA THIÊN HUẾ\n*\nSố 445-KL/TƯ\nHuế, ngày 13 tháng 5 năm 2022\n\nKẾT LUẬN\nvề hạ tầng\n\nNội dung.\n", "number", "445-KL/TU"),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 45-KL/TƯ\nHà Nội, ngày 13 tháng 5 năm 2022\n\nKẾT LUẬN\nCỦA BỘ CHÍNH TRỊ\nvề hạ tầng\n\nNội dung.\n", "number", "45-KL/TW"),
    # in a title, bare "9 tháng" before "3 tháng cuối năm 2024" are that year's first months
    ("\n\nBÁO CÁO\nsơ kết tình hình thực hiện nhiệm vụ 9 tháng, triển khai nhiệm vụ 3 tháng cuối năm 2024\n\nSáng 30/9, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị sơ kết.\n", "periods", {"reviewed": ("2024-01-01", "2024-09-30"), "planned": ("2024-10-01", "2024-12-31")}),
    ("\n\nBÁO CÁO\nsơ kết tình hình thực hiện nhiệm vụ 9 tháng, triển khai nhiệm vụ 3 tháng cuối năm 2024\n\nSáng 30/9, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị sơ kết.\n", "meeting_on", "2024-09-30"),
    ("\n\nBÁO CÁO\nkết quả thực hiện nhiệm vụ trong 6 tháng, nhiệm vụ 3 tháng cuối năm 2024\n\nNội dung.\n", "periods", {"reviewed": None, "planned": ("2024-10-01", "2024-12-31")}),
    # bodies joined by "," or "và" that conclude together issue together; others do not
    ("\n\nKẾT LUẬN\nvề kết quả đại hội\n\nTại phiên họp ngày 17/10/2025, sau khi nghe Báo cáo số 493-BC/VPTW, Bộ Chính trị, Ban Bí thư kết luận như sau:\n\n1. Nội dung.\n", "issuer", "Bộ Chính trị, Ban Bí thư"),
    ("\n\nKẾT LUẬN\nvề kết quả quý I\n\nSau khi nghe ý kiến của Ủy ban nhân dân tỉnh, Ban Thường vụ Tỉnh ủy kết luận như sau:\n\n1. Nội dung.\n", "issuer", "Ban Thường vụ Tỉnh ủy"),
    ("\n\nKẾT LUẬN\n\nTại phiên họp ngày 3/10, Bộ Chính trị, Ban Bí thư cơ bản thống nhất với nội dung báo cáo của Ban Tổ chức Trung ương.\n\nNội dung.\n", "issuer", "Bộ Chính trị, Ban Bí thư"),
    ("\n\nKẾT LUẬN\n\nTại buổi làm việc, đồng chí Bí thư Tỉnh ủy cơ bản thống nhất với nội dung báo cáo của Đảng ủy xã.\n\nNội dung.\n", "issuer", None),
    # a congress told by day and month is held near the start of the term it plans
    ("\n\nNGHỊ QUYẾT\nĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ PHƯỜNG THẠC GIÁN LẦN THỨ XV, NHIỆM KỲ 2020-2025\n\nNgày 28-4, Đảng bộ phường Thạc Gián tiến hành Đại hội đại biểu Đảng bộ lần thứ XV.\n", "meeting_on", "2020-04-28"),
    # ... in the first year of that term, however far from its start; it reviews the term
    # before when it speaks of it ("nhiệm kỳ vừa qua", "giai đoạn 2020-2025"), else nothing
    (CONGRESS_TERM, "meeting_on", "2025-07-28"),
    (CONGRESS_TERM, "periods", {"reviewed": ("2020-01-01", "2025-12-31"), "planned": ("2025-01-01", "2030-12-31")}),
    (CONGRESS_TERM.replace("Nhiệm kỳ vừa qua", "Những năm qua"), "periods", {"reviewed": None, "planned": ("2025-01-01", "2030-12-31")}),
    ("\n\nNGHỊ QUYẾT\nĐại hội Đảng bộ đặc khu Thổ Châu lần thứ I, nhiệm kỳ 2025-2030\n\nNgày 20/8, Đảng bộ đặc khu Thổ Châu đã tổ chức Đại hội lần thứ I.\n\nTrong giai đoạn 2020-2025, đặc khu đạt nhiều thành tựu.\n", "periods", {"reviewed": ("2020-01-01", "2025-12-31"), "planned": ("2025-01-01", "2030-12-31")}),
    # not a congress: a conference's day and month stay near the period it reviews
    ("\n\nNGHỊ QUYẾT\nHội nghị lần thứ 3 Ban Chấp hành Đảng bộ xã khóa I\nvề nhiệm vụ nhiệm kỳ 2025 - 2030\n\nNgày 28/7, Ban Chấp hành Đảng bộ xã tổ chức Hội nghị lần thứ 3. Nhiệm kỳ vừa qua, xã phát triển.\n", "periods", {"reviewed": None, "planned": ("2025-01-01", "2030-12-31")}),
    # a copy with no header: the body holding the meeting its opening tells of issues it, and
    # that opening dates it; a Party header keeps its own name; bodies heard report, not issue
    (HOLDER, "issuer", "Đảng uỷ xã Vĩnh Phú"),
    ("THÔNG BÁO\n\nNgày 23/4/2018, tại Hà Nội, Ủy ban Kiểm tra Trung ương đã họp kỳ 24.\n\nTại kỳ họp này, UBKT Trung ương đã xem xét, kết luận một số nội dung.\n", "level", "trung_uong"),
    ("THÔNG BÁO\n\nTại kỳ họp này, UBKT Tỉnh ủy đã xem xét, kết luận một số nội dung.\n", "issuer", "UBKT Tỉnh ủy"),
    (HOLDER, "meeting_on", "2025-12-26"),
    (HOLDER, "periods", {"reviewed": ("2025-01-01", "2025-12-31"), "planned": ("2026-01-01", "2026-12-31")}),
    ("ĐẢNG BỘ HUYỆN BẠCH THÔNG\nĐẢNG ỦY XÃ TÂN TÚ\n*\nSố 12-BC/ĐU\n\nBÁO CÁO\nsơ kết 6 tháng đầu năm 2024\n\nNgày 21/6/2024, Đảng bộ xã Tân Tú tổ chức Hội nghị sơ kết.\n", "issuer", "Đảng ủy xã Tân Tú"),
    ("\n\nTHÔNG BÁO\n\nChiều 18/9, đồng chí Bí thư Tỉnh ủy chủ trì hội nghị để nghe Đảng ủy UBND tỉnh, Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy báo cáo một số nội dung.\n\nTại hội nghị, đại diện Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy báo cáo tình hình 9 tháng năm 2025.\n", "issuer", None),
    # no issuer anywhere: the territory the text calls its own, when one unit leads
    ("\n\nBÁO CÁO\nkết quả 6 tháng đầu năm 2022\n\nToàn huyện có 12 xã đạt chuẩn; trên địa bàn huyện không có điểm nóng, xếp thứ 3 toàn tỉnh.\n", "level", "huyen"),
    ("\n\nBÁO CÁO\nkết quả năm 2020\n\nAn ninh chính trị, trật tự an toàn xã hội được giữ vững.\n", "level", None),
    ("\n\nBÁO CÁO\nkết quả năm 2020\n\nToàn tỉnh có 5 huyện, toàn huyện có 12 xã.\n", "level", None),
    ("\n\nBÁO CÁO\nkết quả năm 2020\n\nToàn thành phố có 12 phường đạt chuẩn văn minh.\n", "level", None),
    ("HUYỆN ỦY GIA BÌNH\n*\nSố 12-BC/HU\n\nBÁO CÁO\nkết quả năm 2020\n\nToàn tỉnh có 5 huyện; toàn tỉnh xếp loại tốt.\n", "level", "huyen"),
    # a directive's opening: the body that demands speaks for it; not in a report, not "theo yêu cầu"
    ("\n\nCHỈ THỊ\nvề việc tổ chức Tết năm 2024\n\nBan Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt các nội dung sau.\n", "issuer", "Ban Thường vụ Tỉnh ủy"),
    ("\n\nBÁO CÁO\nvề việc tổ chức Tết năm 2024\n\nBan Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt các nội dung sau.\n", "issuer", None),
    ("\n\nCHỈ THỊ\nvề việc tổ chức Tết năm 2024\n\nThực hiện Chỉ thị của Ban Bí thư, theo yêu cầu của Tỉnh ủy, các cấp ủy thực hiện tốt.\n", "issuer", None),
    # a plenum's resolution cited in the title without a number is not the issuer's level
    ("\n\nKẾ HOẠCH\nvề sơ kết thực hiện Nghị quyết Trung ương 4 (khóa XII) về xây dựng Đảng\n\nNội dung.\n", "level", None),
    # what a cue governs is read with it: "phương hướng thực hiện nhiệm vụ" plans; "triển khai"
    # plans opening a clause of its own, not inside "3 năm triển khai thực hiện"
    ("\n\nNGHỊ QUYẾT\nHội nghị Ban Chấp hành Đảng bộ phường lần thứ 3\nvề tổng kết tình hình thực hiện nhiệm vụ chính trị năm 2025, phương hướng thực hiện nhiệm vụ năm 2026\n\nNội dung.\n", "periods", {"reviewed": ("2025-01-01", "2025-12-31"), "planned": ("2026-01-01", "2026-12-31")}),
    ("\n\nBÁO CÁO\ntổng kết tình hình thực hiện Nghị quyết năm 2022 và triển khai Nghị quyết năm 2023\n\nNội dung.\n", "periods", {"reviewed": ("2022-01-01", "2022-12-31"), "planned": ("2023-01-01", "2023-12-31")}),
    ("\n\nBÁO CÁO\nsơ kết 3 năm triển khai thực hiện Nghị quyết số 05-NQ/TU giai đoạn 2021-2023\n\nNội dung.\n", "periods", {"reviewed": ("2021-01-01", "2023-12-31"), "planned": None}),
    ("\n\nBÁO CÁO\ntình hình triển khai thực hiện Nghị quyết năm 2022\n\nNội dung.\n", "periods", {"reviewed": ("2022-01-01", "2022-12-31"), "planned": None}),
    # a monthly meeting's opening: the month reviewed and the next one planned, of the meeting's year
    ("BÁO CÁO\n\nChiều ngày 28/8/2025, Đảng ủy xã tổ chức Hội nghị Ban Thường vụ tháng 8 năm 2025 nhằm đánh giá tình hình thực hiện nhiệm vụ tháng 8, triển khai nhiệm vụ trọng tâm tháng 9.\n", "periods", {"reviewed": ("2025-08-01", "2025-08-31"), "planned": ("2025-09-01", "2025-09-30")}),
    # "CỦA TỈNH ỦY" under "TỈNH ỦY GIA LAI": the header's whole name
    ("TỈNH ỦY GIA LAI\n*\nSố 36-KL/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nGia Lai, ngày 19 tháng 12 năm 2025\n\nKẾT LUẬN\nCỦA TỈNH ỦY\nvề tình hình năm 2025\n\nNội dung.\n", "issuer", "Tỉnh ủy Gia Lai"),
    # a trích yếu opening "Kết luận của" an organ of the header's committee names the issuer;
    # an organ of another level does not
    ("ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY XÃ ĐÔNG THÀNH\n*\nSố 58-TB/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nĐông Thành, ngày 24 tháng 12 năm 2025\n\nTHÔNG BÁO\nKết luận của Thường trực Đảng ủy xã tại buổi làm việc với Chi bộ xóm Yên Lạc\n\nNội dung.\n", "issuer", "Thường trực Đảng ủy xã"),
    ("ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY XÃ ĐÔNG THÀNH\n*\nSố 58-TB/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nĐông Thành, ngày 24 tháng 12 năm 2025\n\nTHÔNG BÁO\nKết luận của Ban Thường vụ Tỉnh ủy tại buổi làm việc với Đảng ủy xã\n\nNội dung.\n", "issuer", "Đảng ủy xã Đông Thành"),
    # a header laid out as a table and copied as markdown, its lines broken by <br>
    (TABLE_HEADER, "number", "142-BC/ĐU"),
    (TABLE_HEADER, "place", "Kinh Bắc"),
    (TABLE_HEADER, "issued_on", "2026-03-30"),
    (TABLE_HEADER, "level", "xa"),
    # the same body named twice before its verb speaks once
    ("\n\nBÁO CÁO\nkết quả quý I năm 2026\n\nCăn cứ Chương trình công tác năm 2026 của Ban Thường vụ Đảng ủy phường, Ban Thường vụ Đảng ủy phường báo cáo kết quả như sau:\n\nNội dung.\n", "issuer", "Ban Thường vụ Đảng ủy phường"),
    # "lãnh đạo, chỉ đạo, triển khai thực hiện" is no plan of its own
    ("\n\nBÁO CÁO\nkết quả lãnh đạo, chỉ đạo, triển khai thực hiện Nghị quyết năm 2022\n\nNội dung.\n", "periods", {"reviewed": ("2022-01-01", "2022-12-31"), "planned": None}),
    ("\n\nBÁO CÁO\ntình hình học tập, quán triệt và triển khai thực hiện Nghị quyết năm 2022\n\nNội dung.\n", "periods", {"reviewed": ("2022-01-01", "2022-12-31"), "planned": None}),
    # a body after "của" does not demand: the one implementing its direction does
    ("\n\nCHỈ THỊ\nvề việc tổ chức Tết năm 2024\n\nThực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy, yêu cầu các cấp ủy thực hiện tốt.\n", "issuer", None),
    # how the words are written: "toàn quân" is the army, not "toàn quận"
    ("\n\nBÁO CÁO\nkết quả năm 2020\n\nPhát huy sức mạnh của toàn Đảng, toàn dân, toàn quân.\n", "level", None),
    ("Nội dung không có tiêu đề.\n", "doc_type", None),
    ("Nội dung không có tiêu đề.\n", "issuer", None),
    ("Nội dung không có tiêu đề.\n", "level", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "field", "expected"), CASES)
def test_meta_field(text: str, field: str, expected) -> None:
    value = getattr(doc(text).meta, field)
    if hasattr(value, "model_dump"):
        value = value.model_dump()
    assert value == expected


def _loose(value) -> str:
    """As the scorer compares names and titles: no marks, case, markup or spacing."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFD", str(value)).replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in text if unicodedata.category(c) != "Mn").casefold()
    return " ".join(text.replace("*", " ").replace("_", " ").split()).strip(" .,;:-")


def _gold_files() -> list:
    return sorted(GOLD.glob("*.json")) if GOLD.is_dir() else []


@pytest.mark.parametrize("gold_path", _gold_files(), ids=lambda p: p.stem)
def test_seed_meta_matches_gold(gold_path) -> None:
    from vankien.pipeline import read

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    meta = read(SEEDS / gold["file"]).meta.model_dump()
    for field, want in gold["meta"].items():
        if field == "recipients_count":
            assert len(meta["recipients"]) == want
        elif field == "signer":
            got = meta["signer"]
            if want is None:
                assert got is None or not got.get("name")
            else:
                assert {k: _loose(got.get(k)) for k in want} == {
                    k: _loose(v) for k, v in want.items()
                }
        elif field == "periods":
            assert {k: list(v or []) for k, v in meta["periods"].items()} == {
                k: list(v or []) for k, v in want.items()
            }
        elif field in ("title", "issuer", "place"):
            assert _loose(meta[field]) == _loose(want), field
        else:
            assert meta[field] == want, field


# fmt: off
EXTERNAL_CASES = [
    # (file under ../shared/corpus/external, doc_type, number, issuer, level, signer name)
    ("diepxuan/001.txt", "TB", "365/TB-VPCP", "Văn phòng Chính phủ", "trung_uong", None),
    ("diepxuan/004.txt", "CĐ", "47/CĐ-TTg", "Thủ tướng Chính phủ", "trung_uong", "Phạm Gia Túc"),
    ("diepxuan/006.txt", "NĐ", "161/2026/NĐ-CP", "Chính phủ", "trung_uong", "Phạm Thị Thanh Trà"),
    ("nomvn/002.txt", "CV", "3722/VPCP-CN", "Văn phòng Chính phủ", "trung_uong", "Phạm Mạnh Cường"),
    ("nomvn/006.txt", "QĐ", "/QĐ-UBND", "Ủy ban nhân dân thành phố Hà Nội", "tinh", "Trương Việt Dũng"),
    ("taxlegal/001.txt", "KL", "77-KL/TW", "Bộ Chính trị", "trung_uong", "Trần Quốc Vượng"),
    ("taxlegal/002.txt", "NQ", "86/2019/QH14", "Quốc hội", "trung_uong", "Tuyến Thị Kim Ngân"),
]
# fmt: on


@pytest.mark.parametrize(
    ("name", "doc_type", "number", "issuer", "level", "signer"), EXTERNAL_CASES
)
def test_external_meta(name, doc_type, number, issuer, level, signer) -> None:
    from tests.conftest import EXTERNAL
    from vankien.pipeline import read

    path = EXTERNAL / name
    if not path.exists():
        pytest.skip("shared corpus not present")
    meta = read(path).meta
    got_signer = meta.signer.name if meta.signer else None
    assert (meta.doc_type, meta.number, meta.issuer, meta.level, got_signer) == (
        doc_type,
        number,
        issuer,
        level,
        signer,
    )


@pytest.mark.parametrize(
    ("before", "opens"),
    [
        ("", True),  # the opening's start
        ("Hội nghị đã họp. ", True),
        ("Kết luận;\n", True),
        ("dòng trước\n** ", True),  # markup only after the line break
        ("Tại hội nghị ", False),
        ("Hội nghị, ", False),
    ],
)
def test_a_date_opens_its_sentence_when_only_markup_stands_before_it(before, opens):
    folded = fold(before + "ngày 18/4/2023")
    assert meta_extractor._opens_sentence(folded, 0, len(before)) is opens
    cut = meta_extractor._sentence_start(folded, 0, len(before))
    assert (folded[cut : len(before)].strip(" *_") == "") is opens  # the rule it stands for


@pytest.mark.parametrize("phrase", table("bodies")["territory"]["examples"])
def test_territory_examples_name_a_unit(phrase: str) -> None:
    assert territory_pattern().search(fold(phrase)) is not None


@pytest.mark.parametrize("phrase", table("bodies")["territory"]["counter_examples"])
def test_territory_counter_examples_give_no_level(phrase: str) -> None:
    assert territory_level(phrase, fold(phrase)) is None
