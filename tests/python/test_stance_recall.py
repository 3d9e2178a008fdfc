"""Recall rules of issue 13, session 6: each test fails without its rule.

Structural rules run on the mini gazetteer of fictional countries and a small lexicon written
here, so that each rule is seen alone; the lexicon additions are tested on the bundled lexicon
(they are data) with the same fictional gazetteer.
"""

from __future__ import annotations

import json

import pytest

import stancemap as sm
from stance_support import DATA, Rec, signed_records


def _records(analyzer: sm.Analyzer, text: str) -> list[Rec]:
    return signed_records(analyzer, text, "rule")


@pytest.fixture(scope="module")
def gazetteer() -> sm.Gazetteer:
    return sm.Gazetteer.from_file(DATA / "stance_mini_gazetteer.json")


@pytest.fixture(scope="module")
def mini(tmp_path_factory: pytest.TempPathFactory, gazetteer: sm.Gazetteer) -> sm.Analyzer:
    """The mini lexicon plus "fire", a verb that needs an object, with two object senses."""
    lexicon = json.loads((DATA / "stance_mini_lexicon.json").read_text(encoding="utf-8"))
    lexicon["cues"].append(
        {
            "cue": "fire",
            "pos": "verb",
            "forms": ["fire", "fired"],
            "category": "assault",
            "score": -0.9,
            "needs_object": True,
            "objects": [
                {"heads": ["artillery"], "category": "mobilise", "score": -0.5},
                {"heads": ["shells", "rockets"], "category": "assault", "score": -0.95},
            ],
        }
    )
    path = tmp_path_factory.mktemp("lexicon") / "lexicon.json"
    path.write_text(json.dumps(lexicon), encoding="utf-8")
    return sm.Analyzer(gazetteer, stance_lexicon=path)


@pytest.fixture(scope="module")
def bundled(gazetteer: sm.Gazetteer) -> sm.Analyzer:
    return sm.Analyzer(gazetteer)


# --- structure -------------------------------------------------------------------------------


def test_compound_object_head_is_its_last_word(mini: sm.Analyzer) -> None:
    """ "fired two artillery shells at X": the head is "shells" and X follows its preposition;
    before, "artillery" was the head, and "shells at X" left the cue without a target."""
    assert _records(mini, "Arcadia fired two artillery shells at Borduria.") == [
        ("ARC", "BOR", -1, "subject")
    ]
    # One word alone is still its own head.
    assert _records(mini, "Arcadia fired rockets at Borduria.") == [("ARC", "BOR", -1, "subject")]
    ev = mini.analyze("Arcadia fired two artillery shells at Borduria.").evidence
    assert list(ev["category"]) == ["assault"]  # the sense of "shells", not of "artillery"


def test_that_after_a_speech_verb_is_no_relative_pronoun(mini: sm.Analyzer) -> None:
    """ "Anna Berg has indicated that she praised Borduria": "that" opens the speech verb's
    complement, not a relative clause. Before, the relative rule took "indicated" as the
    antecedent, found no actor and dropped the record."""
    assert _records(mini, "Anna Berg has indicated that she praised Borduria.") == [
        ("Anna Berg", "BOR", 1, "pronoun")
    ]


def test_a_pronoun_subject_ends_the_relative_reading(mini: sm.Analyzer) -> None:
    """A relative whose clause has its own pronoun subject is no subject relative: the
    source is the pronoun's referent, not the word before "that"."""
    assert _records(mini, "Anna Berg wrote a letter that she praised Borduria in.") != []
    # A subject relative still takes its antecedent.
    assert _records(mini, "The Arcadian militias that attacked Borduria withdrew.") == [
        ("ARC", "BOR", -1, "restrictive-relative")
    ]


def test_a_joint_event_with_an_object_is_mutual(mini: sm.Analyzer) -> None:
    """ "Arcadia met Borduria": a reciprocal verb of a reciprocal category (consult) states
    the meeting of both; before, only Arcadia -> Borduria."""
    assert _records(mini, "Arcadia met Borduria on Monday.") == [
        ("ARC", "BOR", 1, "subject"),
        ("BOR", "ARC", 1, "mutual-object"),
    ]
    # One-sided cues stay one-sided, also a visit (consult, but no reciprocal verb).
    assert _records(mini, "Arcadia condemned Borduria.") == [("ARC", "BOR", -1, "subject")]
    assert [r[:2] for r in _records(mini, "Arcadia will visit Borduria.")] == [("ARC", "BOR")]


# --- lexicon ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Arcadia lavished praise on Borduria.", 1),
        ("Arcadia heaped praise on Borduria.", 1),
        ("Arcadia pointed the finger at Borduria.", -1),
        ("Arcadia railed against Borduria.", -1),
        ("Arcadia tore into Borduria on Monday.", -1),
        ("Arcadia took a swipe at Borduria.", -1),
        ("Arcadia spoke out against Borduria.", -1),
        ("Arcadia chided Borduria over the vote.", -1),
        ("Anna Berg vouched for Borduria.", 1),
    ],
)
def test_new_cues(bundled: sm.Analyzer, text: str, sign: int) -> None:
    recs = _records(bundled, text)
    assert [(s, t, v) for s, t, v, _ in recs] == [
        ("Anna Berg" if text.startswith("Anna") else "ARC", "BOR", sign)
    ]


def test_contribute_money_is_aid(bundled: sm.Analyzer) -> None:
    """ "contribute a million euros to X" is economic aid (CAMEO 071) toward X."""
    ev = bundled.analyze("Arcadia will contribute a million euros to Borduria.").evidence
    assert list(zip(ev["source"], ev["target"], ev["category"], ev["cameo"])) == [
        ("ARC", "BOR", "aid", "071")
    ]
    # Without a known object "contribute" states nothing.
    assert bundled.analyze("Arcadia will contribute ideas to Borduria.").evidence.empty
