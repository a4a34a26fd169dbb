"""layout: where the parts of a document are — header, title, numbered sections,
recipients and signature — as spans of the canonical text.

Later stages read a :class:`Layout`, never re-find these parts themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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


def analyse(text: str, folded: str) -> Layout:
    """Find the parts of the document ``text`` (``folded`` is its folded key)."""
    return Layout(body=(0, len(text)))
