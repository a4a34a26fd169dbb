"""The corpus commands through the CLI: exit codes, Vietnamese output, the --db option."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from tests.conftest import SEEDS
from vankien.cli.app import app

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "kho.db"
    result = runner.invoke(app, ["ingest", str(SEEDS), "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


def run(*args: str, db=None):
    argv = [*args, "--db", str(db)] if db else list(args)
    return runner.invoke(app, argv)


def test_ingest_prints_the_summary(db):
    result = run("ingest", str(SEEDS), db=db)
    assert result.exit_code == 0
    assert "4 không đổi" in result.output
    assert "Kho văn bản" in result.output and "Văn bản" in result.output


def test_ingest_reports_bad_files_and_exits_2(tmp_path):
    (tmp_path / "rong.txt").write_bytes(b"")
    result = run("ingest", str(SEEDS), str(tmp_path / "rong.txt"), db=tmp_path / "k.db")
    assert result.exit_code == 2
    assert "4 văn bản mới" in result.output
    assert "[V101]" in result.output


def test_search(db):
    result = run("search", "THU NGÂN SÁCH", db=db)
    assert result.exit_code == 0
    assert "văn bản có “THU NGÂN SÁCH”" in result.output
    hits = json.loads(run("search", "thu ngan sach", "--format", "json", db=db).output)
    assert hits and all(h["snippet"] for h in hits)
    assert (
        json.loads(run("search", "thu ngan sach", "--kind", "CT", "-f", "json", db=db).output) == []
    )


def test_search_nothing(db):
    result = run("search", "xyzzyq", db=db)
    assert result.exit_code == 0 and "Không tìm thấy" in result.output


def test_search_rejects_a_bad_date(db):
    result = run("search", "thu", "--from", "mai", db=db)
    assert result.exit_code == 2


def test_show_by_id_path_and_missing(db):
    result = run("show", "1", db=db)
    assert result.exit_code == 0 and "Phiên bản" in result.output
    path = sorted(SEEDS.glob("*.txt"))[1]
    record = json.loads(run("show", str(path), "--format", "json", db=db).output)
    assert record["source"]["sha256"]
    result = run("show", "999-NQ/XX", db=db)
    assert result.exit_code == 2 and "[V201]" in result.output


def test_refs_graph_targets_tasks(db, tmp_path):
    assert run("refs", "2", db=db).exit_code == 0
    graph = json.loads(run("graph", "--format", "json", db=db).output)
    assert len(graph["nodes"]) >= 4
    out = tmp_path / "g.graphml"
    assert run("graph", "-o", str(out), db=db).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("<?xml")
    assert run("targets", db=db).exit_code == 0
    assert isinstance(json.loads(run("targets", "-f", "json", db=db).output), list)
    result = run("tasks", "--overdue", "--as-of", "2030-01-01", db=db)
    assert result.exit_code == 0 and "2030-01-01" in result.output


def test_export(db, tmp_path):
    result = run("export", "--format", "jsonl", db=db)
    assert result.exit_code == 0 and len(result.output.splitlines()) == 4
    result = run("export", "--format", "xlsx", db=db)
    assert result.exit_code == 2  # an Excel file needs --output
    assert run("export", "-f", "xlsx", "-o", str(tmp_path / "k.xlsx"), db=db).exit_code == 0


def test_db_from_the_environment(db, monkeypatch):
    monkeypatch.setenv("VANKIEN_DB", str(db))
    result = runner.invoke(app, ["search", "hoi nghi", "-f", "json"])
    assert result.exit_code == 0 and json.loads(result.output)


def test_reading_a_missing_store_fails_in_vietnamese(tmp_path):
    result = run("search", "thu", db=tmp_path / "khong-co.db")
    assert result.exit_code == 2 and "[V200]" in result.output
    assert not (tmp_path / "khong-co.db").exists()


def test_every_corpus_command_has_vietnamese_help():
    for command in ("ingest", "search", "show", "refs", "graph", "targets", "tasks", "export"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "--db" in result.output, command


def test_python_api(db):
    import vankien

    with vankien.open(db) as corpus:
        assert corpus.summary()["docs"] == 4
        assert corpus.search("hoi nghi")
        assert corpus.record("1").source.sha256


def test_refs_of_a_number_not_stored_lists_who_cites_it(db):
    result = run("refs", "04-NQ/TU", db=db)
    assert result.exit_code == 0
    assert "Nghị quyết số 04-NQ/TU" in result.output and "chưa có trong kho" in result.output
    assert run("refs", "777-NQ/TU", db=db).exit_code == 2


def test_show_an_ambiguous_number_asks_for_an_id(tmp_path):
    from tests.store.builders import build, store
    from vankien.corpus import Corpus

    path = tmp_path / "k.db"
    with Corpus(path) as corpus:
        for name, issuer in (("a", "Tỉnh ủy"), ("b", "Thị ủy")):
            meta = {"doc_type": "NQ", "number": "04-NQ/TU", "issuer": issuer}
            store(corpus, build(f"NGHỊ QUYẾT\nVăn bản {name}.\n", f"/a/{name}.txt", meta=meta))
    result = run("show", "04-NQ/TU", db=path)
    assert result.exit_code == 2
    assert "[V202] Có 2 văn bản ứng với 04-NQ/TU" in result.output
    assert run("show", "#2", db=path).exit_code == 0
