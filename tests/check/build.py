"""Build what the checks read from a snippet: its Doc and a Record with its relations."""

from __future__ import annotations

from tests.factories import doc
from vankien import check
from vankien.document import Doc
from vankien.extract import relations
from vankien.folding import fold
from vankien.layout import Layout
from vankien.models import Issue, Meta, Record


def record_of(text: str, meta: Meta | None = None, **items) -> tuple[Record, object]:
    """The record the checks see for ``text``: its relations, ``meta`` and any other ``items``."""
    document = doc(text, with_meta=False)
    record = Record(meta=meta or Meta(), relations=relations.extract(document), **items)
    return record, document


def issues_of(text: str, meta: Meta | None = None, **items) -> list[Issue]:
    """Every issue the checks raise on ``text``."""
    record, document = record_of(text, meta, **items)
    return check.run(record, document)


def quick_issues_of(text: str) -> list[Issue]:
    """The issues of a one-sentence ``text`` with an empty layout (no layout analysis: fast)."""
    document = Doc(text=text, folded=fold(text), layout=Layout(body=(0, len(text))))
    record = Record(relations=relations.extract(document))
    return check.run(record, document)
