"""The ``vankien`` command: the typer app, its global options, and its command modules.

Each command module has ``register(app)``; its options parse there and it calls the
library. Imports of heavy modules happen inside commands, so ``--help`` starts fast.
"""

from __future__ import annotations

from typing import Annotated

import typer

from vankien import __version__

from . import check, extract, store, text

app = typer.Typer(
    name="vankien",
    help="vankien — đọc văn bản của Đảng thành hồ sơ có căn cứ, kiểm tra được số liệu.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        print(f"vankien {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="In phiên bản rồi thoát."),
    ] = False,
) -> None:
    """vankien — đọc văn bản của Đảng thành hồ sơ có căn cứ, kiểm tra được số liệu."""


for module in (extract, text, check, store):
    module.register(app)


def main() -> None:
    """Entry point of the ``vankien`` command."""
    app()
