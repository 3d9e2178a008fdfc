"""The learned relation model behind ``doc.stance(relations="rules+model")``: parity with a
NumPy reference, determinism, the records it adds, lazy loading and errors for bad files.

Pairs for parity: the targets of the same sentence in ``tests/data/newsmtsc_dev_sample.jsonl``
(NewsMTSC dev, Hamborg & Donnay 2021, MIT), so that the test runs without ``../shared``.
"""

from __future__ import annotations

import itertools
import json
import struct
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import stancemap as sm
from stancemap import _core
from stancemap.models import (
    RELATION_LABELS,
    load_relation_model,
    load_target_model,
    model_path,
    read_model,
    relation_model_path,
    write_model,
)

DATA = Path(__file__).resolve().parent.parent / "data"
TEXT = (
    "Merkel praised Macron for his courage. Putin met Erdogan in Ankara. "
    "Trump blasted Biden as a corrupt failure. Obama, Clinton and Sanders spoke in Iowa."
)


def fixture_pairs() -> list[tuple[str, tuple[int, int], tuple[int, int]]]:
    out = []
    with (DATA / "newsmtsc_dev_sample.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            spans = sorted((t["from"], t["to"]) for t in record["targets"])
            for a, b in itertools.combinations(spans, 2):
                out.append((record["sentence_normalized"], a, b))
    return out


def reference_probabilities(text: str, s1: tuple, s2: tuple) -> np.ndarray:
    """The relation model's probabilities in NumPy (float64) from the core's target features."""
    header, arrays = read_model(relation_model_path())
    w = {k: v.astype(np.float64) for k, v in arrays.items()}
    bits = header["features"]["hash_bits"]
    target = load_target_model("fast")
    logits = w["bias"].copy()
    n = header["features"]["dense_size"]
    for k, (start, end) in enumerate((s1, s2)):
        f = target.features(text, start, end)
        rows = (f["indices"].astype(np.int64) & ((1 << bits) - 1)) + (k << bits)
        logits += f["values"].astype(np.float64) @ w["sparse"][rows]
        logits += f["dense"].astype(np.float64) @ w["dense"][k * n : (k + 1) * n]
    logits += float(s1[0] < s2[0]) * w["dense"][2 * n]
    p = np.exp(logits - logits.max())
    return p / p.sum()


def test_cpp_probabilities_match_the_numpy_reference():
    model = load_relation_model()
    pairs = fixture_pairs()
    assert len(pairs) >= 50
    same, worst = 0, 0.0
    for text, a, b in pairs:
        got = model.predict(text, a[0], a[1], b[0], b[1])
        ref = reference_probabilities(text, a, b)
        same += int(np.argmax(got) == np.argmax(ref))
        worst = max(worst, float(np.abs(got - ref).max()))
    assert same / len(pairs) >= 0.99
    assert worst < 1e-3


def test_model_file_names_its_labels_and_threshold():
    header, _ = read_model(relation_model_path())
    assert header["kind"] == "pair_relations"
    assert tuple(header["labels"]) == RELATION_LABELS
    model = load_relation_model()
    assert model.threshold == header["threshold"]
    assert 0.0 <= model.threshold <= 1.0
    assert model.max_actors == header["max_actors"]


def test_rules_model_records_are_deterministic():
    first = sm.analyze(TEXT).stance(relations="rules+model").evidence
    sm.analyze("Putin criticised Erdogan.").stance(relations="rules+model")  # other text between
    again = sm.analyze(TEXT).stance(relations="rules+model").evidence
    assert first.equals(again)


def test_model_records_fill_only_pairs_without_a_rule_record():
    doc = sm.analyze(TEXT)
    rules = doc.stance().evidence
    both = doc.stance(relations="rules+model").evidence
    assert "model" not in set(rules["rule"])
    model = both[both["rule"] == "model"]
    assert both[both["rule"] != "model"].reset_index(drop=True).equals(rules)
    threshold = load_relation_model().threshold
    ruled = {(s, frozenset((a, b))) for s, a, b in zip(rules.sentence, rules.source, rules.target)}
    for r in model.itertuples():
        assert r.category == "sentiment"
        assert threshold <= abs(r.score) <= 1.0
        assert (r.sentence, frozenset((r.source, r.target))) not in ruled
        assert r.source != r.target


def test_model_records_count_in_the_matrix():
    doc = sm.analyze(TEXT)
    evidence = doc.stance(relations="rules+model").evidence
    matrix = doc.stance(relations="rules+model", aggregate="count").to_pandas()
    assert matrix.to_numpy().sum() == pytest.approx(len(evidence))


def test_relations_option_is_checked():
    with pytest.raises(ValueError, match="relations must be"):
        sm.analyze(TEXT).stance(relations="model")  # type: ignore[arg-type]


def test_relation_model_is_loaded_lazily():
    code = (
        "import stancemap, stancemap.models as m;"
        "d = stancemap.analyze('Russia criticised Ukraine. Putin met Erdogan.');"
        "d.stance(); d.evidence;"
        "assert not m._RELATIONS and not m._LOADED;"
        "d.stance(relations='rules+model');"
        "assert len(m._RELATIONS) == 1"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_missing_relation_model_is_an_os_error(tmp_path):
    with pytest.raises(OSError, match=r"nowhere\.smm"):
        _core.RelationModel.load(str(tmp_path / "nowhere.smm"), load_target_model("fast"))


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("checksum", "checksum"),
        ("truncated", "checksum"),
        ("magic", "does not start with"),
        ("kind", 'kind is not "pair_relations"'),
    ],
)
def test_corrupt_relation_model_is_a_clear_value_error(tmp_path, case, message):
    raw = Path(relation_model_path()).read_bytes()
    (size,) = struct.unpack("<I", raw[8:12])
    flipped = bytearray(raw)
    flipped[12 + size + 64] ^= 0xFF
    data = {
        "checksum": bytes(flipped),
        "truncated": raw[: len(raw) // 2],
        "magic": b"NOTMODEL" + raw[8:],
        "kind": Path(model_path("fast")).read_bytes(),
    }[case]
    path = tmp_path / f"{case}.smm"
    path.write_bytes(data)
    with pytest.raises(ValueError, match=message) as info:
        _core.RelationModel.load(str(path), load_target_model("fast"))
    assert str(path) in str(info.value)


def test_relation_model_for_other_target_features_is_refused(tmp_path):
    header, arrays = read_model(relation_model_path())
    n = header["features"]["dense_size"] - 1
    header = {k: v for k, v in header.items() if k not in ("arrays", "checksum")}
    header["features"] = dict(header["features"], dense_size=n)
    arrays = dict(arrays, dense=arrays["dense"][: 2 * n + 1])
    path = tmp_path / "other.smm"
    write_model(path, header, arrays)
    with pytest.raises(ValueError, match="dense values"):
        _core.RelationModel.load(str(path), load_target_model("fast"))
