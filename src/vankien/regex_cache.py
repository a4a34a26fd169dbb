"""Regular expressions compiled once per machine, not once per process.

vankien's rules are some 800 patterns; parsing and compiling them costs a fresh process
more than reading a document does. The compiled program of each pattern (what ``re``
hands to its matching engine) is kept in a cache file beside Python's own caches, keyed
by the Python version and the engine's version, and used again by the next process:
``compile(r"(\\d+)-NQ/TU")`` returns the same pattern object ``re.compile`` would.

Anything unexpected — no cache directory, a file from another Python, a damaged file, an
engine that changed — means the pattern is compiled the usual way.
"""

from __future__ import annotations

import atexit
import functools
import re
from array import array
from collections.abc import Callable
from pathlib import Path

from vankien import user_cache

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python implementation: no program to keep
    _sre = None

# A cache file holds at most this many patterns: vankien's own, not every query a user types.
MAX_PATTERNS = 5000
# Past this size, a saved file keeps only the patterns its process used (old versions go).
MAX_BYTES = 1_000_000

Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

_STEM = f"patterns-{_sre.MAGIC}-{_sre.CODESIZE}" if _sre is not None else "patterns"
_programs: dict[tuple[str, int], Program] | None = None
_used: set[tuple[str, int]] = set()
_added = False
# The pattern objects made in this process, so that compiling again costs a look-up (as with re).
_made: dict[tuple[str, int], re.Pattern[str]] = {}


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re's own name
    """``re.compile(pattern, flags)``, from the cache file when this machine compiled it before."""
    if _sre is None or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    made = _made.get(key)
    if made is None:
        made = _made[key] = _compiled(key)
    return made


def _compiled(key: tuple[str, int]) -> re.Pattern[str]:
    """The pattern of ``key``, built from its kept program or compiled (and kept)."""
    pattern, flags = key
    programs = _load()
    program = programs.get(key)
    _used.add(key)
    if program is not None:
        try:
            return _build(pattern, program)
        except Exception:  # a program this engine does not take: compile it again
            programs.pop(key, None)
    try:
        program = _program(pattern, flags)
        compiled = _build(pattern, program)
    except Exception:
        return re.compile(pattern, flags)
    if len(programs) < MAX_PATTERNS:
        global _added
        programs[key] = program
        _added = True
    return compiled


def cache_file() -> Path:
    """The file the programs are kept in (see :mod:`vankien.user_cache`)."""
    return user_cache.path(_STEM)


def _program(pattern: str, flags: int) -> Program:
    """What ``re`` compiles ``pattern`` into, in a form ``marshal`` can keep."""
    parsed = _parser.parse(pattern, flags)
    code = array("I", _compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _build(pattern: str, program: Program) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = program
    words = array("I")
    words.frombytes(code)
    return _sre.compile(pattern, flags, words.tolist(), groups, groupindex, indexgroup)


def _load() -> dict[tuple[str, int], Program]:
    global _programs
    if _programs is None:
        loaded = user_cache.read(_STEM)
        _programs = loaded if isinstance(loaded, dict) else {}
        atexit.register(save)
    return _programs


def _kept(programs: dict[tuple[str, int], Program]) -> dict[tuple[str, int], Program]:
    """The programs worth saving: all of them, or past :data:`MAX_BYTES` the ones used here."""
    if sum(len(program[1]) for program in programs.values()) <= MAX_BYTES:
        return programs
    return {key: program for key, program in programs.items() if key in _used}


def save() -> None:
    """Write the programs compiled in this process to the cache file (never fails)."""
    global _added
    if _added and _programs is not None:
        _added = False
        user_cache.write(_STEM, _kept(_programs))


# --- pattern texts built from the data files ------------------------------------------------


_TEXTS_STEM = "pattern-texts"
# Past this many texts, a saved file keeps only those its process used: a builder called with
# words in an order that changes between processes cannot grow the file without end.
MAX_TEXTS = 1000
_texts: dict[tuple, str] | None = None
_texts_used: set[tuple] = set()
_texts_added = False


def remembered(build: Callable[..., str]) -> Callable[..., str]:
    """``build`` (a function making a pattern's text from words of the data files), with its
    results kept in the user cache: the next process looks the text up instead of folding
    and sorting hundreds of phrases again. Iterable arguments are read into tuples first
    (sets sorted).

    The key holds the arguments and a stamp of the package's source files, so an edited rule
    or data file never meets a text built by the old one:
    ``alternation(("tăng", "tăng thêm"))`` → ``"tang(?:\\s+them|)"`` from the file next time."""
    name = f"{build.__module__}.{build.__qualname__}"

    @functools.wraps(build)
    def wrapper(*args: object, **options: object) -> str:
        args = tuple(map(_kept_form, args))
        texts = _load_texts()
        key = (name, args, tuple(sorted(options.items())))
        found = texts.get(key)
        if found is None:
            found = build(*args, **options)
            if isinstance(found, str):
                global _texts_added
                texts[key] = found
                _texts_added = True
        _texts_used.add(key)
        return found

    return wrapper


def _kept_form(arg: object) -> object:
    """An argument as a key can hold it: a set in sorted order (the same in every process),
    any other collection as a tuple."""
    if isinstance(arg, str | int | None):
        return arg
    if isinstance(arg, set | frozenset):
        return tuple(sorted(arg))
    return tuple(arg)  # type: ignore[call-overload]


def _load_texts() -> dict[tuple, str]:
    global _texts
    if _texts is None:
        loaded = user_cache.read_built(_TEXTS_STEM)
        _texts = loaded if isinstance(loaded, dict) else {}
        atexit.register(save_texts)
    return _texts


def save_texts() -> None:
    """Write the pattern texts built in this process to the cache file (never fails)."""
    global _texts_added
    if _texts_added and _texts is not None:
        _texts_added = False
        kept = _texts
        if len(kept) > MAX_TEXTS:
            kept = {key: text for key, text in kept.items() if key in _texts_used}
        user_cache.write_built(_TEXTS_STEM, kept)
