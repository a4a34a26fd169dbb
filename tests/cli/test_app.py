"""A run builds only the command it runs; help and unknown words see every command."""

from __future__ import annotations

import pytest
import typer.main

from vankien.cli.app import COMMANDS, _command, build


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["extract", "a.txt", "--format", "json"], "extract"),
        (["--version"], None),
        (["-h"], None),
        ([], None),
        (["ingest", "--db", "kho.db", "examples"], "ingest"),
    ],
)
def test_command_is_the_first_word_that_is_no_option(argv, command):
    assert _command(argv) == command


def _names(app) -> set[str]:
    return set(typer.main.get_command(app).commands)


def test_a_command_builds_only_its_module():
    assert _names(build("extract")) == {"extract", "schema"}
    assert _names(build("tasks")) == {name for name, m in COMMANDS.items() if m == "store"}


@pytest.mark.parametrize("word", [None, "extrac", "a.txt"])
def test_no_command_or_an_unknown_word_builds_every_command(word):
    assert _names(build(word)) == set(COMMANDS)


def test_the_app_of_the_module_has_every_command():
    from vankien.cli.app import app

    assert _names(app) == set(COMMANDS)


MAIN_THEN_REPORT_GC = """
import gc, sys
from vankien.cli import main
sys.argv = ["vankien", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print("collecting" if gc.isenabled() else "not collecting", file=sys.stderr)
"""


@pytest.mark.parametrize(
    ("argv", "after"),
    [
        (["extract", "examples/000_6185c4486b55f039.txt", "--format", "json"], "collecting"),
        (["check", "examples/000_6185c4486b55f039.txt"], "collecting"),
        (["search", "ngân sách", "--db", "{db}"], "collecting"),
        (["--version"], "not collecting"),  # a process that reads nothing ends without collecting
    ],
)
def test_main_collects_garbage_again_once_the_library_is_imported(argv, after, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    argv = [word.replace("{db}", str(tmp_path / "kho.db")) for word in argv]
    run = subprocess.run(
        [sys.executable, "-c", MAIN_THEN_REPORT_GC, *argv],
        capture_output=True,
        text=True,
        cwd=root,
    )
    assert run.stderr.strip().splitlines()[-1] == after


def test_library_imported_freezes_the_start_up_once():
    import gc

    from vankien.cli._common import library_imported

    gc.disable()
    try:
        library_imported()
        assert gc.isenabled()
        frozen = gc.get_freeze_count()
        library_imported()  # already collecting: nothing more is frozen
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
        gc.enable()


MAIN_THEN_REPORT_MODULES = """
import sys
from vankien.cli import main
sys.argv = ["vankien", "extract", "examples/000_6185c4486b55f039.txt", "--format", "json"]
try:
    main()
except SystemExit:
    pass
print("importlib.metadata" in sys.modules, file=sys.stderr)
"""


@pytest.mark.parametrize(
    ("environment", "imported"),
    [
        ({}, "False"),  # no plugin is looked for: importlib.metadata is never imported
        ({"PYDANTIC_DISABLE_PLUGINS": "logfire"}, "True"),  # pydantic's own handling
    ],
)
def test_the_command_looks_for_no_pydantic_plugins(environment, imported):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    run = subprocess.run(
        [sys.executable, "-c", MAIN_THEN_REPORT_MODULES],
        capture_output=True,
        text=True,
        cwd=root,
        env={**env, **environment},
    )
    assert run.stderr.strip().splitlines()[-1] == imported


def test_the_stand_in_plugin_loader_gives_the_real_one_for_anything_else(monkeypatch):
    import sys

    from vankien.cli import app

    monkeypatch.delitem(sys.modules, app._PLUGIN_LOADER, raising=False)
    monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS", raising=False)
    app._without_pydantic_plugins()
    stand_in = sys.modules[app._PLUGIN_LOADER]
    assert tuple(stand_in.get_plugins()) == ()
    assert stand_in.PYDANTIC_ENTRY_POINT_GROUP == "pydantic"  # the real module's
    assert sys.modules[app._PLUGIN_LOADER] is not stand_in
