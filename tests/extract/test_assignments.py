"""assignments: who is charged with what, by when — must-find and must-not-find tables."""

from __future__ import annotations

import json

import pytest

from tests.conftest import GOLD, SEEDS, corpus_files
from tests.factories import doc
from vankien.extract import assignment_bodies, assignments
from vankien.extract.assignment_zones import zones
from vankien.folding import fold
from vankien.load import load
from vankien.models import Meta, Periods
from vankien.vocab import table

TIEN = "III. TỔ CHỨC THỰC HIỆN\n\n"
NHIEM_VU = "II- MỘT SỐ NHIỆM VỤ CẦN TẬP TRUNG CHỈ ĐẠO NĂM 2023\n\n"
KET_QUA = "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NĂM 2022\n\n"

# (text, charging phrase, responsible, due_text, due)
# fmt: off
FOUND = [
    # "trong" links bodies to the organisation they are in; an organ's field in lower case
    (TIEN + "3. Các cấp ủy, tổ chức đảng, cơ quan, đơn vị trong Đảng bộ thành phố có trách nhiệm quán triệt Chỉ thị.",
     "Các cấp ủy, tổ chức đảng, cơ quan, đơn vị trong Đảng bộ thành phố có trách nhiệm",
     "Các cấp ủy, tổ chức đảng, cơ quan, đơn vị trong Đảng bộ thành phố", None, None),
    (TIEN + "- Giao Phòng Bảo vệ chính trị nội bộ phối hợp thẩm định hồ sơ.",
     "Giao Phòng Bảo vệ chính trị nội bộ phối hợp", "Phòng Bảo vệ chính trị nội bộ", None, None),
    # a congress's sub-committees; a project board's field in lower case
    (TIEN + "1. Tiểu ban Văn kiện có trách nhiệm chuẩn bị dự thảo Báo cáo chính trị, hoàn thành trước ngày 28/02/2025.",
     "Tiểu ban Văn kiện có trách nhiệm", "Tiểu ban Văn kiện", "hoàn thành trước ngày 28/02/2025", "2025-02-28"),
    (TIEN + "- Giao Ban Quản lý dự án đầu tư xây dựng thành phố đẩy nhanh tiến độ thi công.",
     "Giao Ban Quản lý dự án đầu tư xây dựng thành phố đẩy nhanh", "Ban Quản lý dự án đầu tư xây dựng thành phố", None, None),
    # an organ's name may join its fields with a hyphen or a comma ("Lao động - Thương binh và Xã hội")
    (TIEN + "3. Phòng Lao động - Thương binh và Xã hội huyện chủ trì, phối hợp với Phòng Tài chính - Kế hoạch tham mưu bố trí nguồn lực, trình Ủy ban nhân dân huyện trước ngày 31/7/2024.",
     "Phòng Lao động - Thương binh và Xã hội huyện chủ trì", "Phòng Lao động - Thương binh và Xã hội huyện", "trước ngày 31/7/2024", "2024-07-31"),
    (TIEN + "4. Sở Lao động, Thương binh và Xã hội chủ trì, phối hợp với Sở Nội vụ rà soát chính sách.",
     "Sở Lao động, Thương binh và Xã hội chủ trì", "Sở Lao động, Thương binh và Xã hội", None, None),
    # an apposition between the bodies and their charge ("là địa bàn trọng điểm")
    ("KẾ HOẠCH\nvề việc\n\nIV. TỔ CHỨC THỰC HIỆN\n\n5. Đảng ủy xã Tiên Hưng, Đảng ủy xã Đông Phú là địa bàn trọng điểm có trách nhiệm xây dựng kế hoạch chuyên đề; hoàn thành trước ngày 31/3/2024.",
     "Đảng ủy xã Tiên Hưng, Đảng ủy xã Đông Phú là địa bàn trọng điểm có trách nhiệm",
     "Đảng ủy xã Tiên Hưng, Đảng ủy xã Đông Phú", "hoàn thành trước ngày 31/3/2024", "2024-03-31"),
    # a unit's number closes its name ("Đoàn kiểm tra số 1", "Phòng Kiểm tra số 3")
    ("THÔNG BÁO\nkết luận\n\nNội dung.\n\n2. Giao Đoàn kiểm tra số 1 báo cáo kết quả kiểm tra trước ngày 30/6/2025.",
     "Giao Đoàn kiểm tra số 1 báo cáo", "Đoàn kiểm tra số 1", "trước ngày 30/6/2025", "2025-06-30"),
    ("THÔNG BÁO\nkết luận\n\nNội dung.\n\n- Giao Phòng Kiểm tra số III theo dõi, đôn đốc việc thực hiện.",
     "Giao Phòng Kiểm tra số III theo dõi", "Phòng Kiểm tra số III", None, None),
    ("THÔNG BÁO\nkết luận\n\nNội dung.\n\n- Giao Ủy ban nhân dân xã số hóa hồ sơ địa chính.",
     "Giao Ủy ban nhân dân xã số hóa", "Ủy ban nhân dân xã", None, None),
    # a chi bộ of a hamlet takes its unit and name ("xóm Yên Lạc", "ấp Tân Lập")
    ("THÔNG BÁO\nkết luận\n\n2. Nhiệm vụ thời gian tới\n\n- Chi ủy Chi bộ xóm Yên Lạc có trách nhiệm phối hợp với Ban Công tác Mặt trận xóm vận động các hộ còn lại.",
     "Chi ủy Chi bộ xóm Yên Lạc có trách nhiệm", "Chi ủy Chi bộ xóm Yên Lạc", None, None),
    ("THÔNG BÁO\nkết luận\n\n2. Nhiệm vụ thời gian tới\n\n- Chi bộ ấp Tân Lập có trách nhiệm vận động nhân dân.",
     "Chi bộ ấp Tân Lập có trách nhiệm", "Chi bộ ấp Tân Lập", None, None),
    ("3. Ban Chấp hành Đảng bộ huyện giao Ban Thường vụ Huyện ủy lãnh đạo, chỉ đạo các cấp ủy triển khai thực hiện Nghị quyết này.",
     "giao Ban Thường vụ Huyện ủy lãnh đạo", "Ban Thường vụ Huyện ủy", None, None),
    ("Giao Ủy ban kiểm tra tham mưu xây dựng chuyên đề kiểm tra thực hiện Nghị quyết.",
     "Giao Ủy ban kiểm tra tham mưu", "Ủy ban kiểm tra", None, None),
    ("** Giao Ủy ban Kiểm tra Tỉnh ủy phối hợp với các đơn vị có liên quan giám sát; báo cáo kết quả cho Ban Thường vụ Tỉnh ủy vào đợt 06 tháng và cuối năm 2023.*",
     "Giao Ủy ban Kiểm tra Tỉnh ủy phối hợp", "Ủy ban Kiểm tra Tỉnh ủy", "06 tháng và cuối năm 2023", "2023-06-30"),
    ("2. Ban Thường vụ Thị ủy có trách nhiệm lãnh đạo, chỉ đạo cụ thể hóa thực hiện Kết luận này.",
     "Ban Thường vụ Thị ủy có trách nhiệm", "Ban Thường vụ Thị ủy", None, None),
    ("2. Ban tuyên giáo Đảng ủy phối hợp khối dân vận Đảng ủy, Ủy ban MTTQ và các đoàn thể có kế hoạch tuyên truyền;",
     "Ban tuyên giáo Đảng ủy phối hợp", "Ban tuyên giáo Đảng ủy", None, None),
    ("Đề nghị Ban Thường vụ Huyện ủy Cẩm Mỹ nghiêm túc triển khai thực hiện và báo cáo kết quả.",
     "Đề nghị Ban Thường vụ Huyện ủy Cẩm Mỹ nghiêm túc", "Ban Thường vụ Huyện ủy Cẩm Mỹ", None, None),
    ("Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng nghiêm túc quán triệt Chỉ thị này.",
     "yêu cầu các cấp ủy, tổ chức đảng nghiêm túc", "các cấp ủy, tổ chức đảng", None, None),
    ("Giao nhiệm vụ cho Ban Dân vận Huyện ủy hướng dẫn xây dựng mô hình “Dân vận khéo”.",
     "Giao nhiệm vụ cho Ban Dân vận Huyện ủy hướng dẫn", "Ban Dân vận Huyện ủy", None, None),
    ("Giao Bộ Tài chính chủ trì, phối hợp với Bộ Nông nghiệp và Môi trường nghiên cứu, báo cáo cấp có thẩm quyền trong tháng 8 năm 2026.",
     "Giao Bộ Tài chính chủ trì", "Bộ Tài chính", "trong tháng 8 năm 2026", "2026-08-31"),
    ("4. **Bộ Kế hoạch và Đầu tư** chủ trì, phối hợp với Bộ Tài chính theo dõi, tổng hợp, báo cáo Chính phủ.",
     "Bộ Kế hoạch và Đầu tư** chủ trì", "Bộ Kế hoạch và Đầu tư", None, None),
    ("Ủy ban nhân dân tỉnh An Giang khẩn trương khắc phục hậu quả vụ tai nạn.",
     "Ủy ban nhân dân tỉnh An Giang khẩn trương", "Ủy ban nhân dân tỉnh An Giang", None, None),
    ("Bộ Y tế, Bộ Giáo dục và Đào tạo phối hợp chặt chẽ theo dõi, đôn đốc các địa phương.",
     "Bộ Y tế, Bộ Giáo dục và Đào tạo phối hợp", "Bộ Y tế, Bộ Giáo dục và Đào tạo", None, None),
    ("- Thành phố khẩn trương rà soát, thiết kế nội dung chính sách đặc thù.",
     "Thành phố khẩn trương", "Thành phố", None, None),
    ("Ủy ban nhân dân các phường, xã có trách nhiệm chỉ đạo, kiểm tra việc treo cờ Tổ quốc.",
     "Ủy ban nhân dân các phường, xã có trách nhiệm", "Ủy ban nhân dân các phường, xã", None, None),
    ("- Ban Kinh tế Trung ương chủ trì, phối hợp với các cơ quan liên quan\nthường xuyên theo dõi, kiểm tra.",
     "Ban Kinh tế Trung ương chủ trì", "Ban Kinh tế Trung ương", None, None),
    ("Trong 6 tháng cuối năm 2023, các cấp, các ngành của thị xã cần nêu cao tinh thần trách nhiệm.",
     "các cấp, các ngành của thị xã cần", "các cấp, các ngành của thị xã", None, None),
    ("Giao Ủy ban nhân dân huyện hoàn thành việc giải phóng mặt bằng trước ngày 30/6/2023.",
     "Giao Ủy ban nhân dân huyện hoàn thành", "Ủy ban nhân dân huyện", "trước ngày 30/6/2023", "2023-06-30"),
    ("Giao Ban Tổ chức Huyện ủy tham mưu tổ chức hội nghị sơ kết trong quý II/2023.",
     "Giao Ban Tổ chức Huyện ủy tham mưu", "Ban Tổ chức Huyện ủy", "trong quý II/2023", "2023-06-30"),
    ("Giao Ban Thường vụ Đảng ủy UBND TP.HCM chỉ đạo rà soát các đề án.",
     "Giao Ban Thường vụ Đảng ủy UBND TP.HCM chỉ đạo", "Ban Thường vụ Đảng ủy UBND TP.HCM", None, None),
    ("- Ban Tuyên giáo T.Ư chủ trì, phối hợp với các cơ quan liên quan tổ chức hội nghị.",
     "Ban Tuyên giáo T.Ư chủ trì", "Ban Tuyên giáo T.Ư", None, None),
    ("Giao Ủy ban nhân dân TP. Hồ Chí Minh chủ trì rà soát các đề án.",
     "Giao Ủy ban nhân dân TP. Hồ Chí Minh chủ trì", "Ủy ban nhân dân TP. Hồ Chí Minh", None, None),
    # the reach of a list of bodies: "từ xã đến thôn", "từ tỉnh đến cơ sở"
    ("Đảng ủy yêu cầu các cấp ủy, chính quyền, các ban, ngành, đoàn thể từ xã đến thôn thi đua lập thành tích.",
     "yêu cầu các cấp ủy, chính quyền, các ban, ngành, đoàn thể từ xã đến thôn thi đua", "các cấp ủy, chính quyền, các ban, ngành, đoàn thể từ xã đến thôn", None, None),
    # committees named by their places before one "ủy": "huyện, thành, thị ủy"
    (TIEN + "Mỗi huyện, thành, thị ủy, đảng ủy trực thuộc chỉ đạo một số đảng bộ cơ sở tổ chức đại hội điểm.",
     "Mỗi huyện, thành, thị ủy, đảng ủy trực thuộc chỉ đạo", "Mỗi huyện, thành, thị ủy, đảng ủy trực thuộc", None, None),
    # a plan's part of time charges like a part of tasks
    ("III. THỜI GIAN\n\nCác chi bộ trực thuộc hoàn thành đại hội trước ngày 30/3/2025.",
     "Các chi bộ trực thuộc hoàn thành", "Các chi bộ trực thuộc", "trước ngày 30/3/2025", "2025-03-30"),
    # a field written in lower case before the place closes an organ's name
    ("Yêu cầu Ban Văn hóa thông tin xã xây dựng kế hoạch tuyên truyền.",
     "Yêu cầu Ban Văn hóa thông tin xã xây dựng", "Ban Văn hóa thông tin xã", None, None),
    ("Đề nghị Chi bộ Trường Trung học phổ thông Võ Thị Hồng chuẩn bị các điều kiện tổ chức đại hội.",
     "Đề nghị Chi bộ Trường Trung học phổ thông Võ Thị Hồng chuẩn bị", "Chi bộ Trường Trung học phổ thông Võ Thị Hồng", None, None),
    (TIEN + "1. Dưới sự chỉ đạo của cấp ủy, các đảng bộ trực thuộc tiến hành tự kiểm tra.",
     "các đảng bộ trực thuộc tiến hành", "các đảng bộ trực thuộc", None, None),
    (TIEN + "2. Trước mắt, Ban Thường vụ Quận ủy, Huyện ủy thực hiện nghiêm túc chủ trương.",
     "Ban Thường vụ Quận ủy, Huyện ủy thực hiện", "Ban Thường vụ Quận ủy, Huyện ủy", None, None),
    ("Đề nghị Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành hoàn thành chậm nhất ngày 15/8/2026.",
     "Đề nghị Ủy ban nhân dân tỉnh chỉ đạo", "Ủy ban nhân dân tỉnh", "chậm nhất ngày 15/8/2026", "2026-08-15"),
    ("Giao Văn phòng Huyện ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Huyện ủy vào cuối năm 2023.",
     "Giao Văn phòng Huyện ủy theo dõi", "Văn phòng Huyện ủy", "cuối năm 2023", "2023-12-31"),
    ("Giao Ủy ban kiểm tra Huyện ủy kiểm tra việc thực hiện hằng năm.",
     "Giao Ủy ban kiểm tra Huyện ủy kiểm tra", "Ủy ban kiểm tra Huyện ủy", None, None),
    ("Giao các Bộ: Công an, Tài chính, Tư pháp có ý kiến trước ngày 10 tháng 5 năm 2026 để báo cáo Thủ tướng Chính phủ.",
     "Giao các Bộ: Công an, Tài chính, Tư pháp có ý kiến", "các Bộ: Công an, Tài chính, Tư pháp", "trước ngày 10 tháng 5 năm 2026", "2026-05-10"),
    (TIEN + "1. Hội đồng nhân dân, Ủy ban nhân dân thị xã; các đảng ủy, chi bộ trực thuộc Thị ủy theo chức năng, nhiệm vụ quán triệt Kết luận này.",
     "Hội đồng nhân dân, Ủy ban nhân dân thị xã; các đảng ủy, chi bộ trực thuộc Thị ủy theo chức năng",
     "Hội đồng nhân dân, Ủy ban nhân dân thị xã; các đảng ủy, chi bộ trực thuộc Thị ủy", None, None),
    (TIEN + "1. Ban chấp hành Đảng bộ, các ngành, tổ chức đoàn thể tổ chức quán triệt Nghị quyết đến cán bộ, đảng viên.",
     "Ban chấp hành Đảng bộ, các ngành, tổ chức đoàn thể tổ chức", "Ban chấp hành Đảng bộ, các ngành, tổ chức đoàn thể", None, None),
    (NHIEM_VU + "1. Ban Thường vụ huyện ủy lãnh đạo, chỉ đạo triển khai thực hiện nghị quyết Tỉnh ủy.",
     "Ban Thường vụ huyện ủy lãnh đạo", "Ban Thường vụ huyện ủy", None, None),
    ("Thủ tướng Chính phủ yêu cầu:\n\n**2.** Bộ Công an chỉ đạo Công an tỉnh khẩn trương điều tra, làm rõ nguyên nhân vụ tai nạn.",
     "Bộ Công an chỉ đạo", "Bộ Công an", None, None),
    ("Điều 6. Trách nhiệm thi hành\n\nCác Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố chịu trách nhiệm thi hành Nghị định này.",
     "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố chịu trách nhiệm",
     "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố", None, None),
    ("IV. TỔ CHỨC THỰC HIỆN\n\n1. Ban Tuyên giáo Huyện ủy\n- Chủ trì, phối hợp tham mưu tổ chức hội nghị quán triệt trước ngày 15/7/2023.\n- Theo dõi, đôn đốc việc thực hiện.",
     "Ban Tuyên giáo Huyện ủy", "Ban Tuyên giáo Huyện ủy", "trước ngày 15/7/2023", "2023-07-15"),
    (TIEN + "3. Các chi, đảng bộ cơ sở: Căn cứ Kế hoạch này xây dựng kế hoạch thực hiện.",
     "Các chi, đảng bộ cơ sở", "Các chi, đảng bộ cơ sở", None, None),
    ("Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tập trung thực hiện tốt một số nhiệm vụ sau:",
     "yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tập trung",
     "các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội", None, None),
    ("Thường trực Huyện ủy thống nhất giao UBND huyện chỉ đạo các xã hoàn thành việc thu hồi đất.",
     "giao UBND huyện chỉ đạo", "UBND huyện", None, None),
    ("Đề nghị các đồng chí Huyện ủy viên gương mẫu thực hiện.",
     "Đề nghị các đồng chí Huyện ủy viên gương mẫu", "các đồng chí Huyện ủy viên", None, None),
    ("Ban Thường vụ Huyện ủy đề nghị:\n2. Sở Giao thông vận tải sớm khảo sát tuyến đường ĐT 639.",
     "Sở Giao thông vận tải sớm", "Sở Giao thông vận tải", None, None),
    ("Điều 3. Bộ trưởng Bộ Nội vụ, Ủy ban nhân dân tỉnh Đắk Lắk và ông Y Nhuân Byă chịu trách nhiệm thi hành Quyết định này./.",
     "Bộ trưởng Bộ Nội vụ, Ủy ban nhân dân tỉnh Đắk Lắk và ông Y Nhuân Byă chịu trách nhiệm",
     "Bộ trưởng Bộ Nội vụ, Ủy ban nhân dân tỉnh Đắk Lắk và ông Y Nhuân Byă", None, None),
    (TIEN + "2. **Ủy ban Thường vụ Quốc hội** giám sát việc thực hiện Nghị quyết này.",
     "Ủy ban Thường vụ Quốc hội** giám sát", "Ủy ban Thường vụ Quốc hội", None, None),
    ("Điều 11. Trách nhiệm thi hành\nCác Bộ trưởng, Chủ tịch Ủy ban nhân dân\ntỉnh, thành phố trực thuộc trung ương và các cơ sở giáo dục chịu trách nhiệm\nthi hành Nghị định này.",
     "Các Bộ trưởng, Chủ tịch Ủy ban nhân dân\ntỉnh, thành phố trực thuộc trung ương và các cơ sở giáo dục chịu trách nhiệm",
     "Các Bộ trưởng, Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và các cơ sở giáo dục", None, None),
    ("**4.** Bộ Ngoại giao khẩn trương phối hợp chặt chẽ với Đại sứ quán Ấn Độ tại Việt Nam./.",
     "Bộ Ngoại giao khẩn trương", "Bộ Ngoại giao", None, None),
    ("Điều 7. Trách nhiệm thi hành\n\n3. Bộ trưởng Bộ Tài chính:\n\n   a) Hướng dẫn việc xác định nhu cầu kinh phí;\n\n   b) Tổng hợp nhu cầu nguồn trước ngày 31/12/2026.",
     "Bộ trưởng Bộ Tài chính", "Bộ trưởng Bộ Tài chính", "trước ngày 31/12/2026", "2026-12-31"),
]

