"""Text encodings of Vietnamese files: find which one the bytes are in, and decode them.

UTF-8 and UTF-16 are read as they are; bytes that are not UTF-8 are tried as Windows-1258,
TCVN3 (ABC, ``.VnTime`` fonts), VNI and VISCII, and the decoding that reads most like
Vietnamese wins. Text typed in a legacy font but stored as Unicode (a ``.VnTime`` run of a
DOCX, a UTF-8 file pasted from one) is converted too. The legacy tables are viparse's.

``b"Ngh\\xd6 quy\\xd5t"`` (TCVN3) → ``("Nghị quyết", "tcvn3")``.
"""

from __future__ import annotations

import codecs
import contextlib
import re
import unicodedata
from functools import cache

from vankien import regex_cache
from vankien.errors import InputError
from vankien.folding import OUTSIDE, alphabet, encode

SAMPLE = 16_000
# Legacy-font text shows its stand-in characters from the first lines on.
LEGACY_SAMPLE = 4_000
LEGACY = ("tcvn3", "vni", "viscii")

_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b"}


@cache
def _vietnamese_letters() -> frozenset[str]:
    """Every precomposed letter of the Vietnamese alphabet that carries a mark (and đ, Đ)."""
    found = {"đ", "Đ"}
    # Letters made of a Latin letter and marks live in the Latin blocks only.
    latin = (*range(0xC0, 0x250), *range(0x1E00, 0x1EFA))
    for code in latin:
        char = chr(code)
        parts = unicodedata.normalize("NFD", char)
        if (
            parts[0].isascii()
            and parts[0].isalpha()
            and set(parts[1:]) <= _MARKS
            and len(parts) > 1
        ):
            found.add(char)
    return frozenset(found)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    letters = "".join(sorted(_vietnamese_letters()))
    marked = regex_cache.compile(f"[{re.escape(letters)}]")
    # Characters no Vietnamese text has: Latin-1 symbols and letters outside the alphabet,
    # control characters, and the replacement character.
    junk = regex_cache.compile(
        f"[^\\x09\\x0a\\x0d\\x20-\\x7e{re.escape(letters)}\\u2010-\\u203a\\u00a0\\u00b0\\u00ab\\u00bb"
        "\\u2116\\u2212\\u00b7\\u00d7\\u00a7\\u00a9\\u00ae\\u20ac\\u2022\\u2026\\u25cf\\u25a0\\u2013\\u2014"
        "\\u0400-\\u04ff\\u4e00-\\u9fff]"
    )
    return marked, junk


# The commonest marked words of administrative Vietnamese: a wrong decoding never makes them.
_COMMON = frozenset(
    [
        "các",
        "và",
        "của",
        "công",
        "định",
        "chính",
        "số",
        "bộ",
        "hiện",
        "thực",
        "năm",
        "hội",
        "cơ",
        "với",
        "nghị",
        "xã",
        "dân",
        "vụ",
        "chức",
        "cấp",
        "có",
        "điều",
        "tháng",
        "triển",
        "quyết",
        "đối",
        "quốc",
        "ủy",
        "nhân",
        "phát",
        "thành",
        "tác",
        "tư",
        "về",
        "ngày",
        "được",
        "đầu",
        "đồng",
        "giáo",
        "đảng",
        "tổ",
        "chỉ",
        "hành",
        "động",
        "sách",
        "nước",
        "người",
        "nhà",
        "nhiệm",
        "bảo",
        "đạo",
        "tế",
        "lý",
        "tại",
        "phòng",
        "quả",
        "ngân",
        "trường",
        "sở",
        "tăng",
        "chế",
        "văn",
        "hiệu",
        "chủ",
        "xây",
        "dựng",
        "mức",
        "phủ",
        "trị",
        "việc",
        "trợ",
        "đạt",
        "là",
        "dự",
        "kết",
        "địa",
        "thị",
        "luật",
        "thủ",
        "viên",
    ]
)
_WORD = regex_cache.compile(r"[^\W\d_]+")


