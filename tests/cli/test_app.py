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
