"""Fixtures of the load tests: the seeds built as DOCX, PDF, scans and legacy encodings,
once per session, in a temporary folder (never committed)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.load import builders
from vankien.load import canonical
from vankien.load import ocr as ocr_module


def pytest_configure(config) -> None:
    config.addinivalue_line(
        "markers", "slow: runs a system tool (Tesseract, LibreOffice); seconds per case"
    )


def seed_texts() -> dict[str, str]:
    return {
        path.stem: canonical(path.read_text(encoding="utf-8"))
        for path in sorted(SEEDS.glob("*.txt"))
    }


needs_font = pytest.mark.skipif(
    builders.vietnamese_font() is None,
    reason="không có phông TrueType tiếng Việt (fonts-dejavu-core) để dựng PDF",
)
needs_tesseract = pytest.mark.skipif(
    not ocr_module.available(),
    reason="chưa cài Tesseract với dữ liệu tiếng Việt (tesseract-ocr tesseract-ocr-vie)",
)
needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None and shutil.which("libreoffice") is None,
    reason="chưa cài LibreOffice (libreoffice-writer-nogui)",
)


@pytest.fixture(scope="session")
def seeds() -> dict[str, str]:
    texts = seed_texts()
    if not texts:
        pytest.skip("không thấy ../shared/corpus/seeds")
    return texts


@pytest.fixture(scope="session")
def built(tmp_path_factory, seeds) -> Path:
    """A folder per format, each holding every seed: docx/, pdf/, tcvn3/, vni/ (text files,
    and a DOCX in the legacy font of the first seed)."""
    root = tmp_path_factory.mktemp("formats")
    for folder in ("docx", "pdf", "tcvn3", "vni"):
        (root / folder).mkdir()
    first = next(iter(seeds))
    for stem, text in seeds.items():
        (root / "docx" / f"{stem}.docx").write_bytes(builders.docx_bytes(text))
        if builders.vietnamese_font() is not None:
            (root / "pdf" / f"{stem}.pdf").write_bytes(builders.pdf_bytes(text))
    for encoding, font in (("tcvn3", ".VnTime"), ("vni", "VNI-Times")):
        text = seeds[first]
        (root / encoding / f"{first}.txt").write_bytes(builders.legacy_bytes(text, encoding))
        docx = builders.docx_bytes(builders.legacy_text(text, encoding), font=font)
        (root / encoding / f"{first}.docx").write_bytes(docx)
    return root


@pytest.fixture(scope="session")
def scans(tmp_path_factory, built, seeds) -> Path:
    """Image-only PDFs (300 dpi) of every seed, rendered from the text PDFs."""
    root = tmp_path_factory.mktemp("scans")
    for stem in seeds:
        pdf = built / "pdf" / f"{stem}.pdf"
        if pdf.exists():
            (root / f"{stem}.pdf").write_bytes(builders.scan_bytes(pdf.read_bytes()))
    return root
