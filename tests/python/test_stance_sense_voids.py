"""Void senses of session 13 (issue 13, lexicon helper): objects with which a cue states no
stance toward the actor after it, each a lexicon entry whose test fails without it. Our own
sentences, with the mini gazetteer's fictional countries and persons.
"""

from __future__ import annotations

import pytest

import stancemap as sm
from stance_support import signed_records as _records


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg recognised the importance of Borduria.",
        "Arcadia recognised the threat from Borduria.",
    ],
)
def test_recognising_a_fact_is_no_recognition(bundled: sm.Analyzer, text: str) -> None:
    """`recognise` with importance, need, threat... as object acknowledges a fact."""
    assert _records(bundled, text) == []


def test_diplomatic_recognition_stays(bundled: sm.Analyzer) -> None:
    assert _records(bundled, "Arcadia recognised Borduria.") == [("ARC", "BOR", 1, "support")]


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia expressed concerns about Karl Holm's health.",
        "Arcadia is worried about the safety of Bordurian citizens.",
    ],
)
def test_concern_for_safety_is_no_criticism(bundled: sm.Analyzer, text: str) -> None:
    """`concerns about` / `worried about` X's safety, health, fate: empathy, void."""
    assert _records(bundled, text) == []


def test_concern_about_a_programme_stays(bundled: sm.Analyzer) -> None:
    recs = _records(bundled, "Arcadia expressed concerns about Borduria's nuclear programme.")
    assert recs == [("ARC", "BOR", -1, "criticise")]


@pytest.mark.parametrize(
    "text", ["Anna Berg shot to fame in Borduria.", "Anna Berg shot a film in Borduria."]
)
def test_film_shoot_is_no_shooting(bundled: sm.Analyzer, text: str) -> None:
    """The void phrase `film shoot` ("shot to fame", "shot a film") shadows `shot`."""
    assert _records(bundled, text) == []


def test_shooting_a_person_stays(bundled: sm.Analyzer) -> None:
    assert _records(bundled, "Anna Berg shot Karl Holm.") == [
        ("Anna Berg", "Karl Holm", -1, "assault")
    ]
