"""Cue families of issue 13, session 10 (lexicon helper), on the bundled lexicon with the mini
gazetteer of fictional countries: insults as object complements of naming verbs, "held X
accountable", and split phrases of "call for" / "call on". Each test fails without its data.
"""

from __future__ import annotations

import pytest

import stancemap as sm
from stance_support import signed_records as _records


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia called Borduria a liar.",
        "Arcadia labelled Borduria a pariah.",
        "Arcadia branded Borduria a rogue state.",
        "Arcadia described Borduria as a threat.",
        "Anna Berg dubbed Borduria a puppet.",
    ],
)
def test_insult_as_object_complement_is_criticism(bundled: sm.Analyzer, text: str) -> None:
    """A naming verb whose object complement is an insult (INSULTS) criticises its object."""
    (rec,) = _records(bundled, text)
    assert rec[1:] == ("BOR", -1, "criticise")


def test_naming_without_insult_states_nothing(bundled: sm.Analyzer) -> None:
    """ "a town called X" needs an insult: nothing; "described X as a partner" stays a
    statement (score 0)."""
    assert _records(bundled, "Anna Berg lives in a town called Borduria.") == []
    assert _records(bundled, "Arcadia described Borduria as a partner.") == [
        ("ARC", "BOR", 0, "statement")
    ]


def test_hold_accountable_with_the_object_inside(bundled: sm.Analyzer) -> None:
    """ "held X accountable / liable" as "held X responsible" (CAMEO 112)."""
    for text in ("Arcadia holds Borduria accountable.", "Arcadia held Borduria liable."):
        assert [r[:3] for r in _records(bundled, text)] == [("ARC", "BOR", -1)]


def test_split_call_on_and_call_for(bundled: sm.Analyzer) -> None:
    """An adverb inside the phrase: "called yesterday on X to", "called again for the
    withdrawal of X"."""
    assert [
        r[:3] for r in _records(bundled, "Arcadia called yesterday on Borduria to withdraw.")
    ] == [("ARC", "BOR", -1)]
    text = "Arcadia called again for the withdrawal of Borduria."
    assert [r[:3] for r in _records(bundled, text)] == [("ARC", "BOR", -1)]
