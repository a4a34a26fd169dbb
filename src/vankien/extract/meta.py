"""meta: what the document is, who issued it, when, and what it is about.

Read from the layout's spans (header, title block, signature, ``Nơi nhận``) and from
the opening of the body: ``"Ngày 18/4/2023, Ban Chấp hành Đảng bộ huyện khoá XXI tổ
chức Hội nghị lần thứ 13 ..."`` → ``meeting_on="2023-04-18"``, ``term="XXI"``,
``conference=13``. A cited document's date, term or number is never taken: cues must
stand next to the meeting or the issuing body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import cache
from heapq import heapify, heappop, heapreplace

from vankien import regex_cache
from vankien.document import Doc
from vankien.extract import meta_level
from vankien.extract.dates import date_at, find_dates, first_date
from vankien.extract.numbers import parse_number_words
from vankien.extract.periods import (
    Period,
    classify,
    day_range,
    find_periods,
    in_date,
    written_periods,
)
from vankien.folding import fold, key
from vankien.layout import bodies
from vankien.layout.signature import signing_body
from vankien.layout.title import kind_names
from vankien.models import Meta, Periods, Signer, trusted
from vankien.regex_source import leading_words
from vankien.vocab import table

KIND = "meta"
REQUIRES: tuple[str, ...] = ()

# How far into the body the opening paragraph, meeting date, term and issuer are looked for.
OPENING_CHARS = 1500

_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_PARTY_SYMBOL = regex_cache.compile(r"\d*\s*-\s*(?P<kind>[a-z]+)\s*/\s*(?P<body>[a-z]+)")
_STATE_SYMBOL = regex_cache.compile(r"[\d/]*/(?:\d{4}/)?(?P<kind>[a-z]+)-(?P<body>[a-z0-9-]+)")
_SYMBOL_SPACES = regex_cache.compile(r"\s*([-/])\s*")
# An authority mark garbled by OCR ("„/M BỘ CHÍNH TRỊ") is shown as T/M.
_GARBLED_MARK = regex_cache.compile(r"^[„\"',]\s*/\s*M\b")
# A written date opens with "ngày" and a digit: "ngày 18/4/2023", "ngày 21 tháng 12 năm 2022".
_DAY_HINT = regex_cache.compile(r"ngay\s+\d")
_NEXT_WORD = regex_cache.compile(r"\s+(\w+)")
# "thông qua ngày": the adoption sentence, looked for only where str.find finds its words.
_ADOPTED_WORDS = "thong qua"
_ADOPTED = regex_cache.compile(rf"{_ADOPTED_WORDS}\s+ngay")
# The verbs of issuer_verb (data/layout.toml), found first: cheap literals, each found
# with str.find (one regex of them all would be tried at every character).
_VERBS = ("ket luan", "quyet nghi", "thong bao", "thong nhat", "bao cao", "ban hanh", "xay dung")
_HOLDS = ("to chuc", "hop")  # the verbs of a meeting_holder
_DEMANDS = ("yeu cau",)  # the verb of issuer_demand
# The literals each pattern of an opening verb is looked for by (issuer_verb: _VERBS).
_HINTS = {"meeting_holder": _HOLDS, "issuer_demand": _DEMANDS}
# "kết luận của Thường trực Huyện ủy ...": the body the title names after "của".
_OF = regex_cache.compile(r"cua(?<![a-z]cua)\s+")
# A trích yếu that opens by naming whose conclusion it is: "Kết luận của Thường trực ...".
_CONCLUSION_OF = regex_cache.compile(r"[\s*_]*(?:thong bao\s+)?(?:y kien\s+)?ket luan\s+cua\s+")
_HOP = regex_cache.compile(r"hop(?<![a-z]hop)(?![a-z])")
_MARK_CHARS = "*_#`"
_MARKS = regex_cache.compile(rf"[{_MARK_CHARS}]+")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    data = table("layout")
    kinds = "|".join(
        re.escape(k).replace(r"\ ", r"\s+") for k in sorted(kind_names(), key=len, reverse=True)
    )
    return {
        # "thi hành Thông tư này": the document naming itself.
        "self": regex_cache.compile(rf"(?<![a-z])({kinds})\s+nay(?![a-z])"),
        # "Nghị quyết này được Quốc hội ... thông qua": the adoption sentence.
        "this_document": regex_cache.compile(rf"(?<![a-z])(?:{kinds})\s+nay\s+(?:da\s+)?duoc"),
        # A cited document in the same sentence: "Nghị quyết Trung ương 4 (khóa XII)".
        "kind_words": regex_cache.compile(rf"(?<![a-z])(?:{kinds}|so\s+\d)"),
    } | {
        name: regex_cache.compile(data[name]["regex"])
        for name in (
            "term",
            "conference",
            "issuer_verb",
            "meeting_holder",
            "issuer_demand",
            "meeting_before",
            "meeting_after",
        )
    }


def extract(doc: Doc) -> Meta:
    """The meta of ``doc``; every field ``None`` (or empty) when the text does not give it."""
    layout = doc.layout
    number = _number(doc)
    adoption = _adoption(doc)
    issued_on: str | None = _date(doc, layout.date) or (adoption[1] if adoption else None)
    issuer_span = _issuer_span(doc)
    issuer = _issuer_name(doc, issuer_span) if issuer_span else None
    meeting_on = _meeting_on(doc, issued_on)
    doc_type = _doc_type(doc, number)
    congress = _congress(doc)
    periods = _periods(doc, issued_on, meeting_on, doc_type, congress)
    anchor = periods.reviewed[1] if periods.reviewed else (periods.planned or (None,))[0]
    if meeting_on is None and issued_on is None and anchor is not None:
        opened = int(periods.planned[0][:4]) if congress and periods.planned else None
        meeting_on = _meeting_near(doc, anchor, opened)
        if meeting_on is not None:
            periods = _periods(doc, issued_on, meeting_on, doc_type, congress)
    return trusted(
        Meta,
        {
            "doc_type": doc_type,
            "number": number,
            "issuer": issuer or None,
            "level": meta_level.level(doc, issuer_span, number),
            "term": _term(doc) or (adoption[0] if adoption else None),
            "conference": _conference(doc),
            "title": _title(doc),
            "place": _slice(doc, layout.place),
            "issued_on": issued_on,
            "meeting_on": meeting_on,
            "signer": _signer(doc),
            "recipients": [_squash(doc.slice(span)) for span in layout.recipient_items],
            "periods": periods,
        },
    )


def _slice(doc: Doc, span: tuple[int, int] | None) -> str | None:
    return _squash(doc.slice(span)) or None if span else None


def _number(doc: Doc) -> str | None:
    """The number-symbol without spaces around ``-`` and ``/``: ``"04 - NQ/TU"`` → ``"04-NQ/TU"``."""
    span = doc.layout.number
    if span is None:
        return None
    written = _slice(doc, span)
    if written and " " in written:  # squashed: any space is a single " "
        written = _SYMBOL_SPACES.sub(r"\1", written)
    if written and written.endswith("/TƯ"):
        # Trung ương's symbol written with the horn; below a Tỉnh ủy, Thành ủy or Thị ủy
        # named above it, a misread "/TU" ("TỈNH ỦY THỪA THIÊN HUẾ ... Số 445-KL/TƯ")
        provincial = bodies.PROVINCIAL_COMMITTEE.search(doc.folded, 0, span[0])
        written = written[: -len("TƯ")] + ("TU" if provincial else "TW")
    return written or None


def _squash(text: str) -> str:
    """:func:`vankien.folding.squash` without a regex: ``" về  tình hình "`` → ``"về tình hình"``."""
    return " ".join(text.split())


def _issuer_name(doc: Doc, span: tuple[int, int]) -> str:
    """The issuer as shown; an organ alone in the header is named with the committee above
    it: ``TỈNH ỦY QUẢNG NAM`` / ``ỦY BAN KIỂM TRA`` → ``Ủy ban Kiểm tra Tỉnh ủy Quảng Nam``;
    under ``BAN CHẤP HÀNH TRUNG ƯƠNG`` by its own name (``Ủy ban Kiểm tra Trung ương``,
    ``Văn phòng Trung ương Đảng``)."""
    name = bodies.spell(_clean(doc.slice(span)))
    superior = doc.layout.superior
    under = span == doc.layout.header_issuer
    if superior is not None and under and bodies.is_organ(doc.folded[span[0] : span[1]]):
        above = " ".join(doc.folded[superior[0] : superior[1]].split())
        if above.startswith("ban chap hanh trung uong"):  # the Central Committee's organs
            return f"{name} Trung ương Đảng" if key(name) == "van phong" else f"{name} Trung ương"
        return f"{name} {bodies.spell(_clean(doc.slice(superior)))}"
    return name


def _clean(text: str) -> str:
    """A field as shown: markup marks gone, spaces normalised (``"**Lê Văn A**"`` → ``"Lê Văn A"``)."""
    if any(map(text.__contains__, _MARK_CHARS)):
        text = _MARKS.sub(" ", text)
    return " ".join(text.split())


def _date(doc: Doc, span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    found = first_date(doc.folded, span[0], span[1])
    return found.iso if found else None


def _doc_type(doc: Doc, number: str | None) -> str | None:
    """The kind line's symbol, else the kind in the number-symbol (``04-NQ/TU`` → ``NQ``)."""
    names = kind_names()
    layout = doc.layout
    if layout.kind is not None:
        symbol = names.get(_folded_key(doc, layout.kind))
        if symbol:
            return symbol
    if number:
        folded = " ".join(fold(number).split())  # key(number), without a regex
        symbols = _symbols()
        for pattern in (_PARTY_SYMBOL, _STATE_SYMBOL):
            match = pattern.search(folded)
            if match and match.group("kind") in symbols:
                return symbols[match.group("kind")]
    if layout.number_prefix is not None:
        prefix = _folded_key(doc, layout.number_prefix).removesuffix(":").strip()
        prefix = _SO_END.sub("", prefix)
        if prefix in names:
            return names[prefix]
    if layout.subject is not None:
        return "CV"
    return _self_reference(doc)


