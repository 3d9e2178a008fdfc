"""Pickling: documents, matrices, lexicons and gazetteers round-trip (issue 14)."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

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


def _custom_dictionaries(tmp_path):
    """A stance lexicon with one extra cue and actor rules with one extra title, from files
    that are deleted after loading (a pickle must carry the text, not the paths)."""
    stance = json.loads(Path(sm.data.data_path("stance_lexicon.json")).read_text("utf-8"))
    stance["cues"].append(
        {
            "cue": "glorbify",
            "forms": ["glorbify", "glorbified"],
            "category": "criticise",
            "score": -0.9,
            "pos": "verb",
            "target": "object",
        }
    )
    stance.pop("plover_table")
    stance_path = tmp_path / "stance.json"
    stance_path.write_text(json.dumps(stance), encoding="utf-8")
    rules = json.loads(Path(sm.data.data_path("actor_rules.json")).read_text("utf-8"))
    rules["titles"].append("Grand Vizier")
    rules_path = tmp_path / "rules.json"
    rules_path.write_text(json.dumps(rules), encoding="utf-8")
    stance_lexicon = _core.StanceLexicon.from_file(str(stance_path))
    actor_rules = _core.ActorRules.from_file(str(rules_path))
    stance_path.unlink()
    rules_path.unlink()
    return stance_lexicon, actor_rules


CUSTOM_TEXT = "Grand Vizier Jafar Ibn Tarek glorbified France. Russia criticised Germany."


def test_stance_lexicon_and_actor_rules_round_trip(tmp_path):
    stance_lexicon, actor_rules = _custom_dictionaries(tmp_path)
    stance_copy, rules_copy = roundtrip(stance_lexicon), roundtrip(actor_rules)
    assert len(stance_copy) == len(stance_lexicon) == len(sm.gazetteer.default_stance_lexicon()) + 1
    assert stance_copy.__getstate__() == stance_lexicon.__getstate__()
    assert rules_copy.__getstate__() == actor_rules.__getstate__()
    made = sm.Analyzer(stance_lexicon=stance_lexicon, actor_rules=actor_rules).analyze(CUSTOM_TEXT)
    again = sm.Analyzer(stance_lexicon=stance_copy, actor_rules=rules_copy).analyze(CUSTOM_TEXT)
    assert again.to_dict() == made.to_dict()
    # The extra cue and title are in force: a record with the new cue, from a person whose
    # name only the new title introduces.
    evidence = made.stance().evidence
    assert "glorbified" in evidence["cue"].tolist()
    assert "Jafar Ibn Tarek" in made.actors["name"].tolist()


def test_bundled_stance_lexicon_keeps_its_plover_table_through_a_pickle():
    lexicon = sm.gazetteer.default_stance_lexicon()
    copy = roundtrip(lexicon)
    text = "Russia threatened Ukraine. France praised Germany."
    made = sm.Analyzer(stance_lexicon=lexicon).analyze(text).stance().evidence
    again = sm.Analyzer(stance_lexicon=copy).analyze(text).stance().evidence
    assert_frames_equal(made, again)
    assert made["plover"].notna().all()
    assert (made["plover"] != "").all()


def test_analyzer_round_trips_with_its_options(tmp_path):
    stance_lexicon, actor_rules = _custom_dictionaries(tmp_path)
    gazetteer = sm.Gazetteer.default().extend(
        {"id": "ACME", "name": "Acme Corp", "kind": "organisation", "aliases": ["Acme"]}
    )
    analyzer = sm.Analyzer(
        gazetteer,
        stance_lexicon=stance_lexicon,
        actor_rules=actor_rules,
        sentiment_lexicon=sm.SentimentLexicon.vader(),
        errors="replace",
        tone="rules",
    )
    copy = roundtrip(analyzer)
    text = CUSTOM_TEXT + " Acme praised France."
    assert copy.analyze(text).to_dict() == analyzer.analyze(text).to_dict()
    assert_frames_equal(copy.analyze(text).actors, analyzer.analyze(text).actors)
    assert copy.analyze(b"bad \xff byte").text == analyzer.analyze(b"bad \xff byte").text


def test_default_analyzer_pickles_small():
    data = pickle.dumps(sm.Analyzer())
    assert len(data) < 1000
    assert pickle.loads(data).analyze(SENTENCES[2]).to_dict() == sm.analyze(SENTENCES[2]).to_dict()


def test_corrupt_dictionary_pickles_are_errors():
    with pytest.raises(ValueError, match="pickled"):
        _core.StanceLexicon.__new__(_core.StanceLexicon).__setstate__(
            (b"{not json", "pickled lexicon", b"", "")
        )
    with pytest.raises(ValueError, match="pickled"):
        _core.ActorRules.__new__(_core.ActorRules).__setstate__((b"[1, 2]", "pickled rules"))
