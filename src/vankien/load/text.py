"""Plain-text readers: UTF-8, UTF-16 and the Vietnamese 8-bit encodings (see ``encodings``).

``b"\\xef\\xbb\\xbfNGH\\xe1\\xbb\\x8a QUY\\xe1\\xba\\xbeT"`` → ``"NGHỊ QUYẾT"``, encoding ``utf-8``.
"""

from __future__ import annotations

from .base import Decoded
from .encodings import decode_encoded


def read_txt(data: bytes, name: str) -> Decoded:
    text, encoding, code = decode_encoded(data, name)
    return Decoded(text=text, format="txt", encoding=encoding, code=code)


def read_md(data: bytes, name: str) -> Decoded:
    text, encoding, code = decode_encoded(data, name)
    return Decoded(text=text, format="md", encoding=encoding, code=code)
