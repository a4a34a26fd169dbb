"""OCR of scans with Tesseract (``tesseract-ocr-vie``): image-only PDF pages and photos.

Pages are rendered at 300 dpi in grey and handed to one ``tesseract`` process each,
several at a time (``VANKIEN_OCR_PROCESSES``, by default one per core), each held to one
thread (``OMP_THREAD_LIMIT=1``). Tesseract's TSV gives every word its box and confidence:
words become :class:`~vankien.load.pages.Line` s for ``pages.assemble``, and each page keeps
its mean word confidence (0-100) for the provenance.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cache
from pathlib import Path

from vankien import regex_cache
from vankien.errors import InputError

from .base import Decoded
from .pages import Line, Page, assemble

DPI = 300
MAX_OCR_PAGES = 200
PAGE_SECONDS = 180
MAX_PIXELS = 120_000_000
INSTALL = "sudo apt-get install tesseract-ocr tesseract-ocr-vie"


@cache
def _tesseract() -> tuple[str | None, bool]:
    """The Tesseract executable and whether it has the Vietnamese data."""
    exe = shutil.which("tesseract")
    if exe is None:
        return None, False
    try:
        found = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None, False
    langs = (found.stdout + found.stderr).split()
    return exe, "vie" in langs


def available() -> bool:
    """Whether Tesseract with Vietnamese data is installed."""
    exe, vie = _tesseract()
    return exe is not None and vie


def require(name: str) -> str:
    """The Tesseract executable, or :class:`InputError` saying what to install."""
    exe, vie = _tesseract()
    if exe is None:
        raise InputError("V110", name, tool="Tesseract OCR (để đọc bản scan)", install=INSTALL)
    if not vie:
        raise InputError(
            "V110",
            name,
            tool="dữ liệu tiếng Việt của Tesseract",
            install="sudo apt-get install tesseract-ocr-vie",
        )
    return exe


def processes() -> int:
    """How many Tesseract processes run at once."""
    try:
        wanted = int(os.environ.get("VANKIEN_OCR_PROCESSES", "0"))
    except ValueError:
        wanted = 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, wanted or cores or 1)


def _run(exe: str, image: Path, name: str) -> tuple[list[Line], float, float]:
    """Tesseract on one image: its lines (boxes in pixels, ``top`` > ``bottom``), mean word
    confidence, and the image height."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        done = subprocess.run(
            [exe, str(image), "stdout", "-l", "vie", "--psm", "3", "--dpi", str(DPI), "tsv"],
            capture_output=True,
            timeout=PAGE_SECONDS,
            env=env,
        )
    except subprocess.TimeoutExpired as exc:
        raise InputError("V112", name, tool="Tesseract", seconds=PAGE_SECONDS) from exc
    if done.returncode != 0:
        raise InputError("V103", name, format="ảnh", detail="Tesseract không đọc được ảnh trang")
    return parse_tsv(done.stdout.decode("utf-8", errors="replace"))


_LOOKALIKES = str.maketrans({"Ð": "Đ", "ð": "đ"})
_DOUBLED_D = regex_cache.compile("(Đ)Đ+|(đ)đ+")


def fix_word(word: str) -> str:
    """Undo what Tesseract confuses in Vietnamese: the Icelandic eth for Đ, and Đ read twice.

    ``"QĐÐ/TU"`` → ``"QĐ/TU"``; ``"ÐẢNG"`` → ``"ĐẢNG"``.
    """
    return _DOUBLED_D.sub(lambda m: m.group(1) or m.group(2), word.translate(_LOOKALIKES))


