"""Sentence and target sentiment: the Python API, equality with vaderSentiment, errors.

The equality tests need vaderSentiment (``pip install vaderSentiment``) and skip without it.
Known, deliberate differences from vaderSentiment (each has a test below and in
tests/cpp/test_sentiment.cpp):

* curly apostrophes and quotes are normalised: "isn’t" negates and “good” scores (VADER
  compares raw strings, so neither does there);
* words run together with an ellipsis, a dash or a comma ("crisis...only", "said,Smith") are
  separate words (VADER sees one unknown word);
* emoji are not replaced by their names, and emoticons with letters (":D") are not matched
  inside longer pieces; stancemap reads news.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import stancemap as sm
from stancemap.data import data_path
from stancemap.sentiment import AFINN_SCALE

SENTENCES = Path(__file__).resolve().parents[1] / "data" / "sentiment_sentences.txt"
COLUMNS = ["neg", "neu", "pos", "compound"]


def fixture_sentences() -> list[str]:
    lines = SENTENCES.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


@pytest.fixture(scope="module")
def vader():
    module = pytest.importorskip("vaderSentiment.vaderSentiment")
    return module.SentimentIntensityAnalyzer()


# ------------------------------------------------------------------------------------ API


def test_sentiment_of_a_text_is_a_dict():
    scores = sm.sentiment("The talks were very productive.")
    assert list(scores) == COLUMNS
    assert all(isinstance(v, float) for v in scores.values())
    assert scores["compound"] > 0.05
    assert scores["neg"] + scores["neu"] + scores["pos"] == pytest.approx(1.0, abs=0.002)


def test_sentiment_of_a_list_is_a_dataframe_in_order():
    texts = ["Good.", "Not good.", "The meeting is on Tuesday.", ""]
    frame = sm.sentiment(texts)
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == COLUMNS
    assert len(frame) == len(texts)
    assert frame["compound"].tolist() == [0.4404, -0.3412, 0.0, 0.0]
    for i, text in enumerate(texts):
        assert frame.iloc[i].to_dict() == sm.sentiment(text)
    assert frame.dtypes.tolist() == [np.dtype("float64")] * 4


def test_sentiment_of_a_series_keeps_its_index_and_tuples_work():
    series = pd.Series(["Great news!", "Terrible news."], index=["a", "b"])
    frame = sm.sentiment(series)
    assert frame.index.tolist() == ["a", "b"]
    assert frame.loc["a", "compound"] > 0 > frame.loc["b", "compound"]
    assert sm.sentiment(("Great news!", "Terrible news."))["compound"].tolist() == (
        frame["compound"].tolist()
    )
    assert sm.sentiment(t for t in ["fine"]).shape == (1, 4)


def test_empty_list_gives_empty_frame():
    frame = sm.sentiment([])
    assert list(frame.columns) == COLUMNS
    assert len(frame) == 0


def test_threads_do_not_change_results():
    texts = fixture_sentences() * 5
    while len(texts) < 300:  # 64 texts per thread at most: enough for two threads
        texts = texts * 2
    one = sm.sentiment(texts, threads=1)
    pd.testing.assert_frame_equal(one, sm.sentiment(texts, threads=0), check_exact=True)
    pd.testing.assert_frame_equal(one, sm.sentiment(texts, threads=2), check_exact=True)
    pd.testing.assert_frame_equal(one, sm.sentiment(texts), check_exact=True)  # default: all


def test_bad_items_raise_type_error_naming_them():
    with pytest.raises(TypeError, match="text 1 must be str"):
        sm.sentiment(["fine", 3])
    with pytest.raises(ValueError, match="surrogate"):
        sm.sentiment("bad \ud800 text")


def test_list_items_are_read_as_their_utf8_in_place():
    # The list's str objects are read in place (their UTF-8, no copy): non-ASCII text,
    # embedded NULs and bytes give what the same text alone gives; a lone surrogate or a
    # non-str item is an error naming the item.
    texts = ["Très bien, good.", "good\x00bad", "ÉNORME success!", "Zoë’s bad day", b"good"]
    frame = sm.sentiment(texts)
    for i, text in enumerate(texts):
        assert frame.iloc[i].to_dict() == sm.sentiment(text)
    assert frame["compound"].tolist() == [
        sm.sentiment(t.decode() if isinstance(t, bytes) else t)["compound"] for t in texts
    ]
    with pytest.raises(ValueError, match=r"text 2: .*surrogate at character 4"):
        sm.sentiment(["fine", "good", "bad \ud800 text"])
    with pytest.raises(TypeError, match="text 2 must be str, not NoneType"):
        sm.sentiment(["fine", "good", None])  # type: ignore[list-item]


def test_long_lists_are_read_in_chunks_without_leaking_references():
    # A list is read 2,048 texts per thread at a time, each str held while the GIL is
    # released and let go after its chunk: the scores are those of a tuple and of each text
    # alone, an error in a later chunk names its item, and no reference is kept.
    texts = [f"Day {i}: {('good' if i % 3 else 'terrible')} news!" for i in range(5000)]
    before = [sys.getrefcount(t) for t in texts[::97]]
    frame = sm.sentiment(texts, threads=1)
    pd.testing.assert_frame_equal(frame, sm.sentiment(tuple(texts), threads=1), check_exact=True)
    pd.testing.assert_frame_equal(frame, sm.sentiment(texts, threads=2), check_exact=True)
    for i in (0, 2047, 2048, 4095, 4096, 4999):
        assert frame.iloc[i].to_dict() == sm.sentiment(texts[i])
    with pytest.raises(TypeError, match="text 3000 must be str, not NoneType"):
        sm.sentiment([*texts[:3000], None, *texts[3000:]], threads=1)  # type: ignore[list-item]
    assert [sys.getrefcount(t) for t in texts[::97]] == before


def test_default_lexicon_has_political_words():
    lex = sm.SentimentLexicon.default()
    assert lex.mode == "stancemap"
    assert lex.valence("invasion") < 0
    assert lex.valence("ceasefire") > 0
    assert lex.valence("united") == 0.0  # a name in news, neutralised
    assert sm.SentimentLexicon.vader().valence("united") == 1.8
    assert sm.sentiment("The invasion continued.")["compound"] < 0
    assert len(lex) > len(sm.SentimentLexicon.vader())
    assert "SentimentLexicon" in repr(lex)


def test_lexicon_from_files_afinn_scale_and_override(tmp_path):
    afinn = tmp_path / "afinn.txt"
    afinn.write_text("splendid\t5\nawful\t-5\ngood\t-1\n", encoding="utf-8")
    lex = sm.SentimentLexicon.from_files(afinn, scale=AFINN_SCALE)
    assert lex.valence("splendid") == 4.0
    assert lex.valence("Awful") == -4.0
    assert sm.sentiment("A splendid day.", lexicon=lex)["compound"] > 0
    assert sm.sentiment("A good day.", lexicon=lex)["compound"] < 0
    # Later files override earlier ones; one scale per file.
    vader_file = Path(data_path("vader_lexicon.txt"))
    both = sm.SentimentLexicon.from_files([vader_file, afinn], scale=[1.0, 0.8])
    assert both.valence("good") == -0.8
    assert both.valence("bad") == -2.5


def test_lexicon_file_errors(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("good\t1.9\nbad -2.5\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.tsv: line 2: no TAB"):
        sm.SentimentLexicon.from_files(bad)
    worse = tmp_path / "worse.tsv"
    worse.write_text("good\tvery\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"worse\.tsv: line 1: score \"very\" is not a number"):
        sm.SentimentLexicon.from_files(worse)
    with pytest.raises(OSError, match=r"missing\.tsv"):
        sm.SentimentLexicon.from_files(tmp_path / "missing.tsv")
    with pytest.raises(ValueError, match="one number per lexicon file"):
        sm.SentimentLexicon.from_files([bad, worse], scale=[1.0])
    with pytest.raises(ValueError, match="mode"):
        sm.SentimentLexicon.from_files(bad, mode="afinn")  # type: ignore[arg-type]


# ----------------------------------------------------------------- equality with vaderSentiment


def test_equal_to_vader_on_200_sentences(vader):
    sentences = fixture_sentences()
    assert len(sentences) == 200
    ours = sm.sentiment(sentences, lexicon=sm.SentimentLexicon.vader())
    differences = []
    for i, text in enumerate(sentences):
        theirs = vader.polarity_scores(text)
        mine = ours.iloc[i].to_dict()
        if any(mine[k] != theirs[k] for k in COLUMNS):
            differences.append((text, mine, theirs))
    assert differences == []


def test_vader_examples_from_its_own_demo(vader):
    demo = [
        "VADER is smart, handsome, and funny.",
        "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
        "VADER is not smart, handsome, nor funny.",
        "At least it isn't a horrible book.",
        "The book was only kind of good.",
        "The plot was good, but the characters are uncompelling and the dialog is not great.",
        "Today SUX!",
        "Today only kinda sux! But I'll get by, lol",
        "Make sure you :) or :D today!",
        "Not bad at all",
        "Sentiment analysis has never been this good!",
        "With VADER, sentiment analysis is the shit!",
        "On the other hand, VADER is quite bad ass",
        "Without a doubt, an excellent idea.",
        "Roger Dodger is one of the least compelling variations on this theme.",
    ]
    ours = sm.sentiment(demo, lexicon=sm.SentimentLexicon.vader())
    for i, text in enumerate(demo):
        assert ours.iloc[i].to_dict() == vader.polarity_scores(text), text


def test_deliberate_differences(vader):
    lex = sm.SentimentLexicon.vader()
    # Curly apostrophe: a negation here, an unknown word for vaderSentiment.
    assert sm.sentiment("It isn’t good.", lexicon=lex)["compound"] == -0.3412
    assert vader.polarity_scores("It isn’t good.")["compound"] == 0.4404
    # Curly quotes are stripped like straight ones.
    assert sm.sentiment("It was “good”.", lexicon=lex)["compound"] == 0.4404
    assert vader.polarity_scores("It was “good”.")["compound"] == 0.0
    # Words run together with an ellipsis are two words.
    assert sm.sentiment("The crisis...only got worse.", lexicon=lex)["compound"] == -0.802
    assert vader.polarity_scores("The crisis...only got worse.")["compound"] == -0.4767


def test_stancemap_rules_differ_from_vader_where_documented():
    vader_rules = sm.SentimentLexicon.vader()
    ours = sm.SentimentLexicon.from_files([data_path("vader_lexicon.txt")])
    text = "It no longer seems good."  # "no longer" is one negator
    assert sm.sentiment(text, lexicon=vader_rules)["compound"] > 0
    assert sm.sentiment(text, lexicon=ours)["compound"] < 0
    text = "It was not only good but excellent."  # "not only" does not negate
    assert (
        sm.sentiment(text, lexicon=ours)["compound"]
        > sm.sentiment(text, lexicon=vader_rules)["compound"]
    )


# -------------------------------------------------------------------------- target sentiment


def span(text: str, target: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(target, start + 1)
    return start, start + len(target)


def test_target_sentiment_separates_targets_of_one_sentence():
    text = "Critics slammed Smith while praising Jones."
    smith = sm.target_sentiment(text, *span(text, "Smith"), model="rules")
    jones = sm.target_sentiment(text, *span(text, "Jones"), model="rules")
    assert smith["label"] == "negative"
    assert jones["label"] == "positive"
    assert [e["text"] for e in smith["evidence"]] == ["Critics"]
    assert [e["text"] for e in jones["evidence"]] == ["praising"]
    assert set(jones) == {"score", "raw", "label", "evidence"}
    assert -1.0 <= smith["score"] < 0 < jones["score"] <= 1.0
    evidence = jones["evidence"][0]
    assert text[evidence["start"] : evidence["end"]] == "praising"
    assert evidence["relation"] == "modifier"
    assert evidence["contribution"] == pytest.approx(evidence["valence"] * evidence["weight"])


@pytest.mark.parametrize(
    ("text", "target", "label"),
    [
        ("Smith was praised, but Jones was condemned.", "Smith", "positive"),
        ("Smith was praised, but Jones was condemned.", "Jones", "negative"),
        ("The report did not praise Smith.", "Smith", "negative"),
        ("The corrupt Smith met the honest Jones.", "Smith", "negative"),
        ("The corrupt Smith met the honest Jones.", "Jones", "positive"),
        ("Smith, who was praised by everyone, resigned on Monday.", "Smith", "positive"),
        ("Observers blamed the brutal regime for the massacre.", "the brutal regime", "negative"),
        ("Smith met Jones in Geneva.", "Smith", "neutral"),
        ("The war was a disaster. Smith met Jones in Geneva.", "Jones", "neutral"),
    ],
)
def test_target_sentiment_cases(text, target, label):
    assert sm.target_sentiment(text, *span(text, target), model="rules")["label"] == label


def test_target_offsets_are_characters_in_non_ascii_text():
    text = "Ms Müller’s critics were furious with Zoë Saldaña but praised Björk’s calm."
    zoe = sm.target_sentiment(text, *span(text, "Zoë Saldaña"), model="rules")
    bjork = sm.target_sentiment(text, *span(text, "Björk"), model="rules")
    assert zoe["label"] == "negative"
    assert bjork["label"] == "positive"
    for result in (zoe, bjork):
        for e in result["evidence"]:
            assert text[e["start"] : e["end"]] == e["text"]
            assert e["byte_end"] - e["byte_start"] == len(e["text"].encode("utf-8"))


def test_target_sentiment_options_and_errors():
    text = "Critics slammed Smith while praising Jones."
    start, end = span(text, "Jones")
    plain = sm.target_sentiment(text, start, end, model="rules")
    stricter = sm.target_sentiment(text, start, end, positive_threshold=0.99, model="rules")
    assert plain["label"] == "positive"
    assert stricter["label"] == "neutral"
    across = sm.target_sentiment(text, start, end, contrast_weight=1.0, model="rules")
    assert "Critics" in [e["text"] for e in across["evidence"]]
    with pytest.raises(ValueError, match="unknown target sentiment option"):
        sm.target_sentiment(text, start, end, colour=1.0, model="rules")
    with pytest.raises(ValueError, match="does not lie within"):
        sm.target_sentiment(text, end, start, model="rules")
    with pytest.raises(ValueError, match="does not lie within"):
        sm.target_sentiment(text, 0, len(text) + 1, model="rules")
    with pytest.raises(ValueError, match="does not lie within"):
        sm.target_sentiment(text, -1, 3, model="rules")
    with pytest.raises(TypeError):
        sm.target_sentiment(b"bytes", 0, 1, model="rules")  # type: ignore[arg-type]


def test_target_sentiment_empty_and_whole_text():
    assert sm.target_sentiment("", 0, 0, model="rules") == {
        "score": 0.0,
        "raw": 0.0,
        "label": "neutral",
        "evidence": [],
    }
    text = "What a wonderful result."
    whole = sm.target_sentiment(text, 0, len(text), model="rules")
    assert whole["label"] == "positive"


def test_target_sentiment_with_a_custom_lexicon(tmp_path):
    lexicon_file = tmp_path / "mine.tsv"
    lexicon_file.write_text("met\t-3\n", encoding="utf-8")
    lex = sm.SentimentLexicon.from_files(lexicon_file)
    text = "Smith met Jones."
    assert sm.target_sentiment(text, 0, 5, lexicon=lex, model="rules")["label"] == "negative"
    assert sm.target_sentiment(text, 0, 5, model="rules")["label"] == "neutral"