# (text, every charging phrase found) — where a name may begin and what may follow it:
# a full stop inside brackets, a strong predicate in another sentence, a plural head without
# "các", a cue with its trailing words, a name before a colon with no list after it.
EDGES = [
    # a verb before the place is no part of the name
    ("Giao Ban Tuyên giáo phổ biến cho xã kế hoạch tuyên truyền.", ["Giao Ban Tuyên giáo phổ biến"]),
    # an opening phrase before the comma makes the body open its sentence in a part of
    # tasks only, and only a phrase of time or basis
    (KET_QUA + "1. Dưới sự chỉ đạo của cấp ủy, các đảng bộ trực thuộc tiến hành tự kiểm tra.", []),
    (TIEN + "1. Tổ chức hội nghị quán triệt, các đảng bộ trực thuộc tiến hành tự kiểm tra.", []),
    (TIEN + "1. Trong năm, sau khi sáp nhập, các đảng bộ trực thuộc tiến hành tự kiểm tra.", []),
    # an abbreviation's dot before a lower-case word ends the sentence, not a name
    ("Giao Ban Tổ chức Huyện ủy tham mưu cho UBND TP. Tiếp tục rà soát các đề án.",
     ["Giao Ban Tổ chức Huyện ủy tham mưu"]),
    ("Đoàn công tác đã làm việc với UBND TP. Hồ sơ dự án chưa hoàn thiện.", []),
    ("Năm 2024, Ủy ban nhân dân tỉnh (sau đây gọi là Tỉnh.) chủ trì triển khai kế hoạch.",
     ["Ủy ban nhân dân tỉnh (sau đây gọi là Tỉnh.) chủ trì"]),
    ("Năm 2024, Ủy ban nhân dân tỉnh (sau đây gọi là Tỉnh) tổ chức hội nghị. Sở Tài chính chủ trì thẩm định.",
     ["Sở Tài chính chủ trì"]),
    ("Năm 2023, các cơ quan triển khai kế hoạch. Các đơn vị báo cáo kết quả.", []),
    ("Năm 2023, các cơ quan, đơn vị phải báo cáo kết quả trước ngày 15/12/2023.",
     ["các cơ quan, đơn vị phải"]),
    ("TỔ CHỨC THỰC HIỆN\n\n1. Ban Tuyên giáo Huyện ủy hướng dẫn học tập nghị quyết.",
     ["Ban Tuyên giáo Huyện ủy hướng dẫn"]),
    # a name after a stop written a few times a document (found by str.find)
    ("Năm 2023, tổ chức hội nghị sơ kết; Sở Tài chính chủ trì thẩm định kinh phí.",
     ["Sở Tài chính chủ trì"]),
    ("Năm 2023, nhiệm vụ: Sở Tài chính chủ trì thẩm định kinh phí.", ["Sở Tài chính chủ trì"]),
    ("Ai chịu trách nhiệm? Sở Y tế chủ trì kiểm tra các cơ sở.", ["Sở Y tế chủ trì"]),
    ("Phải làm ngay! Sở Y tế chủ trì kiểm tra các cơ sở.", ["Sở Y tế chủ trì"]),
    ("Năm 2023, tổ chức hội nghị sơ kết; nhân dân chủ trì thẩm định.", []),
    (TIEN + "1. cơ quan chuyên môn hướng dẫn thực hiện.\n2. Các cơ quan chuyên môn hướng dẫn thực hiện.",
     ["Các cơ quan chuyên môn hướng dẫn"]),
    (TIEN + "- Tổ chức quán triệt nghị quyết đến cán bộ.\n- Tổ công tác rà soát hồ sơ.",
     ["Tổ công tác rà soát"]),
    ("Giao cho Ban Tổ chức Huyện ủy tham mưu kiện toàn bộ máy.",
     ["Giao cho Ban Tổ chức Huyện ủy tham mưu"]),
    ("Ủy ban nhân dân tỉnh cần sớm rà soát trong quý III/2024; Sở Xây dựng phối hợp thực hiện.",
     ["Ủy ban nhân dân tỉnh cần", "Sở Xây dựng phối hợp"]),
    ("Thực hiện tốt công tác dân vận; Ban Dân vận Huyện ủy chủ trì tổng kết mô hình.",
     ["Ban Dân vận Huyện ủy chủ trì"]),
    ("Bộ Tài chính: chủ trì, phối hợp xây dựng dự thảo Nghị định.", []),
    ("Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy trực thuộc xây dựng kế hoạch.", ["yêu cầu các cấp ủy trực thuộc xây dựng"]),
    # a "THÔNG BÁO KẾT LUẬN" charges from its first line as a conclusion does; another notice not
    ("THÔNG BÁO KẾT LUẬN\n\nVăn phòng Tỉnh ủy xây dựng kế hoạch đảm bảo kinh phí phục vụ Đại hội.",
     ["Văn phòng Tỉnh ủy xây dựng"]),
    ("THÔNG BÁO\nvề lịch tiếp công dân\n\nVăn phòng Tỉnh ủy xây dựng kế hoạch đảm bảo kinh phí phục vụ Đại hội.", []),
    # a comma may follow the lead cue; "được giao" before a listed verb charges
    ("Bộ Chính trị, Ban Bí thư yêu cầu, các cấp uỷ, tổ chức đảng tiếp tục quán triệt Chỉ thị số 45-CT/TW.",
     ["yêu cầu, các cấp uỷ, tổ chức đảng tiếp tục"]),
    ("Giải quyết kịp thời các yêu cầu, kiến nghị của cử tri; giao, nhận hồ sơ đúng hạn.", []),
    ("Ban Tổ chức Trung ương được giao khẩn trương tham mưu Bộ Chính trị ban hành các quyết định.",
     ["Ban Tổ chức Trung ương được giao khẩn trương"]),
    ("Các nhiệm vụ được giao tham mưu trong năm đều hoàn thành.", []),
    ("3. Ban Thường vụ Tỉnh ủy giao Ban Tổ chức Tỉnh ủy là cơ quan thường trực giúp cấp ủy kiểm tra.",
     ["giao Ban Tổ chức Tỉnh ủy là cơ quan thường trực"]),
    ("Ban Tổ chức Tỉnh ủy là cơ quan tham mưu của Tỉnh ủy.", []),
    # a conclusion charges from its first line, with a listed verb; a subject line is no heading
    ("KẾT LUẬN\nCỦA BAN THƯỜNG VỤ THÀNH ỦY\nvề sắp xếp bộ máy\n\n1. Ban Thường vụ các quận ủy quán triệt, triển khai Kết luận.\n\n2. Ban Tổ chức Thành ủy tham mưu đề án.",
     ["Ban Thường vụ các quận ủy quán triệt", "Ban Tổ chức Thành ủy tham mưu"]),
    ("THÔNG BÁO\nkết luận về kiểm tra\n\nĐoàn kiểm tra số 1 của Ban Thường vụ Tỉnh ủy do đồng chí Trưởng Ban làm Trưởng đoàn đã tiến hành kiểm tra.", []),
    ("TỈNH ỦY QUẢNG NGÃI\nBAN TUYÊN GIÁO\n*\nSố 285-CV/BTGTU\nV/v báo cáo tình hình mua báo\n\nBan Tuyên giáo Tỉnh ủy yêu cầu các cơ quan, đơn vị rà soát, báo cáo.",
     ["yêu cầu các cơ quan, đơn vị rà soát"]),
    (TIEN + "- Các ấp tập trung chỉ đạo sản xuất vụ mùa.\n- Các cấp ủy trực tiếp lãnh đạo công tác tuyển quân.",
     ["Các ấp tập trung", "Các cấp ủy trực tiếp"]),
    ("Năm 2023, các ấp tập trung chỉ đạo sản xuất.", []),
    ("Sở Nội vụ được giao chủ trì, xây dựng đề án về tổ chức bộ máy.", ["Sở Nội vụ được giao chủ trì"]),
    ("Năm 2024, Sở Nội vụ được giao 5 nhiệm vụ.", []),
    ("Bí thư Thành ủy yêu cầu các thành viên Ban Thường vụ Thành ủy lãnh đạo các tổ chức đảng.",
     ["yêu cầu các thành viên Ban Thường vụ Thành ủy lãnh đạo"]),
    # after a lead cue, a phrase of time or basis may stand between the bodies and the verb
    ("- Giao Ban Tổ chức Trung ương; Ủy ban Kiểm tra Trung ương và các cơ quan liên quan trong quá trình chuẩn bị các đề án, chủ động rà soát Điều lệ Đảng.",
     ["Giao Ban Tổ chức Trung ương; Ủy ban Kiểm tra Trung ương và các cơ quan liên quan trong quá trình chuẩn bị các đề án, chủ động"]),
    ("Giao Ủy ban nhân dân huyện trong năm 2023. Hội đồng nhân dân tỉnh đã họp, thống nhất.", []),
    # organs named since 2025
    ("Đề nghị Ban Chính sách, chiến lược Trung ương nghiên cứu đề xuất.", ["Đề nghị Ban Chính sách, chiến lược Trung ương nghiên cứu"]),
    ("Giao Ban Xây dựng Đảng Đảng ủy xã tham mưu kiện toàn tổ chức.", ["Giao Ban Xây dựng Đảng Đảng ủy xã tham mưu"]),
    # a lead cue reaches the ";" clauses of its sentence that begin with a body, with any verb
    ("Giao Ban Tuyên giáo Huyện ủy tham mưu tuyên truyền; Ban Tổ chức Huyện ủy tham mưu củng cố cán bộ; dự kiến nhân sự; Ủy ban kiểm tra Huyện ủy theo dõi đơn thư.",
     ["Giao Ban Tuyên giáo Huyện ủy tham mưu", "Ban Tổ chức Huyện ủy tham mưu", "Ủy ban kiểm tra Huyện ủy theo dõi"]),
    ("Đồng chí Bí thư yêu cầu: Ban Tuyên giáo Tỉnh ủy chủ động xây dựng kế hoạch; Văn phòng Tỉnh ủy xây dựng dự toán kinh phí.",
     ["yêu cầu: Ban Tuyên giáo Tỉnh ủy chủ động", "Văn phòng Tỉnh ủy xây dựng"]),
    ("Năm 2023, Ban Tổ chức Huyện ủy đã tham mưu 5 đề án; Ban Tuyên giáo Huyện ủy tổ chức 10 hội nghị.", []),
    ("Giao Ban Tuyên giáo Huyện ủy tham mưu tuyên truyền. Ban Tổ chức Huyện ủy tổ chức 3 hội nghị; Ủy ban kiểm tra Huyện ủy kiểm tra 5 chi bộ.",
     ["Giao Ban Tuyên giáo Huyện ủy tham mưu"]),
    ("Số lượng đảng viên tăng. Số liệu thống kê phải được cập nhật.", []),
]

