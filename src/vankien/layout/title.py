"""The kind line and the title block: ``NGHỊ QUYẾT`` / ``HỘI NGHỊ LẦN THỨ 13`` /
``BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA XXI`` / the trích yếu (``về tình hình ...``).

The kind line is a line in capitals that is a kind name of ``data/doc_kinds.toml``,
alone or with ``CỦA ...`` (``NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ``); OCR noise folds away
(``KÉT LUẬN`` → ``ket luan``). Lines in capitals naming a body, a conference or a term
belong to the block but not to the trích yếu, which runs to the first blank line or
to a line that opens the body (``Căn cứ``, ``Ngày 18/4/2023, ...``, ``I- ...``).
"""

from __future__ import annotations

import re
from functools import cache

from vankien import regex_cache
from vankien.folding import key
from vankien.layout import bodies
from vankien.layout.lines import Line, Lines, is_upper
from vankien.vocab import table

Span = tuple[int, int]

# The kind line stands among the first lines of a document.
KIND_LINES = 40
KIND_CHARS = 6000
# A trích yếu is a few lines long.
TITLE_LINES = 8
# A longer line, or one after a line that closes a sentence, is prose: the body has begun.
MAX_TITLE_LINE = 300


@cache
def kind_names() -> dict[str, str]:
    """Folded kind name → symbol (``"nghi quyet"`` → ``"NQ"``), from ``data/doc_kinds.toml``."""
    names: dict[str, str] = {}
    for kind in table("doc_kinds")["kinds"]:
        for name in kind["names"]:
            names[key(name)] = kind["symbol"]
    return names


def _names_regex() -> str:
    keys = sorted(kind_names(), key=len, reverse=True)
    return "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    data = table("layout")
    return {
        "kind": regex_cache.compile(rf"(?P<kind>{_names_regex()})(?:[\s:]+(?P<tail>[a-z].*))?"),
        "kind_prefix": regex_cache.compile(rf"(?:{_names_regex()})"),
        "stop": regex_cache.compile(data["title_stop"]["regex"]),
        "conference": regex_cache.compile(data["conference"]["regex"]),
        "term": regex_cache.compile(data["term"]["regex"]),
        "subject": regex_cache.compile(data["subject_line"]["regex"]),
    }


def subject_pattern() -> re.Pattern[str]:
    """``V/v`` opening a công văn's subject line."""
    return _patterns()["subject"]


def kind_prefix() -> re.Pattern[str]:
    """A kind name alone, for ``Nghị quyết số: 86/2019/QH14`` header lines."""
    return _patterns()["kind_prefix"]


def find_kind(text: str, folded: str, lines: Lines) -> tuple[int, Span] | None:
    """The index and core span of the kind line (``NGHỊ QUYẾT``), or ``None``."""
    pattern = _patterns()["kind"]
    stop = _patterns()["stop"]
    for line in lines.between(0, KIND_LINES):
        if line.start > KIND_CHARS:
            break
        if line.blank:
            continue
        if not is_upper(text[line.cs : line.ce]):
            if stop.match(folded, line.cs, line.ce) and text[line.cs : line.ce].strip("-*_ "):
                break
            continue
        if pattern.fullmatch(folded, line.cs, line.ce):
            return line.index, line.core
    return None


# Where the body named in a title-block line ends: "(KHÓA XXI)", ", NHIỆM KỲ", "MỞ RỘNG", "VỀ ...".
_BODY_END = regex_cache.compile(r"\(|,|\bkhoa\b|\bnhiem ky\b|\blan thu\b|\bmo rong\b|\bve\s")
_JOINED = regex_cache.compile(r",\s*")
# A trích yếu run into the line that names the body: "... TỈNH ỦY VỀ CÔNG TÁC CÁN BỘ".
_ABOUT = regex_cache.compile(r"(?<![a-z])ve\s+")
# "KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY": a capitals line that names its body after "của".
_OF_BODY = regex_cache.compile(r"(?<![a-z])cua\s+")


