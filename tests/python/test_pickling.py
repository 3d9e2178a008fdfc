"""Pickling: documents, matrices, lexicons and gazetteers round-trip (issue 14)."""

from __future__ import annotations

import pickle

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import stancemap as sm
from stancemap import _core

SENTENCES = [
    "Russia criticised France.",
    "The United States supported Ukraine.",
    "France condemned Russia over its invasion of Ukraine.",
    "Germany praised Poland for its aid to Ukraine.",
    "Donald Trump met Angela Merkel in Berlin. Mr. Trump said he supported Germany.",
    "Mr. Trump said on Tuesday that he opposed the deal with Iran.",
    "“We will not back down,” said President Putin.",
    "Ünïcödé: the EU — and NATO — warned Moscow.\n\nA new paragraph.",
    "",
]


def roundtrip(obj):
    return pickle.loads(pickle.dumps(obj))


def assert_frames_equal(a: pd.DataFrame, b: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(a, b)


def assert_same_document(a: sm.Document, b: sm.Document) -> None:
    assert b.text == a.text
    assert b.to_dict() == a.to_dict()
    for table in ("sentences", "paragraphs", "tokens", "actors", "mentions"):
        assert_frames_equal(getattr(a, table), getattr(b, table))
    assert_frames_equal(a.stance().evidence, b.stance().evidence)
    assert_frames_equal(a.stance(level="country").to_long(), b.stance(level="country").to_long())


@settings(deadline=None, max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(SENTENCES), min_size=0, max_size=5).map(" ".join),
    st.sampled_from([None, "2019-05-01", "1985-01-01"]),
)
def test_document_round_trips(text, date):
    doc = sm.analyze(text, date=date)
    assert_same_document(doc, roundtrip(doc))


def test_document_keeps_its_tone_options():
    an = sm.Analyzer(tone="rules", sentiment_lexicon=sm.SentimentLexicon.vader())
    doc = an.analyze(SENTENCES[4])
    copy = roundtrip(doc)
    assert "tone" in copy.actors.columns
    assert_frames_equal(doc.actors, copy.actors)


def test_document_of_a_custom_gazetteer_round_trips_without_it():
    gazetteer = sm.Gazetteer.default().extend(
        {"id": "ACME", "name": "Acme Corp", "kind": "organisation", "aliases": ["Acme"]}
    )
    doc = sm.Analyzer(gazetteer).analyze("Acme criticised France.")
    copy = roundtrip(doc)
    assert "ACME" in copy.actors["id"].tolist()
    assert_same_document(doc, copy)


def test_corrupt_document_bytes_are_an_error_not_a_crash():
    data = sm.analyze(SENTENCES[4] + " " + SENTENCES[2])._core.__getstate__()
    rng = np.random.default_rng(7)
    refused = 0
    for _ in range(300):
        damaged = bytearray(data)
        for i in rng.integers(16, len(data), size=3):
            damaged[i] = int(rng.integers(0, 256))
        if rng.random() < 0.3:
            damaged = damaged[: int(rng.integers(0, len(damaged)))]
        try:
            doc = sm.Document(_core.Document.__new__(_core.Document))
            doc._core.__setstate__(bytes(damaged))
            doc.to_dict()  # a loaded document is safe to use
        except ValueError:
            refused += 1
    assert refused > 0
    with pytest.raises(ValueError, match="not a stancemap document"):
        _core.Document.__new__(_core.Document).__setstate__(b"STANCEMAP-CORPUS" + data[16:])
    with pytest.raises(ValueError, match="document data is truncated or corrupt"):
        _core.Document.__new__(_core.Document).__setstate__(data[:-1])


def test_matrices_round_trip():
    doc = sm.analyze(" ".join(SENTENCES))
    for m in (doc.cooccurrence(), doc.stance(), doc.stance(level="country")):
        copy = roundtrip(m)
        assert type(copy) is type(m)
        assert_frames_equal(m.to_long(), copy.to_long())
        assert copy.meta == m.meta


def test_sentiment_lexicon_round_trips(tmp_path):
    words = tmp_path / "words.tsv"
    words.write_text("fantastic\t3.5\nawful\t-3.0\nterrible\t0\n", encoding="utf-8")
    base = sm.SentimentLexicon.default()
    lexicon = sm.SentimentLexicon.from_files(
        [sm.data.data_path("vader_lexicon.txt"), words], scale=[1.0, 0.8], mode="vader"
    )
    copy = roundtrip(lexicon)
    words.unlink()  # the pickle holds the files' bytes, not their paths
    copy = roundtrip(copy)
    assert (len(copy), copy.mode) == (len(lexicon), "vader")
    for w in ("fantastic", "awful", "terrible", "good", "not-a-word"):
        assert copy.valence(w) == lexicon.valence(w)
    assert copy.valence("fantastic") == pytest.approx(3.5 * 0.8)
    assert copy.valence("terrible") == 0.0
    texts = ["The talks were fantastic.", "An awful, terrible day.", "Not good at all."]
    assert_frames_equal(sm.sentiment(texts, lexicon=copy), sm.sentiment(texts, lexicon=lexicon))
    assert roundtrip(base) is base
    assert roundtrip(sm.SentimentLexicon.vader()) is sm.SentimentLexicon.vader()


def test_a_lexicon_without_its_source_says_why_it_cannot_be_pickled():
    lexicon = sm.SentimentLexicon(sm.SentimentLexicon.vader()._core)
    with pytest.raises(TypeError, match="from_files"):
        pickle.dumps(lexicon)


def test_gazetteer_round_trips():
    default = sm.Gazetteer.default()
    assert roundtrip(default) is default
    gazetteer = default.extend(
        {"id": "ACME", "name": "Acme Corp", "kind": "organisation", "aliases": ["Acme"]}
    )
    copy = roundtrip(gazetteer)
    assert copy.to_json() == gazetteer.to_json()
    text = "Acme criticised France. Mr. Trump praised Acme in Moscow."
    assert (
        sm.Analyzer(copy).analyze(text).to_dict() == sm.Analyzer(gazetteer).analyze(text).to_dict()
    )
