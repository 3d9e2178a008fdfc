"""Structural stance rules of issue 13, session 12, on the bundled lexicon.

The noun-agent cues ("criticism from", "attack by", "sanctions by") are the smallest lexicon
entries the noun-agent rule needs to see real text; each test fails without its rule.
"""

from __future__ import annotations

import stancemap as sm
from stance_support import Rec, signed_records


def _records(analyzer: sm.Analyzer, text: str) -> list[Rec]:
    return signed_records(analyzer, text, "rule")


def test_the_agent_of_a_received_noun_is_the_source(bundled: sm.Analyzer) -> None:
    """ "drew criticism from X", "faces sanctions by X": X toward the subject."""
    assert _records(bundled, "Arcadia drew criticism from Borduria.") == [
        ("BOR", "ARC", -1, "noun-agent+subject-of-noun-agent")
    ]
    assert _records(bundled, "Arcadia faces sanctions by the League of Nations.") == [
        ("LEAGUE", "ARC", -1, "noun-agent+subject-of-noun-agent")
    ]


def test_an_attack_by_x_as_an_object_is_about_x(bundled: sm.Analyzer) -> None:
    """ "condemned an attack by X": the condemner toward X, and no record of X toward the
    condemner (the agent cue is taken in by the cue whose object it is)."""
    assert _records(bundled, "Syldavia condemned an attack by Borduria.") == [
        ("SYL", "BOR", -1, "subject")
    ]


def test_a_welcomed_relation_is_toward_its_parties(bundled: sm.Analyzer) -> None:
    """relation-in-object on the bundled lexicon: the welcomer toward both parties."""
    recs = _records(
        bundled,
        "Syldavia welcomed a resumption of diplomatic ties between Arcadia and Borduria.",
    )
    assert ("SYL", "ARC", 1, "subject+relation-in-object") in recs
    assert ("SYL", "BOR", 1, "subject+relation-in-object") in recs