# (text, due_text, due) — the words after a cue, a round without a cue
DEADLINES = [
    ("Giao Ủy ban nhân dân huyện báo cáo trước thời hạn ngày 30/6/2024.",
     "trước thời hạn ngày 30/6/2024", "2024-06-30"),
    ("Giao Văn phòng Huyện ủy tổng hợp, báo cáo vào dịp cuối năm 2024.", "cuối năm 2024", "2024-12-31"),
    ("Giao Ban Tuyên giáo Huyện ủy báo cáo 6 tháng và cuối năm 2024.", "6 tháng và cuối năm 2024", "2024-06-30"),
    ("Giao Ban Tuyên giáo Huyện ủy báo cáo trong tháng.", None, None),
    ("Giao Văn phòng Tỉnh ủy báo cáo kết quả vào cuối quý II/2026.", "cuối quý II/2026", "2026-06-30"),
    ("Giao Văn phòng Tỉnh ủy hoàn thành chậm nhất đến ngày 30/9/2024.",
     "chậm nhất đến ngày 30/9/2024", "2024-09-30"),
    ("Giao Văn phòng Tỉnh ủy báo cáo trước ngày 20 hằng tháng.", None, None),
]

# Must give no assignment at all.
NOT_FOUND = [
    TIEN + "- Giao Ủy ban Kiểm tra Huyện ủy trong Kế hoạch kiểm tra năm 2025 bố trí lực lượng.",
    "KẾ HOẠCH\nthực hiện nhiệm vụ năm 2025\n\nII. NHIỆM VỤ\n\nĐảng bộ hiện có 25 chi bộ với 786 đảng viên.",
    "Đảng ủy xã Tân Phú - Thị trấn Tân Phú chịu trách nhiệm triển khai.",
    "- Ủy ban Văn hóa và Xã hội của Quốc hội;\n- Văn phòng Quốc hội;",
    "KẾ HOẠCH\nvề việc\n\nIV. TỔ CHỨC THỰC HIỆN\n\nĐảng ủy xã là hạt nhân lãnh đạo, có trách nhiệm với nhân dân.",
    "Tai nạn giao thông đường bộ xảy ra 10 vụ, làm 08 người chết.",
    "Hoàn thành kế hoạch giao quân ở cả 02 cấp với tổng số quân giao là 236/236 quân.",
    "Cai nghiện tự nguyện đạt 100% chỉ tiêu giao năm 2022 (giao 14 người).",
    "Thực hiện nghiêm các nhiệm vụ được giao tại Công điện số 40/CĐ-TTg.",
    "Bàn giao Ủy ban nhân dân huyện quản lý công trình sau khi hoàn thành.",
    "Tổ chức giao lưu văn hóa, văn nghệ giữa các xã.",
    "Đổi mới các kỳ họp, các hội nghị giao ban của Hội đồng nhân dân.",
    "Đã hoàn thành hồ sơ đề nghị thẩm định, xét công nhận xã đạt chuẩn nông thôn mới nâng cao.",
    "Xét đề nghị của Ủy ban nhân dân tỉnh Đồng Nai tại Tờ trình số 92/TTr-UBND.",
    "Theo đề nghị của Bộ trưởng Bộ Nội vụ;",
    "Phối hợp nhuần nhuyễn với chính quyền và giải quyết những kiến nghị của công dân.",
    "Thực hiện nghiêm Quy chế về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân.",
    "Phối hợp tổ chức các hoạt động kỷ niệm 110 năm ngày sinh đồng chí Phạm Xuân Hòa.",
    "Chủ động phối hợp giải quyết tốt các vấn đề phức tạp phát sinh.",
    "Phó Thủ tướng Thường trực Chính phủ Phạm Gia Túc đã chủ trì buổi làm việc với lãnh đạo Thành phố.",
    "Đồng chí Bí thư Huyện ủy chủ trì hội nghị.",
    "Năm 2022, Ban Thường vụ Huyện ủy đã giao Ủy ban kiểm tra kiểm tra 12 tổ chức đảng.",
    "Công tác giải ngân vốn đầu tư công huyện chưa đạt yêu cầu.",
    "Quan tâm thực hiện đầy đủ, hiệu quả chính sách chăm lo người có công với cách mạng.",
    "Ban Thường vụ Tỉnh ủy kết luận như sau:",
    "Thành phố Hồ Chí Minh đã đạt kết quả khá toàn diện trên tất cả các lĩnh vực.",
    "Triển khai thực hiện Bộ tiêu chí quốc gia về y tế xã theo quy định.",
    "Ngoại giao Chính phủ phải đi trước một bước.",
    "Ủy ban nhân dân huyện tổ chức hội nghị tổng kết công tác năm.",
    "Về công tác tuyên giáo: Ban Tuyên giáo Huyện ủy tập trung xây dựng kế hoạch học tập.",
    KET_QUA + "Ban Tuyên giáo Huyện ủy tập trung xây dựng kế hoạch học tập, quán triệt nghị quyết.",
    KET_QUA + "Ủy ban Mặt trận Tổ quốc huyện chủ trì, phối hợp với các đoàn thể tổ chức 35 cuộc giám sát.",
    "Nơi nhận:\n- Ban Thường vụ Tỉnh ủy (b/c),\n- Các đồng chí Huyện ủy viên,\n- Lưu VPHU.",
    "HUYỆN ỦY TÂY SƠN\nBan Thường vụ Huyện ủy\n- Số liệu tổng hợp đến ngày 31/12/2022.",
    "Kết quả thực hiện nhiệm vụ trọng tâm được giao trong năm 2022 đạt khá.",
    "Trình độ chuyên môn đáp ứng yêu cầu nhiệm vụ được giao.",
    "Thực hiện kế hoạch vốn giao năm 2023 của Ủy ban nhân dân tỉnh.",
    "chuyển giao Vườn quốc gia Ba Vì về Ủy ban nhân dân Thành phố Hà Nội quản lý.",
    "Bộ Công Thương đã ban hành Thông tư số 21/2026/TT-BCT.",
    "Hội nghị đã thảo luận và thống nhất những nội dung sau:\n\n1. Ban Thường vụ Huyện ủy lãnh đạo tổ chức thành công Đại hội.",
    TIEN + "1. Tăng cường công tác dân vận, đổi mới phương thức và nâng cao sự lãnh đạo của\n\ncác cấp ủy đảng đối với công tác dân vận.",
    TIEN + "Ủy ban nhân dân huyện giảm 12% số thủ tục hành chính.",
    KET_QUA + "Ban Thường vụ Huyện ủy giao Ủy ban Kiểm tra Huyện ủy kiểm tra 12 tổ chức đảng.",
]

