"""Cues and senses of session 17 (issue 13, lexicon helper): recall of forms the lexicon
lacked, and word senses that state no stance.

* The CAMEO converter read PETRARCH's synsets without the regular plural PETRARCH generates for
  each phrase (``+DOLLAR`` matches "dollars" too, unless the phrase or label ends in ``_``):
  "occupied two villages", "condemned the wars of X", "pledged two million dollars".
* Forms of cues that exist: frustration / displeasure / dissatisfaction over, anger with, an
  arrangement with, "met on Monday / yesterday / again with", "after / before / while meeting X";
  money lent or loaned to X (CAMEO 071, "lend" money; the hand cue "loan").
* Void senses of markets and business: "to aid EC exports", "helped the dollar" (a market or trade
  flow helped), "supplied its customers", "invest in securities / a company", "awarded a
  contract to X", "export the cars to X"; unless an actor named right after the cue is its
  object ("help X boost its exports": `actor_object`, senses.cpp).
* Reversing phrases: "broke its agreement with X", "violated the ceasefire with X".

Each test of a new cue, form or void sense fails without its words (the tests of what stays
pass with and without them). Our own sentences, with the mini gazetteer's fictional countries.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import stancemap as sm
from stance_support import signed_records as _records

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools" / "cameo"))
from cameo_dict import read_synsets, synset_plural


def test_synset_phrases_take_petrarchs_plurals() -> None:
    sets = read_synsets(["&MONEY", "+DOLLAR", "+CASH_", "+PENNY", "+PASS", "&FIXED_", "+TRUCE"])
    assert sets == {"MONEY": ["dollar", "dollars", "cash", "penny", "pennies", "pass", "passes"],
                    "FIXED": ["truce"]}  # fmt: skip
    assert synset_plural("lats") is None


@pytest.mark.parametrize(
    ("text", "sign", "code"),
    [
        ("Arcadian troops occupied two Bordurian villages.", -1, "192"),
        ("Arcadia pledged two million dollars to Borduria.", 1, "0331"),
    ],
)
def test_plural_set_members_choose_the_sense(
    bundled: sm.Analyzer, text: str, sign: int, code: str
) -> None:
    assert _records(bundled, text, "cameo") == [("ARC", "BOR", sign, code)]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Arcadia voiced frustration over Borduria's trade surplus.", "criticise"),
        ("Arcadia expressed its displeasure over Borduria's move.", "criticise"),
        ("Arcadian officials spoke of their anger with Borduria.", "criticise"),
        ("Arcadia made an arrangement with Borduria to share data.", "cooperate"),
        ("Arcadia lent 500 mln dlrs to Borduria.", "aid"),
        ("Arcadia loaned two billion dollars to Borduria.", "aid"),
    ],
)
def test_forms_of_existing_cues(bundled: sm.Analyzer, text: str, category: str) -> None:
    assert [r for r in _records(bundled, text) if r[:2] == ("ARC", "BOR")] == [
        ("ARC", "BOR", 1 if category in ("cooperate", "aid") else -1, category)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia met on Tuesday with Borduria.",
        "Arcadia met yesterday with Borduria in Geneva.",
        "Arcadia's president, after meeting Borduria's president, said the talks went well.",
        "Arcadia's president said before meeting with Borduria that the talks would go well.",
    ],
)
def test_meetings_split_by_a_time_or_after_a_subordinator(bundled: sm.Analyzer, text: str) -> None:
    assert ("ARC", "BOR", 1, "consult") in _records(bundled, text)


def test_a_lent_hand_is_no_aid(bundled: sm.Analyzer) -> None:
    assert _records(bundled, "Arcadia lent a hand to the rescue of Borduria's whales.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia cut tariffs to aid Bordurian exports.",
        "Arcadia sold francs to help the Bordurian currency.",
        "The Arcadian utility can supply its Bordurian customers.",
        "Arcadian dealers will invest in Bordurian government securities.",
        "Arcadia wanted to invest in a Bordurian company.",
        "Arcadia awarded a contract to a Bordurian firm.",
        "Arcadia will export the cars to Borduria.",
    ],
)
def test_markets_and_business_are_no_stance(bundled: sm.Analyzer, text: str) -> None:
    assert _records(bundled, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia will aid Borduria.",
        "Arcadia will help Borduria boost its exports.",
        "Arcadia will invest in Borduria.",
        "Arcadia supplied Borduria with arms.",
        "Arcadia awarded a medal to Borduria's president.",
    ],
)
def test_an_actor_object_keeps_the_cue(bundled: sm.Analyzer, text: str) -> None:
    assert [r[:3] for r in _records(bundled, text)] == [("ARC", "BOR", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia broke its ceasefire agreement with Borduria.",
        "Arcadia violated the trade agreement with Borduria.",
    ],
)
def test_a_broken_agreement_turns_the_relation(bundled: sm.Analyzer, text: str) -> None:
    assert ("ARC", "BOR", -1, "cooperate") in _records(bundled, text)


def test_a_visit_cut_short_turns(bundled: sm.Analyzer) -> None:
    recs = _records(bundled, "Arcadia's president cut short a planned visit to Borduria.")
    assert recs == [("ARC", "BOR", -1, "consult")]
