"""PDF reader (pypdfium2): the text layer page by page; pages without one go to OCR.

Each page's text segments become lines (``pages.group_lines``), then ``pages.assemble``
drops running headers and page numbers and rebuilds paragraphs. A page with fewer than
:data:`MIN_PAGE_CHARS` characters in its text layer is a scan: it is rendered at 300 dpi
and read by Tesseract (``ocr``). Text typed in a legacy font (``.VnTime``: ``Nghµ n−íc``)
is converted.
"""

from __future__ import annotations

import time

from vankien import regex_cache
from vankien.errors import InputError

from . import encodings, ocr
from .base import Decoded
from .pages import COLUMN_GAP, Line, Page, assemble, group_lines

MIN_PAGE_CHARS = 20
MAX_UNREADABLE = 0.3
# Private-use glyph codes, control characters and U+FFFD: what a font without a Unicode
# map gives instead of letters.
_UNREADABLE = regex_cache.compile("[\ue000-\uf8ff\x00-\x01\x03-\x08\x0b\x0c\x0e-\x1f\ufffd]")
MAX_PAGES = 3000
MAX_SECONDS = 600


def _open(data: bytes, name: str):
    import pypdfium2 as pdfium

    if not data.lstrip()[:1024].find(b"%PDF") >= 0:
        raise InputError("V103", name, format="PDF", detail="không có phần đầu %PDF")
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message or "security" in message:
            raise InputError("V109", name) from exc
        raise InputError("V103", name, format="PDF", detail="cấu trúc tệp không đọc được") from exc


def _page_lines(page) -> tuple[list[Line], int]:
    """The lines of a page's text layer, and how many characters it holds.

    pdfium's text already comes in lines (``\\r\\n``), one character per index: each line
    takes the box of its characters; a line of several boxes (two columns on one baseline,
    as in a header) is read box by box.
    """
    textpage = page.get_textpage()
    try:
        chars = textpage.count_chars()
        if chars < MIN_PAGE_CHARS:
            return [], chars
        text = textpage.get_text_range(0, chars)
        if len(_UNREADABLE.findall(text)) > MAX_UNREADABLE * chars:
            return [], chars  # a font without a Unicode map: read the page as a scan
        boxes: list[Line] = []
        if len(text) != chars:
            for i in range(textpage.count_rects()):
                boxes.extend(_bounded(textpage, textpage.get_rect(i)))
            return group_lines(boxes), chars
        index = 0
        for segment in text.split("\r\n"):
            size = len(segment)
            if segment.strip():
                count = textpage.count_rects(index, size)
                rects = [textpage.get_rect(k) for k in range(count)]
                if count and not _columns(rects):
                    boxes.append(
                        Line(
                            segment,
                            min(r[0] for r in rects),
                            max(r[2] for r in rects),
                            max(r[3] for r in rects),
                            min(r[1] for r in rects),
                        )
                    )
                else:
                    for rect in rects:
                        boxes.extend(_bounded(textpage, rect))
            index += size + 2
        return group_lines(boxes), chars
    finally:
        textpage.close()


def _columns(rects: list[tuple[float, float, float, float]]) -> bool:
    """Whether a line's boxes stand apart like columns (not a superscript or a font change)."""
    ordered = sorted(rects)
    return any(
        b[0] - a[2] > COLUMN_GAP * max(a[3] - a[1], b[3] - b[1], 1.0)
        for a, b in zip(ordered, ordered[1:], strict=False)
    )


def _bounded(textpage, rect) -> list[Line]:
    left, bottom, right, top = rect
    text = textpage.get_text_bounded(left, bottom, right, top).replace("\r", " ").replace("\n", " ")
    return [Line(text, left, right, top, bottom)] if text.strip() else []


def read_pdf(data: bytes, name: str) -> Decoded:
    """The text of a PDF; scanned pages are read by OCR (:class:`InputError` when impossible)."""
    document = _open(data, name)
    started = time.monotonic()
    try:
        count = len(document)
        if count == 0:
            raise InputError("V103", name, format="PDF", detail="không có trang nào")
        if count > MAX_PAGES:
            raise InputError("V115", name, pages=count, limit=MAX_PAGES)
        pages: list[Page | None] = []
        scans: list[int] = []
        for index in range(count):
            try:
                page = document[index]
            except Exception as exc:  # a damaged page object
                raise InputError(
                    "V103", name, format="PDF", detail=f"trang {index + 1} bị hỏng"
                ) from exc
            try:
                height = page.get_height()
                lines, chars = _page_lines(page)
            finally:
                page.close()
            if not lines:
                pages.append(None)
                scans.append(index)
            else:
                pages.append(Page(index + 1, height, lines))
            if time.monotonic() - started > MAX_SECONDS:
                raise InputError("V112", name, tool="việc đọc PDF", seconds=MAX_SECONDS)
        pages, legacy = _legacy(pages)
        confidence: dict[int, float] = {}
        if scans:
            for number, page, mean in ocr.read_pdf_pages(document, scans, name):
                pages[number - 1] = page
                confidence[number] = mean
    finally:
        document.close()
    found = [page for page in pages if page is not None and page.lines]
    text, ranges = assemble(found)
    if not text.strip():
        raise InputError("V114", name)
    return Decoded(
        text=text,
        format="pdf",
        encoding=legacy,
        pages=ranges,
        confidence=[(number, confidence[number]) for number in sorted(confidence)] or None,
    )


_SUBSTITUTED = regex_cache.compile(r"(?<=\w)[\u2212\u2219]|[\u2212\u2219](?=\w)")


def _legacy(pages: list[Page | None]) -> tuple[list[Page | None], str | None]:
    """Text layers set in a legacy font, converted line by line (``Nghµ n−íc`` → ``Nhà nước``).

    PDF text layers put U+2212 in TCVN3's ư slot and U+2219 in its ã slot.
    """
    sample = "\n".join(line.text for page in pages if page for line in page.lines)
    legacy = encodings.best_legacy(sample)
    if legacy is None:
        return pages, None

    def fix(text: str) -> str:
        surface = _SUBSTITUTED.sub(lambda m: "\u00ad" if m.group(0) == "\u2212" else "\u00b7", text)
        return encodings.convert(surface, legacy)

    converted = [
        Page(
            page.number,
            page.height,
            [Line(fix(ln.text), ln.x0, ln.x1, ln.top, ln.bottom) for ln in page.lines],
        )
        if page
        else None
        for page in pages
    ]
    return converted, legacy