# (text, task)
TASKS = [
    ("THÔNG BÁO\nkết luận\n\n2. Nhiệm vụ thời gian tới\n\n- Đảng ủy xã ban hành bản kế hoạch thực hiện.",
     "ban hành bản kế hoạch thực hiện"),
    ("Giao Ban Tuyên giáo Huyện ủy tham mưu tuyên truyền các ngày lễ; Ban Tổ chức Huyện ủy tham mưu củng cố cán bộ.",
     "tham mưu tuyên truyền các ngày lễ"),
    ("2. Ban Thường vụ Thị ủy có trách nhiệm lãnh đạo, chỉ đạo cụ thể hóa thực hiện Kết luận này và báo cáo Thị ủy về tình hình tổ chức thực hiện.\n\nNơi nhận:",
     "lãnh đạo, chỉ đạo cụ thể hóa thực hiện Kết luận này và báo cáo Thị ủy về tình hình tổ chức thực hiện"),
    ("Giao Ủy ban kiểm tra tham mưu xây dựng chuyên đề kiểm tra. Nghị quyết này được phổ biến đến tận chi bộ.",
     "tham mưu xây dựng chuyên đề kiểm tra"),
    ("** Giao Ủy ban Kiểm tra Tỉnh ủy phối hợp giám sát; báo cáo kết quả vào đợt 06 tháng và cuối năm 2023.*",
     "phối hợp giám sát; báo cáo kết quả vào đợt 06 tháng và cuối năm 2023"),
    ("Các Bộ trưởng chịu trách nhiệm\nthi hành Nghị định này./.",
     "thi hành Nghị định này"),
    ("Điều 7. Trách nhiệm thi hành\n\n3. Bộ trưởng Bộ Tài chính:\n\n   a) Hướng dẫn việc xác định nhu cầu;\n\n   b) Tổng hợp nhu cầu nguồn.\n\n4. Điều khoản khác.",
     "a) Hướng dẫn việc xác định nhu cầu; b) Tổng hợp nhu cầu nguồn"),
]
# fmt: on