def vietnamese_score(text: str) -> float:
    """How much ``text`` reads like Vietnamese: common words and marked letters, minus junk.

    ``"Nghị quyết của Đảng bộ"`` scores high; ``"Ngh\u00d6 quy\u00d5t cña"`` (TCVN3 read as
    Latin-1) scores low.
    """
    sample = unicodedata.normalize("NFC", text[:SAMPLE])
    marked, junk = _patterns()
    words = _WORD.findall(sample.lower())
    if not words:
        return 0.0
    letters = sum(map(len, words))
    common = sum(1 for w in words if w in _COMMON) / len(words)
    return 2 * common + (len(marked.findall(sample)) - 4 * len(junk.findall(sample))) / letters


_MODERN = regex_cache.compile("[\u0100-\u1ef9]")


def looks_legacy(text: str, code: bytes | None = None) -> bool:
    """Whether Unicode ``text`` holds many characters a legacy font puts in place of letters.

    Legacy fonts only use Latin-1 characters: text with Vietnamese letters beyond Latin-1
    (``ư``, ``ạ``, ``ế`` ...) is Unicode already, whatever signs it also holds (``m²``, ``½``).
    ``code`` is ``encode(text)`` (:func:`vankien.folding.encode`) when the caller has it.
    """
    sample = text[:LEGACY_SAMPLE]
    if _few_strange(code[:LEGACY_SAMPLE] if code is not None else encode(sample)):
        return False
    _, junk = _patterns()
    strange = len(junk.findall(sample))
    if strange < 3:
        return False
    modern = len(_MODERN.findall(sample))
    return modern < 0.5 * strange and strange >= 0.01 * max(1, sum(map(str.isalpha, sample)))


def _few_strange(code: bytes) -> bool:
    """Whether the text of one-byte ``code`` keeps to the code's alphabet with fewer than three
    characters no Vietnamese text has (``½``, ``²``): ``"Diện tích 25 m²"`` has one."""
    return OUTSIDE not in code and code.translate(_strange_bytes()).count(1) < 3


@cache
def _strange_bytes() -> bytes:
    """1 for each byte of the one-byte code whose character no Vietnamese text has, else 0."""
    _, junk = _patterns()
    table = bytearray(256)
    for byte, char in enumerate(alphabet()):
        table[byte] = junk.match(char) is not None
    return bytes(table)


@cache
def _table(name: str) -> tuple[re.Pattern[str], dict[str, str]]:
    from viparse.normalize.encodings import CHARMAPS

    pairs = CHARMAPS[name].pairs  # longest first
    return regex_cache.compile("|".join(re.escape(s) for s, _ in pairs)), dict(pairs)


_WORD_CHARS = regex_cache.compile(r"[^\W\d_]{2,}")
_LINE = regex_cache.compile(r"[^\n]+")


def _capital_word(match: re.Match[str]) -> str:
    word = match.group(0)
    latin = [c for c in word if c.isascii()]
    if not latin or any(c.islower() for c in latin) or word.isupper():
        return word
    if len(latin) >= 2 or not word[0].isupper():  # ĐảNG, ủY; but Xã, Bộ stay
        return word.upper()
    return word


def _restore_capitals(text: str) -> str:
    """TCVN3 has no capital toned vowels (the ``.VnTimeH`` font draws them as capitals).

    A line whose Latin letters are all capitals is upper-cased (``NGHị QUYếT`` → ``NGHỊ
    QUYẾT``); elsewhere a word with capital Latin letters and no small one, unless it is
    just a capitalised word (``ĐảNG`` → ``ĐẢNG``, ``ủY`` → ``ỦY``; ``Xã`` stays).
    """

    def line(match: re.Match[str]) -> str:
        body = match.group(0)
        ascii_letters = [c for c in body if c.isascii() and c.isalpha()]
        if len(ascii_letters) >= 3 and all(c.isupper() for c in ascii_letters):
            return body.upper()
        return _WORD_CHARS.sub(_capital_word, body)

    return _LINE.sub(line, text)


def convert(text: str, encoding: str, *, capitals: bool = False) -> str:
    """Unicode text typed in a legacy font (``tcvn3``, ``vni``, ``viscii``) → NFC Vietnamese.

    ``capitals`` upper-cases the whole text (a ``.VnTimeH``-style capitals font).
    ``convert("Ngh\u00d6 quy\u00d5t", "tcvn3")`` → ``"Nghị quyết"``.
    """
    pattern, mapping = _table(encoding)
    out = unicodedata.normalize("NFC", pattern.sub(lambda m: mapping[m.group(0)], text))
    if capitals:
        return out.upper()
    if encoding == "tcvn3":
        out = _restore_capitals(out)
    return out


