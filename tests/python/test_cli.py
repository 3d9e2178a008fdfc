"""The command line (``stancemap demo | analyze | corpus``): every command, its output shape
(the JSON object of /work/shared/DESIGN.md's "Command line" section), exit codes, bad files.

Most tests call ``stancemap.cli.main(argv)`` in this process (fast); one runs the installed
``stancemap`` script to check the entry point and the process exit code.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from stancemap import cli

STANCE_TEXT = "France condemned Russia. The EU praised Kazakhstan and Kazakhstan thanked the EU.\n"
PLAIN_TEXT = "Mr. Blinken met Kazakh officials in Astana. Russia and China signed a deal.\n"
EVIDENCE_KEYS = {"source", "target", "score", "category", "cue", "negated", "sentence", "text"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {
        "stance": tmp_path / "stance.txt",
        "plain": tmp_path / "plain.txt",
        "invalid": tmp_path / "invalid.txt",
        "empty": tmp_path / "empty.txt",
    }
    paths["stance"].write_text(STANCE_TEXT, encoding="utf-8")
    paths["plain"].write_text(PLAIN_TEXT, encoding="utf-8")
    paths["invalid"].write_bytes(b"Russia \xff invaded Ukraine.")
    paths["empty"].write_bytes(b"")
    return paths


def check_square(labels: list[str], matrix: list[list[float]]) -> None:
    assert len(matrix) == len(labels)
    assert all(len(row) == len(labels) for row in matrix)


def check_design_shape(result: dict) -> None:
    """The JSON object of DESIGN.md: sentences, actors, cooccurrence, stance."""
    assert isinstance(result["sentences"], int)
    for actor in result["actors"]:
        assert set(actor) == {"id", "name", "kind", "country", "mentions"}
        assert actor["kind"] in {"country", "organisation", "person", "region"}
        assert isinstance(actor["mentions"], int)
        assert actor["mentions"] >= 1
    co = result["cooccurrence"]
    assert {"window", "weight", "labels", "matrix"} <= set(co)
    check_square(co["labels"], co["matrix"])
    assert all(co["matrix"][i][i] == 0 for i in range(len(co["labels"])))
    stance = result["stance"]
    assert {"labels", "matrix", "counts", "evidence"} <= set(stance)
    check_square(stance["labels"], stance["matrix"])
    check_square(stance["labels"], stance["counts"])
    assert sum(map(sum, stance["counts"])) == len(stance["evidence"])
    for record in stance["evidence"]:
        assert set(record) >= EVIDENCE_KEYS
        assert -1 <= record["score"] <= 1
        assert record["source"] in stance["labels"]
        assert record["target"] in stance["labels"]


def test_analyze_json_has_the_design_shape_and_values(capsys, files):
    code, out, err = run(capsys, "analyze", str(files["stance"]), "--format", "json")
    assert (code, err) == (0, "")
    result = json.loads(out)
    check_design_shape(result)
    assert result["sentences"] == 2
    assert {a["id"] for a in result["actors"]} == {"FRA", "RUS", "EU", "KAZ"}
    records = {(r["source"], r["target"], r["category"]) for r in result["stance"]["evidence"]}
    assert records == {
        ("FRA", "RUS", "criticise"),
        ("EU", "KAZ", "praise"),
        ("KAZ", "EU", "praise"),
    }
    stance = result["stance"]
    i, j = stance["labels"].index("FRA"), stance["labels"].index("RUS")
    assert stance["matrix"][i][j] < 0
    assert stance["counts"][i][j] == 1


def test_analyze_options_reach_the_matrix(capsys, files):
    code, out, _ = run(
        capsys, "analyze", str(files["plain"]), "--window", "document", "--weight", "binary"
    )
    assert code == 0
    co = json.loads(out)["cooccurrence"]
    assert (co["window"], co["weight"]) == ("document", "binary")
    assert {v for row in co["matrix"] for v in row} == {0, 1}


def test_analyze_country_level_rolls_persons_up(capsys, files):
    text = files["plain"].parent / "person.txt"
    text.write_text("Kazakh President Kassym-Jomart Tokayev met Russia's envoy.", encoding="utf-8")
    _, out, _ = run(capsys, "analyze", str(text), "--level", "actor")
    assert "Kassym-Jomart Tokayev" in {a["id"] for a in json.loads(out)["actors"]}
    _, out, _ = run(capsys, "analyze", str(text), "--level", "country")
    assert {a["id"] for a in json.loads(out)["actors"]} == {"KAZ", "RUS"}


def test_analyze_several_files_one_line_each_with_its_name(capsys, files):
    code, out, _ = run(capsys, "analyze", str(files["stance"]), str(files["plain"]))
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [r["file"] for r in lines] == [str(files["stance"]), str(files["plain"])]


def test_analyze_csv_is_the_matrix_of_all_files(capsys, files):
    code, out, _ = run(
        capsys, "analyze", str(files["stance"]), str(files["plain"]), "--format", "csv"
    )
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    header, body = rows[0], rows[1:]
    assert header[0] == ""
    assert [r[0] for r in body] == header[1:]
    assert {"FRA", "RUS", "KAZ", "CHN"} <= set(header)
    for i, row in enumerate(body):  # symmetric counts
        for j, value in enumerate(row[1:]):
            assert value == body[j][i + 1]


def test_analyze_stdin(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STANCE_TEXT.encode())))
    code, out, _ = run(capsys, "analyze", "-")
    assert code == 0
    assert json.loads(out)["sentences"] == 2


def test_analyze_missing_file_exits_2_and_goes_on(capsys, files, tmp_path):
    missing = tmp_path / "nope.txt"
    code, out, err = run(capsys, "analyze", str(missing), str(files["stance"]))
    assert code == 2
    assert f"cannot read {missing}" in err
    assert json.loads(out.splitlines()[0])["file"] == str(files["stance"])


def test_analyze_invalid_utf8_names_file_and_offset(capsys, files):
    code, out, err = run(capsys, "analyze", str(files["invalid"]))
    assert (code, out) == (2, "")
    assert str(files["invalid"]) in err
    assert "byte offset 7" in err
    code, out, err = run(capsys, "analyze", str(files["invalid"]), "--errors", "replace")
    assert (code, err) == (0, "")
    assert {a["id"] for a in json.loads(out)["actors"]} == {"RUS", "UKR"}


def test_analyze_invalid_utf8_in_csv_mode_is_reported(capsys, files):
    code, out, err = run(
        capsys, "analyze", str(files["invalid"]), str(files["plain"]), "--format", "csv"
    )
    assert code == 2
    assert str(files["invalid"]) in err
    assert "KAZ" in out.splitlines()[0]


def test_analyze_empty_file(capsys, files):
    code, out, _ = run(capsys, "analyze", str(files["empty"]))
    assert code == 0
    result = json.loads(out)
    check_design_shape(result)
    assert (result["sentences"], result["actors"]) == (0, [])


def test_analyze_a_directory_is_a_clear_error(capsys, tmp_path):
    code, _, err = run(capsys, "analyze", str(tmp_path))
    assert code == 2
    assert f"cannot read {tmp_path}" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["analyze", "x.txt", "--level", "planet"],
        ["analyze", "x.txt", "--window", "0"],
        ["analyze", "x.txt", "--window", "week"],
        ["analyze", "x.txt", "--weight", "tfidf"],
        ["analyze", "x.txt", "--format", "xml"],
        ["demo", "--format", "csv"],
        ["corpus", "x.jsonl", "--threads", "many"],
        ["analyze"],
        ["frobnicate"],
        [],
    ],
)
def test_bad_options_exit_2_with_usage(capsys, argv):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(argv)
    assert exit_info.value.code == 2
    assert "usage: stancemap" in capsys.readouterr().err


def test_demo_text_and_json(capsys):
    code, out, err = run(capsys, "demo")
    assert (code, err) == (0, "")
    assert out.startswith("stancemap demo: the bundled sample article")
    for section in ("Segments", "Actors (level=actor)", "Stance evidence"):
        assert section in out
    code, out, _ = run(capsys, "demo", "--format", "json", "--level", "country")
    assert code == 0
    result = json.loads(out)
    check_design_shape(result)
    assert {"USA", "KAZ", "RUS"} <= {a["id"] for a in result["actors"]}
    assert all(a["kind"] != "person" for a in result["actors"])


def corpus_file(tmp_path: Path) -> Path:
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"text": STANCE_TEXT}),
        "",
        "not json",
        json.dumps({"body": "no text field"}),
        json.dumps({"text": PLAIN_TEXT}),
        json.dumps({"text": 42}),
        json.dumps(["a", "list"]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_corpus_json_counts_records_and_reports_bad_lines(capsys, tmp_path):
    code, out, err = run(capsys, "corpus", str(corpus_file(tmp_path)), "--format", "json")
    assert code == 0
    result = json.loads(out)
    assert set(result) == {"documents", "errors", "actors", "cooccurrence", "stance"}
    assert result["documents"] == 2
    # Records in = documents + errors: the 6 non-blank lines.
    assert result["documents"] + len(result["errors"]) == 6
    assert "(line 3): not JSON" in err
    assert "(line 4): missing" in err
    assert "records read 6 = analysed 2 + errors 4" in err
    co = result["cooccurrence"]  # sparse: one entry per nonzero cell, both halves
    cells = {(c["row"], c["column"]): c["value"] for c in co["cells"]}
    assert all(cells[(b, a)] == v for (a, b), v in cells.items())
    assert {"FRA", "RUS", "KAZ", "CHN"} <= {a["id"] for a in result["actors"]}


def test_corpus_text_and_csv(capsys, tmp_path):
    path = corpus_file(tmp_path)
    code, out, _ = run(capsys, "corpus", str(path), "--top", "3")
    assert code == 0
    assert out.startswith("2 documents analysed, 4 records with errors")
    code, out, _ = run(capsys, "corpus", str(path), "--format", "csv", "--level", "country")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["row", "column", "value"]  # sparse: one line per nonzero cell
    assert "KAZ" in {cell for row in rows[1:] for cell in row[:2]}


def test_corpus_text_field_option(capsys, tmp_path):
    path = tmp_path / "body.jsonl"
    path.write_text(json.dumps({"body": STANCE_TEXT}) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "corpus", str(path), "--text-field", "body", "--format", "json")
    assert code == 0
    assert json.loads(out)["documents"] == 1


def test_corpus_missing_file_exits_2(capsys, tmp_path):
    code, out, err = run(capsys, "corpus", str(tmp_path / "nope.jsonl"))
    assert (code, out) == (2, "")
    assert "cannot read" in err


def test_the_installed_script_and_its_exit_codes(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(STANCE_TEXT, encoding="utf-8")
    script = [sys.executable, "-m", "stancemap"]
    done = subprocess.run([*script, "analyze", str(good)], capture_output=True, text=True)
    assert done.returncode == 0
    check_design_shape(json.loads(done.stdout))
    done = subprocess.run([*script, "analyze", str(tmp_path / "no.txt")], capture_output=True)
    assert done.returncode == 2
    done = subprocess.run([*script, "--version"], capture_output=True, text=True)
    assert (done.returncode, done.stdout.split()[0]) == (0, "stancemap")
