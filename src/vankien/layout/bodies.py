"""Issuing bodies (``data/bodies.toml``): find them, tell their level, spell them.

``"BAN THƯỜNG VỤ TỈNH ỦY"`` → organ ``Ban Thường vụ`` + body ``Tỉnh ủy``, level ``tinh``,
spelled ``"Ban Thường vụ Tỉnh ủy"``. Matching is on the folded text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from vankien import regex_cache
from vankien.folding import fold, key, spelling
from vankien.vocab import table


@regex_cache.remembered
def _alternation(words: tuple[str, ...]) -> str:
    keys = sorted({key(w) for w in words}, key=lambda k: (-len(k), k))
    return "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys)


@cache
def _data() -> dict:
    data = table("bodies")
    bodies = {key(b["name"]): b for b in data["bodies"]}
    organs = [name for group in data["organs"] for name in group["names"]]
    units = dict(data["units"])
    spelled: dict[str, str] = {}
    for word in [*(b["name"] for b in data["bodies"]), *organs, *units]:
        spelled[key(word)] = word
    return {
        "bodies": bodies,
        "organs": organs,
        "units": {key(u): level for u, level in units.items()},
        "cities": {key(c) for c in data["central_cities"]},
        "spelled": spelled,
    }


# Unit words that are also the start of other words once folded: "quân sự", "xã hội";
# and "quan" of "cơ quan", which folds as "quận" does.
_NOT_UNIT = r"(?!\s+(?:su|doi|hoi)(?![\w]))"
_NOT_UNIT_AFTER = r"(?<!co )"


# A Tỉnh ủy, Thành ủy or Thị ủy (folded): the committees whose numbers end in "/TU".
PROVINCIAL_COMMITTEE = regex_cache.compile(r"(?<![a-z])(?:tinh|thanh|thi) uy(?![a-z])")


@cache
def pattern() -> re.Pattern[str]:
    """A body as written, on folded text: ``(organ )?body( unit)?``, word-bounded."""
    data = _data()
    named = [b["name"] for b in data["bodies"].values() if b.get("named")]
    plain = [b["name"] for b in data["bodies"].values() if not b.get("named")]
    organ = _alternation(data["organs"])
    units = _alternation(list(data["units"]))
    return regex_cache.compile(
        rf"(?<![\w])(?:(?P<organ>{organ})\s+)?"
        rf"(?:(?P<body>{_alternation(plain)})|(?P<named>{_alternation(named)})(?=\s+[a-z]))"
        rf"(?:\s+(?P<unit>{units})(?![\w]){_NOT_UNIT})?(?![\w])"
    )


@cache
def _first_word() -> re.Pattern[str]:
    """The first word of any organ or body, whole (``ban``, ``tinh``, ``so``): where
    :func:`pattern` may match, found by a scan that passes over other letters quickly."""
    data = _data()
    names = [*(b["name"] for b in data["bodies"].values()), *data["organs"]]
    words = sorted({key(name).split(" ", 1)[0] for name in names}, key=lambda w: (-len(w), w))
    return regex_cache.compile("(?:" + "|".join(map(re.escape, words)) + r")(?![\w])")


def finditer(folded: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The bodies in ``folded[start:end]``, as ``pattern().finditer`` finds them.

    The full pattern is tried only where a body's first word stands:
    ``"ngay 18/4, ban thuong vu tinh uy ket luan"`` → ``ban thuong vu tinh uy``.
    """
    body, first = pattern(), _first_word()
    pos = start
    while (word := first.search(folded, pos, end)) is not None:
        found = body.match(folded, word.start(), end)
        if found is None:
            pos = word.start() + 1
        else:
            yield found
            pos = found.end()


@cache
def _unit_pattern() -> re.Pattern[str]:
    """A unit word anywhere: ``"quan su tinh"`` → ``tinh``."""
    return regex_cache.compile(
        rf"(?<![\w]){_NOT_UNIT_AFTER}(?:{_alternation(list(_data()['units']))})(?![\w]){_NOT_UNIT}"
    )


@cache
def _organ() -> re.Pattern[str]:
    """An organ's name alone (``"uy ban kiem tra"``, ``"van phong"``)."""
    return regex_cache.compile(rf"(?:{_alternation(_data()['organs'])})")