def best_legacy(text: str, code: bytes | None = None) -> str | None:
    """The legacy encoding whose conversion of ``text`` reads best as Vietnamese, if any
    (``code`` as for :func:`looks_legacy`)."""
    if not looks_legacy(text, code):
        return None
    sample = text[:SAMPLE]
    base = vietnamese_score(sample)
    scored = sorted(
        ((vietnamese_score(convert(sample, name)), name) for name in LEGACY), reverse=True
    )
    score, name = scored[0]
    return name if score > base + 0.02 and score > 0.05 else None


def fix_unicode(text: str, code: bytes | None = None) -> tuple[str, str | None]:
    """Unicode text, with legacy-font text inside it converted: (text, legacy encoding or None)
    (``code`` as for :func:`looks_legacy`)."""
    name = best_legacy(text, code)
    return (convert(text, name), name) if name else (text, None)


def _utf16_without_bom(data: bytes) -> str | None:
    head = data[:4096]
    if len(head) < 8 or len(head) % 2:
        head = head[: len(head) - len(head) % 2]
    even, odd = head[0::2], head[1::2]
    for zeros, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        other = even if zeros is odd else odd
        if zeros.count(0) > 0.3 * len(zeros) and other.count(0) < 0.02 * len(other):
            return codec
    return None


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text of ``data`` and the encoding found; :class:`InputError` when none fits.

    Tries UTF-8 (BOM or not), UTF-16, then Windows-1258 and the legacy Vietnamese
    encodings; a UTF-8 file whose letters are legacy-font characters is converted too.
    """
    text, encoding, _ = decode_encoded(data, name)
    return text, encoding


def decode_encoded(data: bytes, name: str) -> tuple[str, str, bytes | None]:
    """:func:`decode`, and the text's one-byte code (:func:`vankien.folding.encode`) when
    reading it made one: ``b"Ngh\\xe1\\xbb\\x8a"`` → ``("NGHỊ", "utf-8", <4 bytes>)``."""
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = _strict(data[3:], "utf-8", name), "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _strict(data, "utf-16", name), "utf-16"
    elif b"\x00" in data[:4096]:
        codec = _utf16_without_bom(data)
        if codec is None:
            raise InputError("V105", name, detail="tệp nhị phân, không phải văn bản chữ")
        text, encoding = _strict(data, codec, name), "utf-16"
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            return (*_eight_bit(data, name, exc), None)
    code = encode(text)
    fixed, legacy = fix_unicode(text, code)
    return (fixed, legacy, None) if legacy else (text, encoding, code)


def _eight_bit(data: bytes, name: str, error: UnicodeDecodeError) -> tuple[str, str]:
    """An 8-bit file: the Vietnamese code page that reads best, else :class:`InputError`."""
    head = data[:SAMPLE]
    candidates: list[tuple[float, str]] = []
    with contextlib.suppress(UnicodeDecodeError):
        candidates.append((vietnamese_score(head.decode("cp1258", errors="strict")), "cp1258"))
    candidates += [(vietnamese_score(convert(_surface(head, enc), enc)), enc) for enc in LEGACY]
    score, encoding = max(candidates)
    if score < 0.08:
        raise InputError(
            "V102",
            name,
            detail=f"byte 0x{data[error.start]:02x} ở vị trí {error.start} không hợp lệ trong UTF-8, "
            "và không phải Windows-1258, TCVN3, VNI hay VISCII",
        )
    if encoding == "cp1258":
        return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace")), encoding
    return convert(_surface(data, encoding), encoding), encoding


_C1 = {chr(b): bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xA0)}


def _surface(data: bytes, encoding: str) -> str:
    """The characters a legacy font's bytes stand for; TCVN3 and VNI files keep Windows
    punctuation (``0x93`` → ``“``) in the slots VISCII uses for letters."""
    text = data.decode("latin-1")
    if encoding == "viscii":
        return text
    return text.translate(str.maketrans(_C1))


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            "V102",
            name,
            detail=f"byte 0x{data[exc.start]:02x} ở vị trí {exc.start} không hợp lệ trong {encoding.upper()}",
        ) from exc
