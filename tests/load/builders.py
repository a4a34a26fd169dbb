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


def pdf_bytes(
    text: str, *, running: bool = True, header: list[tuple[str, str]] | None = None
) -> bytes:
    """A text-layer PDF of ``text`` (A4, 13 pt, a paragraph per line) with a running header
    and a page number at the foot of every page; ``header`` rows go in a borderless
    two-column table above the text, as Word prints a document's header."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

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
    if header:
        centred = ParagraphStyle("cell", parent=style, alignment=1, fontSize=12, leading=15)
        cells = [
            [Paragraph(escape(c).replace("\n", "<br/>"), centred) for c in row] for row in header
        ]
        flow += [Table(cells, colWidths=[7.5 * cm, 9 * cm]), Spacer(1, 12)]
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


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NAMESPACES = (
    f'xmlns:w="{W_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)


def raw_docx(
    body: str,
    *,
    footnotes: str | None = None,
    styles: str | None = None,
    numbering: str | None = None,
) -> bytes:
    """A minimal DOCX package around WordprocessingML ``body`` (the children of ``w:body``),
    with optional ``footnotes`` (``w:footnote`` elements) and ``styles`` (``w:style`` ...)."""
    import zipfile

    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
            '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
            '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="word/document.xml"/>'
            "</Relationships>"
        ),
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:document {_NAMESPACES}><w:body>{body}</w:body></w:document>',
    }
    rels = []
    if footnotes is not None:
        rels.append(f'<Relationship Id="rId2" Type="{rel}/footnotes" Target="footnotes.xml"/>')
        parts["word/footnotes.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes {_NAMESPACES}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            f"{footnotes}</w:footnotes>"
        )
    if styles is not None:
        rels.append(f'<Relationship Id="rId3" Type="{rel}/styles" Target="styles.xml"/>')
        parts["word/styles.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><w:styles {_NAMESPACES}>{styles}</w:styles>'
        )
    if numbering is not None:
        rels.append(f'<Relationship Id="rId4" Type="{rel}/numbering" Target="numbering.xml"/>')
        parts["word/numbering.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {_NAMESPACES}>{numbering}</w:numbering>'
        )
    parts["word/_rels/document.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(rels)
        + "</Relationships>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts.items():
            archive.writestr(name, xml)
    return out.getvalue()


def para(*runs: str) -> str:
    """A ``w:p`` of runs made by :func:`run`."""
    return "<w:p>" + "".join(runs) + "</w:p>"


def run(text: str, *, font: str | None = None, caps: bool = False) -> str:
    """A ``w:r`` with ``text``, set in ``font`` and/or all caps."""
    props = ""
    if font:
        props += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>'
    if caps:
        props += "<w:caps/>"
    return f'<w:r>{"<w:rPr>" + props + "</w:rPr>" if props else ""}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def text_box(text: str) -> str:
    """A run anchoring a text box, with the VML fallback Word writes beside it."""
    inner = f"<w:txbxContent>{para(run(text))}</w:txbxContent>"
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        f"<wps:wsp><wps:txbx>{inner}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
        f"</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{inner}</v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )


def cp1258_bytes(text: str) -> bytes:
    """``text`` in Windows-1258: base letters with their shape marks, tone marks combining."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        shape = "".join(c for c in parts[1:] if c in "\u0302\u0306\u031b")
        tones = "".join(c for c in parts[1:] if c not in shape)
        out += (unicodedata.normalize("NFC", parts[0] + shape) + tones).encode("cp1258")
    return bytes(out)
