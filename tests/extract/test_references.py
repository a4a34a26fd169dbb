"""Citations of other documents: what is a citation, what it covers, its fields."""

from __future__ import annotations

import json

import pytest

from tests.conftest import GOLD, SEEDS
from tests.factories import doc, span_of
from vankien.extract.references import extract
from vankien.vocab import table

# fmt: off
FOUND = [
    # (text, the citation as written, doc_type, number, date, issuer)
    # Party number-symbols, with the date and the issuer written after them
    ("tiếp tục thực hiện Nghị quyết số 04-NQ/TU ngày 14/12/2022 của Hội nghị Thị ủy lần thứ 11 (khóa XXI); Kết luận",
     "Nghị quyết số 04-NQ/TU ngày 14/12/2022", "NQ", "04-NQ/TU", "2022-12-14", "Hội nghị Thị ủy lần thứ 11 (khóa XXI)"),
    ("Kết luận số 1873-KL/TU ngày 13/7/2023 của Tỉnh ủy (khóa XX) về tình hình",
     "Kết luận số 1873-KL/TU ngày 13/7/2023", "KL", "1873-KL/TU", "2023-07-13", "Tỉnh ủy (khóa XX)"),
    ("Tổng kết Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng, 05 năm",
     "Nghị quyết số 25-NQ/TW ngày 03/6/2013", "NQ", "25-NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng"),
    ("thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư về tăng cường",
     "Kết luận số 43-KL/TW ngày 07/01/2019", "KL", "43-KL/TW", "2019-01-07", "Ban Bí thư"),
    ("Thực hiện tốt Quy định số 04-QĐ/TU, ngày 17/3/2017 của Ban Thường vụ Tỉnh ủy về",
     "Quy định số 04-QĐ/TU, ngày 17/3/2017", "QĐ", "04-QĐ/TU", "2017-03-17", "Ban Thường vụ Tỉnh ủy"),
    ("nêu gương trong Quy định số 101-QĐ/TW của Ban Bí thư Trung ương Đảng (khóa XI); kết quả",
     "Quy định số 101-QĐ/TW", "QĐ", "101-QĐ/TW", None, "Ban Bí thư Trung ương Đảng (khóa XI)"),
    ("gắn với Kết luận số 01-KL/TW của Bộ Chính trị khóa (XIII) về tiếp tục",
     "Kết luận số 01-KL/TW", "KL", "01-KL/TW", None, "Bộ Chính trị khóa (XIII)"),
    ("về tiếp tục thực hiện Chỉ thị\nsố 05-CT/TW của Bộ Chính trị",
     "Chỉ thị\nsố 05-CT/TW", "CT", "05-CT/TW", None, "Bộ Chính trị"),
    ("Căn cứ Thông báo số 212-TB/TU ngày 23/01/2026 của Thành ủy Hà Nội;",
     "Thông báo số 212-TB/TU ngày 23/01/2026", "TB", "212-TB/TU", "2026-01-23", "Thành ủy Hà Nội"),
    ("Chương trình hành động số 08-CTr/TU ngày 17/3/2026 của Thành ủy Hà Nội thực hiện",
     "Chương trình hành động số 08-CTr/TU ngày 17/3/2026", "CTr", "08-CTr/TU", "2026-03-17", "Thành ủy Hà Nội"),
    ("theo Hướng dẫn số 36-HD/VPTW ngày 03/02/2025 của Văn phòng Trung ương Đảng về",
     "Hướng dẫn số 36-HD/VPTW ngày 03/02/2025", "HD", "36-HD/VPTW", "2025-02-03", "Văn phòng Trung ương Đảng"),
    ("theo Nghị quyết số 16-NQ/ĐU ngày 14-12-2022 của Ban Chấp hành Đảng bộ xã về",
     "Nghị quyết số 16-NQ/ĐU ngày 14-12-2022", "NQ", "16-NQ/ĐU", "2022-12-14", "Ban Chấp hành Đảng bộ xã"),
    ("theo Thông báo số 35-TB/VPTU ngày 05/01/2024.",
     "Thông báo số 35-TB/VPTU ngày 05/01/2024", "TB", "35-TB/VPTU", "2024-01-05", None),
    ("Kết luận số 35-KL/QU ngày 02/3/2023 của Ban Thường vụ Quận ủy về",
     "Kết luận số 35-KL/QU ngày 02/3/2023", "KL", "35-KL/QU", "2023-03-02", "Ban Thường vụ Quận ủy"),
    ("Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về",
     "Quy định số 08-QĐi/TW ngày 25/10/2018", "QĐ", "08-QĐi/TW", "2018-10-25", "Ban Chấp hành Trung ương"),
    # one date written after two numbers belongs to the second only
    ("Thực hiện Quyết định số 842-QĐ/TU và Kế hoạch số 196-KH/TU ngày 25/10/2022 của Ban Thường vụ Tỉnh ủy về việc",
     "Quyết định số 842-QĐ/TU", "QĐ", "842-QĐ/TU", None, "Ban Thường vụ Tỉnh ủy"),
    # numbers of one kind named once share the date written after the last
    ("gắn với tổng kết Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng",
     "Nghị quyết số 18-NQ/TW", "NQ", "18-NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương Đảng"),
    ("các Chỉ thị số 05-CT/TU, số 06-CT/TU ngày 12/3/2021 của Ban Thường vụ Tỉnh ủy",
     "Chỉ thị số 05-CT/TU", "CT", "05-CT/TU", "2021-03-12", "Ban Thường vụ Tỉnh ủy"),
    # ... but not numbers far apart, or of other years: each has its own date
    ("Căn cứ Quy định số 22-QĐ/TW, 69-QĐ/TW ngày 06/7/2022 của Bộ Chính trị",
     "Quy định số 22-QĐ/TW", "QĐ", "22-QĐ/TW", None, "Bộ Chính trị"),
    ("Căn cứ Nghị định số 15/2021/NĐ-CP, 35/2023/NĐ-CP ngày 20/6/2023 của Chính phủ",
     "Nghị định số 15/2021/NĐ-CP", "NĐ", "15/2021/NĐ-CP", None, "Chính phủ"),
    ("Thực hiện Nghị quyết số 18-NQ/TW ngày 01/10/2017, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương",
     "Nghị quyết số 18-NQ/TW ngày 01/10/2017", "NQ", "18-NQ/TW", "2017-10-01", "Ban Chấp hành Trung ương"),
    ("Thực hiện Quyết định số 842-QĐ/TU và Kế hoạch số 196-KH/TU ngày 25/10/2022 của Ban Thường vụ Tỉnh ủy về việc",
     "Kế hoạch số 196-KH/TU ngày 25/10/2022", "KH", "196-KH/TU", "2022-10-25", "Ban Thường vụ Tỉnh ủy"),
    ("Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị Trung ương 6 khóa XII về tinh gọn.",
     "Nghị quyết số 18-NQ/TW ngày 25/10/2017", "NQ", "18-NQ/TW", "2017-10-25", "Hội nghị Trung ương 6 khóa XII"),
    # a kind's symbol as its name: the citation starts there, and a list shares its issuer
    ("Thực hiện NQ số 04-NQ/TU ngày 14/12/2022 của Tỉnh ủy.",
     "NQ số 04-NQ/TU ngày 14/12/2022", "NQ", "04-NQ/TU", "2022-12-14", "Tỉnh ủy"),
    ("Theo KL 21-KL/TW và CT 05-CT/TW của Bộ Chính trị.",
     "KL 21-KL/TW", "KL", "21-KL/TW", None, "Bộ Chính trị"),
    # "cùng ngày": the date of every citation of the list (without "cùng", the last one's)
    ("Thực hiện Nghị quyết số 04-NQ/TU và Nghị quyết số 05-NQ/TU cùng ngày 14/12/2022 của Tỉnh ủy.",
     "Nghị quyết số 04-NQ/TU", "NQ", "04-NQ/TU", "2022-12-14", "Tỉnh ủy"),
    ("Thực hiện Nghị quyết số 04-NQ/TU và Nghị quyết số 05-NQ/TU cùng ngày 14/12/2022 của Tỉnh ủy.",
     "Nghị quyết số 05-NQ/TU cùng ngày 14/12/2022", "NQ", "05-NQ/TU", "2022-12-14", "Tỉnh ủy"),
    # number normalised: spaces dropped, the kind part in its canonical case
    ("theo Nghị quyết số 04 - NQ/TU ngày 14/12/2022",
     "Nghị quyết số 04 - NQ/TU ngày 14/12/2022", "NQ", "04-NQ/TU", "2022-12-14", None),
    ("theo Chương trình số 08-CTR/TU.",
     "Chương trình số 08-CTR/TU", "CTr", "08-CTr/TU", None, None),
    ("theo Quyết định số 1234/QÐ-UBND ngày 12/3/2020 của UBND tỉnh",
     "Quyết định số 1234/QÐ-UBND ngày 12/3/2020", "QĐ", "1234/QĐ-UBND", "2020-03-12", "UBND tỉnh"),
    ("Báo cáo tiếp thu, giải trình số 475/BC-UBTVQHI4 của Ủy ban Thường vụ Quốc hội",
     "Báo cáo tiếp thu, giải trình số 475/BC-UBTVQHI4", "BC", "475/BC-UBTVQH14", None, "Ủy ban Thường vụ Quốc hội"),
    ("thực hiện Nghị quyết số 04-\nNQ/TU ngày 14/12/2022 của Tỉnh ủy",
     "Nghị quyết số 04-\nNQ/TU ngày 14/12/2022", "NQ", "04-NQ/TU", "2022-12-14", "Tỉnh ủy"),
    ("Căn cứ Nghị định số 39/2022/\nNĐ-CP ngày 18/6/2022 của Chính phủ",
     "Nghị định số 39/2022/\nNĐ-CP ngày 18/6/2022", "NĐ", "39/2022/NĐ-CP", "2022-06-18", "Chính phủ"),
    ("Thực hiện Công văn số: 123/UBND-VX ngày 05/4/2026, các phòng",
     "Công văn số: 123/UBND-VX ngày 05/4/2026", "CV", "123/UBND-VX", "2026-04-05", None),
    # dates: after the issuer, in brackets, over a line break, impossible
    ("Nghị quyết số 04-NQ/TU của Tỉnh ủy ngày 14/12/2022 về",
     "Nghị quyết số 04-NQ/TU của Tỉnh ủy ngày 14/12/2022", "NQ", "04-NQ/TU", "2022-12-14", "Tỉnh ủy"),
    ("như Nghị quyết số 04-NQ/TU (ngày 14/12/2022) đã nêu",
     "Nghị quyết số 04-NQ/TU (ngày 14/12/2022)", "NQ", "04-NQ/TU", "2022-12-14", None),
    ("Thông tư số 18/2025/TT-BCT ngày 13\ntháng 3 năm 2025 của Bộ trưởng Bộ Công Thương sửa đổi",
     "Thông tư số 18/2025/TT-BCT ngày 13\ntháng 3 năm 2025", "TT", "18/2025/TT-BCT", "2025-03-13", "Bộ trưởng Bộ Công Thương"),
    ("Kế hoạch số 12-KH/HU ngày 31/02/2023 của Huyện ủy",
     "Kế hoạch số 12-KH/HU ngày 31/02/2023", "KH", "12-KH/HU", None, "Huyện ủy"),
    # state number-symbols
    ("theo Chỉ thị số 08/CT-TTg ngày 23/3/2023 của Thủ tướng Chính phủ, nâng cao",
     "Chỉ thị số 08/CT-TTg ngày 23/3/2023", "CT", "08/CT-TTg", "2023-03-23", "Thủ tướng Chính phủ"),
    ("Triển khai thực hiện có hiệu quả Nghị quyết 128/NQ-CP của Chính phủ về ban hành",
     "Nghị quyết 128/NQ-CP", "NQ", "128/NQ-CP", None, "Chính phủ"),
    ("theo Quyết định số 3447/QĐ-BYT, ngày 22/9/2011 của Bộ Y tế. Trong năm",
     "Quyết định số 3447/QĐ-BYT, ngày 22/9/2011", "QĐ", "3447/QĐ-BYT", "2011-09-22", "Bộ Y tế"),
    ("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;",
     "Luật Tổ chức Chính phủ số 63/2025/QH15", "L", "63/2025/QH15", None, None),
    ("Căn cứ Bộ luật Lao động số 45/2019/QH14;",
     "Bộ luật Lao động số 45/2019/QH14", "L", "45/2019/QH14", None, None),
    ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi",
     "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15", "L", "64/2025/QH15", None, None),
    ("được sửa đổi, bổ sung bởi Luật số 73/2025/QH15, Luật số 84/2025/QH15;",
     "Luật số 84/2025/QH15", "L", "84/2025/QH15", None, None),
    ("Căn cứ Nghị định số 39/2022/NĐ-CP ngày 18 tháng 6 năm 2022 của Chính phủ ban hành Quy chế",
     "Nghị định số 39/2022/NĐ-CP ngày 18 tháng 6 năm 2022", "NĐ", "39/2022/NĐ-CP", "2022-06-18", "Chính phủ"),
    ("Bãi bỏ Thông tư số 97/2026/TT-BTC ngày 16 tháng 4 năm 2026 của Bộ trưởng Bộ Tài chính hướng dẫn",
     "Thông tư số 97/2026/TT-BTC ngày 16 tháng 4 năm 2026", "TT", "97/2026/TT-BTC", "2026-04-16", "Bộ trưởng Bộ Tài chính"),
    ("Theo đề nghị của Bộ Nông nghiệp và Môi trường tại Tờ trình số 4017/TTr-BNNMT ngày 23 tháng 4 năm 2026",
     "Tờ trình số 4017/TTr-BNNMT ngày 23 tháng 4 năm 2026", "TTr", "4017/TTr-BNNMT", "2026-04-23", "Bộ Nông nghiệp và Môi trường"),
    ("tại Tờ trình số 83/TTr-UBND, các văn bản số 1407/UBND-NNMT ngày 05 tháng 4 năm 2026 và số 1446/UBND-NNMT ngày 07 tháng 4 năm 2026.",
     "văn bản số 1407/UBND-NNMT ngày 05 tháng 4 năm 2026", "CV", "1407/UBND-NNMT", "2026-04-05", None),
    ("tại Tờ trình số 83/TTr-UBND, các văn bản số 1407/UBND-NNMT ngày 05 tháng 4 năm 2026 và số 1446/UBND-NNMT ngày 07 tháng 4 năm 2026.",
     "số 1446/UBND-NNMT ngày 07 tháng 4 năm 2026", "CV", "1446/UBND-NNMT", "2026-04-07", None),
    ("tại Công điện số 40/CĐ-TTg ngày 19 tháng 5 năm 2026 của Thủ tướng Chính phủ về",
     "Công điện số 40/CĐ-TTg ngày 19 tháng 5 năm 2026", "CĐ", "40/CĐ-TTg", "2026-05-19", "Thủ tướng Chính phủ"),
    ("Căn cứ Nghị quyết số 86/2019/QH14 của Quốc hội về dự toán",
     "Nghị quyết số 86/2019/QH14", "NQ", "86/2019/QH14", None, "Quốc hội"),
    ("công chức và lực lượng vũ trang (Nghị định số 204/2004/NĐ-CP).",
     "Nghị định số 204/2004/NĐ-CP", "NĐ", "204/2004/NĐ-CP", None, None),
    ("theo Thông tư liên tịch số 01/2015/TTLT-BTC-BNV hướng dẫn",
     "Thông tư liên tịch số 01/2015/TTLT-BTC-BNV", "TTLT", "01/2015/TTLT-BTC-BNV", None, None),
    ("Kế hoạch số 325/KH-UBND ngày 03/12/2025 của UBND Thành phố về khắc phục",
     "Kế hoạch số 325/KH-UBND ngày 03/12/2025", "KH", "325/KH-UBND", "2025-12-03", "UBND Thành phố"),
    ("Nghị quyết số 142/2024/QH15 ngày 29 tháng 6 năm 2024 của kỳ họp thứ 7",
     "Nghị quyết số 142/2024/QH15 ngày 29 tháng 6 năm 2024", "NQ", "142/2024/QH15", "2024-06-29", None),
    ("SỬA ĐỔI THÔNG TƯ SỐ 79/2024/TT-BCA NGÀY 15 THÁNG 11 NĂM 2024 CỦA BỘ TRƯỞNG BỘ CÔNG AN QUY ĐỊNH VỀ",
     "THÔNG TƯ SỐ 79/2024/TT-BCA NGÀY 15 THÁNG 11 NĂM 2024", "TT", "79/2024/TT-BCA", "2024-11-15", "BỘ TRƯỞNG BỘ CÔNG AN"),
    # the old state form: number and issuer only, after a kind word and "số"
    ("theo Quyết định số 111-HĐBT ngày 13 tháng 10 năm 1981 của Hội đồng Bộ trưởng về việc",
     "Quyết định số 111-HĐBT ngày 13 tháng 10 năm 1981", "QĐ", "111-HĐBT", "1981-10-13", "Hội đồng Bộ trưởng"),
    ("sửa đổi Nghị định số 50/CP ngày 26 tháng 7 năm 1995 của Chính phủ về",
     "Nghị định số 50/CP ngày 26 tháng 7 năm 1995", "NĐ", "50/CP", "1995-07-26", "Chính phủ"),
    # citations without a number: a conference or congress resolution
    ("việc thực hiện Quy định số 30-QĐ/TƯ ngày 26.7.2016 của Ban Chấp hành Trung ương về",
     "Quy định số 30-QĐ/TƯ ngày 26.7.2016", "QĐ", "30-QĐ/TW", "2016-07-26", "Ban Chấp hành Trung ương"),
    # a kind and "số" with a bare number: a citation without a number-symbol
    ("Thực hiện Chỉ thị số 35 ngày 30/5/2019 của Bộ Chính trị về đại hội",
     "Chỉ thị số 35 ngày 30/5/2019", "CT", None, "2019-05-30", "Bộ Chính trị"),
    ("tổng kết việc thực hiện Nghị quyết số 18 ngày 25-10-2017 của Ban Chấp hành Trung ương",
     "Nghị quyết số 18 ngày 25-10-2017", "NQ", None, "2017-10-25", "Ban Chấp hành Trung ương"),
    ("và Kế hoạch số 101 của Tỉnh ủy về Đại hội", "Kế hoạch số 101", "KH", None, None, "Tỉnh ủy"),
    ("thực hiện Chỉ thị 46 của Bộ Chính trị về bầu cử", "Chỉ thị 46", "CT", None, None, "Bộ Chính trị"),
    ("đánh giá chất lượng sinh hoạt chi bộ theo Quy định 08 của Tỉnh ủy;", "Quy định 08", "QĐ", None, None, "Tỉnh ủy"),
    ("Đẩy mạnh thực hiện Nghị quyết 25 của BCH Trung ương về", "Nghị quyết 25", "NQ", None, None, "BCH Trung ương"),
    ("Tiếp tục chỉ đạo thực hiện Nghị quyết Trung ương 4 (khóa XII) về tăng cường",
     "Nghị quyết Trung ương 4 (khóa XII)", "NQ", None, None, None),
    ("quán triệt Nghị quyết Hội nghị Trung ương 7 (khóa XIII) và các văn bản",
     "Nghị quyết Hội nghị Trung ương 7 (khóa XIII)", "NQ", None, None, None),
    ("nghị quyết đại hội đảng bộ các cấp, Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI trên các mặt",
     "Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI", "NQ", None, None, None),
    ("Tổng kết thực hiện nghị quyết Đại hội Đảng bộ phường nhiệm kỳ 2020-2025 và xác định",
     "nghị quyết Đại hội Đảng bộ phường nhiệm kỳ 2020-2025", "NQ", None, None, None),
    ("theo tinh thần Nghị quyết Đại hội XIII của Đảng.",
     "Nghị quyết Đại hội XIII", "NQ", None, None, "Đảng"),
    ("Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương khóa XIII về Chiến lược",
     "Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương khóa XIII", "NQ", None, None, None),
    ("thực hiện Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII về",
     "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII", "NQ", None, None, None),
    ("NGHỊ QUYẾT\nHỘI NGHỊ LẦN THỨ 13\nBAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA XXI\nvề nhiệm vụ quý II\n\n"
     "tiếp tục thực hiện Nghị quyết Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ huyện.",
     "Nghị quyết Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ huyện", "NQ", None, None, None),
    # a law or the constitution named without a number
    ("Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;",
     "Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025", "L", None, "2025-02-18", None),
    ("quy định tại Điều 1 Luật Viên chức; b) Cán bộ",
     "Luật Viên chức", "L", None, None, None),
    ("theo Bộ luật Dân sự năm 2015 và",
     "Bộ luật Dân sự", "L", None, None, None),
    ("Căn cứ Luật Ngân hàng Nhà nước Việt Nam ngày 16 tháng 6 năm 2010;",
     "Luật Ngân hàng Nhà nước Việt Nam ngày 16 tháng 6 năm 2010", "L", None, "2010-06-16", None),
    ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
     "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", None, None, None, None),
    ("Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
     "Điều lệ Đảng Cộng sản Việt Nam", None, None, None, None),
    # "/TƯ" is Trung ương's symbol written with the horn, unless a provincial committee issued it
    ("Sau 10 năm thực hiện Nghị quyết 13-NQ/TƯ của Tỉnh ủy (khóa XIV), hạ tầng phát triển.",
     "Nghị quyết 13-NQ/TƯ", "NQ", "13-NQ/TU", None, "Tỉnh ủy (khóa XIV)"),
    ("Thực hiện Nghị quyết số 18-NQ/TƯ của Ban Chấp hành Trung ương về tinh gọn bộ máy.",
     "Nghị quyết số 18-NQ/TƯ", "NQ", "18-NQ/TW", None, "Ban Chấp hành Trung ương"),
    # a bare number, then a comma and the date
    ("Thực hiện Chỉ thị số 45, ngày 20/6/2020 của Ban Thường vụ Tỉnh ủy về đại hội.",
     "Chỉ thị số 45, ngày 20/6/2020", "CT", None, "2020-06-20", "Ban Thường vụ Tỉnh ủy"),
    # a committee's working rules of one term
    ("- Căn cứ Quy chế làm việc của Ủy ban Kiểm tra Tỉnh ủy nhiệm kỳ 2025 - 2030;",
     "Quy chế làm việc của Ủy ban Kiểm tra Tỉnh ủy nhiệm kỳ 2025 - 2030", "QC", None, None, None),
    ("- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư khóa XIII;",
     "Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư khóa XIII", "QC", None, None, None),
    ("Kết luận số 12-KL/HU ngày 05/6/2023 của Thường trực Huyện ủy về",
     "Kết luận số 12-KL/HU ngày 05/6/2023", "KL", "12-KL/HU", "2023-06-05", "Thường trực Huyện ủy"),
    ("căn cứ Thông tri số 07-TT/TW ngày 05/3/2024 của Ban Bí thư",
     "Thông tri số 07-TT/TW ngày 05/3/2024", "TT", "07-TT/TW", "2024-03-05", "Ban Bí thư"),
    # an issuer head whose name must follow and does not: no issuer ("bộ phận" is no Bộ)
    ("theo Nghị quyết số 04-NQ/TU của bộ phận văn phòng",
     "Nghị quyết số 04-NQ/TU", "NQ", "04-NQ/TU", None, None),
]

