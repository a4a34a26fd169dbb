"""Files kept between runs in the user's cache directory: what is slow to rebuild at start.

``$VANKIEN_CACHE_DIR``, else ``$XDG_CACHE_HOME/vankien``, else ``~/.cache/vankien``. Each
file is one ``marshal`` value named for the Python that wrote it
(``patterns-cpython-3-11-7-….marshal``). Reading or writing never fails: a missing,
damaged or unwritable file only means the value is rebuilt.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import marshal
import os
import sys
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).parent


def path(stem: str) -> Path:
    """The cache file for ``stem`` (``"patterns-20220615-4"``), for this Python version."""
    folder = os.environ.get("VANKIEN_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "vankien"
    )
    version = "-".join(map(str, sys.version_info[:3]))
    return Path(folder) / f"{stem}-{sys.implementation.name}-{version}.marshal"


def read(stem: str) -> Any:
    """The value kept for ``stem``, or ``None``."""
    with contextlib.suppress(Exception), open(path(stem), "rb") as handle:
        return marshal.loads(handle.read())  # marshal.load(handle) reads a few bytes per call
    return None


def write(stem: str, value: Any) -> None:
    """Keep ``value`` for ``stem`` (written whole or not at all)."""
    with contextlib.suppress(Exception):
        target = path(stem)
        target.parent.mkdir(parents=True, exist_ok=True)
        import tempfile

        handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                marshal.dump(value, out)
            os.replace(temporary, target)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        prune(target.parent)


# A file no run has written for this long belongs to a checkout or a Python gone from the
# machine (or to one unchanged so long that building its values once more costs nothing).
STALE_DAYS = 90


def prune(folder: Path, now: float | None = None) -> None:
    """Remove the files of ``folder`` no run has written for :data:`STALE_DAYS` days, and
    half-written ones a day old: each checkout and Python leaves files of its own."""
    import time

    now = time.time() if now is None else now
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.endswith(".marshal"):
                days = STALE_DAYS
            elif entry.name.endswith(".tmp"):
                days = 1
            else:
                continue  # not the cache's
            with contextlib.suppress(OSError):
                if entry.is_file() and now - entry.stat().st_mtime > days * 86400:
                    os.unlink(entry.path)


def of_this_copy(stem: str) -> str:
    """``stem`` for files that hold what this installed copy of the package built: two
    checkouts on one machine would otherwise overwrite each other's file at every run."""
    where = hashlib.blake2b(str(PACKAGE).encode(), digest_size=6).hexdigest()
    return f"{stem}-{where}"


def read_built(stem: str) -> Any:
    """The value :func:`write_built` kept for ``stem`` when the same package files (this
    installed copy, unchanged since) built it, or ``None``."""
    kept = read(of_this_copy(stem))
    if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == package_stamp():
        return kept[1]
    return None


def write_built(stem: str, value: Any) -> None:
    """Keep ``value``, built by this installed copy of the package, with its stamp."""
    write(of_this_copy(stem), (package_stamp(), value))


@functools.cache
def package_stamp() -> tuple[tuple[str, int, int], ...]:
    """Size and time of change of every source and data file of the package, scanned once
    per process: a value kept with this stamp was built by the same code and data."""
    root = str(PACKAGE)
    found = []
    folders = [root]
    while folders:
        with os.scandir(folders.pop()) as entries:
            for entry in entries:
                if entry.name.endswith((".py", ".toml")):
                    info = entry.stat()
                    found.append((entry.path[len(root) :], info.st_size, info.st_mtime_ns))
                elif entry.is_dir() and entry.name != "__pycache__":
                    folders.append(entry.path)
    return tuple(sorted(found))
