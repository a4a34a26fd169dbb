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
# (about 1.25 times faster over a batch) into the environment, never beside the sources;
# the sources run everywhere else. See src/vankien/compiled.py.
COMPILED = ("vankien/extract", "vankien/layout")
COMPILE_LOCK = ROOT / "requirements-compile.lock"
COMPILED_DIR = VENV / "vankien-compiled"
BUILD_DIR = VENV / "vankien-build"
MANIFEST = COMPILED_DIR / "manifest.json"
COMPILE_FAILED = VENV / ".vankien-compile-failed"
PURE = "VANKIEN_PURE_PYTHON"


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
    shutil.rmtree(COMPILED_DIR, ignore_errors=True)
    shutil.rmtree(BUILD_DIR, ignore_errors=True)
    # what builds of earlier versions left beside the sources
    (SRC / "vankien" / "compiled.json").unlink(missing_ok=True)
    for built in [*SRC.glob("*__mypyc*"), *(SRC / "vankien").rglob("*.so")]:
        built.unlink()
    shutil.rmtree(SRC / "build", ignore_errors=True)


def _compiled_files(build: Path) -> dict[str, str]:
    """Each module compiled in ``build`` (mypyc run there), with its file relative to it:
    the package's modules, and the library they share."""
    files = {}
    for file in [*(build / "vankien").rglob("*.so"), *build.glob("*__mypyc*.so")]:
        relative = file.relative_to(build)
        stem = relative.name.split(".")[0]
        parts = [*relative.parts[:-1], *([] if stem == "__init__" else [stem])]
        files[".".join(parts)] = relative.as_posix()
    return files


def _built_from(listed: dict[str, list[int]]) -> bool:
    """Whether the compiled build is of these sources, as they are, for the environment's
    Python (the runtime asks the same: src/vankien/compiled.py)."""
    try:
        manifest = json.loads(MANIFEST.read_text())
        suffix = subprocess.run(
            [str(BIN / "python"), "-c", "import importlib.machinery as m; print(m.EXTENSION_SUFFIXES[0])"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()
        return (
            manifest["modules"] == listed
            and manifest["sources"] == str((SRC / "vankien").resolve())
            and all(f.endswith(suffix) and (COMPILED_DIR / f).exists()
                    for f in manifest["files"].values())
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError, subprocess.CalledProcessError):
        return False


def ensure_compiled() -> bool:
    """Compile the stages with mypyc unless they are compiled from the sources as they are,
    no C compiler is found, VANKIEN_PURE_PYTHON is set, or this very build failed before;
    whether a current compiled build is there. A failed build leaves the sources to run."""
    if os.environ.get(PURE):
        return False
    listed = _compiled_sources()
    digest = hashlib.sha256(json.dumps(listed).encode()).hexdigest()
    if _built_from(listed):
        return True
    if not _can_compile() or (COMPILE_FAILED.exists() and COMPILE_FAILED.read_text() == digest):
        _remove_compiled()
        return False
    print("Đang biên dịch các bước trích xuất bằng mypyc (khoảng 2–3 phút) ...", file=sys.stderr)
    _remove_compiled()
    shutil.copytree(SRC / "vankien", BUILD_DIR / "vankien",
                    ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    pip = [str(BIN / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    steps = (
        [*pip, "--require-hashes", "-r", str(COMPILE_LOCK)],
        [str(BIN / "python"), "-m", "mypyc", *COMPILED],
    )
    for step in steps:
        done = subprocess.run(step, cwd=BUILD_DIR, capture_output=True, text=True)
        if done.returncode != 0:
            print(done.stdout[-2000:], done.stderr[-2000:], sep="\n", file=sys.stderr)
            print("Không biên dịch được: vankien chạy bằng mã nguồn Python.", file=sys.stderr)
            _remove_compiled()
            COMPILE_FAILED.write_text(digest)
            return False
    staged = VENV / "vankien-compiled.new"
    shutil.rmtree(staged, ignore_errors=True)
    files = _compiled_files(BUILD_DIR)
    for relative in files.values():
        (staged / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(BUILD_DIR / relative, staged / relative)
    manifest = {"sources": str((SRC / "vankien").resolve()), "modules": listed, "files": files}
    (staged / "manifest.json").write_text(json.dumps(manifest, indent=1))
    shutil.rmtree(BUILD_DIR, ignore_errors=True)
    staged.rename(COMPILED_DIR)
    return True


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
    required = os.environ.get("VANKIEN_REQUIRE_COMPILED") and not os.environ.get(PURE)
    if required and not ensure_compiled():  # CI with a compiler tests the compiled build
        print("Không có bản biên dịch (VANKIEN_REQUIRE_COMPILED).", file=sys.stderr)
        return 1
    if argv[0] == "demo":
        return demo()
    if argv[0] == "test":
        return test(argv[1:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
