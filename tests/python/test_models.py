"""The learned target-sentiment model: parity with a NumPy reference, determinism, lazy
loading, errors for bad model files, the API and the actors' tone.

The fixture ``tests/data/newsmtsc_dev_sample.jsonl`` holds the first 120 sentences of
NewsMTSC's rw-dev and the first 80 of mt-dev (Hamborg & Donnay 2021, MIT licence): 298
targets, so that the parity test runs without ``../shared``.
"""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stancemap as sm
from stancemap import _core
from stancemap.models import LABELS, load_target_model, model_path, read_model, write_model

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
    """The model's arrays, for a prediction in NumPy (float64) from the core's features."""
    header, arrays = read_model(model_path("fast"))
    return header, {k: v.astype(np.float64) for k, v in arrays.items()}


def reference_predict(arrays: dict, features: dict) -> tuple[float, str]:
    logits = arrays["bias"].copy()
    logits += features["values"].astype(np.float64) @ arrays["sparse"][features["indices"]]
    logits += features["dense"].astype(np.float64) @ arrays["dense"]
    p = np.exp(logits - logits.max())
    p /= p.sum()
    return float(p[2] - p[0]), LABELS[int(np.argmax(p))]


def test_cpp_prediction_matches_the_numpy_reference_on_dev_targets(reference):
    _, arrays = reference
    model = load_target_model("fast")
    targets = fixture_targets()
    assert len(targets) == 298
    same, worst = 0, 0.0
    for text, start, end in targets:
        got = model.predict(text, start, end, 0)
        score, label = reference_predict(arrays, model.features(text, start, end))
        same += got["label"] == label
        worst = max(worst, abs(got["score"] - score))
    assert same / len(targets) >= 0.99
    assert worst < 1e-3


def test_predictions_are_deterministic_and_independent_of_order():
    targets = fixture_targets()[:60]
    first = [sm.target_sentiment(*t)["score"] for t in targets]
    again = [sm.target_sentiment(*t)["score"] for t in reversed(targets)][::-1]
    assert first == again


def test_the_target_own_words_are_masked():
    """Two names in the same place give the same features: no prior per entity."""
    model = load_target_model("fast")
    a = model.features("Critics slammed Trump on Monday.", 16, 21)
    b = model.features("Critics slammed Obama on Monday.", 16, 21)
    assert a["indices"].tolist() == b["indices"].tolist()
    assert np.array_equal(a["dense"], b["dense"])


def test_the_target_as_speaker_is_a_feature():
    model = load_target_model("fast")
    speaker = _core.target_feature_names().index("speaker")
    said = model.features("Smith said the plan was a disaster.", 0, 5)
    told = model.features("The plan was a disaster, according to Smith.", 38, 43)
    victim = model.features("The plan was a disaster for Smith.", 28, 33)
    assert said["dense"][speaker] == 1.0
    assert told["dense"][speaker] == 1.0
    assert victim["dense"][speaker] == 0.0


def test_feature_names_name_the_words_next_to_the_target():
    model = load_target_model("fast")
    f = model.features("Critics slammed Smith while praising Jones.", 16, 21, names=True)
    assert len(f["names"]) == len(f["indices"])
    assert {"L1=slammed", "R1=while", "L2_L1=critics_slammed", "clause_left=critics"} <= set(
        f["names"]
    )
    assert not any("smith" in name for name in f["names"])


def test_model_is_loaded_lazily():
    code = (
        "import stancemap, stancemap.models as m, sys;"
        "assert not m._LOADED;"
        "stancemap.analyze('Russia criticised Ukraine.').actors;"
        "assert not m._LOADED;"
        "stancemap.target_sentiment('Russia criticised Ukraine.', 0, 6);"
        "assert list(m._LOADED) == ['fast']"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_missing_model_file_is_an_os_error(tmp_path):
    lexicon = sm.SentimentLexicon.default()._core
    with pytest.raises(OSError, match=r"nowhere\.smm"):
        _core.TargetModel.load(str(tmp_path / "nowhere.smm"), lexicon)


def corrupt_copies(tmp_path: Path) -> dict[str, Path]:
    raw = Path(model_path("fast")).read_bytes()
    (size,) = struct.unpack("<I", raw[8:12])
    flipped = bytearray(raw)
    flipped[12 + size + 100] ^= 0xFF
    bad_header = raw[:12] + b"{" * size + raw[12 + size :]
    cases = {
        "magic": b"NOTMODEL" + raw[8:],
        "truncated": raw[: len(raw) // 2],
        "checksum": bytes(flipped),
        "header": bad_header,
        "empty": b"",
    }
    paths = {}
    for name, data in cases.items():
        paths[name] = tmp_path / f"{name}.smm"
        paths[name].write_bytes(data)
    return paths


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("magic", "does not start with"),
        ("truncated", "checksum"),
        ("checksum", "checksum"),
        ("header", "header is not JSON"),
        ("empty", "does not start with"),
    ],
)
def test_corrupt_model_file_is_a_clear_value_error(tmp_path, case, message):
    path = corrupt_copies(tmp_path)[case]
    with pytest.raises(ValueError, match=message) as info:
        _core.TargetModel.load(str(path), sm.SentimentLexicon.default()._core)
    assert str(path) in str(info.value)


