"""Which build of the extractors runs: their modules compiled by mypyc, or their source.

``python3 dev.py setup`` compiles ``vankien.extract`` and ``vankien.layout`` where a C
compiler is found and writes :data:`MANIFEST`: each compiled module with the size and
modification time of its source. A compiled module is imported before its ``.py`` file, so
when any source has changed since (an edit, a checkout) every module of the manifest is
read from its source instead: compiled modules call each other directly, and one left
compiled would run its old rules. ``VANKIEN_PURE_PYTHON=1`` reads the sources as well.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

MANIFEST = Path(__file__).with_name("compiled.json")
PURE_ENV = "VANKIEN_PURE_PYTHON"


class _Sources(importlib.abc.MetaPathFinder):
    """Finds the listed modules in their ``.py`` files, never in a compiled file."""

    def __init__(self, sources: dict[str, Path]) -> None:
        self.sources = sources

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        source = self.sources.get(name)
        if source is None:
            return None
        loader = importlib.machinery.SourceFileLoader(name, str(source))
        folders = [str(source.parent)] if source.name == "__init__.py" else None
        return importlib.util.spec_from_file_location(
            name, source, loader=loader, submodule_search_locations=folders
        )


def modules() -> dict[str, tuple[int, int]]:
    """The compiled modules with the size and modification time (ns) of their sources when
    they were compiled; none when there is no compiled build."""
    try:
        listed = json.loads(MANIFEST.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {name: (size, mtime) for name, (size, mtime) in listed.items()}


def _source(name: str) -> Path:
    parts = name.split(".")[1:]
    folder = Path(__file__).parent.joinpath(*parts)
    return folder / "__init__.py" if folder.is_dir() else folder.with_suffix(".py")


def current(listed: dict[str, tuple[int, int]]) -> bool:
    """Whether every listed source is as it was compiled."""
    for name, (size, mtime) in listed.items():
        try:
            stat = _source(name).stat()
        except OSError:
            return False
        if (stat.st_size, stat.st_mtime_ns) != (size, mtime):
            return False
    return True


def build() -> str:
    """``compiled`` when the compiled modules run, ``source`` otherwise."""
    from vankien.extract import figures

    return "source" if figures.__file__.endswith(".py") else "compiled"


def use_sources_unless_current() -> None:
    """Read the compiled modules from their sources when the build is stale or not wanted
    (before any of them is imported)."""
    listed = modules()
    if not listed:
        return
    if os.environ.get(PURE_ENV) or not current(listed):
        sys.meta_path.insert(0, _Sources({name: _source(name) for name in listed}))
