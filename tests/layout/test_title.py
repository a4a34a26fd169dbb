"""Kind line and title block: kind, trích yếu, conference, term, issuer, enactor."""

from __future__ import annotations

import pytest

from tests.factories import doc
from tests.layout._cases import PARTY_HEADER, SEED_LIKE, STATE

BOLD = (
    "\n\nTHÔNG BÁO\n\n**kết luận về kiểm tra thực hiện nghị quyết\nđối với Đảng bộ huyện năm 2022**\n\n"
    "Thực hiện Quyết định số 842-QĐ/TU."
)
TOWN = (
    "\n\nKẾT LUẬN\nCỦA THỊ ỦY (KHÓA XXI)\ntình hình 6 tháng đầu năm\n\nTại hội nghị ngày 17/7/2023."
)
OCR = "KÉT LUẬN\nCỦA BỘ CHÍNH TRỊ\nvề chủ trương khắc phục\nđể phục hồi kinh tế\n\nTại phiên họp ngày 29/5/2020."
NO_BLANK = (
    "NGHỊ ĐỊNH\nuy định chế độ phụ cấp\ntrong các cơ sở giáo dục\nCăn cứ Luật Tổ chức Chính phủ;"
)
DASHES = "NGHỊ QUYẾT\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ KHÓA XXX\nVề phương hướng năm 2023\n-----\nHội nghị họp ngày 21/12/2022."
NO_TITLE = (
    "# NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ\n\n**Số: 16-NQ/TW**\n\n## I- TÌNH HÌNH\n\nTrong những năm qua."
)
LETTER = (
    "VĂN PHÒNG CHÍNH PHỦ\n\nSố: 3722/VPCP-CN\nV/v cơ chế đặc thù xây dựng công trình\n\n"
    "Hà Nội, ngày 28 tháng 4 năm 2026\n\nKính gửi:\n- Các Bộ."
)
FORMULA = "Căn cứ Luật;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Phê chuẩn."
MIXED = "Nghị quyết\nvề phát triển\n\nNội dung."
RULES = "TỈNH ỦY BÌNH ĐỊNH\n*\nSố 01-QC/TU\n\nQUY CHẾ LÀM VIỆC CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\nKHÓA XX\n\nChương I\n"
PLAN = "HUYỆN ỦY TÂY SƠN\n*\nSố 15-KH/HU\n\nKẾ HOẠCH KIỂM TRA, GIÁM SÁT NĂM 2023\n\nThực hiện Quy định số 22."
RUN_ON = "\n\nTHÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ CÔNG TÁC CÁN BỘ\n\nNgày 05/01/2023, Ban Thường vụ họp."
RUN_INTO_BODY = (
    "\n\nNGHỊ QUYẾT\nvề nhiệm vụ năm 2023\nTrong năm 2022, mặc dù đối mặt với nhiều khó khăn, thách thức, nhất là "
    "kinh tế thế giới diễn biến phức tạp, bất ổn, giá cả đầu vào các nguyên liệu sản xuất nông sản tăng cao, giá "
    "đầu ra các sản phẩm nông nghiệp giảm, thời tiết diễn biến phức tạp, đã tác động tiêu cực đến sản xuất, đời "
    "sống của nhân dân trên địa bàn.\nHội nghị thống nhất.\n"
)
BODY_CAPS = "Căn cứ Luật Tổ chức Chính phủ;\n\nChương I\n\nQUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi."
LOWER_PLAN = (
    "\n\nKẾ HOẠCH\nthực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương\n\n"
    "Thực hiện chỉ đạo của Tỉnh ủy."
)
LOWER_OWNER = "\n\nKẾT LUẬN\ncủa Ban Thường vụ Tỉnh ủy về công tác quý I/2025\n\nNội dung."
LONG_SENTENCE = (
    "KẾT LUẬN\n\nBộ Chính trị giao tỉnh ủy, thành ủy tổ chức Lễ công bố các nghị quyết, quyết định của Trung ương "
    "và địa phương về sáp nhập đơn vị hành chính, thành lập tổ chức đảng, chỉ định cấp ủy, Hội đồng nhân dân, "
    "Ủy ban nhân dân, Mặt trận Tổ quốc tỉnh, thành phố, xã, phường, đặc khu đồng bộ vào ngày 30/6/2025, bảo đảm "
    "trang trọng, thiết thực, tiết kiệm, tránh lãng phí và phù hợp với điều kiện thực tiễn của địa phương.\n"
)
LONG_TITLE = (
    "KẾ HOẠCH\n\nthực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, "
    "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, Kết luận số 123-KL/TW của Ban Chấp hành Trung ương và "
    "Chương trình hành động của Ban Chấp hành Đảng bộ tỉnh trong giai đoạn 2025 - 2030, tầm nhìn đến năm 2045\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
)
DONE_SENTENCE = (
    "BÁO CÁO\n\n6 tháng đầu năm, toàn tỉnh đã thi hành kỷ luật 62 đảng viên, giảm 18 đảng viên.\n"
)
DONE_TITLE = "BÁO CÁO\nkết quả thực hiện các nhiệm vụ đã đề ra năm 2023\n\nNội dung.\n"
LOWER_OWNERS = "\n\nKẾT LUẬN\ncủa Bộ Chính trị, Ban Bí thư về công tác đại hội\n\nNội dung."
LOWER_NO_ABOUT = (
    "\n\nKẾT LUẬN\ncủa Ban Thường vụ Tỉnh ủy tại buổi làm việc với Đảng ủy Khối\n\nNội dung."
)
CAPITAL_OPENING = (
    "\n\nKẾ HOẠCH\nThực hiện Kế hoạch số 196-KH/TU ngày 25/10/2022 của Ban Thường vụ Tỉnh ủy."
)
LOWER_CONFERENCE = (
    "NGHỊ QUYẾT\nHội nghị lần thứ 19 Ban Chấp hành Đảng bộ huyện Hướng Hóa khóa XVII\n"
    "về tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2024\n\nVới sự đồng thuận."
)
LOWER_CONGRESS = (
    "NGHỊ QUYẾT\nĐại hội đại biểu Đảng bộ xã Vĩnh Lộc lần thứ I, nhiệm kỳ 2025 - 2030\n\n"
    "Phấn đấu đến năm 2030 xã Vĩnh Lộc đạt xã nông thôn mới nâng cao."
)
CONGRESS_THEN_BODY = (
    "NGHỊ QUYẾT\nĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ VĨNH LỘC LẦN THỨ I, NHIỆM KỲ 2025 - 2030\n\n"
    "Phấn đấu đến năm 2030 xã Vĩnh Lộc đạt xã nông thôn mới nâng cao."
)
MEETING_SENTENCE = (
    "NGHỊ QUYẾT\n\nHội nghị Ban Chấp hành Đảng bộ xã khóa XXX, nhiệm kỳ 2020 – 2025 họp ngày 21 tháng 12 "
    "năm 2022 về phương hướng năm 2023.\n\nNội dung."
)
SUBMITTED = (
    "BÁO CÁO\ntình hình thực hiện nhiệm vụ năm 2025\n(Trình Hội nghị lần thứ 3 Ban Chấp hành Đảng bộ xã "
    "khóa I)\n-----\n\nNội dung."
)
COUNCIL_NOTE = "TỜ TRÌNH\nvề dự thảo Nghị quyết phát triển du lịch\n(Trình Kỳ họp thứ 20, Hội đồng nhân dân tỉnh khóa X)\n\nNội dung."
ASIDE = "BÁO CÁO\ntình hình thực hiện nhiệm vụ năm 2025\n(kèm theo phụ lục)\n\nNội dung."
OF_LINE = "\n\nTHÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề công tác cán bộ\n\nNgày 05/01/2023, Ban Thường vụ họp."