def test_wrong_shapes_are_refused(tmp_path):
    header, arrays = read_model(model_path("fast"))
    arrays = dict(arrays, dense=arrays["dense"][:-1])
    path = tmp_path / "short.smm"
    write_model(path, {k: v for k, v in header.items() if k not in ("arrays", "checksum")}, arrays)
    with pytest.raises(ValueError, match='array "dense" has the wrong shape'):
        _core.TargetModel.load(str(path), sm.SentimentLexicon.default()._core)


def test_a_copied_model_file_loads_and_predicts_the_same(tmp_path):
    copy = tmp_path / "copy.smm"
    shutil.copy(model_path("fast"), copy)
    model = _core.TargetModel.load(str(copy), sm.SentimentLexicon.default()._core)
    text = "Critics slammed Smith while praising Jones."
    assert model.predict(text, 16, 21) == load_target_model("fast").predict(text, 16, 21)


# ------------------------------------------------------------------------------------ API


def test_target_sentiment_fast_is_the_default():
    text = "Critics slammed Smith while praising Jones."
    r = sm.target_sentiment(text, 16, 21)
    assert set(r) == {"score", "label", "evidence", "probabilities"}
    assert r == sm.target_sentiment(text, 16, 21, model="fast")
    assert r["label"] in LABELS
    assert sum(r["probabilities"]) == pytest.approx(1.0)
    assert r["score"] == pytest.approx(r["probabilities"][2] - r["probabilities"][0])
    assert r["label"] == LABELS[int(np.argmax(r["probabilities"]))]
    assert 1 <= len(r["evidence"]) <= 5
    contributions = [e["contribution"] for e in r["evidence"]]
    assert contributions == sorted(contributions, reverse=True)
    assert all(c > 0 for c in contributions)
    for e in r["evidence"]:
        assert set(e) == {"feature", "text", "start", "end", "contribution"}
        if e["text"] is not None:
            assert text[e["start"] : e["end"]] == e["text"]


@pytest.mark.parametrize(
    ("text", "target", "label"),
    [
        ("Critics slammed Smith while praising Jones.", "Smith", "negative"),
        ("The corrupt Smith met the honest Jones.", "Smith", "negative"),
        ("Smith met Jones in Geneva.", "Smith", "neutral"),
    ],
)
def test_fast_model_on_plain_cases(text, target, label):
    start = text.index(target)
    assert sm.target_sentiment(text, start, start + len(target))["label"] == label


def test_rules_model_is_the_rule_scorer():
    text = "Critics slammed Smith while praising Jones."
    rules = sm.target_sentiment(text, 37, 42, model="rules")
    assert set(rules) == {"score", "raw", "label", "evidence"}
    assert rules == _core.target_sentiment(sm.SentimentLexicon.default()._core, text, 37, 42, {})


def test_options_and_lexicon_apply_to_the_rules_only():
    text = "Critics slammed Smith while praising Jones."
    with pytest.raises(ValueError, match="apply to model='rules' only"):
        sm.target_sentiment(text, 37, 42, positive_threshold=0.5)
    with pytest.raises(ValueError, match="apply to model='rules' only"):
        sm.target_sentiment(text, 37, 42, lexicon=sm.SentimentLexicon.vader())
    with pytest.raises(ValueError, match="model must be"):
        sm.target_sentiment(text, 37, 42, model="slow")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="does not lie within"):
        sm.target_sentiment(text, 37, 99)


def test_fast_model_offsets_are_characters_in_non_ascii_text():
    text = "Ms Müller’s critics were furious with Zoë Saldaña but praised Björk’s calm."
    start = text.index("Björk")
    r = sm.target_sentiment(text, start, start + 5)
    for e in r["evidence"]:
        if e["text"] is not None:
            assert text[e["start"] : e["end"]] == e["text"]


