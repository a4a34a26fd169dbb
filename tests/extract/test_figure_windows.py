"""figures: the short cuts find what the plain rules find (the tail words that end an
indicator's window, the head noun it starts at, the parentheses that judge no figure)."""

from __future__ import annotations

import itertools

import pytest

from tests.factories import doc
from vankien.extract import figure_verdicts, figures
from vankien.extract.figure_context import cues
from vankien.folding import fold


def _tail_by_search(window: str) -> int:
    """The tail as first stated: found from the end, checked by a search one word before."""
    backwards = figures._TAIL_BACKWARDS.match(window[::-1])
    if backwards is None:
        return len(window)
    found = len(window) - backwards.end()
    tail = figures._STRIP_TAIL.search(window, max(0, found - figures._TAIL_WORD_MAX))
    if tail is not None and tail.start() < found:
        tail = figures._STRIP_TAIL.search(window)
    return tail.start() if tail else len(window)


_WORDS = sorted({w for t in figures._TAIL_WORDS for w in t.split()} | {"x", "(", ",", "ty"})


def _windows():
    for n in range(1, 3):
        for words in itertools.product(_WORDS, repeat=n):
            yield "so ho ngheo " + " ".join(words)
            yield "abc" + "  ".join(words) + " "


def test_tail_start_agrees_with_the_search():
    for window in _windows():
        assert figures._tail_start(window) == _tail_by_search(window), window


@pytest.mark.parametrize(
    ("text", "tail"),
    [("Tỷ lệ hộ nghèo đạt", " đạt"), ("Tổng số hộ là:", " là:"), ("Tổng số", "Tổng số")],
)
def test_tail_words(text, tail):
    assert text[figures._tail_start(fold(text)) :] == tail


def _head_by_count(folded: str, start: int, lead: int):
    return next(
        (
            m
            for m in cues("indicator.heads").finditer(folded, start, lead)
            if len(folded[m.start() : lead].split()) <= 16
        ),
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Tỷ lệ hộ nghèo đạt 5%",
        "Tổng số " + "một " * 15 + "tỷ lệ " + "hai " * 14 + "đạt 5%",
        "Tổng số " + "một " * 13 + "x " + "hai " * 2 + "đạt 5%",
        "Tỷ lệ" + " a" * 16 + " 5%",
        "Số lượng tổng thu ngân sách vốn mức 5%",
        "không có danh từ nào 5%",
    ],
)
def test_head_noun_within_sixteen_words(text):
    folded = fold(text)
    lead = len(folded) - 2
    for start in range(lead + 1):
        want = _head_by_count(folded, start, lead)
        got = figures._head(folded, start, lead)
        assert (got and got.span()) == (want and want.span())


# (text, the verdict of each figure): a parenthesis with no figure before it in its sentence
# judges none, and is skipped without changing what later ones judge.
VERDICT_SCOPES = [
    (
        "Thực hiện Nghị quyết (đạt chỉ tiêu). Tỷ lệ hộ nghèo đạt 80% (Nghị quyết là 70%).",
        ["not_met", None],
    ),
    ("(đạt chỉ tiêu) Tỷ lệ đạt 80%, tăng 5%.", [None, None]),
    ("Kết quả (đạt chỉ tiêu). Tỷ lệ đạt 80% (đạt chỉ tiêu nghị quyết).", ["met"]),
    ("Tỷ lệ đạt 80%. Số hộ (đạt chỉ tiêu) đạt 80% (vượt chỉ tiêu).", [None, "exceeded"]),
]


@pytest.mark.parametrize(("text", "verdicts"), VERDICT_SCOPES)
def test_parentheses_judge_only_figures_of_their_sentence(text, verdicts, monkeypatch):
    assert [f.verdict for f in figures.extract(doc(text))] == verdicts
    if not figure_verdicts.__file__.endswith(".py"):
        return  # compiled, its functions call each other directly: no patch reaches them
    monkeypatch.setattr(figure_verdicts, "_judges_nothing", lambda *_: False)
    assert [f.verdict for f in figures.extract(doc(text))] == verdicts
