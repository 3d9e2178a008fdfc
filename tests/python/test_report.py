"""HTML reports: self-contained, escaped, and checked in a real browser (headless Chromium)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import stancemap as sm
from stancemap.cli import main

pytest.importorskip("matplotlib")

ARTIFACTS = Path(__file__).resolve().parents[2] / "build" / "test-artifacts"
HOSTILE = (
    "Russia condemned Ukraine. <script>alert(1)</script> The United States supported "
    'Ukraine. <img src=x onerror="alert(2)"> &amp; "quotes"'
)


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    message = (
        "headless Chromium not found: apt-get install chromium (.ci/run installs it); "
        "the report's browser test is skipped"
    )
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def _run_chromium(*args: str) -> subprocess.CompletedProcess:
    command = [
        _chromium(),
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--hide-scrollbars",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def _external_references(html: str) -> list[str]:
    """src/href attributes and CSS url()s that would load something from elsewhere."""
    refs = re.findall(r'(?:src|href)\s*=\s*"([^"]*)"', html)
    refs += re.findall(r"url\(([^)]*)\)", html)
    return [r for r in refs if not r.startswith(("data:", "#"))]


@pytest.fixture(scope="module")
def document_report(tmp_path_factory, sample_doc) -> Path:
    path = tmp_path_factory.mktemp("report") / "sample.html"
    sample_doc.to_html(path, title="Blinken in Central Asia")
    return path


def test_document_report_is_self_contained(document_report, sample_doc):
    html = document_report.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert _external_references(html) == []
    assert "<script" not in html
    images = re.findall(r'src="data:image/png;base64,', html)
    assert len(images) >= 3  # network and two heatmaps
    assert "Blinken in Central Asia" in html
    assert html.count('class="sm-cue') >= len(sample_doc.evidence) // 3


def test_report_escapes_hostile_text(tmp_path):
    html = sm.analyze(HOSTILE).to_html(tmp_path / "x.html")
    assert "<script>" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;" in html


def test_to_html_returns_without_a_path(sample_doc):
    assert sample_doc.to_html().startswith("<!DOCTYPE html>")


def test_cli_report_of_an_article_and_a_corpus(tmp_path, sample_text):
    article = tmp_path / "article.txt"
    article.write_text(sample_text, encoding="utf-8")
    out = tmp_path / "article.html"
    assert main(["report", str(article), "-o", str(out)]) == 0
    assert "Stance network" in out.read_text(encoding="utf-8")

    records = sm.datasets.wikinews_records()[:15]
    corpus_file = tmp_path / "news.jsonl"
    corpus_file.write_text(
        "\n".join(json.dumps(r) for r in records) + "\nnot json\n", encoding="utf-8"
    )
    out = tmp_path / "corpus.html"
    assert main(["report", str(corpus_file), "-o", str(out), "--title", "Wikinews"]) == 0
    html = out.read_text(encoding="utf-8")
    assert "15 documents analysed" in html
    assert _external_references(html) == []


def test_cli_report_names_a_missing_file(tmp_path, capsys):
    assert main(["report", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "x.html")]) == 2
    assert "missing.txt" in capsys.readouterr().err


def test_corpus_to_html(analyzer):
    texts = [r["text"] for r in sm.datasets.wikinews_records()[:30]]
    corpus = analyzer.analyze_many(texts, threads=1)
    html = corpus.to_html()
    assert "30 documents analysed" in html
    assert "Top actors" in html


# ---------------------------------------------------------------- in a browser


def test_report_in_headless_chromium(document_report, sample_doc):
    result = _run_chromium("--virtual-time-budget=5000", "--dump-dom", document_report.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    # Actors: every mention is a marked span in the loaded page.
    assert dom.count("data-actor=") == len(sample_doc.mentions)
    for actor in ("USA", "KAZ", "Antony Blinken"):
        assert f'data-actor="{actor}"' in dom
    # Matrix cells: the stance and co-occurrence tables have their coloured cells.
    stance = sample_doc.stance(level="country")
    cells = re.findall(r'<td style="background:#[0-9a-f]{6}(?:;color:#fff)?" title="[^"]*"', dom)
    assert len(cells) >= min(len(stance.labels), 15) ** 2
    # Evidence: one row per record in the evidence section.
    section = dom.split('id="evidence"')[1]
    assert section.count("<tr>") - 1 == len(sample_doc.evidence)
    # Pictures decoded by the browser (a broken data URI has no natural size; the DOM holds
    # the attribute either way, so check the images are the ones written).
    assert dom.count("data:image/png;base64,") >= 3


def test_report_screenshot(document_report):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "report_sample.png"
    shot.unlink(missing_ok=True)
    result = _run_chromium(
        f"--screenshot={shot}", "--window-size=1280,2400", document_report.as_uri()
    )
    assert result.returncode == 0, result.stderr[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG")
    assert len(data) > 50_000  # a rendered page, not a blank one
