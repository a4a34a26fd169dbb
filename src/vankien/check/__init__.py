"""check: rules over the extracted items (never over the text), filling ``issues``.

One rule family per module, each with ``CODES`` and ``check(record, doc) -> list[Issue]``:
``arithmetic`` (percent, total, change), ``units``, ``verdicts``, ``dates``, ``format``.
Issues come out in text order, one per code and span.
"""

from __future__ import annotations

from vankien.check import arithmetic, dates, format, units, verdicts
from vankien.document import Doc
from vankien.models import Issue, Record

CHECKS: tuple = (arithmetic, units, verdicts, dates, format)
CODES: tuple[str, ...] = tuple(code for module in CHECKS for code in module.CODES)


def ruleset_version(record: Record) -> str:
    """The version of the format ruleset that applies to ``record`` (``"v2017"``, ``"v2026"``)."""
    return format.rules_of(record)["version"]


def run(record: Record, doc: Doc) -> list[Issue]:
    """Every issue the checks raise on ``record``."""
    issues: list[Issue] = []
    seen: set[tuple[str, tuple[int, int]]] = set()
    for check in CHECKS:
        for found in check.check(record, doc):
            if (found.code, found.span) not in seen:
                seen.add((found.code, found.span))
                issues.append(found)
    return sorted(issues, key=lambda i: (i.span[0], i.span[1], i.code))
