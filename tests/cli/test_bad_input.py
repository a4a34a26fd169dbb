"""Any file a user might feed gets one Vietnamese line naming it, a non-zero exit, and the
batch goes on. Never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

GOOD = sorted(EXAMPLES.glob("*.txt"))[0]


def vankien(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vankien", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
    )


# fmt: off
BAD_FILES = [
    # (file name, bytes, words the message must contain)
    ("rong.txt",        b"",                                        "tệp rỗng"),
    ("trang.txt",       b"   \n\n  ",                               "tệp rỗng"),
    ("nhiphan.txt",     bytes(range(256)) * 8,                      "không"),
    ("latin1.txt",      "Nghị quyết của Đảng bộ".encode("cp1252", "replace") + b"\xff\xfe\x81" * 3, "không"),
    ("muasam.txt",      "Danh sách đi chợ:\n- trứng\n- sữa\n- bánh mì\n- rau cải\n- thịt bò\n- cà chua\n".encode(), "không phải là văn bản"),
    ("code.md",         b"import os\nimport sys\n\ndef main():\n    return 0\n\nclass A:\n    pass\n" * 5, "không phải là văn bản"),
    ("anh.xyz",         b"GIF89a....",                              "chưa được hỗ trợ"),
]
# fmt: on


@pytest.mark.parametrize(("name", "data", "words"), BAD_FILES)
def test_bad_file_gets_one_vietnamese_line(tmp_path, name, data, words):
    path = tmp_path / name
    path.write_bytes(data)
    result = vankien("extract", path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    first = result.stderr.splitlines()[0]
    assert name in first
    assert words in result.stderr
    assert result.stdout == ""


def test_missing_path_is_named(tmp_path):
    result = vankien("extract", tmp_path / "khong_co.txt")
    assert result.returncode == 2
    assert "khong_co.txt" in result.stderr and "Không tìm thấy" in result.stderr


def test_directory_without_documents(tmp_path):
    (tmp_path / "ghichu.pdfx").write_text("x")
    result = vankien("extract", tmp_path)
    assert result.returncode == 2
    assert "không có văn bản nào" in result.stderr


def test_batch_goes_on_and_counts_failures(tmp_path):
    (tmp_path / "a_rong.txt").write_bytes(b"")
    (tmp_path / "b_tot.txt").write_bytes(GOOD.read_bytes())
    result = vankien("extract", tmp_path, "--format", "jsonl")
    assert result.returncode == 2
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["source"]["path"].endswith("b_tot.txt")
    assert "Có 1/2 tệp không đọc được" in result.stderr


def test_utf8_bom_and_utf16_read_the_same(tmp_path):
    text = GOOD.read_text(encoding="utf-8")
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode())
    (tmp_path / "u16.txt").write_bytes(text.encode("utf-16"))
    plain = vankien("text", GOOD).stdout
    assert vankien("text", tmp_path / "bom.txt").stdout == plain
    assert vankien("text", tmp_path / "u16.txt").stdout == plain


def test_version_and_help():
    assert vankien("--version").stdout.startswith("vankien ")
    help_text = vankien("--help").stdout
    for command in ("extract", "text", "schema"):
        assert command in help_text


def test_schema_is_the_record_schema():
    schema = json.loads(vankien("schema").stdout)
    assert set(schema["properties"]) >= {
        "schema_version",
        "source",
        "meta",
        "sections",
        "references",
        "figures",
        "assignments",
        "issues",
    }


def test_output_file_and_table(tmp_path):
    out = tmp_path / "ket_qua.jsonl"
    result = vankien("extract", EXAMPLES, "--format", "jsonl", "--output", out)
    assert result.returncode == 0, result.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(list(EXAMPLES.glob("*.txt")))
    table = vankien("extract", EXAMPLES, "--format", "table").stdout
    assert "văn bản" in table
