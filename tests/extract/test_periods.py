"""Shared period parsing (extract/periods.py): labels, ranges, years from the default."""

from __future__ import annotations

import pytest

from vankien.extract.periods import find_periods
from vankien.folding import fold

# fmt: off
CASES = [
    # (text, default_year, [(label, start, end, year_written)])
    ("trong quý I năm 2023", None, [("2023-Q1", "2023-01-01", "2023-03-31", True)]),
    ("quý II/2023", None, [("2023-Q2", "2023-04-01", "2023-06-30", True)]),
    ("nhiệm vụ quý 2.2022", None, [("2022-Q2", "2022-04-01", "2022-06-30", True)]),
    ("đến tháng 4.2022", None, [("2022-M04", "2022-04-01", "2022-04-30", True)]),
    ("6 tháng đầu năm 2023", None, [("2023-H1", "2023-01-01", "2023-06-30", True)]),
    ("06 tháng cuối năm", 2023, [("2023-H2", "2023-07-01", "2023-12-31", False)]),
    ("tháng 6/2023", None, [("2023-M06", "2023-06-01", "2023-06-30", True)]),
    ("năm 2022", None, [("2022", "2022-01-01", "2022-12-31", True)]),
    ("nhiệm kỳ 2020 – 2025", None, [("2020..2025", "2020-01-01", "2025-12-31", True)]),
    ("giai đoạn 2026-2030", None, [("2026..2030", "2026-01-01", "2030-12-31", True)]),
    ("9 tháng đầu năm 2024", None, [("2024-M01..2024-M09", "2024-01-01", "2024-09-30", True)]),
    ("quý IV", 2022, [("2022-Q4", "2022-10-01", "2022-12-31", False)]),
    ("từ đầu năm 2023", None, [("2023", "2023-01-01", "2023-01-31", True)]),
    ("giai đoạn 1996 - 2000", None, [("1996..2000", "1996-01-01", "2000-12-31", True)]),
    ("nhiệm kỳ  2020 đến năm 2025", None, [("2020..2025", "2020-01-01", "2025-12-31", True)]),
    ("11 tháng đầu năm 2024", None, [("2024-M01..2024-M11", "2024-01-01", "2024-11-30", True)]),
    ("9 tháng năm 2024", None, [("2024-M01..2024-M09", "2024-01-01", "2024-09-30", True)]),
    ("6 tháng năm 2024", None, [("2024-H1", "2024-01-01", "2024-06-30", True)]),
    ("trong 6 tháng năm nay", 2024, []),
    ("ngày 5 tháng năm 2024", None, [("2024", "2024-01-01", "2024-12-31", True)]),
    ("Kế hoạch 2021 6 tháng cuối năm", 2022, [("2022-H2", "2022-07-01", "2022-12-31", False)]),
    ("quý  III / 2022", None, [("2022-Q3", "2022-07-01", "2022-09-30", True)]),
    ("vào cuối quý II/2026", None, [("2026-Q2", "2026-04-01", "2026-06-30", True)]),
    ("dự ước cả năm đạt 8%", 2024, [("2024", "2024-01-01", "2024-12-31", False)]),
    ("cả năm 2024", None, [("2024", "2024-01-01", "2024-12-31", True)]),
    ("trên phạm vi cả nước", 2024, []),
    ("cuối quý 3", 2024, [("2024-Q3", "2024-07-01", "2024-09-30", False)]),
    # whole months across a new year keep their months: one label for every such run
    ("từ ngày 01/12/2024 đến ngày 31/3/2025", None, [("2024-M12..2025-M03", "2024-12-01", "2025-03-31", True)]),
    # two months bounding a period, or a month and the end of a year
    ("từ tháng 8/2020 đến tháng 6/2023", None, [("2020-M08..2023-M06", "2020-08-01", "2023-06-30", True)]),
    ("từ tháng 7/2023 đến hết năm 2025", None, [("2023-M07..2025-M12", "2023-07-01", "2025-12-31", True)]),
    ("từ tháng 01/2025 đến tháng 9/2025 và nhiệm vụ những tháng cuối năm 2025", None,
     [("2025-M01..2025-M09", "2025-01-01", "2025-09-30", True), ("2025-Q4", "2025-10-01", "2025-12-31", True)]),
    ("từ tháng 7/2025 đến tháng 12/2025", None, [("2025-H2", "2025-07-01", "2025-12-31", True)]),
    ("từ tháng 6/2023 đến tháng 3/2023", None, [("2023-M06", "2023-06-01", "2023-06-30", True), ("2023-M03", "2023-03-01", "2023-03-31", True)]),
    # the months left after those reviewed before them in the year; alone, the end of the year
    ("kết quả 7 tháng đầu năm, nhiệm vụ những tháng cuối năm 2024", 2024,
     [("2024-M01..2024-M07", "2024-01-01", "2024-07-31", False),
      ("2024-M08..2024-M12", "2024-08-01", "2024-12-31", True)]),
    ("6 tháng đầu năm 2025 và các tháng còn lại của năm", 2025,
     [("2025-H1", "2025-01-01", "2025-06-30", True), ("2025-H2", "2025-07-01", "2025-12-31", False)]),
    ("nhiệm vụ những tháng cuối năm 2024", None, [("2024", "2024-12-01", "2024-12-31", True)]),
    ("9 tháng đầu năm 2023; nhiệm vụ những tháng cuối năm 2024", None,
     [("2023-M01..2023-M09", "2023-01-01", "2023-09-30", True), ("2024", "2024-12-01", "2024-12-31", True)]),
    # "16 tháng" is no half or quarter: only "đầu năm" is a period; "xquý" is no quarter
    ("trong 16 tháng đầu năm", 2023, [("2023", "2023-01-01", "2023-01-31", False)]),
    ("xquý I năm 2023", None, [("2023", "2023-01-01", "2023-12-31", True)]),
    # a month count in words, as titles write it
    ("triển khai nhiệm vụ ba tháng cuối năm 2024", None, [("2024-Q4", "2024-10-01", "2024-12-31", True)]),
    ("sáu tháng đầu năm", 2023, [("2023-H1", "2023-01-01", "2023-06-30", False)]),
    ("sau tháng 6 năm 2023", None, [("2023-M06", "2023-06-01", "2023-06-30", True)]),
    # a month written without its year takes the default year
    ("trong tháng 8, toàn xã đã", 2025, [("2025-M08", "2025-08-01", "2025-08-31", False)]),
    ("triển khai nhiệm vụ trọng tâm tháng 9", 2025, [("2025-M09", "2025-09-01", "2025-09-30", False)]),
    ("tháng 8", None, []),
    ("tháng 13", 2025, []),
    ("sinh hoạt định kỳ mỗi tháng 1 lần", 2025, []),
    ("hằng tháng 2 buổi", 2025, []),
    ("sau 6 tháng 2 ngày", 2025, []),
    ("ngày 15 tháng 8", 2025, []),
    # two dates bounding whole months: the period they bound, whatever the year given
    ("từ ngày 01/7/2025 đến ngày 31/12/2025", 2030, [("2025-H2", "2025-07-01", "2025-12-31", True)]),
    ("(từ ngày 01 tháng 7 năm 2025 đến ngày 30 tháng 9 năm 2025)", None,
     [("2025-Q3", "2025-07-01", "2025-09-30", True)]),
    ("từ 01/10/2024 đến hết ngày 31/12/2024", None, [("2024-Q4", "2024-10-01", "2024-12-31", True)]),
    ("từ ngày 01/7 đến ngày 31/7/2025", None, [("2025-M07", "2025-07-01", "2025-07-31", True)]),
    ("từ 1/3/2024 - 31/5/2024", None, [("2024-M03..2024-M05", "2024-03-01", "2024-05-31", True)]),
    ("từ ngày 01/01/2021 đến ngày 31/12/2025", None, [("2021..2025", "2021-01-01", "2025-12-31", True)]),
    ("từ ngày 15/12/2024 đến ngày 14/6/2025", None, []),
    ("từ ngày 01/7/2025 đến ngày 30/6/2025", None, []),
    ("từ ngày 31/02/2025 đến ngày 31/12/2025", None, []),
    ("từ ngày 01/7/2025 đến nay", None, []),
    # negatives
    ("quỹ đất công", 2023, []),
    ("quý I", None, []),
    ("6 tháng", 2023, []),
    ("năm học 2022 - 2023", None, []),
    ("Số 2023 người", None, []),
]
# fmt: on


