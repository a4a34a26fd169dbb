"""The command line: a thin layer over the library.

The modules that define commands do without ``from __future__ import annotations``: typer
reads the signature of every command at each start, and an annotation kept as a string
costs an ``eval`` there (~20 ms a run). Names imported only for type checkers are quoted.
"""

from .app import build, main

__all__ = ["build", "main"]
