"""The search for a strong predicate, reused by the names of one sentence, gives what a
fresh search gives."""

import pytest

from vankien.extract.assignments import _patterns, _strong_may_follow
from vankien.folding import fold

SENTENCES = [
    "Các sở, ban, ngành, đoàn thể có trách nhiệm triển khai. Ủy ban nhân dân xã báo cáo.",
    "Các sở, ban, ngành tổ chức thực hiện. Bộ Tài chính chủ trì, phối hợp với Bộ Nội vụ.",
    "Huyện ủy, Hội đồng nhân dân, Ủy ban nhân dân huyện lãnh đạo, chỉ đạo thực hiện.",
    "Bộ Y tế, Bộ Công an phải báo cáo! Các tỉnh, thành phố cần rà soát? Sở Tư pháp chủ trì.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_one_sentence_search_reused(text):
    folded = fold(text)
    pats = _patterns()
    seen = [-1, -1, -1]
    for hi in (len(folded), len(folded) // 2):
        for head_end in range(len(folded)):
            fresh = _strong_may_follow(folded, head_end, hi, pats, [-1, -1, -1])
            assert _strong_may_follow(folded, head_end, hi, pats, seen) == fresh
        for head_end in reversed(range(len(folded))):  # an earlier name after a later one
            fresh = _strong_may_follow(folded, head_end, hi, pats, [-1, -1, -1])
            assert _strong_may_follow(folded, head_end, hi, pats, seen) == fresh
