#!/usr/bin/env python3
"""Set up `.venv/` when it is missing or stale, then run a project task.

    python3 dev.py demo   # the main job on the bundled examples
    python3 dev.py test   # the whole test suite (and the linter)
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
LOCK = ROOT / "requirements.lock"
STAMP = VENV / ".vankien-lock"
SRC = ROOT / "src"
# The stages every document runs through, compiled by mypyc where a C compiler is found
# (about 1.4 times faster); the sources run everywhere else. See src/vankien/compiled.py.
COMPILED = ("vankien/extract", "vankien/layout")
COMPILE_LOCK = ROOT / "requirements-compile.lock"
MANIFEST = SRC / "vankien" / "compiled.json"
COMPILE_FAILED = VENV / ".vankien-compile-failed"


def _lock_digest() -> str:
    digest = hashlib.sha256(LOCK.read_bytes())
    digest.update((ROOT / "pyproject.toml").read_bytes())
    return digest.hexdigest()


def ensure_environment() -> None:
    """Create `.venv/` and install the locked dependencies unless they are already there."""
    if STAMP.exists() and STAMP.read_text() == _lock_digest() and (BIN / "vankien").exists():
        _compile_bytecode()
        ensure_compiled()
        return
    print("Đang cài đặt môi trường .venv/ (lần đầu) ...", file=sys.stderr)
    if not (BIN / "python").exists():
        venv.create(VENV, with_pip=True)
    pip = [str(BIN / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "--require-hashes", "-r", str(LOCK)], check=True)
    subprocess.run([*pip, "--no-deps", "-e", str(ROOT)], check=True)
    STAMP.write_text(_lock_digest())
    _compile_bytecode()
    ensure_compiled()


def _compiled_sources() -> dict[str, list[int]]:
    """Each module to compile, with the size and modification time (ns) of its source."""
    listed = {}
    for folder in COMPILED:
        for path in sorted((SRC / folder).rglob("*.py")):
            parts = path.relative_to(SRC).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            stat = path.stat()
            listed[name] = [stat.st_size, stat.st_mtime_ns]
    return listed


def _can_compile() -> bool:
    """A C compiler and the Python headers, which mypyc needs."""
    compiler = shutil.which(os.environ.get("CC", "cc")) or shutil.which("gcc")
    return compiler is not None and Path(sysconfig.get_paths()["include"], "Python.h").exists()


def _remove_compiled() -> None:
    MANIFEST.unlink(missing_ok=True)
    for built in [*SRC.glob("*__mypyc*"), *(SRC / "vankien").rglob("*.so")]:
        built.unlink()


def ensure_compiled() -> None:
    """Compile the stages with mypyc unless they are compiled from the sources as they are,
    no C compiler is found, VANKIEN_PURE_PYTHON is set, or this very build failed before.
    A failed build leaves the sources to run."""
    if os.environ.get("VANKIEN_PURE_PYTHON"):
        return
    listed = _compiled_sources()
    digest = hashlib.sha256(json.dumps(listed).encode()).hexdigest()
    if MANIFEST.exists() and json.loads(MANIFEST.read_text()) == listed:
        return
    if not _can_compile() or (COMPILE_FAILED.exists() and COMPILE_FAILED.read_text() == digest):
        _remove_compiled()
        return
    print("Đang biên dịch các bước trích xuất bằng mypyc (khoảng 2–3 phút) ...", file=sys.stderr)
    _remove_compiled()
    pip = [str(BIN / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    steps = (
        [*pip, "--require-hashes", "-r", str(COMPILE_LOCK)],
        [str(BIN / "python"), "-m", "mypyc", *COMPILED],
    )
    for step in steps:
        done = subprocess.run(step, cwd=SRC, capture_output=True, text=True)
        if done.returncode != 0:
            print(done.stdout[-2000:], done.stderr[-2000:], sep="\n", file=sys.stderr)
            print("Không biên dịch được: vankien chạy bằng mã nguồn Python.", file=sys.stderr)
            _remove_compiled()
            COMPILE_FAILED.write_text(digest)
            return
    shutil.rmtree(SRC / "build", ignore_errors=True)
    shutil.rmtree(SRC / ".mypy_cache", ignore_errors=True)
    MANIFEST.write_text(json.dumps(listed))


def _compile_bytecode() -> None:
    """Byte-compile the package's changed modules, as installing a wheel does: a command then
    starts without compiling them again (even where PYTHONDONTWRITEBYTECODE is set)."""
    subprocess.run([str(BIN / "python"), "-m", "compileall", "-q", str(ROOT / "src")], check=False)


DEMO = (
    ("extract", "examples", "--format", "table"),
    ("ingest", "examples", "--db", "vankien.db"),
    ("search", "thu ngân sách", "--db", "vankien.db", "--limit", "3"),
    ("targets", "--db", "vankien.db", "--period", "2023"),
)


def demo() -> int:
    """One row per bundled example, then ingest them into the embedded store, search it and
    track targets."""
    for args in DEMO:
        print(f"\n$ .venv/bin/vankien {' '.join(args)}", flush=True)
        code = subprocess.run([str(BIN / "vankien"), *args], cwd=ROOT).returncode
        if code:
            return code
    return 0


def test(extra: list[str]) -> int:
    """ruff; mypy over the compiled stages where mypyc is installed (what it cannot type, it
    cannot compile); pytest."""
    lint = subprocess.run([str(BIN / "ruff"), "check", str(ROOT / "src"), str(ROOT / "tests"),
                           str(ROOT / "bench"), str(ROOT / "dev.py")]).returncode
    if (BIN / "mypy").exists():
        typed = [str(BIN / "mypy"), "--follow-imports=silent", *(str(SRC / c) for c in COMPILED)]
        lint = subprocess.run(typed, cwd=ROOT).returncode or lint
    tests = subprocess.run([str(BIN / "python"), "-m", "pytest", *extra], cwd=ROOT).returncode
    return tests or lint


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("demo", "test", "setup"):
        print(__doc__, file=sys.stderr)
        return 2
    ensure_environment()
    if argv[0] == "demo":
        return demo()
    if argv[0] == "test":
        return test(argv[1:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
