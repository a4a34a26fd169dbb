"""Percents against their fractions, totals against their parts, changes against their values.

Computed over ``record.relations`` only (never the text):

- ``percent_mismatch``: ``56/74 ..., đạt 75,56%`` (56/74 = 75,68 %); a percent rounded *or*
  truncated at its written precision agrees (54.511/67.837 written 80,35 % is consistent).
- ``total_mismatch``: ``nhận 17 đơn (tố cáo 04, khiếu nại 01, kiến nghị 12)`` must sum to 17;
  only breakdowns that list every part (never a ``trong đó`` list).
- ``change_mismatch``: ``17 ..., vượt 01 người (vượt 6,25%) ... (giao 16 người)`` is
  consistent; a direction (``tăng``/``giảm``), difference or percent that the two written
  values contradict is not.
"""

from __future__ import annotations

from decimal import Decimal

from vankien.check._common import agrees, exact, issue, show
from vankien.document import Doc
from vankien.models import Issue, Record, Relation

CODES = ("percent_mismatch", "total_mismatch", "change_mismatch")


def check(record: Record, doc: Doc) -> list[Issue]:
    """Every arithmetic contradiction among ``record.relations``."""
    found: list[Issue] = []
    for item in record.relations:
        if item.kind == "ratio":
            found.extend(_ratio(item, doc))
        elif item.kind == "total" and item.exhaustive:
            found.extend(_total(item, doc))
        elif item.kind == "change":
            found.extend(_change(item, doc))
    return found


def _ratio(item: Relation, doc: Doc) -> list[Issue]:
    part, whole, percent = (item.values.get(k) for k in ("part", "whole", "percent"))
    if (
        not isinstance(part, float)
        or not isinstance(whole, float)
        or not isinstance(percent, float)
    ):
        return []
    if whole <= 0:
        return []
    places = item.decimals.get("percent", 0)
    computed = exact(part, whole)
    if agrees(computed, percent, places):
        return []
    if item.values.get("rounded") and _within_rounding(item, part, whole, percent, places):
        return []
    message = (
        f"{show(part)}/{show(whole)} = {show(computed, max(places, 2))} %, "
        f"văn bản ghi {show(percent, places)} %"
    )
    return [issue(doc, "percent_mismatch", "error", item.span, message)]


def _within_rounding(
    item: Relation, part: float, whole: float, percent: float, places: int
) -> bool:
    """Whether amounts written rounded (``1.987/5.412 tỷ đồng``: each within half a unit of
    its last digit) may give the percent written (36,72 %: 1.987,3/5.412 does), at the
    percent's own precision."""
    half_part = Decimal(5) / Decimal(10) ** (item.decimals.get("part", 0) + 1)
    half_whole = Decimal(5) / Decimal(10) ** (item.decimals.get("whole", 0) + 1)
    low_whole = Decimal(repr(whole)) - half_whole
    if low_whole <= 0:
        return False
    part_d, whole_d = Decimal(repr(part)), Decimal(repr(whole))
    low = (part_d - half_part) / (whole_d + half_whole) * 100
    high = (part_d + half_part) / low_whole * 100
    step = Decimal(1) / Decimal(10) ** places
    return low - step <= Decimal(repr(percent)) <= high + step


def _total(item: Relation, doc: Doc) -> list[Issue]:
    total, parts = item.values.get("total"), item.values.get("parts")
    if not isinstance(total, float) or not isinstance(parts, list) or len(parts) < 2:
        return []
    places = max([item.decimals.get("total", 0), *(_places(p) for p in parts)])
    computed = sum(Decimal(repr(p)) for p in parts)
    if agrees(computed, total, places):
        return []
    listed = " + ".join(show(p) for p in parts)
    message = f"Tổng các phần {listed} = {show(computed)}, văn bản ghi tổng là {show(total)}"
    return [issue(doc, "total_mismatch", "error", item.span, message)]


def _places(value: float) -> int:
    return 0 if float(value).is_integer() else len(repr(value).partition(".")[2])


def _change(item: Relation, doc: Doc) -> list[Issue]:
    values = item.values
    base, new = values.get("base"), values.get("new")
    if not isinstance(base, float) or not isinstance(new, float):
        return []
    points = bool(values.get("percent_values"))
    sign = "%" if points else ""
    pair = f"từ {show(base)}{sign} thành {show(new)}{sign}"
    problems: list[str] = []
    for key in ("direction", "stated_direction"):
        said = values.get(key)
        if isinstance(said, float) and said and new != base and (new > base) != (said > 0):
            word = "tăng" if said > 0 else "giảm"
            problems.append(f"văn bản ghi “{word}” nhưng số liệu {pair}")
            break
    difference = Decimal(repr(new)) - Decimal(repr(base))
    delta = values.get("delta")
    if isinstance(delta, float):
        places = item.decimals.get("delta", 0)
        if not agrees(abs(difference), delta, places):
            problems.append(
                f"{show(new)} − {show(base)} = {show(difference, places)}, "
                f"văn bản ghi chênh lệch {show(delta, places)}"
            )
    percent = values.get("percent")
    if isinstance(percent, float) and base:
        places = item.decimals.get("percent", 0)
        relative = exact(abs(float(difference)), abs(base))
        if not agrees(relative, percent, places) and not (
            points and agrees(abs(difference), percent, places)
        ):
            problems.append(
                f"({show(new)} − {show(base)})/{show(base)} = {show(relative, max(places, 2))} %, "
                f"văn bản ghi {show(percent, places)} %"
            )
    ratio = values.get("ratio_percent")
    if isinstance(ratio, float) and base:
        places = item.decimals.get("ratio_percent", 0)
        computed = exact(new, base)
        if not agrees(computed, ratio, places):
            problems.append(
                f"{show(new)}/{show(base)} = {show(computed, max(places, 2))} %, "
                f"văn bản ghi bằng {show(ratio, places)} %"
            )
    if not problems:
        return []
    return [issue(doc, "change_mismatch", "error", item.span, "; ".join(problems))]