def test_empty_text_and_span():
    r = sm.target_sentiment("", 0, 0)
    assert r["label"] in LABELS
    assert r == sm.target_sentiment("", 0, 0)


# ----------------------------------------------------------------------------- actor tone

TONE_TEXT = (
    "Russia criticised Ukraine for the attack. Germany praised France for its generous aid. "
    "Russian officials denounced the brutal German sanctions."
)


def test_tone_is_left_out_unless_asked():
    assert "tone" not in sm.Analyzer().analyze(TONE_TEXT).actors.columns
    assert "tone" not in sm.analyze(TONE_TEXT).actors.columns


@pytest.mark.parametrize("scorer", ["fast", "accurate", "rules"])
def test_tone_is_the_mean_target_sentiment_of_the_mentions(scorer):
    doc = sm.Analyzer(tone=scorer).analyze(TONE_TEXT)
    tone = dict(zip(doc.actors["id"], doc.actors["tone"]))
    assert tone
    for actor, rows in doc.mentions.groupby("actor"):
        expected = np.mean(
            [
                sm.target_sentiment(TONE_TEXT, int(r.start), int(r.end), model=scorer)["score"]
                for r in rows.itertuples()
            ]
        )
        assert tone[actor] == pytest.approx(expected)


def test_tone_option_is_checked():
    with pytest.raises(ValueError, match="tone must be"):
        sm.Analyzer(tone="slow")  # type: ignore[arg-type]


# ------------------------------------------------------------------------- hostile input


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=200),
    a=st.integers(min_value=0, max_value=200),
    b=st.integers(min_value=0, max_value=200),
)
def test_any_text_and_span_gives_a_probability_or_a_value_error(text, a, b):
    start, end = min(a, b), max(a, b)
    if end > len(text):
        with pytest.raises(ValueError, match="does not lie within"):
            sm.target_sentiment(text, start, end)
        return
    r = sm.target_sentiment(text, start, end)
    assert -1.0 <= r["score"] <= 1.0
    assert sum(r["probabilities"]) == pytest.approx(1.0)
    assert r == sm.target_sentiment(text, start, end)


# ------------------------------------------------------------------- targets sharing a sentence


def test_scores_of_the_targets_of_a_sentence_match_the_numpy_reference(reference):
    """``scores`` (the tone's path) reads a sentence once for all its targets (prefix sums
    over its words); on the fixture's sentences, all their targets at once, it agrees with
    the NumPy reference of each target's full features."""
    _, arrays = reference
    model = load_target_model("fast")
    records = [
        json.loads(line)
        for line in (DATA / "newsmtsc_dev_sample.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    shared, worst = 0, 0.0
    for record in records:
        text, targets = record["sentence_normalized"], record["targets"]
        got = model.scores(text, [t["from"] for t in targets], [t["to"] for t in targets])
        shared += len(targets) if len(targets) > 1 else 0
        for t, score in zip(targets, got):
            ref_score, _ = reference_predict(arrays, model.features(text, t["from"], t["to"]))
            worst = max(worst, abs(float(score) - ref_score))
    assert shared >= 150
    assert worst < 1e-3


_WORDS = [
    "Smith",
    "Jones",
    "praised",
    "attacked",
    "but",
    "not",
    "good",
    "terrible",
    "said",
    ",",
    "—",
    '"',
    "and",
    "while",
    "the",
    "deal",
    "who",
    "very",
    ".",
    "(",
    ")",
]


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40),
    picks=st.lists(st.integers(min_value=0, max_value=39), min_size=1, max_size=6),
)
def test_scores_of_many_targets_equal_one_target_at_a_time(words, picks):
    """Any targets of any sentence (contrast words, dashes, quotes joined to words): the
    shared path gives each target's own prediction."""
    text = " ".join(words).replace('" ', '"')
    starts, pos = [], 0
    for w in text.split(" "):
        starts.append((pos, pos + len(w)))
        pos += len(w) + 1
    spans = sorted({starts[p % len(starts)] for p in picks})
    model = load_target_model("fast")
    got = model.scores(text, [a for a, _ in spans], [b for _, b in spans])
    for (a, b), score in zip(spans, got):
        assert score == pytest.approx(model.predict(text, a, b, 0)["score"], abs=1e-5)
