"""load: the bytes of a file → canonical text and provenance.

A registry of readers by file extension (the first bytes win when they say another
format); each reader turns bytes into text and says what it found (format, encoding,
pages, OCR confidence). The canonical text is NFC with ``\\n`` line ends, and every span
of the record indexes into it.

- ``.txt``, ``.md``: UTF-8/16, Windows-1258, TCVN3, VNI, VISCII (``encodings``).
- ``.docx`` (python-docx), ``.doc``/``.rtf`` (LibreOffice ``soffice``, then as DOCX).
- ``.pdf`` (pypdfium2); pages without a text layer go to OCR (``ocr``, Tesseract ``vie``).
- ``.png``, ``.jpg``, ``.tif``: OCR.  ``.html``: the main content only.

A missing system tool is an :class:`InputError` naming the package to install; every
other format keeps working.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import unicodedata
from collections.abc import Callable
from functools import cache
from pathlib import Path

from vankien.errors import InputError, human_size
from vankien.folding import OUTSIDE, encode, fold_encoded

from . import guard, text
from .base import Decoded, Loaded

MAX_BYTES = 50 * 1024 * 1024


Reader = Callable[[bytes, str], Decoded]


@cache
def _lazy(module: str, function: str) -> Reader:
    """A reader whose module (and its heavy libraries) is imported on first use."""

    def read(data: bytes, name: str) -> Decoded:
        return getattr(importlib.import_module(f"vankien.load.{module}"), function)(data, name)

    read.__name__ = function
    return read


READERS: dict[str, Reader] = {
    ".txt": text.read_txt,
    ".md": text.read_md,
    ".docx": _lazy("docx", "read_docx"),
    ".doc": _lazy("doc", "read_doc"),
    ".rtf": _lazy("doc", "read_doc"),
    ".pdf": _lazy("pdf", "read_pdf"),
    ".html": _lazy("html", "read_html"),
    ".htm": _lazy("html", "read_html"),
    ".png": _lazy("ocr", "read_image"),
    ".jpg": _lazy("ocr", "read_image"),
    ".jpeg": _lazy("ocr", "read_image"),
    ".tif": _lazy("ocr", "read_image"),
    ".tiff": _lazy("ocr", "read_image"),
}


def canonical(raw: str) -> str:
    """NFC with ``\\n`` line ends: ``"Khoá\\r\\n"`` (decomposed) → ``"Khoá\\n"`` (composed)."""
    return unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))


def _canonical_encoded(raw: str, code: bytes | None = None) -> tuple[str, bytes]:
    """``canonical(raw)`` and its one-byte code (:func:`vankien.folding.encode`); ``code`` is
    ``encode(raw)`` when the reader made it.

    A text whose every character is in the one-byte code is NFC as it is (each of them is, and
    none composes with the next): only its line ends change, in its code as in the text
    (``"Nghị quyết\\r\\n"`` is encoded once and not normalised).
    """
    if code is None:
        code = encode(raw)
    if OUTSIDE in code:  # characters that NFC may change
        body = canonical(raw)
        return body, code if body is raw else encode(body)  # NFC returns a normal text itself
    if "\r" not in raw:
        return raw, code
    cr_lf = encode("\r\n")
    body = raw.replace("\r\n", "\n").replace("\r", "\n")
    return body, code.replace(cr_lf, cr_lf[1:]).replace(cr_lf[:1], cr_lf[1:])


# What the first bytes say a file is, whatever its name says.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", ".pdf"),
    (b"\x89PNG\r\n\x1a\n", ".png"),
    (b"\xff\xd8\xff", ".jpg"),
    (b"II*\x00", ".tif"),
    (b"MM\x00*", ".tif"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".doc"),
    (b"{\\rtf", ".rtf"),
)
_TEXTUAL = {".txt", ".md", ".html", ".htm"}
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


def sniff(data: bytes, suffix: str) -> str:
    """The extension whose reader fits ``data``: the file's own, unless its first bytes
    say it is another format (a PDF or a Word file named ``.txt``, a ``.doc`` named ``.docx``)."""
    head = data[:16]
    for magic, found in MAGIC:
        if head.startswith(magic):
            same = READERS.get(found) is READERS.get(suffix)
            if found == ".doc" and suffix == ".docx" and ENCRYPTED_PACKAGE in data:
                return suffix  # an encrypted DOCX is an OLE file too: its reader says so
            return suffix if same else found
    if head.startswith(b"PK\x03\x04") and suffix in _TEXTUAL and b"word/" in data[:65536]:
        return ".docx"
    return suffix


def supported(path: Path) -> bool:
    """Whether a reader is registered for the file's extension."""
    return path.suffix.lower() in READERS


