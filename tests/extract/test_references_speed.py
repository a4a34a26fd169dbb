"""The shortcuts of the references extractor read as the patterns they stand in for."""

from __future__ import annotations

import re

import pytest

from tests.factories import doc
from vankien.extract import references
from vankien.folding import fold
from vankien.vocab import table


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
    ("after", "date", "issuer"),
    [
        (" của Tỉnh ủy", None, "Tỉnh ủy"),
        (", của Tỉnh ủy", None, "Tỉnh ủy"),
        (" về việc", None, None),
        (" ngày 14/12/2022", "2022-12-14", None),
        (" (14/12/2022)", "2022-12-14", None),
        (",  14/12/2022", "2022-12-14", None),
        (" (về việc", None, None),
        ("", None, None),
    ],
)
def test_date_and_issuer_are_read_right_after_the_number(after, date, issuer):
    (found,) = references.extract(doc("Thực hiện Nghị quyết số 04-NQ/TU" + after))
    assert (found.date, found.issuer) == (date, issuer)


def test_a_number_is_normalised_the_same_when_read_again():
    first = references.extract(
        doc("Thực hiện Nghị quyết số 04 - NQ/TU ngày 14/12/2022 của Tỉnh ủy")
    )
    again = references.extract(doc("theo Nghị quyết số 04 - NQ/TU của Tỉnh ủy"))
    assert first[0].number == again[0].number == "04-NQ/TU"


@pytest.mark.parametrize(
    ("source", "letter", "may"),
    [
        (r"(?<![a-z])(?:nghi quyet|ket luan)\s+hoi", "k", True),
        (r"(?<![a-z])(?:nghi quyet|ket luan)\s+hoi", "h", False),
        (r"(?<![a-z])hien\s+phap", "h", True),
        (r"(?<![a-z])hien\s+phap", "n", False),
        (r"(?<![a-z])(?:bo\s+)?luat\s+", "h", True),  # an optional opening: any letter
    ],
)
def test_may_open_with_is_false_only_when_the_regex_cannot_open_so(source, letter, may):
    assert references._may_open_with(source, letter) is may


def test_every_unnumbered_example_is_tried_at_its_first_letter():
    entries = table("references")["unnumbered"].values()
    for entry in entries:
        for example in entry["examples"]:
            folded = fold(example)
            start = min((m.start() for m in re.finditer(entry["regex"], folded)), default=None)
            assert start is not None, example
            plain, capitalised = references._unnumbered_opening_with(folded[start])
            assert entry["regex"] in [e.pattern.pattern for _, e in (*plain, *capitalised)]
