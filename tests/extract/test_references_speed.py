"""The shortcuts of the references extractor read as the patterns they stand in for."""

from __future__ import annotations

import pytest

from tests.factories import doc
from vankien.extract import references
from vankien.folding import fold


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Quyết định số 111-HĐBT", ["111"]),
        ("Nghị định số: 64-CP và số *12-CP", ["64", "12"]),
        ("Vành đai 4-Vùng thủ đô", []),  # no "số" before the number
        ("số 123456-AB", []),  # more than 5 digits
        ("số -5 và 7-", []),  # a dash before the digits, and one at the very end
    ],
)
def test_old_starts_are_numbers_after_so_before_a_dash(text, starts):
    folded = fold(text)
    assert [
        folded[s : folded.index("-", s)].strip("*") for s in references._old_starts(folded, set())
    ] == starts


def test_old_starts_skip_known_numbers():
    folded = fold("Quyết định số 111-HĐBT")
    assert references._old_starts(folded, {folded.index("111")}) == []


@pytest.mark.parametrize(
    ("after", "word", "digit", "may"),
    [
        (" của Tỉnh ủy", "cua", False, True),
        (", của Tỉnh ủy", "cua", False, True),
        (" về việc", "cua", False, False),
        (" ngày 14/12/2022", "ngay", True, True),
        (" (14/12/2022)", "ngay", True, True),
        (",  14/12/2022", "ngay", True, True),
        (" về việc", "ngay", True, False),
        (" ", "cua", False, True),  # the text ends: the pattern decides
        ("", "ngay", True, True),
    ],
)
def test_may_follow_is_false_only_when_the_pattern_cannot_match(after, word, digit, may):
    folded = fold("Nghị quyết số 04-NQ/TU" + after)
    assert references._may_follow(folded, len("Nghị quyết số 04-NQ/TU"), word, digit=digit) is may


def test_a_number_is_normalised_the_same_when_read_again():
    first = references.extract(
        doc("Thực hiện Nghị quyết số 04 - NQ/TU ngày 14/12/2022 của Tỉnh ủy")
    )
    again = references.extract(doc("theo Nghị quyết số 04 - NQ/TU của Tỉnh ủy"))
    assert first[0].number == again[0].number == "04-NQ/TU"