def parse_tsv(tsv: str) -> tuple[list[Line], float, float]:
    """Tesseract TSV → (lines in Tesseract's reading order, mean word confidence, page height)."""
    words: dict[tuple[int, int, int], list[tuple[str, int, int, int, int]]] = {}
    confs: list[float] = []
    height = 0.0
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12:
            continue
        level, block, par, line = cols[0], cols[2], cols[3], cols[4]
        left, top, width, tall = (int(c) for c in cols[6:10])
        if level == "1":
            height = float(tall)
            continue
        text = fix_word(cols[11].strip())
        if level != "5" or not text:
            continue
        try:
            conf = float(cols[10])
        except ValueError:
            conf = -1
        if conf >= 0:
            confs.append(conf)
        words.setdefault((int(block), int(par), int(line)), []).append(
            (text, left, top, left + width, top + tall)
        )
    lines = []
    for key in sorted(words):
        ws = words[key]
        lines.append(
            Line(
                text=" ".join(w[0] for w in ws),
                x0=min(w[1] for w in ws),
                x1=max(w[3] for w in ws),
                top=height - min(w[2] for w in ws),
                bottom=height - max(w[4] for w in ws),
            )
        )
    mean = round(sum(confs) / len(confs), 1) if confs else 0.0
    return lines, mean, height


def _ocr_images(
    images: Iterator[tuple[int, Path]], exe: str, name: str
) -> Iterator[tuple[int, Page, float]]:
    """OCR numbered page images, several Tesseract processes at once, in page order."""
    with ThreadPoolExecutor(max_workers=processes()) as pool:
        futures: list[tuple[int, Future]] = []
        try:
            for number, image in images:
                futures.append((number, pool.submit(_run, exe, image, name)))
            for number, future in futures:
                lines, mean, height = future.result()
                yield number, Page(number, height, lines), mean
        finally:
            for _, future in futures:
                future.cancel()


def read_pdf_pages(document, indices: list[int], name: str) -> Iterator[tuple[int, Page, float]]:
    """OCR the pages ``indices`` (0-based) of an open pypdfium2 document."""
    if len(indices) > MAX_OCR_PAGES:
        raise InputError("V113", name, pages=len(indices), limit=MAX_OCR_PAGES)
    exe = require(name)
    with tempfile.TemporaryDirectory(prefix="vankien-ocr-") as tmp:

        def render() -> Iterator[tuple[int, Path]]:
            for index in indices:
                page = document[index]
                try:
                    bitmap = page.render(scale=DPI / 72, grayscale=True)
                    image = bitmap.to_pil()
                    path = Path(tmp) / f"p{index + 1:05d}.png"
                    image.save(path)
                finally:
                    page.close()
                yield index + 1, path

        yield from _ocr_images(render(), exe, name)


def read_image(data: bytes, name: str) -> Decoded:
    """The text of a photo or scan (PNG, JPEG, TIFF; every frame of a TIFF is a page)."""
    exe = require(name)
    import io

    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        frames = getattr(image, "n_frames", 1)
        width, height = image.size
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise InputError("V103", name, format="ảnh", detail="không nhận ra định dạng ảnh") from exc
    if width * height * frames > MAX_PIXELS:
        raise InputError(
            "V116",
            name,
            pixels=f"{width * height * frames:,}".replace(",", "."),
            limit=f"{MAX_PIXELS:,}".replace(",", "."),
        )
    if frames > MAX_OCR_PAGES:
        raise InputError("V113", name, pages=frames, limit=MAX_OCR_PAGES)
    confidence: list[tuple[int, float]] = []
    pages: list[Page] = []
    with tempfile.TemporaryDirectory(prefix="vankien-ocr-") as tmp:
        paths: list[tuple[int, Path]] = []
        try:
            for frame in range(frames):
                image.seek(frame)
                grey = ImageOps.exif_transpose(image).convert("L")
                path = Path(tmp) / f"p{frame + 1:05d}.png"
                grey.save(path)
                paths.append((frame + 1, path))
        except (OSError, ValueError, EOFError, SyntaxError) as exc:
            raise InputError("V103", name, format="ảnh", detail="dữ liệu ảnh bị hỏng") from exc
        for number, page, mean in _ocr_images(iter(paths), exe, name):
            pages.append(page)
            confidence.append((number, mean))
    text, ranges = assemble([page for page in pages if page.lines])
    if not text.strip():
        raise InputError("V114", name)
    return Decoded(text=text, format="image", encoding=None, pages=ranges, confidence=confidence)