def _folded_key(doc: Doc, span: tuple[int, int]) -> str:
    """:func:`vankien.folding.key` of the text at ``span``, read on the folded text (folding
    keeps each character in its place): ``"NGHỊ  QUYẾT"`` → ``"nghi quyet"``."""
    return " ".join(doc.folded[span[0] : span[1]].split())


@cache
def _symbols() -> dict[str, str]:
    """Folded kind symbol → symbol (``"nq"`` → ``"NQ"``)."""
    return {key(s): s for s in kind_names().values()}


_SO_END = regex_cache.compile(r"\s*so\s*:?$")


def _self_reference(doc: Doc) -> str | None:
    """The kind the body calls itself most often: ``thi hành Thông tư này`` → ``TT``."""
    names = kind_names()
    counts: dict[str, int] = {}
    start, end = doc.layout.body
    for match in _patterns()["self"].finditer(doc.folded, start, end):
        symbol = names.get(" ".join(match.group(1).split()))
        if symbol:
            counts[symbol] = counts.get(symbol, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def _issuer_span(doc: Doc) -> tuple[int, int] | None:
    """Where the issuer is written: title block, header, an opening ``... kết luận``, signature.

    A Party header (``HUYỆN ỦY TÂY SƠN``) gives way to the organ that speaks in the opening
    (``Ban Thường vụ Huyện ủy kết luận như sau``); a state header does not.
    """
    layout = doc.layout
    header = layout.header_issuer
    if layout.title_issuer is not None:
        if header is not None and _shorter_name(doc, layout.title_issuer, header):
            return header  # "KẾT LUẬN / CỦA TỈNH ỦY" under "TỈNH ỦY GIA LAI": the whole name
        return layout.title_issuer
    if header is not None and not bodies.is_party(doc.folded[header[0] : header[1]]):
        return header  # a state header: the opening is not read
    # the issuer's level as the header, else the back matter, tells it (read once)
    level = meta_level.header_level(doc) if header is not None else None
    level = level or meta_level.back_level(doc)
    organ = _concluding_organ(doc, level) if header is not None else None
    if organ is not None:
        return organ  # "Kết luận của Thường trực Đảng ủy xã tại buổi làm việc ..."
    # under a Party header only a Party body speaks for it ("Đảng ủy Ủy ban nhân dân tỉnh
    # lãnh đạo Ủy ban nhân dân tỉnh xây dựng Kế hoạch ..." charges the state body)
    party = header is not None
    opening = _opening_issuer(doc, level, party=party)
    if opening is None and _directs(doc):
        opening = _opening_issuer(doc, level, verbs="issuer_demand", party=party)
    if header is not None and (opening is None or _shorter_name(doc, opening, header)):
        return header  # "Tỉnh ủy báo cáo" under "TỈNH ỦY KON TUM": the header names it whole
    if opening is not None:
        return opening
    if layout.title is not None:
        for of in _OF.finditer(doc.folded, *layout.title):
            if meta_level.CITED.search(doc.folded, layout.title[0], of.start()):
                break  # "thực hiện Kết luận số 14-KL/TW ... của Bộ Chính trị": the cited one's
            body = bodies.pattern().match(doc.folded, of.end(), layout.title[1])
            if body is None or body.group("named"):
                continue
            if level is None or bodies.level_of(body.group()) in (None, level):
                return body.span()
    if layout.enactor is not None:
        return layout.enactor
    if layout.authority is not None:
        start, end = signing_body(doc.folded, layout.authority)
        if bodies.pattern().fullmatch(doc.folded, start, end):
            return start, end
    if header is None:  # a copy with no header: the body holding the meeting it tells of
        return _opening_issuer(doc, level, verbs="meeting_holder")
    return None


# The closing of a notice sent on by an office: "Văn phòng Tỉnh ủy thông báo để các cơ quan,
# đơn vị biết, thực hiện" (the office relays what the committee concluded).
_RELAYS = regex_cache.compile(r"\s*thong\s+bao\s+de\s")
# What joins two bodies that speak together: "Bộ Chính trị, Ban Bí thư".
_JOINT = regex_cache.compile(r"\s*(?:,|va(?![a-z]))\s*")
# Bodies heard at the meeting report to it, they do not issue: "để nghe Văn phòng Tỉnh ủy,
# Ban Tổ chức Tỉnh ủy báo cáo", "đại diện Đảng ủy UBND tỉnh ... báo cáo".
_HEARD_BEFORE = regex_cache.compile(r"(?<![a-z])(?:nghe|dai dien)\s+\Z")
# A position right before a body makes it a person's title: "đồng chí Bí thư Tỉnh ủy".
_TITLE_BEFORE = regex_cache.compile(
    r"(?<![a-z])(?:bi thu|chu tich|truong ban|uy vien|giam doc)\s+(?:thuong truc\s+)?\Z"
)


def _concluding_organ(doc: Doc, level: str | None) -> tuple[int, int] | None:
    """The organ a trích yếu opening ``Kết luận của`` names, when it is one of the header
    committee's level: ``Kết luận của Thường trực Đảng ủy xã tại buổi làm việc ...`` under
    ``ĐẢNG ỦY XÃ ĐÔNG THÀNH`` → ``Thường trực Đảng ủy xã``."""
    title = doc.layout.title
    if title is None or level is None:
        return None
    opening = _CONCLUSION_OF.match(doc.folded, *title)
    if opening is None:
        return None
    body = bodies.pattern().match(doc.folded, opening.end(), title[1])
    if body is None or body.group("named"):
        return None
    if body.group("organ") is None or bodies.level_of(body.group()) != level:
        return None
    return body.span()


def _shorter_name(doc: Doc, short: tuple[int, int], whole: tuple[int, int]) -> bool:
    """Whether the body at ``short`` is the one at ``whole`` named without its place."""
    a = " ".join(doc.folded[short[0] : short[1]].split())
    b = " ".join(doc.folded[whole[0] : whole[1]].split())
    return b.startswith(a + " ") or a == b


def _opening_issuer(
    doc: Doc, level: str | None = None, verbs: str = "issuer_verb", party: bool = False
) -> tuple[int, int] | None:
    """``Ban Thường vụ Tỉnh ủy kết luận như sau`` in the opening of the body; of the
    header's ``level`` when it has one (``Ban Bí thư ban hành Kết luận số 226-KL/TW``,
    told in the opening of a phường's plan, is not its issuer). ``verbs`` names the pattern
    of ``data/layout.toml`` the body's verb must match: ``meeting_holder`` for the body that
    holds the meeting (``Đảng ủy xã Vĩnh Phú tổ chức hội nghị``), ``issuer_demand`` for the
    one that demands in a directive (``Ban Thường vụ Tỉnh ủy yêu cầu ...``). With ``party``,
    only a Party body."""
    start, end = doc.layout.body
    end = min(end, start + 2 * OPENING_CHARS)
    verb = _patterns()[verbs]
    for hint in _verb_hints(doc.folded, start, end, _HINTS.get(verbs, _VERBS)):
        window = max(start, hint - 160)
        # where a run of Party bodies of one level joined by "," or "và" starts
        joint, joint_level, last_end, heard, last_name = -1, None, -1, False, ""
        for match in bodies.finditer(doc.folded, window, hint):
            if match.group("named") or _TITLE_BEFORE.search(doc.folded, window, match.start()):
                joint = -1
                continue  # "đồng chí Bí thư Tỉnh ủy kết luận": a person's title, not the body
            name = match.group()
            own_level = bodies.level_of(name)
            party_level = own_level if bodies.is_party(name) else None
            between = doc.folded[last_end : match.start()] if last_end >= 0 else "-"
            # the same body named twice ("... của Ban Thường vụ, Ban Thường vụ báo cáo") is one
            joined = joint >= 0 and _JOINT.fullmatch(between) is not None and name != last_name
            if not joined or party_level is None or party_level != joint_level:
                # a list of bodies heard goes on over bodies of other levels ("Đảng ủy UBND
                # tỉnh, Văn phòng Tỉnh ủy"), and over names the pattern reads in two
                heard = ((joined or not between.strip()) and heard) or _HEARD_BEFORE.search(
                    doc.folded, window, match.start()
                ) is not None
                joint = match.start()
            joint_level, last_end, last_name = party_level, match.end(), name
            if heard or (level is not None and own_level not in (None, level)):
                continue  # "hội nghị ... để nghe Văn phòng Tỉnh ủy báo cáo": heard, not speaking
            if party and not bodies.is_party(name):
                continue  # "Ủy ban nhân dân tỉnh xây dựng Kế hoạch" under "TỈNH ỦY LÂM ĐỒNG"
            after = match.end()
            for _ in range(4):
                said = verb.match(doc.folded, after, end)
                if said is not None and said.end() > hint:  # this hint's verb, read once
                    if _RELAYS.match(doc.folded, after) and name.startswith("van phong"):
                        break  # "Văn phòng Tỉnh ủy thông báo để ... biết": the office relays
                    return joint, after  # "Bộ Chính trị, Ban Bí thư kết luận": both
                word = _NEXT_WORD.match(doc.text, after, end)
                if word is None or not word.group(1)[:1].isupper():
                    break
                after = word.end()
    return None


def _directs(doc: Doc) -> bool:
    """Whether the kind line is a directive's (``data/layout.toml`` [issuer_demand] kinds:
    ``CHỈ THỊ``, ``KẾT LUẬN``)."""
    kind = doc.layout.kind
    if kind is None:
        return False
    line = " ".join(doc.folded[kind[0] : kind[1]].strip(" *_#").split())
    return line in _directive_kinds()


@cache
def _directive_kinds() -> frozenset[str]:
    """The folded kind lines of directives (``data/layout.toml`` [issuer_demand] kinds)."""
    return frozenset(key(k) for k in table("layout")["issuer_demand"]["kinds"])


def _verb_hints(
    folded: str, start: int, end: int, verbs: tuple[str, ...] = _VERBS
) -> Iterator[int]:
    """Where the ``verbs`` (``_VERBS``) are written in ``folded[start:end]``, in order and not
    overlapping, as one alternation of them would find them: ``"... Tỉnh ủy kết luận"`` → the
    ``kết``. Each verb is looked for again only once its last place is passed (the caller
    stops at the first hint that serves)."""
    ahead: list[tuple[int, int]] = []  # (where, rank): the next place of each verb, nearest first
    for rank, verb in enumerate(verbs):
        at = folded.find(verb, start, end)
        if at >= 0:
            ahead.append((at, rank))
    heapify(ahead)
    free = start
    while ahead:
        at, rank = ahead[0]
        verb = verbs[rank]
        following = folded.find(verb, at + 1, end)
        if following >= 0:
            heapreplace(ahead, (following, rank))
        else:
            heappop(ahead)
        if at >= free:
            yield at
            free = at + len(verb)


def _roman(written: str) -> int | None:
    lowered = written.lower()
    if not lowered or any(c not in _ROMAN_VALUES for c in lowered):
        return None
    values = [_ROMAN_VALUES[c] for c in lowered]
    total = 0
    for here, after in zip(values, [*values[1:], 0], strict=True):
        total += -here if here < after else here
    return total


def _opening(doc: Doc) -> tuple[int, int]:
    start, end = doc.layout.body
    return start, min(end, start + OPENING_CHARS)


def _sentence_start(folded: str, floor: int, pos: int) -> int:
    cut = max(
        folded.rfind(".", floor, pos), folded.rfind(";", floor, pos), folded.rfind("\n", floor, pos)
    )
    return floor if cut < 0 else cut + 1


def _opens_sentence(folded: str, floor: int, pos: int) -> bool:
    """Whether only markup and spaces stand between the start of the sentence (after ``.``,
    ``;``, a line break, or ``floor``) and ``pos``: read back from ``pos`` over them."""
    at = pos
    while at > floor and folded[at - 1] in " *_":
        at -= 1
    return at == floor or folded[at - 1] in ".;\n"


def _adoption(doc: Doc) -> tuple[str | None, str | None] | None:
    """The adoption sentence closing a resolution: its term and date.

    ``"Nghị quyết này được Quốc hội ... khoá XIV, kỳ họp thứ 8 thông qua ngày 12 tháng 11
    năm 2019."`` → ``("XIV", "2019-11-12")``; the date stands for the issue date when the
    copy has no place-date line.
    """
    start, end = doc.layout.body
    folded = doc.folded
    low = max(start, end - OPENING_CHARS)
    if folded.find(_ADOPTED_WORDS, low, end) < 0:
        return None  # the words the pattern opens with are not written
    for hint in _ADOPTED.finditer(folded, low, end):
        cut = max(folded.rfind(c, start, hint.start()) for c in ".;")
        sentence = start if cut < 0 else cut + 1
        if not _patterns()["this_document"].search(folded, sentence, hint.start()):
            continue
        dates = find_dates(folded, hint.end() - 4, min(end, hint.end() + 40))
        term = _patterns()["term"].search(folded, sentence, hint.start())
        written = doc.text[term.start("t") : term.end("t")].upper() if term else None
        return written, dates[0].iso if dates else None
    return None


_TO_BE_ELECTED = regex_cache.compile(r"(?<![a-z])(?:bau(?:\s+ra)?|nhan\s+su)\s+$")


# What may stand between the body and its khóa: "Ban Chấp hành Đảng bộ huyện lần thứ hai
# mươi (khóa XXI)" — the conference's number, in figures or words.
_TERM_GAP = regex_cache.compile(r"[ (,]*(?:lan thu\s+(?:\d{1,3}|[a-z]+(?:\s+[a-z]+){0,2})[ (,]*)?")


def _term(doc: Doc) -> str | None:
    """The committee's own khóa: in the title block, or after the body named in the opening.

    ``"Ban Chấp hành Đảng bộ huyện khoá XXI tổ chức"`` → ``"XXI"``; not
    ``"Nghị quyết Trung ương 4 (khóa XII)"``, a cited document's, nor ``Quốc hội khóa XVI``.
    """
    layout = doc.layout
    if layout.term is not None:
        return doc.slice(layout.term).upper()
    folded = doc.folded
    start, end = _opening(doc)
    for match in _patterns()["term"].finditer(folded, start, end):
        sentence = _sentence_start(folded, start, match.start())
        near: re.Match[str] | None = None
        for body in bodies.finditer(folded, sentence, match.start()):
            near = body
        if near is None or not _TERM_GAP.fullmatch(
            folded, _past_place_name(doc, near.end(), match.start()), match.start()
        ):
            continue
        if _patterns()["kind_words"].search(folded, sentence, near.start()):
            continue
        if _TO_BE_ELECTED.search(folded, max(sentence, near.start() - 12), near.start()):
            continue  # "Bầu Ban Chấp hành Đảng bộ phường khóa II": the committee to come
        if not bodies.is_party(folded[near.start() : near.end()]):
            continue  # "đại biểu Quốc hội khóa XVI": a state body's term
        return doc.text[match.start("t") : match.end("t")].upper()
    return None


def _past_place_name(doc: Doc, pos: int, end: int) -> int:
    """Past the capitalised words of a place name at ``pos`` (``Đảng bộ xã Trường Xuân``)."""
    at = pos
    while True:
        word = _NEXT_WORD.match(doc.text, at, end)
        if word is None or not word.group(1)[:1].isupper():
            return at
        at = word.end()


# A council or the National Assembly, whose sessions are no Party conference.
_COUNCIL = regex_cache.compile(r"(?<![a-z])(?:hoi dong nhan dan|hdnd|quoc hoi)(?![a-z])")


def _conference(doc: Doc) -> int | None:
    """``HỘI NGHỊ LẦN THỨ 13`` in the title block, or ``tổ chức Hội nghị lần thứ 13`` opening the body."""
    layout = doc.layout
    written = doc.slice(layout.conference) if layout.conference else None
    if written is None:
        start, end = _opening(doc)
        for match in _patterns()["conference"].finditer(doc.folded, start, end):
            sentence = _sentence_start(doc.folded, start, match.start())
            if _patterns()["kind_words"].search(doc.folded, sentence, match.start()):
                continue
            if _COUNCIL.search(doc.folded, sentence, match.start()):
                continue  # "Hội đồng nhân dân tỉnh khóa X đã tổ chức Kỳ họp thứ 25": a council's
            written = match.group("n")
            break
    if written is None:
        return None
    if written.isdigit():
        return int(written)
    return _roman(written) or parse_number_words(fold(written))


def _title(doc: Doc) -> str | None:
    if doc.layout.title is None:
        return None
    return _clean(doc.slice(doc.layout.title)) or None


def _is_meeting_word(doc: Doc, start: int, end: int) -> bool:
    """Every ``hop`` in ``folded[start:end]`` is ``họp`` (meet), not ``hợp`` (combine)."""
    for match in _HOP.finditer(doc.folded, start, end):
        if doc.text[match.start() + 1] not in "ọỌ":
            return False
    return True


def _meeting_on(doc: Doc, issued_on: str | None) -> str | None:
    """The date the meeting was held, stated in the opening of the body.

    ``"Tại hội nghị ngày 17/7/2023"``, ``"họp ngày 21 tháng 12 năm 2022"``,
    ``"Ngày 18/4/2023, Ban Chấp hành ... tổ chức Hội nghị"``; never a date that follows a
    cited document (``Kế hoạch số 196-KH/TU ngày 25/10/2022``).
    """
    patterns = _patterns()
    folded = doc.folded
    start, end = _opening(doc)
    for hint in _DAY_HINT.finditer(folded, start, end):
        s = hint.start()
        # The cues around the date first: the date is read only where one may fire.
        window = max(start, s - 60)
        before: re.Match[str] | None = None
        for word in _meeting_words():
            if folded.find(word, window, s) >= 0:
                before = patterns["meeting_before"].search(folded, window, s)
                break
        cued = before is not None and _is_meeting_word(doc, *before.span())
        daytime = _DAYTIME_BEFORE.search(folded, max(start, s - 8), s)  # "Chiều ngày 12/6"
        opens = _opens_sentence(folded, start, daytime.start() if daytime else s)
        if not cued and not opens:
            continue
        found = date_at(folded, s, min(end, s + 40))
        if found is None or found.iso is None or (issued_on and found.iso > issued_on):
            continue
        if cued:
            return found.iso
        if _meeting_follows(doc, found.span[1], end):
            return found.iso
    return _yearless_meeting(doc, issued_on, start, end)


def _meeting_follows(doc: Doc, pos: int, end: int) -> bool:
    """Whether the sentence goes on from ``pos`` to tell of a meeting (``..., Ban Chấp hành
    ... tổ chức Hội nghị``)."""
    folded = doc.folded
    stop = min((i for i in (folded.find(c, pos, end) for c in ".;\n") if i >= 0), default=end)
    return any(
        _is_meeting_word(doc, *cue.span())
        for cue in _patterns()["meeting_after"].finditer(folded, pos, stop)
    )


_DAYTIME = r"(?:sang|chieu|toi|trua)"  # morning, afternoon, evening, noon
_DAYTIME_BEFORE = regex_cache.compile(rf"(?<![a-z]){_DAYTIME}\s+$")
# "Ngày 9/1,", "Chiều 3/10," opening a sentence: a day and month, the year left to the reader.
_YEARLESS = regex_cache.compile(
    rf"(?<![a-z])(?:ngay|{_DAYTIME})\s+(\d{{1,2}})\s*[/-]\s*(\d{{1,2}})(?![/\d-])\s*,"
)


def _positions(text: str, mark: str, start: int, end: int) -> list[int]:
    """Where ``mark`` is written in ``text[start:end]``."""
    found: list[int] = []
    at = text.find(mark, start, end)
    while at != -1:
        found.append(at)
        at = text.find(mark, at + 1, end)
    return found


def _yearless_meeting(doc: Doc, issued_on: str | None, start: int, end: int) -> str | None:
    """A meeting told by day and month (``Ngày 9/1, Đảng ủy xã ... tổ chức hội nghị``) in a
    document issued on a known date: the last such day on or before the issue."""
    if not issued_on:
        return None
    found = _yearless_day(doc, start, end)
    if found is None:
        return None
    day, month = found
    year = int(issued_on[:4])
    if (month, day) > (int(issued_on[5:7]), int(issued_on[8:10])):
        year -= 1
    return _iso(year, month, day)


def _congress(doc: Doc) -> bool:
    """Whether the document is a congress's: its title block names the congress (``ĐẠI HỘI
    ĐẠI BIỂU ĐẢNG BỘ TỈNH ... LẦN THỨ XV``, ``Đại hội Đảng bộ xã ..., nhiệm kỳ 2025 - 2030``)."""
    span = doc.layout.title_issuer
    return span is not None and doc.folded.startswith("dai hoi ", span[0])


# The term before the one a congress opens, as its resolution speaks of it: "nhiệm kỳ qua",
# "nhiệm kỳ vừa qua", "nhiệm kỳ trước"; or written out (see _previous_term).
_LAST_TERM = regex_cache.compile(r"(?<![a-z])nhiem\s+ky\s+(?:vua\s+qua|qua|truoc)(?![a-z])")


def _previous_term(doc: Doc, planned: Period) -> tuple[str, str] | None:
    """A congress reviews the term that ends as its own begins, when its resolution speaks
    of it: ``Đại hội ... nhiệm kỳ 2025 - 2030`` and ``Nhiệm kỳ vừa qua, ...`` (or ``giai
    đoạn 2020-2025``) → 2020-01-01..2025-12-31."""
    first, last = int(planned.start[:4]), int(planned.end[:4])
    if not (planned.start.endswith("-01-01") and planned.end.endswith("-12-31") and last > first):
        return None
    before = first - (last - first)
    start, end = doc.layout.body
    spoken = _LAST_TERM.search(doc.folded, start, end) is not None or any(
        (int(m["y1"]), int(m["y2"])) == (before, first)
        for m in _TERM_WRITTEN.finditer(doc.folded, start, end)
    )
    return (f"{before}-01-01", f"{first}-12-31") if spoken else None


_TERM_WRITTEN = regex_cache.compile(
    r"(?<![a-z])(?:nhiem\s+ky|giai\s+doan)\s+(?P<y1>(?:19|20)\d\d)\s*[-–]\s*(?:nam\s+)?"
    r"(?P<y2>(?:19|20)\d\d)(?!\d)"
)


def _meeting_near(doc: Doc, anchor_day: str, opened: int | None = None) -> str | None:
    """In a copy with no issue date, a meeting told by day and month is the one nearest the
    end of the period it reviews, else the start of the one it plans: ``Chiều 3/10, ... tổ
    chức Hội nghị`` reviewing 9 tháng đầu năm 2024 → 2024-10-03; ``Ngày 21/12`` reviewing
    năm 2022 → 2022-12-21. A congress (``opened``: the first year of the term it opens) meets
    in that year: ``Ngày 28/7, ... tổ chức Đại hội`` of nhiệm kỳ 2025-2030 → 2025-07-28."""
    start, end = _opening(doc)
    found = _yearless_day(doc, start, end)
    if found is None:
        return None
    day, month = found
    if opened is not None:  # a congress meets in the first year of the term it opens
        return _iso(opened, month, day)
    anchor = date.fromisoformat(anchor_day)
    distances = [
        (abs((date.fromisoformat(d) - anchor).days), d)
        for step in (-1, 0, 1)
        if (d := _iso(anchor.year + step, month, day)) is not None
    ]
    days, best = min(distances, default=(_MEETING_REACH + 1, None))
    return best if days <= _MEETING_REACH else None


# The longest a meeting is held before or after the end of the period it reviews (days).
_MEETING_REACH = 120


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _yearless_day(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """(day, month) of a sentence opening with a day and month that goes on to tell of a
    meeting, in ``[start, end)``."""
    folded = doc.folded
    marks = sorted(
        at for mark in "/-" for at in _positions(folded, mark, start, end)
    )  # from each "/" or "-" back to its day: a scan from the words tries every place
    for mark in marks:
        window = max(start, mark - 12), min(end, mark + 4)
        if folded.find(",", *window) == -1:
            continue  # the comma after the month: no match without one
        m = _YEARLESS.search(folded, *window)
        if m is None or not _opens_sentence(folded, start, m.start()):
            continue
        day, month = int(m.group(1)), int(m.group(2))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        if _meeting_follows(doc, m.end(), end):
            return day, month
    return None


@cache
def _meeting_words() -> tuple[str, ...]:
    """The words ``meeting_before`` (data/layout.toml) opens with, one of which each of its
    matches holds, less those holding another: ``("hoi nghi", "buoi lam viec", "hop")``
    (``phien hop`` is in a window whenever ``hop`` is); ``("",)`` (always tried) when its
    regex does not open with a group of literal words."""
    words = leading_words(table("layout")["meeting_before"]["regex"]) or ("",)
    # A word holding another ("phien hop" holds "hop") is in a window whenever that one is.
    return tuple(w for w in words if not any(o != w and o in w for o in words))


def _signer(doc: Doc) -> Signer | None:
    layout = doc.layout
    name = _slice_clean(doc, layout.signer)
    position = _slice_clean(doc, layout.position)
    authority = _slice_clean(doc, layout.authority)
    if authority:
        authority = _GARBLED_MARK.sub("T/M", authority)
    if not (name or position or authority):
        return None
    return trusted(Signer, {"name": name, "position": position, "authority": authority})


def _slice_clean(doc: Doc, span: tuple[int, int] | None) -> str | None:
    return _clean(doc.slice(span)) or None if span else None


def _periods(
    doc: Doc,
    issued_on: str | None,
    meeting_on: str | None,
    doc_type: str | None,
    congress: bool = False,
) -> Periods:
    """The periods reviewed and planned, from the title, else the opening and headings.

    ``"tình hình thực hiện nhiệm vụ quý I và phương hướng, nhiệm vụ trọng tâm quý II năm
    2023"`` → reviewed 2023-Q1, planned 2023-Q2. The opening and the section headings
    are read only when the title dates the document at all. A title period without a
    cue takes its kind's default (``data/periods.toml``: a resolution's is planned, a
    report's reviewed); every title period of a plan is planned.
    """
    default = int((issued_on or meeting_on or "0")[:4]) or None
    layout = doc.layout
    sources = [layout.title] if layout.title else []
    found: dict[str, Period] = {}
    written = written_periods(doc)
    # the horizon of a document the title cites is that document's ("... Nghị quyết số
    # 06-NQ/TW ... đến năm 2030, tầm nhìn đến năm 2045"), unless the document plans for it
    plans = _kind_cue(doc_type) == ("planned", True)
    title = layout.title if layout.title and not plans else None
    midterm = layout.title is not None and _MIDTERM.search(doc.folded, *layout.title) is not None
    if midterm:
        # "sơ kết giữa nhiệm kỳ ... nhiệm kỳ 2020 - 2025": half the term, which the body bounds
        written = [p for p in written if not doc.folded.startswith("nhiem ky", p.span[0])]
    own = [p for p in written if not (title and _cited_horizon(doc.folded, title, p))]
    for span in sources:
        classify(doc.folded, span, default, found, *_kind_cue(doc_type), written=own)
    # a title that names a period, even one it does not say is reviewed or planned
    # ("Kết luận Hội nghị ... tháng 6 năm 2023"), dates the document: its opening is read,
    # then its headings; so does a review of the years a cited document has been carried out
    carried_out = _years_carried_out(doc)
    dated = (
        bool(found)
        or carried_out is not None
        or any(
            not in_date(doc.folded, p, s)
            for s, e in sources
            if _DIGIT.search(doc.folded, s, e) or doc.folded.find("quy", s, e) >= 0
            for p in find_periods(doc.folded, s, e, default)
            if plans or not _cited_horizon(doc.folded, (s, e), p)
        )
    )
    headings = [
        (section.span[0], line_end if (line_end := doc.text.find("\n", section.span[0])) > 0
         else section.span[1])
        for section in layout.sections
    ]  # fmt: skip
    # in the body, two dates bound an activity (an inspection "từ ngày 01/3/2025 đến ngày
    # 31/3/2025"), not what the document reviews; in brackets they spell out the period just
    # named ("kết quả 3 tháng vận hành ... (từ ngày 01/7/2025 đến ngày 30/9/2025)")
    written = [p for p in written if p.kind != "date_range" or _bracketed(doc.folded, p)]
    # the span or horizon in a cited document's name is that document's ("... kết quả thực hiện
    # Nghị quyết số 05-NQ/TU ... giai đoạn 2021 - 2025, định hướng đến năm 2030 trong 6 tháng
    # đầu năm 2024")
    opening = _opening_paragraph(doc)
    muted = [m for p in written if (m := _cited_name_period(doc.folded, opening, p))]
    written = [p for p in written if not any(s <= p.span[0] < e for s, e in muted)]
    if dated:
        for span in [opening, *headings]:
            classify(doc.folded, span, default, found, written=written, muted=muted)
    elif meeting_on is not None or _yearless_day(doc, *_opening(doc)) is not None:
        # an opening that tells of the meeting the document comes from ("Ngày 05/4/2023, ...
        # buổi làm việc ... về tình hình thực hiện nhiệm vụ quý I và phương hướng ...", or
        # "Ngày 26/12, Đảng ủy xã ... tổ chức hội nghị tổng kết ... năm 2025") dates it too,
        # after the headings, which name their parts' periods more closely
        for span in [*headings, opening]:
            classify(doc.folded, span, default, found, written=written, muted=muted)
    reported_days = _reported_days(doc) if doc_type == "BC" else None
    if reported_days is not None and not dated:
        # a report dated by the days its opening reports over: its headings name the periods
        # it plans for ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
        for span in headings:
            classify(doc.folded, span, default, found, written=written)
    if not found and _kind_cue(doc_type) == ("planned", True):
        # a plan whose title names no period: the one its opening issues it for ("Ban Thường
        # vụ ... ban hành Kế hoạch thực hiện trong giai đoạn 2026 - 2030 như sau")
        issued = _ISSUED_FOR.search(doc.folded, *_opening_paragraph(doc))
        if issued is not None:
            start, end = issued.span("for")
            cited = _patterns()["kind_words"].search(doc.folded, start, end)
            end = cited.start() if cited else end  # "Kế hoạch thực hiện Quyết định ... năm 2021"
            classify(doc.folded, (start, end), default, found, "planned", True)
    reviewed, planned = found.get("reviewed"), found.get("planned")
    reviewed_span = (reviewed.start, reviewed.end) if reviewed else None
    if reviewed_span is None:
        reviewed_span = reported_days or carried_out
    if reviewed_span is None and planned is not None and layout.title:
        reviewed_span = _months_before_plan(doc.folded, layout.title, planned)
    if reviewed_span is None and planned is not None and congress:
        reviewed_span = _previous_term(doc, planned)
    return trusted(
        Periods,
        {"reviewed": reviewed_span, "planned": (planned.start, planned.end) if planned else None},
    )


def _bracketed(folded: str, period: Period) -> bool:
    """Whether ``period`` opens a bracket: ``(từ ngày 01/7/2025 đến ngày 30/9/2025)``."""
    start = period.span[0]
    return folded[max(0, start - 8) : start].rstrip(" *_").endswith("(")


# The clause of an opening that issues a plan, and what it is for, up to "như sau".
# Where a period is the horizon of what a document aims at: "đến năm 2030", "tầm nhìn đến
# năm 2045" (the period's match starts at "năm").
_HORIZON_BEFORE = regex_cache.compile(r"(?<![a-z])den\s+$")


def _cited_horizon(folded: str, title: tuple[int, int], period: Period) -> bool:
    """Whether a title's period is the horizon of a document the title cites before it
    (``sơ kết 3 năm thực hiện Nghị quyết số 06-NQ/TW ... đến năm 2030``)."""
    start, end = title
    at = period.span[0]
    if not start <= at < end or _HORIZON_BEFORE.search(folded, max(start, at - 8), at) is None:
        return False
    cited = _patterns()["kind_words"].search(folded, start, at)
    # "... Nghị quyết Đại hội ... và phương hướng, nhiệm vụ đến năm 2025": the report's own
    return cited is not None and _OWN_PLAN.search(folded, cited.end(), at) is None


_CITED_NUMBER = regex_cache.compile(r"(?<![\w/])\d{1,5}\s*-\s*[a-z]{1,6}\s*/\s*[a-z]")


def _cited_name_period(
    folded: str, span: tuple[int, int], period: Period
) -> tuple[int, int] | None:
    """The stretch from a document cited with its number to a period of the opening that
    names it, a span of years or a horizon (``Nghị quyết số 05-NQ/TU ... giai đoạn 2021 -
    2025``): its period and cue words are the cited document's. None for the document's own
    (``trong giai đoạn ...``, ``và phương hướng ...``)."""
    start, end = span
    at = period.span[0]
    if not start <= at < end:
        return None
    horizon = _HORIZON_BEFORE.search(folded, max(start, at - 8), at) is not None
    if not horizon and (period.kind != "years" or folded.endswith("trong ", start, at)):
        return None
    sentence = _sentence_start(folded, start, at)
    cited = _CITED_NUMBER.search(folded, sentence, at)
    if cited is None or _OWN_PLAN.search(folded, cited.end(), at) is not None:
        return None
    if _OWN_CUE.search(folded, cited.end(), at) or _REVIEWS_CITED.search(
        folded, sentence, cited.start()
    ):
        return None  # "Kế hoạch số 85-KH/HU về kết quả ... giai đoạn", "tổng kết 5 năm thực hiện"
    return cited.start(), period.span[1]


# Words of the document's own after a cited one: what it reports on or plans.
_OWN_CUE = regex_cache.compile(
    r"(?<![a-z])(?:ket\s+qua|tinh\s+hinh|phuong\s+huong|nhiem\s+vu|tong\s+ket|so\s+ket)(?![a-z])"
)
# A review of the years a cited document has been carried out: its span is reviewed.
_REVIEWS_CITED = regex_cache.compile(r"(?<![a-z])(?:tong|so)\s+ket(?![a-z])")


_MIDTERM = regex_cache.compile(r"(?<![a-z])giua\s+nhiem\s+ky(?![a-z])")

# The report's own plan, after the document it cites: "và phương hướng, nhiệm vụ".
_OWN_PLAN = regex_cache.compile(
    r"(?<![a-z])va\s+(?:phuong\s+huong|nhiem\s+vu|muc\s+tieu|giai\s+phap|ke\s+hoach)(?![a-z])"
)


# A title reviewing the years a cited document has been carried out: "sơ kết 3 năm thực
# hiện Nghị quyết số 06-NQ/TW ngày 24/01/2022", "tổng kết 10 năm thi hành Chỉ thị ...".
_CARRIED_OUT = regex_cache.compile(
    r"(?<![a-z])(?:so|tong)\s+ket\s+(?P<n>\d{1,2})\s+nam\s+(?:thuc\s+hien|thi\s+hanh|trien\s+khai)"
)
# The cited document's date: "ngày 24/01/2022", "24-01-2022", "ngày 24 tháng 01 năm 2022".
_CITED_YEAR = regex_cache.compile(
    r"\d{1,2}\s*(?:[/.-]\s*(?P<m>\d{1,2})\s*[/.-]|\s+thang\s+(?P<n>\d{1,2})\s+nam)\s*"
    r"(?P<y>(?:19|20)\d\d)"
)


def _years_carried_out(doc: Doc) -> tuple[str, str] | None:
    """The whole years a title's ``sơ kết N năm thực hiện`` reviews: N years from the year
    of the document it cites, or the next when it was issued in the second half (``... 3 năm
    thực hiện Nghị quyết số 06-NQ/TW ngày 24/01/2022`` → 2022-01-01..2024-12-31)."""
    title = doc.layout.title
    if title is None:
        return None
    review = _CARRIED_OUT.search(doc.folded, *title)
    if review is None:
        return None
    cited = _CITED_YEAR.search(doc.folded, review.end(), title[1])
    if cited is None:
        return None
    first = int(cited.group("y")) + (int(cited.group("m") or cited.group("n")) > 6)
    last = first + int(review.group("n")) - 1
    return (f"{first}-01-01", f"{last}-12-31") if last >= first else None


# A report's opening that bounds what it reports by two days: "báo cáo kết quả thực hiện từ
# ngày 25/10/2021 đến ngày 31/10/2024 như sau", "(phạm vi tổng kết từ ngày 22/11/2014 ...)".
_REPORTED_FROM = regex_cache.compile(
    r"(?<![a-z])(?:ket\s+qua|tinh\s+hinh|tong\s+ket|so\s+ket)(?:\s+[a-z]+){0,4}?\s+"
    r"(?=tu\s+(?:ngay\s+)?\d)"
)


def _reported_days(doc: Doc) -> tuple[str, str] | None:
    """The days a report's opening says its results run over (any days: the sơ kết of a
    resolution counts from the day it was issued)."""
    start, end = _opening_paragraph(doc)
    cue = _REPORTED_FROM.search(doc.folded, start, end)
    if cue is None or _ACTIVITY.search(doc.folded, cue.start(), cue.end()):
        return None  # "kết quả kiểm tra từ ngày 10/3 đến ngày 15/3": the inspection's days
    return day_range(doc.folded, cue.end())


_ACTIVITY = regex_cache.compile(r"(?<![a-z])(?:kiem\s+tra|giam\s+sat|khao\s+sat|lam\s+viec)")


_ISSUED_FOR = regex_cache.compile(
    r"(?<![a-z])(?:ban\s+hanh|xay\s+dung)\s+(?:ke\s+hoach|chuong\s+trinh(?:\s+hanh\s+dong)?"
    r"|de\s+an)(?P<for>[^.;:\n]{0,160}?)\s*nhu\s+sau"
)


# "N tháng" written bare (no đầu/cuối, no year): in a title, the months before those planned.
_BARE_MONTHS = regex_cache.compile(
    r"(?<![\d/.])(?P<n>\d{1,2})\s+thang(?![a-z])(?!\s+(?:dau|cuoi|truoc|sau|nam)(?![a-z]))"
)


def _months_before_plan(
    folded: str, title: tuple[int, int], planned: Period
) -> tuple[str, str] | None:
    """``tình hình thực hiện nhiệm vụ 9 tháng, triển khai nhiệm vụ 3 tháng cuối năm 2024``:
    the bare 9 tháng are the months of that year before the 3 planned: 2024-01..2024-09."""
    if not title[0] <= planned.span[0] < title[1]:
        return None  # the plan's months are the title's
    start = date.fromisoformat(planned.start)
    if start.day != 1 or start.month == 1 or planned.end != f"{start.year}-12-31":
        return None
    for m in _BARE_MONTHS.finditer(folded, title[0], planned.span[0]):
        if int(m.group("n")) == start.month - 1:
            return f"{start.year}-01-01", (start - timedelta(days=1)).isoformat()
    return None


_DIGIT = regex_cache.compile(r"\d")


def _kind_cue(doc_type: str | None) -> tuple[str | None, bool]:
    """What an uncued title period is for this kind, and whether it overrides cues."""
    data = table("periods")
    forced = data["kind_cues"].get(doc_type or "")
    if forced:
        return forced, True
    return data["kind_fallbacks"].get(doc_type or ""), False


def _opening_paragraph(doc: Doc) -> tuple[int, int]:
    """The paragraph that opens the body before its first section (``Ngày 18/4/2023, Ban Chấp
    hành ... đánh giá tình hình quý I ...``); none when a section opens the body, whose
    results (``vượt 2% so với chỉ tiêu``) say nothing of the document's own periods."""
    start, end = _opening(doc)
    sections = doc.layout.sections
    if sections:
        end = min(end, max(start, sections[0].span[0]))
    cut = doc.text.find("\n\n", start, end)
    if cut < 0:
        cut = doc.text.find("\n", start, end)
    return start, cut if cut > 0 else end
