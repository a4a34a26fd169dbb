"""Refuse text that is no document: a shopping list, source code, random bytes.

A Party or state document is Vietnamese prose: most of its letters are Latin, many
carry Vietnamese marks, and it names its genre (nghị quyết, báo cáo, đảng, ủy ban ...).
"""

from __future__ import annotations

import re

from vankien import regex_cache
from vankien.errors import InputError
from vankien.folding import fold

MIN_LETTERS = 40
_GENRE = regex_cache.compile(
    r"\b(nghi quyet|ket luan|thong bao|chi thi|quyet dinh|quy dinh|ke hoach|bao cao|huong dan|"
    r"chuong trinh|to trinh|cong van|cong dien|bien ban|de an|nghi dinh|thong tu|luat|"
    r"dang bo|dang uy|tinh uy|huyen uy|thanh uy|thi uy|ban chap hanh|ban thuong vu|"
    r"uy ban nhan dan|chinh phu|quoc hoi|hoi dong nhan dan|can cu|dieu \d+)\b"
)
_NOT_MARKED = regex_cache.compile(r"[^à-ỹđĐÀ-Ỹ]")
_ASCII = bytes(range(0x80))
_NOT_ASCII_LETTER = bytes(b for b in range(0x100) if not chr(b).isascii() or not chr(b).isalpha())
_CODE = regex_cache.compile(
    r"^\s*(?:def \w+\(|class \w+[:(]|import \w|from \w+ import|return\b|#include|function\b|var \w|let \w|const \w|public \w|[{}]\s*$)",
    re.M,
)


SAMPLE = 3000


def require_document(text: str, name: str, folded: str | None = None) -> None:
    """Raise :class:`InputError` unless ``text`` reads like a Vietnamese administrative document.

    Only the start is read: a document names its genre early (``NGHỊ QUYẾT``, ``Căn cứ``).
    ``folded`` is ``fold(text)`` when the caller has it already.
    """
    sample = text[:SAMPLE]
    letters, marked = _letters_and_marked(sample)
    if letters < MIN_LETTERS:
        raise InputError("V105", name, detail="quá ít chữ để là một văn bản")
    code_lines = len(_CODE.findall(sample))
    if code_lines and code_lines > 0.3 * sum(1 for line in sample.splitlines() if line.strip()):
        raise InputError("V105", name, detail="có vẻ là mã nguồn chương trình")
    if marked < 0.05 * letters:
        raise InputError("V105", name, detail="không phải tiếng Việt có dấu")
    folded_sample = folded[:SAMPLE] if folded is not None else fold(sample)
    if not _GENRE.search(folded_sample):
        raise InputError("V105", name, detail="không thấy dấu hiệu của văn bản Đảng hay nhà nước")


def _letters_and_marked(sample: str) -> tuple[int, int]:
    """How many letters ``sample`` has, and how many of them carry Vietnamese marks.

    ``"Nghị quyết 04"`` → ``(9, 2)``. Counted on the UTF-8 bytes: the ASCII letters by
    deleting every other byte, the rest from the non-ASCII characters alone.
    """
    raw = sample.encode("utf-8", "surrogatepass")
    ascii_letters = len(raw.translate(None, _NOT_ASCII_LETTER))
    others = raw.translate(None, _ASCII).decode("utf-8", "surrogatepass")
    # Most of the others are marked letters: count the few that are not.
    marked = len(others) - len(_NOT_MARKED.findall(others))
    return ascii_letters + sum(map(str.isalpha, others)), marked
