"""Target tracking: a nghị quyết's targets against the actuals a later báo cáo reports."""

from __future__ import annotations

import pytest

from tests.store.builders import build, store
from vankien.store.rows import FigureRow
from vankien.store.targets import indicator_name, judge
from vankien.vocab import table

NQ_TEXT = """NGHỊ QUYẾT
Chỉ tiêu năm 2023: thu ngân sách nhà nước trên địa bàn đạt 500 tỷ đồng; tỷ lệ hộ nghèo dưới 3%;
kết nạp 120 đảng viên mới; tốc độ tăng trưởng kinh tế 7,5 - 8%; giải quyết việc làm cho 2.000 lao động;
trồng rừng 300 ha; có thêm 02 xã đạt chuẩn nông thôn mới.
"""
BC_TEXT = """BÁO CÁO
Năm 2023, tổng thu ngân sách trên địa bàn đạt 620 tỷ đồng; tỷ lệ hộ nghèo còn 2,8%;
phát triển đảng viên mới 100 đảng viên; tăng trưởng kinh tế đạt 7,8%; trồng rừng 310 triệu đồng;
xã đạt chuẩn nông thôn mới: 1 xã. Năm 2022 thu ngân sách đạt 480 tỷ đồng.
"""
EARLIER_TEXT = "BÁO CÁO\nNăm 2023 dự kiến thu ngân sách 700 tỷ đồng.\n"
OTHER_TEXT = "BÁO CÁO\nNăm 2023 thu ngân sách toàn tỉnh đạt 9.000 tỷ đồng.\n"

HUYEN = {"issuer": "Ban Chấp hành Đảng bộ huyện", "level": "huyen"}

# fmt: off
TARGETS = [
    # fragment, value, unit, bound, range, indicator
    ("500 tỷ đồng", 500, "tỷ đồng", None, None, "thu ngân sách nhà nước trên địa bàn"),
    ("dưới 3%", 3, "%", "max", None, "tỷ lệ hộ nghèo"),
    ("120 đảng viên", 120, "đảng viên", None, None, "kết nạp đảng viên mới"),
    ("7,5 - 8%", None, "%", None, (7.5, 8.0), "tốc độ tăng trưởng kinh tế"),
    ("2.000 lao động", 2000, "lao động", None, None, "giải quyết việc làm"),
    ("300 ha", 300, "ha", None, None, "trồng rừng"),
    ("02 xã", 2, "xã", None, None, "xã đạt chuẩn nông thôn mới"),
]
ACTUALS = [
    ("620 tỷ đồng", 620, "tỷ đồng", "2023", "tổng thu ngân sách trên địa bàn"),
    ("2,8%", 2.8, "%", "2023", "tỷ lệ hộ nghèo"),
    ("100 đảng viên", 100, "đảng viên", "2023", "phát triển đảng viên mới"),
    ("7,8%", 7.8, "%", "2023", "tăng trưởng kinh tế"),
    ("310 triệu đồng", 310, "triệu đồng", "2023", "trồng rừng"),
    ("1 xã", 1, "xã", "2023", "xã đạt chuẩn nông thôn mới"),
    ("480 tỷ đồng", 480, "tỷ đồng", "2022", "thu ngân sách"),
]
EXPECTED = {
    "500 tỷ đồng": ("exceeded", "620 tỷ đồng"),
    "dưới 3%": ("met", "2,8%"),
    "120 đảng viên": ("not_met", "100 đảng viên"),
    "7,5 - 8%": ("met", "7,8%"),
    "2.000 lao động": ("no_report", None),
    "300 ha": ("not_comparable", "310 triệu đồng"),
    "02 xã": ("not_met", "1 xã"),
}
# fmt: on


def _target(fragment, value, unit, bound, range_, indicator):
    return {"fragment": fragment, "value": value, "unit": unit, "bound": bound, "range": range_,
            "kind": "target", "period": "2023", "indicator": indicator}  # fmt: skip


def _actual(fragment, value, unit, period, indicator):
    return {"fragment": fragment, "value": value, "unit": unit, "kind": "actual",
            "period": period, "indicator": indicator}  # fmt: skip


@pytest.fixture
def tracked(fresh):
    nq = build(NQ_TEXT, "/t/nq.txt",
               meta={"doc_type": "NQ", "number": "04-NQ/HU", "issued_on": "2023-01-10", **HUYEN},
               figures=[_target(*t) for t in TARGETS])  # fmt: skip
    bc = build(BC_TEXT, "/t/bc.txt",
               meta={"doc_type": "BC", "number": "210-BC/HU", "issued_on": "2024-01-15", **HUYEN},
               figures=[_actual(*a) for a in ACTUALS])  # fmt: skip
    earlier = build(EARLIER_TEXT, "/t/earlier.txt",
                    meta={"doc_type": "BC", "issued_on": "2022-12-01", **HUYEN},
                    figures=[_actual("700 tỷ đồng", 700, "tỷ đồng", "2023", "thu ngân sách")])  # fmt: skip
    other = build(OTHER_TEXT, "/t/other.txt",
                  meta={"doc_type": "BC", "issuer": "Tỉnh ủy", "level": "tinh", "issued_on": "2024-01-20"},
                  figures=[_actual("9.000 tỷ đồng", 9000, "tỷ đồng", "2023", "thu ngân sách")])  # fmt: skip
    store(fresh, nq, bc, earlier, other)
    return fresh


def test_statuses_of_a_nghi_quyet_and_its_report(tracked):
    result = {t.figure.text: t for t in tracked.targets()}
    assert set(result) == set(EXPECTED)
    for fragment, (status, actual) in EXPECTED.items():
        t = result[fragment]
        assert t.status == status, fragment
        latest = t.latest
        assert (latest.figure.text if latest else None) == actual, fragment
        if latest:
            assert latest.doc.path == "/t/bc.txt"  # not the earlier one, not the province's


