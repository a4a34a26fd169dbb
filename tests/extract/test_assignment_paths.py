"""Shortcuts of the assignments extractor give what the long way gives."""

import pytest

from vankien.extract.assignment_zones import zones
from vankien.extract.assignments import _clean
from vankien.folding import fold

TEXT = (
    "I. KẾT QUẢ THỰC HIỆN\nNăm 2023 đạt nhiều kết quả.\nII. NHIỆM VỤ\n"
    "1. Ban Thường vụ Huyện ủy chỉ đạo.\nNơi nhận:\n- III. TỔ CHỨC THỰC HIỆN\n"
)


@pytest.mark.parametrize("until", [0, 20, 45, 60, len(TEXT) - 1])
def test_zones_until_keeps_the_parts_before(until):
    whole = zones(TEXT, fold(TEXT))
    cut = zones(TEXT, fold(TEXT), until=until)
    kept = [(p, k) for p, k in zip(*whole, strict=True) if p <= until]
    assert [(p, k) for p, k in zip(*cut, strict=True) if p <= until] == kept


@pytest.mark.parametrize(
    "text, cleaned",
    [
        ("lãnh đạo, chỉ đạo.", "lãnh đạo, chỉ đạo"),
        ("**lãnh  đạo**;", "lãnh đạo"),
        (" triển khai\nthực hiện ", "triển khai thực hiện"),
        ("báo\u00a0cáo", "báo cáo"),
        ("_ rà soát /", "rà soát"),
    ],
)
def test_clean(text, cleaned):
    assert _clean(text) == cleaned
    assert _clean(text) == " ".join(text.replace("*", " ").split()).strip(" _:;,.-/")


def test_end_found_after_an_earlier_first_word():
    text = "Nội dung:\n1. Giao Ban Thường vụ chỉ đạo.\nNơi nhận:\n- Như trên"
    positions, kinds = zones(text, fold(text))
    assert kinds[-1] == "end" and text[positions[-1] :].startswith("Nơi nhận")