def _suffix(name: str) -> str:
    """``Path(name).suffix.lower()`` without making a path: ``"Báo cáo.TXT"`` → ``".txt"``."""
    base = os.path.basename(name.rstrip(os.sep))
    dot = base.rfind(".")
    return base[dot:].lower() if 0 < dot < len(base) - 1 else ""


def load_bytes(data: bytes, name: str, *, check_document: bool = True) -> Loaded:
    """Decode ``data`` (named ``name``, which picks the reader) into a :class:`Loaded`."""
    suffix = _suffix(name)
    reader = READERS.get(suffix)
    if reader is None:
        raise InputError("V106", name, format=suffix or "(không có phần mở rộng)")
    if not data.strip():
        raise InputError("V101", name)
    if len(data) > MAX_BYTES:
        raise InputError("V104", name, size=human_size(len(data)), limit=human_size(MAX_BYTES))
    reader = READERS[sniff(data, suffix)]
    decoded = reader(data, name)
    body, code = _canonical_encoded(decoded.text, decoded.code)
    pages = decoded.pages
    if pages and len(body) != len(decoded.text):
        pages = [(min(s, len(body)), min(e, len(body)), n) for s, e, n in pages]
    folded = fold_encoded(body, code)
    if check_document:
        guard.require_document(body, name, folded, code)
    return Loaded(
        text=body,
        format=decoded.format,
        encoding=decoded.encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        path=name,
        pages=pages,
        confidence=decoded.confidence,
        folded=folded,
    )


def load(path: str | Path, *, check_document: bool = True) -> Loaded:
    """Read the file at ``path``; raise :class:`InputError` with a Vietnamese reason."""
    if not isinstance(path, Path):
        path = Path(path)
    name = str(path)
    suffix = _suffix(name)
    if suffix not in READERS:
        if not path.exists():
            raise InputError("V100", path)
        if path.is_dir():
            raise InputError("V108", path, detail="đây là thư mục, không phải tệp")
        raise InputError("V106", path, format=suffix or "(không có phần mở rộng)")
    try:
        data = _read(name)
    except FileNotFoundError as exc:
        raise InputError("V100", path) from exc
    except IsADirectoryError as exc:
        raise InputError("V108", path, detail="đây là thư mục, không phải tệp") from exc
    except OSError as exc:
        raise InputError("V108", path, detail=exc.strerror or str(exc)) from exc
    return load_bytes(data, name, check_document=check_document)


_READ_ONLY = os.O_RDONLY | getattr(os, "O_BINARY", 0)


def _read(name: str) -> bytes:
    """The bytes of the file ``name``, read to its end through its descriptor (no file object);
    :class:`InputError` ``V104`` when it is larger than :data:`MAX_BYTES`."""
    descriptor = os.open(name, _READ_ONLY)
    try:
        size = os.fstat(descriptor).st_size
        if size > MAX_BYTES:
            raise InputError("V104", name, size=human_size(size), limit=human_size(MAX_BYTES))
        chunks = []
        while chunk := os.read(descriptor, max(size + 1, 8192)):  # a pipe says 0
            chunks.append(chunk)
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)
    finally:
        os.close(descriptor)