NOT_CITATIONS = [
    # (text, why nothing is a citation)
    ("ĐẢNG BỘ TỈNH\nSố: 16-NQ/TW\nHà Nội, ngày 21 tháng 7 năm 2026",  "the document's own number"),
    ("**Số:** 365/TB-VPCP\n\n# Thông báo số 365/TB-VPCP",              "the own number, also where repeated"),
    ("Số 77-KL/TW Hà Nội, ngày 05 tháng 6 năm 2020",                   "the own number without a colon"),
    ("Nghị quyết số: 86/2019/QH14 Độc lập - Tự do - Hạnh phúc",        "the own number in a state header"),
    ("Số: /TB-UBND\n\nHà Nội, ngày tháng năm",                          "a blank own number"),
    ("Số 12 người tham dự; số lượng 35 người.",                          "a count after số, no kind word"),
    ("Ban hành kế hoạch số lượng lớn 12 đầu sách.",                      "a kind word, no số and number"),
    ("Thực hiện kế hoạch 5 năm 2021-2025 của tỉnh.",                     "a plan's length, not its number"),
    ("có 56/74 ấp, khu phố thực hiện mô hình, đạt 75,56%",              "a fraction"),
    ("tiếp công dân 10 lượt/11 người",                                  "a count per count"),
    ("Điện thoại: 0251.3822.123",                                       "a phone number"),
    ("quy định tại Điều 3 của Nghị quyết này",                          "an article of this document"),
    ("Lưu VPTU.\n\nT-M3T/TB55",                                          "a typist's code"),
    ("Trang 2/5",                                                       "a page number"),
    ("Áp dụng QCVN 01:2021/BYT và TCVN 5574:2018 trong xây dựng.",        "technical standards"),
    ("Kê khai theo mẫu số 01/TK-TNCN ban hành kèm theo.",                "a form's number"),
    ("Ngày 14/12/2022, Hội nghị đã thảo luận",                          "a date"),
    ("trong năm 2022 và năm 2023",                                      "bare years"),
    ("tổng kết các chỉ thị, nghị quyết, kết luận của Đảng",             "generic words"),
    ("triển khai thực hiện thắng lợi Nghị quyết này.",                  "this document"),
    ("thực hiện tốt nghị quyết đại hội đảng bộ các cấp.",               "no congress named"),
    ("nghị quyết đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025 đề ra",  "a class of congresses"),
    ("NGHỊ QUYẾT\nHỘI NGHỊ LẦN THỨ 13\nBAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA XXI", "the document's own kind line"),
    ("GDP quý 1/2020 chỉ tăng 3,82 %",                                  "a quarter"),
    ("thu nhập bình quân 55 triệu đồng/người",                          "a unit"),
    ("triển khai thực hiện Kết luận của Bộ Chính trị.",                 "no number, no conference"),
    ("Nghị quyết Trung ương về xây dựng Đảng",                          "no conference number"),
    ("thợ bậc 5/6, 6/7 trở lên",                                        "grades"),
    ("Đoàn kiểm tra số 1 của Ban Thường vụ Tỉnh ủy",                    "a team's number"),
    ("- Đầu tư xây dựng đường Vành đai 4 - Vùng Thủ đô Hà Nội;",       "a road's name"),
    ("- Đường Vành đai 3-TP Thủ Đức;",                                  "a dash without a kind word before"),
    ("NGHỊ QUYẾT\nHỘI NGHỊ LẦN THỨ 13\nBAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA XXI\nvề nhiệm vụ quý II\n\n"
     "Các cấp ủy triển khai thực hiện Nghị quyết Hội nghị lần thứ 13.",  "the resolution of this conference"),
    ("thực hiện theo quy định của pháp luật hiện hành.",                "lower-case luật"),
    ("cần đưa vào dự án Luật Đô thị đặc biệt (Luật Phát triển đô thị)", "a bill"),
    ("bãi bỏ quy định tại Luật này.",                                   "this law"),
    ("áp dụng các biện pháp phòng, chống",                              "biện pháp is no Hiến pháp"),
    ("sửa đổi điều lệ đảng bộ cơ sở",                                    "lower-case words"),
    ("Nghị quyết đại hội vì sự phát triển",                             "a lower-case word is no Roman numeral"),
    ("Xây dựng quy chế làm việc của Ban Chấp hành Đảng bộ khóa XX.",  "lower-case quy chế: the document to be made"),
    ("Căn cứ Quy chế làm việc của cơ quan năm 2023;",                  "working rules of no term"),
    ("Xây dựng Quy chế làm việc của Ban Chấp hành Đảng bộ xã nhiệm kỳ mới;", "working rules of a term to come"),
]
# fmt: on