class TitleBlock:
    """Spans found in the title block (``kind`` = the ``NGHỊ QUYẾT`` line); ``last`` the
    index of its last line."""

    __slots__ = ("block", "conference", "enactor", "issuer", "kind", "last", "term", "title")

    def __init__(self) -> None:
        self.kind: Span | None = None
        self.issuer: Span | None = None
        self.conference: Span | None = None
        self.term: Span | None = None
        self.title: Span | None = None
        self.block: Span | None = None
        self.enactor: Span | None = None
        self.last = -1


def _body_part(folded: str, start: int, end: int) -> Span | None:
    """The body named in a title-block line, without ``CỦA``, khóa and nhiệm kỳ; bodies that
    issue together run on over a comma (``CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ``)."""
    match = bodies.pattern().search(folded, start, end)
    if match is None:
        return None
    stop = end
    at = match.end()
    while True:
        cut = _BODY_END.search(folded, at, end)
        if cut is None:
            break
        stop = cut.start()
        joined = _JOINED.match(folded, cut.start(), end) if cut.group() == "," else None
        other = bodies.pattern().match(folded, joined.end(), end) if joined else None
        if other is None:
            break
        at, stop = other.end(), end
    while stop > match.start() and folded[stop - 1] in " -":
        stop -= 1
    return match.start(), stop


def find(text: str, folded: str, lines: Lines, kind: int | None, skip: set[int]) -> TitleBlock:
    """The title block after the kind line ``lines[kind]``; ``skip``: header lines to pass over."""
    block = TitleBlock()
    if kind is None:
        return block
    patterns = _patterns()
    kind_line = lines[kind]
    match = patterns["kind"].fullmatch(folded, kind_line.cs, kind_line.ce)
    block.kind = match.span("kind") if match else kind_line.core
    title: list[Line] = []
    tail = match.start("tail") if match and match.group("tail") else None
    if tail is not None:
        rest = Line(kind_line.index, kind_line.start, kind_line.end, tail, kind_line.ce)
        if not _block_line(folded, rest, block):
            title.append(rest)
    last = kind
    congress: list[Line] = []  # "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ ... LẦN THỨ XV," and its term line
    for line in lines.between(kind + 1, kind + 1 + 3 * TITLE_LINES):
        if line.blank:
            if title or congress:
                break  # a congress line stands alone: its resolution's subject
            continue
        if line.index in skip:
            last = line.index
            continue
        core = text[line.cs : line.ce]
        upper = is_upper(core)
        if (
            not title
            and (upper or _owner_line(folded, line) or _meeting_line(folded, line))
            and _block_line(folded, line, block)
        ):
            last = line.index
            if folded.startswith("dai hoi ", line.cs) or (
                congress and folded.startswith("nhiem ky ", line.cs)
            ):
                congress.append(line)
            issuer = block.issuer
            about = _ABOUT.search(folded, issuer[1], line.ce) if issuer else None
            if issuer and about is not None and issuer[0] >= line.cs:
                title.append(Line(line.index, line.start, line.end, about.start(), line.ce))
            continue
        if patterns["stop"].match(folded, line.cs, line.ce) and not _lower_opening(
            text, line, title
        ):
            break
        if title and upper and bodies.pattern().fullmatch(folded, line.cs, line.ce):
            break
        if title and (text[title[-1].ce - 1] in ".:" or line.ce - line.cs > MAX_TITLE_LINE):
            break
        if not title and (_sentences(core) or _prose(core)):
            break  # "Đảng bộ xã ... vừa tổ chức Đại hội .... Dự Đại hội có ...": the body
        if title and _submitted(folded, line, block):
            last = line.index
            break
        title.append(line)
        last = line.index
        if len(title) >= TITLE_LINES:
            break
    if not title and congress:
        title = congress  # a congress resolution's subject is its congress line
    if title:
        block.title = (title[0].cs, title[-1].ce)
        block.enactor = _enactor(text, folded, lines, title[-1].index + 1)
    block.last = last
    block.block = (kind_line.cs, lines[last].ce)
    return block


