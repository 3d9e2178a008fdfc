"""The ``accurate`` target-sentiment model (a bidirectional GRU run by the core): parity with a
NumPy reference of the network on the core's inputs, determinism, lazy loading, errors for
bad model files, and the API.

The fixture ``tests/data/newsmtsc_dev_sample.jsonl`` (298 NewsMTSC dev targets, MIT; see
``test_models.py``) makes the parity test run without ``../shared``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import stancemap as sm
from stancemap import _core
from stancemap.models import (
    LABELS,
    load_fast_model,
    load_target_model,
    model_path,
    read_model,
    write_model,
)

DATA = Path(__file__).resolve().parent.parent / "data"


def fixture_targets() -> list[tuple[str, int, int]]:
    out = []
    with (DATA / "newsmtsc_dev_sample.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            for t in record["targets"]:
                out.append((record["sentence_normalized"], t["from"], t["to"]))
    return out


def members_of(header: dict, arrays: dict) -> tuple[list[dict], list[float]]:
    """The GRUs of a model file (float64) and their weights: a file with ``members`` holds
    each array with a leading dimension, one row per GRU."""
    if "members" not in header:
        return [{k: v.astype(np.float64) for k, v in arrays.items()}], [1.0]
    k = header["members"]
    weights = header.get("member_weights", [1.0 / k] * k)
    return [{n: v[i].astype(np.float64) for n, v in arrays.items()} for i in range(k)], weights


@pytest.fixture(scope="module")
def reference():
    """The GRUs' arrays (float64), their weights and the fast model's word vectors, for
    NumPy."""
    header, arrays = read_model(model_path("accurate"))
    _, fast = read_model(model_path("fast"))
    table = fast["embedding_scale"].astype(np.float32)[:, None] * fast["embeddings"].astype(
        np.float32
    )
    table = np.vstack([np.zeros((1, table.shape[1]), np.float32), table]).astype(np.float64)
    members, weights = members_of(header, arrays)
    return members, weights, table, header["mix_fast"]


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def gru_states(a: dict, d: int, x: np.ndarray) -> np.ndarray:
    """PyTorch's GRU equations (gates r, z, n) over the rows of x, direction d."""
    h_size = a["w_hh"].shape[2]
    h = np.zeros(h_size)
    out = np.zeros((len(x), h_size))
    order = range(len(x)) if d == 0 else range(len(x) - 1, -1, -1)
    for t in order:
        gi = a["w_ih"][d] @ x[t] + a["b_ih"][d]
        gh = a["w_hh"][d] @ h + a["b_hh"][d]
        r = sigmoid(gi[:h_size] + gh[:h_size])
        z = sigmoid(gi[h_size : 2 * h_size] + gh[h_size : 2 * h_size])
        n = np.tanh(gi[2 * h_size :] + r * gh[2 * h_size :])
        h = (1 - z) * n + z * h
        out[t] = h
    return out


def gru_probabilities(a: dict, table: np.ndarray, inputs: dict) -> np.ndarray:
    """The probabilities of one GRU in NumPy."""
    rows = inputs["rows"].astype(np.int64)
    steps = len(rows)
    h = a["w_hh"].shape[2]
    x = np.hstack([table[rows], inputs["numbers"].reshape(steps, -1).astype(np.float64)])
    tb, te = inputs["target"]
    pooled = np.zeros(4 * h)
    if steps:
        fwd, bwd = gru_states(a, 0, x), gru_states(a, 1, x)
        if te > 0:
            pooled[:h] = fwd[te - 1]
        if tb < steps:
            pooled[h : 2 * h] = bwd[tb]
        pooled[2 * h : 3 * h] = fwd.max(0)
        pooled[3 * h :] = bwd.max(0)
    logits = a["out_w"] @ np.concatenate([pooled, inputs["named"]]) + a["out_b"]
    p = np.exp(logits - logits.max())
    return p / p.sum()


def reference_predict(
    members: list[dict],
    weights: list[float],
    table: np.ndarray,
    inputs: dict,
    mix: float,
    fast: np.ndarray,
) -> tuple[float, str]:
    """The GRUs in NumPy, averaged with their weights and mixed with the fast model's
    probabilities (``fast``) as the file says (``mix_fast``)."""
    p = sum(w * gru_probabilities(a, table, inputs) for a, w in zip(members, weights))
    p = (1 - mix) * p + mix * fast
    return float(p[2] - p[0]), LABELS[int(np.argmax(p))]


