"""Plain-text readers: UTF-8 (with or without BOM) and UTF-16 with BOM.

``b"\\xef\\xbb\\xbfNGH\\xe1\\xbb\\x8a QUY\\xe1\\xba\\xbeT"`` → ``"NGHỊ QUYẾT"``, encoding ``utf-8``.
"""

from __future__ import annotations

import codecs

from vankien.errors import InputError

from .base import Decoded


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text and the name of the encoding found; :class:`InputError` when none fits."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name), "utf-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name), "utf-16"
    if b"\x00" in data[:4096]:
        raise InputError("V105", name, detail="tệp nhị phân, không phải văn bản chữ")
    return _strict(data, "utf-8", name), "utf-8"


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            "V102",
            name,
            detail=f"byte 0x{data[exc.start]:02x} ở vị trí {exc.start} không hợp lệ trong {encoding.upper()}",
        ) from exc


def read_txt(data: bytes, name: str) -> Decoded:
    text, encoding = decode(data, name)
    return Decoded(text=text, format="txt", encoding=encoding)


def read_md(data: bytes, name: str) -> Decoded:
    text, encoding = decode(data, name)
    return Decoded(text=text, format="md", encoding=encoding)
