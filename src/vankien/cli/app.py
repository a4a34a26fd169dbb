"""The ``vankien`` command: the typer app, its global options, and its command modules.

Each command module has ``register(app)``; its options parse there and it calls the
library. Imports of heavy modules happen inside commands, so ``--help`` starts fast, and
a run builds only the command it runs (typer reads the signature of every command it is
given at each start): ``vankien extract ...`` imports and builds ``cli/extract.py`` alone.
"""

import gc
import os
import sys
import types
from importlib import import_module
from typing import Annotated

import typer

from vankien import __version__

# The module that defines each command, in the order ``--help`` lists them.
COMMANDS = {
    "extract": "extract",
    "schema": "extract",
    "text": "text",
    "check": "check",
    **dict.fromkeys(
        ("ingest", "search", "show", "refs", "graph", "targets", "tasks", "export"), "store"
    ),
}


def _version(value: bool) -> None:
    if value:
        print(f"vankien {__version__}")
        raise typer.Exit()


def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="In phiên bản rồi thoát."),
    ] = False,
) -> None:
    """vankien — đọc văn bản của Đảng thành hồ sơ có căn cứ, kiểm tra được số liệu."""


def build(command: str | None = None) -> typer.Typer:
    """The app with every command, or with only the commands of the module that defines
    ``command`` when it is one (``"ingest"`` → the corpus commands)."""
    app = typer.Typer(
        name="vankien",
        help="vankien — đọc văn bản của Đảng thành hồ sơ có căn cứ, kiểm tra được số liệu.",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        add_completion=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback()(_main)
    wanted = [COMMANDS[command]] if command in COMMANDS else list(dict.fromkeys(COMMANDS.values()))
    for name in wanted:
        import_module(f"vankien.cli.{name}").register(app)
    return app


def _command(argv: list[str]) -> str | None:
    """The command a command line runs: its first word that is no option
    (``["extract", "a.txt"]`` → ``"extract"``; ``["--help"]`` → None)."""
    return next((word for word in argv if not word.startswith("-")), None)


def __getattr__(name: str) -> typer.Typer:
    if name == "app":  # the whole app, for tests and tools that drive it
        return build()
    raise AttributeError(name)


EXIT_BUG = 3

_PLUGIN_LOADER = "pydantic.plugin._loader"


def _without_pydantic_plugins() -> None:
    """The command's own process looks for no pydantic plugins, as with
    ``PYDANTIC_DISABLE_PLUGINS=__all__``, and so never imports ``importlib.metadata`` to
    look for them (~60M instructions, 7 % of a cold ``vankien extract``).

    pydantic asks its plugin loader for ``get_plugins()`` alone; the loader stands in for
    the real module, which is imported if anything else of it is ever asked for. A user who
    sets ``PYDANTIC_DISABLE_PLUGINS`` keeps pydantic's own handling of it.
    """
    if _PLUGIN_LOADER in sys.modules or "PYDANTIC_DISABLE_PLUGINS" in os.environ:
        return
    loader = types.ModuleType(_PLUGIN_LOADER)
    loader.get_plugins = tuple

    def real(name: str) -> object:
        if name.startswith("__"):  # what the import system asks of any module
            raise AttributeError(name)
        del sys.modules[_PLUGIN_LOADER]
        return getattr(import_module(_PLUGIN_LOADER), name)

    loader.__getattr__ = real
    sys.modules[_PLUGIN_LOADER] = loader


def main() -> None:
    """Entry point of the ``vankien`` command: no traceback ever reaches the user.

    Garbage collection waits until the library is imported (``_common.library_imported``):
    the ~100K objects made at start-up all live to the end, and collecting meanwhile only
    walks them again (4 % of a cold ``vankien extract``).
    """
    gc.disable()
    _without_pydantic_plugins()
    try:
        build(_command(sys.argv[1:]))()
    except KeyboardInterrupt:
        print("Đã dừng theo yêu cầu.", file=sys.stderr)
        raise SystemExit(130) from None
    except Exception as exc:  # a bug: one line, not a traceback
        print(
            f"[V999] Lỗi không mong đợi của vankien: {type(exc).__name__}: {exc}", file=sys.stderr
        )
        raise SystemExit(EXIT_BUG) from None
