"""Corpus commands (issue 7: ingest, search, show, refs, graph, targets, tasks, export)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
