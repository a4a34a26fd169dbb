#!/usr/bin/env python3
"""Set up `.venv/` when it is missing or stale, then run a project task.

    python3 dev.py demo   # the main job on the bundled examples
    python3 dev.py test   # the whole test suite (and the linter)
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
LOCK = ROOT / "requirements.lock"
STAMP = VENV / ".vankien-lock"


def _lock_digest() -> str:
    digest = hashlib.sha256(LOCK.read_bytes())
    digest.update((ROOT / "pyproject.toml").read_bytes())
    return digest.hexdigest()


def ensure_environment() -> None:
    """Create `.venv/` and install the locked dependencies unless they are already there."""
    if STAMP.exists() and STAMP.read_text() == _lock_digest() and (BIN / "vankien").exists():
        _compile_bytecode()
        return
    print("Đang cài đặt môi trường .venv/ (lần đầu) ...", file=sys.stderr)
    if not (BIN / "python").exists():
        venv.create(VENV, with_pip=True)
    pip = [str(BIN / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "--require-hashes", "-r", str(LOCK)], check=True)
    subprocess.run([*pip, "--no-deps", "-e", str(ROOT)], check=True)
    STAMP.write_text(_lock_digest())
    _compile_bytecode()


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
    lint = subprocess.run([str(BIN / "ruff"), "check", str(ROOT / "src"), str(ROOT / "tests"),
                           str(ROOT / "bench"), str(ROOT / "dev.py")]).returncode
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
