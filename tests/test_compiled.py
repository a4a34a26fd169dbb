"""The compiled build of the extraction stages: used only while current, same records."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.machinery import SourceFileLoader
from pathlib import Path

import pytest

from vankien import compiled

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _run(code: str, *args: str, **env: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        check=True,
    )
    return done.stdout


def _stat(name: str) -> list[int]:
    stat = compiled._source(name).stat()
    return [stat.st_size, stat.st_mtime_ns]


def test_no_manifest_is_no_compiled_build(tmp_path, monkeypatch):
    monkeypatch.setattr(compiled, "MANIFEST", tmp_path / "compiled.json")
    assert compiled.modules() == {}
    (tmp_path / "compiled.json").write_text("{not json", encoding="utf-8")
    assert compiled.modules() == {}


def test_a_build_is_current_only_while_every_source_is_as_compiled(tmp_path, monkeypatch):
    manifest = tmp_path / "compiled.json"
    monkeypatch.setattr(compiled, "MANIFEST", manifest)
    names = ("vankien.extract.figures", "vankien.layout")
    listed = {name: _stat(name) for name in names}
    manifest.write_text(json.dumps(listed), encoding="utf-8")
    assert compiled.current(compiled.modules())
    size, mtime = listed["vankien.layout"]
    for changed in ([size + 1, mtime], [size, mtime + 1]):
        manifest.write_text(json.dumps({**listed, "vankien.layout": changed}), encoding="utf-8")
        assert not compiled.current(compiled.modules())
    manifest.write_text(json.dumps({**listed, "vankien.extract.gone": [1, 1]}), encoding="utf-8")
    assert not compiled.current(compiled.modules())


def test_the_sources_finder_finds_listed_modules_in_their_py_files():
    names = ("vankien.extract.figures", "vankien.layout")
    finder = compiled._Sources({name: compiled._source(name) for name in names})
    module = finder.find_spec("vankien.extract.figures")
    package = finder.find_spec("vankien.layout")
    assert module.origin.endswith("figures.py") and isinstance(module.loader, SourceFileLoader)
    assert module.submodule_search_locations is None
    assert package.origin.endswith("__init__.py")
    assert package.submodule_search_locations == [str(Path(package.origin).parent)]
    assert finder.find_spec("vankien.extract.meta") is None
    assert finder.find_spec("json") is None


def test_the_environment_variable_runs_the_sources():
    code = "import vankien.extract.figures as f, vankien.layout as l; print(f.__file__, l.__file__)"
    files = _run(code, **{compiled.PURE_ENV: "1"}).split()
    assert [Path(f).suffix for f in files] == [".py", ".py"]


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
