"""layout: where the parts of a document are — header, title, numbered sections,
recipients and signature — as spans of the canonical text.

Later stages read a :class:`Layout`, never re-find these parts themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from types import ModuleType

from vankien.models import Section

Span = tuple[int, int]


@dataclass(frozen=True)
class Layout:
    """The parts of one document. Spans index the canonical text; ``None`` when absent.

    - ``issuer``: the issuing committee as written in the header or title block
      (``HUYỆN ỦY TÂY SƠN``, ``CỦA THỊ ỦY (KHÓA XXI)`` → the ``THỊ ỦY`` part).
    - ``party_line``: ``ĐẢNG CỘNG SẢN VIỆT NAM``.
    - ``number``: the document's own number-symbol without ``Số`` (``04-NQ/TU``).
    - ``place_date``: the whole place-date line; ``place`` and ``date`` its two parts.
    - ``kind``: the kind line (``NGHỊ QUYẾT``); ``title``: the trích yếu.
    - ``title_block``: from the kind line to the end of the trích yếu.
    - ``body``: the prose, after the title block and before ``Nơi nhận``/signature.
    - ``sections``: the numbered structure of the body.
    - ``recipients``: the ``Nơi nhận`` block; ``recipient_items`` one span per entry.
    - ``signature``: the signature block; ``authority`` (``T/M HUYỆN ỦY``),
      ``position`` (``BÍ THƯ``), ``signer`` (the name).

    Added: ``superior`` (the body above the issuer in the header, ``ĐẢNG BỘ TỈNH ...``),
    ``header_issuer`` and ``title_issuer`` (where ``issuer`` was chosen from),
    ``conference`` (the number in ``HỘI NGHỊ LẦN THỨ 13``), ``term`` (``XXI`` in the
    title block), ``enactor`` (``THỦ TƯỚNG CHÍNH PHỦ`` standing after the title),
    ``number_prefix`` (``Số:`` or ``Nghị quyết số:`` before the number),
    ``subject`` (a công văn's ``V/v ...`` line), ``header`` (the header lines).
    """

    issuer: Span | None = None
    party_line: Span | None = None
    number: Span | None = None
    place_date: Span | None = None
    place: Span | None = None
    date: Span | None = None
    kind: Span | None = None
    title: Span | None = None
    title_block: Span | None = None
    body: Span = (0, 0)
    sections: list[Section] = field(default_factory=list)
    recipients: Span | None = None
    recipient_items: list[Span] = field(default_factory=list)
    signature: Span | None = None
    authority: Span | None = None
    position: Span | None = None
    signer: Span | None = None
    superior: Span | None = None
    header_issuer: Span | None = None
    title_issuer: Span | None = None
    conference: Span | None = None
    term: Span | None = None
    enactor: Span | None = None
    number_prefix: Span | None = None
    subject: Span | None = None
    header: Span | None = None


def analyse(text: str, folded: str) -> Layout:
    """Find the parts of the document ``text`` (``folded`` is its folded key).

    The header and title block open the document, ``Nơi nhận`` and the signature close
    it; the body is what lies between, and its numbered lines are the sections.
    """
    header, lines, recipients, sections, signature, title = _parts()
    rows = lines.split(text)
    kind = title.find_kind(text, folded, rows)
    kind_index = kind[0] if kind else None
    head = header.find(text, folded, rows, kind_index, title.kind_prefix())
    block = title.find(text, folded, rows, kind_index, head.lines)
    if block.title is None and head.subject is not None:
        subject = lines.Line(-1, *head.subject, *head.subject)
        match = title.subject_pattern().match(folded, subject.cs, subject.ce)
        block.title = (match.end() if match else subject.cs, subject.ce)
    opened = max(head.last, block.last)
    first = opened + 1
    while first < len(rows) and (rows[first].blank or _separator(text, rows[first])):
        first += 1
    body_start = rows[first].start if first < len(rows) else len(text)
    sent = recipients.find(text, folded, rows, first)
    signed = signature.find(text, folded, rows, first)
    body_end = len(text)
    for part in (sent.block, signed.block):
        if part is not None and body_start <= part[0] < body_end:
            body_end = rows[rows.index_at(part[0])].start
    body_end = _trim_end(text, body_start, body_end)
    header_lines = sorted(head.lines)
    return Layout(
        issuer=block.issuer or head.issuer,
        party_line=head.party_line,
        number=head.number,
        place_date=head.place_date,
        place=head.place,
        date=head.date,
        kind=block.kind,
        title=block.title,
        title_block=block.block,
        body=(body_start, body_end),
        sections=sections.find(text, (body_start, body_end)),
        recipients=sent.block,
        recipient_items=sent.items,
        signature=signed.block,
        authority=signed.authority,
        position=signed.position,
        signer=signed.signer,
        superior=head.superior,
        header_issuer=head.issuer,
        title_issuer=block.issuer,
        conference=block.conference,
        term=block.term,
        enactor=block.enactor,
        number_prefix=head.number_prefix,
        subject=head.subject,
        header=(rows[header_lines[0]].cs, rows[header_lines[-1]].ce) if header_lines else None,
    )


@cache
def _parts() -> tuple[ModuleType, ...]:
    """The modules that find each part, imported at the first analysis (not with ``Layout``)."""
    from vankien.layout import header, lines, recipients, sections, signature, title

    return header, lines, recipients, sections, signature, title


def _separator(text: str, row) -> bool:
    """A line of dashes or stars only (``-----``, ``---``, ``*``)."""
    return text[row.start : row.end].strip(" -*_\t") == ""


def _trim_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing blanks and separator lines."""
    while end > start:
        while end > start and text[end - 1].isspace():
            end -= 1
        line_start = text.rfind("\n", start, end) + 1
        if line_start > start and text[line_start:end].strip(" -*_\t") == "":
            end = line_start
            continue
        return end
    return end
