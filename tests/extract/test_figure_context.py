"""The context of a figure: headings over a position, cue searches shared by a clause."""

from __future__ import annotations

import pytest

from tests.factories import doc
from vankien.extract.figure_context import _SENTENCE_END, Context, _block_ends, cues
from vankien.folding import fold

REPORT = """BÁO CÁO
tình hình thực hiện nhiệm vụ năm 2023

I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2023

1. Về kinh tế

Tổng giá trị sản xuất đạt 1.393 tỷ đồng, tăng 8,5%.

2. Về xã hội

Tỷ lệ hộ nghèo giảm còn 3,62%.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024

Phấn đấu tốc độ tăng trưởng đạt 9%.
"""


def _every_heading_over(ctx: Context, pos: int) -> list:
    return [h for h in ctx.headings if h.span[0] <= pos < h.span[1] and pos >= h.text_span[1]]


def test_headings_over_a_position_follow_the_nesting():
    ctx = Context(doc(REPORT))
    assert ctx.headings and ctx._nesting is not None
    for pos in range(len(REPORT)):
        assert ctx._over(pos) == _every_heading_over(ctx, pos)


def test_headings_that_do_not_nest_are_all_looked_at():
    ctx = Context(doc(REPORT))
    first, second = ctx.headings[0], ctx.headings[1]
    second.span = (second.span[0], first.span[1] + 5)  # runs past the section it starts in
    assert ctx._nesting is None
    for pos in range(len(REPORT)):
        assert ctx._over(pos) == _every_heading_over(ctx, pos)


# (clause, the ends asked for in turn): each answer is that of a fresh search.
CLAUSES = [
    "Tỷ lệ đạt 80%, tăng 5%, phấn đấu đạt 90% và 95%",
    "phấn đấu 80%, tăng 5%",
    "Năm 2023, dự kiến đạt 12%, đạt 15%",
]


@pytest.mark.parametrize("text", CLAUSES)
def test_a_clause_is_searched_once_for_its_figures(text):
    d = doc(text, with_meta=False)
    ctx = Context(d)
    pattern = cues("kind.target.strong")
    numbers = [i for i, c in enumerate(d.folded) if c.isdigit() and not d.folded[i - 1].isdigit()]
    for end in numbers:
        fresh = pattern.search(d.folded, 0, end) is None
        assert ctx.none_before(pattern, 0, end) is fresh
    for start in numbers:
        fresh = pattern.search(d.folded, start, len(d.folded)) is None
        assert ctx.none_after(pattern, start, len(d.folded)) is fresh


def test_no_head_noun_is_longer_than_the_bare_head_limit():
    from vankien.extract.figures import _bare_head_max, _bare_heads

    assert max(map(len, _bare_heads())) <= _bare_head_max()


def test_has_period_agrees_with_periods():
    d = doc("Năm 2023, tăng 5%; trong 06 tháng đầu năm 2024 đạt 7%.", with_meta=False)
    ctx = Context(d)
    n = len(d.folded)
    for start in range(n):
        for end in range(start, n + 1, 5):
            found = any(p.span[0] < end for p in ctx.periods(start, n, 2024))
            assert ctx.has_period(start, end) is found


@pytest.mark.parametrize(
    "text", ["tăng 14 vụ so với cùng kỳ năm 2019", "theo giá năm 2010", "tầm nhìn 2045", "năm 2023"]
)
def test_one_search_stands_for_the_comparison_words(text):
    from vankien.extract.figure_context import _comparison_words, _first_words
    from vankien.folding import fold

    folded = fold(text)
    for start in range(len(folded)):
        for end in range(start, len(folded) + 1):
            any_word = any(
                folded.find(w, start, end) >= 0 for w in _first_words("comparison.before")
            )
            assert (_comparison_words().search(folded, start, end) is not None) is any_word


@pytest.mark.parametrize(
    "text",
    [
        "Đạt 90%. Tăng 5%; giảm 2%:\n- một\n\n## Hai\nba.\n1.2. bốn**\n iv. năm)\t\nsáu!",
        "Kết quả (“đạt”). Chỉ tiêu?** \n*Ghi chú*:\n12) mục\n2.3.4 x\nii- y; z .\n\n\n",
        "",
        "không dấu chấm\nnào cả",
    ],
)
def test_sentence_ends_are_found_as_the_pattern_finds_them(text):
    """``_block_ends`` finds each end ``_SENTENCE_END`` states, from each block's start."""
    folded = fold(text)
    starts = [0] + [i + 1 for i, c in enumerate(folded) if c == "\n" and i + 1 < len(folded)]
    for start in starts:
        expected = [m.end() for m in _SENTENCE_END.finditer(folded, start)]
        assert _block_ends(folded, start, len(folded)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kết quả;  \nhai\t\n\n- ba:\t \nbốn \n1.\nnăm \n  \n  2) sáu\n ",
        " \nMột:\n \t\nhai)\n**ba**\niv.\n1.2\nx",
        "a \n\nb  \n- c;\n#\n## d\n1.\n\n",
    ],
)
def test_a_block_ends_where_the_pattern_finds_ends_before_its_end(text):
    """A block ends at any line start: its ends are the pattern's ends that start before it,
    even where what follows a line break lies past it (``1.\nx``: a list item ``1.`` goes on
    into the next line); blanks at a line's end are read back over."""
    folded = fold(text)
    starts = [0] + [i + 1 for i, c in enumerate(folded) if c == "\n" and i + 1 < len(folded)]
    for start in starts:
        for end in [s for s in starts if s > start] + [len(folded)]:
            expected = [m.end() for m in _SENTENCE_END.finditer(folded, start) if m.start() < end]
            assert _block_ends(folded, start, end) == expected, (start, end)


def test_a_paragraph_lead_is_read_from_any_of_its_wrapped_lines():
    """``Trong 6 tháng đầu năm 2023, ...`` wrapped over lines opens its paragraph from each
    line (the paragraph's start is kept per line start); after ``.`` a paragraph begins."""
    text = (
        "BÁO CÁO\n\nTrong 6 tháng đầu năm 2023, tổng thu ngân sách\nđạt 90 tỷ đồng, tăng\n"
        "5% so với kế hoạch.\nThu hút đầu tư đạt 12 dự án.\n"
    )
    ctx = Context(doc(text))
    folded = ctx.doc.folded
    first = [folded.index(w) for w in ("90 ty", "5% so")]
    assert [ctx.paragraph_lead(pos, 2023).label for pos in first * 2] == ["2023-H1"] * 4
    assert ctx.paragraph_lead(folded.index("12 du an"), 2023) is None


@pytest.mark.parametrize("path", ["running_total", "year_so_far"])
def test_word_lists_find_their_examples_not_their_counter_examples(path: str) -> None:
    from vankien.vocab import table

    entry = table("figure_cues")[path]
    pattern = cues(f"{path}.words")
    for example in entry["examples"]:
        assert pattern.search(fold(example)), example
    for counter in entry["counter_examples"]:
        assert not pattern.search(fold(counter)), counter