def test_cpp_prediction_matches_the_numpy_reference_on_dev_targets(reference):
    members, weights, table, mix = reference
    model = load_target_model("accurate")
    fast = load_fast_model()
    targets = fixture_targets()
    assert len(targets) == 298
    same, worst = 0, 0.0
    for text, start, end in targets:
        got = model.predict(text, start, end, 0)
        inputs = _core.sequence_inputs(fast, text, start, end)
        fast_p = np.array(fast.predict(text, start, end, 0)["probabilities"])
        score, label = reference_predict(members, weights, table, inputs, mix, fast_p)
        same += got["label"] == label
        worst = max(worst, abs(got["score"] - score))
    assert same / len(targets) >= 0.99
    assert worst < 1e-3


def test_inputs_are_bounded_and_mask_the_target():
    fast = load_fast_model()
    names = _core.token_input_names()
    text = " ".join(["word"] * 100) + " Smith " + " ".join(["good"] * 100) + "."
    start = text.index("Smith")
    f = _core.sequence_inputs(fast, text, start, start + 5)
    steps = len(f["rows"])
    assert steps == 24 + 1 + 24
    assert f["target"] == (24, 25)
    numbers = f["numbers"].reshape(steps, -1)
    assert numbers[24, names.index("in_target")] == 1.0
    assert f["rows"][24] == 0  # masked: no vector
    a = _core.sequence_inputs(fast, "Critics slammed Trump on Monday.", 16, 21)
    b = _core.sequence_inputs(fast, "Critics slammed Obama on Monday.", 16, 21)
    assert a["rows"].tolist() == b["rows"].tolist()
    assert np.array_equal(a["numbers"], b["numbers"])


def test_predictions_are_deterministic_and_independent_of_order():
    targets = fixture_targets()[:40]
    first = [sm.target_sentiment(*t, model="accurate")["score"] for t in targets]
    again = [sm.target_sentiment(*t, model="accurate")["score"] for t in reversed(targets)][::-1]
    assert first == again


def test_accurate_model_on_plain_cases():
    r = sm.target_sentiment(
        "Critics slammed Smith for the disastrous plan.", 16, 21, model="accurate"
    )
    assert r["label"] == "negative"
    assert r["evidence"]
    r = sm.target_sentiment("Smith won praise for his brilliant work.", 0, 5, model="accurate")
    assert r["label"] == "positive"


