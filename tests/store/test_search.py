"""Full-text search: accent- and case-insensitive, ranked, filtered, with sections and snippets."""

from __future__ import annotations

import pytest

from tests.store.builders import build, store
from vankien.folding import fold
from vankien.store.rows import Filters
from vankien.store.search import parse

SEED = "000_6185c4486b55f039.txt"  # writes "thu ngân sách", "Hội nghị", "huyện", "Đảng bộ"

# fmt: off
ACCENT_CASES = [
    # (query, a fragment every hit's snippet must show, folded)
    ("thu ngân sách", "thu ngan sach"),
    ("thu ngan sach", "thu ngan sach"),
    ("THU NGÂN SÁCH", "thu ngan sach"),
    ("Thu Ngan Sach", "thu ngan sach"),
    ("hoi nghi", "hoi nghi"),            # Hội: two marks on one letter
    ("huyen", "huyen"),                  # huyện
    ("dang bo", "dang bo"),              # Đảng bộ: đ folds to d
    ("ĐẢNG BỘ", "dang bo"),
]
NO_HITS = ["xyzzyq", "ngân sáchx", '"sach ngan thu"']
# fmt: on


@pytest.mark.parametrize(("query", "shown"), ACCENT_CASES)
def test_accent_and_case_insensitive(real_store, query, shown):
    corpus, _ = real_store
    hits = corpus.search(query, limit=50)
    assert hits, query
    assert any(h.doc.path.endswith(SEED) for h in hits), query
    for hit in hits:
        highlighted = [fold(hit.snippet[a:b]) for a, b in hit.highlights]
        assert highlighted, (query, hit.doc.path)
        assert all(h.split()[0] in shown.split() or h in shown for h in highlighted)


@pytest.mark.parametrize("query", NO_HITS)
def test_no_hits(real_store, query):
    corpus, _ = real_store
    assert corpus.search(query) == []


def test_same_hits_with_and_without_marks(real_store):
    corpus, _ = real_store
    plain = [h.doc.doc_id for h in corpus.search("thu ngan sach", limit=50)]
    marked = [h.doc.doc_id for h in corpus.search("THU NGÂN SÁCH", limit=50)]
    assert plain == marked


def test_snippet_is_the_stored_text_at_its_span(real_store):
    corpus, _ = real_store
    for hit in corpus.search("ngân sách nhà nước", limit=10):
        text = corpus.text(hit.doc)
        start, end = hit.span
        assert " ".join(text[start:end].split()) == hit.snippet


def test_phrase_ranks_before_scattered_words(fresh):
    phrase = "NGHỊ QUYẾT\nPhấn đấu thu ngân sách trên địa bàn đạt kế hoạch.\n"
    scattered = "BÁO CÁO\nThu hồi đất. Ngân hàng chính sách xã hội; sách giáo khoa.\n" * 3
    store(fresh, build(phrase, "/x/phrase.txt"), build(scattered, "/x/scattered.txt"))
    hits = fresh.search("thu ngan sach")
    assert [h.doc.path for h in hits] == ["/x/phrase.txt", "/x/scattered.txt"]
    assert fold(hits[0].snippet[slice(*hits[0].highlights[0])]) == "thu ngan sach"


def test_hit_shows_its_section(fresh):
    text = (
        "KẾT LUẬN\nI. TÌNH HÌNH\nKinh tế tăng trưởng khá.\n"
        "II. NHIỆM VỤ\n1. Về tài chính\nTăng cường quản lý thu ngân sách.\n"
    )
    built = build(
        text,
        "/x/kl.txt",
        sections=[
            ("I", "TÌNH HÌNH", "I. TÌNH HÌNH\nKinh tế tăng trưởng khá.\n"),
            (
                "II",
                "NHIỆM VỤ",
                "II. NHIỆM VỤ\n1. Về tài chính\nTăng cường quản lý thu ngân sách.\n",
            ),
        ],
    )
    record = built[0]
    child_span = (text.index("1. Về"), len(text))
    record.sections[1].children.append(
        type(record.sections[1])(label="1", heading="Về tài chính", span=child_span)
    )
    store(fresh, built)
    (hit,) = fresh.search("THU NGÂN SÁCH")
    assert hit.section == "II › 1 Về tài chính"
    (hit,) = fresh.search("kinh te")
    assert hit.section == "I TÌNH HÌNH"


