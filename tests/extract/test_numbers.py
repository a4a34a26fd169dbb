"""Vietnamese numerals: parsing, precision, compounds, writing; property round-trips."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vankien.extract.numbers import (
    COMPOUND_RE,
    NUMBER_RE,
    decimals,
    format_compound,
    format_number,
    parse_compound,
    parse_number,
    parse_number_words,
)
from vankien.folding import fold

# fmt: off
PARSE = [
    ("1.393,757", 1393.757),
    ("54.511", 54511.0),
    ("8,0", 8.0),
    ("8,5", 8.5),
    ("375.300.000.000", 375300000000.0),
    ("1.029", 1029.0),
    ("3.5", 3.5),
    ("06", 6.0),
    ("0,57", 0.57),
    ("2.702.999,810", 2702999.81),
]

DECIMALS = [
    ("75,56", 2), ("54.511", 0), ("3.5", 1), ("8,0", 1), ("100", 0), ("1.393,757", 3),
]

COMPOUNDS = [
    ("25 tỷ 882 triệu 637 nghìn", 25882637000.0),
    ("1 tỷ 500 triệu", 1500000000.0),
    ("3 triệu 200 ngàn", 3200000.0),
    ("2 tỉ 5 trăm", None),  # "trăm" is no scale of this reader: only the first pair is a compound
]

FORMAT = [
    (75.6757, 2, "75,68"), (54511, None, "54.511"), (8.5, 1, "8,5"), (1393.757, 3, "1.393,757"),
    (1000000, None, "1.000.000"), (0.6, 1, "0,6"),
]

# Strings NUMBER_RE must find exactly (as one number) and strings it must not find whole.
FOUND = ["1.393,757", "54.511", "8,5", "100", "23.195.000.000"]
NOT_WHOLE = ["1.1.", "14/12/2022", "04-NQ/TU"]
# fmt: on


@pytest.mark.parametrize(("written", "value"), PARSE)
def test_parse_number(written, value):
    assert parse_number(written) == pytest.approx(value)


@pytest.mark.parametrize(("written", "places"), DECIMALS)
def test_decimals(written, places):
    assert decimals(written) == places


@pytest.mark.parametrize(("written", "value"), COMPOUNDS)
def test_parse_compound(written, value):
    folded = fold(written)
    match = COMPOUND_RE.match(folded)
    if value is None:
        assert match is None
    else:
        assert match is not None and match.group(0) == folded
        assert parse_compound(folded) == pytest.approx(value)


@pytest.mark.parametrize(("value", "places", "written"), FORMAT)
def test_format_number(value, places, written):
    assert format_number(value, places) == written


@pytest.mark.parametrize("written", FOUND)
def test_number_re_finds_whole_number(written):
    assert [m.group(0) for m in NUMBER_RE.finditer(written)] == [written]


@pytest.mark.parametrize("written", NOT_WHOLE)
def test_number_re_does_not_take_labels_dates_or_symbols_whole(written):
    assert written not in [m.group(0) for m in NUMBER_RE.finditer(written)]


@given(st.integers(min_value=0, max_value=10**15))
def test_whole_numbers_round_trip(value):
    written = format_number(value, 0)
    assert NUMBER_RE.fullmatch(written)
    assert parse_number(written) == value


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=1, max_value=4))
def test_decimal_numbers_round_trip(scaled, places):
    value = scaled / 10**places
    written = format_number(value, places)
    assert NUMBER_RE.fullmatch(written)
    assert parse_number(written) == pytest.approx(value, rel=1e-12, abs=1e-9)
    assert decimals(written) == places


@given(
    st.integers(min_value=1, max_value=99_999),
    st.integers(min_value=0, max_value=999),
    st.integers(min_value=0, max_value=999),
)
def test_compounds_round_trip(billions, millions, thousands):
    value = billions * 10**9 + millions * 10**6 + thousands * 10**3
    written = format_compound(value)
    folded = fold(written)
    if millions or thousands:
        assert COMPOUND_RE.fullmatch(folded)
    assert parse_compound(folded) == value


@given(
    st.integers(min_value=1, max_value=999), st.sampled_from(["nghìn", "triệu", "tỷ", "tỉ", "ngàn"])
)
def test_scaled_numbers_parse(count, scale):
    scales = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
    assert parse_compound(fold(f"{count} {scale}")) == count * scales[scale]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("muoi ba", 13),
        ("hai muoi", 20),
        ("hai muoi mot", 21),
        ("ba muoi lam", 35),
        ("nhat", 1),
        ("tu", 4),
        ("muoi", 10),
        # negatives: words that write no number from 1 to 99
        ("", None),
        ("muoi ba tu", None),
        ("hai ba", None),
        ("khoa", None),
    ],
)
def test_number_words(words, value):
    assert parse_number_words(words) == value
