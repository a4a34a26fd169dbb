"""The fast number search of quantities (digits written as 0, other characters as ASCII
stand-ins) finds what the candidates pattern finds in the folded text."""

import pytest

# fmt: off
SCAN_TEXTS = [
    "dat 12,5% va 1.393,757 ty dong; 1.2.3 ha; 7.5. 8,5, 9.000.1 nguoi",
    "“dat 12,5%” va 4 km² – 5‰ dan so, 3 m³ nuoc",  # stand-ins before and after numbers
    "tang 12\u2009% va 7\u3000ty dong, 3\u2009/\u20094 chi bo",  # spaces beyond ASCII
    "œ12 % và ²5 nguoi, «7» ha, 8» tan",  # letters beyond ASCII glued to a number
    "so ٣ nguoi, ١٢ %, 5٣ ha, ٣/٤ chi bo",  # digits beyond ASCII
    "12 m2, 3 m5, 10 km2x, 7 km3 va 8 m0 dat",  # units written with digits
    "x12 m2 1.2.3 ha ,5 nguoi .7 ha; 9 tan; 14/12/2022; 04-nq/tu",
    "dat 12,5% va 1.393,757 ty dong; 56/74 ap; 7,5-8%; 20 - 22%",
    "dien tich 12 m2, 3 m3, 10 km2 (km2); nam 2023; 04-nq/tu; 14/12/2022",
    "tu 7 den 8 tan, 10 luot/11 nguoi, 25 ty 882 trieu 637 nghin dong",
    "“dat 12,5%” va 4 km² – 5‰ dan so",  # not ASCII: the pattern as written
    "tang 12\x1c% va 7\x0bty dong, 3\n\t tan",  # ASCII spaces of every kind before a unit
    "x12 m2 1.2.3 ha ,5 nguoi .7 ha; 9 tan",
]
# fmt: on
NO_NUMBER = {"œ12 % và ²5 nguoi, «7» ha, 8» tan"}  # each number glued to a letter or mark


@pytest.mark.parametrize("folded", SCAN_TEXTS)
def test_fast_search_finds_what_the_pattern_finds(folded):
    from vankien.extract.quantities import _candidates, _number_spans

    for start in (0, 1, 5, 7):
        want = [m.span() for m in _candidates().finditer(folded, start)]
        assert list(_number_spans(folded, start)) == want
        assert want or start or folded in NO_NUMBER  # the others hold numbers to find


# (folded text, position) → where its spaces and tabs end
BLANK_ENDS = [("12 %", 2, 3), ("12%", 2, 2), ("12 \t %", 2, 5), ("12  ", 2, 4), ("12", 2, 2)]


@pytest.mark.parametrize(("folded", "pos", "end"), BLANK_ENDS)
def test_blank_end(folded, pos, end):
    from vankien.extract.quantities import blank_end

    assert blank_end(folded, pos) == end


# A unit after a line break continues a wrapped sentence only when written in lower case.
WRAPPED_UNITS = [
    ("đạt 1,6 \n triệu đồng", "triệu đồng"),
    ("có 12\n Người", None),
    ("có 12\n%", "%"),
]


@pytest.mark.parametrize(("text", "unit"), WRAPPED_UNITS)
def test_unit_after_a_line_break(text, unit):
    from vankien.extract.quantities import unit_at
    from vankien.folding import fold

    found = unit_at(text, fold(text), len(text[: text.index("\n")].rstrip()))
    assert (found.unit if found else None) == unit
