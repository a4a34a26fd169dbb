"""Corpus commands: ingest, search, show, refs, graph, targets, tasks, export.

Each command parses its options and calls :class:`vankien.corpus.Corpus`; what it prints
is Vietnamese. The store is ``--db PATH``, else ``$VANKIEN_DB``, else ``./vankien.db``.
"""

import re
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ._common import EXIT_INPUT, PROGRESS_FROM, Output, Paths, dumps, err, library_imported

if TYPE_CHECKING:
    from rich.console import Console

    from vankien.corpus import Corpus

LEVELS = {"trung_uong": "Trung ương", "tinh": "Tỉnh", "huyen": "Huyện", "xa": "Xã"}
OUTCOMES = {
    "added": "văn bản mới",
    "version": "phiên bản mới",
    "restored": "trở lại phiên bản cũ",
    "unchanged": "không đổi",
    "duplicate": "trùng nội dung tệp khác",
    "failed": "lỗi",
}
KIND_VI = {"actual": "thực hiện", "target": "chỉ tiêu", "change": "tăng/giảm"}
VERDICT_VI = {"met": "đạt", "exceeded": "vượt", "not_met": "không đạt"}
SEVERITY_VI = {"error": "lỗi", "warning": "cảnh báo", "info": "lưu ý"}
STATUS_STYLE = {
    "met": "green",
    "exceeded": "bold green",
    "not_met": "bold red",
    "no_report": "yellow",
    "not_comparable": "magenta",
    "no_period": "dim",
}

Db = Annotated[
    Path | None,
    typer.Option(
        "--db",
        envvar="VANKIEN_DB",
        help="Tệp kho dữ liệu (mặc định ./vankien.db, hoặc biến môi trường VANKIEN_DB).",
        show_default=False,
    ),
]


class View(StrEnum):
    table = "table"
    json = "json"


class GraphFormat(StrEnum):
    graphml = "graphml"
    json = "json"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    xlsx = "xlsx"


class ExportTable(StrEnum):
    records = "records"
    documents = "documents"
    figures = "figures"
    targets = "targets"
    tasks = "tasks"


def register(app: typer.Typer) -> None:
    """Add the corpus commands to ``app``."""
    app.command("ingest")(ingest_cli)
    app.command("search")(search_cli)
    app.command("show")(show_cli)
    app.command("refs")(refs_cli)
    app.command("graph")(graph_cli)
    app.command("targets")(targets_cli)
    app.command("tasks")(tasks_cli)
    app.command("export")(export_cli)


# helpers


def _open(db: Path | None, *, create: bool = False) -> "Corpus":
    from vankien.corpus import Corpus
    from vankien.errors import VankienError
    from vankien.store.db import open_store

    library_imported()
    try:
        return Corpus(store=open_store(db, create=create))
    except VankienError as exc:
        err(str(exc))
        raise typer.Exit(EXIT_INPUT) from None


def _console(file=None) -> "Console":
    from rich.console import Console

    console = Console(file=file, highlight=False, soft_wrap=True)
    if not console.is_terminal:  # a file or a pipe: wide tables, no wrapped lines
        console = Console(file=file, highlight=False, soft_wrap=True, width=160)
    return console


def _fail(exc: Exception) -> typer.Exit:
    err(str(exc))
    return typer.Exit(EXIT_INPUT)


def _date(value: str | None, end: bool) -> str | None:
    """``2023`` → ``2023-01-01`` (or ``-12-31`` as an end); ``13/7/2023`` → ``2023-07-13``."""
    if not value:
        return None
    value = value.strip()
    if match := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", value):
        day, month, year = map(int, match.groups())
        return f"{year:04d}-{month:02d}-{day:02d}"
    if match := re.fullmatch(r"(\d{1,2})/(\d{4})", value):
        month, year = map(int, match.groups())
        value = f"{year:04d}-{month:02d}"
    if re.fullmatch(r"\d{4}", value):
        return f"{value}-12-31" if end else f"{value}-01-01"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return f"{value}-31" if end else f"{value}-01"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    raise typer.BadParameter(
        f"không hiểu ngày {value!r} (viết 2023, 2023-07, 2023-07-13 hoặc 13/7/2023)"
    )


def _level(value: str | None) -> str | None:
    if not value:
        return None
    from vankien.folding import key

    folded = key(value).replace(" ", "_")
    if folded in LEVELS:
        return folded
    raise typer.BadParameter(f"cấp {value!r} không có; chọn: tinh, huyen, xa, trung_uong")