@pytest.mark.parametrize(("text", "phrase", "responsible", "due_text", "due"), FOUND)
def test_found(text, phrase, responsible, due_text, due):
    found = assignments.extract(doc(text))
    assert [a.text for a in found] == [phrase]
    item = found[0]
    assert text[item.span[0] : item.span[1]] == item.text
    assert item.responsible == responsible
    assert (item.due_text, item.due) == (due_text, due)


@pytest.mark.parametrize(("text", "phrases"), EDGES)
def test_edges(text, phrases):
    assert [a.text for a in assignments.extract(doc(text))] == phrases


@pytest.mark.parametrize(("text", "due_text", "due"), DEADLINES)
def test_deadlines(text, due_text, due):
    (item,) = assignments.extract(doc(text))
    assert (item.due_text, item.due) == (due_text, due)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_found(text):
    assert assignments.extract(doc(text)) == []


@pytest.mark.parametrize(("text", "task"), TASKS)
def test_task(text, task):
    found = assignments.extract(doc(text))
    assert found and found[0].task == task


@pytest.mark.parametrize(
    ("meta", "due"),
    [
        (Meta(issued_on="2023-03-20"), "2023-06-30"),
        (
            Meta(issued_on="2022-12-26", periods=Periods(planned=("2023-01-01", "2023-12-31"))),
            "2023-06-30",
        ),
        (Meta(), None),
    ],
)
@pytest.mark.parametrize(
    ("written", "due_text", "due_2023"),
    [
        ("trong quý II", "trong quý II", "2023-06-30"),
        ("trước ngày 31/12", "trước ngày 31/12", "2023-12-31"),
        ("chậm nhất ngày 15 tháng 7", "chậm nhất ngày 15 tháng 7", "2023-07-15"),
    ],
)
def test_year_of_a_deadline_without_one(meta, due, written, due_text, due_2023):
    """``trong quý II`` takes the year of the planned period, else of the issue date."""
    document = doc(f"Giao Ban Tuyên giáo Huyện ủy tổ chức sơ kết, báo cáo {written}.")
    document.meta = meta
    (item,) = assignments.extract(document)
    assert (item.due_text, item.due) == (due_text, due_2023 if due else None)


