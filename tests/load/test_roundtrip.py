"""Every format reaches the same record: the scorer on the seeds as .txt, DOCX, text PDF,
scanned PDF (OCR) and legacy encodings. DOCX and text PDF must score exactly as the .txt;
scans at least 0.9 of it on figures and references."""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path

import pytest

from tests.conftest import GOLD, SEEDS, SHARED
from tests.load.conftest import needs_font, needs_tesseract
from vankien.load import load
from vankien.pipeline import run, source_of

SCORER = SHARED / "tools" / "score.py"
METRICS = (
    "meta",
    "ref_recall",
    "ref_date",
    "ref_prec",
    "fig_recall",
    "fig_attr",
    "asg_recall",
    "iss_recall",
    "iss_fp",
    "iss_prec",
    "grounded",
    "errors",
)


@cache
def scorer():
    spec = importlib.util.spec_from_file_location("vankien_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(files: dict[str, Path]) -> dict[str, float | int | None]:
    """The scorer's totals over the gold documents whose seed has a file in ``files``."""
    tool = scorer()
    totals = {name: tool.Tally() for name in METRICS}
    for gold_path in sorted(GOLD.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        stem = Path(gold["file"]).stem
        if stem not in files:
            continue
        try:
            loaded = load(files[stem])
            record = run(loaded.text, source_of(loaded)).model_dump(mode="json")
            tool.score_document(gold, record, loaded.text, totals)
        except Exception:  # noqa: BLE001 — counted like the scorer counts a failed command
            totals["errors"].total += 1
    return {name: (t.total if name in tool.AT_MOST else t.rate()) for name, t in totals.items()}


@pytest.fixture(scope="module")
def baseline() -> dict[str, float | int | None]:
    if not GOLD.is_dir() or not SCORER.exists():
        pytest.skip("không thấy ../shared/spec/dev-gold hoặc ../shared/tools/score.py")
    return score({p.stem: p for p in SEEDS.glob("*.txt")})


def _same(got: dict, want: dict) -> None:
    assert got["errors"] == 0
    assert got == want


def test_docx_scores_as_txt(built, baseline):
    _same(score({p.stem: p for p in (built / "docx").glob("*.docx")}), baseline)


@needs_font
def test_text_pdf_scores_as_txt(built, baseline):
    _same(score({p.stem: p for p in (built / "pdf").glob("*.pdf")}), baseline)


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_legacy_encoding_scores_as_txt(built, encoding, suffix):
    files = {p.stem: p for p in (built / encoding).glob(f"*{suffix}")}
    assert files
    want = score({stem: SEEDS / f"{stem}.txt" for stem in files})
    _same(score(files), want)
    assert load(next(iter(files.values()))).encoding == encoding


@pytest.mark.slow
@needs_font
@needs_tesseract
def test_scans_reach_nine_tenths(scans, baseline):
    got = score({p.stem: p for p in scans.glob("*.pdf")})
    assert got["errors"] == 0
    for metric in ("fig_recall", "ref_recall"):
        assert (got[metric] or 0) >= 0.9 * (baseline[metric] or 0), (metric, got, baseline)
    assert got["grounded"] == 1.0