# What may follow the body on a lower-case owner line: its term, then the trích yếu or nothing.
_OWNER_REST = regex_cache.compile(r"[\s*_]*(?:\(?\s*khoa\s+[ivxlc]+\s*\)?[\s*_,]*)?(?:ve\s|$)")


_SENTENCE_JOINT = regex_cache.compile(r"[.!?]\s+(\w)")


def _sentences(core: str) -> bool:
    """Whether a line holds two sentences and ends as one does: body text, no trích yếu."""
    if not core.rstrip("*_ ").endswith((".", "!", "?")):
        return False
    return any(m.group(1).isupper() for m in _SENTENCE_JOINT.finditer(core))


_DONE = regex_cache.compile(r"(?<![^\W\d_])đã(?![^\W\d_])")


def _prose(core: str) -> bool:
    """Whether a line is a sentence of the body, not a trích yếu: ending as a sentence does,
    it is longer than any trích yếu (:data:`MAX_TITLE_LINE`) or tells what was done (``6
    tháng đầu năm, toàn tỉnh đã thi hành kỷ luật 62 đảng viên ...``)."""
    if not core.rstrip("*_ ").endswith((".", "!", "?")):
        return False
    return len(core) > MAX_TITLE_LINE or _DONE.search(core) is not None


def _owner_line(folded: str, line: Line) -> bool:
    """Whether a line in lower case names the document's body as the ``CỦA ...`` line does,
    the trích yếu following on it: ``của Ban Thường vụ Thành ủy về công tác quý I/2025``,
    ``của Bộ Chính trị, Ban Bí thư về ...`` (bodies that issue together)."""
    if not folded.startswith("cua ", line.cs):
        return False
    body = bodies.pattern().match(folded, line.cs + 4, line.ce)
    if body is None:
        return False
    end = body.end()
    while (joined := _JOINED.match(folded, end, line.ce)) and (
        other := bodies.pattern().match(folded, joined.end(), line.ce)
    ):
        end = other.end()
    return _OWNER_REST.match(folded, end, line.ce) is not None


# A conference or congress line written in lower case, up to its body: "Hội nghị lần thứ 19",
# "Đại hội đại biểu"; after the body, its term, ordinal, "(mở rộng)" or nhiệm kỳ, then the
# trích yếu ("về ...") or the line's end.
_MEETING_HEAD = regex_cache.compile(
    r"(?:hoi\s+nghi|dai\s+hoi)(?:\s+(?:dai\s+bieu|lan\s+thu\s+[a-z0-9]+|\(?\s*mo\s+rong\s*\)?))*\s+"
)
_MEETING_TAIL = regex_cache.compile(
    r"(?:[\s,]*\(?\s*(?:khoa\s+[ivxlc]+|lan\s+thu\s+[a-z0-9]+|mo\s+rong"
    r"|nhiem\s+ky\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)\s*\)?)*[\s,*_]*(?:ve\s|$)"
)


def _meeting_line(folded: str, line: Line) -> bool:
    """Whether a line in lower case names the conference or congress the document comes
    from, as its capitals line does: ``Hội nghị lần thứ 19 Ban Chấp hành Đảng bộ huyện Hướng
    Hóa khóa XVII``, ``Đại hội đại biểu Đảng bộ xã Vĩnh Lộc lần thứ I, nhiệm kỳ 2025 - 2030``;
    not a sentence of the body (``Hội nghị Ban Chấp hành ... họp ngày 21/12/2022; ...``)."""
    head = _MEETING_HEAD.match(folded, line.cs, line.ce)
    if head is None:
        return False
    body = bodies.pattern().match(folded, head.end(), line.ce)
    if body is None:
        return False
    part = _body_part(folded, body.start(), line.ce)
    return part is not None and _MEETING_TAIL.match(folded, part[1], line.ce) is not None


