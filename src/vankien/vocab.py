"""Vocabularies and rules are data files of the package, read once and cached.

Each ``data/<name>.toml`` is owned by the stage that uses it; ``table("units")``
returns its parsed content. Entries carry ``examples`` (and ``counter_examples``)
that ``tests/test_vocab_data.py`` checks against the patterns built from them.
"""

from __future__ import annotations

import atexit
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from . import user_cache
from .errors import DataError


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


# The package's data folder (installed as files beside the modules, as the wheel lays it out).
DATA = Path(__file__).parent / "data"


@cache
def table(name: str) -> Any:
    """The parsed, read-only content of ``data/<name>.toml``."""
    try:
        return _freeze(_parsed(name))
    except (OSError, ValueError) as exc:  # unreadable, not UTF-8, not TOML (TOMLDecodeError)
        raise DataError("V300", f"data/{name}.toml", detail=str(exc)) from exc


_PARSED = "data"


@cache
def _kept() -> dict[str, Any]:
    """The data files an earlier run of the same package files parsed, by name."""
    kept = user_cache.read_built(_PARSED)
    return kept if isinstance(kept, dict) else {}


def _parsed(name: str) -> Any:
    """``data/<name>.toml`` parsed, taken from the user cache when no file has changed."""
    kept = _kept()
    if name not in kept:
        import tomllib  # only when a file changed: its import compiles patterns

        kept[name] = tomllib.loads((DATA / f"{name}.toml").read_text(encoding="utf-8"))
        global _saving
        if not _saving:  # the first file parsed in this run: save them all at exit
            atexit.register(user_cache.write_built, _PARSED, kept)
            _saving = True
    return kept[name]


_saving = False


def names() -> list[str]:
    """Every data file of the package, by name (``["cues", "units", ...]``)."""
    return sorted(p.name[:-5] for p in DATA.iterdir() if p.name.endswith(".toml"))
