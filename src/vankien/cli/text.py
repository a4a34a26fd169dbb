"""``vankien text``: print the canonical text every span points into."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from ._common import EXIT_INPUT, err


def register(app: typer.Typer) -> None:
    app.command("text")(text_cli)


def text_cli(
    path: Annotated[Path, typer.Argument(help="Tệp văn bản.", show_default=False)],
    pages: Annotated[bool, typer.Option("--pages", help="Đánh dấu chỗ sang trang.")] = False,
) -> None:
    """In văn bản chuẩn hóa (canonical text) mà mọi vị trí (span) trỏ vào."""
    from vankien.errors import VankienError
    from vankien.load import load

    try:
        loaded = load(path)
    except VankienError as exc:
        err(str(exc))
        raise typer.Exit(EXIT_INPUT) from None
    if pages and loaded.pages:
        confidence = dict(loaded.confidence or [])
        for start, end, page in loaded.pages:
            note = (
                f" · OCR, độ tin cậy {confidence[page]:.1f}".replace(".", ",")
                if page in confidence
                else ""
            )
            sys.stdout.write(f"\n──── trang {page}{note} ────\n" + loaded.text[start:end])
        sys.stdout.write("\n")
    else:
        sys.stdout.write(loaded.text)
