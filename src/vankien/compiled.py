"""Which build of the extraction stages runs: their modules compiled by mypyc, or their source.

``python3 dev.py`` compiles ``vankien.extract`` and ``vankien.layout`` where a C compiler is
found, into ``vankien-compiled/`` inside the environment (``.venv/``), never beside the
sources, with :data:`MANIFEST_NAME`: the folder of the sources compiled, and each module
with its compiled file and the size and modification time of its source. The compiled
modules are imported only while every one of those sources is as it was compiled: after an
edit or a checkout they all come from the sources again (compiled modules call each other
directly, so one left compiled would run its old rules). ``VANKIEN_PURE_PYTHON=1`` asks for
the sources. A checkout of a version from before this module never sees the compiled files.
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

PURE_ENV = "VANKIEN_PURE_PYTHON"
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]  # ".cpython-311-x86_64-linux-gnu.so"
STAGES = ("vankien.extract", "vankien.layout")
MANIFEST_NAME = "manifest.json"
PACKAGE = Path(__file__).resolve().parent


def folder() -> Path:
    """Where the compiled modules of the running environment are."""
    return Path(sys.prefix) / "vankien-compiled"


class _Compiled(importlib.abc.MetaPathFinder):
    """Finds the listed modules in their compiled files; a package keeps its source folder
    for what it holds."""

    def __init__(self, files: dict[str, Path]) -> None:
        self.files = files

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        file = self.files.get(name)
        if file is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(name, str(file))
        source = _source(name)
        folders = [str(source.parent)] if source.name == "__init__.py" else None
        return importlib.util.spec_from_file_location(
            name, file, loader=loader, submodule_search_locations=folders
        )


class _Sources(importlib.abc.MetaPathFinder):
    """Finds the stages' modules in their ``.py`` files, never in a compiled file that may
    lie beside them (left by a build of an older version)."""

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if not name.startswith(STAGES) or name.partition(".")[0] != "vankien":
            return None
        source = _source(name)
        if not source.exists():
            return None
        folders = [str(source.parent)] if source.name == "__init__.py" else None
        loader = importlib.machinery.SourceFileLoader(name, str(source))
        return importlib.util.spec_from_file_location(
            name, source, loader=loader, submodule_search_locations=folders
        )


def manifest(where: Path | None = None) -> dict:
    """The manifest of the compiled build (empty when there is none or it cannot be read)."""
    try:
        found = json.loads(((where or folder()) / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _source(name: str) -> Path:
    """The source of module ``name`` of this package."""
    at = PACKAGE.joinpath(*name.split(".")[1:])
    return at / "__init__.py" if at.is_dir() else at.with_suffix(".py")


def current(listed: dict) -> bool:
    """Whether a manifest was made from these sources, each as it was compiled, for this
    interpreter (its files carry this Python's extension suffix)."""
    try:
        if listed.get("sources") != str(PACKAGE) or not listed.get("modules"):
            return False
        if not all(str(f).endswith(SUFFIX) for f in listed.get("files", {}).values()):
            return False  # built by another Python: its files would not load
        for name, (size, mtime) in listed["modules"].items():
            stat = _source(name).stat()
            if (stat.st_size, stat.st_mtime_ns) != (size, mtime):
                return False
    except (OSError, TypeError, ValueError, AttributeError):
        return False  # a source gone, or a manifest of another shape
    return True


def use_compiled_if_current(where: Path | None = None) -> bool:
    """Import the compiled modules from now on when their build is current and wanted,
    else the sources (before any of them is imported); whether the compiled ones will be."""
    compiled = _compiled_files(where or folder())
    sys.meta_path.insert(0, _Compiled(compiled) if compiled else _Sources())
    return bool(compiled)


def _compiled_files(base: Path) -> dict[str, Path]:
    """The compiled file of each module of a current, wanted build in ``base``; none else."""
    if os.environ.get(PURE_ENV):
        return {}
    listed = manifest(base)
    if not current(listed):
        return {}
    files = {name: base / relative for name, relative in listed.get("files", {}).items()}
    return files if files and all(file.exists() for file in files.values()) else {}


def build() -> str:
    """``compiled`` when the compiled modules run, ``source`` otherwise."""
    from vankien.extract import figures

    return "source" if figures.__file__.endswith(".py") else "compiled"
