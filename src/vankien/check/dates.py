"""Dates that cannot be, and dates in an order that cannot be.

``date_invalid``: a written date that does not exist (``31/02/2023``); a span of time that
ends before it starts (``từ ngày 15/3/2023 đến ngày 10/3/2023``, ``giai đoạn 2025 - 2020``);
a meeting held after the document that reports it was issued; a cited document dated after
the document citing it. Reads ``record.relations``, ``record.references``, ``record.meta``
and, for where to point, ``doc.layout``.
"""

from __future__ import annotations

import calendar
from datetime import date

from vankien.check._common import issue
from vankien.document import Doc
from vankien.models import Issue, Record, Relation

CODES = ("date_invalid",)


def check(record: Record, doc: Doc) -> list[Issue]:
    """Every impossible date or order of dates in ``record``."""
    found: list[Issue] = []
    for item in record.relations:
        if item.kind == "date":
            found.extend(_impossible(item, doc))
        elif item.kind == "date_range":
            found.extend(_backwards(item, doc))
    found.extend(_meeting_after_issue(record, doc))
    found.extend(_cited_after_issue(record, doc))
    found.extend(_periods(record, doc))
    return found


def _written(parts: list[float]) -> str:
    return "/".join(
        f"{int(p):02d}" if i < len(parts) - 1 else str(int(p))
        for i, p in enumerate(reversed(parts))
    )


def _iso_written(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"


def _impossible(item: Relation, doc: Doc) -> list[Issue]:
    day, month, year = (item.values.get(k) for k in ("day", "month", "year"))
    if not all(isinstance(v, float) for v in (day, month, year)):
        return []
    day, month, year = int(day), int(month), int(year)
    if not 1 <= month <= 12:
        message = f"Ngày {day:02d}/{month:02d}/{year} không có thật: không có tháng {month}"
    else:
        last = calendar.monthrange(year, month)[1]
        if 1 <= day <= last:
            return []
        message = (
            f"Ngày {day:02d}/{month:02d}/{year} không có thật: "
            f"tháng {month} năm {year} chỉ có {last} ngày"
        )
    return [issue(doc, "date_invalid", "error", item.span, message)]


def _backwards(item: Relation, doc: Doc) -> list[Issue]:
    start, end = item.values.get("start"), item.values.get("end")
    if not isinstance(start, list) or not isinstance(end, list) or len(start) != len(end):
        return []
    if tuple(end) >= tuple(start):
        return []
    what = "năm" if len(start) == 1 else "ngày"
    message = (
        f"Khoảng thời gian kết thúc ({what} {_written(end)}) "
        f"trước khi bắt đầu ({what} {_written(start)})"
    )
    return [issue(doc, "date_invalid", "error", item.span, message)]


def _meeting_after_issue(record: Record, doc: Doc) -> list[Issue]:
    meeting, issued = record.meta.meeting_on, record.meta.issued_on
    anchor = doc.layout.date or doc.layout.place_date
    if not meeting or not issued or meeting <= issued or anchor is None:
        return []
    message = (
        f"Hội nghị họp ngày {_iso_written(meeting)}, sau ngày ban hành văn bản "
        f"{_iso_written(issued)}"
    )
    return [issue(doc, "date_invalid", "error", anchor, message)]


def _cited_after_issue(record: Record, doc: Doc) -> list[Issue]:
    issued = record.meta.issued_on
    if not issued:
        return []
    found: list[Issue] = []
    for reference in record.references:
        if reference.date and reference.date > issued:
            cited = reference.number or reference.text
            message = (
                f"Văn bản được dẫn ({cited}) đề ngày {_iso_written(reference.date)}, "
                f"sau ngày ban hành văn bản này ({_iso_written(issued)})"
            )
            found.append(issue(doc, "date_invalid", "error", reference.span, message))
    return found


def _periods(record: Record, doc: Doc) -> list[Issue]:
    anchor = doc.layout.title or doc.layout.kind
    if anchor is None:
        return []
    found: list[Issue] = []
    for name, label in (("reviewed", "kỳ đánh giá"), ("planned", "kỳ kế hoạch")):
        period = getattr(record.meta.periods, name)
        if period and _valid(period[0]) and _valid(period[1]) and period[1] < period[0]:
            message = (
                f"{label.capitalize()} kết thúc ngày {_iso_written(period[1])}, "
                f"trước khi bắt đầu ({_iso_written(period[0])})"
            )
            found.append(issue(doc, "date_invalid", "error", anchor, message))
    return found


def _valid(iso: str) -> bool:
    try:
        date.fromisoformat(iso)
    except ValueError:
        return False
    return True
