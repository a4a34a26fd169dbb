"""check: rules over the extracted items (never over the text), filling ``issues``."""

from __future__ import annotations

from vankien.document import Doc
from vankien.models import Issue, Record

CHECKS: tuple = ()


def run(record: Record, doc: Doc) -> list[Issue]:
    """Every issue the checks raise on ``record``."""
    issues: list[Issue] = []
    for check in CHECKS:
        issues.extend(check.check(record, doc))
    return issues
