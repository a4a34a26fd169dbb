"""format_*: the layout a Party document must have, by the ruleset in force on its date."""

from __future__ import annotations

import pytest

from tests.check.build import record_of
from tests.factories import span_of
from vankien import check
from vankien.check import format as rules
from vankien.layout import Layout
from vankien.models import Meta, Signer

PARTY = """ĐẢNG BỘ TỈNH ĐỒNG NAI
HUYỆN ỦY CẨM MỸ
Số 04-NQ/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Cẩm Mỹ, ngày 26 tháng 12 năm 2022
NGHỊ QUYẾT
về nhiệm vụ năm 2023
Nội dung.
Nơi nhận:
- Như trên,
T/M HUYỆN ỦY
BÍ THƯ
Nguyễn Văn A
"""

PARTS = {
    "issuer": "HUYỆN ỦY CẨM MỸ",
    "number": "04-NQ/HU",
    "party_line": "ĐẢNG CỘNG SẢN VIỆT NAM",
    "place_date": "Cẩm Mỹ, ngày 26 tháng 12 năm 2022",
    "kind": "NGHỊ QUYẾT",
    "title": "về nhiệm vụ năm 2023",
    "recipients": "Nơi nhận:\n- Như trên,",
    "signature": "T/M HUYỆN ỦY\nBÍ THƯ\nNguyễn Văn A",
}
META = Meta(
    issuer="Huyện ủy Cẩm Mỹ",
    issued_on="2022-12-26",
    signer=Signer(name="Nguyễn Văn A", position="BÍ THƯ", authority="T/M HUYỆN ỦY"),
)


def _issues(text: str, missing: tuple[str, ...] = (), meta: Meta = META, **spans) -> list:
    record, document = record_of(text, meta)
    layout = {
        part: span_of(text, fragment)
        for part, fragment in PARTS.items()
        if part not in missing and fragment in text
    }
    layout |= spans
    document.layout = Layout(body=(0, len(text)), **layout)
    return [i for i in check.run(record, document) if i.code.startswith("format_")]


# (missing layout part, code)
# fmt: off
MISSING = [
    ("party_line", "format_missing_party_line"),
    ("issuer", "format_missing_issuer"),
    ("number", "format_missing_number"),
    ("place_date", "format_missing_place_date"),
    ("kind", "format_missing_kind"),
    ("title", "format_missing_title"),
    ("signature", "format_missing_signature"),
    ("recipients", "format_missing_recipients"),
]
# fmt: on


@pytest.mark.parametrize(("part", "code"), MISSING)
def test_each_missing_part_fires_once(part, code):
    found = _issues(PARTY, missing=(part,))
    assert [i.code for i in found] == [code]
    assert found[0].severity == "info"
    assert "Quy định 66-QĐ/TW" in found[0].message and "v2017." in found[0].message


def test_a_number_left_blank_is_shown_on_its_line():
    text = PARTY.replace("Số 04-NQ/HU", "Số       -NQ/HU")
    (found,) = _issues(text, missing=("number",))
    assert found.code == "format_missing_number" and found.text == "Số       -NQ/HU"
    (found,) = _issues(PARTY.replace("Số 04-NQ/HU\n", ""), missing=("number",))
    assert found.text == "HUYỆN ỦY CẨM MỸ"  # no number line: the first header part found


def test_a_complete_party_document_is_silent():
    assert _issues(PARTY) == []


def test_the_2026_ruleset_applies_from_9_january_2026():
    meta = META.model_copy(update={"issued_on": "2026-01-09"})
    (found,) = _issues(PARTY, missing=("recipients",), meta=meta)
    assert "399-QĐ/TW" in found.message and "v2026.recipients" in found.message
    meta = META.model_copy(update={"issued_on": "2026-01-08"})
    (found,) = _issues(PARTY, missing=("recipients",), meta=meta)
    assert "66-QĐ/TW" in found.message


def test_a_state_number_on_a_party_document():
    text = PARTY.replace("04-NQ/HU", "04/NQ-HU")
    found = _issues(text, number=span_of(text, "04/NQ-HU"))
    assert [i.code for i in found] == ["format_number_symbol"]
    assert found[0].text == "04/NQ-HU"


# State documents follow other rules: never flagged against Party rules.
# fmt: off
STATE = [
    "THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 08/CT-TTg\nHà Nội, ngày 23 tháng 3 năm 2023\nCHỈ THỊ\nVề giải ngân\nNội dung.\n",
    "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: /QĐ-UBND\nQUYẾT ĐỊNH\nPhê duyệt Kế hoạch\nNội dung.\n",
]
# fmt: on


@pytest.mark.parametrize("text", STATE)
def test_state_documents_are_not_checked(text):
    meta = Meta(issuer="Ủy ban nhân dân thành phố Hà Nội")
    spans = {"kind": span_of(text, "\n", 3), "title": span_of(text, "Nội dung")}
    assert _issues(text, missing=tuple(PARTS), meta=meta, **spans) == []


def test_a_document_without_any_layout_is_left_alone():
    record, document = record_of("Một đoạn văn không có thể thức. Đạt 100%.", META)
    assert [i for i in check.run(record, document) if i.code.startswith("format_")] == []


def test_every_rule_names_its_source_and_a_stable_id():
    ids = []
    for version in rules.RULESETS:
        ruleset = rules.ruleset(version)
        for rule in ruleset["rules"]:
            assert rule["id"].startswith(f"{version}.")
            assert rule["code"].startswith("format_")
            assert "QĐ/TW" in rule["source"] or "HD/VPTW" in rule["source"]
            assert rule["since"] >= ruleset["since"] or version == "v2017"
            ids.append(rule["id"])
    assert ids == RULE_IDS


# Snapshot of the rule ids: dropping or renaming a rule shows here as a diff.
RULE_IDS = [
    "v2017.party_line",
    "v2017.issuer",
    "v2017.number",
    "v2017.number_form",
    "v2017.place_date",
    "v2017.kind",
    "v2017.title",
    "v2017.signature",
    "v2017.recipients",
    "v2026.party_line",
    "v2026.issuer",
    "v2026.number",
    "v2026.number_form",
    "v2026.place_date",
    "v2026.kind",
    "v2026.title",
    "v2026.signature",
    "v2026.recipients",
]
