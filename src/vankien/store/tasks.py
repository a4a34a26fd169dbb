"""Deadlines: the assignments of current documents, their responsible body and due date.

An assignment is overdue when its due date (ISO, resolved by the extractor: ``cuối năm
2023`` → ``2023-12-31``) is before the day of reference (today, or ``--as-of``).
"""

from __future__ import annotations

from dataclasses import dataclass

from vankien.folding import key
from vankien.store.rows import AssignmentRow, DocRow


@dataclass(frozen=True)
class Task:
    """An assignment with its document; ``overdue`` is ``None`` when it has no due date."""

    assignment: AssignmentRow
    doc: DocRow
    overdue: bool | None


def tasks(
    rows: list[tuple[AssignmentRow, DocRow]],
    *,
    as_of: str,
    overdue: bool = False,
    responsible: str | None = None,
) -> list[Task]:
    """The tasks, soonest due first (undated last); ``overdue`` keeps only those past due
    on ``as_of``; ``responsible`` keeps those whose body contains it (folded:
    ``ban thuong vu`` finds ``Ban Thường vụ Huyện ủy``)."""
    wanted = key(responsible) if responsible else None
    out = []
    for assignment, doc in rows:
        late = assignment.due < as_of if assignment.due else None
        if overdue and not late:
            continue
        if wanted and wanted not in key(assignment.responsible):
            continue
        out.append(Task(assignment, doc, late))
    out.sort(key=lambda t: (t.assignment.due is None, t.assignment.due or "", t.doc.doc_id))
    return out
