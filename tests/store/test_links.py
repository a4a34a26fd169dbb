"""Citation resolution: a citation resolves to the stored document it identifies, never
to one with the same number of another term, year or issuer."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from tests.store.builders import build, store
from vankien.store.keys import number_key, ref_term
from vankien.store.links import body

# fmt: off
NUMBER_KEYS = [
    ("04-NQ/TU", "4-nq/tu"),
    ("4-NQ/TU", "4-nq/tu"),
    ("04 - NQ/TU", "4-nq/tu"),
    ("01-NQ/ĐU", "1-nq/du"),
    ("08/CT-TTg", "8/ct-ttg"),
    ("27/2026/QH16", "27/2026/qh16"),
    ("1873–KL/TU", "1873-kl/tu"),
    (None, None),
    ("", None),
]
BODIES = [
    ("Ban Thường vụ Tỉnh ủy", "tinh_uy"),
    ("Tỉnh ủy (khóa XX)", "tinh_uy"),
    ("Ban Chấp hành Đảng bộ tỉnh", "tinh_uy"),
    ("Thị ủy", "thi_uy"),
    ("Hội nghị Thị ủy lần thứ 11 (khóa XXI)", "thi_uy"),
    ("Ban Chấp hành Đảng bộ thị xã", "thi_uy"),
    ("Thành ủy", "thanh_uy"),
    ("BAN THƯỜNG VỤ HUYỆN ỦY", "huyen_uy"),
    ("Ban Chấp hành Trung ương Đảng", "trung_uong"),
    ("Ban Bí thư", "trung_uong"),
    ("Đảng ủy xã Hưng Tân", "dang_uy"),
    ("Thủ tướng Chính phủ", "chinh_phu"),
    ("Ủy ban nhân dân tỉnh", "ubnd"),
    (None, None),
    ("Mặt trận Tổ quốc", None),
]
TERMS = [
    ("Nghị quyết số 04-NQ/TU của Thị ủy (khóa XXI)", "XXI"),
    ("Kết luận Hội nghị Trung ương 4 (khoá XII)", "XII"),
    ("Nghị quyết số 04-NQ/TU ngày 14/12/2022", None),
    ("khoa học", None),
]
# fmt: on


@pytest.mark.parametrize(("number", "key"), NUMBER_KEYS)
def test_number_key(number, key):
    assert number_key(number) == key


@pytest.mark.parametrize(("issuer", "name"), BODIES)
def test_body(issuer, name):
    assert body(issuer) == name


@pytest.mark.parametrize(("text", "term"), TERMS)
def test_ref_term(text, term):
    assert ref_term(text) == term


# Stored documents that share the number 04-NQ/TU, and others.
# fmt: off
STORED = {
    "thi_2022": ("04-NQ/TU", "NQ", "Thị ủy", "huyen", "XXI", "2022-12-14"),
    "tinh_2022": ("04-NQ/TU", "NQ", "Tỉnh ủy", "tinh", "XX", "2022-12-20"),
    "thi_2016": ("04-NQ/TU", "NQ", "Ban Chấp hành Đảng bộ thị xã", "huyen", "XX", "2016-03-10"),
    "huyen_2022": ("04-NQ/HU", "NQ", "Huyện ủy", "huyen", "XXI", "2022-12-14"),
    "kl_tinh": ("1873-KL/TU", "KL", "Tỉnh ủy", "tinh", "XX", "2023-07-13"),
}
# A citation (as the extractor gives it) and the stored document it must resolve to,
# None for no document; "ambiguous" when the citation cannot tell which.
CITATIONS = [
    ("Nghị quyết số 04-NQ/TU ngày 14/12/2022", "04-NQ/TU", "2022-12-14", "Hội nghị Thị ủy lần thứ 11 (khóa XXI)", "thi_2022"),
    ("Nghị quyết số 04-NQ/TU ngày 14/12/2022", "04-NQ/TU", "2022-12-14", None, "thi_2022"),
    ("Nghị quyết số 04-NQ/TU ngày 20/12/2022", "04-NQ/TU", "2022-12-20", "Tỉnh ủy", "tinh_2022"),
    ("Nghị quyết số 04-NQ/TU ngày 10/3/2016", "04-NQ/TU", "2016-03-10", "Thị ủy", "thi_2016"),
    ("Nghị quyết số 04-NQ/TU (khóa XXI)", "04-NQ/TU", None, "Thị ủy", "thi_2022"),
    ("Nghị quyết số 04-NQ/TU của Ban Thường vụ Tỉnh ủy", "04-NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "tinh_2022"),
    ("Nghị quyết số 04-NQ/TU ngày 14/12/2019", "04-NQ/TU", "2019-12-14", "Thị ủy", None),
    ("Nghị quyết số 04-NQ/TU ngày 14/12/2022", "04-NQ/TU", "2022-12-14", "Tỉnh ủy", None),
    ("Nghị quyết số 04-NQ/TU (khóa XIX)", "04-NQ/TU", None, "Tỉnh ủy", None),
    ("Nghị quyết số 04-NQ/TU", "04-NQ/TU", None, None, "ambiguous"),
    ("Nghị quyết số 04-NQ/TU ngày 14/12/2022", "04-NQ/TU", "2022-12-14", "Huyện ủy", None),
    ("Nghị quyết số 04-NQ/HU ngày 14/12/2022", "04-NQ/HU", "2022-12-14", None, "huyen_2022"),
    ("Kết luận số 04-KL/TU ngày 14/12/2022", "04-KL/TU", "2022-12-14", "Thị ủy", None),
    ("Kết luận số 1873-KL/TU ngày 13/7/2023", "1873-KL/TU", "2023-07-13", "Tỉnh ủy (khóa XX)", "kl_tinh"),
    ("Nghị quyết Trung ương 4 (khóa XII)", None, None, None, None),
]
# fmt: on


@pytest.fixture
def cited(fresh):
    built = []
    for name, (number, kind, issuer, level, term, issued) in STORED.items():
        text = f"{issuer.upper()}\nSố {number}\nNGHỊ QUYẾT\nVăn bản {name}.\n"
        meta = {"doc_type": kind, "number": number, "issuer": issuer, "level": level,
                "term": term, "issued_on": issued}  # fmt: skip
        built.append(build(text, f"/s/{name}.txt", meta=meta))
    body_text = "BÁO CÁO\n" + "".join(f"{i}. Thực hiện {c[0]}.\n" for i, c in enumerate(CITATIONS))
    refs = []
    for i, (text, number, date, issuer, _) in enumerate(CITATIONS):
        refs.append({"fragment": f"{i}. Thực hiện {text}"[len(f"{i}. Thực hiện "):],
                     "number": number, "date": date, "issuer": issuer})  # fmt: skip
    # fragments repeat; give each its own occurrence
    seen: dict[str, int] = {}
    refs_with_spans = []
    for ref in refs:
        nth = seen.get(ref["fragment"], 0)
        seen[ref["fragment"]] = nth + 1
        refs_with_spans.append((ref, nth))
    report = build(body_text, "/s/report.txt", meta={"doc_type": "BC", "issuer": "Thị ủy",
                   "level": "huyen", "issued_on": "2024-01-05"})  # fmt: skip
    from tests.factories import span_of
    from vankien.models import Reference

    report[0].references.extend(
        Reference(
            text=r["fragment"],
            span=span_of(body_text, r["fragment"], nth),
            number=r["number"],
            date=r["date"],
            issuer=r["issuer"],
        )  # fmt: skip
        for r, nth in refs_with_spans
    )
    store(fresh, *built, report)
    return fresh


def test_each_citation_resolves_to_the_document_it_identifies(cited):
    names = {d.doc_id: d.path.rsplit("/", 1)[1][:-4] for d in cited.documents()}
    outgoing, _ = cited.refs("/s/report.txt")
    assert len(outgoing) == len(CITATIONS)
    for link, (text, number, date, issuer, expected) in zip(outgoing, CITATIONS, strict=True):
        got = names[link.target.doc_id] if link.target else None
        if expected == "ambiguous":
            assert link.status == "ambiguous" and len(link.candidates) >= 2, text
        else:
            assert got == expected, (text, date, issuer, link.status)
        if number is None:
            assert link.status == "unnumbered"


def test_cited_by(cited):
    _, incoming = cited.refs("/s/thi_2022.txt")
    assert [link.ref.text for link in incoming] == [
        "Nghị quyết số 04-NQ/TU ngày 14/12/2022",
        "Nghị quyết số 04-NQ/TU ngày 14/12/2022",
        "Nghị quyết số 04-NQ/TU (khóa XXI)",
    ]
    _, incoming = cited.refs("/s/thi_2016.txt")
    assert len(incoming) == 1
    _, incoming = cited.refs("/s/report.txt")
    assert incoming == []


def test_a_document_never_cites_itself_or_a_later_one(fresh):
    early = build("NGHỊ QUYẾT\nThực hiện Nghị quyết số 05-NQ/TU.\n", "/o/early.txt",
                  meta={"doc_type": "NQ", "number": "05-NQ/TU", "issuer": "Tỉnh ủy",
                        "level": "tinh", "issued_on": "2020-01-01"},
                  refs=[{"fragment": "Nghị quyết số 05-NQ/TU", "number": "05-NQ/TU"}])  # fmt: skip
    later = build("NGHỊ QUYẾT\nSố 06.\n", "/o/later.txt",
                  meta={"doc_type": "NQ", "number": "06-NQ/TU", "issuer": "Tỉnh ủy",
                        "level": "tinh", "issued_on": "2021-01-01"})  # fmt: skip
    citing = build("BÁO CÁO\nTheo Nghị quyết số 06-NQ/TU.\n", "/o/citing.txt",
                   meta={"doc_type": "BC", "issuer": "Tỉnh ủy", "level": "tinh",
                         "issued_on": "2020-06-01"},
                   refs=[{"fragment": "Nghị quyết số 06-NQ/TU", "number": "06-NQ/TU"}])  # fmt: skip
    store(fresh, early, later, citing)
    (self_link,), _ = fresh.refs("/o/early.txt")
    assert self_link.target is None
    (future,), _ = fresh.refs("/o/citing.txt")
    assert future.target is None


def test_real_corpus_references_resolve_to_stored_documents(real_store):
    """Every citation whose number and date are those of a stored document resolves to it."""
    corpus, _ = real_store
    stored = {(d.number_key, d.date): d for d in corpus.documents() if d.number_key and d.date}
    for link in corpus.links():
        same = stored.get((link.ref.number_key, link.ref.date))
        if same is not None and link.citing.doc_id != same.doc_id:
            assert link.target is not None and link.target.doc_id == same.doc_id, link.ref.text
        if link.target is not None:
            assert link.target.number_key == link.ref.number_key


def test_graph_exports(cited):
    data = json.loads(cited.graph("json"))
    assert data["directed"] is True
    ids = {n["id"] for n in data["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in data["links"])
    assert len(data["links"]) == len(CITATIONS)
    resolved = [e for e in data["links"] if e["status"] == "resolved"]
    assert all(e["target"].startswith("doc:") for e in resolved)
    root = ET.fromstring(cited.graph("graphml"))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:edge", ns)) == len(CITATIONS)
    assert len(root.findall(".//g:node", ns)) == len(data["nodes"])


def test_a_citation_of_each_stored_real_document_resolves_to_it(tmp_path):
    """Cite every real document that has a number and a date, as a later report would
    (number, date, issuer as written): each citation resolves to that document."""
    from tests.store.conftest import real_files
    from vankien.corpus import Corpus

    with Corpus(tmp_path / "k.db") as corpus:
        corpus.ingest(real_files())
        cited = [d for d in corpus.documents() if d.number and d.issued_on]
        assert cited, "the real corpus has documents with a number and a date"
        lines = [f"Thực hiện văn bản số {d.number} ngày {d.issued_on}." for d in cited]
        text = "BÁO CÁO\n" + "\n".join(lines) + "\n"
        refs = [
            {
                "fragment": f"văn bản số {d.number} ngày {d.issued_on}",
                "number": d.number,
                "date": d.issued_on,
                "issuer": d.issuer,
                "doc_type": d.doc_type,
            }  # fmt: skip
            for d in cited
        ]
        store(
            corpus,
            build(
                text, "/r/report.txt", meta={"doc_type": "BC", "issued_on": "2099-01-01"}, refs=refs
            ),
        )
        outgoing, _ = corpus.refs("/r/report.txt")
        assert [link.target.doc_id if link.target else None for link in outgoing] == [
            d.doc_id for d in cited
        ]
