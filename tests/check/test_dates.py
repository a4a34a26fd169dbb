"""date_invalid: impossible dates and impossible orders of dates."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.check.build import issues_of, record_of
from tests.factories import span_of
from vankien import check
from vankien.models import Meta, Periods, Reference

# (text, a fragment the issue must cover)
# fmt: off
FIRES = [
    ("Hội nghị họp ngày 31/02/2023 tại hội trường.", "31/02/2023"),
    ("Ngày 29/02/2023, Ban Thường vụ đã họp.", "29/02/2023"),
    ("ban hành ngày 31 tháng 4 năm 2023", "31 tháng 4"),
    ("ngày 12 tháng 13 năm 2022", "tháng 13"),
    ("thực hiện từ ngày 15/3/2023 đến ngày 10/3/2023", "15/3/2023"),
    ("Kế hoạch triển khai giai đoạn 2025 - 2020.", "2025 - 2020"),
    ("ban hành 31/02/2023", "31/02/2023"),  # slashes and a month that can be one: a date
    ("ngày 15/13/2023", "15/13/2023"),
]

SILENT = [
    "Hội nghị họp ngày 28/02/2023 tại hội trường.",
    "Ngày 29/02/2024, Ban Thường vụ đã họp.",
    "thực hiện từ ngày 10/3/2023 đến ngày 15/3/2023",
    "nhiệm kỳ 2020 - 2025; giai đoạn 2021-2025",
    "phiên bản 31.02.2023 của phần mềm",
    "Hà Nội, ngày tháng năm 2026",
    "Mã số 12/31/2023 trên hệ thống.",  # no "ngày" and no month 31: another number
]
# fmt: on


@pytest.mark.parametrize(("text", "fragment"), FIRES)
def test_fires(text, fragment):
    found = [i for i in issues_of(text) if i.code == "date_invalid"]
    assert found, f"date_invalid not raised on {text!r}"
    where = span_of(text, fragment)
    assert any(i.span[0] < where[1] and where[0] < i.span[1] for i in found)


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert issues_of(text) == []


TEXT = (
    "Hưng Tân, ngày 26 tháng 12 năm 2022\n\nNGHỊ QUYẾT\nVề nhiệm vụ năm 2023\n\n"
    "Thực hiện Nghị quyết số 04-NQ/TU ngày 14/12/2022 của Tỉnh ủy ..."
)


def _checked(meta: Meta, *references: Reference) -> list:
    record, document = record_of(TEXT, meta, references=list(references))
    document.layout = replace(
        document.layout,
        place_date=span_of(TEXT, "Hưng Tân, ngày 26 tháng 12 năm 2022"),
        date=span_of(TEXT, "ngày 26 tháng 12 năm 2022"),
        title=span_of(TEXT, "Về nhiệm vụ năm 2023"),
    )
    return [i for i in check.run(record, document) if i.code == "date_invalid"]


def _reference(date: str) -> Reference:
    fragment = "Nghị quyết số 04-NQ/TU ngày 14/12/2022"
    return Reference(text=fragment, span=span_of(TEXT, fragment), number="04-NQ/TU", date=date)


def test_meeting_after_the_issue_date():
    found = _checked(Meta(issued_on="2022-12-26", meeting_on="2022-12-28"))
    assert [i.text for i in found] == ["ngày 26 tháng 12 năm 2022"]
    assert "28/12/2022" in found[0].message
    assert _checked(Meta(issued_on="2022-12-26", meeting_on="2022-12-21")) == []


def test_cited_document_dated_after_the_citing_one():
    found = _checked(Meta(issued_on="2022-12-26"), _reference("2022-12-30"))
    assert [i.text for i in found] == ["Nghị quyết số 04-NQ/TU ngày 14/12/2022"]
    assert _checked(Meta(issued_on="2022-12-26"), _reference("2022-12-14")) == []
    assert _checked(Meta(), _reference("2022-12-30")) == []


def test_period_that_ends_before_it_starts():
    backwards = Periods(reviewed=("2022-12-31", "2022-01-01"))
    assert len(_checked(Meta(periods=backwards))) == 1
    assert _checked(Meta(periods=Periods(reviewed=("2022-01-01", "2022-12-31")))) == []
