"""``vankien extract``: read documents and print their records."""

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from ._common import (
    EXIT_INPUT,
    Output,
    OutputFormat,
    Paths,
    dumps,
    err,
    expand,
    progress,
    read_all,
)

if TYPE_CHECKING:
    from vankien.models import Record


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_cli)
    app.command("schema")(schema_cli)


def extract_cli(
    paths: Paths,
    fmt: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Dạng kết quả.")
    ] = OutputFormat.json,
    output: Output = None,
) -> None:
    """Đọc văn bản, in hồ sơ (record) của từng văn bản."""
    targets = list(expand(paths))
    records: list[Record] = []
    failures = 0
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        with progress(len(targets)) as bar:
            task = bar.add_task("extract", total=len(targets))
            for _path, record, error in read_all(paths):
                bar.advance(task)
                if error is not None:
                    failures += 1
                    err(str(error))
                    continue
                assert record is not None
                if fmt is OutputFormat.jsonl:
                    out.write(record.model_dump_json() + "\n")
                else:
                    records.append(record)
        if fmt is OutputFormat.json and records:
            if len(records) == 1:
                out.write(records[0].model_dump_json(indent=2) + "\n")
            else:
                out.write(
                    "[\n" + ",\n".join(r.model_dump_json(indent=2) for r in records) + "\n]\n"
                )
        elif fmt is OutputFormat.table and records:
            from rich.console import Console

            from vankien.summary import summary_table

            Console(file=out, width=None if out.isatty() else 160).print(summary_table(records))
    finally:
        if output:
            out.close()
    if failures:
        err(f"Có {failures}/{len(targets)} tệp không đọc được.")
        raise typer.Exit(EXIT_INPUT)


def schema_cli() -> None:
    """In JSON Schema của hồ sơ (record)."""
    from vankien.models import Record

    print(dumps(Record.model_json_schema()))
