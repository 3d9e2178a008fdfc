"""One Python API: the Analyzer's dictionaries, the error hierarchy, the options defined once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import stancemap as sm
from stancemap import _core, cli
from stancemap._types import Aggregate, Count, Level, Utf8Errors, Weight, WindowName, options
from stancemap.data import data_path

ERRORS = {
    sm.InvalidInputError: ValueError,
    sm.DictionaryError: ValueError,
    sm.OptionError: ValueError,
    sm.FileError: OSError,
}


@pytest.mark.parametrize(("error", "builtin"), ERRORS.items())
def test_each_error_is_a_stancemap_error_and_its_old_builtin(error, builtin):
    assert issubclass(error, sm.StancemapError)
    assert issubclass(error, builtin)
    assert error.__name__ in sm.__all__


def test_errors_are_raised_as_their_class(tmp_path):
    with pytest.raises(sm.InvalidInputError, match="byte offset 0"):
        sm.analyze(b"\xff")
    with pytest.raises(sm.InvalidInputError, match="surrogate"):
        sm.analyze("\ud800")
    bad = tmp_path / "bad.json"
    bad.write_text("[1, }", encoding="utf-8")
    with pytest.raises(sm.DictionaryError, match=r"bad\.json"):
        sm.Gazetteer.from_file(bad)
    with pytest.raises(sm.FileError, match=r"nope\.json"):
        sm.Gazetteer.from_file(tmp_path / "nope.json")
    with pytest.raises(sm.OptionError, match="weight"):
        sm.analyze("x").cooccurrence(weight="tfidf")
    with pytest.raises(sm.OptionError, match="threads"):
        sm.Analyzer().analyze_many([], threads=-1)
    with pytest.raises(sm.OptionError, match="errors"):
        sm.Analyzer(errors="ignore")  # type: ignore[arg-type]


TEXT = "France condemned Russia. Germany praised Ukraine. Mr. Smith met Ms. Jones."


def test_analyzer_takes_a_stance_lexicon_file(tmp_path):
    bundled = json.loads(Path(data_path("stance_lexicon.json")).read_text(encoding="utf-8"))
    only_praise = dict(bundled)
    only_praise["cues"] = [c for c in bundled["cues"] if c["cue"] == "praise"]
    assert only_praise["cues"]
    path = tmp_path / "praise.json"
    path.write_text(json.dumps(only_praise), encoding="utf-8")
    # The bundled lexicon names its PLOVER table beside it.
    plover = Path(data_path("cameo_plover.json"))
    (tmp_path / plover.name).write_bytes(plover.read_bytes())
    default = sm.Analyzer().analyze(TEXT).evidence
    assert set(default["cue"]) == {"condemned", "praised", "met"}
    for lexicon in (path, str(path), _core.StanceLexicon.from_file(str(path))):
        evidence = sm.Analyzer(stance_lexicon=lexicon).analyze(TEXT).evidence
        assert evidence[["source", "target", "cue"]].values.tolist() == [["DEU", "UKR", "praised"]]


def test_analyzer_takes_actor_rules(tmp_path):
    rules = json.loads(Path(data_path("actor_rules.json")).read_text(encoding="utf-8"))
    default_ids = set(sm.Analyzer().analyze(TEXT).actors["id"])
    assert {"Smith", "Ms. Jones"} <= default_ids  # named with a woman's title: courtesy-gender
    rules["titles"] = [t for t in rules["titles"] if t not in ("Mr.", "Ms.", "Mr", "Ms")]
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(rules), encoding="utf-8")
    ids = set(sm.Analyzer(actor_rules=path).analyze(TEXT).actors["id"])
    assert not {"Smith", "Jones", "Ms. Jones"} & ids
    assert {"FRA", "RUS", "DEU", "UKR"} <= ids


def test_analyzer_takes_a_sentiment_lexicon_for_tone(tmp_path):
    text = "Critics praised Russia."
    assert "tone" not in sm.Analyzer().analyze(text).actors  # computed only when asked
    assert sm.Analyzer(tone="rules").analyze(text).actors.set_index("id")["tone"]["RUS"] > 0
    lexicon_file = tmp_path / "lex.tsv"
    lexicon_file.write_text("praised\t-3.0\n", encoding="utf-8")
    lexicon = sm.SentimentLexicon.from_files([lexicon_file])
    doc = sm.Analyzer(sentiment_lexicon=lexicon, tone="rules").analyze(text)
    assert doc.actors.set_index("id")["tone"]["RUS"] < 0


@pytest.mark.parametrize("argument", ["stance_lexicon", "actor_rules"])
def test_analyzer_rejects_other_types(argument):
    with pytest.raises(TypeError, match=argument):
        sm.Analyzer(**{argument: 42})


def test_missing_dictionary_files_are_file_errors(tmp_path):
    with pytest.raises(sm.FileError):
        sm.Analyzer(stance_lexicon=tmp_path / "none.json")
    with pytest.raises(sm.FileError):
        sm.Analyzer(actor_rules=tmp_path / "none.json")


def test_options_are_the_values_the_core_accepts(sample_doc):
    for weight in options(Weight):
        sample_doc.cooccurrence(weight=weight)
    for window in options(WindowName):
        sample_doc.cooccurrence(window=window)
    for level in options(Level):
        sample_doc.cooccurrence(level=level)
        sample_doc.stance(level=level)
    for count in options(Count):
        sample_doc.cooccurrence(count=count)
    for aggregate in options(Aggregate):
        sample_doc.stance(aggregate=aggregate)
    for errors in options(Utf8Errors):
        sm.Analyzer(errors=errors)


def test_the_cli_offers_the_same_options():
    parser = cli._build_parser()
    analyze = parser._subparsers._group_actions[0].choices["analyze"]  # type: ignore[union-attr]
    choices = {a.dest: a.choices for a in analyze._actions if a.choices}
    assert choices["weight"] == options(Weight)
    assert choices["level"] == options(Level)
    assert choices["errors"] == options(Utf8Errors)


def test_term_association_takes_the_same_arguments_on_document_and_corpus():
    import inspect

    doc_params = list(inspect.signature(sm.Document.term_association).parameters)
    corpus_params = list(inspect.signature(sm.Corpus.term_association).parameters)
    assert doc_params == corpus_params
    texts = ["Russia imposed sanctions on oil.", "France bought oil."]
    corpus = sm.Analyzer().analyze_many(texts, terms=["oil", "sanction*"])
    same = corpus.term_association(["oil", "sanction*"], "sentence", "count", "actor")
    assert same.to_pandas().equals(corpus.term_association().to_pandas())
    assert same["RUS", "sanction*"] == 1
    with pytest.raises(sm.OptionError, match="collected terms"):
        corpus.term_association(["gas"])
    with pytest.raises(sm.OptionError, match="window"):
        corpus.term_association(window="document")
    with pytest.raises(sm.OptionError, match="level"):
        corpus.term_association(level="country")
