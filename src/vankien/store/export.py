"""Export: the corpus as JSON Lines, CSV or an Excel workbook.

Tables: ``records`` (the records themselves, JSON Lines), ``documents``, ``figures``,
``targets`` (with their tracking status) and ``tasks``. JSON Lines keeps the field names;
CSV (UTF-8 with BOM, so Excel reads the marks) and XLSX use Vietnamese column headers;
an XLSX workbook holds every table, one sheet each.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Protocol

from vankien.store.targets import STATUS_VI

if TYPE_CHECKING:
    from vankien.store.db import Store
    from vankien.store.rows import DocRow
    from vankien.store.targets import Tracked
    from vankien.store.tasks import Task


class Corpus(Protocol):
    """What an export reads of a corpus (:class:`vankien.corpus.Corpus`)."""

    store: Store

    def documents(self) -> list[DocRow]: ...

    def targets(self) -> list[Tracked]: ...

    def tasks(self) -> list[Task]: ...


TABLES = ("records", "documents", "figures", "targets", "tasks")
FORMATS = ("jsonl", "csv", "xlsx")
KIND_VI = {"actual": "thực hiện", "target": "chỉ tiêu", "change": "tăng/giảm"}
VERDICT_VI = {"met": "đạt", "exceeded": "vượt", "not_met": "không đạt"}

COLUMNS: dict[str, dict[str, str]] = {
    "documents": {
        "id": "Mã",
        "path": "Tệp",
        "version": "Phiên bản",
        "doc_type": "Loại văn bản",
        "number": "Số, ký hiệu",
        "issuer": "Cơ quan ban hành",
        "level": "Cấp",
        "term": "Khóa",
        "date": "Ngày",
        "title": "Trích yếu",
        "issues": "Số vấn đề",
        "sha256": "SHA-256",
    },
    "figures": {
        "doc_id": "Mã văn bản",
        "doc": "Văn bản",
        "text": "Số liệu",
        "value": "Giá trị",
        "unit": "Đơn vị",
        "kind": "Loại",
        "bound": "Giới hạn",
        "period": "Kỳ",
        "indicator": "Chỉ tiêu",
        "target_value": "Giá trị kế hoạch",
        "verdict": "Đánh giá",
        "start": "Vị trí đầu",
        "end": "Vị trí cuối",
    },
    "targets": {
        "doc_id": "Mã văn bản",
        "doc": "Văn bản",
        "issuer": "Cơ quan ban hành",
        "indicator": "Chỉ tiêu",
        "period": "Kỳ",
        "target": "Mục tiêu",
        "status": "Tình trạng",
        "actual": "Kết quả báo cáo",
        "report_doc_id": "Mã văn bản báo cáo",
        "report_doc": "Văn bản báo cáo",
    },
    "tasks": {
        "doc_id": "Mã văn bản",
        "doc": "Văn bản",
        "responsible": "Đơn vị chịu trách nhiệm",
        "task": "Nhiệm vụ",
        "due_text": "Thời hạn (nguyên văn)",
        "due": "Hạn",
        "overdue": "Quá hạn",
        "text": "Câu giao nhiệm vụ",
    },
}
SHEETS = {"documents": "Văn bản", "figures": "Số liệu", "targets": "Chỉ tiêu", "tasks": "Nhiệm vụ"}


def _documents(corpus: Corpus) -> Iterator[dict[str, object]]:
    for d in corpus.documents():
        yield {
            "id": d.doc_id,
            "path": d.path,
            "version": d.version,
            "doc_type": d.doc_type,
            "number": d.number,
            "issuer": d.issuer,
            "level": d.level,
            "term": d.term,
            "date": d.date,
            "title": d.title,
            "issues": d.n_issues,
            "sha256": d.sha256,
        }


def _figures(corpus: Corpus) -> Iterator[dict[str, object]]:
    docs = {d.version_id: d for d in corpus.documents()}
    for f in corpus.store.figures():
        doc = docs.get(f.version_id)
        if doc is None:
            continue
        yield {
            "doc_id": doc.doc_id,
            "doc": doc.number or Path(doc.path).name,
            "text": f.text,
            "value": f.value,
            "unit": f.unit,
            "kind": f.kind,
            "bound": f.bound,
            "period": f.period,
            "indicator": f.indicator,
            "target_value": f.target_value,
            "verdict": f.verdict,
            "start": f.start,
            "end": f.end,
        }


def _targets(corpus: Corpus) -> Iterator[dict[str, object]]:
    for t in corpus.targets():
        latest = t.latest
        yield {
            "doc_id": t.doc.doc_id,
            "doc": t.doc.number or Path(t.doc.path).name,
            "issuer": t.doc.issuer,
            "indicator": t.figure.indicator,
            "period": t.period,
            "target": t.figure.text,
            "status": t.status,
            "actual": latest.figure.text if latest else None,
            "report_doc_id": latest.doc.doc_id if latest else None,
            "report_doc": (latest.doc.number or Path(latest.doc.path).name) if latest else None,
        }


def _tasks(corpus: Corpus) -> Iterator[dict[str, object]]:
    for t in corpus.tasks():
        a = t.assignment
        yield {
            "doc_id": t.doc.doc_id,
            "doc": t.doc.number or Path(t.doc.path).name,
            "responsible": a.responsible,
            "task": a.task,
            "due_text": a.due_text,
            "due": a.due,
            "overdue": t.overdue,
            "text": a.text,
        }


ROWS: dict[str, Callable[[Corpus], Iterator[dict[str, object]]]] = {
    "documents": _documents,
    "figures": _figures,
    "targets": _targets,
    "tasks": _tasks,
}


def _shown(table: str, column: str, value: object) -> object:
    """A cell as an Excel user reads it: Vietnamese words for codes, blank for none."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "có" if value else "không"
    if table == "figures" and column == "kind":
        return KIND_VI.get(str(value), value)
    if table == "figures" and column == "verdict":
        return VERDICT_VI.get(str(value), value)
    if table == "targets" and column == "status":
        return STATUS_VI.get(str(value), value)
    return value