def test_model_is_loaded_lazily():
    code = (
        "import stancemap, stancemap.models as m;"
        "stancemap.analyze('Russia criticised Ukraine.').actors;"
        "assert not m._LOADED;"
        "stancemap.target_sentiment('Russia criticised Ukraine.', 0, 6, model='accurate');"
        "assert sorted(m._LOADED) == ['accurate', 'fast']"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_missing_model_file_is_an_os_error(tmp_path):
    with pytest.raises(OSError, match=r"nowhere\.smm"):
        _core.SequenceModel.load(str(tmp_path / "nowhere.smm"), load_fast_model())


def test_corrupt_model_file_is_a_clear_value_error(tmp_path):
    raw = bytearray(Path(model_path("accurate")).read_bytes())
    raw[-5] ^= 0xFF
    path = tmp_path / "corrupt.smm"
    path.write_bytes(bytes(raw))
    with pytest.raises(ValueError, match=r"checksum .* does not match"):
        _core.SequenceModel.load(str(path), load_fast_model())
    fast_file = tmp_path / "fast.smm"
    shutil.copy(model_path("fast"), fast_file)
    with pytest.raises(ValueError, match='kind is not "target_sequence"'):
        _core.SequenceModel.load(str(fast_file), load_fast_model())


def ensemble_file(path: Path, arrays: list[dict], weights: list[float] | None, mix: float) -> str:
    """A model file holding the GRUs ``arrays`` (the shipped model's header otherwise)."""
    header, _ = read_model(model_path("accurate"))
    header = {k: v for k, v in header.items() if k not in ("arrays", "checksum")}
    header.update(members=len(arrays), mix_fast=mix)
    header.pop("member_weights", None)
    if weights is not None:
        header["member_weights"] = weights
    stacked = {k: np.stack([a[k] for a in arrays]).astype(np.float32) for k in arrays[0]}
    write_model(path, header, stacked)
    return str(path)


@pytest.fixture(scope="module")
def first_gru() -> dict:
    """The first GRU of the shipped model (float32, as in the file)."""
    header, arrays = read_model(model_path("accurate"))
    if "members" not in header:
        return {k: np.array(v) for k, v in arrays.items()}
    return {k: np.array(v[0]) for k, v in arrays.items()}


def test_an_ensemble_averages_its_members(tmp_path, first_gru):
    fast = load_fast_model()
    one = _core.SequenceModel.load(ensemble_file(tmp_path / "one.smm", [first_gru], None, 0), fast)
    other = {k: v.copy() for k, v in first_gru.items()}
    other["out_b"] = other["out_b"] + np.array([1.0, 0.0, -1.0], np.float32)
    two = _core.SequenceModel.load(
        ensemble_file(tmp_path / "two.smm", [other, first_gru], [0.25, 0.75], 0), fast
    )
    shifted = _core.SequenceModel.load(ensemble_file(tmp_path / "o.smm", [other], None, 0), fast)
    assert two.members == 2
    assert one.members == 1
    for text, start, end in fixture_targets()[:20]:
        p1 = np.array(one.predict(text, start, end, 0)["probabilities"])
        p2 = np.array(shifted.predict(text, start, end, 0)["probabilities"])
        got = np.array(two.predict(text, start, end, 3)["probabilities"])
        assert np.allclose(got, 0.25 * p2 + 0.75 * p1, atol=1e-12)


@pytest.mark.parametrize(
    ("members", "weights", "message"),
    [
        (2, [0.5, 0.6], "member_weights do not sum to 1"),
        (2, [1.0], "one weight per member"),
        (9, None, r"members is not in 1\.\.8"),
    ],
)
def test_bad_ensemble_headers_are_clear_value_errors(
    tmp_path, first_gru, members, weights, message
):
    path = ensemble_file(tmp_path / "bad.smm", [first_gru] * members, weights, 0.5)
    with pytest.raises(ValueError, match=message):
        _core.SequenceModel.load(path, load_fast_model())


def test_an_ensemble_whose_arrays_miss_a_member_is_refused(tmp_path, first_gru):
    path = ensemble_file(tmp_path / "short.smm", [first_gru, first_gru], None, 0.5)
    header, arrays = read_model(path)
    header = {k: v for k, v in header.items() if k not in ("arrays", "checksum")}
    header["members"] = 3
    write_model(tmp_path / "short.smm", header, {k: np.array(v) for k, v in arrays.items()})
    with pytest.raises(ValueError, match="w_ih"):
        _core.SequenceModel.load(str(tmp_path / "short.smm"), load_fast_model())


def test_the_tone_path_batches_targets_and_gives_predicts_scores():
    """``Document.mention_tone_model`` runs the GRUs over up to 16 mentions at once (matrix
    products); each score equals ``predict``'s for that mention alone."""
    sentences = []
    with (DATA / "newsmtsc_dev_sample.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            sentences.append(json.loads(line)["sentence_normalized"])
    text = " ".join(sentences[:60])
    doc = sm.Analyzer()._core.analyze(text)
    table = doc.mention_table()
    assert len(table["start"]) > 32  # more than two batches
    model = load_target_model("accurate")
    tone = doc.mention_tone_model(model)
    one = [
        model.predict(text, int(s), int(e), 0)["score"]
        for s, e in zip(table["start"], table["end"])
    ]
    assert np.allclose(tone, one, rtol=0, atol=1e-5)
    assert np.array_equal(tone, doc.mention_tone_model(model))


def test_the_avx2_kernel_can_be_chosen_and_agrees_with_the_portable_one():
    """``with_avx2(False)`` gives a copy on the portable Eigen code (``uses_avx2`` says which
    kernel runs; True only where the CPU has AVX2 and FMA); both give the same scores."""
    model = load_target_model("accurate")
    portable = model.with_avx2(False)
    assert portable.uses_avx2 is False
    assert model.uses_avx2 in (True, False)
    assert model.with_avx2(True).uses_avx2 == model.uses_avx2
    text = "Critics slammed Smith while praising Jones. Brown said the deal was good."
    starts, ends = [16, 37, 44], [21, 42, 49]
    assert np.allclose(
        model.scores(text, starts, ends), portable.scores(text, starts, ends), rtol=0, atol=1e-5
    )
    with pytest.raises(ValueError, match="2 starts but 1 ends"):
        model.scores(text, [0, 1], [2])
