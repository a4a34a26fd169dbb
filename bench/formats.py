#!/usr/bin/env python3
"""Speed of the readers: pages/s for text-layer PDFs and DOCX, seconds per page of OCR with
1 and 2 Tesseract processes, and peak memory reading a 500-page PDF.

    .venv/bin/python bench/formats.py            # everything (OCR takes a minute or two)
    .venv/bin/python bench/formats.py --no-ocr   # text formats and the 500-page PDF only

The documents are built from the seeds (``../shared/corpus/seeds``) as the tests build them.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.conftest import SEEDS  # noqa: E402
from tests.load import builders  # noqa: E402

from vankien.load import canonical, load_bytes  # noqa: E402


def _texts() -> list[str]:
    return [canonical(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]


def _best(seconds: list[float]) -> float:
    return min(seconds)


def text_formats(repeat: int) -> dict[str, float]:
    """Pages per second of the text-layer PDF and the DOCX of all seeds (DOCX pages counted
    as the pages of the PDF made from the same text)."""
    text = "\n".join(_texts())
    pdf = builders.pdf_bytes(text)
    docx = builders.docx_bytes(text)
    pages = len(load_bytes(pdf, "b.pdf").pages)
    out = {"pages": pages}
    for name, data in (("pdf", pdf), ("docx", docx)):
        runs = []
        for _ in range(repeat):
            started = time.perf_counter()
            load_bytes(data, f"b.{name}")
            runs.append(time.perf_counter() - started)
        out[f"{name}_pages_per_s"] = round(pages / _best(runs), 1)
    return out


def ocr(pages: int) -> dict[str, float]:
    """Seconds per page of OCR (300 dpi scans) with 1 and 2 Tesseract processes."""
    text = "\n".join(_texts())
    pdf = builders.pdf_bytes(text)
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    keep = pdfium.PdfDocument.new()
    keep.import_pages(document, list(range(min(pages, len(document)))))
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        keep.save(handle.name)
        scan = builders.scan_bytes(Path(handle.name).read_bytes())
    out: dict[str, float] = {"ocr_pages": min(pages, len(document))}
    for workers in (1, 2):
        os.environ["VANKIEN_OCR_PROCESSES"] = str(workers)
        cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        loaded = load_bytes(scan, "scan.pdf")
        seconds = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        out[f"ocr_s_per_page_{workers}p"] = round(seconds / out["ocr_pages"], 2)
        used = after.ru_utime + after.ru_stime - cpu.ru_utime - cpu.ru_stime
        out["ocr_cpu_s_per_page"] = round(used / out["ocr_pages"], 2)
        out["ocr_mean_confidence"] = round(
            sum(c for _, c in loaded.confidence) / len(loaded.confidence), 1
        )
    os.environ.pop("VANKIEN_OCR_PROCESSES", None)
    return out


def big_pdf(pages: int) -> dict[str, float]:
    """Time and peak memory (of a fresh process) reading a PDF of about ``pages`` pages."""
    lines = [
        f"{k}. Thu ngân sách của xã thứ {k} đạt {k % 90 + 10},5% dự toán; Ban Chấp hành Đảng bộ huyện chỉ đạo."
        for k in range(1, pages * 18)
    ]
    data = builders.pdf_bytes("NGHỊ QUYẾT\n" + "\n".join(lines))
    with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as handle:
        handle.write(data)
    code = (
        "import sys, time, resource; from vankien.load import load; t = time.perf_counter(); "
        "d = load(sys.argv[1]); print(len(d.pages), time.perf_counter() - t, "
        "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", code, handle.name], capture_output=True, text=True, check=True
        )
    finally:
        os.unlink(handle.name)
    count, seconds, peak_kb = done.stdout.split()
    return {
        "big_pdf_pages": int(count),
        "big_pdf_seconds": round(float(seconds), 2),
        "big_pdf_pages_per_s": round(int(count) / float(seconds), 1),
        "big_pdf_peak_mb": round(int(peak_kb) / 1024, 1),
        "big_pdf_file_mb": round(len(data) / 2**20, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-ocr", action="store_true")
    parser.add_argument("--ocr-pages", type=int, default=6)
    parser.add_argument("--big-pages", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    results = text_formats(args.repeat)
    results |= big_pdf(args.big_pages)
    if not args.no_ocr:
        results |= ocr(args.ocr_pages)
    for key, value in results.items():
        print(f"{key:28} {value}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    print(
        f"(peak memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
