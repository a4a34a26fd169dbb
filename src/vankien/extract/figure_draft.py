"""A figure being built: what the figures extractor and its verdict rules fill in, one
attribute at a time, before the figure becomes a :class:`vankien.models.Figure`."""

from __future__ import annotations

from vankien.extract.quantities import Quantity

Span = tuple[int, int]


class Draft:
    """A figure being built: the quantity and the attributes found so far (a plain class
    with slots: ``Draft(q)`` sets every attribute to its default)."""

    __slots__ = (
        "q", "kind", "bound", "period", "indicator", "indicator_span", "target_value",
        "target_bound", "target_unit", "verdict", "verdict_cue", "difference", "from_level",
        "target_change", "in_target_paren", "clause", "sentence",
    )  # fmt: skip

    def __init__(self, q: Quantity) -> None:
        self.q = q
        self.kind = "actual"
        self.bound: str | None = None
        self.period: str | None = None
        self.indicator: str | None = None
        self.indicator_span: Span | None = None
        self.target_value: float | None = None
        self.target_bound: str | None = None
        self.target_unit: str | None = None
        self.verdict: str | None = None
        self.verdict_cue: str | None = None
        self.difference = False  # "vượt 01 người": a margin, not a level
        self.from_level = False  # "giảm từ 3,5% xuống còn 2,8%": a starting level
        self.target_change = False  # the target is a rise or fall ("(chỉ tiêu giảm 0,5%)")
        self.in_target_paren = False
        self.clause: Span | None = None  # the clause around the number, once asked for
        self.sentence: Span | None = None