# What the document is decides where a body is charged: (meta, text, found).
REPORT = Meta(doc_type="BC")
OWN_REPORT = Meta(doc_type="BC", issuer="Ủy ban Kiểm tra Trung ương")
HEADLESS_REPORT = Meta(doc_type="BC", level="trung_uong")  # signed T/M ỦY BAN KIỂM TRA
SIGNED = "\n\nT/M ỦY BAN KIỂM TRA\nCHỦ NHIỆM\n\nNguyễn Văn A\n"
PARTY_THONG_TRI = Meta(doc_type="TT", number="08-TT/TU")
STATE_THONG_TU = Meta(doc_type="TT", number="18/2025/TT-BCT")
# fmt: off
BY_DOCUMENT = [
    # a report reviews until a heading of tasks
    (REPORT, "Ủy ban Mặt trận Tổ quốc huyện chủ trì, phối hợp với các đoàn thể tổ chức 35 cuộc giám sát.", False),
    (REPORT, "III. NHIỆM VỤ TRỌNG TÂM QUÝ II\n\nỦy ban Mặt trận Tổ quốc huyện chủ trì, phối hợp tổ chức giám sát.", True),
    (REPORT, "Ban Thường vụ Huyện ủy giao Ủy ban kiểm tra tiến hành kiểm tra 5 tổ chức đảng.", False),
    (REPORT, "Giao Ủy ban kiểm tra tham mưu kế hoạch kiểm tra năm 2024.", True),
    # in its own report, the issuer's demand charges; another body's, narrated, does not
    (OWN_REPORT, "Uỷ ban Kiểm tra Trung ương yêu cầu Ban Thường vụ Tỉnh ủy Vĩnh Phúc tiếp tục thực hiện kết luận.", True),
    (OWN_REPORT, "Ủy ban Kiểm tra Trung ương yêu cầu Ban Thường vụ Tỉnh ủy thu hồi các quyết định sai.", True),
    (OWN_REPORT, "Ban Thường vụ Tỉnh ủy yêu cầu Ủy ban Kiểm tra Huyện ủy kiểm tra 5 tổ chức đảng.", False),
    (OWN_REPORT, "Ủy ban Kiểm tra Trung ương đã yêu cầu Ban Thường vụ Tỉnh ủy thu hồi các quyết định sai.", False),
    (OWN_REPORT, "Ủy ban Kiểm tra Trung ương giao Ủy ban Kiểm tra Tỉnh ủy kiểm tra 5 tổ chức đảng.", False),
    # a copy without its header: the organ it signs for, named with a committee of its level
    (HEADLESS_REPORT, "Ủy ban Kiểm tra Trung ương yêu cầu Ban Thường vụ Tỉnh ủy thu hồi các quyết định sai." + SIGNED, True),
    (HEADLESS_REPORT, "Ủy ban Kiểm tra Tỉnh ủy Vĩnh Phúc yêu cầu Ủy ban Kiểm tra Huyện ủy kiểm tra 5 tổ chức đảng." + SIGNED, False),
    (HEADLESS_REPORT, "Ban Thường vụ Tỉnh ủy yêu cầu Ủy ban Kiểm tra Huyện ủy kiểm tra 5 tổ chức đảng." + SIGNED, False),
    # a Party thông tri charges from its first line with a listed verb; a state thông tư does not
    (PARTY_THONG_TRI, "Cấp ủy, chính quyền các cấp tập trung chỉ đạo thực hiện tốt các nhiệm vụ.", True),
    (STATE_THONG_TU, "Bộ trưởng Bộ Công Thương ban hành Thông tư sửa đổi Thông tư số 18.", False),
    (PARTY_THONG_TRI, "Ban Thường vụ Tỉnh ủy đã ban hành nhiều văn bản lãnh đạo.", False),
    (PARTY_THONG_TRI, "Cấp ủy, chính quyền, các ban, ngành, Ủy ban MTTQ và các tổ chức chính trị xã hội cùng lãnh đạo công đoàn.", True),
    (REPORT, "Ban Tuyên giáo cùng Ban Dân vận Huyện ủy tổ chức 5 hội nghị quán triệt.", False),
]
# fmt: on


