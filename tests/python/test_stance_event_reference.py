"""Nominal references to past or investigated events (issue 13, session 12, lexicon helper).

A cue of a category flagged ``"reference"`` (cooperation, aid, support) governed by a noun of
the lexicon's class ``reference`` (affair, scandal, probe, hearing, testimony…) with its
preposition, or by a verb of class ``inquiry`` (investigate, probe, testify…), or followed
right after its target by a reference noun, names an event that is talked about: no stance
of the sentence's subject (``senses.cpp``, ``event_reference``). Each test fails without the
rule; the controls show the same cue still speaks where nothing governs it.
"""

from __future__ import annotations

import pytest

import stancemap as sm
from stance_support import signed_records as _records


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia opened an investigation into the secret arms sales to Borduria.",
        "Anna Berg testified about aid to Borduria before the committee.",
        "Arcadian senators will investigate the covert arms sales to Borduria.",
        "Anna Berg was damaged by the arms to Borduria scandal.",
        "Arcadia's handling of the sale of weapons to Borduria drew little notice.",
        "The Arcadian inquiry into military aid to Borduria ended on Friday.",
    ],
)
def test_reference_to_an_event_is_no_stance(bundled: sm.Analyzer, text: str) -> None:
    """An aid or cooperation cue governed by an inquiry word names an event: no record."""
    assert [r for r in _records(bundled, text) if r[1] == "BOR"] == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Arcadia sold arms to Borduria last year.", "cooperate"),
        ("Arcadia sent military aid to Borduria on Friday.", "aid"),
    ],
)
def test_the_same_cue_ungoverned_stays(bundled: sm.Analyzer, text: str, category: str) -> None:
    assert ("ARC", "BOR", 1, category) in _records(bundled, text)


def test_reference_noun_needs_its_preposition(bundled: sm.Analyzer) -> None:
    """A reference noun that is no head of the cue's phrase ("the report", then a clause)
    does not void it: "after the report Arcadia sent aid to Borduria" is an act."""
    recs = _records(bundled, "After the hearing Arcadia sent military aid to Borduria.")
    assert ("ARC", "BOR", 1, "aid") in recs
