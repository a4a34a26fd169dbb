"""Written dates: every form documents use, impossible days found but not resolved."""

from __future__ import annotations

import pytest

from vankien.extract.dates import date_at, find_dates, first_date, iso, parse_date
from vankien.folding import fold

# fmt: off
WRITTEN = [
    # (text, the date as written, ISO or None when the day cannot exist)
    ("Ngày 18/4/2023, Ban Chấp hành họp",             "Ngày 18/4/2023",                 "2023-04-18"),
    ("Nghị quyết số 04-NQ/TU ngày 14/12/2022 của",    "ngày 14/12/2022",                "2022-12-14"),
    ("ban hành ngày 03/6/2013",                       "ngày 03/6/2013",                 "2013-06-03"),
    ("Kết luận ngày 7/1/2019",                        "ngày 7/1/2019",                  "2019-01-07"),
    ("có hiệu lực từ 14-12-2022",                     "14-12-2022",                     "2022-12-14"),
    ("đóng dấu 14.12.2022",                           "14.12.2022",                     "2022-12-14"),
    ("lập ngày 14 / 12 / 2022",                       "ngày 14 / 12 / 2022",            "2022-12-14"),
    ("Hà Nội, ngày 14 tháng 12 năm 2022",             "ngày 14 tháng 12 năm 2022",      "2022-12-14"),
    ("Hưng Tân, ngày  26 tháng 12 năm 2022",          "ngày  26 tháng 12 năm 2022",     "2022-12-26"),
    ("họp ngày 21 tháng 12 năm 2022; Sau khi",        "ngày 21 tháng 12 năm 2022",      "2022-12-21"),
    ("THÔNG TƯ SỐ 79/2024/TT-BCA NGÀY 15 THÁNG 11 NĂM 2024", "NGÀY 15 THÁNG 11 NĂM 2024", "2024-11-15"),
    ("ngày 13\ntháng 3 năm 2025 của Bộ trưởng",       "ngày 13\ntháng 3 năm 2025",      "2025-03-13"),
    ("ngày 07 tháng 01 năm 2019",                     "ngày 07 tháng 01 năm 2019",      "2019-01-07"),
    ("từ ngày 10/5/2026 đến hết",                     "ngày 10/5/2026",                 "2026-05-10"),
    ("ngày 29/02/2024",                               "ngày 29/02/2024",                "2024-02-29"),
    # impossible days: found, not resolved
    ("ký ngày 31/02/2023",                            "ngày 31/02/2023",                None),
    ("ngày 30 tháng 2 năm 2024",                      "ngày 30 tháng 2 năm 2024",       None),
    ("ngày 29/02/2023",                               "ngày 29/02/2023",                None),
    ("ngày 12/13/2023",                               "ngày 12/13/2023",                None),
    ("ngày 00/12/2023",                               "ngày 00/12/2023",                None),
]

NOT_DATES = [
    # (text, why it is not a date)
    ("có 56/74 ấp, khu phố",            "a fraction"),
    ("GDP quý 1/2020 chỉ tăng",         "a quarter"),
    ("đến tháng 6/2023 giảm còn",       "a month"),
    ("Nghị quyết số 86/2019/QH14",      "a number-symbol"),
    ("tổng 1.393,757 tỷ đồng",          "a Vietnamese number"),
    ("nhiệm kỳ 2020-2025",              "a span of years"),
    ("ngày 14/12 hằng năm",             "no year"),
    ("Điện thoại 0251.3822.123",        "a phone number"),
    ("thợ bậc 5/6, 6/7 trở lên",        "grades"),
]
# fmt: on


@pytest.mark.parametrize(("text", "written", "expected"), WRITTEN)
def test_written_date_is_found(text, written, expected):
    found = find_dates(fold(text))
    assert len(found) == 1, found
    start, end = found[0].span
    assert text[start:end] == written
    assert found[0].iso == expected


@pytest.mark.parametrize(("text", "why"), NOT_DATES)
def test_not_a_date(text, why):
    assert find_dates(fold(text)) == [], why


def test_impossible_date_keeps_its_parts():
    (found,) = find_dates(fold("ngày 31/02/2023"))
    assert (found.year, found.month, found.day, found.iso) == (2023, 2, 31, None)


# fmt: off
AT = [
    # (text, position is right after this prefix, date found there or None)
    ("số 04-NQ/TU ngày 14/12/2022",           "số 04-NQ/TU",         "2022-12-14"),
    ("số 04-QĐ/TU, ngày 17/3/2017",           "số 04-QĐ/TU",         "2017-03-17"),
    ("số 204/2004/NĐ-CP\nngày 14 tháng 12 năm 2004", "số 204/2004/NĐ-CP", "2004-12-14"),
    ("số 212-TB/TU 23/01/2026",               "số 212-TB/TU",        "2026-01-23"),
    ("số 04-NQ/TU của Tỉnh ủy ngày 14/12/2022", "số 04-NQ/TU",       None),
    ("số 842-QĐ/TU và Kế hoạch số 196-KH/TU ngày 25/10/2022", "số 842-QĐ/TU", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "prefix", "expected"), AT)
def test_date_at(text, prefix, expected):
    found = date_at(fold(text), len(prefix))
    assert (found.iso if found else None) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("ngày 23/3/2023", "2023-03-23"),
        ("Hà Nội, ngày 05 tháng 6 năm 2020", "2020-06-05"),
        ("không có", None),
    ],
)
def test_parse_date(written, expected):
    assert parse_date(written) == expected


def test_iso():
    assert iso(2022, 12, 14) == "2022-12-14"
    assert iso(2023, 2, 31) is None


@pytest.mark.parametrize(
    "text",
    ["Hà Nội, ngày 05 tháng 6 năm 2020", "ngày 14/12/2022 và ngày 15/12/2022", "không có", ""],
)
def test_first_date_is_the_first_of_find_dates(text):
    folded = fold(text)
    dates = find_dates(folded)
    first = first_date(folded, 0, len(folded))
    assert (first.span, first.iso) == (dates[0].span, dates[0].iso) if dates else first is None
