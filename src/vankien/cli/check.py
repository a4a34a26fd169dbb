"""``vankien check``: the inspector's checks, printed the way a linter prints them.

``path:line:col: severity code message`` per issue, then one summary line; ``--format json``
prints the same as one JSON object. Exit 0 when no issue of severity ``error`` is left after
``--select``/``--ignore``, 1 when one is, 2 when an input could not be read.
"""

import sys
from collections import Counter
from enum import StrEnum
from fnmatch import fnmatch
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NamedTuple

import typer

from ._common import (
    EXIT_INPUT,
    EXIT_ISSUES,
    EXIT_OK,
    Paths,
    dumps,
    err,
    expand,
    library_imported,
    progress,
)

if TYPE_CHECKING:
    from vankien.models import Issue

SEVERITY_WORDS = {"error": "lỗi", "warning": "cảnh báo", "info": "thông tin"}


class CheckFormat(StrEnum):
    text = "text"
    json = "json"


class Found(NamedTuple):
    """One issue where a user finds it: file, line and column (both from 1)."""

    path: str
    line: int
    col: int
    issue: "Issue"

    def as_text(self) -> str:
        i = self.issue
        return f"{self.path}:{self.line}:{self.col}: {i.severity} {i.code} {i.message}"

    def as_json(self) -> dict:
        i = self.issue
        return {
            "path": self.path,
            "line": self.line,
            "col": self.col,
            "code": i.code,
            "severity": i.severity,
            "message": i.message,
            "text": i.text,
            "span": list(i.span),
        }


def register(app: typer.Typer) -> None:
    """Add ``check`` to ``app``."""
    app.command("check")(check_cli)


def check_cli(
    paths: Paths,
    fmt: Annotated[
        CheckFormat, typer.Option("--format", "-f", help="Dạng kết quả: text hoặc json.")
    ] = CheckFormat.text,
    select: Annotated[
        list[str] | None,
        typer.Option(
            "--select",
            help="Chỉ báo các mã này (phân cách bằng dấu phẩy; tiền tố hoặc mẫu: format_, format_*).",
        ),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        typer.Option(
            "--ignore", help="Bỏ qua các mã này (phân cách bằng dấu phẩy; tiền tố hoặc mẫu)."
        ),
    ] = None,
) -> None:
    """Kiểm tra số liệu, ngày tháng và thể thức của văn bản; in mỗi vấn đề một dòng."""
    chosen, skipped = _codes(select), _codes(ignore)
    _known(chosen + skipped)
    targets = list(expand(paths))
    found: list[Found] = []
    documents = unreadable = 0
    with progress(len(targets)) as bar:
        task = bar.add_task("check", total=len(targets))
        for target in targets:
            bar.advance(task)
            result = _check_one(target)
            if isinstance(result, Exception):
                unreadable += 1
                err(str(result))
                continue
            documents += 1
            found.extend(f for f in result if _wanted(f.issue.code, chosen, skipped))
    counts = Counter(f.issue.code for f in found)
    severities = Counter(f.issue.severity for f in found)
    if fmt is CheckFormat.json:
        summary = {
            "documents": documents,
            "unreadable": unreadable,
            "issues": len(found),
            "by_code": dict(sorted(counts.items())),
            "by_severity": dict(sorted(severities.items())),
        }
        payload = {"issues": [f.as_json() for f in found], "summary": summary}
        sys.stdout.write(dumps(payload) + "\n")
    else:
        for item in found:
            print(item.as_text())
        print(_summary(documents, unreadable, counts, severities))
    if unreadable:
        raise typer.Exit(EXIT_INPUT)
    raise typer.Exit(EXIT_ISSUES if severities.get("error") else EXIT_OK)


def _check_one(target: Path | Exception) -> list[Found] | Exception:
    """The issues of one document, or the error that kept it from being read."""
    from vankien.errors import VankienError
    from vankien.load import load
    from vankien.pipeline import record_of

    library_imported()
    if isinstance(target, Exception):
        return target
    try:
        loaded = load(target)
        record = record_of(loaded)
    except VankienError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 — a bug must not end the batch
        return RuntimeError(f"[V199] Lỗi không mong đợi khi đọc tệp {target}: {exc}")
    text = loaded.text
    out = []
    for issue in record.issues:
        start = issue.span[0]
        line = text.count("\n", 0, start) + 1
        col = start - (text.rfind("\n", 0, start) + 1) + 1
        out.append(Found(str(target), line, col, issue))
    return out


def _codes(options: list[str] | None) -> list[str]:
    return [code.strip() for option in options or [] for code in option.split(",") if code.strip()]


def _known(patterns: list[str]) -> None:
    """Stop with a usage error on a pattern that no check code matches."""
    from vankien.check import CODES

    unknown = [p for p in patterns if not any(_matches(code, p) for code in CODES)]
    if unknown:
        raise typer.BadParameter(
            f"không có mã kiểm tra nào khớp với {', '.join(unknown)}; các mã: {', '.join(CODES)}"
        )


def _matches(code: str, pattern: str) -> bool:
    return code == pattern or code.startswith(pattern) or fnmatch(code, pattern)


def _wanted(code: str, chosen: list[str], skipped: list[str]) -> bool:
    if chosen and not any(_matches(code, p) for p in chosen):
        return False
    return not any(_matches(code, p) for p in skipped)


def _summary(documents: int, unreadable: int, counts: Counter, severities: Counter) -> str:
    """``Đã kiểm tra 4 văn bản: 2 vấn đề (1 lỗi, 1 cảnh báo) — percent_mismatch: 1, ...``."""
    total = sum(counts.values())
    line = f"Đã kiểm tra {documents} văn bản: {total} vấn đề"
    if total:
        by_severity = ", ".join(
            f"{severities[s]} {word}" for s, word in SEVERITY_WORDS.items() if severities.get(s)
        )
        by_code = ", ".join(f"{code}: {n}" for code, n in sorted(counts.items()))
        line += f" ({by_severity}) — {by_code}"
    if unreadable:
        line += f"; {unreadable} tệp không đọc được"
    return line