@pytest.mark.parametrize(("meta", "text", "found"), BY_DOCUMENT)
def test_what_the_document_is(meta, text, found):
    document = doc(text)
    document.meta = meta
    assert bool(assignments.extract(document)) is found


# --- the data file: each example must give an assignment, each counter-example none --------

DATA = table("assignment_cues")


@pytest.mark.parametrize(
    "example", [e for part in ("lead", "predicates") for e in DATA[part]["examples"]]
)
def test_data_examples(example):
    assert assignments.extract(doc(example))


@pytest.mark.parametrize(
    "example", [e for part in ("lead", "predicates") for e in DATA[part]["counter_examples"]]
)
def test_data_counter_examples(example):
    assert assignments.extract(doc(example)) == []


def _name_end(written: str) -> int | None:
    return assignment_bodies.body_end(written, fold(written), 0, len(written))


@pytest.mark.parametrize("example", [*DATA["heads"]["examples"], *DATA["tails"]["examples"]])
def test_names_read_whole(example):
    assert _name_end(example) == len(example)


@pytest.mark.parametrize(
    "example", [*DATA["heads"]["counter_examples"], *DATA["tails"]["counter_examples"]]
)
def test_names_stop_short(example):
    end = _name_end(example)
    assert end is None or end < len(example)


