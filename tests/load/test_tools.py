"""The system tools: Tesseract for scans and photos, LibreOffice for .doc. A missing tool is
a clear message naming the package to install, and every other format keeps working."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.load import builders
from tests.load.conftest import needs_font, needs_soffice, needs_tesseract
from vankien.errors import InputError
from vankien.load import doc, load, load_bytes, ocr


@pytest.fixture
def no_tools(monkeypatch):
    monkeypatch.setattr(ocr, "_tesseract", lambda: (None, False))
    monkeypatch.setattr(doc, "soffice", lambda: None)


@needs_font
def test_missing_tesseract_names_the_package_and_text_formats_still_work(no_tools, built, seeds):
    scan = builders.scan_bytes(builders.pdf_bytes(next(iter(seeds.values()))[:1500]))
    for data, name in (
        (scan, "scan.pdf"),
        (builders.png_of_page(builders.pdf_bytes("Nghị quyết")), "anh.png"),
    ):
        with pytest.raises(InputError) as caught:
            load_bytes(data, name)
        assert caught.value.code == "V110"
        assert "tesseract-ocr-vie" in str(caught.value) and name in str(caught.value)
    assert load(next((built / "pdf").glob("*.pdf"))).text
    assert load(next((built / "docx").glob("*.docx"))).text


def test_missing_vietnamese_data_says_so(monkeypatch):
    monkeypatch.setattr(ocr, "_tesseract", lambda: ("/usr/bin/tesseract", False))
    with pytest.raises(InputError) as caught:
        ocr.require("anh.jpg")
    assert "tiếng Việt" in str(caught.value) and "tesseract-ocr-vie" in str(caught.value)


def test_missing_libreoffice_names_the_package(no_tools):
    with pytest.raises(InputError) as caught:
        load_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096, "cu.doc")
    assert caught.value.code == "V110" and "libreoffice" in str(caught.value)


@pytest.mark.slow
@needs_soffice
def test_doc_through_libreoffice_reads_as_docx(tmp_path, seeds):
    stem, text = next(iter(seeds.items()))
    source = tmp_path / f"{stem}.docx"
    source.write_bytes(builders.docx_bytes(text))
    subprocess.run(
        [
            doc.soffice(),
            f"-env:UserInstallation={(tmp_path / 'p').as_uri()}",
            "--headless",
            "--convert-to",
            "doc",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        timeout=180,
        check=True,
    )
    loaded = load(tmp_path / f"{stem}.doc")
    assert loaded.format == "doc"
    assert [" ".join(x.split()) for x in loaded.text.split("\n") if x.strip()] == [
        " ".join(x.split()) for x in text.split("\n") if x.strip()
    ]


@pytest.mark.slow
@needs_font
@needs_tesseract
def test_photo_is_read_with_its_confidence(seeds):
    text = next(iter(seeds.values()))
    loaded = load_bytes(
        builders.png_of_page(builders.pdf_bytes(text[:1800], running=False)), "anh.png"
    )
    assert loaded.format == "image" and loaded.pages == [(0, len(loaded.text), 1)]
    [(page, confidence)] = loaded.confidence
    assert page == 1 and confidence > 80
    words = text[200:600].split()[3:12]
    assert " ".join(words) in " ".join(loaded.text.split())


@needs_font
def test_cli_text_pages_marks_page_breaks(built):
    path = max((built / "pdf").glob("*.pdf"), key=lambda p: p.stat().st_size)
    out = subprocess.run(
        [sys.executable, "-m", "vankien", "text", str(path), "--pages"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    pages = load(path).pages
    assert [line for line in out.stdout.split("\n") if line.startswith("──── trang")] == [
        f"──── trang {n} ────" for _, _, n in pages
    ]


def test_old_word_file_named_docx_goes_to_libreoffice(no_tools):
    with pytest.raises(InputError) as caught:
        load_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096, "cu.docx")
    assert caught.value.code == "V110" and "libreoffice" in str(caught.value)