def is_organ(folded: str) -> bool:
    """Whether ``folded`` names an organ without its body, as the second header line does
    under its committee (``TỈNH ỦY QUẢNG NAM`` / ``ỦY BAN KIỂM TRA``)."""
    return _organ().fullmatch(" ".join(folded.split())) is not None


def _entry(match: re.Match[str]) -> Mapping[str, Any] | None:
    found = match.group("body") or match.group("named")
    if found is None:
        return None
    return _data()["bodies"].get(" ".join(found.split()))


def body_name(folded: str) -> str | None:
    """The vocabulary name of the first body in ``folded`` (``"ban thuong vu tinh uy"`` → ``"Tỉnh ủy"``)."""
    match = pattern().search(" ".join(folded.split()))
    entry = _entry(match) if match else None
    return entry["name"] if entry else None


def is_party(folded: str) -> bool:
    """Whether the body named at the start of ``folded`` is a Party one (``"huyen uy tay son"``)."""
    match = pattern().match(folded.strip())
    entry = _entry(match) if match else None
    return bool(entry and entry.get("party"))


def level_of(folded: str, superior: str | None = None) -> str | None:
    """The level of the body written ``folded`` (``"ban thuong vu tinh uy"`` → ``"tinh"``).

    ``superior`` is the folded line above it in the header (``"dang bo tinh binh dinh"``):
    a Thành ủy under a province is at huyện level; an organ alone is at its committee's.
    """
    data = _data()
    text = " ".join(folded.split())
    match = pattern().search(text)
    if match is None:
        return level_of(superior) if superior and is_organ(text) else None
    entry = _entry(match)
    if entry is None:
        return None
    level = entry["level"]
    unit = match.group("unit")
    rest = text[match.end() :].strip()
    if unit is None and entry.get("unit"):
        later = _unit_pattern().search(rest)
        unit = later.group(0) if later else None
    if unit is not None and entry.get("unit"):
        level = data["units"][" ".join(unit.split())]
    elif level == "unit":
        return None
    if level == "city":
        if any(rest.startswith(city) for city in data["cities"]):
            return "tinh"
        if superior and level_of(superior) == "tinh":
            return "huyen"
        return "huyen" if rest else "tinh"
    return level


def spell(text: str) -> str:
    """An issuer as shown: spaces squashed; an all-caps one re-cased by the vocabulary.

    ``"BAN CHẤP HÀNH  ĐẢNG BỘ HUYỆN"`` → ``"Ban Chấp hành Đảng bộ huyện"``;
    ``"HUYỆN ỦY TÂY SƠN"`` → ``"Huyện ủy Tây Sơn"``. A vocabulary spelling is taken for the
    same letters (``"CƠ QUAN"`` is not the unit ``"quận"``, which folds the same), or for
    any where the issuer is written without marks (``"QUOC HOI"`` → ``"Quốc hội"``).
    """
    words = text.split()
    letters = [c for c in text if c.isalpha()]
    if not letters or any(c.islower() for c in letters):
        return " ".join(words)
    if "," in text:  # "BỘ CHÍNH TRỊ, BAN BÍ THƯ": each body by itself
        return ", ".join(spell(part) for part in text.split(",") if part.strip())
    spelled = _data()["spelled"]
    keys = fold(" ".join(words)).split()
    unmarked = text.isascii()
    out: list[str] = []
    i = 0
    while i < len(words):
        for size in range(min(6, len(words) - i), 0, -1):
            known = spelled.get(" ".join(keys[i : i + size]))
            if known is not None and (
                unmarked or spelling(known) == spelling(" ".join(words[i : i + size]))
            ):
                out.append(known)
                i += size
                break
        else:
            word = words[i]
            out.append(word if _roman(word) else word[:1] + word[1:].lower())
            i += 1
    return " ".join(out)


@cache
def _symbol_levels() -> list[tuple[re.Pattern[str], str]]:
    return [(regex_cache.compile(e["regex"]), e["level"]) for e in table("bodies")["symbols"]]


def level_of_symbol(symbol: str) -> str | None:
    """The level an issuer's number-symbol ending tells (``"04-nq/hu"`` → ``"huyen"``).

    ``symbol`` is folded, spaces removed.
    """
    for pattern, level in _symbol_levels():
        if pattern.search(symbol):
            return level
    return None


def _roman(word: str) -> bool:
    return bool(re.fullmatch(r"[IVXLC]+", word))