@pytest.mark.parametrize(
    ("heading", "zone"),
    [(h, "directive") for h in DATA["zones"]["examples"]]
    + [(h, "review") for h in DATA["zones"]["counter_examples"]],
)
def test_zone_of_a_heading(heading, zone):
    text = heading + "\n\nNội dung."
    positions, kinds = zones(text, fold(text))
    assert kinds[-1] == zone


@pytest.mark.parametrize("example", DATA["due"]["examples"])
def test_due_examples(example):
    (item,) = assignments.extract(doc(f"Giao Ban Thường vụ Huyện ủy báo cáo kết quả {example}."))
    assert item.due is not None


@pytest.mark.parametrize("example", DATA["due"]["counter_examples"])
def test_due_counter_examples(example):
    (item,) = assignments.extract(doc(f"Giao Ban Thường vụ Huyện ủy báo cáo kết quả {example}."))
    assert item.due is None and item.due_text is None


# --- real documents -----------------------------------------------------------------------


def _gold() -> list[tuple[str, dict]]:
    return [
        (g["file"], a)
        for path in sorted(GOLD.glob("*.json"))
        for g in [json.loads(path.read_text(encoding="utf-8"))]
        for a in g.get("assignments", [])
    ]


@pytest.mark.skipif(not GOLD.exists(), reason="no shared corpus")
@pytest.mark.parametrize(("file", "want"), _gold() if GOLD.exists() else [])
def test_dev_gold(file, want):
    """Each hand-marked assignment of the seeds is found, with its body."""
    text = load(SEEDS / file).text
    found = assignments.extract(doc(text))
    start = text.index(want["quote"])
    end = start + len(want["quote"])
    hits = [a for a in found if a.span[0] < end and start < a.span[1]]
    assert any(fold(want["responsible"]) in fold(a.responsible) for a in hits)


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_corpus_grounded(path):
    text = load(path).text
    for item in assignments.extract(doc(text)):
        assert text[item.span[0] : item.span[1]] == item.text
        assert item.responsible and item.task


def test_heads_of_two_kinds_are_the_same_words():
    """A head listed under two kinds must be the same words in both: folded, ``bản``
    (a village) is ``ban`` (a board), and the later kind would take the board's place."""
    from vankien.extract.assignment_phrases import compact
    from vankien.folding import key

    heads = table("assignment_cues")["heads"]
    spelled: dict[str, dict[str, str]] = {}
    for kind in assignment_bodies.HEAD_KINDS:
        for phrase in heads[kind]:
            spelled.setdefault(compact(key(phrase)), {})[kind] = phrase.lower()
    clashes = {k: v for k, v in spelled.items() if len(set(v.values())) > 1}
    assert not clashes
