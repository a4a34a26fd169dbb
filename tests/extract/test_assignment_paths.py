"""Shortcuts of the assignments extractor give what the long way gives."""

import pytest

from vankien.extract.assignment_zones import _no_lower, zones
from vankien.extract.assignments import _candidates, _clean, _patterns
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


@pytest.mark.parametrize(
    "line",
    ["TỔ CHỨC THỰC HIỆN", "TỔ CHỨC thực hiện", "Ủ – “Ư”", "ĐẢNG ủy …", "ĐẢNG … ⓐ", "12 – 3", "ố"],
)
def test_no_lower_counts_letters_below_u2000(line):
    assert _no_lower(line) is not any(c.islower() and c < "\u2000" for c in line)


@pytest.mark.parametrize(
    "text, cues",
    [
        ("Giao Ủy ban kiểm tra tham mưu.", [(0, 4, 5)]),
        (
            "giao nhiệm vụ cho Ban Tuyên giáo chỉ đạo; giao cho UBND huyện; giao thông",
            [(0, 17, 18), (28, 32, 33), (42, 50, 51), (63, 67, 68)],
        ),
        (
            "Đề nghị các cơ quan thực hiện. Yêu cầu: Ban Dân vận báo cáo.",
            [(0, 7, 8), (31, 38, 40)],
        ),
        ("1. Ban Thường vụ chỉ đạo\n2. Huyện ủy giao   Ban Tổ chức", [(37, 41, 44)]),
        # the longest cue a name follows: "giao nhiệm vụ" is no cue, "giao" is
        (
            "giao nhiệm vụ Ban Dân vận; giao cho các huyện; giao: **Ban Tổ chức",
            [(27, 35, 36), (47, 51, 55)],
        ),
    ],
)
def test_lead_cues_found_with_the_name_after_them(text, cues):
    """``(start, cue end, name start)`` of each lead cue that a name follows."""
    folded = fold(text)
    found = _candidates(folded, 0, len(folded), _patterns(), [])
    assert [(c[2], c[4], c[0]) for c in found if c[3] == "lead"] == cues
