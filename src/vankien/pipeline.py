"""The pipeline: load → layout → extract → check → record. Nothing else lives here.

Documents go through it one at a time (:func:`run`, :func:`read`) or in chunks
(:func:`read_many`): there each stage runs over every document of a chunk before the next
stage starts, so a stage's patterns, vocabularies and code stay in the processor's caches
while it works (a batch of the corpus runs about 12 % faster than one file after another).
"""

from __future__ import annotations

import gc
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

from . import check, layout
from .document import Doc
from .extract import EXTRACTORS, meta
from .folding import fold
from .load import Loaded, canonical, load
from .models import Record, Source, trusted

# A chunk closes at this many documents or this many characters, whichever comes first:
# enough for the caches to pay, little enough to keep memory low with large files.
CHUNK_DOCS = 32
CHUNK_CHARS = 1_000_000


class _Job:
    """One document on its way through the stages, or the error that stopped it."""

    __slots__ = ("text", "folded", "source", "doc", "items", "record", "error")

    def __init__(self, text: str, source: Source, folded: str | None = None) -> None:
        self.text: str | None = text
        self.folded = folded
        self.source = source
        self.doc: Doc | None = None
        self.items: dict[str, object] | None = {}
        self.record: Record | None = None
        self.error: Exception | None = None


def run(
    text: str,
    source: Source | None = None,
    extractors: tuple = EXTRACTORS,
    *,
    folded: str | None = None,
) -> Record:
    """The record of the canonical ``text``: each extractor in order, then the checks.

    ``folded`` is ``fold(text)`` when the caller has it already (a :class:`Loaded` file).
    """
    job = _Job(text, source or Source(chars=len(text)), folded)
    _run_stages([job], extractors)
    if job.error is not None:
        raise job.error
    return job.record  # type: ignore[return-value]


def _run_stages(jobs: list[_Job], extractors: tuple = EXTRACTORS, batch: bool = False) -> None:
    """Each stage over every job before the next; a job that fails leaves the others going.
    What the stages made on the way (the layout, the items) goes with them: a job keeps
    its record or its error."""
    with _no_cycle_collection(batch):
        _each(jobs, _lay_out)
        for extractor in extractors:
            _each(jobs, _extract, extractor)
        _each(jobs, _make_record)
        for job in jobs:
            job.text = job.folded = job.doc = job.items = None


@contextmanager
def _no_cycle_collection(batch: bool = False) -> Iterator[None]:
    """The stages make no reference cycles (what they make is freed as soon as it is
    dropped), so the cycle collector only walks their objects in vain: it waits until they
    are done (5 % of a batch), then is back on if it was. The switch is the process's:
    another thread runs without the collector meanwhile, and one that turns it off during
    a batch finds it on again afterwards.

    In a ``batch`` (:func:`read_many`), what the stages leave (the records, ~250 objects a
    document) would then be walked at once by the collection the first allocation starts
    (2 % of a batch, one walk of objects spread over memory); they go to the oldest
    generation instead, as they would after two collections (``gc.freeze`` then
    ``gc.unfreeze``), unless the process keeps objects frozen of its own, which are left
    as they are. So that no garbage of the caller's goes with them, the young generations
    are collected as the batch's chunk begins (few objects: what the caller made since the
    last chunk). A document read alone (:func:`run`) leaves the collector to do its walk."""
    enabled = gc.isenabled()
    if batch and enabled:
        gc.collect(1)
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if batch and gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def _each(jobs: list[_Job], step: Callable[..., None], *args: object) -> None:
    """``step(job, *args)`` for each job still going; an exception stops only its job."""
    for job in jobs:
        if job.error is None:
            try:
                step(job, *args)
            except Exception as exc:  # noqa: BLE001 — kept for the caller of this job
                job.error = exc


def _lay_out(job: _Job) -> None:
    """The layout stage: header, title, sections, recipients, signature."""
    if job.folded is None:
        job.folded = fold(job.text)
    job.doc = Doc(text=job.text, folded=job.folded, layout=layout.analyse(job.text, job.folded))


