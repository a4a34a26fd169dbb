"""A folded key of Vietnamese text, one code point for one code point.

Matching ignores tone marks, đ/d and case by looking at the folded copy; because
folding never changes the length, a match in the folded copy is a span of the
canonical text. ``fold("Tỉnh ủy khoá XXI") == "tinh uy khoa xxi"``.
"""

from __future__ import annotations

import codecs
import unicodedata
from functools import cache, lru_cache

# Typographic variants that documents use for the same mark.
_SAME_AS = {**dict.fromkeys("‐‑‒–—−", "-"), "\u00a0": " "}


def _folded_char(char: str) -> str:
    """One character folded: ``"Ể"`` → ``"e"``, ``"Đ"`` → ``"d"``, ``"–"`` → ``"-"``.

    Only characters below U+2000 lose marks and case; others stay as they are.
    """
    if char in _SAME_AS:
        return _SAME_AS[char]
    if not " " <= char < "\u2000":
        return char
    if char in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", char)[0]
    lowered = base.lower()
    return lowered if len(lowered) == 1 else base


@cache
def _table() -> dict[int, int]:
    # Every code point below 0x3000 has an entry, identity included: a lookup that
    # misses costs str.translate an exception, which made folding 2-3x slower.
    return {code: ord(_folded_char(chr(code))) for code in range(0x3000)}


# The characters of nearly every document: ASCII without control characters, the
# Vietnamese alphabet and the punctuation documents use. They are folded through a one-byte
# code (two passes in C); the few other characters of a text one by one.
_PUNCTUATION = "–—‐‑“”„‘’…•°«»·×²³½§€\u00a0"
_VOWELS = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")


# Characters outside the alphabet are encoded as the one byte no character has (0xff, folded
# as a private-use character no other byte folds to) and folded one by one afterwards.
_OUTSIDE = "vankien.outside-the-code"
OUTSIDE = b"\xff"
_OUTSIDE_FOLDED = "\ue000"
codecs.register_error(_OUTSIDE, lambda exc: (OUTSIDE * (exc.end - exc.start), exc.end))


@cache
def _byte_code() -> tuple[str, object, str]:
    """The one-byte code: its alphabet (the character of each byte), how to encode it (an
    encoding map), and each byte's folded character (:data:`_OUTSIDE_FOLDED` for the unused ones)."""
    letters = {unicodedata.normalize("NFC", vowel + tone) for vowel in _VOWELS for tone in _TONES}
    letters |= {letter.upper() for letter in letters} | {"đ", "Đ"}
    ascii_chars = "\x00\t\n\r" + "".join(map(chr, range(0x20, 0x7F)))
    others = sorted(letters - set(ascii_chars)) + list(_PUNCTUATION)
    alphabet = ascii_chars + "".join(others)
    if len(alphabet) > 255:  # the last byte stands for every other character
        raise ValueError(f"the one-byte code holds 255 characters, not {len(alphabet)}")
    unused = _OUTSIDE_FOLDED * (256 - len(alphabet))
    folded = "".join(map(_folded_char, alphabet))
    return alphabet, codecs.charmap_build(alphabet + unused), folded + unused


def alphabet() -> str:
    """The character each byte of the one-byte code stands for: ASCII, the Vietnamese letters
    and the punctuation of documents (``"\\x00\\t\\n\\r !…"``); :data:`OUTSIDE` is none of them."""
    return _byte_code()[0]


def encode(text: str) -> bytes:
    """``text`` in the one-byte code, one byte per character, :data:`OUTSIDE` for a character
    outside its alphabet: ``"Đảng ®"`` → six bytes, the last one :data:`OUTSIDE`."""
    return codecs.charmap_encode(text, _OUTSIDE, _byte_code()[1])[0]


def fold(text: str) -> str:
    """Lower-case, strip tone and vowel marks, map đ to d; same length as ``text``."""
    _, encoding_map, folded_bytes = _byte_code()
    code = codecs.charmap_encode(text, _OUTSIDE, encoding_map)[0]
    folded = codecs.charmap_decode(code, "strict", folded_bytes)[0]
    return folded if OUTSIDE not in code else _fold_rest(text, code, folded)


def fold_encoded(text: str, code: bytes) -> str:
    """:func:`fold` of ``text`` when its one-byte code is at hand (``code == encode(text)``)."""
    folded = codecs.charmap_decode(code, "strict", _byte_code()[2])[0]
    return folded if OUTSIDE not in code else _fold_rest(text, code, folded)


def _fold_rest(text: str, code: bytes, folded: str) -> str:
    """``folded`` (through the one-byte code) with the characters outside the code folded too."""
    if code.count(OUTSIDE) * 6 > len(text) > SHORT:  # mostly other letters (Russian): the table
        return text.translate(_table())
    return _fold_outside(text, folded)


def _fold_outside(text: str, folded: str) -> str:
    """``folded`` with the characters outside the one-byte code folded one by one:
    ``"Quỹ® 5‰"`` → ``"quy® 5‰"``."""
    pieces = []
    at = 0
    outside = folded.find(_OUTSIDE_FOLDED)
    while outside >= 0:
        pieces.append(folded[at:outside])
        pieces.append(_folded_char_cached(text[outside]))
        at = outside + 1
        outside = folded.find(_OUTSIDE_FOLDED, at)
    pieces.append(folded[at:])
    return "".join(pieces)


# Up to this length a text is never folded through the whole table (building it costs more
# than folding a word of a data file, ``"‰"``, one character at a time).
SHORT = 200
_folded_char_cached = cache(_folded_char)


def key(text: str) -> str:
    """A matching key: folded, spaces collapsed, trimmed (``" Khóa  XXI "`` → ``"khoa xxi"``)."""
    return " ".join(fold(text).split())


_TONE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))


@lru_cache(maxsize=4096)
def spelling(text: str) -> str:
    """A key that tells two placements of one word's tone apart from two words: lower case,
    the letters with their own marks, then the tones in order, wherever each is placed
    (``"KHOÁ"`` and ``"khóa"`` agree; ``"QUÂN"`` and ``"quận"`` do not, nor ``"QUAN"``).
    Worked out once per name: documents and the vocabulary repeat theirs."""
    parts = unicodedata.normalize("NFD", text.lower())
    tones = "".join(c for c in parts if ord(c) in _TONE_MARKS)
    return unicodedata.normalize("NFC", parts.translate(_TONE_MARKS)) + "|" + tones


def squash(text: str) -> str:
    """Spaces normalised as a field is shown: ``"về  tình hình\\nquý I"`` → ``"về tình hình quý I"``."""
    return " ".join(text.split())
