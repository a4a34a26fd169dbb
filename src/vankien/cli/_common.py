"""What several commands share: exit codes, output formats, batches of files, progress."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from vankien.models import Record

EXIT_OK, EXIT_ISSUES, EXIT_INPUT = 0, 1, 2

# Options several commands share, defined once.
Paths = Annotated[list[Path], typer.Argument(help="Tệp hoặc thư mục văn bản.", show_default=False)]
Output = Annotated[
    Path | None, typer.Option("--output", "-o", help="Ghi kết quả vào tệp thay vì màn hình.")
]
PROGRESS_FROM = 10


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


def err(message: str) -> None:
    """Print one line for the user on stderr."""
    print(message, file=sys.stderr, flush=True)


def expand(paths: list[Path]) -> Iterator[Path | Exception]:
    """Files to read, in order: a directory gives its supported files (recursively).

    A missing path or a directory without documents yields an error in its place.
    """
    from vankien.errors import InputError
    from vankien.load import supported

    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and supported(p))
            if not files:
                yield InputError("V107", path)
            yield from files
        elif path.exists():
            yield path
        else:
            yield InputError("V100", path)


def library_imported() -> None:
    """Turn garbage collection back on once the library is imported (``main`` turns it off
    for the start-up), leaving the objects made so far out of every later collection."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def read_all(paths: list[Path]) -> Iterator[tuple[Path | None, Record | None, Exception | None]]:
    """Each input's record or the error that stopped it, in order; never raises for one bad
    file. The files between two unreadable inputs go to the pipeline as one batch."""
    library_imported()
    files: list[Path] = []
    for item in expand(paths):
        if isinstance(item, Exception):
            yield from _records(files)
            files = []
            yield None, None, item
        else:
            files.append(item)
    yield from _records(files)


def _records(files: list[Path]) -> Iterator[tuple[Path, Record | None, Exception | None]]:
    """The pipeline's batch over ``files``; a bug is one line for the user, not a traceback."""
    from vankien.errors import VankienError
    from vankien.pipeline import read_many

    for path, record, error in read_many(files):
        if error is not None and not isinstance(error, VankienError):
            reason = " ".join(str(error).split())  # one line, whatever the bug wrote
            error = RuntimeError(f"[V199] Lỗi không mong đợi khi đọc tệp {path}: {reason}")
        yield path, record, error


class _NoProgress:
    """What a batch too short for a bar, or not on a terminal, reports to: nothing."""

    def __enter__(self) -> _NoProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def add_task(self, description: str, total: int | None = None) -> int:
        return 0

    def advance(self, task: int, advance: float = 1) -> None:
        return None


def progress(total: int):
    """A rich progress bar on stderr for a batch of ``total`` files, when it is a terminal."""
    if total < PROGRESS_FROM or not sys.stderr.isatty():
        return _NoProgress()
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    console = Console(stderr=True)
    enabled = console.is_terminal and total >= PROGRESS_FROM
    return Progress(
        TextColumn("[bold]Đang đọc"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        disable=not enabled,
        transient=True,
    )


def dumps(value: object) -> str:
    """``value`` as indented JSON with Vietnamese letters as they are (json is imported here,
    not at start: most commands print no JSON of their own)."""
    import json

    return json.dumps(value, ensure_ascii=False, indent=2)
