"""references extractor: every citation of another document.

A citation is a number-symbol (Party ``04-NQ/TU``, state ``08/CT-TTg``, ``86/2019/QH14``)
with what is written around it: the kind word and ``số`` before it (``Nghị quyết số``,
``Luật Tổ chức Chính phủ số``), the date right after it and the issuer after ``của``.
A resolution named by its conference or congress (``Nghị quyết Trung ương 4 (khóa XII)``)
is a citation without a number. The document's own number is not a citation.

``"…thực hiện Nghị quyết số 04-NQ/TU ngày 14/12/2022 của Ban Thường vụ Tỉnh ủy…"`` →
``Reference(text="Nghị quyết số 04-NQ/TU ngày 14/12/2022", doc_type="NQ",
number="04-NQ/TU", date="2022-12-14", issuer="Ban Thường vụ Tỉnh ủy")``.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from vankien import regex_cache
from vankien.document import Doc
from vankien.extract.dates import DATE_PATTERN, FoundDate, found
from vankien.folding import key, squash
from vankien.layout.bodies import PROVINCIAL_COMMITTEE
from vankien.models import Reference, trusted
from vankien.regex_source import leading_words, literal_opening
from vankien.vocab import table

KIND = "references"
REQUIRES: tuple[str, ...] = ("meta",)

# --- Number-symbols, matched on the canonical text (case tells a symbol from a word). ---
_DASH = "[-‐‑‒–—−]"
# A line may break after a dash or a slash ("Nghị quyết số 04-\nNQ/TU"), as word processors do.
_BREAK = r"[ \t]?\n?[ \t]?"
_PART = r"[A-ZĐÐ][A-Za-zĐđÐð0-9]*"
# Party: number, dash, kind, slash, issuing body: "04-NQ/TU", "36-HD/VPTW", "08-CTr/TU".
_PARTY = (
    rf"(?P<pn>\d{{1,5}})[ \t]?{_DASH}{_BREAK}(?P<pk>[A-ZĐÐ][A-Za-zĐđÐð]{{0,5}})[ \t]?/{_BREAK}"
    rf"(?P<pi>TƯ|{_PART}(?:{_DASH}\n?{_PART})*)"
)
# State: number, optional year, parts joined by dashes: "08/CT-TTg", "86/2019/QH14",
# "97/2026/TT-BTC", "1407/UBND-NNMT", "50/CP".
_STATE = (
    rf"(?P<sn>\d{{1,5}})[ \t]?/{_BREAK}(?:(?P<sy>(?:19|20)\d\d)[ \t]?/{_BREAK})?"
    rf"(?P<ss>{_PART}(?:{_DASH}\n?{_PART})*)"
)
# Old state form, number and issuer only: "Quyết định số 111-HĐBT", "Nghị định số 64-CP".
# Taken only right after a kind word and "số" (else "Vành đai 4-Vùng …" would be one).
_OLD = r"(?P<on>\d{1,5})-(?P<oi>[A-ZĐÐ]{2,}[A-Za-zĐđÐð]*)"
# Never inside a longer token: "T-M3T/TB55" (a typist's code), "14/12/2022", "56/74".
# Nor after a digit and a colon: "QCVN 01:2021/BYT", "TCVN 5574:2018" are standards.
NUMBER_SYMBOL_RE = regex_cache.compile(rf"(?<![\w/.,-])(?<!\d:)(?:{_PARTY}|{_STATE}|{_OLD})(?!\w)")
# Where a number-symbol may start, found cheaply: back from each slash ("04-NQ" of
# "04-NQ/TU", "86" of "86/2019/QH14"), read on the reversed text from the slash, and after
# "số" for the old form (read back from its dash: "số 111-HĐBT").
_BEFORE_SLASH_RE = regex_cache.compile(
    rf"\n?[ \t]?(?:[A-Za-zĐđÐð]{{0,5}}[A-ZĐÐ][ \t]?\n?[ \t]?{_DASH}[ \t]?)?\d{{1,5}}"
)
# What follows the slash of a state number-symbol ("08/CT-TTg", "86/2019/QH14"): a slash
# right after a digit ("14/12/2022", "56/74") starts no number-symbol without it.
_STATE_TAIL_RE = regex_cache.compile(rf"{_BREAK}(?:(?:19|20)\d\d[ \t]?/{_BREAK})?[A-ZĐÐ]")
# A dash written right after a digit ("111-HĐBT"): found from the dash, a literal the regex
# engine jumps between, the digit read back.
_DIGIT_DASH_RE = regex_cache.compile(r"-(?<=\d-)")
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐÐ")
_TAIL_LEADS = frozenset(" \t\n12")  # a break before the tail, or a year: "19…", "20…"
# The kind words that start a citation without a number, found by their last word: the
# word before it, and how many spaces may stand between (within 8 characters of the last
# word). "luận" is found with "luật" (one pass over "lua"), which is read apart.
# Each last word is found by a regex of the word alone (the engine passes over a text
# faster than str.find for so short a word).
_KIND_STARTS = tuple(
    (regex_cache.compile(word), first, spaces)
    for word, first, spaces in (
        ("quyet", "nghi", 4),
        ("phap", "hien", 4),
        ("le dang", "dieu", 4),
        ("che lam viec", "quy", 4),
    )
)
_LUA_RE = regex_cache.compile("lua")
# "số" and a bare number (no symbol follows), and the kind word before it.
_BARE_NUMBER_RE = regex_cache.compile(
    r"so(?<![a-z]so)\s+\d{1,4}(?![\d/-]|[.,]\d)(?!\s*[-/–]\s*[a-z])"
)
# A bare number before "của" or "ngày", "số" left out: "Chỉ thị 46 của Bộ Chính trị". Found
# from the words after it (str.find skips to them; a scan from digits tries every place).
_AFTER_BARE = (" cua ", " ngay ")
_BARE_DIGITS_RE = regex_cache.compile(r"(?<![\d.,/-])\d{1,4}$")

_LUAN = ("luan", "ket", 5)
# A bill is not a document yet: "dự án Luật Đô thị đặc biệt (Luật Phát triển đô thị)".
_BILL_RE = regex_cache.compile(r"(?:du\s+an|du\s+thao)\s+(?:[^\W\d_]+\s+){0,6}?\(?$")
_SPACE_RE = regex_cache.compile(r"\s+")
# Some fonts type Đ as the look-alike Ð (U+00D0): the number is normalised to Đ.
_ETH = str.maketrans("Ðð", "Đđ")
# The parts of a number-symbol joined as written once: no line break, plain dashes, Đ, and
# "/TƯ" (as some copies write Trung ương's symbol) as "/TW".
_COMPACT = str.maketrans({"\n": None, "Ð": "Đ", "ð": "đ", "Ư": "W"} | dict.fromkeys("‐‑‒–—−", "-"))
# OCR reads the 1 of a legislature as I: "UBTVQHI4" → "UBTVQH14".
_OCR_ONE_RE = regex_cache.compile(r"(?<=QH)[Il](?=\d)")

# --- Cue words, matched on the folded text. ---
# "số", "số:" right before the number (markup may stand between).
_SO_END_RE = regex_cache.compile(r"(?<![a-z])so\s*:?[\s*_]*$")
# A date right after a citation, also in brackets: "(ngày 14/12/2022", ", 14/12/2022".
_DATED_RE = regex_cache.compile(
    rf"(?:[ \t]*(?P<open>\())?[ \t]*,?\s*(?:cung\s+)?(?P<date>(?<![\d/.-]){DATE_PATTERN}(?![\d/]))"
)
# What may separate two citations of one list: "…, Nghị định số …", "… và số …".
_FORM_BEFORE = regex_cache.compile(r"(?<![a-z])mau\s*$")
_LIST_GAP_RE = regex_cache.compile(r"[\s*_]*(?:,|,?\s*(?:va|hoac))?[\s*_]*(?:cac\s+)?")
# "của" then the issuer, right after a citation.
_OF_RE = regex_cache.compile(r"[ \t]*,?\s*cua\s+")
# "(khóa XX)", "khóa (XIII)", ", khóa XII" after an issuer.
_TERM_RE = regex_cache.compile(r"\s*,?\s*\(?\s*khoa\s*\(?\s*([ivxl]+)(?![a-z])(?:\s*\))?")
# "đề nghị của Sở Xây dựng tại Tờ trình số …": the issuer written before the citation.
_BY_BEFORE_RE = regex_cache.compile(r"(?:^[\s,*_]*|(?:de\s+nghi|y\s+kien|bao\s+cao)\s+)cua\s+")
_AT_RE = regex_cache.compile(r"\s+tai\s*$")
# Where a window looking back for the kind word stops: end of a clause or a blank line.
# The last of them is found on the reversed text, from the characters that end or start one.
_STOP_REV_RE = regex_cache.compile(r'[;!?()\[\]"“”.\n]')
# How far back the kind word may end before the number ("Báo cáo tiếp thu, giải trình số ").
_ADJACENT = 48
# A capital starting a word: where a named kind ("Luật Đầu tư công số") may start.
_CAPITAL_RE = regex_cache.compile(r"(?<![^\W\d_])[A-ZĐÐ]")
_ROMAN_RE = regex_cache.compile(r"(?<![a-z])[ivxl]+(?![a-z])")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
# Conference ordinals written in words (folded): "lần thứ tư", "lần thứ mười một".
_WORD_ORDINALS = {
    "nhat": 1,
    "mot": 1,
    "hai": 2,
    "ba": 3,
    "bon": 4,
    "tu": 4,
    "nam": 5,
    "lam": 5,
    "sau": 6,
    "bay": 7,
    "tam": 8,
    "chin": 9,
    "muoi": 10,
}
_CONFERENCE_RE = regex_cache.compile(
    r"(?:lan\s+thu|trung\s+uong)\s+((?:muoi\s+)?[a-z]+|\d+)(?![a-z\d])"
)
_WORD_RE = regex_cache.compile(r"\s+([^\W\d_]+)")
_PLACE_PREFIX_RE = regex_cache.compile(
    r"\s+(?:tinh|thanh\s+pho|huyen|quan|thi\s+xa|xa|phuong|thi\s+tran)(?![a-z])"
)
# A header "Số: 16-NQ/TW", "Số 77-KL/TW", "Nghị quyết số: 86/2019/QH14": the document's own
# number. Looked for only in the head of the document (up to the end of the title block).
_OWN_LINE_RE = regex_cache.compile(
    r"(?:^|\n)[\s*#_>|]*(?:(?P<so>so)\s*[:.]?|(?:[a-z]+\s+){1,3}so\s*:)[\s*_]*$"
)
_HEAD_CHARS = 1500

_LOOKBACK = 160


class _Citation:
    """A citation as found, before it is made a :class:`Reference` (all at once, at the end)."""

    __slots__ = ("head", "end", "doc_type", "number", "date", "issuer", "same_date")

    def __init__(
        self,
        head: int,
        end: int,
        doc_type: str | None,
        number: str | None,
        date: str | None,
        issuer: str | None,
    ) -> None:
        self.head = head
        self.end = end
        self.doc_type = doc_type
        self.number = number
        self.date = date
        self.issuer = issuer
        self.same_date = False  # its date is written "cùng ngày ...": the list's date


class _Issuer:
    """An issuing body: its pattern and what may follow it (``place``, ``name``, ``none``)."""

    __slots__ = ("pattern", "tail")

    def __init__(self, pattern: re.Pattern[str], tail: str) -> None:
        self.pattern = pattern
        self.tail = tail


class _Unnumbered:
    """A citation without a number: ``Nghị quyết Trung ương 4 (khóa XII)``."""

    __slots__ = ("pattern", "symbol", "capitalised")

    def __init__(self, pattern: re.Pattern[str], symbol: str | None, capitalised: bool) -> None:
        self.pattern = pattern
        self.symbol = symbol
        self.capitalised = capitalised


class _Vocab:
    """The patterns built once from ``doc_kinds.toml`` and ``references.toml``.

    ``symbols``: ``"qđ"`` → ``"QĐ"``, a kind part in its canonical case; ``names``:
    ``"nghi quyet"`` → ``"NQ"``, a kind word (folded) → its symbol; ``adjacent_rev``: ``số``
    and the kind word, read back on the reversed text. Patterns needed only now and then,
    compiled when first used (see :func:`_compiled`): ``adjacent``, a kind word right before
    the number (``Nghị quyết số``); ``named``, a kind word, a name, ``số`` (``Luật Tổ chức
    Chính phủ số``).
    """

    __slots__ = ("symbols", "names", "adjacent_rev", "adjacent", "named", "unnumbered", "issuers")

    def __init__(
        self,
        symbols: dict[str, str],
        names: dict[str, str],
        adjacent_rev: re.Pattern[str],
        adjacent: str,
        named: str,
        unnumbered: tuple[_Unnumbered, ...],
        issuers: tuple[_Issuer, ...],
    ) -> None:
        self.symbols = symbols
        self.names = names
        self.adjacent_rev = adjacent_rev
        self.adjacent = adjacent
        self.named = named
        self.unnumbered = unnumbered
        self.issuers = issuers


@cache
def _bare_kinds() -> dict[str, str]:
    """The kinds cited by a bare number (``[bare_number]``), each with a pattern of its names
    (``"CT"`` → ``(?<![a-z])(?:chi\\s+thi)``)."""
    wanted = table("references")["bare_number"]["kinds"]
    found: dict[str, str] = {}
    for kind in table("doc_kinds")["kinds"]:
        if kind["symbol"] in wanted:
            names = "|".join(r"\s+".join(map(re.escape, key(n).split())) for n in kind["names"])
            found[kind["symbol"]] = rf"(?<![a-z])(?:{names})"
    return found


@cache
def _kind_before() -> re.Pattern[str]:
    """The name of a kind cited by a bare number, ending where the number starts."""
    return regex_cache.compile(rf"(?:{'|'.join(_bare_kinds().values())})\s+$")


@cache
def _vocab() -> _Vocab:
    kinds = table("doc_kinds")["kinds"]
    symbols = {k["symbol"].lower(): k["symbol"] for k in kinds}
    names: dict[str, str] = {}
    for kind in kinds:
        for name in kind["names"]:
            names.setdefault(key(name), kind["symbol"])
    data = table("references")
    for kind in data["kind_names"]:
        for name in kind["names"]:
            names[key(name)] = kind["symbol"]
    alternatives = "|".join(
        r"\s+".join(re.escape(w) for w in name.split())
        for name in sorted(names, key=len, reverse=True)
    )
    kind_word = rf"(?<![a-z])(?P<kind>{alternatives})(?![a-z])"
    adjacent = rf"{kind_word}[\s*_]*(?:(?<![a-z])so\s*:?[\s*_]*)?$"
    # Longer names first: of two names ending at the same place, the longer starts first.
    backwards = "|".join(
        r"\s+".join(re.escape(w[::-1]) for w in reversed(name.split()))
        for name in sorted(names, key=lambda n: (len(n.split()), len(n)), reverse=True)
    )
    adjacent_rev = regex_cache.compile(
        rf"(?:[\s*_]*:?\s*(?P<so>os)(?![a-z]))?[\s*_]*"
        rf"(?:(?<![a-z])(?P<kind>{backwards})(?![a-z]))?"
    )
    # A kind word, a name, then "số": "Luật Tổ chức Chính phủ số".
    named = rf"{kind_word}\s+(?P<name>(?:[^;:.()\[\]\n]|\n(?!\s*\n)){{1,100}}?)\s+so\s*:?[\s*_]*$"
    unnumbered = tuple(
        _Unnumbered(
            regex_cache.compile(entry["regex"]),
            entry.get("symbol"),
            entry.get("capitalised", False),
        )
        for entry in data["unnumbered"].values()
    ) + tuple(
        _Unnumbered(
            regex_cache.compile(rf"{pattern}{data['bare_number']['number']}"), symbol, False
        )
        for symbol, pattern in _bare_kinds().items()
    )
    issuers = tuple(
        _Issuer(regex_cache.compile(entry["regex"]), entry["tail"]) for entry in data["issuers"]
    )
    return _Vocab(symbols, names, adjacent_rev, adjacent, named, unnumbered, issuers)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return regex_cache.compile(pattern)


def extract(doc: Doc) -> list[Reference]:
    """Every citation of another document in ``doc``, in text order.

    ``"Thực hiện Quyết định số 842-QĐ/TU và Kế hoạch số 196-KH/TU ngày 25/10/2022"`` →
    two references; only the second is dated (the date follows it).
    """
    found: list[_Citation] = []
    matches = _number_symbols(doc)
    if matches:
        own_numbers, own_spans = _own(doc, matches)
        # Only what stands before the last number is ever read back.
        backwards = doc.folded[: matches[-1].start()][::-1]
        for match in matches:
            number, kind = _normalise(match)
            if number in own_numbers or (own_spans and _overlaps_any(match.span(), own_spans)):
                continue
            cited = _numbered(doc, backwards, match, number, kind, found[-1] if found else None)
            if cited is not None:
                found.append(cited)
    found += _unnumbered(doc, found)
    found.sort(key=lambda c: (c.head, c.end))
    _share_along_lists(doc, found)
    return _references(doc, found)


def _references(doc: Doc, found: list[_Citation]) -> list[Reference]:
    """The citations made models."""
    return [
        trusted(
            Reference,
            {
                "text": doc.text[c.head : c.end],
                "span": (c.head, c.end),
                "doc_type": c.doc_type,
                "number": c.number,
                "date": c.date,
                "issuer": c.issuer,
            },
        )
        for c in found
    ]


def _number_symbols(doc: Doc) -> list[re.Match[str]]:
    """Every number-symbol of the text, in order (one pass of ``str.find`` over slashes)."""
    starts: set[int] = set()
    text = doc.text
    slash = text.find("/")
    while slash != -1:
        if not (text[slash - 1 : slash].isdecimal() and not _state_tail(text, slash + 1)):
            # Read back from the slash, on the reversed 24 characters before it.
            back = _BEFORE_SLASH_RE.match(text[max(0, slash - 24) : slash][::-1])
            if back:
                starts.add(slash - back.end())
        slash = text.find("/", slash + 1)
    starts.update(_old_starts(doc.folded, starts))
    found: list[re.Match[str]] = []
    for start in sorted(starts):
        if found and start < found[-1].end():
            continue
        match = NUMBER_SYMBOL_RE.match(text, start)
        if match:
            found.append(match)
    return found


def _state_tail(text: str, at: int) -> bool:
    """Whether a state number-symbol's tail starts at ``at``, after its slash (``08/CT-TTg``,
    ``86/2019/QH14``); the pattern is run only where its first character allows it."""
    char = text[at : at + 1]
    if char in _CAPITALS:
        return True
    return char in _TAIL_LEADS and _STATE_TAIL_RE.match(text, at) is not None


def _old_starts(folded: str, known: set[int]) -> list[int]:
    """Where a number follows "số" and is followed by a dash (``số 111-HĐBT``): read back from
    each dash written right after a digit over at most 5 digits, marks (``*``, ``_``, spaces),
    an optional colon, "số". Numbers already in ``known`` are not read again."""
    starts: list[int] = []
    for written in _DIGIT_DASH_RE.finditer(folded):
        dash = written.start()
        digits = dash - 1
        while digits > 0 and folded[digits - 1].isdecimal():
            digits -= 1
        if dash - digits <= 5 and digits not in known:
            at = digits
            while at > 0 and (folded[at - 1].isspace() or folded[at - 1] in "*_"):
                at -= 1
            if folded[at - 1 : at] == ":":
                at -= 1
                while at > 0 and folded[at - 1].isspace():
                    at -= 1
            if at >= 2 and folded[at - 2 : at] == "so":
                starts.append(digits)
    return starts


# --- the document's own number ---


def _own(doc: Doc, matches: list[re.Match[str]]) -> tuple[set[str], list[tuple[int, int]]]:
    """Own number-symbols (normalised) and spans: layout's number, else meta's; ``Số:`` lines.

    A number that reads as a citation (``… số 04-NQ/TU ngày 14/12/2022 của …``) is never
    taken for the document's own, wherever layout found it.
    """
    numbers: set[str] = set()
    spans: list[tuple[int, int]] = []
    candidates: list[re.Match[str]] = []
    if doc.layout.number:
        found = NUMBER_SYMBOL_RE.search(doc.text, *doc.layout.number)
        candidates += [found] if found else []
    elif doc.meta is not None and doc.meta.number:
        numbers.add(_SPACE_RE.sub("", doc.meta.number).translate(_ETH))
    head_end = max(_HEAD_CHARS, doc.layout.title_block[1] if doc.layout.title_block else 0)
    for match in matches:
        if match.start() > head_end:
            break
        line_start = doc.text.rfind("\n", 0, match.start()) + 1
        if doc.folded.find("so", line_start, match.start()) == -1:
            continue  # no "Số" on the line before it
        # The line's own start is the only place the pattern can begin (at "\n" or the text's
        # start), so it is matched there rather than searched for along the line.
        line = _OWN_LINE_RE.match(doc.folded, max(line_start - 1, 0), match.start())
        if line and (line.group("so") is None or doc.text[line.start("so")].isupper()):
            candidates.append(match)
    for match in candidates:
        if _OF_RE.match(doc.folded, _dated(doc, match.end())[0]) is None:
            numbers.add(_normalise(match)[0])
            spans.append(match.span())
    return numbers, spans


# --- citations with a number ---


def _normalise(match: re.Match[str]) -> tuple[str, str | None]:
    """``"04 - NQ/TU"`` → ``("04-NQ/TU", "NQ")``: the number with its kind part in its canonical
    case (``QĐ``, ``CTr``), and the kind it names (``08/CT-TTg`` → CT, ``86/2019/QH14`` → None).

    Worked out once per set of groups (documents repeat their numbers)."""
    return _normalised(match.groups())


@lru_cache(maxsize=4096)
def _normalised(groups: tuple[str | None, ...]) -> tuple[str, str | None]:
    symbols = _vocab().symbols
    pn, pk, pi, sn, sy, ss, on, oi = groups
    if on:
        return _eth(f"{on}-{oi}"), None
    if pn:
        assert pk is not None and pi is not None  # a party number matches its three groups
        written = _eth(pk)
        kind = symbols.get(written.lower())
        return f"{pn}-{kind or written}/{_ocr_one(_compact(pi))}", kind
    assert ss is not None  # neither the old form nor a party number: a state number
    parts = _compact(ss).split("-")
    kind = symbols.get(parts[0].lower())
    parts[0] = kind or parts[0]
    joined = _ocr_one("-".join(parts))
    return f"{sn}/{sy}/{joined}" if sy else f"{sn}/{joined}", kind


def _eth(written: str) -> str:
    """``QÐ`` → ``QĐ`` (only a text that is not plain ASCII can hold an Ð)."""
    return written if written.isascii() else written.translate(_ETH)


def _compact(written: str) -> str:
    """``04-\nNQ`` → ``04-NQ``, ``TT–BTC`` → ``TT-BTC``, Ð → Đ."""
    return written if written.isascii() and "\n" not in written else written.translate(_COMPACT)


def _ocr_one(written: str) -> str:
    """``UBTVQHI4`` → ``UBTVQH14``."""
    return _OCR_ONE_RE.sub("1", written) if "QHI" in written or "QHl" in written else written


def _numbered(
    doc: Doc,
    backwards: str,
    match: re.Match[str],
    number: str,
    kind: str | None,
    previous: _Citation | None,
) -> _Citation | None:
    vocab = _vocab()
    folded, start = doc.folded, match.start()
    low = max(previous.end if previous else 0, start - _LOOKBACK)
    so, found = _before(vocab, folded, backwards, low, start)
    if so is not None and found is None and _FORM_BEFORE.search(folded, max(0, so - 12), so):
        return None  # "theo mẫu số 01/TK-TNCN": a form's number, not a document's
    floor: int | None = None
    if so is not None and (found is None or doc.text[found[0]].islower()):
        # "Luật Ban hành văn bản quy phạm pháp luật số": the capitalised kind word starts it.
        floor = _clause_start(folded, backwards, low, start)
        found = _named(doc, _compiled(vocab.named), floor, so) or found
    if match.group("on") and not (found and so is not None and so >= found[1]):
        return None  # an old-style number only after "Quyết định số"
    word_kind: str | None = None
    head = start
    if found:
        head = found[0]
        written = folded[found[0] : found[1]]
        word_kind = vocab.names.get(written) or vocab.names[" ".join(written.split())]
    elif so is not None:
        head = so
        if previous and _LIST_GAP_RE.fullmatch(folded, previous.end, head):
            word_kind = previous.doc_type
    end, date = _dated(doc, match.end())
    issuer, issuer_end = _issuer_after(doc, end)
    if date is None and issuer:
        # "Nghị quyết số 04-NQ/TU của Tỉnh ủy ngày 14/12/2022": the date after the issuer.
        late_end, date = _dated(doc, issuer_end)
        end = late_end if date else end
    if not issuer and _after_tai(folded, head):
        if floor is None:
            floor = _clause_start(folded, backwards, low, start)
        issuer = _issuer_before(doc, head, floor)
    if match.group("pi") == "TƯ" and issuer and PROVINCIAL_COMMITTEE.search(key(issuer)):
        number = number[: -len("TW")] + "TU"  # "13-NQ/TƯ của Tỉnh ủy": a misread TU
    cited = _Citation(head, end, kind or word_kind, number, date.iso if date else None, issuer)
    cited.same_date = date is not None and "cung" in folded[match.end() : date.span[0]]
    return cited


def _before(
    vocab: _Vocab, folded: str, backwards: str, low: int, start: int
) -> tuple[int | None, tuple[int, int] | None]:
    """What is written right before the number at ``start``, within its clause (which starts
    at a stop after ``low``): where ``số`` starts (within 12 characters) and where the kind
    word starts and ends (within 48): ``Nghị quyết số 04-NQ/TU``.

    Read backwards from the number on the reversed text, in one match; only a paragraph break
    (``"\n\n"``) can stand between a kind word and its number, so the clause's start is looked
    for only when one does, or when the kind word reaches before the 48 characters.
    """
    size = len(backwards)  # the text is reversed up to the last number only
    read = vocab.adjacent_rev.match(backwards, size - start)
    assert read is not None  # every part of it is optional: it matches anywhere
    _, (_, so_end), (kind_from, kind_end) = read.regs
    so = size - so_end if so_end >= 0 else None
    kind = (size - kind_end, size - kind_from) if kind_end >= 0 else None
    first = kind[0] if kind else so
    if first is None:
        return None, None
    if first >= low and first >= start - _ADJACENT and "\n\n" not in folded[first:start]:
        return (so if so is not None and so >= start - 12 else None), kind
    floor = _clause_start(folded, backwards, low, start)
    so_match = _SO_END_RE.search(folded, max(floor, start - 12), start)
    near = _compiled(vocab.adjacent).search(folded, max(floor, start - _ADJACENT), start)
    return (
        so_match.start() if so_match else None,
        (near.start("kind"), near.end("kind")) if near else None,
    )


def _after_tai(folded: str, head: int) -> bool:
    """Whether ``tại`` stands right before ``head`` (``… của Sở Xây dựng tại Tờ trình số``)."""
    end = head
    while end > 0 and folded[end - 1].isspace():
        end -= 1
    return folded.startswith("tai", end - 3) and folded[end - 4 : end - 3].isspace()


def _clause_start(folded: str, backwards: str, floor: int, start: int) -> int:
    """Where the clause holding ``start`` begins, not before ``floor``: after ``;``, ``(``, ``. ``.

    After the last such stop; ``".\n\n"`` restarts it after ``".\n"`` (the stops are read in
    turn, each after the one before)."""
    size = len(backwards)  # the text is reversed up to the last number only
    low, high = size - start, size - floor
    last = _STOP_REV_RE.search(backwards, low, high)
    while last is not None:
        at = size - 1 - last.start()
        char = folded[at]
        if char == ".":
            if at + 1 < start and folded[at + 1] == " ":
                return at + 2  # ". "
        elif char == "\n":
            before = folded[at - 1] if at > floor else ""
            if before == ".":
                return at + 1  # ".\n"
            if before == "\n":
                if at - 2 >= floor and folded[at - 2] == ".":
                    return at  # ".\n\n"
                return at + 1  # "\n\n"
        else:
            return at + 1
        last = _STOP_REV_RE.search(backwards, last.end(), high)
    return floor


def _dated(doc: Doc, end: int) -> tuple[int, FoundDate | None]:
    """The date written right after ``end``, also in brackets: ``(ngày 14/12/2022)``."""
    match = _DATED_RE.match(doc.folded, end)
    if match is None:
        return end, None
    date = found(match, "date")
    close = date.span[1]
    if match.group("open"):
        if not doc.text.startswith(")", close):
            return end, None
        close += 1
    return close, date


def _named(doc: Doc, named: re.Pattern[str], floor: int, so: int) -> tuple[int, int] | None:
    """``Luật Tổ chức Chính phủ số``: a capitalised kind word whose name is capitalised too."""
    for capital in _CAPITAL_RE.finditer(doc.text, floor, so):
        found = named.match(doc.folded, capital.start(), so + 2)
        if found and doc.text[found.start("name")].isupper():
            return found.span("kind")
    return None


# --- issuers ---


def _issuer_at(doc: Doc, pos: int) -> tuple[str, int] | None:
    """The issuing body written at ``pos`` and where it ends: ``Thành ủy Hà Nội (khóa XVII)``.

    The first issuer (in the order of the data) whose head is written there, in one match of
    all the heads; one whose name must follow and does not is passed over for the next."""
    issuers = _vocab().issuers
    first = 0
    while first < len(issuers):
        heads, which = _issuer_heads(first)
        head = heads.match(doc.folded, pos)
        if head is None:
            return None
        assert head.lastindex is not None  # each head is a group of its own
        index = which[head.lastindex]
        issuer, first = issuers[index], index + 1
        end = head.end()
        written = doc.text[pos:end]
        shouting = written.isupper() and any(c.isspace() for c in written)
        if issuer.tail == "place" and not shouting:
            end = _place_tail(doc, end)
        elif issuer.tail == "name":
            tail = _name_tail(doc, end, 2 if shouting else 8)
            if tail == end:
                continue
            end = tail
        term = _TERM_RE.match(doc.folded, end)
        if term and doc.text[term.start(1) : term.end(1)].isupper():
            end = term.end()
        return squash(doc.text[pos:end]), end
    return None


@cache
def _issuer_heads(first: int) -> tuple[re.Pattern[str], dict[int, int]]:
    """The heads of the issuers from ``first`` on as one pattern, each in a group of its own,
    and which issuer each of these groups is (by group number; the last group closed when a
    head matches is its own)."""
    issuers = _vocab().issuers[first:]
    which: dict[int, int] = {}
    group = 1
    for index, issuer in enumerate(issuers, first):
        which[group] = index
        group += 1 + issuer.pattern.groups
    return _compiled("|".join(f"({issuer.pattern.pattern})" for issuer in issuers)), which


def _place_tail(doc: Doc, end: int) -> int:
    """A place after a body: ``Ủy ban nhân dân tỉnh Đồng Nai``, ``Huyện ủy Cẩm Mỹ``."""
    prefix = _PLACE_PREFIX_RE.match(doc.folded, end)
    if prefix:
        end = prefix.end()
    for _ in range(4):
        word = _WORD_RE.match(doc.text, end)
        if word is None or not word.group(1)[0].isupper():
            break
        end = word.end()
    return end


def _name_tail(doc: Doc, end: int, limit: int) -> int:
    """A name of one or two-syllable words joined by ``và``: ``Nông nghiệp và Môi trường``."""
    taken = 0
    while taken < limit:
        word = _WORD_RE.match(doc.text, end)
        if word is None or not word.group(1)[0].isupper():
            break
        end = word.end()
        taken += 1
        second = _WORD_RE.match(doc.text, end)
        if second and doc.folded[second.start(1) : second.end(1)] != "va":
            end = second.end()
            taken += 1
        joined = _WORD_RE.match(doc.text, end)
        if not (joined and doc.folded[joined.start(1) : joined.end(1)] == "va"):
            break
        after = _WORD_RE.match(doc.text, joined.end())
        if after is None or not after.group(1)[0].isupper():
            break
        end = joined.end()
    return end


def _issuer_after(doc: Doc, end: int) -> tuple[str | None, int]:
    """``… của Ban Thường vụ Tỉnh ủy`` right after the citation, and where it ends."""
    of = _OF_RE.match(doc.folded, end)
    found = _issuer_at(doc, of.end()) if of else None
    return found if found else (None, end)


def _issuer_before(doc: Doc, head: int, floor: int) -> str | None:
    """``đề nghị của Sở Xây dựng tại Tờ trình số …``: the body proposing the cited document."""
    if doc.folded.find("cua", floor, head) == -1:
        return None
    cues = list(_BY_BEFORE_RE.finditer(doc.folded[floor:head]))
    if not cues:
        return None
    found = _issuer_at(doc, floor + cues[-1].end())
    if found and _AT_RE.fullmatch(doc.folded, found[1], head):
        return found[0]
    return None


def _share_along_lists(doc: Doc, found: list[_Citation]) -> None:
    """In a list ``A, B và C của X`` the issuer written after C is A's and B's too; so is a
    date written ``cùng ngày`` (the same day) after C, or after the next number of the same
    kind and issuer, named once (``Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017``: one
    conference's). Otherwise a date written after the last of a list is the last one's
    alone (``Quyết định số 842-QĐ/TU và Kế hoạch số 196-KH/TU ngày 25/10/2022``,
    ``Quy định số 22-QĐ/TW, 69-QĐ/TW ngày 06/7/2022``)."""
    for i in range(len(found) - 2, -1, -1):
        here, after = found[i], found[i + 1]
        if not (here.number and after.number):
            continue
        issuer = here.issuer is None and after.issuer
        date = here.date is None and (
            after.same_date
            or (
                after.date is not None
                and _next_number(here.number, after.number)
                and _KIND_NAMED_ONCE.match(doc.folded, after.head) is not None
            )
        )
        if (issuer or date) and _LIST_GAP_RE.fullmatch(doc.folded, here.end, after.head):
            if issuer:
                here.issuer = after.issuer
            if date:
                here.date, here.same_date = after.date, True


def _next_number(first: str, second: str) -> bool:
    """Whether ``second`` is the number after ``first`` with the same kind and issuer
    (``18-NQ/TW`` → ``19-NQ/TW``; not ``15/2021/NĐ-CP`` → ``35/2023/NĐ-CP``)."""
    number, _, rest = first.partition("-")
    other, _, other_rest = second.partition("-")
    if not (rest and rest == other_rest and number.isdigit() and other.isdigit()):
        return False
    return int(other) == int(number) + 1


# A number of a list whose kind was named before the first: "19-NQ/TW", "số 19-NQ/TW".
_KIND_NAMED_ONCE = regex_cache.compile(r"(?:so\s*:?\s*)?\d")


# --- citations without a number ---


def _unnumbered(doc: Doc, numbered: list[_Citation]) -> list[_Citation]:
    """``Nghị quyết Trung ương 4 (khóa XII)``, ``Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI``.

    A start inside a numbered citation, inside the title block or in capitals (the document's
    own kind line: ``NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ 13``) is passed over before any pattern runs:
    whatever matched there would be dropped. The starts and the numbered citations are both
    in text order: one walk over the citations tells which starts they hold, and which
    citation a match could run into."""
    title = doc.layout.title_block
    spans = sorted((c.head, c.end) for c in numbered)
    ahead, reach = 0, -1  # the citations starting up to a start, and the furthest end of them
    found: list[_Citation] = []
    for start in _kind_starts(doc.folded):
        while ahead < len(spans) and spans[ahead][0] <= start:
            reach = max(reach, spans[ahead][1])
            ahead += 1
        if start < reach or (title and title[0] <= start < title[1]):
            continue
        if doc.text[start : start + 10].isupper():
            continue
        longest = _longest_unnumbered(doc, start)
        if longest is None:
            continue
        match, entry = longest
        if entry.capitalised and not _named_document(doc, match):
            continue
        span = match.span()
        if title and _overlaps(span, title):
            continue
        if ahead < len(spans) and spans[ahead][0] < span[1]:
            continue  # it runs into the next numbered citation (none before it reaches here)
        if found and found[-1].end > start:
            continue  # it starts inside the last one found here (they end in text order)
        if not _romans_upper(doc, match) or _is_own_conference(doc, match):
            continue
        end, date = _dated(doc, span[1])
        issuer = _issuer_after(doc, end)[0]
        found.append(
            _Citation(span[0], end, entry.symbol, None, date.iso if date else None, issuer)
        )
    return found


def _longest_unnumbered(doc: Doc, start: int) -> tuple[re.Match[str], _Unnumbered] | None:
    """The longest citation without a number at ``start`` (of equals, the first pattern).

    Only the patterns that may open with the letter written there are tried."""
    folded = doc.folded
    plain, capitalised = _unnumbered_opening_with(folded[start])
    best: tuple[int, int, re.Match[str], _Unnumbered] | None = None  # (-end, index, ...)
    for index, entry in plain:
        match = entry.pattern.match(folded, start)
        if match and (best is None or (-match.end(), index) < best[:2]):
            best = (-match.end(), index, match, entry)
    # A name that must be capitalised is looked for only where it could be kept: where the
    # text is capitalised, or where it could be longer than another citation found here.
    if best is not None or doc.text[start].isupper():
        for index, entry in capitalised:
            match = entry.pattern.match(folded, start)
            if match and (best is None or (-match.end(), index) < best[:2]):
                best = (-match.end(), index, match, entry)
    return (best[2], best[3]) if best is not None else None


@cache
def _unnumbered_opening_with(
    letter: str,
) -> tuple[tuple[tuple[int, _Unnumbered], ...], tuple[tuple[int, _Unnumbered], ...]]:
    """The patterns of citations without a number that may open with ``letter``, with their
    place in the data: those written in any case, then those that must be capitalised.
    ``"h"`` → ``hien phap``'s (and the law's, whose opening the regex does not tell)."""
    patterns = [
        (index, entry)
        for index, entry in enumerate(_vocab().unnumbered)
        if _may_open_with(entry.pattern.pattern, letter)
    ]
    return (
        tuple((i, e) for i, e in patterns if not e.capitalised),
        tuple((i, e) for i, e in patterns if e.capitalised),
    )


def _may_open_with(source: str, letter: str) -> bool:
    """Whether a match of the regex ``source`` may open with ``letter``: ``False`` only when
    the words it opens with are known (``(?<![a-z])(?:nghi quyet|ket luan)\\s+…``) and none
    opens with it."""
    source = source.removeprefix("(?<![a-z])")
    words = leading_words(source) or (literal_opening(source),)
    return not all(words) or any(word.startswith(letter) for word in words)


def _named_document(doc: Doc, match: re.Match[str]) -> bool:
    """``Luật Viên chức``: capitals on the kind and the name, not a bill (``dự án Luật …``)."""
    if not doc.text[match.start()].isupper():
        return False
    name = match.groupdict().get("name")
    if name and not doc.text[match.start("name") + len(name) - len(name.lstrip())].isupper():
        return False
    low = max(0, match.start() - 60)
    if doc.folded.find("du", low, match.start()) == -1:
        return True  # a bill is named after "dự án" / "dự thảo"
    return _BILL_RE.search(doc.folded, low, match.start()) is None


def _kind_starts(folded: str) -> list[int]:
    """Where a citation without a number may start: ``nghị quyết``, ``luật``… (by its last word)."""
    starts: list[int] = []
    for word, first, spaces in _KIND_STARTS:
        for written in word.finditer(folded):
            _kind_start(folded, written.start(), first, spaces, starts)
    for written in _BARE_NUMBER_RE.finditer(folded):  # "Chỉ thị số 35 ngày 30/5/2019"
        kind = _kind_before().search(folded, max(0, written.start() - 16), written.start())
        if kind is not None:
            starts.append(kind.start())
    for cue in _AFTER_BARE:  # "Chỉ thị 46 của Bộ Chính trị"
        at = folded.find(cue)
        while at != -1:
            if at and folded[at - 1].isdigit():
                digits = _BARE_DIGITS_RE.search(folded, max(0, at - 5), at)
                if digits is not None:
                    kind = _kind_before().search(
                        folded, max(0, digits.start() - 16), digits.start()
                    )
                    if kind is not None:
                        starts.append(kind.start())
            at = folded.find(cue, at + 1)
    for written in _LUA_RE.finditer(folded):
        at = written.start()
        following = folded[at + 3 : at + 4]
        if following == "t":
            start = _law_start(folded, at)
            if start is not None:
                starts.append(start)
        elif following == "n":
            _kind_start(folded, at, _LUAN[1], _LUAN[2], starts)
    return sorted(starts)


def _kind_start(folded: str, at: int, first: str, spaces: int, starts: list[int]) -> None:
    """Add where ``first`` starts when it stands before ``at`` with 1 to ``spaces`` spaces."""
    if at > 0 and folded[at - 1].isspace():
        space = at - 1
        while space > 0 and folded[space - 1].isspace():
            space -= 1
        start = space - len(first)
        if (
            at - space <= spaces
            and start >= 0
            and folded.startswith(first, start)
            and (start == 0 or not "a" <= folded[start - 1] <= "z")
        ):
            starts.append(start)


def _law_start(folded: str, at: int) -> int | None:
    """Where a law's name starting with the ``luat`` at ``at`` starts: at ``bộ`` before it, else
    at ``at``; ``None`` at a line start (no pattern reads a name from there)."""
    low = max(0, at - 8)
    space = at
    while space > low and folded[space - 1].isspace():
        space -= 1
    bo = space - 2
    if (
        space < at
        and bo >= low
        and folded.startswith("bo", bo)
        and (bo == 0 or not "a" <= folded[bo - 1] <= "z")
    ):
        return bo
    if at > low and folded[at - 1] == "\n":
        return None
    return at


def _is_own_conference(doc: Doc, match: re.Match[str]) -> bool:
    """``Nghị quyết Hội nghị lần thứ 13`` in the resolution of that conference is the document."""
    own = doc.meta.conference if doc.meta is not None else None
    conference = _CONFERENCE_RE.search(match.group(0))
    if own is None or conference is None or "dai hoi" in match.group(0):
        return False
    central = "trung uong" in match.group(0)
    if central and (doc.meta is None or doc.meta.level != "trung_uong"):
        return False
    return _ordinal(conference.group(1)) == own


def _ordinal(written: str) -> int | None:
    """``"13"`` → 13, ``"xiii"`` → 13, ``"tu"`` (tư) → 4, ``"muoi mot"`` → 11 (folded)."""
    if written.isdigit():
        return int(written)
    if _ROMAN_RE.fullmatch(written):
        values = [_ROMAN[c] for c in written]
        return sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))
    *tens, unit = written.split()
    return (10 if tens else 0) + _WORD_ORDINALS.get(unit, 0) or None


def _romans_upper(doc: Doc, match: re.Match[str]) -> bool:
    """Roman numerals are written in capitals: ``khóa XII``, never ``vì``."""
    for roman in _ROMAN_RE.finditer(match.group(0)):
        start = match.start() + roman.start()
        if not doc.text[start : match.start() + roman.end()].isupper():
            return False
    return True


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _overlaps_any(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < b[1] and b[0] < a[1] for b in spans)
