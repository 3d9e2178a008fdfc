"""Word senses and signs of issue 13, session 11 (lexicon helper), on the bundled lexicon with
the mini gazetteer of fictional countries. Each test names the lexicon entry it checks and
fails without it: void object senses ("meet standards", "offering bonds", "finance
minister"), void phrases ("limited partners", "market demand"), "demand for" a commodity,
scepticism as criticism and "warn of" a threat as a threat.
"""

from __future__ import annotations

import pytest

import stancemap as sm
from stance_support import Rec
from stance_support import signed_records as _records


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia must meet Bordurian standards before it can export.",
        "Arcadia will meet the Bordurian deadline.",
        "Arcadia will meet Bordurian demand for grain.",
    ],
)
def test_meet_a_standard_is_no_meeting(bundled: sm.Analyzer, text: str) -> None:
    """`meet` with a standard, deadline or demand as object is to satisfy it: void."""
    assert _records(bundled, text) == []


def test_meet_a_party_stays_a_meeting(bundled: sm.Analyzer) -> None:
    recs = _records(bundled, "Arcadia met Bordurian leaders on Monday.")
    assert ("ARC", "BOR", 1, "consult") in recs


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg is offering Bordurian government bonds.",
        "Anna Berg offered two million Bordurian shares.",
    ],
)
def test_securities_offering_is_no_offer(bundled: sm.Analyzer, text: str) -> None:
    """`offer` with securities as object (converter's VOID_SENSES) states nothing."""
    assert _records(bundled, text) == []


def test_offer_of_aid_stays(bundled: sm.Analyzer) -> None:
    assert _records(bundled, "Arcadia offered Borduria aid.") == [
        ("ARC", "BOR", 1, "intend_to_cooperate")
    ]


def test_finance_minister_is_an_office(bundled: sm.Analyzer) -> None:
    """`finance` before an office noun names the office (VOID_SENSES): "finance minister" is
    no financing of anyone; "Arcadia will finance Borduria" is."""
    recs = _records(bundled, "Borduria's ambassador met finance minister Anna Berg.")
    assert [r for r in recs if r[3] == "cooperate"] == []
    assert _records(bundled, "Arcadia will finance Borduria.") == [("ARC", "BOR", 1, "cooperate")]


def test_limited_partners_are_no_partnership(bundled: sm.Analyzer) -> None:
    """The void phrase `business partner` shadows `partners of`."""
    assert _records(bundled, "Arcadia is among the limited partners of Borduria.") == []
    assert _records(bundled, "Arcadia is a key partner of Borduria.") == [
        ("ARC", "BOR", 1, "cooperate")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia said strong demand from Borduria lifted prices.",
    ],
)
def test_market_demand_is_no_demand(bundled: sm.Analyzer, text: str) -> None:
    """`demand for` a commodity (void heads) and the void phrase `market demand`."""
    assert _records(bundled, text) == []


def test_demand_for_a_thing_is_market_demand(bundled: sm.Analyzer) -> None:
    """`demand for` needs an object with a sense of `demand`: any other is market demand."""
    assert _records(bundled, "Arcadia expects demand for cement in Borduria to rise.") == []


def test_demand_for_an_act_stays_a_demand(bundled: sm.Analyzer) -> None:
    text = "Arcadia renewed demands for the withdrawal of Borduria."
    assert _records(bundled, text) == [("ARC", "BOR", -1, "demand")]


def test_scepticism_is_criticism(bundled: sm.Analyzer) -> None:
    """`sceptical of` (criticise, CAMEO 111), not a statement of score 0."""
    for text in ("Arcadia is sceptical of Borduria.", "Arcadia is skeptical of Borduria's plan."):
        assert _records(bundled, text) == [("ARC", "BOR", -1, "criticise")]


def test_warn_of_a_threat_is_a_threat(bundled: sm.Analyzer) -> None:
    """`warn of` with a threat as object (retaliation, consequences…) threatens the actor
    after it; with anything else it states nothing."""
    assert _records(bundled, "Arcadia warned of retaliation if Borduria attacked.") == [
        ("ARC", "BOR", -1, "threaten")
    ]
    assert _records(bundled, "Arcadia warned of a recession in Borduria.") == []


def test_void_object_bounds_no_neighbour(bundled: sm.Analyzer) -> None:
    """Guard `void_object` (senses.cpp): "finance" voided by "minister" is dropped before it
    can end the object of "met"."""
    recs = _records(bundled, "Karl Holm met finance minister Anna Berg.")
    assert ("Karl Holm", "Anna Berg", 1, "consult") in recs


@pytest.mark.parametrize(
    "text",
    [
        "Arcadian police arrested visiting Bordurian tourists.",
        "Arcadia welcomed the visiting delegation.",
    ],
)
def test_visiting_people_is_an_adjective(bundled: sm.Analyzer, text: str) -> None:
    """Guard `adjective_ing` with the noun class `people` and the flag of the cue `visit`."""
    assert [r for r in _records(bundled, text) if r[3] == "consult"] == []


def test_visiting_after_an_auxiliary_is_a_visit(bundled: sm.Analyzer) -> None:
    recs = _records(bundled, "Anna Berg was visiting Bordurian officials.")
    assert [r for r in recs if r[3] == "consult"] != []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arcadia is allying itself with Borduria.", [("ARC", "BOR", 1, "cooperate")]),
        ("Arcadia exits the treaty with Borduria.", [("ARC", "BOR", -1, "reject")]),
        (
            "Arcadia is mediating talks between Borduria and Carpathia.",
            [("ARC", "BOR", 1, "consult"), ("ARC", "CAR", 1, "consult")],
        ),
    ],
)
def test_inflections_of_split_phrases(bundled: sm.Analyzer, text: str, expected: list[Rec]) -> None:
    """Present and -ing forms of hand phrases that had only their past ("allied itself with",
    "exited the treaty with", "mediated talks between")."""
    assert _records(bundled, text) == expected


def test_a_speech_to_an_audience_is_no_consultation(bundled: sm.Analyzer) -> None:
    """`speak with` / `address` with an audience as object (council, parliament,
    assembly, reporters…) are void; "spoke to Karl Holm" stays a consultation."""
    assert _records(bundled, "Anna Berg spoke to the Bordurian parliament.") == []
    assert _records(bundled, "Anna Berg spoke to the League of Nations assembly.") == []
    assert _records(bundled, "Anna Berg spoke to Karl Holm.") == [
        ("Anna Berg", "Karl Holm", 1, "consult")
    ]