def export(corpus: Corpus, out: IO | str | Path, fmt: str, table: str) -> int:
    """Write ``table`` of ``corpus`` to ``out`` (a path or an open file) as ``fmt``."""
    if fmt not in FORMATS:
        raise ValueError(fmt)
    if fmt == "xlsx":
        return _xlsx(corpus, out)
    if isinstance(out, str | Path):
        with Path(out).open(
            "w", encoding="utf-8-sig" if fmt == "csv" else "utf-8", newline=""
        ) as f:
            return export(corpus, f, fmt, table)
    if fmt == "jsonl":
        count = 0
        if table == "records":
            for _, record in corpus.store.iter_records():
                out.write(record + "\n")
                count += 1
            return count
        for row in ROWS[table](corpus):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
        return count
    table = "documents" if table == "records" else table
    columns = COLUMNS[table]
    writer = csv.writer(out)
    writer.writerow(columns.values())
    count = 0
    for row in ROWS[table](corpus):
        writer.writerow([_shown(table, c, row.get(c)) for c in columns])
        count += 1
    return count


def _xlsx(corpus: Corpus, out: IO | str | Path) -> int:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    count = 0
    for table, title in SHEETS.items():
        sheet = book.create_sheet(title)
        columns = COLUMNS[table]
        sheet.freeze_panes = "A2"
        header = []
        for name in columns.values():
            from openpyxl.cell import WriteOnlyCell

            cell = WriteOnlyCell(sheet, value=name)
            cell.font = Font(bold=True)
            header.append(cell)
        sheet.append(header)
        for row in ROWS[table](corpus):
            sheet.append([_shown(table, c, row.get(c)) for c in columns])
            count += 1
    if isinstance(out, str | Path):
        book.save(str(out))
    else:
        buffer = io.BytesIO()
        book.save(buffer)
        out.write(buffer.getvalue())
    return count