@pytest.mark.parametrize(("text", "written", "doc_type", "number", "date", "issuer"), FOUND)
def test_citation_is_found(text, written, doc_type, number, date, issuer):
    document = doc(text)
    span = span_of(document.text, written)
    found = [r for r in extract(document) if r.span == span]
    assert found, extract(document)
    ref = found[0]
    assert ref.text == written
    assert (ref.doc_type, ref.number, ref.date, ref.issuer) == (doc_type, number, date, issuer)


@pytest.mark.parametrize(("text", "why"), NOT_CITATIONS)
def test_not_a_citation(text, why):
    assert extract(doc(text)) == [], why


def test_every_citation_is_grounded_and_ordered():
    text = " ".join(case[0] for case in FOUND)
    document = doc(text)
    refs = extract(document)
    assert len(refs) >= len({case[3] for case in FOUND})
    assert all(document.text[r.span[0] : r.span[1]] == r.text for r in refs)
    assert [r.span for r in refs] == sorted(r.span for r in refs)


def _gold_cases():
    return [pytest.param(path, id=path.stem) for path in sorted(GOLD.glob("*.json"))]


@pytest.mark.parametrize("gold_path", _gold_cases())
def test_seed_citations_match_gold(gold_path):
    """On the hand-annotated seeds: the same number-symbols as the gold, with its dates."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    document = doc((SEEDS / gold["file"]).read_text(encoding="utf-8"))
    refs = extract(document)
    found = {r.number for r in refs if r.number}
    assert found == {g["number"] for g in gold["references"] if g.get("number")}
    for want in gold["references"]:
        if want.get("number") and want.get("date") != "any":
            assert want["date"] in {r.date for r in refs if r.number == want["number"]}, want


_BARE = table("references")["bare_number"]


@pytest.mark.parametrize("example", _BARE["examples"])
def test_bare_number_examples_are_citations_without_a_symbol(example):
    found = extract(doc(f"Thực hiện {example} về công tác."))
    assert [r.number for r in found if r.text.startswith(example[:8])] == [None]


@pytest.mark.parametrize("counter", _BARE["counter_examples"])
def test_bare_number_counter_examples_are_not(counter):
    found = extract(doc(f"Thực hiện {counter} về công tác."))
    assert not [r for r in found if r.number is None]
