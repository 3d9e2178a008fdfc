"""Cues of modern news and their senses (issue 13, session 15, lexicon helper), converted from
CAMEO.2.0.txt by tools/cameo/convert.py: leaving an organisation (CAMEO "withdraw (from
coalition)", 161: leave, quit, withdraw from + an organisation noun; a building or meeting of
it is void), restricting a party's operations or trade (172, 163), calling off a meeting (161)
or talks (164), synonyms kept on review (wound, rearrest) and expelled ambassadors (161);
negators of reluctance ("reluctant to", "hesitated to", "far from"); void phrases of markets
and conditions ("boost demand", "provided that"); and the sense guards generic_act
("any attack on X would ...") and proportion_object after the object ("supplied X with 30 pct
of its imports").
Each test fails without its words. Our own sentences, with the mini gazetteer's fictional
countries and its "League of Nations".
"""

from __future__ import annotations

import pytest

import stancemap as sm
from stance_support import signed_records as _records


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia left the League of Nations in 1933.",
        "Arcadia voted to leave the League of Nations.",
        "Arcadia is leaving the League of Nations.",
        "Arcadia quit the League of Nations.",
        "Arcadia withdrew from the League of Nations.",
    ],
)
def test_leaving_an_organisation_reduces_relations(bundled: sm.Analyzer, text: str) -> None:
    assert _records(bundled, text, "cameo") == [("ARC", "LEAGUE", -1, "161")]


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg left the summit of the League of Nations early.",
        "Anna Berg left the headquarters of the League of Nations.",
        "Anna Berg left Borduria on Monday.",
        "Anna Berg left the room.",
        "Arcadia withdrew from the Borduria agreement.",
    ],
)
def test_leaving_a_place_or_a_meeting_states_nothing(bundled: sm.Analyzer, text: str) -> None:
    assert _records(bundled, text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Arcadia restricted Borduria's flights.", "172"),
        ("Arcadia restricted Borduria's operations.", "172"),
        ("Arcadia restricted imports from Borduria.", "163"),
        ("Arcadia called off its meeting with Borduria.", "161"),
        ("Arcadia called off talks with Borduria.", "164"),
    ],
)
def test_restrictions_and_cancelled_meetings_are_negative(
    bundled: sm.Analyzer, text: str, code: str
) -> None:
    assert _records(bundled, text, "cameo") == [("ARC", "BOR", -1, code)]


def test_calling_off_a_strike_states_nothing(bundled: sm.Analyzer) -> None:
    assert _records(bundled, "The Arcadian union called off the strike.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia is reluctant to criticise Borduria.",
        "Arcadia hesitated to condemn Borduria.",
        "Arcadia was unwilling to condemn Borduria.",
        "Arcadia shied away from condemning Borduria.",
    ],
)
def test_a_reluctant_criticism_is_none(bundled: sm.Analyzer, text: str) -> None:
    assert _records(bundled, text) == []


def test_far_from_supporting_is_no_support(bundled: sm.Analyzer) -> None:
    recs = _records(bundled, "Arcadia is far from supporting Borduria.")
    assert all(sign < 0 for _, _, sign, _ in recs)


@pytest.mark.parametrize(
    "text",
    [
        "Any attack on Borduria would be met with force, Arcadia warned.",
        "Arcadia said any sanctions against Borduria would fail.",
    ],
)
def test_any_act_is_a_kind_of_act(bundled: sm.Analyzer, text: str) -> None:
    assert [r for r in _records(bundled, text) if r[2] < 0 and r[3] != "threaten"] == []


def test_a_stated_act_stays(bundled: sm.Analyzer) -> None:
    assert _records(bundled, "Arcadia's attack on Borduria was a mistake.") == [
        ("ARC", "BOR", -1, "assault")
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Arcadian soldiers wounded two Bordurian journalists.", "180"),
        ("Arcadia rearrested a Bordurian activist.", "173"),
        ("Arcadia expelled the Bordurian ambassador.", "161"),
    ],
)
def test_kept_synonyms_and_senses(bundled: sm.Analyzer, text: str, code: str) -> None:
    recs = _records(bundled, text, "cameo")
    assert [(s[:3], t[:3], sign, c) for s, t, sign, c in recs] == [("ARC", "BOR", -1, code)]


def test_a_condition_is_no_provision(bundled: sm.Analyzer) -> None:
    assert _records(bundled, "Borduria will lend money, provided that Arcadia pays.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Noting that Germany pledged last week to take steps to boost demand, a senior French"
        " finance official said the measures were too small.",
        "Noting that Germany promised to boost demand, a French official said the plan was small.",
    ],
)
def test_market_demand_after_a_verb_of_quantity_is_no_demand(
    analyzer: sm.Analyzer, text: str
) -> None:
    assert [r for r in _records(analyzer, text) if r[3] == "demand"] == []


def test_a_proportion_after_the_object_is_trade(bundled: sm.Analyzer) -> None:
    text = "Arcadian tankers supplied Borduria with about 30 pct of its crude imports."
    assert _records(bundled, text) == []
