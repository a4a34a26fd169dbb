"""Refuse text that is no document: a shopping list, source code, random bytes.

A Party or state document is Vietnamese prose: most of its letters are Latin, many
carry Vietnamese marks, and it names its genre (nghị quyết, báo cáo, đảng, ủy ban ...).
"""

from __future__ import annotations

import re
from functools import cache

from vankien import regex_cache
from vankien.errors import InputError
from vankien.folding import OUTSIDE, alphabet, encode, fold

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
# A line of source code, found from the line break before it (the text is searched with one
# put before its first line): a literal start is searched fast, where ``^`` is tried everywhere.
_CODE = regex_cache.compile(
    r"\n\s*(?:def \w+\(|class \w+[:(]|import \w|from \w+ import|return\b|#include|function\b|var \w|let \w|const \w|public \w|[{}]\s*$)",
    re.M,
)


SAMPLE = 3000


def require_document(
    text: str, name: str, folded: str | None = None, code: bytes | None = None
) -> None:
    """Raise :class:`InputError` unless ``text`` reads like a Vietnamese administrative document.

    Only the start is read: a document names its genre early (``NGHỊ QUYẾT``, ``Căn cứ``).
    ``folded`` is ``fold(text)`` and ``code`` is ``encode(text)`` when the caller has them.
    """
    sample = text[:SAMPLE]
    letters, marked = _letters_and_marked(sample, code[:SAMPLE] if code is not None else None)
    if letters < MIN_LETTERS:
        raise InputError("V105", name, detail="quá ít chữ để là một văn bản")
    code_lines = len(_CODE.findall("\n" + sample))
    if code_lines and code_lines > 0.3 * sum(1 for line in sample.splitlines() if line.strip()):
        raise InputError("V105", name, detail="có vẻ là mã nguồn chương trình")
    if marked < 0.05 * letters:
        raise InputError("V105", name, detail="không phải tiếng Việt có dấu")
    folded_sample = folded[:SAMPLE] if folded is not None else fold(sample)
    if not _GENRE.search(folded_sample):
        raise InputError("V105", name, detail="không thấy dấu hiệu của văn bản Đảng hay nhà nước")


def _letters_and_marked(sample: str, code: bytes | None = None) -> tuple[int, int]:
    """How many letters ``sample`` has, and how many of them carry Vietnamese marks.

    ``"Nghị quyết 04"`` → ``(9, 2)``. Counted on the one-byte code (``code`` is
    ``encode(sample)`` when the caller has it), a byte per class of character; a sample with
    characters outside the code on its UTF-8 bytes.
    """
    if code is None:
        code = encode(sample)
    if OUTSIDE in code:
        return _letters_and_marked_utf8(sample)
    classes = code.translate(_classes())
    unmarked, marked_other, marked = classes.count(1), classes.count(2), classes.count(3)
    return unmarked + marked, marked + marked_other


@cache
def _classes() -> bytes:
    """Each byte of the one-byte code as its class: 1 an unmarked letter, 2 a character counted
    as marked that is no letter (``×``), 3 a marked letter (``ệ``), 0 any other."""
    table = bytearray(256)
    for byte, char in enumerate(alphabet()):
        table[byte] = char.isalpha() + 2 * (_NOT_MARKED.match(char) is None)
    return bytes(table)


def _letters_and_marked_utf8(sample: str) -> tuple[int, int]:
    """:func:`_letters_and_marked` of any text, counted on its UTF-8 bytes: the ASCII letters
    by deleting every other byte, the rest from the non-ASCII characters alone."""
    raw = sample.encode("utf-8", "surrogatepass")
    ascii_letters = len(raw.translate(None, _NOT_ASCII_LETTER))
    others = raw.translate(None, _ASCII).decode("utf-8", "surrogatepass")
    # Most of the others are marked letters: count the few that are not.
    marked = len(others) - len(_NOT_MARKED.findall(others))
    return ascii_letters + sum(map(str.isalpha, others)), marked