# fmt: off
CASES = [
    (SEED_LIKE, "kind", "NGHỊ QUYẾT"),
    (SEED_LIKE, "title", "về tình hình thực hiện nhiệm vụ quý I\nvà phương hướng, nhiệm vụ trọng tâm quý II năm 2023"),
    (SEED_LIKE, "conference", "13"),
    (SEED_LIKE, "term", "XXI"),
    (SEED_LIKE, "title_issuer", "BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN"),
    (TOWN, "title_issuer", "THỊ ỦY"),
    (TOWN, "term", "XXI"),
    (BOLD, "title", "kết luận về kiểm tra thực hiện nghị quyết\nđối với Đảng bộ huyện năm 2022"),
    (OCR, "kind", "KÉT LUẬN"),
    (OCR, "title_issuer", "BỘ CHÍNH TRỊ"),
    (OCR, "title", "về chủ trương khắc phục\nđể phục hồi kinh tế"),
    (NO_BLANK, "title", "uy định chế độ phụ cấp\ntrong các cơ sở giáo dục"),
    (DASHES, "title", "Về phương hướng năm 2023"),
    (DASHES, "title_issuer", "BAN CHẤP HÀNH ĐẢNG BỘ XÃ"),
    (STATE, "enactor", "THỦ TƯỚNG CHÍNH PHỦ"),
    (STATE, "kind", "QUYẾT ĐỊNH"),
    (PARTY_HEADER, "title", "về phương hướng, nhiệm vụ năm 2023"),
    (NO_TITLE, "title_issuer", "BỘ CHÍNH TRỊ"),
    (LETTER, "title", "cơ chế đặc thù xây dựng công trình"),
    (OF_LINE, "title_issuer", "BAN THƯỜNG VỤ TỈNH ỦY"),
    (OF_LINE, "title", "về công tác cán bộ"),
    (RULES, "kind", "QUY CHẾ"),
    (RULES, "title_issuer", "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH"),
    (RULES, "term", "XX"),
    (PLAN, "kind", "KẾ HOẠCH"),
    (PLAN, "title", "KIỂM TRA, GIÁM SÁT NĂM 2023"),
    (RUN_ON, "title_issuer", "BAN THƯỜNG VỤ TỈNH ỦY"),
    (RUN_ON, "title", "VỀ CÔNG TÁC CÁN BỘ"),
    (RUN_INTO_BODY, "title", "về nhiệm vụ năm 2023"),
    (LOWER_PLAN, "title", "thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương"),
    (LOWER_OWNER, "title_issuer", "Ban Thường vụ Tỉnh ủy"),
    (LOWER_OWNER, "title", "về công tác quý I/2025"),
    (LOWER_OWNERS, "title_issuer", "Bộ Chính trị, Ban Bí thư"),
    (LOWER_OWNERS, "title", "về công tác đại hội"),
    (LOWER_NO_ABOUT, "title", "của Ban Thường vụ Tỉnh ủy tại buổi làm việc với Đảng ủy Khối"),
    (LOWER_CONFERENCE, "title_issuer", "Ban Chấp hành Đảng bộ huyện Hướng Hóa"),
    (LOWER_CONFERENCE, "conference", "19"),
    (LOWER_CONFERENCE, "term", "XVII"),
    (LOWER_CONFERENCE, "title", "về tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2024"),
    (LOWER_CONGRESS, "title_issuer", "Đại hội đại biểu Đảng bộ xã Vĩnh Lộc"),
    (LOWER_CONGRESS, "term", "I"),
    (LOWER_CONGRESS, "title", "Đại hội đại biểu Đảng bộ xã Vĩnh Lộc lần thứ I, nhiệm kỳ 2025 - 2030"),
    (CONGRESS_THEN_BODY, "title", "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ VĨNH LỘC LẦN THỨ I, NHIỆM KỲ 2025 - 2030"),
    (LONG_TITLE, "title", LONG_TITLE.split("\n\n")[1]),
    (DONE_TITLE, "title", "kết quả thực hiện các nhiệm vụ đã đề ra năm 2023"),
    (SUBMITTED, "title", "tình hình thực hiện nhiệm vụ năm 2025"),
    (SUBMITTED, "conference", "3"),
    (SUBMITTED, "term", "I"),
    (ASIDE, "title", "tình hình thực hiện nhiệm vụ năm 2025\n(kèm theo phụ lục)"),
    # negatives
    (LONG_SENTENCE, "title", None),
    (DONE_SENTENCE, "title", None),
    (MEETING_SENTENCE, "title_issuer", None),
    (MEETING_SENTENCE, "term", None),
    (CAPITAL_OPENING, "title", None),
    (LOWER_NO_ABOUT, "title_issuer", None),
    (ASIDE, "conference", None),
    (COUNCIL_NOTE, "term", None),
    (COUNCIL_NOTE, "conference", None),
    (BODY_CAPS, "kind", None),
    (RULES, "title", None),
    (NO_TITLE, "title", None),
    (FORMULA, "kind", None),
    (MIXED, "kind", None),
    (LETTER, "kind", None),
    (SEED_LIKE, "enactor", None),
    (TOWN, "conference", None),
    (BOLD, "term", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "field", "expected"), CASES)
def test_title_block(text: str, field: str, expected: str | None) -> None:
    document = doc(text, with_meta=False)
    span = getattr(document.layout, field)
    assert (document.slice(span) if span else None) == expected


@pytest.mark.parametrize("text", [SEED_LIKE, DASHES, BOLD])
def test_title_block_is_not_body(text: str) -> None:
    layout = doc(text, with_meta=False).layout
    assert layout.title_block is not None
    assert layout.title_block[1] <= layout.body[0]
