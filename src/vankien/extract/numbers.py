"""Vietnamese numerals: ``.`` groups thousands, ``,`` marks decimals, words scale.

``1.393,757`` → 1393.757; ``54.511`` → 54511; ``8,0`` → 8.0;
``25 tỷ 882 triệu 637 nghìn`` → 25882637000. No PyPI package reads these right.
A dot followed by other than three digits is read as a decimal point (``3.5`` → 3.5),
as OCR'd and hurried copies write it.
"""

from __future__ import annotations

from vankien import regex_cache

# One written number (pattern text, for use inside other patterns).
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+\.\d{1,2}(?![\d.])|\d+(?:,\d+)?"
NUMBER_RE = regex_cache.compile(rf"(?<![\d.,])(?:{NUMBER})(?![\d])")
# NUMBER without its first digit: a pattern that matches that digit alone first, then checks
# what stands before it, lets a search jump from digit to digit (a leading look-behind makes
# it try every position of the text).
_AFTER_FIRST_DIGIT = r"\d{0,2}(?:\.\d{3})+(?:,\d+)?|\d*\.\d{1,2}(?![\d.])|\d*(?:,\d+)?"
# The first character of a digit: the ASCII ones, or any a digit may be beyond them (the
# first digit outside ASCII is U+0660), then checked with ``(?<=\d)``. A search jumps
# to the next such character with two comparisons; ``\d`` alone looks up every character
# in the Unicode tables.
DIGIT_START = r"[0-9\u0660-\U0010ffff](?<=\d)"
# A number standing alone, not glued to a word or another number: finds what
# ``(?<![\w.,])(?:NUMBER)(?!\d)`` finds, faster.
TOKEN_RE = regex_cache.compile(rf"{DIGIT_START}(?<![\w.,]\d)(?:{_AFTER_FIRST_DIGIT})(?!\d)")
_GROUPED = regex_cache.compile(r"\d{1,3}(?:\.\d{3})+")
_DOTTED = regex_cache.compile(r"\d+\.\d{1,2}")

# Scale words, folded (no marks): nghìn/ngàn, triệu, tỷ/tỉ.
SCALES = {"nghin": 1e3, "ngan": 1e3, "trieu": 1e6, "ty": 1e9, "ti": 1e9}
SCALE = r"(?:nghin|ngan|trieu|ty|ti)(?![a-z])"
# "25 tỷ 882 triệu 637 nghìn" (folded): a number, a scale, then smaller number-scale pairs.
COMPOUND_RE = regex_cache.compile(
    rf"(?<![\d.,])(?:{NUMBER})\s*{SCALE}(?:\s+(?:{NUMBER})\s*{SCALE})+"
)
_PAIR_RE = regex_cache.compile(rf"({NUMBER})\s*({SCALE})")


def parse_number(written: str) -> float:
    """The value of one written number: ``"1.393,757"`` → 1393.757, ``"54.511"`` → 54511.0."""
    written = written.strip()
    if "," in written:
        whole, _, fraction = written.partition(",")
        return float(whole.replace(".", "") + "." + fraction)
    if "." in written and _GROUPED.fullmatch(written):
        return float(written.replace(".", ""))
    return float(written)


def decimals(written: str) -> int:
    """Digits after the decimal mark: ``"75,56"`` → 2, ``"54.511"`` → 0, ``"3.5"`` → 1."""
    written = written.strip()
    if "," in written:
        return len(written.partition(",")[2])
    if _DOTTED.fullmatch(written):
        return len(written.partition(".")[2])
    return 0


def parse_compound(folded: str) -> float:
    """The value of number-scale pairs: ``"25 ty 882 trieu 637 nghin"`` → 25882637000.0."""
    total = 0.0
    for number, scale in _PAIR_RE.findall(folded):
        total += parse_number(number) * SCALES[scale]
    return total


def format_number(value: float, places: int | None = None) -> str:
    """A value written the Vietnamese way: ``75.6757, 2`` → ``"75,68"``; ``54511`` → ``"54.511"``."""
    if places is None:
        places = 0 if float(value).is_integer() else 2
    text = f"{value:,.{places}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


_SCALE_WORDS = ((1e9, "tỷ"), (1e6, "triệu"), (1e3, "nghìn"))


def format_compound(value: int) -> str:
    """A whole amount in scale words, as budget lines write it: ``25882637000`` →
    ``"25 tỷ 882 triệu 637 nghìn"``; amounts under a thousand are plain (``637`` → ``"637"``)."""
    value = int(value)
    parts = []
    for scale, word in _SCALE_WORDS:
        count, value = divmod(value, int(scale))
        if count:
            parts.append(f"{format_number(count)} {word}")
    if value or not parts:
        parts.append(str(value))
    return " ".join(parts)


# Digits written in words, folded: "ba" 3, "tư"/"bốn" 4, "lăm"/"năm" 5, "mốt"/"một" 1.
_DIGIT_WORDS = {
    "mot": 1, "nhat": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5, "sau": 6,
    "bay": 7, "tam": 8, "chin": 9,
}  # fmt: skip


def parse_number_words(folded: str) -> int | None:
    """A number from 1 to 99 written in words, folded: ``"muoi ba"`` → 13, ``"hai muoi mot"``
    → 21, ``"nhat"`` → 1 (``mười`` is ten first, ``mươi`` tens after a digit; both fold to
    ``muoi``). ``None`` for words that write no such number."""
    words = folded.split()
    if not words:
        return None
    if words[0] == "muoi":
        tens, rest = 1, words[1:]
    elif len(words) > 1 and words[1] == "muoi" and words[0] in _DIGIT_WORDS:
        tens, rest = _DIGIT_WORDS[words[0]], words[2:]
    else:
        return _DIGIT_WORDS.get(words[0]) if len(words) == 1 else None
    if not rest:
        return 10 * tens
    unit = _DIGIT_WORDS.get(rest[0])
    return 10 * tens + unit if unit is not None and len(rest) == 1 else None
