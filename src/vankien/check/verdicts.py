"""The text's verdict (đạt / vượt / chưa đạt / không đạt) against the result and its target.

``verdict_mismatch``: ``đạt 60% (Nghị quyết là 70% - thực hiện vượt chỉ tiêu)`` says
exceeded of a result under its target. The direction of the indicator counts: for the
lower-is-better indicators of ``data/directions.toml`` (tỷ lệ hộ nghèo, tai nạn giao thông,
nợ xấu, số vụ vi phạm …) or a ``dưới``/``không quá`` target, a result under the target
meets it. ``đạt`` accepts a result beyond the target; ``vượt`` of a result equal to a plain
target is left alone. Read from ``verdict`` relations, and from figures that carry the
words of their verdict (``verdict_cue``) where no relation covers them.
"""

from __future__ import annotations

from functools import cache, lru_cache

from vankien.check._common import issue, overlaps, show
from vankien.document import Doc
from vankien.folding import key
from vankien.models import Figure, Issue, Record, Relation
from vankien.vocab import table

CODES = ("verdict_mismatch",)
SAID = {1.0: "vượt", 0.0: "đạt", -1.0: "chưa đạt"}
VERDICTS = {"exceeded": 1.0, "met": 0.0, "not_met": -1.0}


class Claim:
    """A result, its target and what the text says of it: ``bound`` 1 minimum, -1 maximum,
    0 plain; ``said`` 1 exceeded, 0 met, -1 not met (``Claim(60, 70, 0, False, 1, False)``:
    60 of a target of 70 said to exceed it)."""

    __slots__ = ("actual", "target", "bound", "strict", "said", "lower_better")

    def __init__(
        self,
        actual: float,
        target: float,
        bound: float,
        strict: bool,
        said: float,
        lower_better: bool,
    ) -> None:
        self.actual = actual
        self.target = target
        self.bound = bound
        self.strict = strict
        self.said = said
        self.lower_better = lower_better


def check(record: Record, doc: Doc) -> list[Issue]:
    """Every verdict its own numbers contradict."""
    found: list[Issue] = []
    covered = [r.span for r in record.relations if r.kind == "verdict"]
    for item in record.relations:
        if item.kind == "verdict":
            claim = _from_relation(item)
            if claim and (problem := contradiction(claim)):
                found.append(issue(doc, "verdict_mismatch", "error", item.span, problem))
    for figure in record.figures:
        if not figure.verdict_cue:
            continue  # the text states no verdict of it
        claim = _from_figure(figure)
        if claim is None or any(overlaps(figure.span, span) for span in covered):
            continue
        if problem := contradiction(claim):
            found.append(issue(doc, "verdict_mismatch", "error", figure.span, problem))
    return found


def contradiction(claim: Claim) -> str | None:
    """What is wrong with ``claim``, in Vietnamese, or ``None`` when it holds."""
    actual, target = claim.actual, claim.target
    if claim.lower_better:
        reached = actual < target if claim.strict else actual <= target
    else:
        reached = actual > target if claim.strict else actual >= target
    wrong = (claim.said >= 0 and not reached) or (claim.said < 0 and reached)
    if not wrong:
        return None
    bound = {
        1.0: "trên " if claim.strict else "từ ",
        -1.0: "dưới " if claim.strict else "không quá ",
    }
    truth = "đạt" if claim.said < 0 else "chưa đạt"
    direction = " (chỉ tiêu càng thấp càng tốt)" if claim.lower_better else ""
    return (
        f"Kết quả {show(actual)} so với chỉ tiêu {bound.get(claim.bound, '')}{show(target)}"
        f"{direction} là {truth}, văn bản ghi “{SAID[claim.said]}”"
    )


def _from_relation(item: Relation) -> Claim | None:
    values = item.values
    keys = ("actual", "target", "bound", "strict", "verdict", "lower_better")
    if not all(isinstance(values.get(k), float) for k in keys):
        return None
    return Claim(
        actual=values["actual"],
        target=values["target"],
        bound=values["bound"],
        strict=bool(values["strict"]),
        said=values["verdict"],
        lower_better=bool(values["lower_better"]),
    )


def _from_figure(figure: Figure) -> Claim | None:
    if not figure.verdict_cue or figure.verdict is None:
        return None
    if figure.value is None or figure.target_value is None or figure.bound == "approx":
        return None
    if figure.unit == "%" and figure.target_value > 100:
        return None
    bound = {"min": 1.0, "max": -1.0}.get(figure.bound or "", 0.0)
    if bound and figure.value == figure.target_value:
        return None  # "trên 80%" met by exactly 80? the figure does not say if the bound is strict
    lower = bound < 0 or (bound == 0 and _lower_better(figure.indicator or ""))
    return Claim(
        actual=figure.value,
        target=figure.target_value,
        bound=bound,
        strict=False,
        said=VERDICTS[figure.verdict],
        lower_better=lower,
    )


@cache
def _phrases() -> tuple[str, ...]:
    return tuple(key(p) for p in table("directions")["lower_is_better"]["phrases"])


@lru_cache(maxsize=1024)
def _lower_better(indicator: str) -> bool:
    folded = key(indicator)
    return any(phrase in folded for phrase in _phrases())