@pytest.mark.parametrize(("text", "default", "expected"), CASES)
def test_find_periods(text: str, default: int | None, expected: list) -> None:
    found = find_periods(fold(text), default_year=default)
    assert [(p.label, p.start, p.end, p.year_written) for p in found] == expected


# fmt: off
CLASSIFY = [
    # (text, fallback, forced, {"reviewed": label, "planned": label})
    ("về tình hình thực hiện nhiệm vụ quý I và phương hướng, nhiệm vụ trọng tâm quý II năm 2023",
     None, False, {"reviewed": "2023-Q1", "planned": "2023-Q2"}),
    ("tình hình thực hiện nhiệm vụ 6 tháng đầu năm; nhiệm vụ, giải pháp 6 tháng cuối năm 2023",
     None, False, {"reviewed": "2023-H1", "planned": "2023-H2"}),
    ("Về phương hướng, nhiệm vụ trọng tâm năm 2023", None, False, {"planned": "2023"}),
    ("kết luận về kiểm tra thực hiện nghị quyết năm 2022", None, False, {"reviewed": "2022"}),
    ("về tổng kết nhiệm vụ chính trị năm 2019, phương hướng, nhiệm vụ năm 2020",
     None, False, {"reviewed": "2019", "planned": "2020"}),
    ("kết quả thực hiện 12 chỉ tiêu kinh tế - xã hội chủ yếu năm 2019", None, False, {"reviewed": "2019"}),
    ("về phát triển nông nghiệp giai đoạn 2023 - 2025", "planned", False, {"planned": "2023..2025"}),
    ("kiểm tra, giám sát năm 2023", "planned", True, {"planned": "2023"}),
    # negatives: no cue, a date that only looks like a month, an election's term
    ("về phát triển nông nghiệp giai đoạn 2023 - 2025", None, False, {}),
    ("tình hình đến ngày 21 tháng 12 năm 2022", None, False, {}),
    ("Phê chuẩn kết quả bầu chức vụ Chủ tịch nhiệm kỳ 2026 - 2031", None, False, {}),
]
# fmt: on


