"""`stancemap corpus`: every record accounted for, bad ones with one reason each."""

from __future__ import annotations

import gzip
import json

import pytest
import scipy.sparse as sp

from stancemap.cli import main

GOOD = [
    {"text": "Russia criticised France.", "date": "2020-01-05"},
    {"text": "Germany praised Poland.", "date": "2020-02-07"},
    {"text": "France condemned Russia.", "date": "2020-02-09"},
]


def _lines() -> bytes:
    lines = [
        json.dumps(GOOD[0]).encode(),
        b'{"text": "broken',  # bad JSON
        json.dumps({"body": "no text"}).encode(),  # missing field
        b'{"text": "bad \xff utf8"}',  # invalid UTF-8
        b"",  # blank: not a record
        json.dumps(GOOD[1]).encode(),
        b"[1, 2]",  # not an object
        json.dumps(GOOD[2]).encode(),
    ]
    return b"\n".join(lines) + b"\n"


@pytest.mark.parametrize("gz", [False, True])
def test_corpus_command_accounts_for_every_record(tmp_path, capsys, gz):
    path = tmp_path / ("c.jsonl.gz" if gz else "c.jsonl")
    path.write_bytes(gzip.compress(_lines()) if gz else _lines())
    out = tmp_path / "out"
    code = main(["corpus", str(path), "--date-field", "date", "--by", "month", "--out", str(out)])
    assert code == 0
    err = capsys.readouterr().err
    assert "records read 7 = analysed 3 + errors 4" in err
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert [(e["record"], e["line"]) for e in errors] == [(1, 2), (2, 3), (3, 4), (5, 7)]
    reasons = [e["reason"] for e in errors]
    assert reasons[0].startswith("not JSON")
    assert reasons[1] == "missing field 'text'"
    assert reasons[2].startswith("invalid UTF-8")
    assert reasons[3].startswith("not a JSON object")
    over_time = (out / "stance_over_time.csv").read_text().splitlines()
    assert over_time[0] == "period,source,target,value,count"
    assert over_time[1:] == [
        "2020-01,RUS,FRA,-0.45,1.0",
        "2020-02,DEU,POL,0.58,1.0",
        "2020-02,FRA,RUS,-0.45,1.0",
    ]
    stance = sp.load_npz(out / "stance.npz")
    labels = json.loads((out / "stance_labels.json").read_text())
    assert stance.shape == (len(labels["rows"]), len(labels["columns"]))
    evidence = [json.loads(line) for line in (out / "evidence.jsonl").read_text().splitlines()]
    assert [e["document"] for e in evidence] == [0, 4, 6]


def test_corpus_command_fails_when_nothing_is_analysed(tmp_path, capsys):
    path = tmp_path / "c.jsonl"
    path.write_text('{"body": "x"}\n')
    assert main(["corpus", str(path), "--text-field", "text"]) == 1
    assert "records read 1 = analysed 0 + errors 1" in capsys.readouterr().err


def test_corpus_command_reads_csv_and_folders(tmp_path, capsys):
    csv_path = tmp_path / "c.csv"
    csv_path.write_text('text,date\n"Russia criticised France.",2020-01-05\n')
    assert main(["corpus", str(csv_path), "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["documents"] == 1
    assert result["stance"]["cells"] == [
        {"source": "RUS", "target": "FRA", "value": -0.45, "count": 1}
    ]
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "a.txt").write_text("Germany praised Poland.")
    (folder / "b.txt").write_bytes(b"bad \xff")
    assert main(["corpus", str(folder)]) == 0
    assert "records read 2 = analysed 1 + errors 1" in capsys.readouterr().err


def _corpus_out(tmp_path, *extra: str):
    path = tmp_path / "c.jsonl"
    path.write_bytes(_lines())
    out = tmp_path / "out"
    args = ["corpus", str(path), "--date-field", "date", "--metadata", "date", "--out", str(out)]
    assert main([*args, *extra]) == 0
    return out


def test_corpus_command_writes_parquet_equal_to_the_text_files(tmp_path, capsys):
    pytest.importorskip("pyarrow")
    import pandas as pd

    out = _corpus_out(tmp_path, "--evidence", "all")
    for name in ("cooccurrence", "stance", "stance_over_time"):
        parquet = pd.read_parquet(out / f"{name}.parquet")
        pd.testing.assert_frame_equal(parquet, pd.read_csv(out / f"{name}.csv"), check_dtype=False)
    evidence = pd.read_parquet(out / "evidence.parquet")
    lines = pd.read_json(out / "evidence.jsonl", lines=True)
    assert list(evidence.columns) == list(lines.columns)
    assert evidence["document"].tolist() == [0, 4, 6]
    assert (
        evidence["text"].tolist()
        == lines["text"].tolist()
        == ["Russia criticised France.", "Germany praised Poland.", "France condemned Russia."]
    )
    assert evidence["date"].tolist() == list(
        pd.to_datetime(["2020-01-05", "2020-02-07", "2020-02-09"])
    )


def test_corpus_command_without_pyarrow_writes_no_parquet(tmp_path, capsys, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_pyarrow(name, *args, **kwargs):
        if name == "pyarrow" or name.startswith("pyarrow."):
            raise ImportError("no pyarrow here")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    out = _corpus_out(tmp_path)
    assert sorted(p.name for p in out.glob("*.parquet")) == []
    assert (out / "evidence.jsonl").exists()


def test_corpus_command_counts_historical_states_as_todays_when_asked(tmp_path, capsys):
    path = tmp_path / "c.jsonl"
    record = {
        "text": "Moscow criticised Bonn. East Germany praised the Soviet Union.",
        "date": "1987-03-01",
    }
    path.write_text(json.dumps(record) + "\n")
    by_country = ["corpus", str(path), "--date-field", "date", "--level", "country"]
    for extra, present, absent in (([], "SUN", "RUS"), (["--successors"], "RUS", "SUN")):
        assert main([*by_country, *extra, "--format", "json"]) == 0
        stance = json.loads(capsys.readouterr().out)["stance"]["cells"]
        countries = {c["source"] for c in stance} | {c["target"] for c in stance}
        assert present in countries
        assert absent not in countries
