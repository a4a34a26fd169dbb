"""Deadlines (tasks, overdue as of a day) and exports (JSON Lines, CSV, Excel)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.store.builders import build, store

TEXT = """KẾT LUẬN
Giao Ban Thường vụ Huyện ủy chỉ đạo tổng kết trước ngày 30/6/2023.
Ủy ban nhân dân huyện có trách nhiệm hoàn thành giải phóng mặt bằng trong quý IV/2024.
Ban Tuyên giáo Huyện ủy có trách nhiệm tuyên truyền.
"""

# fmt: off
ASSIGNMENTS = [
    {"fragment": "Giao Ban Thường vụ Huyện ủy chỉ đạo", "responsible": "Ban Thường vụ Huyện ủy",
     "task": "chỉ đạo tổng kết", "due_text": "trước ngày 30/6/2023", "due": "2023-06-30"},
    {"fragment": "Ủy ban nhân dân huyện có trách nhiệm", "responsible": "Ủy ban nhân dân huyện",
     "task": "hoàn thành giải phóng mặt bằng", "due_text": "trong quý IV/2024", "due": "2024-12-31"},
    {"fragment": "Ban Tuyên giáo Huyện ủy có trách nhiệm", "responsible": "Ban Tuyên giáo Huyện ủy",
     "task": "tuyên truyền"},
]
TASK_CASES = [
    # options, responsible bodies listed (in order)
    ({"as_of": "2023-01-01"}, ["Ban Thường vụ Huyện ủy", "Ủy ban nhân dân huyện", "Ban Tuyên giáo Huyện ủy"]),
    ({"overdue": True, "as_of": "2023-06-30"}, []),
    ({"overdue": True, "as_of": "2023-07-01"}, ["Ban Thường vụ Huyện ủy"]),
    ({"overdue": True, "as_of": "2025-01-01"}, ["Ban Thường vụ Huyện ủy", "Ủy ban nhân dân huyện"]),
    ({"responsible": "ban thuong vu", "as_of": "2023-01-01"}, ["Ban Thường vụ Huyện ủy"]),
    ({"responsible": "HUYỆN ỦY", "as_of": "2023-01-01"}, ["Ban Thường vụ Huyện ủy", "Ban Tuyên giáo Huyện ủy"]),
    ({"responsible": "Tỉnh ủy", "as_of": "2023-01-01"}, []),
]
# fmt: on


@pytest.fixture
def with_tasks(fresh):
    meta = {"doc_type": "KL", "number": "12-KL/HU", "issuer": "Huyện ủy", "level": "huyen",
            "issued_on": "2023-03-01"}  # fmt: skip
    store(fresh, build(TEXT, "/k/kl.txt", meta=meta, assignments=ASSIGNMENTS))
    return fresh


@pytest.mark.parametrize(("options", "expected"), TASK_CASES)
def test_tasks(with_tasks, options, expected):
    found = with_tasks.tasks(**options)
    assert [t.assignment.responsible for t in found] == expected
    for t in found:
        assert t.overdue is (
            None if t.assignment.due is None else t.assignment.due < options["as_of"]
        )


def test_export_jsonl_records_round_trip(with_tasks):
    from vankien.models import Record

    out = io.StringIO()
    assert with_tasks.export(out, "jsonl", "records") == 1
    (line,) = out.getvalue().splitlines()
    record = Record.model_validate_json(line)
    assert record.ungrounded(TEXT) == []
    assert [a.due for a in record.assignments] == ["2023-06-30", "2024-12-31", None]


def test_export_jsonl_tasks(with_tasks):
    out = io.StringIO()
    assert with_tasks.export(out, "jsonl", "tasks") == 3
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert rows[0]["responsible"] == "Ban Thường vụ Huyện ủy" and rows[0]["doc"] == "12-KL/HU"


def test_export_csv_has_vietnamese_headers_and_a_bom(with_tasks, tmp_path):
    path = tmp_path / "tasks.csv"
    assert with_tasks.export(path, "csv", "tasks") == 3
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:4] == ["Mã văn bản", "Văn bản", "Đơn vị chịu trách nhiệm", "Nhiệm vụ"]
    assert len(rows) == 4


def test_export_xlsx_has_a_sheet_per_table(with_tasks, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "kho.xlsx"
    with_tasks.export(path, "xlsx")
    book = load_workbook(path, read_only=True)
    assert book.sheetnames == ["Văn bản", "Số liệu", "Chỉ tiêu", "Nhiệm vụ"]
    docs = list(book["Văn bản"].iter_rows(values_only=True))
    assert docs[0][:5] == ("Mã", "Tệp", "Phiên bản", "Loại văn bản", "Số, ký hiệu")
    assert docs[1][3:5] == ("KL", "12-KL/HU")
    tasks = list(book["Nhiệm vụ"].iter_rows(values_only=True))
    assert [row[2] for row in tasks[1:]] == [a["responsible"] for a in ASSIGNMENTS]
