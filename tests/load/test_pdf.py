"""PDF text layer: page order, paragraphs rebuilt, words split at line ends joined back,
running headers and page numbers dropped, page ranges right; bad PDFs are clear errors."""

from __future__ import annotations

import io
import time

import pytest

from tests.load import builders
from tests.load.conftest import needs_font, needs_tesseract
from vankien.errors import InputError
from vankien.load import load, load_bytes

pytestmark = needs_font


def _words(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def test_seed_pdfs_read_as_the_seeds(built, seeds):
    for stem, text in seeds.items():
        loaded = load(built / "pdf" / f"{stem}.pdf")
        assert (loaded.format, loaded.encoding) == ("pdf", None)
        assert _words(loaded.text) == _words(text)


def test_running_header_and_page_numbers_are_dropped(built, seeds):
    stem = max(seeds, key=lambda s: len(seeds[s]))
    loaded = load(built / "pdf" / f"{stem}.pdf")
    assert builders.RUNNING_HEADER not in loaded.text
    assert not [line for line in loaded.text.split("\n") if line.strip().isdigit()]
    assert len(loaded.pages) > 3


def test_page_ranges_point_at_their_pages(built, seeds):
    import pypdfium2 as pdfium

    stem = max(seeds, key=lambda s: len(seeds[s]))
    path = built / "pdf" / f"{stem}.pdf"
    loaded = load(path)
    document = pdfium.PdfDocument(path)
    ends = [0]
    for start, end, number in loaded.pages:
        assert start == ends[-1] and end > start
        ends.append(end)
        page_text = " ".join(document[number - 1].get_textpage().get_text_range().split())
        first_words = " ".join(loaded.text[start:end].split()[:6])
        assert first_words in page_text
    assert ends[-1] == len(loaded.text)
    document.close()


def _lines_pdf(lines: list[str], *, encrypt: str | None = None) -> bytes:
    """A one-page PDF drawing ``lines`` left-aligned, one under the other."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "VietSerif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("VietSerif", str(builders.vietnamese_font())))
    out = io.BytesIO()
    page = canvas.Canvas(out, encrypt=encrypt)
    page.setFont("VietSerif", 12)
    for k, line in enumerate(lines):
        page.drawString(72, 760 - 16 * k, line)
    page.showPage()
    page.save()
    return out.getvalue()


FILL = "Ban Thường vụ Tỉnh ủy đã chỉ đạo thực hiện"
# fmt: off
SPLITS = [
    # (line ends, next line starts, canonical text wanted)
    (FILL + " Nghị quyết số 04-", "NQ/TU ngày 14/12/2022.", "Nghị quyết số 04-NQ/TU ngày 14/12/2022."),
    (FILL + " phát triển kinh tế -", "xã hội của huyện.",   "phát triển kinh tế - xã hội của huyện."),
    (FILL + " thu ngân sá\u00ad", "ch đạt 95,5% dự toán.",  "thu ngân sách đạt 95,5% dự toán."),
    (FILL + " thu ngân sách đạt", "95,5% dự toán.",         "thu ngân sách đạt 95,5% dự toán."),
]
# fmt: on


@pytest.mark.parametrize(("first", "second", "want"), SPLITS)
def test_words_split_at_line_end_are_joined(first, second, want):
    text = load_bytes(
        _lines_pdf([first, second, "Nơi nhận:"]), "tach.pdf", check_document=False
    ).text
    assert want in text
    assert text.endswith("\nNơi nhận:")


# fmt: off
KEPT_APART = [
    # a short line ends its paragraph; a list marker starts a new one
    (["Về nhiệm vụ năm 2023", "Ban Thường vụ Tỉnh ủy kết luận như sau."], "năm 2023\nBan"),
    ([FILL + " các nhiệm vụ sau đây:", "1. Tăng cường công tác xây dựng Đảng."], "sau đây:\n1. Tăng"),
    ([FILL + " các nhiệm vụ sau đây:", "- Tăng cường công tác xây dựng Đảng."], "sau đây:\n- Tăng"),
]
# fmt: on


@pytest.mark.parametrize(("lines", "want"), KEPT_APART)
def test_paragraph_ends_are_kept(lines, want):
    assert want in load_bytes(_lines_pdf(lines), "doan.pdf", check_document=False).text


def test_superscript_stays_on_its_line():
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    _lines_pdf([])  # registers the font
    out = io.BytesIO()
    page = canvas.Canvas(out)
    first = "Thu ngân sách đạt 95%"
    page.setFont("VietSerif", 12)
    page.drawString(72, 700, first)
    x = 72 + stringWidth(first, "VietSerif", 12)
    page.setFont("VietSerif", 7)
    page.drawString(x, 705, "1")
    page.setFont("VietSerif", 12)
    page.drawString(x + 5, 700, " dự toán năm 2023 của Ban Thường vụ Huyện ủy.")
    page.showPage()
    page.save()
    text = load_bytes(out.getvalue(), "mu.pdf", check_document=False).text
    assert "\n" not in text and text.startswith(first) and "dự toán năm 2023" in text


def test_text_layer_in_a_legacy_font_is_converted():
    lines = [
        "Ban Thường vụ Huyện ủy đã chỉ đạo thực hiện các nghị quyết của Đảng",
        "thu ngân sách đạt 95,5% dự toán.",
    ]
    loaded = load_bytes(
        _lines_pdf([builders.legacy_text(line, "tcvn3") for line in lines]), "cu.pdf"
    )
    assert loaded.encoding == "tcvn3"
    assert loaded.text == " ".join(lines)


# fmt: off
BAD = [
    ("not a PDF",  b"GIF89a" + b"\0" * 100,                   "V103"),
    ("no body",    b"%PDF-1.4\n%%EOF\n",                      "V103"),
]
# fmt: on


@pytest.mark.parametrize(("what", "data", "code"), BAD, ids=[b[0] for b in BAD])
def test_bad_pdf_is_a_clear_error(what, data, code):
    with pytest.raises(InputError) as caught:
        load_bytes(data, "hong.pdf")
    assert caught.value.code == code and "hong.pdf" in str(caught.value)


def test_encrypted_pdf_asks_for_no_password():
    with pytest.raises(InputError) as caught:
        load_bytes(
            _lines_pdf(["Nghị quyết của Ban Chấp hành Đảng bộ"], encrypt="matkhau"), "mat.pdf"
        )
    assert caught.value.code == "V109" and "mật khẩu" in str(caught.value)


def test_truncated_pdf_reads_or_fails_clearly(built, seeds):
    data = next(iter((built / "pdf").glob("*.pdf"))).read_bytes()
    for cut in (len(data) // 3, len(data) // 2, len(data) - 200):
        try:
            loaded = load_bytes(data[:cut], "cut.pdf")
        except InputError as exc:
            assert exc.code.startswith("V1")
        else:
            assert loaded.text


@pytest.mark.slow
def test_five_hundred_pages_in_bounded_time():
    text = "\n".join(
        f"{k}. Thu ngân sách của xã thứ {k} đạt {k % 90 + 10},5% dự toán; Ban Chấp hành Đảng bộ huyện chỉ đạo."
        for k in range(1, 12_000)
    )
    data = builders.pdf_bytes("NGHỊ QUYẾT\n" + text)
    started = time.monotonic()
    loaded = load_bytes(data, "dai.pdf")
    assert time.monotonic() - started < 60
    assert loaded.pages[-1][2] >= 500


@pytest.mark.slow
@needs_tesseract
def test_page_without_text_goes_to_ocr(seeds):
    import pypdfium2 as pdfium

    text = next(iter(seeds.values()))
    typed = builders.pdf_bytes(text[:2500])
    scanned = builders.scan_bytes(builders.pdf_bytes(text[2500:5000]))
    document = pdfium.PdfDocument(typed)
    document.import_pages(pdfium.PdfDocument(scanned))
    out = io.BytesIO()
    document.save(out)
    loaded = load_bytes(out.getvalue(), "tron.pdf")
    ocr_pages = [page for page, _ in loaded.confidence]
    assert ocr_pages and min(ocr_pages) > 1
    assert all(conf > 80 for _, conf in loaded.confidence)
    assert " ".join(text[2600:2700].split()[2:8]) in " ".join(loaded.text.split())