@pytest.mark.parametrize(("text", "fallback", "forced", "expected"), CLASSIFY)
def test_classify(text: str, fallback: str | None, forced: bool, expected: dict) -> None:
    from vankien.extract.periods import classify

    found: dict = {}
    classify(fold(text), (0, len(text)), None, found, fallback, forced)
    assert {cue: period.label for cue, period in found.items()} == expected


@pytest.mark.parametrize(("text", "fallback", "forced", "expected"), CLASSIFY)
def test_classify_reads_the_periods_of_the_whole_text_alike(
    text: str, fallback: str | None, forced: bool, expected: dict
) -> None:
    """Given the periods of the whole text (the document's, found once), a span classifies
    as it does when its own periods are looked for: here the span sits between two lines."""
    from vankien.document import Doc
    from vankien.extract.periods import classify, written_periods
    from vankien.layout import Layout

    whole = f"Năm 2021 tháng 6/2021\n{text}\nquý IV năm 2030"
    doc = Doc(text=whole, folded=fold(whole), layout=Layout())
    found: dict = {}
    span = (whole.index("\n") + 1, whole.rindex("\n"))
    classify(doc.folded, span, None, found, fallback, forced, written=written_periods(doc))
    assert {cue: period.label for cue, period in found.items()} == expected


@pytest.mark.parametrize(
    ("start", "end", "labels"),
    [
        (0, 60, ["2023-Q1", "2023-M06", "2024"]),
        (9, 60, ["2023-M06", "2024"]),
        (0, 20, ["2023-Q1"]),
        (0, 5, []),
        (25, 60, ["2024"]),
    ],
)
def test_periods_within_a_span(start: int, end: int, labels: list[str]) -> None:
    """Only periods that start and end inside the span (``quý I/2023`` cut in two is none)."""
    from vankien.extract.periods import periods_within

    folded = fold("quý I/2023, tháng 6/2023 và năm 2024.")
    found = find_periods(folded)
    assert [p.label for p in periods_within(found, start, end)] == labels


# fmt: off
# Texts where each pattern found near its anchors must find what a scan of the whole text finds.
SCANNED = [
    "6 tháng đầu năm 2023; 06 tháng cuối năm; 16 tháng đầu năm; 2 6 tháng sau năm",
    "từ đầu năm, đầu năm học 2023, xđầu năm 2024, tu  đầu năm",
    "nhiệm kỳ 2020 - 2025, giai đoạn 1996-2000, từ năm 2021 đến năm 2025 2026-2030",
    "nhiệm kỳ\n2020 – 2025 và giai đoạn2021-2025, những năm 2019 đến 2020-2021",
    "11 tháng đầu năm 2024, 12 tháng đầu năm, 011 tháng cuối năm, 9   tháng trước năm",
]
# fmt: on


def test_every_pattern_begins_with_a_word() -> None:
    from vankien.extract.periods import _patterns

    kinds, words = _patterns()
    assert all(kind.words for kind in kinds), [k.name for k in kinds if not k.words]
    assert "nam" in words


@pytest.mark.parametrize("text", SCANNED + [text for text, _, _ in CASES])
def test_anchors_find_what_a_scan_finds(text: str) -> None:
    from vankien.extract.periods import _anchored, _patterns

    folded = fold(text)
    for kind in _patterns()[0]:
        if kind.anchors:
            scanned = [m.span() for m in kind.pattern.finditer(folded)]
            assert [m.span() for m in _anchored(kind, folded, 0, len(folded))] == scanned, kind.name


def test_a_short_span_without_period_words_has_no_period() -> None:
    folded = fold("I. MỘT SỐ KẾT QUẢ ĐẠT ĐƯỢC")
    assert find_periods(folded, 0, len(folded), 2023) == []


def test_a_found_period_is_the_dataclass_it_would_be_if_built() -> None:
    from dataclasses import replace

    from vankien.extract.periods import Period, find_periods

    (found,) = find_periods(fold("quý I/2023"))
    built = Period((0, 10), "2023-Q1", "2023-01-01", "2023-03-31", "quarter", True)
    assert found == built and hash(found) == hash(built) and repr(found) == repr(built)
    assert replace(found, label="") == replace(built, label="")