def _lower_opening(text: str, line: Line, title: list[Line]) -> bool:
    """Whether ``line`` opens the trích yếu in lower case, as it is written, though its first
    words could open a body sentence, which starts with a capital: ``thực hiện Kết luận số
    21-KL/TW ...`` after ``KẾ HOẠCH`` is the title; ``Thực hiện Kế hoạch số 196-KH/TU`` is not."""
    return not title and text[line.cs : line.cs + 1].islower()


_CONGRESS_ORDINAL = regex_cache.compile(r"(?<![a-z])lan thu\s+(?P<t>[ivxlc]+)(?![a-z])")


def _block_line(folded: str, line: Line, block: TitleBlock) -> bool:
    """A capitals line naming the conference, the issuing body or the term; notes its spans."""
    patterns = _patterns()
    if block.issuer is not None and folded.startswith("nhiem ky ", line.cs):
        return True  # "NHIỆM KỲ 2025 - 2030" below the congress or conference line
    found = False
    conference = patterns["conference"].search(folded, line.cs, line.ce)
    if conference:
        block.conference = conference.span("n")
        found = True
    term = patterns["term"].search(folded, line.cs, line.ce)
    if term:
        block.term = term.span("t")
        found = True
    elif folded.startswith("dai hoi ", line.cs):
        ordinal = _CONGRESS_ORDINAL.search(folded, line.cs, line.ce)
        if ordinal is not None:
            block.term = ordinal.span("t")  # "ĐẠI HỘI ... LẦN THỨ XV" elects the khóa XV
    start = line.cs + 4 if folded.startswith("cua ", line.cs) else line.cs
    body = bodies.pattern().match(folded, start, line.ce)
    if body is None and (conference or folded.startswith(("hoi nghi ", "dai hoi "), start)):
        # "HỘI NGHỊ BAN CHẤP HÀNH ...", "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ PHƯỜNG ... LẦN THỨ I"
        body = bodies.pattern().search(folded, start, line.ce)
    if body is None:
        of = _OF_BODY.search(folded, start, line.ce)
        body = bodies.pattern().match(folded, of.end(), line.ce) if of else None
    if body is not None:
        if block.issuer is None:
            block.issuer = _body_part(folded, body.start(), line.ce)
        found = True
    return found


# A line in brackets under the trích yếu naming the Party meeting the document goes to: "(Trình
# Hội nghị lần thứ 3 Ban Chấp hành Đảng bộ xã khóa I)", "(Tài liệu trình Đại hội ...)"; not a
# council's session ("(Trình Kỳ họp thứ 20, Hội đồng nhân dân tỉnh khóa X)").
_SUBMITTED = regex_cache.compile(
    r"[*_]*\(\s*(?:tai\s+lieu\s+)?trinh\s+(?:tai\s+)?(?:hoi\s+nghi|dai\s+hoi)(?![a-z])[^()\n]*\)[*_]*"
)


def _submitted(folded: str, line: Line, block: TitleBlock) -> bool:
    """Whether ``line`` is the note of the meeting the document is submitted to, no part of
    the trích yếu; its conference and term are the block's when the block names none."""
    if _SUBMITTED.fullmatch(folded, line.cs, line.ce) is None:
        return False
    patterns = _patterns()
    conference = patterns["conference"].search(folded, line.cs, line.ce)
    if conference and block.conference is None:
        block.conference = conference.span("n")
    term = patterns["term"].search(folded, line.cs, line.ce)
    if term and block.term is None:
        block.term = term.span("t")
    return True


def _enactor(text: str, folded: str, lines: Lines, start: int) -> Span | None:
    """A body in capitals standing alone right after the title (``THỦ TƯỚNG CHÍNH PHỦ``)."""
    for line in lines.between(start, start + 6):
        core = text[line.cs : line.ce]
        if line.blank or core.strip("-* ") == "":
            continue
        if is_upper(core) and bodies.pattern().fullmatch(folded, line.cs, line.ce):
            return line.core
        return None
    return None
