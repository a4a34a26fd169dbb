"""A file is read by what its bytes are, when its name says otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.load import builders
from vankien.load import _suffix, load_bytes, sniff

TEXT = (
    "NGHỊ QUYẾT\nNgày 18/4/2023, Ban Chấp hành Đảng bộ huyện khóa XXI tổ chức Hội nghị lần thứ 13."
)

# fmt: off
CASES = [
    # (bytes, name, extension whose reader is used)
    (b"%PDF-1.7\n...",                      "a.txt",  ".pdf"),
    (b"\x89PNG\r\n\x1a\n....",              "a.pdf",  ".png"),
    (b"\xff\xd8\xff\xe0....",               "a.png",  ".png"),  # JPEG and PNG share the reader
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1..", "a.txt",  ".doc"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1..", "a.docx", ".doc"),   # Word 97-2003 named .docx
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1.." + "EncryptedPackage".encode("utf-16-le"), "a.docx", ".docx"),
    (b"PK\x03\x04....word/document.xml",    "a.txt",  ".docx"),
    (b"PK\x03\x04....xl/workbook.xml",      "a.txt",  ".txt"),
    ("Nghị quyết".encode(),                 "a.txt",  ".txt"),
    (b"<html><body>...</body></html>",      "a.htm",  ".htm"),
]
# fmt: on


@pytest.mark.parametrize(("data", "name", "want"), CASES)
def test_sniff(data, name, want):
    assert sniff(data, name[name.rindex(".") :]) == want


def test_docx_named_txt_reads_as_docx():
    loaded = load_bytes(builders.docx_bytes(TEXT), "that_ra_la_docx.txt")
    assert (loaded.format, loaded.text) == ("docx", TEXT)


@pytest.mark.skipif(
    builders.vietnamese_font() is None, reason="không có phông tiếng Việt để dựng PDF"
)
def test_pdf_named_txt_reads_as_pdf():
    loaded = load_bytes(builders.pdf_bytes(TEXT, running=False), "that_ra_la_pdf.txt")
    assert (loaded.format, loaded.text) == ("pdf", TEXT)


@pytest.mark.parametrize(
    "name",
    ["a.txt", "/x/Báo cáo.TXT", ".txt", "a.tar.gz", "noext", "dir.d/file", "a.", "..txt",
     "x/.hidden", "x/..", ".", "a..b", "a.txt/"],
)  # fmt: skip
def test_suffix_is_the_path_suffix(name):
    assert _suffix(name) == Path(name).suffix.lower()
