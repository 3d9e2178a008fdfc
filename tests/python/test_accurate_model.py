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
from stancemap.models import LABELS, load_fast_model, load_target_model, model_path, read_model

DATA = Path(__file__).resolve().parent.parent / "data"


def fixture_targets() -> list[tuple[str, int, int]]:
    out = []
    with (DATA / "newsmtsc_dev_sample.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            for t in record["targets"]:
                out.append((record["sentence_normalized"], t["from"], t["to"]))
    return out


@pytest.fixture(scope="module")
def reference():
    """The GRU's arrays (float64) and the fast model's word vectors, for NumPy."""
    header, arrays = read_model(model_path("accurate"))
    _, fast = read_model(model_path("fast"))
    table = fast["embedding_scale"].astype(np.float32)[:, None] * fast["embeddings"].astype(
        np.float32
    )
    table = np.vstack([np.zeros((1, table.shape[1]), np.float32), table]).astype(np.float64)
    return {k: v.astype(np.float64) for k, v in arrays.items()}, table, header["mix_fast"]


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


def reference_predict(
    a: dict, table: np.ndarray, inputs: dict, mix: float, fast: np.ndarray
) -> tuple[float, str]:
    """The GRU in NumPy, mixed with the fast model's probabilities (``fast``) as the file
    says (``mix_fast``)."""
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
    p = (1 - mix) * p / p.sum() + mix * fast
    return float(p[2] - p[0]), LABELS[int(np.argmax(p))]


def test_cpp_prediction_matches_the_numpy_reference_on_dev_targets(reference):
    arrays, table, mix = reference
    model = load_target_model("accurate")
    fast = load_fast_model()
    targets = fixture_targets()
    assert len(targets) == 298
    same, worst = 0, 0.0
    for text, start, end in targets:
        got = model.predict(text, start, end, 0)
        inputs = _core.sequence_inputs(fast, text, start, end)
        fast_p = np.array(fast.predict(text, start, end, 0)["probabilities"])
        score, label = reference_predict(arrays, table, inputs, mix, fast_p)
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
