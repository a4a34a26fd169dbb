"""The compiled build of the extraction stages: used only while current, same records."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.machinery import ExtensionFileLoader
from pathlib import Path

import pytest

from vankien import compiled

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
NAMES = ("vankien.extract.figures", "vankien.layout")


def _run(code: str, *args: str, **env: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        check=True,
    )
    return done.stdout


def _listed() -> dict:
    """A manifest of these sources as they are now."""
    modules = {}
    for name in NAMES:
        stat = compiled._source(name).stat()
        modules[name] = [stat.st_size, stat.st_mtime_ns]
    files = {name: name.replace(".", "/") + compiled.SUFFIX for name in NAMES}
    return {"sources": str(compiled.PACKAGE), "modules": modules, "files": files}


def test_no_manifest_is_no_compiled_build(tmp_path):
    assert compiled.manifest(tmp_path) == {}
    (tmp_path / compiled.MANIFEST_NAME).write_text("{not json", encoding="utf-8")
    assert compiled.manifest(tmp_path) == {}
    assert not compiled.current({})


def test_a_build_is_current_only_while_every_source_is_as_compiled():
    listed = _listed()
    assert compiled.current(listed)
    size, mtime = listed["modules"]["vankien.layout"]
    for changed in ([size + 1, mtime], [size, mtime + 1]):
        stale = {**listed, "modules": {**listed["modules"], "vankien.layout": changed}}
        assert not compiled.current(stale)
    assert not compiled.current(
        {**listed, "modules": {**listed["modules"], "vankien.gone": [1, 1]}}
    )
    assert not compiled.current({**listed, "sources": "/elsewhere/vankien"})
    # built by another Python: its files would not load
    other = {
        name: f.replace(compiled.SUFFIX, ".cpython-310-x86_64-linux-gnu.so")
        for name, f in listed["files"].items()
    }
    assert not compiled.current({**listed, "files": other})
    # a manifest of another shape is no build, and no crash
    assert not compiled.current({**listed, "modules": [1, 2]})
    assert not compiled.current({**listed, "modules": {"vankien.layout": "x"}})


def test_a_stale_or_unwanted_build_leaves_the_sources(tmp_path, monkeypatch):
    listed = _listed()
    for relative in listed["files"].values():
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_bytes(b"")
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    before = list(sys.meta_path)
    size, mtime = listed["modules"]["vankien.layout"]
    stale = {**listed, "modules": {**listed["modules"], "vankien.layout": [size + 1, mtime]}}
    (tmp_path / compiled.MANIFEST_NAME).write_text(json.dumps(stale), encoding="utf-8")
    assert compiled.use_compiled_if_current(tmp_path) is False
    (tmp_path / compiled.MANIFEST_NAME).write_text(json.dumps(listed), encoding="utf-8")
    monkeypatch.setenv(compiled.PURE_ENV, "1")
    assert compiled.use_compiled_if_current(tmp_path) is False
    (tmp_path / listed["files"]["vankien.layout"]).unlink()
    monkeypatch.delenv(compiled.PURE_ENV)
    assert compiled.use_compiled_if_current(tmp_path) is False  # a file of the build is missing
    added = [f for f in sys.meta_path if not any(f is g for g in before)]
    assert len(added) == 3 and all(isinstance(f, compiled._Sources) for f in added)


def test_without_a_build_the_stages_come_from_their_sources():
    finder = compiled._Sources()
    module = finder.find_spec("vankien.extract.figures")
    package = finder.find_spec("vankien.layout")
    assert module.origin == str(compiled.PACKAGE / "extract" / "figures.py")
    assert package.submodule_search_locations == [str(compiled.PACKAGE / "layout")]
    assert finder.find_spec("vankien.models") is None
    assert finder.find_spec("json") is None
    assert finder.find_spec("vankien.extract.gone") is None


def test_the_finder_loads_listed_modules_from_their_compiled_files(tmp_path):
    files = {name: tmp_path / (name.replace(".", "/") + ".so") for name in NAMES}
    finder = compiled._Compiled(files)
    module = finder.find_spec("vankien.extract.figures")
    package = finder.find_spec("vankien.layout")
    assert module.origin == str(files["vankien.extract.figures"])
    assert isinstance(module.loader, ExtensionFileLoader)
    assert module.submodule_search_locations is None
    assert package.submodule_search_locations == [str(compiled.PACKAGE / "layout")]
    assert finder.find_spec("vankien.extract.meta") is None
    assert finder.find_spec("json") is None


def test_the_environment_variable_runs_the_sources():
    code = "import vankien.extract.figures as f, vankien.layout as l; print(f.__file__, l.__file__)"
    files = _run(code, **{compiled.PURE_ENV: "1"}).split()
    assert [Path(f).suffix for f in files] == [".py", ".py"]


@pytest.mark.skipif(
    not os.environ.get("VANKIEN_REQUIRE_COMPILED"), reason="a compiled build is not required here"
)
def test_a_required_compiled_build_runs():
    assert compiled.build() == "compiled"


RECORDS = """
import sys
from pathlib import Path
from vankien.compiled import build
from vankien.pipeline import read
print(build())
for path in sorted(Path(sys.argv[1]).rglob("*.txt")):
    print(read(path).model_dump_json())
"""


@pytest.mark.skipif(
    compiled.build() != "compiled", reason="no current compiled build here (see dev.py)"
)
def test_the_compiled_build_gives_the_records_of_the_sources():
    source_run = _run(RECORDS, str(CORPUS), **{compiled.PURE_ENV: "1"}).splitlines()
    compiled_run = _run(RECORDS, str(CORPUS)).splitlines()
    assert source_run[0] == "source" and compiled_run[0] == "compiled"
    assert len(compiled_run) > 20
    assert compiled_run[1:] == source_run[1:]