def _extract(job: _Job, extractor: ModuleType) -> None:
    """One extractor's stage; meta's result is the document's for the extractors after it."""
    result = extractor.extract(job.doc)
    if extractor is meta:
        job.doc.meta = result
    job.items[extractor.KIND] = result


def _make_record(job: _Job) -> None:
    """The record of the job's items, with the issues the checks raise on them."""
    items, doc = job.items, job.doc
    record = trusted(
        Record,
        {
            "source": job.source,
            "meta": items.get("meta") or doc.meta or meta.extract(doc),
            "sections": doc.layout.sections,
            "references": items.get("references", []),
            "figures": items.get("figures", []),
            "assignments": items.get("assignments", []),
            "relations": items.get("relations", []),
        },
    )
    record.issues = check.run(record, doc)
    record.ruleset_version = check.ruleset_version(record)
    job.record = record


def source_of(loaded: Loaded) -> Source:
    """``record.source`` of a loaded file."""
    return trusted(
        Source,
        {
            "path": loaded.path,
            "sha256": loaded.sha256,
            "format": loaded.format,
            "encoding": loaded.encoding,
            "chars": len(loaded.text),
            "pages": loaded.pages,
            "ocr": loaded.confidence,
        },
    )


def record_of(loaded: Loaded) -> Record:
    """The record of a loaded file."""
    return run(loaded.text, source_of(loaded), folded=loaded.folded)


def read(path: str | Path) -> Record:
    """The record of the document at ``path``; :class:`vankien.errors.InputError` if unreadable."""
    return record_of(load(path))


def read_many(
    paths: Iterable[str | Path] | str | Path,
) -> Iterator[tuple[Path, Record | None, Exception | None]]:
    """Each file's record, or the error that stopped it, in the order given; never raises
    for one file. ``read_many(["a.txt", "b.pdf"])`` → ``(Path("a.txt"), Record, None), …``.

    The files are read in chunks (:data:`CHUNK_DOCS` files, at most :data:`CHUNK_CHARS`
    characters unless one file alone has more), each stage over a whole chunk at a time.
    An error keeps its traceback without the frames' variables, so holding it keeps no
    other document in memory.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    chunk: list[tuple[Path, _Job]] = []
    chars = 0
    for given in paths:
        path = Path(given)
        job = _loaded_job(path)
        if chunk and chars + len(job.text) > CHUNK_CHARS:
            yield from _finished(chunk)
            chunk, chars = [], 0
        chunk.append((path, job))
        chars += len(job.text)
        if len(chunk) >= CHUNK_DOCS:
            yield from _finished(chunk)
            chunk, chars = [], 0
    if chunk:
        yield from _finished(chunk)


def _loaded_job(path: Path) -> _Job:
    """The job of the file at ``path``, or one that holds the error that stopped its loading."""
    try:
        loaded = load(path)
        return _Job(loaded.text, source_of(loaded), loaded.folded)
    except Exception as exc:  # noqa: BLE001 — reported in its place, the others go on
        job = _Job("", Source())
        job.error = exc.with_traceback(exc.__traceback__.tb_next)  # not this frame
        return job


def _finished(
    chunk: list[tuple[Path, _Job]],
) -> Iterator[tuple[Path, Record | None, Exception | None]]:
    """The chunk through the stages, then each file's outcome in order."""
    _run_stages([job for _, job in chunk], batch=True)
    for _, job in chunk:
        if job.error is not None and job.error.__traceback__ is not None:
            traceback.clear_frames(job.error.__traceback__)
    while chunk:
        path, job = chunk.pop(0)
        yield path, job.record, job.error


def read_text(text: str) -> Record:
    """The record of a document given as a string (made canonical first: NFC, ``\\n``)."""
    body = canonical(text)
    return run(body, Source(format="txt", encoding=None, chars=len(body)))