def _doc_line(doc) -> str:
    from rich.markup import escape

    parts = [f"[bold]{escape(doc.label)}[/]"]
    if doc.issuer:
        parts.append(escape(doc.issuer))
    if doc.level:
        parts.append(LEVELS.get(doc.level, doc.level))
    if doc.date:
        parts.append(doc.date)
    return " · ".join(parts)


def _name(doc) -> str:
    return doc.number or Path(doc.path).name


# ingest


def ingest_cli(
    paths: Paths,
    db: Db = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, help="Số tiến trình đọc văn bản song song.")
    ] = 1,
    batch: Annotated[
        int, typer.Option("--batch", min=1, help="Số văn bản ghi trong mỗi giao dịch.")
    ] = 200,
) -> None:
    """Đọc văn bản và lưu hồ sơ vào kho (bỏ qua tệp đã có; tệp đổi nội dung thành phiên bản mới)."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.1f} vb/giây" if speed else "— vb/giây", style="cyan")

    corpus = _open(db, create=True)
    console = _console(sys.stderr)
    bar = Progress(
        TextColumn("[bold]Đang nhập kho"),
        BarColumn(),
        MofNCompleteColumn(),
        Rate(),
        TextColumn("còn"),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    )
    task = bar.add_task("ingest", total=None)

    def on_total(total: int) -> None:
        bar.update(task, total=total)
        if console.is_terminal and total >= PROGRESS_FROM:
            bar.start()

    try:
        report = corpus.ingest(
            paths,
            jobs=jobs,
            on_progress=lambda *_: bar.advance(task),
            on_total=on_total,
            batch_docs=batch,
        )
    except KeyboardInterrupt:
        bar.stop()
        err("Đã dừng. Những gì đã lưu vẫn còn; chạy lại lệnh để nhập tiếp.")
        raise typer.Exit(130) from None
    finally:
        bar.stop()
    out = _console()
    rate = (report.total - report.counts["unchanged"]) / report.seconds if report.seconds else 0
    done = ", ".join(
        f"{report.counts[k]} {label}" for k, label in OUTCOMES.items() if report.counts[k]
    )
    out.print(
        f"Kho {corpus.location}: {done or 'không có tệp nào'} "
        f"({report.seconds:.1f} giây, {rate:.1f} văn bản/giây)."
    )
    _print_summary(corpus, out)
    for path, other in report.duplicates:
        err(f"Tệp {path} trùng nội dung với {other} đã có trong kho: bỏ qua.")
    if report.failures:
        err(f"Có {len(report.failures)} tệp không nhập được:")
        for _, reason in report.failures:
            err(f"  {reason}")
    corpus.close()
    if report.failures:
        raise typer.Exit(EXIT_INPUT)


def _print_summary(corpus: "Corpus", out: "Console") -> None:
    from rich.table import Table

    s = corpus.summary()
    table = Table(title="Kho văn bản", title_justify="left", show_header=False)
    table.add_column("", style="bold")
    table.add_column("", justify="right")
    for label, name in (
        ("Văn bản", "docs"),
        ("Phiên bản", "versions"),
        ("Trích dẫn", "references"),
        ("Số liệu", "figures"),
        ("Chỉ tiêu", "targets"),
        ("Phân công", "assignments"),
        ("Vấn đề", "issues"),
    ):
        table.add_row(label, str(s[name]))
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(s["by_kind"].items()))  # type: ignore[union-attr]
    levels = ", ".join(
        f"{LEVELS.get(k, 'chưa rõ')} {v}"
        for k, v in sorted(s["by_level"].items())  # type: ignore[union-attr]
    )
    table.add_row("Theo loại", kinds or "—")
    table.add_row("Theo cấp", levels or "—")
    out.print(table)


# search


def search_cli(
    query: Annotated[
        str,
        typer.Argument(help="Từ cần tìm (không phân biệt dấu, hoa thường).", show_default=False),
    ],
    db: Db = None,
    kind: Annotated[str | None, typer.Option("--kind", help="Loại văn bản: NQ, KL, BC ...")] = None,
    issuer: Annotated[
        str | None, typer.Option("--issuer", help="Cơ quan ban hành (một phần tên).")
    ] = None,
    level: Annotated[
        str | None, typer.Option("--level", help="Cấp: tinh, huyen, xa, trung_uong.")
    ] = None,
    date_from: Annotated[
        str | None, typer.Option("--from", help="Từ ngày (2023, 2023-07, 13/7/2023).")
    ] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Đến ngày.")] = None,
    has_issues: Annotated[
        bool | None,
        typer.Option(
            "--has-issues/--no-issues",
            help="Chỉ văn bản có (hoặc không có) vấn đề.",
            show_default=False,
        ),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Số kết quả tối đa.")] = 20,
    fmt: Annotated[View, typer.Option("--format", "-f", help="Dạng kết quả.")] = View.table,
) -> None:
    """Tìm toàn văn trong kho, xếp hạng theo mức liên quan (BM25)."""
    from rich.markup import escape

    from vankien.errors import VankienError
    from vankien.store.rows import Filters

    filters = Filters(
        kind=kind,
        issuer=issuer,
        level=_level(level),
        date_from=_date(date_from, end=False),
        date_to=_date(date_to, end=True),
        has_issues=has_issues,
    )
    corpus = _open(db)
    try:
        hits = corpus.search(query, filters, limit=limit)
    except VankienError as exc:
        raise _fail(exc) from None
    if fmt is View.json:
        rows = [
            {
                "id": h.doc.doc_id,
                "path": h.doc.path,
                "doc_type": h.doc.doc_type,
                "number": h.doc.number,
                "issuer": h.doc.issuer,
                "date": h.doc.date,
                "rank": h.rank,
                "section": h.section,
                "span": list(h.span),
                "snippet": h.snippet,
                "highlights": [list(m) for m in h.highlights],
                "matches": h.count,
            }
            for h in hits
        ]
        print(dumps(rows))
        return
    out = _console()
    if not hits:
        out.print(f"Không tìm thấy “{escape(query)}”.")
        return
    out.print(f"{len(hits)} văn bản có “{escape(query)}”:\n")
    for i, h in enumerate(hits, 1):
        out.print(f"{i}. {_doc_line(h.doc)}")
        if h.section:
            out.print(f"   [dim]Mục[/] {escape(h.section)}")
        marked, pos = [], 0
        for a, b in h.highlights:
            marked.append(escape(h.snippet[pos:a]) + f"[bold yellow]{escape(h.snippet[a:b])}[/]")
            pos = b
        marked.append(escape(h.snippet[pos:]))
        more = f" [dim](+{h.count - 1} chỗ khác)[/]" if h.count > 1 else ""
        out.print(f"   …{''.join(marked)}…{more}\n")


# show


def show_cli(
    doc: Annotated[
        str,
        typer.Argument(
            help="Văn bản: số ký hiệu (04-NQ/TU), mã (#12) hoặc đường dẫn.", show_default=False
        ),
    ],
    db: Db = None,
    fmt: Annotated[
        View, typer.Option("--format", "-f", help="table: để đọc; json: hồ sơ gốc.")
    ] = View.table,
) -> None:
    """Xem hồ sơ một văn bản: thông tin chung, cấu trúc mục, số liệu, chỉ tiêu, phân công, vấn đề."""
    from vankien.errors import VankienError

    corpus = _open(db)
    try:
        row = corpus.find(doc)
        record = corpus.record(row)
    except VankienError as exc:
        raise _fail(exc) from None
    if fmt is View.json:
        print(record.model_dump_json(indent=2))
        return
    _show(corpus, row, record, _console())


def _show(corpus: "Corpus", row, record, out: "Console") -> None:
    from datetime import date

    from rich.markup import escape
    from rich.table import Table
    from rich.tree import Tree

    from vankien.store.targets import STATUS_VI

    meta = record.meta
    info = Table(
        show_header=False, box=None, title=f"[bold]{escape(row.label)}[/]", title_justify="left"
    )
    info.add_column(style="bold")
    info.add_column()
    signer = meta.signer
    fields = [
        ("Loại", meta.doc_type),
        ("Số, ký hiệu", meta.number),
        ("Cơ quan ban hành", meta.issuer),
        ("Cấp", LEVELS.get(meta.level or "")),
        ("Khóa", meta.term),
        ("Hội nghị lần thứ", str(meta.conference) if meta.conference else None),
        ("Trích yếu", meta.title),
        ("Địa danh", meta.place),
        ("Ngày ban hành", meta.issued_on),
        ("Ngày họp", meta.meeting_on),
        (
            "Người ký",
            " — ".join(x for x in (signer.authority, signer.position, signer.name) if x)
            if signer
            else None,
        ),
        ("Nơi nhận", f"{len(meta.recipients)} nơi" if meta.recipients else None),
        ("Tệp", row.path),
        ("Phiên bản", f"{row.version} (nhập {row.ingested_at}, sha256 {row.sha256[:12]})"),
    ]
    for label, value in fields:
        if value:
            info.add_row(label, escape(str(value)))
    out.print(info)

    if record.sections:
        tree = Tree("[bold]Cấu trúc[/]")

        def grow(node, sections) -> None:
            for s in sections:
                heading = " ".join(s.heading.split())
                heading = heading if len(heading) <= 90 else heading[:88] + " …"
                grow(node.add(f"[bold]{escape(s.label)}[/] {escape(heading)}"), s.children)

        grow(tree, record.sections)
        out.print(tree)

    if record.figures:
        tracked = {t.figure.idx: t for t in corpus.targets(doc=str(row.doc_id))}
        table = Table(title="Số liệu và chỉ tiêu", title_justify="left")
        for column in ("Số liệu", "Loại", "Chỉ tiêu", "Kỳ", "Đánh giá"):
            table.add_column(column, overflow="fold")
        for i, f in enumerate(record.figures):
            verdict = VERDICT_VI.get(f.verdict or "", "")
            t = tracked.get(i) if f.kind == "target" else None
            if t is not None:
                latest = t.latest
                style = STATUS_STYLE.get(t.status, "")
                verdict = f"[{style}]{STATUS_VI[t.status]}[/]" + (
                    f" ({escape(latest.figure.text)}, {escape(_name(latest.doc))})"
                    if latest
                    else ""
                )
            table.add_row(
                escape(f.text),
                KIND_VI.get(f.kind, f.kind),
                escape(f.indicator or ""),
                f.period or "",
                verdict,
            )
        out.print(table)

    if record.assignments:
        today = date.today().isoformat()
        table = Table(title="Phân công", title_justify="left")
        for column in ("Đơn vị chịu trách nhiệm", "Nhiệm vụ", "Thời hạn"):
            table.add_column(column, overflow="fold")
        for a in record.assignments:
            due = escape(a.due_text or a.due or "")
            if a.due and a.due < today:
                due += " [bold red](quá hạn)[/]"
            table.add_row(escape(a.responsible), escape(a.task or a.text), due)
        out.print(table)

    if record.issues:
        table = Table(title="Vấn đề", title_justify="left")
        for column in ("Mức", "Mã", "Nội dung"):
            table.add_column(column, overflow="fold")
        for issue in record.issues:
            table.add_row(
                SEVERITY_VI.get(issue.severity, issue.severity), issue.code, escape(issue.message)
            )
        out.print(table)
    counts = f"{len(record.references)} trích dẫn (xem: vankien refs {row.doc_id})"
    out.print(f"[dim]{counts}[/]")


# refs and graph


def refs_cli(
    doc: Annotated[
        str,
        typer.Argument(help="Văn bản: số ký hiệu, mã (#12) hoặc đường dẫn.", show_default=False),
    ],
    db: Db = None,
    fmt: Annotated[View, typer.Option("--format", "-f", help="Dạng kết quả.")] = View.table,
) -> None:
    """Văn bản này trích dẫn những gì, và những văn bản nào trích dẫn nó."""
    from rich.markup import escape
    from rich.table import Table

    from vankien.errors import VankienError
    from vankien.store.links import STATUS_VI

    corpus = _open(db)
    try:
        row = corpus.find(doc)
        outgoing, incoming = corpus.refs(row)
    except VankienError as exc:
        citations = corpus.citing(doc) if exc.code == "V201" else []
        if not citations:
            raise _fail(exc) from None
        _print_citing(doc, citations, fmt)
        return
    if fmt is View.json:

        def link_json(link, incoming: bool) -> dict:
            other = link.citing if incoming else link.target
            return {
                "text": link.ref.text,
                "span": [link.ref.start, link.ref.end],
                "number": link.ref.number,
                "date": link.ref.date,
                "status": link.status,
                "doc": None
                if other is None
                else {"id": other.doc_id, "number": other.number, "path": other.path},
                "candidates": [c.doc_id for c in link.candidates],
            }

        data = {
            "doc": {"id": row.doc_id, "number": row.number, "path": row.path},
            "cites": [link_json(link, False) for link in outgoing],
            "cited_by": [link_json(link, True) for link in incoming],
        }
        print(dumps(data))
        return
    out = _console()
    out.print(_doc_line(row))
    table = Table(title=f"Trích dẫn ({len(outgoing)})", title_justify="left")
    for column in ("Trích dẫn", "Tình trạng", "Văn bản trong kho"):
        table.add_column(column, overflow="fold")
    for link in outgoing:
        found = ""
        if link.target is not None:
            found = _doc_line(link.target)
        elif link.candidates:
            found = "; ".join(f"#{c.doc_id}" for c in link.candidates)
        table.add_row(escape(link.ref.text), STATUS_VI[link.status], found)
    out.print(table)
    table = Table(title=f"Được trích dẫn bởi ({len(incoming)})", title_justify="left")
    for column in ("Văn bản", "Trích dẫn"):
        table.add_column(column, overflow="fold")
    for link in incoming:
        table.add_row(_doc_line(link.citing) if link.citing else "", escape(link.ref.text))
    out.print(table)


def _print_citing(number: str, citations, fmt: View) -> None:
    """The documents citing a number-symbol that is not (or not surely) stored."""
    from rich.markup import escape
    from rich.table import Table

    from vankien.store.links import STATUS_VI

    if fmt is View.json:
        rows = [
            {
                "citing": {
                    "id": link.citing.doc_id,
                    "number": link.citing.number,
                    "path": link.citing.path,
                },
                "text": link.ref.text,
                "date": link.ref.date,
                "status": link.status,
            }
            for link in citations
        ]
        print(dumps({"number": number, "cited_by": rows}))
        return
    out = _console()
    out.print(f"Văn bản {escape(number)} không có (hoặc chưa phân biệt được) trong kho.")
    table = Table(
        title=f"Văn bản trích dẫn {escape(number)} ({len(citations)})", title_justify="left"
    )
    for column in ("Văn bản", "Trích dẫn", "Tình trạng"):
        table.add_column(column, overflow="fold")
    for link in citations:
        table.add_row(_doc_line(link.citing), escape(link.ref.text), STATUS_VI[link.status])
    out.print(table)


def graph_cli(
    db: Db = None,
    fmt: Annotated[
        GraphFormat, typer.Option("--format", "-f", help="graphml (Gephi) hoặc json (networkx).")
    ] = GraphFormat.graphml,
    output: Output = None,
) -> None:
    """Xuất đồ thị trích dẫn giữa các văn bản (GraphML cho Gephi, JSON cho networkx)."""
    corpus = _open(db)
    text = corpus.graph(fmt.value)
    if output:
        output.write_text(text, encoding="utf-8")
        err(f"Đã ghi đồ thị vào {output}.")
    else:
        sys.stdout.write(text)


# targets and tasks


def targets_cli(
    db: Db = None,
    issuer: Annotated[
        str | None, typer.Option("--issuer", help="Cơ quan ban hành chỉ tiêu (một phần tên).")
    ] = None,
    period: Annotated[
        str | None, typer.Option("--period", help="Kỳ: 2023, 2023-Q1, 2020..2025.")
    ] = None,
    doc: Annotated[str | None, typer.Option("--doc", help="Chỉ chỉ tiêu của văn bản này.")] = None,
    fmt: Annotated[View, typer.Option("--format", "-f", help="Dạng kết quả.")] = View.table,
) -> None:
    """Theo dõi chỉ tiêu: mỗi chỉ tiêu với kết quả các văn bản sau báo cáo (đạt, không đạt, chưa có báo cáo)."""
    from rich.markup import escape
    from rich.table import Table

    from vankien.errors import VankienError
    from vankien.store.targets import STATUS_VI

    corpus = _open(db)
    try:
        tracked = corpus.targets(issuer=issuer, period=period, doc=doc)
    except VankienError as exc:
        raise _fail(exc) from None
    if fmt is View.json:
        rows = [
            {
                "doc": {"id": t.doc.doc_id, "number": t.doc.number, "issuer": t.doc.issuer},
                "indicator": t.figure.indicator,
                "period": t.period,
                "target": {"text": t.figure.text, "value": t.figure.value, "unit": t.figure.unit},
                "status": t.status,
                "reports": [
                    {
                        "doc": {"id": r.doc.doc_id, "number": r.doc.number, "date": r.doc.date},
                        "text": r.figure.text,
                        "value": r.figure.value,
                        "status": r.status,
                    }
                    for r in t.reports
                ],
            }
            for t in tracked
        ]
        print(dumps(rows))
        return
    out = _console()
    if not tracked:
        out.print("Chưa có chỉ tiêu nào trong kho.")
        return
    table = Table(title=f"Chỉ tiêu ({len(tracked)})", title_justify="left")
    for column in (
        "Văn bản",
        "Chỉ tiêu",
        "Kỳ",
        "Mục tiêu",
        "Tình trạng",
        "Kết quả báo cáo",
        "Văn bản báo cáo",
    ):
        table.add_column(column, overflow="fold")
    for t in tracked:
        latest = t.latest
        style = STATUS_STYLE.get(t.status, "")
        table.add_row(
            escape(_name(t.doc)),
            escape(t.figure.indicator or ""),
            t.period or "",
            escape(t.figure.text),
            f"[{style}]{STATUS_VI[t.status]}[/]",
            escape(latest.figure.text) if latest else "",
            escape(_name(latest.doc)) if latest else "",
        )
    out.print(table)
    counts: dict[str, int] = {}
    for t in tracked:
        counts[t.status] = counts.get(t.status, 0) + 1
    out.print(", ".join(f"{STATUS_VI[k]}: {v}" for k, v in counts.items()))


def tasks_cli(
    db: Db = None,
    overdue: Annotated[bool, typer.Option("--overdue", help="Chỉ nhiệm vụ đã quá hạn.")] = False,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Tính quá hạn đến ngày này (mặc định hôm nay).")
    ] = None,
    responsible: Annotated[
        str | None,
        typer.Option("--responsible", "-r", help="Đơn vị chịu trách nhiệm (một phần tên)."),
    ] = None,
    doc: Annotated[str | None, typer.Option("--doc", help="Chỉ nhiệm vụ của văn bản này.")] = None,
    fmt: Annotated[View, typer.Option("--format", "-f", help="Dạng kết quả.")] = View.table,
) -> None:
    """Danh sách nhiệm vụ được giao, đơn vị chịu trách nhiệm và thời hạn."""
    from datetime import date

    from rich.markup import escape
    from rich.table import Table

    from vankien.errors import VankienError

    day = _date(as_of, end=False) or date.today().isoformat()
    corpus = _open(db)
    try:
        found = corpus.tasks(overdue=overdue, as_of=day, responsible=responsible, doc=doc)
    except VankienError as exc:
        raise _fail(exc) from None
    if fmt is View.json:
        rows = [
            {
                "doc": {"id": t.doc.doc_id, "number": t.doc.number, "path": t.doc.path},
                "responsible": t.assignment.responsible,
                "task": t.assignment.task,
                "due_text": t.assignment.due_text,
                "due": t.assignment.due,
                "overdue": t.overdue,
                "text": t.assignment.text,
            }
            for t in found
        ]
        print(dumps(rows))
        return
    out = _console()
    title = f"Nhiệm vụ quá hạn tính đến {day}" if overdue else "Nhiệm vụ"
    if not found:
        out.print(f"{title}: không có.")
        return
    table = Table(title=f"{title} ({len(found)})", title_justify="left")
    for column in ("Đơn vị chịu trách nhiệm", "Nhiệm vụ", "Hạn", "Văn bản"):
        table.add_column(column, overflow="fold")
    for t in found:
        a = t.assignment
        due = escape(a.due or a.due_text or "—")
        if t.overdue:
            due = f"[bold red]{due}[/]"
        task = a.task or a.text
        task = task if len(task) <= 160 else task[:158] + " …"
        table.add_row(escape(a.responsible), escape(task), due, escape(_name(t.doc)))
    out.print(table)


# export


def export_cli(
    db: Db = None,
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="jsonl, csv hoặc xlsx (Excel: mọi bảng).")
    ] = ExportFormat.jsonl,
    table: Annotated[
        ExportTable, typer.Option("--table", "-t", help="Bảng cần xuất (jsonl, csv).")
    ] = ExportTable.records,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Tệp kết quả (bắt buộc với xlsx).")
    ] = None,
) -> None:
    """Xuất hồ sơ, số liệu, chỉ tiêu và nhiệm vụ ra JSONL, CSV hoặc Excel (tiêu đề cột tiếng Việt)."""
    corpus = _open(db)
    if fmt is ExportFormat.xlsx and output is None:
        err("Xuất Excel cần --output TỆP.xlsx.")
        raise typer.Exit(EXIT_INPUT)
    if output is not None:
        count = corpus.export(output, fmt.value, table.value)
        err(f"Đã xuất {count} dòng vào {output}.")
    else:
        corpus.export(sys.stdout, fmt.value, table.value)
