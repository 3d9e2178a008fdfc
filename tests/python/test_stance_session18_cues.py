"""Cues and senses of session 18 (issue 13, lexicon helper): cue words in no stance sense in
business news, a relationship named without a quality, and forms of retaliation.

* Nouns of imported verbs: "arms negotiators", "Soviet arms", "the state marketing arm" (the
  converter's ``NOUN_FORMS``: "arm" and "arms" are no cue; "armed", "arming" stay).
* Void senses: "marking the anniversary of X" is no protest against X (``DROP_SENSES``);
  "granted X an option / shares" is business (``VOID_SENSES``, with ``ditransitive_object`` of
  senses.cpp: the thing given after the actor voids the cue), as are services offered ("offer
  X's first cargo service") and regulatory filings ("filed new rates with X"); "excluding" is
  a preposition ("reserves excluding X"), no exclusion.
* "attacked X's forecasts / estimates / report" is criticism, not force (the hand cue
  ``attack``'s object senses).
* "the relationship between A and B", "its relationship with X" describe: statements of score 0
  (the cues ``relationship with`` / ``relationship between``); "a close relationship with X"
  keeps its sign.
* "retaliatory action against X", "trade action against X" join "measures taken against"
  (sanction); "the shooting of X" joins "shot" (assault); "encroach(ment) on X" is coercion.
* Feelings toward a party: "upset / frustrated / irritated / annoyed / dismayed / displeased
  with, at, over X" join "dissatisfaction with" (criticise).
* Reversing phrases (``reversing`` of ``lang/en.json``): "reduced its aid to X", "repudiated /
  disavowed its alliance with X" turn the relation negative.

Each test of a new form or void sense fails without its words (the tests of what stays pass with
and without them). Our own sentences, with the mini gazetteer's fictional countries.
"""

from __future__ import annotations

import pytest

import stancemap as sm
from stance_support import signed_records as _records


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia's president went to celebrations marking the anniversary of Borduria's party.",
        "Arcadia granted Borduria Bank an option to buy 100,000 shares.",
        "Arcadia Airways will offer Borduria's first cargo service.",
        "Arcadia Gas filed proposed new rates and charges with Borduria.",
        "Arcadia said excluding Borduria, output fell.",
    ],
)
def test_no_stance_in_these_senses(bundled: sm.Analyzer, text: str) -> None:
    assert [r for r in _records(bundled, text) if r[3] != "consult"] == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Arcadia has armed Borduria for years.", "cooperate"),
        ("Arcadia attacked Borduria's growth forecasts as too rosy.", "criticise"),
        ("Arcadia attacked Borduria's estimates of the harvest.", "criticise"),
        ("Arcadia has a close relationship with Borduria.", "cooperate"),
        ("Arcadia threatened retaliatory action against Borduria.", "sanction"),
        ("Arcadia is weighing trade action against Borduria.", "sanction"),
        ("Arcadia offered Borduria a loan.", "intend_to_cooperate"),
        ("Arcadia filed a lawsuit against Borduria.", "criticise"),
        ("Arcadia's encroachment on Borduria's autonomy drew protests.", "coerce"),
        ("Arcadia is upset with Borduria over the tariffs.", "criticise"),
        ("Arcadia said it was frustrated with Borduria.", "criticise"),
        ("Arcadia was dismayed at Borduria's decision.", "criticise"),
    ],
)
def test_forms_and_senses_kept_or_new(bundled: sm.Analyzer, text: str, category: str) -> None:
    sign = 1 if category in ("cooperate", "intend_to_cooperate") else -1
    assert ("ARC", "BOR", sign, category) in _records(bundled, text)


def test_arms_is_a_noun(analyzer: sm.Analyzer) -> None:
    text = "French and Italian arms negotiators will resume talks on tanks in Rome."
    assert {r[3] for r in _records(analyzer, text)} == {"consult"}


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia reduced its aid to Borduria.",
        "Arcadia repudiated its alliance with Borduria.",
        "Arcadia disavowed its partnership with Borduria.",
    ],
)
def test_reversing_phrases_turn_the_relation(bundled: sm.Analyzer, text: str) -> None:
    assert [r[:3] for r in _records(bundled, text)] == [("ARC", "BOR", -1)]


def test_the_shooting_of_is_an_assault_by_its_agent(analyzer: sm.Analyzer) -> None:
    text = "The shooting of a Chilean student by French police caused outrage."
    assert [r[2:] for r in _records(analyzer, text)] == [(-1, "assault")]


@pytest.mark.parametrize(
    "text",
    [
        "The relationship between Arcadia and Borduria was discussed at length.",
        "Arcadia's relationship with Borduria has been the subject of many books.",
    ],
)
def test_a_relationship_named_is_a_statement(bundled: sm.Analyzer, text: str) -> None:
    records = _records(bundled, text)
    assert records
    assert {(r[2], r[3]) for r in records} == {(0, "statement")}
