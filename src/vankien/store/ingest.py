"""Ingest: files → records → rows, extraction across processes, writes in batches.

Files whose bytes are already stored are skipped before extraction (idempotent by
sha256). Each batch is one transaction, so a run killed at any moment leaves every
batch either stored whole or not at all, and the next run stores what is missing.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from vankien.store.db import Store
from vankien.store.rows import Payload

ADDED, VERSION, RESTORED, UNCHANGED, DUPLICATE, FAILED = (
    "added",
    "version",
    "restored",
    "unchanged",
    "duplicate",
    "failed",
)
BATCH_DOCS = 200
BATCH_SECONDS = 2.0

Progress = Callable[[str, str], None]


@dataclass
class IngestReport:
    """What one run did: counts by outcome, the files that failed (path, reason)."""

    counts: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def files_of(paths: Iterable[str | Path]) -> Iterator[tuple[str, str | None]]:
    """``(absolute path, None)`` per file to read (a directory gives its supported files);
    ``(path, reason)`` for an input that cannot be read."""
    from vankien.errors import InputError
    from vankien.load import supported

    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and supported(p))
            if not found:
                yield str(path), str(InputError("V107", path))
            for p in found:
                yield str(p.resolve()), None
        elif path.exists():
            yield str(path.resolve()), None
        else:
            yield str(path), str(InputError("V100", path))


def extract(path: str) -> Payload | tuple[str, str]:
    """The rows of the file at ``path``, or ``(path, reason)`` when it cannot be read."""
    from vankien.errors import VankienError
    from vankien.load import load
    from vankien.pipeline import record_of
    from vankien.store.rows import payload

    try:
        loaded = load(path)
        return payload(record_of(loaded), loaded.text, path)
    except VankienError as exc:
        return path, str(exc)
    except Exception as exc:  # noqa: BLE001 — one bad file must not end the batch
        return path, f"[V199] Lỗi không mong đợi khi đọc tệp {path}: {exc}"


def _sha256(path: str) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


CRASHED = "[V199] Lỗi không mong đợi khi đọc tệp {path}: tiến trình đọc bị dừng đột ngột."
IN_FLIGHT = 8  # files submitted ahead per process: enough to keep them busy, memory bounded


def _watch(parent: int) -> None:
    """In a worker: end when the ingesting process is gone (killed, even by SIGKILL)."""

    def watch() -> None:
        while True:
            time.sleep(1.0)
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def _executor(jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        jobs, mp_context=_context(), initializer=_watch, initargs=(os.getpid(),)
    )


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _alone(paths: list[str], fn: Callable[[str], Payload | tuple[str, str]]):
    """Each file alone in one process: the one that kills the process is reported."""
    executor: ProcessPoolExecutor | None = None
    try:
        for path in paths:
            executor = executor or _executor(1)
            try:
                yield executor.submit(fn, path).result()
            except BrokenProcessPool:
                executor.shutdown(wait=False)
                executor = None
                yield path, CRASHED.format(path=path)
    finally:
        if executor is not None:
            executor.shutdown(wait=False)


def _submit(executor: ProcessPoolExecutor, fn: Callable, path: str) -> Future | None:
    """The future of ``fn(path)``, or None when the pool broke before it was taken."""
    try:
        return executor.submit(fn, path)
    except BrokenProcessPool:
        return None


def _result(future: Future | None):
    if future is None:
        raise BrokenProcessPool("the pool broke before this file was taken")
    return future.result()


def parallel(
    paths: list[str], jobs: int, fn: Callable[[str], Payload | tuple[str, str]] = extract
) -> Iterator[Payload | tuple[str, str]]:
    """``fn`` of each path across ``jobs`` processes, in order, a bounded number ahead.

    A file that kills its process (a crash in a reader, the memory killer) is reported as
    failed, and the files read beside it are read again: the batch goes on.
    """
    executor = _executor(jobs)
    pending: deque[tuple[str, Future]] = deque()
    queue = iter(paths)
    try:
        while True:
            while len(pending) < jobs * IN_FLIGHT and (path := next(queue, None)) is not None:
                pending.append((path, _submit(executor, fn, path)))
            if not pending:
                return
            path, future = pending.popleft()
            try:
                yield _result(future)
            except BrokenProcessPool:
                executor.shutdown(wait=False, cancel_futures=True)
                yield from _alone([path, *(p for p, _ in pending)], fn)
                pending.clear()
                executor = _executor(jobs)
    finally:
        executor.shutdown(wait=False, cancel_futures=True)


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    *,
    jobs: int = 1,
    on_progress: Progress | None = None,
    on_total: Callable[[int], None] | None = None,
    batch_docs: int = BATCH_DOCS,
) -> IngestReport:
    """Store the records of ``paths``; bad files are reported, never stored, never fatal."""
    started = time.perf_counter()
    report = IngestReport()

    def done(path: str, outcome: str) -> None:
        report.counts[outcome.split(":", 1)[0]] += 1
        if outcome.startswith(DUPLICATE):
            report.duplicates.append((path, outcome.split(":", 1)[1]))
        if on_progress:
            on_progress(path, outcome)

    files: list[str] = []
    for path, reason in files_of(paths):
        if reason is None:
            files.append(path)
        else:
            report.failures.append((path, reason))
    files = list(dict.fromkeys(files))
    if on_total:
        on_total(len(files) + len(report.failures))
    for path, _ in report.failures:
        report.counts[FAILED] += 1
        if on_progress:
            on_progress(path, FAILED)

    todo: list[str] = []
    restore: list[Payload] = []
    hashes = {path: _sha256(path) for path in files}
    known = store.known(h for h in hashes.values() if h)
    for path in files:
        sha = hashes[path]
        stored = known.get(sha or "")
        if stored is None:
            todo.append(path)
        elif stored[0] != path:
            done(path, f"{DUPLICATE}:{stored[0]}")
        elif stored[1]:
            done(path, UNCHANGED)
        else:
            restore.append(Payload(path, sha or "", {}, b"", "", ""))
    if restore:
        for path, outcome in store.write_batch(restore):
            done(path, outcome)

    batch: list[Payload] = []
    flushed = time.monotonic()

    def flush() -> None:
        nonlocal batch, flushed
        if batch:
            for path, outcome in store.write_batch(batch):
                done(path, outcome)
        batch, flushed = [], time.monotonic()

    def results() -> Iterator[Payload | tuple[str, str]]:
        if jobs <= 1 or len(todo) < 2:
            yield from map(extract, todo)
            return
        yield from parallel(todo, min(jobs, len(todo)))

    for result in results():
        if isinstance(result, tuple):
            report.failures.append(result)
            done(result[0], FAILED)
            continue
        batch.append(result)
        if len(batch) >= batch_docs or time.monotonic() - flushed > BATCH_SECONDS:
            flush()
    flush()
    report.seconds = time.perf_counter() - started
    return report
