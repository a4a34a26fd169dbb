"""``vankien check``: linter lines, summary, JSON, --select/--ignore and exit codes."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from tests.conftest import SEEDS
from vankien.cli.app import app

RUNNER = CliRunner()
SEED = SEEDS / "004_1c839cea0975d955.txt"
PROSE = (
    "Ban Thường vụ Huyện ủy đã tập trung lãnh đạo, chỉ đạo các cấp ủy, chính quyền thực hiện "
    "hoàn thành các nhiệm vụ chính trị của địa phương trong năm, bảo đảm quốc phòng, an ninh.\n"
) * 4
CONSISTENT = "Toàn huyện có 51/58 trường đạt chuẩn quốc gia, đạt tỷ lệ 87,93%.\n" + PROSE
WRONG = "Toàn huyện có 56/74 ấp đạt chuẩn, đạt 75,56%.\n" + PROSE

needs_seed = pytest.mark.skipif(
    not SEED.exists(), reason="the shared corpus is not beside the project"
)


def _run(*args: str):
    return RUNNER.invoke(app, ["check", *args])


def test_a_consistent_file_exits_0(tmp_path):
    path = tmp_path / "bao_cao.txt"
    path.write_text(CONSISTENT, encoding="utf-8")
    result = _run(str(path))
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith("Đã kiểm tra 1 văn bản: 0 vấn đề")


def test_an_error_prints_a_linter_line_and_exits_1(tmp_path):
    path = tmp_path / "bao_cao.txt"
    path.write_text("Dòng đầu.\n" + WRONG, encoding="utf-8")
    result = _run(str(path))
    assert result.exit_code == 1, result.output
    first = result.output.splitlines()[0]
    assert first.startswith(f"{path}:2:15: error percent_mismatch 56/74 = 75,68 %")
    assert "percent_mismatch: 1" in result.output.splitlines()[-1]


def test_ignore_drops_the_code_and_the_exit_status(tmp_path):
    path = tmp_path / "bao_cao.txt"
    path.write_text(WRONG, encoding="utf-8")
    assert _run(str(path), "--ignore", "percent_mismatch").exit_code == 0
    assert _run(str(path), "--select", "total_mismatch,format_").exit_code == 0
    assert _run(str(path), "--select", "percent").exit_code == 1


def test_an_unknown_code_is_a_usage_error(tmp_path):
    path = tmp_path / "bao_cao.txt"
    path.write_text(WRONG, encoding="utf-8")
    result = _run(str(path), "--select", "khong_co")
    assert result.exit_code == 2


def test_an_unreadable_input_exits_2(tmp_path):
    path = tmp_path / "bao_cao.txt"
    path.write_text(WRONG, encoding="utf-8")
    result = _run(str(path), str(tmp_path / "khong_co.txt"))
    assert result.exit_code == 2
    assert "1 tệp không đọc được" in result.output


@needs_seed
def test_json_on_the_seed():
    result = _run(str(SEED), "--format", "json", "--ignore", "format_")
    assert result.exit_code == 1
    payload = json.loads(result.output)
    assert payload["summary"]["by_code"] == {"percent_mismatch": 1, "unit_suspect": 1}
    texts = {i["code"]: i["text"] for i in payload["issues"]}
    assert texts["percent_mismatch"].startswith("56/74")
    assert texts["unit_suspect"] == "27.075.000.000 triệu đồng"
