"""The shortcuts of the relation finders read as the patterns they stand in for."""

from __future__ import annotations

import re

import pytest

from vankien.extract.relations import _shared, changes, dates, ratios, totals
from vankien.folding import fold

TEXTS = [
    "có 56/74 ấp, khu phố đạt 75,56%; 1.234,5 tỷ đồng (tăng 12,3%)",
    "x1.2,3/4 a.5 b,6 /7 8",
    "giai đoạn 2021 - 2025, từ ngày 15/3/2023 đến ngày 10/3/2023",
    "12345 67 890",
]


def _numbers_before_by_pattern(folded: str, position: int, width: int) -> list[int]:
    low = max(0, position - width)
    starts = [
        m.start()
        for m in re.finditer(r"\d[\d.,]*", folded[:position])
        if m.start() >= low and (folded[m.start() - 1] not in ".,/" if m.start() > low else True)
    ]
    # a window starting inside a number starts a number there
    if low < position and folded[low].isdecimal() and low not in starts:
        starts.insert(0, low)
    return starts[::-1]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("width", [3, 5, 40, 100])
def test_numbers_before_reads_as_the_digit_runs(text, width):
    folded = fold(text)
    index = _shared.Index.of(folded)
    for position in range(len(folded) + 1):
        assert index.numbers_before(position, width) == _numbers_before_by_pattern(
            folded, position, width
        ), (position, width)


def test_numbers_before_in_a_text_that_is_not_ascii():
    folded = fold("“56/74” đạt 75,56% — 3 đơn")
    assert not folded.isascii()
    index = _shared.Index.of(folded)
    for position in range(len(folded) + 1):
        assert index.numbers_before(position, 40) == _numbers_before_by_pattern(
            folded, position, 40
        )


@pytest.mark.parametrize("text", [*TEXTS, "đến năm 2025 và đến 2030, đền thờ, đến\n2020"])
def test_den_joints_are_the_pattern_matches(text):
    folded = fold(text)
    assert dates._den_joints(folded) == [m.start() for m in dates._YEAR_DEN.finditer(folded)]


@pytest.mark.parametrize(
    "text", ["14/12/2022 và 1/ 2 /2023, 5/6, 3/4/5/2021", "14-12-2022, 1 - 2-2023, 3-4-5-2021"]
)
def test_marked_dates_are_the_pattern_matches(text):
    folded = fold(text)
    slashes = [m.start() for m in re.finditer("/", folded)]
    dashes = [m.start() for m in dates._DASH.finditer(folded)]
    for pattern, marks in ((dates._NUMERIC[0], slashes), (dates._NUMERIC[2], dashes)):
        assert [m.span() for m in dates._marked(pattern, folded, marks)] == [
            m.span() for m in pattern.finditer(folded)
        ]


@pytest.mark.parametrize(
    ("text", "whole"),
    [("56/74", True), ("56/ 74", True), ("56/ x", False), ("a/b", False), ("5/", False)],
)
def test_whole_after_a_slash(text, whole):
    folded = fold(text)
    assert ratios._whole_after(folded, folded.index("/")) is whole


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn gồm 07 đồng chí",
        "thu gom 5 tấn",
        "không có",
        "trong đó 3",
        "xtrong đó, trong\n số  đó: gồmgồm, trong trong đó",
    ],
)
def test_at_words_are_the_matches_at_word_starts(text):
    folded = fold(text)
    for pattern in totals._LEADS:
        assert [m.span() for m in _shared.at_words(pattern, folded)] == [
            m.span()
            for at in range(len(folded))
            if (at == 0 or not folded[at - 1].isalpha()) and (m := pattern.match(folded, at))
        ]


@pytest.mark.parametrize(
    "text",
    [
        *TEXTS,
        "tháng 12 năm 2022, tháng 1 năm 2023tháng 2 năm 2024; tháng 13",
        "tháng tháng 3 năm 2020",
    ],
)
def test_worded_dates_are_the_pattern_matches(text):
    folded = fold(text)
    assert [m.span() for m in dates._worded(folded)] == [
        m.span() for m in dates._WORDED.finditer(folded)
    ]


@pytest.mark.parametrize(
    "text",
    [*TEXTS, "lệnh tăng lên 5", "giảm xuống\n3", "lên", "xuống", "lênh đênh", "lên\u00a0cao"],
)
def test_way_written_is_a_blank_after_len_or_xuong(text):
    folded = fold(text)
    assert changes._way_written(folded) is bool(re.search(r"(?:len|xuong)\s", folded))


@pytest.mark.parametrize(
    "text",
    [
        *TEXTS,
        "giảm 241 biên chế, trong đó khối trường học 136",
        "có 24 dự án: trong đó 1.234,5 tỷ đồng x1,2 đơn vị; “3 người” trong số đó",
    ],
)
def test_total_before_is_the_pattern_search(text):
    folded = fold(text)
    index = _shared.Index.of(folded)
    for end in range(len(folded) + 1):
        want = totals._TOTAL_BEFORE.search(folded, max(0, end - 60), end)
        got = totals._total_before(folded, index, end)
        assert (got and got.span()) == (want and want.span()), end


def _may_be_kept_by_pattern(folded: str, slash: int) -> bool:
    if "%" in folded[max(0, slash - 100) : slash]:
        return True
    stop = re.compile(r"[;/)%]").search(folded, slash + 1)
    if stop and stop.group() == "%":
        return True
    return (
        "dong" in folded[max(0, slash - 40) : slash] or "vnd" in folded[max(0, slash - 40) : slash]
    )


@pytest.mark.parametrize(
    "text",
    [
        *TEXTS,
        "đạt 92% (130.687/142.052 người); 5/6 (x) 7/8 đạt 3%, 1/2; 4/5 tỷ đồng",
        "15/20 xã" + " lorem" * 30 + " 12% và 3/4 xã)" + " ipsum" * 20 + " 9/10 VNĐ",
        "không có phần trăm: 14/12/2022, 3/4 triệu đồng",
    ],
)
def test_may_be_kept_reads_as_the_percent_and_money_rule(text):
    folded = fold(text)
    index = _shared.Index.of(folded)
    for slash in index.slashes:
        assert ratios._may_be_kept(folded, slash, index.percents) is _may_be_kept_by_pattern(
            folded, slash
        ), slash


# The two scans that began at a dot, before the index found both in one.
_MONEY_AFTER_DOT = re.compile(
    r"\.\d{3}(?:,\d+)?\s*(?:(?:nghin|ngan|trieu|ty|ti)\s+)*(?:nghin|ngan|trieu|ty|ti)\s+"
    r"(?P<money>dong|vnd)(?![a-z])"
)


@pytest.mark.parametrize(
    "text",
    [
        *TEXTS,
        "27.075.000.000 triệu đồng/28.500.000.000 đồng; ngày 14.12.2022 và 1. 2 .2023",
        "1.12.200 tỷ đồng, 3.12.2022 tỷ đồng, .12.2022.500 triệu đồng, 5.000 nghìn tỷ VNĐ.",
        "x.1.2020/ 2.2.2021- 3.3.19999 .123,5 ngàn đồng",
    ],
)
def test_dotted_are_the_money_and_dotted_date_matches(text):
    folded = fold(text)
    dotted = _shared.Index.of(folded).dotted()
    assert [m.span() for m in dotted if m.start("money") != -1] == [
        m.span() for m in _MONEY_AFTER_DOT.finditer(folded)
    ]
    assert [m.span() for m in dotted if m.start("y") != -1] == [
        m.span() for m in dates._NUMERIC[1].finditer(folded)
    ]
