"""Sense guards of issue 13, session 10 (lexicon helper): a cue word read in a sense with no
stance. Each test fails without its rule.

The guards (``cpp/src/stance/senses.cpp``) run on the mini gazetteer of fictional countries and
a small lexicon written here, with its own ``noun_classes``, so each guard is seen alone; the
data rules (void phrases, trade flows) are tested on the bundled lexicon.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import stancemap as sm

DATA = Path(__file__).resolve().parent.parent / "data"

# Source, target, sign (+1/-1/0).
Rec = tuple[str, str, int]


def _records(analyzer: sm.Analyzer, text: str) -> list[Rec]:
    ev = analyzer.analyze(text).evidence
    return sorted(
        (str(s), str(t), (v > 0) - (v < 0))
        for s, t, v in zip(ev["source"], ev["target"], ev["score"])
    )


@pytest.fixture(scope="module")
def gazetteer() -> sm.Gazetteer:
    return sm.Gazetteer.from_file(DATA / "stance_mini_gazetteer.json")


def _mini(tmp: Path, gazetteer: sm.Gazetteer, classes: dict[str, list[str]]) -> sm.Analyzer:
    lexicon = json.loads((DATA / "stance_mini_lexicon.json").read_text(encoding="utf-8"))
    lexicon["cues"] += [
        {"cue": "supply", "pos": "verb", "forms": ["supply", "supplies", "supplied"],
         "category": "aid", "score": 0.8, "target": "object"},
        {"cue": "advise", "pos": "verb", "forms": ["advise", "advises", "advising"],
         "category": "consult", "score": 0.5, "target": "object"},
    ]  # fmt: skip
    lexicon["noun_classes"] = classes
    path = tmp / "lexicon.json"
    path.write_text(json.dumps(lexicon), encoding="utf-8")
    return sm.Analyzer(gazetteer, stance_lexicon=path)


@pytest.fixture(scope="module")
def mini(tmp_path_factory: pytest.TempPathFactory, gazetteer: sm.Gazetteer) -> sm.Analyzer:
    classes = {"goods": ["wheat", "gas"], "business": ["firm", "company"]}
    return _mini(tmp_path_factory.mktemp("senses"), gazetteer, classes)


@pytest.fixture(scope="module")
def no_classes(tmp_path_factory: pytest.TempPathFactory, gazetteer: sm.Gazetteer) -> sm.Analyzer:
    return _mini(tmp_path_factory.mktemp("plain"), gazetteer, {})


@pytest.fixture(scope="module")
def bundled(gazetteer: sm.Gazetteer) -> sm.Analyzer:
    return sm.Analyzer(gazetteer)


def test_plural_noun_after_a_determiner_or_preposition(mini: sm.Analyzer) -> None:
    """ "its supplies", "of supplies": an -s verb cue after a determiner, a possessive or a
    preposition is a plural noun; after its subject it stays a verb."""
    assert _records(mini, "Arcadia said its supplies reached Borduria.") == []
    assert _records(mini, "Arcadia's supplies reached Borduria.") == []
    assert _records(mini, "The cost of supplies worried Arcadia and Borduria.") == []
    assert _records(mini, "Arcadia supplies Borduria.") == [("ARC", "BOR", 1)]


def test_plural_noun_after_a_goods_noun(mini: sm.Analyzer, no_classes: sm.Analyzer) -> None:
    """ "Arcadian wheat supplies Borduria": after a noun of the class "goods" the -s form is
    a noun; the class is data (without it the cue reads as a verb)."""
    text = "Arcadian wheat supplies Borduria."
    assert _records(mini, text) == []
    assert _records(no_classes, text) != []


def test_descriptor_gerund_before_a_business_noun(
    mini: sm.Analyzer, no_classes: sm.Analyzer
) -> None:
    """ "an advising firm": an -ing cue before a noun of the class "business" describes it;
    "advising Borduria" stays a cue."""
    text = "Arcadia hired an advising firm of Borduria."
    assert _records(mini, text) == []
    assert _records(no_classes, text) != []
    assert _records(mini, "Arcadia is advising Borduria.") == [("ARC", "BOR", 1)]


def test_trade_flows_state_no_stance(bundled: sm.Analyzer) -> None:
    """Trade flows are no relation: "exports to" (CAMEO's phrasal, dropped in the converter)
    and the bare noun "trade with"; a sanction on trade stays."""
    assert _records(bundled, "Arcadian wheat exports to Borduria fell.") == []
    assert _records(bundled, "Arcadia exports to Borduria.") == []
    assert _records(bundled, "Arcadian trade with Borduria has grown.") == []
    assert _records(bundled, "Arcadia restricted trade with Borduria.") == [("ARC", "BOR", -1)]


def test_commercial_offers_are_void_phrases(bundled: sm.Analyzer) -> None:
    """ "offered to acquire X", "a public offering of X", "the arm of X": a void phrase (a cue
    that needs an object and has no sense) shadows the shorter cue; a real offer stays."""
    assert _records(bundled, "Arcadia offered to acquire Borduria.") == []
    assert _records(bundled, "Arcadia announced a public offering of Borduria.") == []
    assert _records(bundled, "Karl Holm of the lending arm of Borduria spoke.") == []
    assert _records(bundled, "Arcadia offered aid to Borduria.") == [("ARC", "BOR", 1)]


def test_bad_noun_class_names_its_field(tmp_path: Path, gazetteer: sm.Gazetteer) -> None:
    """A noun class that is no list of strings is an error naming the field."""
    lexicon = json.loads((DATA / "stance_mini_lexicon.json").read_text(encoding="utf-8"))
    lexicon["noun_classes"] = {"goods": "wheat"}
    path = tmp_path / "lexicon.json"
    path.write_text(json.dumps(lexicon), encoding="utf-8")
    with pytest.raises(Exception, match=r"noun_classes.*goods"):
        sm.Analyzer(gazetteer, stance_lexicon=path)
