"""The summary of a batch of records as a table, one row per document (Vietnamese headers)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .models import Record

if TYPE_CHECKING:
    from rich.table import Table

LEVELS = {"trung_uong": "Trung ương", "tinh": "Tỉnh", "huyen": "Huyện", "xa": "Xã"}


def _short(path: str | None) -> str:
    """The file's folder and name: ``../corpus/external/nomvn/001.txt`` → ``nomvn/001.txt``."""
    if not path:
        return "—"
    parts = Path(path).parts
    return "/".join(parts[-2:])


def summary_row(record: Record) -> dict[str, str]:
    """One document's row: kind, number, issuer, level, issue date and item counts."""
    meta = record.meta
    targets = sum(1 for f in record.figures if f.kind == "target")
    return {
        "Tệp": _short(record.source.path),
        "Loại": meta.doc_type or "—",
        "Số": meta.number or "—",
        "Cơ quan ban hành": meta.issuer or "—",
        "Cấp": LEVELS.get(meta.level or "", "—"),
        "Ngày ban hành": meta.issued_on or "—",
        "Trích dẫn": str(len(record.references)),
        "Số liệu": str(len(record.figures)),
        "Chỉ tiêu": str(targets),
        "Phân công": str(len(record.assignments)),
        "Vấn đề": str(len(record.issues)),
    }


def summary_table(records: list[Record]) -> Table:
    """A rich table of :func:`summary_row` for each record."""
    from rich.table import Table

    table = Table(title=f"{len(records)} văn bản", title_justify="left")
    rows = [summary_row(r) for r in records]
    for column in rows[0] if rows else summary_row(Record()):
        numeric = column in ("Trích dẫn", "Số liệu", "Chỉ tiêu", "Phân công", "Vấn đề")
        table.add_column(column, justify="right" if numeric else "left", overflow="fold")
    for row in rows:
        table.add_row(*row.values())
    return table