# fmt: off
FILTER_DOCS = [
    # path, meta, issues
    ("/f/nq-huyen.txt", {"doc_type": "NQ", "issuer": "Ban Chấp hành Đảng bộ huyện", "level": "huyen", "issued_on": "2023-01-10"}),
    ("/f/kl-tinh.txt", {"doc_type": "KL", "issuer": "Tỉnh ủy", "level": "tinh", "issued_on": "2023-07-13"}),
    ("/f/bc-huyen.txt", {"doc_type": "BC", "issuer": "Huyện ủy", "level": "huyen", "issued_on": "2024-01-15"}),
    ("/f/nq-xa.txt", {"doc_type": "NQ", "issuer": "Đảng ủy xã", "level": "xa", "meeting_on": "2022-12-20"}),
]
FILTER_CASES = [
    (Filters(), {"nq-huyen", "kl-tinh", "bc-huyen", "nq-xa"}),
    (Filters(kind="NQ"), {"nq-huyen", "nq-xa"}),
    (Filters(kind="CT"), set()),
    (Filters(level="huyen"), {"nq-huyen", "bc-huyen"}),
    (Filters(issuer="huyen uy"), {"bc-huyen"}),
    (Filters(issuer="ĐẢNG BỘ HUYỆN"), {"nq-huyen"}),
    (Filters(date_from="2023-01-01", date_to="2023-12-31"), {"nq-huyen", "kl-tinh"}),
    (Filters(date_from="2024-01-01"), {"bc-huyen"}),
    (Filters(date_to="2022-12-31"), {"nq-xa"}),
    (Filters(kind="NQ", level="xa"), {"nq-xa"}),
]
# fmt: on


@pytest.fixture
def filtered(fresh):
    text = "{kind}\nThu ngân sách năm nay đạt khá. Mã {name}.\n"
    built = [
        build(text.format(kind=meta["doc_type"], name=path), path, meta=meta)
        for path, meta in FILTER_DOCS
    ]
    store(fresh, *built)
    return fresh


@pytest.mark.parametrize(("filters", "expected"), FILTER_CASES)
def test_filters(filtered, filters, expected):
    hits = filtered.search("thu ngan sach", filters)
    assert {h.doc.path.rsplit("/", 1)[1][:-4] for h in hits} == expected


def test_has_issues_filter(fresh):
    from vankien.models import Issue

    clean = build("NGHỊ QUYẾT\nThu ngân sách đạt 100%.\n", "/i/clean.txt")
    flagged = build("NGHỊ QUYẾT\nThu ngân sách đạt 56/74, bằng 80%.\n", "/i/flagged.txt")
    flagged[0].issues.append(
        Issue(text="80%", span=(31, 34), code="percent_mismatch", severity="error", message="…")
    )
    store(fresh, clean, flagged)
    assert [h.doc.path for h in fresh.search("ngan sach", Filters(has_issues=True))] == [
        "/i/flagged.txt"
    ]
    assert [h.doc.path for h in fresh.search("ngan sach", Filters(has_issues=False))] == [
        "/i/clean.txt"
    ]


# fmt: off
PARSE_CASES = [
    ("thu ngân sách", '"thu" AND "ngan" AND "sach"'),
    ('"thu ngân sách"', '"thu ngan sach"'),
    ("04-NQ/TU", '"04 nq tu"'),
    ("huyện*", '"huyen" *'),
    ("nghị OR chỉ", '"nghi" OR "chi"'),
    ('đảng "AND" NEAR(', '"dang" AND "and" AND "near"'),  # operators typed as words stay words
]
# fmt: on


@pytest.mark.parametrize(("query", "expression"), PARSE_CASES)
def test_parse(query, expression):
    parsed = parse(query)
    assert parsed is not None
    assert parsed.expression == expression


@pytest.mark.parametrize("query", ["", "   ", "!!! ---", '""'])
def test_parse_nothing(query):
    assert parse(query) is None


@pytest.mark.parametrize(
    "query", ["thu ngân sách", "đảng bộ", "HUYỆN ỦY", "ưu tiên", "quy*", '"04-NQ/TU"']
)
def test_matches_in_the_text_are_matches_in_its_folded_copy(real_store, query):
    """Searching the text as written finds exactly what searching its folded copy finds."""
    import re

    from vankien.store.search import matches

    corpus, _ = real_store
    parsed = parse(query)
    for doc in corpus.documents():
        text = corpus.text(doc)
        folded = fold(text)
        found = matches(parsed, corpus.store.folded(doc.version_id))
        assert corpus.store.folded(doc.version_id) == folded
        for start, end, term in found:
            words = parsed.terms[term]
            assert re.fullmatch(
                r"\W+".join(words) + (r"\w*" if parsed.prefix[term] else ""), folded[start:end]
            )
        expected = sum(1 for _ in re.finditer(r"\b" + r"\W+".join(parsed.terms[0]) + r"\b", folded))
        if not parsed.prefix[0] and len(parsed.covers[-1]) == 1:
            assert sum(1 for *_, t in found if t == 0) == expected


# fmt: off
FIRST_CASES = [
    ("thu ngân sách", '"thu ngan sach"'),
    ("ngân", None),
    ('"thu ngân sách" huyện', None),
    ("thu OR chi", None),
]
# fmt: on


@pytest.mark.parametrize(("query", "first"), FIRST_CASES)
def test_the_words_together_are_searched_first(query, first):
    assert parse(query).first == first
