"""Target tracking: each target paired with the actuals later documents report.

A target (a figure of kind ``target``: issuer, indicator, period, value) is paired with
the actual figures of *later* documents of the same committee (same kind of body and
level, or any document citing the target's) for the same indicator and period.
Indicators match through their folded key and the synonyms of ``data/synonyms.toml``
(``tổng thu ngân sách nhà nước trên địa bàn`` and ``thu ngân sách`` are one indicator).
The latest comparable actual decides: ``met``, ``exceeded``, ``not_met``; none reported
yet: ``no_report``; reported in another unit: ``not_comparable``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from vankien.folding import key
from vankien.store.links import body
from vankien.store.rows import DocRow, FigureRow
from vankien.vocab import table

MET, EXCEEDED, NOT_MET, NO_REPORT, NOT_COMPARABLE, NO_PERIOD = (
    "met",
    "exceeded",
    "not_met",
    "no_report",
    "not_comparable",
    "no_period",
)
STATUS_VI = {
    MET: "đạt",
    EXCEEDED: "vượt",
    NOT_MET: "không đạt",
    NO_REPORT: "chưa có báo cáo",
    NOT_COMPARABLE: "không so sánh được",
    NO_PERIOD: "chưa rõ kỳ",
}
TOLERANCE = 1e-3  # relative: 70,0% against a target of 70% is met, not exceeded


@cache
def _synonyms() -> list[tuple[str, str]]:
    pairs = []
    for entry in table("synonyms")["indicators"]:
        name = key(entry["name"])
        for phrase in (entry["name"], *entry["synonyms"]):
            pairs.append((f" {key(phrase)} ", name))
    return sorted(pairs, key=lambda pair: -len(pair[0]))


@cache
def indicator_name(indicator_key: str | None) -> str | None:
    """The indicator an indicator phrase names: the longest synonym it contains, else itself.

    ``"tổng thu ngân sách nhà nước trên địa bàn"`` → ``"thu ngan sach nha nuoc"``.
    """
    if not indicator_key:
        return None
    folded = " " + re.sub(r"[^\w/]+", " ", key(indicator_key)).strip() + " "
    for phrase, name in _synonyms():
        if phrase in folded:
            return name
    return folded.strip() or None


@cache
def lower_is_better(name: str) -> bool:
    """Whether a lower value meets the target (``tỷ lệ hộ nghèo``), from ``directions.toml``."""
    padded = f" {name} "
    return any(f" {key(p)} " in padded for p in table("directions")["lower_is_better"]["phrases"])


def _unit(unit: str | None) -> str | None:
    """A unit's key for comparing: ``m²/người`` and ``m2/người`` are one unit."""
    return key(unit.translate(_SUPERSCRIPTS)) if unit else None


_SUPERSCRIPTS = str.maketrans("²³", "23")


def judge(target: FigureRow, actual: FigureRow, name: str) -> str:
    """The verdict of ``actual`` against ``target`` (``met``, ``exceeded``, ``not_met`` or
    ``not_comparable`` when units differ or a value is missing).

    A range target (``7,5-8%``) is met from its low end and exceeded above its high end;
    ``bound = max`` (``dưới 2%``) or a lower-is-better indicator reverses the direction; a
    bound is met or not met, never exceeded.
    """
    t_unit, a_unit = _unit(target.unit), _unit(actual.unit)
    if t_unit and a_unit and t_unit != a_unit:
        return NOT_COMPARABLE
    value = actual.value
    if value is None:
        return NOT_COMPARABLE
    if target.range_lo is not None and target.range_hi is not None:
        low, high = target.range_lo, target.range_hi
    elif target.value is not None:
        low = high = target.value
    else:
        return NOT_COMPARABLE
    lower = target.bound == "max" or (target.bound != "min" and lower_is_better(name))
    if lower:
        low, high, value = -high, -low, -value
    slack = TOLERANCE * max(abs(low), abs(high), 1e-9)
    if value < low - slack:
        return NOT_MET
    if value > high + slack and target.bound not in ("min", "max"):
        return EXCEEDED  # a bound ("dưới 3%", "trên 90%") is met or not, never exceeded
    return MET


@dataclass(frozen=True)
class Report:
    """An actual reported for a target, and its verdict."""

    figure: FigureRow
    doc: DocRow
    status: str


@dataclass(frozen=True)
class Tracked:
    """A target, the actuals reported for it (oldest first), and its status."""

    figure: FigureRow
    doc: DocRow
    indicator: str | None
    period: str | None
    reports: tuple[Report, ...]
    status: str

    @property
    def latest(self) -> Report | None:
        comparable = [r for r in self.reports if r.status != NOT_COMPARABLE]
        return (comparable or list(self.reports) or [None])[-1]


def _periods_match(target: str, actual: str) -> bool:
    if target == actual:
        return True
    if ".." in target:  # a plan for 2021..2025 is judged by what 2025 (or the term) reached
        return actual == target.split("..")[-1]
    return False


def _same_committee(target_doc: DocRow, actual_doc: DocRow) -> bool:
    if target_doc.level and actual_doc.level and target_doc.level != actual_doc.level:
        return False
    a, b = body(target_doc.issuer), body(actual_doc.issuer)
    return a is not None and a == b


def _later(target_doc: DocRow, actual_doc: DocRow) -> bool:
    if actual_doc.doc_id == target_doc.doc_id:
        return False
    if target_doc.date and actual_doc.date:
        return actual_doc.date > target_doc.date
    return actual_doc.doc_id > target_doc.doc_id


def _order(report: Report) -> tuple[str, int, int]:
    return (report.doc.date or "", report.doc.doc_id, report.figure.idx)


def track(
    targets: list[tuple[FigureRow, DocRow]],
    actuals: list[tuple[FigureRow, DocRow]],
    cites: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset(),
) -> list[Tracked]:
    """Pair each target with the actuals of later documents (``cites`` holds
    ``(citing doc id, cited doc id)`` pairs: a citing report is in scope whatever its issuer)."""
    by_key: dict[tuple[str, str], list[tuple[FigureRow, DocRow]]] = defaultdict(list)
    for figure, doc in actuals:
        name = indicator_name(figure.indicator_key)
        if name and figure.period:
            by_key[name, figure.period].append((figure, doc))
    out = []
    for figure, doc in targets:
        name = indicator_name(figure.indicator_key)
        if not figure.period:
            out.append(Tracked(figure, doc, name, None, (), NO_PERIOD))
            continue
        periods = {figure.period, figure.period.split("..")[-1]}
        reports = [
            Report(a_fig, a_doc, judge(figure, a_fig, name or ""))
            for period in sorted(periods)
            for a_fig, a_doc in by_key.get((name or "", period), [])
            if _periods_match(figure.period, period)
            and _later(doc, a_doc)
            and (_same_committee(doc, a_doc) or (a_doc.doc_id, doc.doc_id) in cites)
        ]
        reports.sort(key=_order)
        comparable = [r for r in reports if r.status != NOT_COMPARABLE] or reports
        status = comparable[-1].status if comparable else NO_REPORT
        out.append(Tracked(figure, doc, name, figure.period, tuple(reports), status))
    return out