def test_filters(tracked):
    assert len(tracked.targets(issuer="đảng bộ huyện")) == len(TARGETS)
    assert tracked.targets(issuer="tỉnh ủy") == []
    assert len(tracked.targets(period="2023")) == len(TARGETS)
    assert tracked.targets(period="2024") == []
    assert len(tracked.targets(doc="04-NQ/HU")) == len(TARGETS)


def test_a_citing_report_of_another_body_is_in_scope(fresh):
    nq = build("NGHỊ QUYẾT\nNăm 2025 thu ngân sách đạt 100 tỷ đồng.\n", "/c/nq.txt",
               meta={"doc_type": "NQ", "number": "05-NQ/TU", "issuer": "Tỉnh ủy", "level": "tinh",
                     "issued_on": "2025-01-05"},
               figures=[_target("100 tỷ đồng", 100, "tỷ đồng", None, None, "thu ngân sách") | {"period": "2025"}])  # fmt: skip
    text = "BÁO CÁO\nThực hiện Nghị quyết số 05-NQ/TU, năm 2025 thu ngân sách đạt 90 tỷ đồng.\n"
    bc = build(text, "/c/bc.txt",
               meta={"doc_type": "BC", "issuer": "Ủy ban nhân dân tỉnh", "level": "tinh",
                     "issued_on": "2026-01-10"},
               refs=[{"fragment": "Nghị quyết số 05-NQ/TU", "number": "05-NQ/TU"}],
               figures=[_actual("90 tỷ đồng", 90, "tỷ đồng", "2025", "thu ngân sách")])  # fmt: skip
    store(fresh, nq, bc)
    (t,) = fresh.targets()
    assert t.status == "not_met"
    assert t.latest.doc.path == "/c/bc.txt"


# fmt: off
JUDGE_CASES = [
    # target value, unit, bound, range, actual, unit, indicator, verdict
    (70, "%", None, None, 75, "%", "tỷ lệ che phủ rừng", "exceeded"),
    (70, "%", None, None, 70.0, "%", "tỷ lệ che phủ rừng", "met"),
    (70, "%", None, None, 69.9, "%", "tỷ lệ che phủ rừng", "not_met"),
    (3, "%", None, None, 2.5, "%", "tỷ lệ hộ nghèo", "exceeded"),   # lower is better
    (3, "%", None, None, 3.4, "%", "tỷ lệ hộ nghèo", "not_met"),
    (3, "%", "max", None, 2.9, "%", "số vụ tai nạn", "met"),
    (3, "%", "max", None, 3.1, "%", "số vụ tai nạn", "not_met"),
    (90, "%", "min", None, 95, "%", "bảo hiểm y tế", "met"),
    (90, "%", "min", None, 90, "%", "bảo hiểm y tế", "met"),
    (None, "%", None, (7.5, 8.0), 7.6, "%", "tăng trưởng", "met"),
    (None, "%", None, (7.5, 8.0), 8.5, "%", "tăng trưởng", "exceeded"),
    (None, "%", None, (7.5, 8.0), 7.0, "%", "tăng trưởng", "not_met"),
    (500, "tỷ đồng", None, None, 600, "triệu đồng", "thu ngân sách", "not_comparable"),
    (500, "tỷ đồng", None, None, None, "tỷ đồng", "thu ngân sách", "not_comparable"),
    (2, "xã", None, None, 2, None, "xã nông thôn mới", "met"),
    (6, "m²/người", "min", None, 5.2, "m2/người", "diện tích cây xanh", "not_met"),
    (6, "m²/người", "min", None, 6.5, "m³/người", "diện tích cây xanh", "not_comparable"),
]
# fmt: on


def _fig(value, unit, bound, range_, kind, indicator):
    lo, hi = range_ if range_ else (None, None)
    return FigureRow(0, 0, 0, 1, "x", value, unit, lo, hi, kind, bound, "2023", indicator,
                     indicator, None, None)  # fmt: skip


@pytest.mark.parametrize(
    ("tv", "tu", "bound", "rng", "av", "au", "indicator", "verdict"), JUDGE_CASES
)
def test_judge(tv, tu, bound, rng, av, au, indicator, verdict):
    target = _fig(tv, tu, bound, rng, "target", indicator)
    actual = _fig(av, au, None, None, "actual", indicator)
    assert judge(target, actual, indicator_name(indicator)) == verdict


def _synonym_cases():
    for entry in table("synonyms")["indicators"]:
        for example in entry["examples"]:
            yield pytest.param(example, entry["name"], True, id=example)
        for counter in entry.get("counter_examples", ()):
            yield pytest.param(counter, entry["name"], False, id=f"not:{counter}")


@pytest.mark.parametrize(("phrase", "name", "same"), list(_synonym_cases()))
def test_synonyms_examples_and_counter_examples(phrase, name, same):
    assert (indicator_name(phrase) == indicator_name(name)) is same


def _body_cases():
    from vankien.store.links import body

    for entry in table("synonyms")["bodies"]:
        for example in entry["examples"]:
            yield pytest.param(body, example, entry["name"], True, id=example)
        for counter in entry.get("counter_examples", ()):
            yield pytest.param(body, counter, entry["name"], False, id=f"not:{counter}")


@pytest.mark.parametrize(("body", "issuer", "name", "same"), list(_body_cases()))
def test_bodies_examples_and_counter_examples(body, issuer, name, same):
    assert (body(issuer) == name) is same
