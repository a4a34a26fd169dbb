"""Build the files people keep from a plain text: DOCX, text-layer PDF, scanned PDF, legacy
encodings. Used by the round-trip tests, the fuzzers and ``bench/formats.py``."""

from __future__ import annotations

import io
import unicodedata
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts", "C:/Windows/Fonts")
FONT_NAMES = ("DejaVuSerif.ttf", "DejaVuSans.ttf", "LiberationSerif-Regular.ttf", "times.ttf")
RUNNING_HEADER = "Văn bản lưu hành nội bộ"


@cache
def vietnamese_font() -> Path | None:
    """A TrueType font with the Vietnamese letters, if the machine has one."""
    for folder in FONT_DIRS:
        root = Path(folder)
        if not root.is_dir():
            continue
        for name in FONT_NAMES:
            found = next(iter(root.rglob(name)), None)
            if found:
                return found
    return None


def docx_bytes(
    text: str, *, header: list[tuple[str, str]] | None = None, font: str | None = None
) -> bytes:
    """A DOCX with one paragraph per line of ``text``; ``header`` rows go in a two-column table
    before it (``[("HUYỆN ỦY TÂY SƠN", "ĐẢNG CỘNG SẢN VIỆT NAM"), ...]``); ``font`` names the
    font of every run (the text is then already in that font's encoding)."""
    import docx

    document = docx.Document()
    if header:
        table = document.add_table(rows=len(header), cols=2)
        for row, (left, right) in zip(table.rows, header, strict=True):
            row.cells[0].text, row.cells[1].text = left, right
    for line in text.split("\n"):
        run = document.add_paragraph().add_run(line)
        if font:
            run.font.name = font
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pdf_bytes(text: str, *, running: bool = True) -> bytes:
    """A text-layer PDF of ``text`` (A4, 13 pt, a paragraph per line) with a running header
    and a page number at the foot of every page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    font = vietnamese_font()
    if font is None:
        raise RuntimeError("no TrueType font with Vietnamese letters on this machine")
    if "VietSerif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("VietSerif", str(font)))
    style = ParagraphStyle("body", fontName="VietSerif", fontSize=13, leading=17, spaceAfter=5)

    def decorate(canvas, doc) -> None:
        if not running:
            return
        canvas.saveState()
        canvas.setFont("VietSerif", 9)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 1.2 * cm, RUNNING_HEADER)
        canvas.drawCentredString(A4[0] / 2, 1.0 * cm, f"{doc.page}")
        canvas.restoreState()

    flow = []
    for line in text.split("\n"):
        if line.strip():
            flow.append(Paragraph(escape(line), style))
        else:
            flow.append(Spacer(1, 6))
    out = io.BytesIO()
    SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=2.5 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
    ).build(flow, onFirstPage=decorate, onLaterPages=decorate)
    return out.getvalue()


def scan_bytes(pdf: bytes, *, dpi: int = 300) -> bytes:
    """The image-only PDF of ``pdf``: each page rendered at ``dpi``, grey, no text layer."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        pages = [
            document[i].render(scale=dpi / 72, grayscale=True).to_pil()
            for i in range(len(document))
        ]
    finally:
        document.close()
    out = io.BytesIO()
    pages[0].save(out, format="PDF", save_all=True, append_images=pages[1:], resolution=dpi)
    return out.getvalue()


def png_of_page(pdf: bytes, page: int = 0, *, dpi: int = 300) -> bytes:
    """One page of ``pdf`` as a PNG photo-like image."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        image = document[page].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        document.close()
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def legacy_text(text: str, encoding: str) -> str:
    """``text`` as a legacy font types it (``tcvn3``, ``vni``, ``viscii``), as Unicode surface
    characters; TCVN3 has no capital toned vowels and types the small ones."""
    from viparse.normalize.encodings import CHARMAPS

    inverse: dict[str, str] = {}
    for legacy, letter in CHARMAPS[encoding].pairs:
        inverse.setdefault(letter, legacy)
    out = []
    for char in unicodedata.normalize("NFC", text):
        if char in inverse:
            out.append(inverse[char])
        elif encoding == "tcvn3" and char.lower() in inverse:
            out.append(inverse[char.lower()])
        else:
            out.append(char)
    return "".join(out)


def legacy_bytes(text: str, encoding: str) -> bytes:
    """``text`` saved as an 8-bit file in a legacy encoding (Windows punctuation kept)."""
    surface = legacy_text(text, encoding)
    if encoding == "viscii":
        return surface.encode("latin-1", errors="replace")
    out = bytearray()
    for char in surface:
        try:
            out += char.encode("latin-1")
        except UnicodeEncodeError:
            out += char.encode("cp1252", errors="replace")
    return bytes(out)
