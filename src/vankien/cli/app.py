"""The ``vankien`` command: the typer app, its global options, and its command modules.

Each command module has ``register(app)``; its options parse there and it calls the
library. Imports of heavy modules happen inside commands, so ``--help`` starts fast.
"""

from typing import Annotated

import typer

from vankien import __version__

from . import check, extract, store, text

app = typer.Typer(
    name="vankien",
    help="vankien — đọc văn bản của Đảng thành hồ sơ có căn cứ, kiểm tra được số liệu.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,
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


EXIT_BUG = 3


def main() -> None:
    """Entry point of the ``vankien`` command: no traceback ever reaches the user."""
    import sys

    try:
        app()
    except KeyboardInterrupt:
        print("Đã dừng theo yêu cầu.", file=sys.stderr)
        raise SystemExit(130) from None
    except Exception as exc:  # a bug: one line, not a traceback
        print(
            f"[V999] Lỗi không mong đợi của vankien: {type(exc).__name__}: {exc}", file=sys.stderr
        )
        raise SystemExit(EXIT_BUG) from None
