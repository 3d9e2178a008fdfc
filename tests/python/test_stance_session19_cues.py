"""Cues of session 19 (issue 13, lexicon helper): recall of families the Reuters gold codes and
the engine missed, counted on the Reuters-21578 corpus before they were written.

* Retaliating *for* an act blames its author: "tariffs in retaliation for X's failure to honour
  the pact", "to retaliate for X's attacks" (the cue ``retaliate for``: criticise, CAMEO 112,
  accuse). "retaliate against X" stays coercion.
* Lost patience with a party is criticism: "run out of patience with X", "impatience with X",
  "disillusionment with X" join ``dissatisfaction with``.
* Trade restrictions named by other nouns join ``tariffs on`` (sanction): "a duty on X's
  lumber", "a levy on X's oils", "quotas on X's textiles".
* A quarrel stated of coordinated subjects is mutual (the symmetric cue ``at odds``: criticise,
  CAMEO 111): "A and B remain at odds over rice", "A and B disagreed on the yen", "A and B are
  in dispute over chips"; a lone subject's "X disagreed" names no party. "differences /
  disagreement between A and B" join ``tensions between``.

* Signs: a warning to a party ("warned X that ...", "warned X against ...") is a threat (CAMEO
  130, its Goldstein value), no longer a statement of score 0.

* Market senses (precision: cue words in no stance sense in business news): a price, currency,
  rate or market defended is no support of its owner ("defending world oil prices"; a void
  object sense of ``defend``); "demand had / has / will / rose / fell..." and "demand on the part
  of" are market demand (void phrase forms of ``market demand``).

Each test of a new form fails without its words. Our own sentences, with the mini gazetteer's
fictional countries.
"""

from __future__ import annotations

import pytest

import stancemap as sm
from stance_support import signed_records as _records


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Arcadia raised tariffs in retaliation for Borduria's failure to keep the pact.",
            "criticise",
        ),
        ("Arcadia said it would retaliate for Borduria's attacks on its ships.", "criticise"),
        ("Arcadia retaliated for Borduria's tariffs last year.", "criticise"),
        ("Arcadia has run out of patience with Borduria.", "criticise"),
        ("Arcadia is losing patience with Borduria over the border.", "criticise"),
        ("Arcadia voiced growing impatience with Borduria.", "criticise"),
        ("Arcadia spoke of a new disillusionment with Borduria.", "criticise"),
        ("Arcadia imposed a 35 pct duty on Borduria's lumber.", "sanction"),
        ("Arcadia proposed a levy on Borduria's vegetable oils.", "sanction"),
        ("Arcadia set quotas on Borduria's textiles.", "sanction"),
    ],
)
def test_new_forms_of_families(bundled: sm.Analyzer, text: str, category: str) -> None:
    assert ("ARC", "BOR", -1, category) in _records(bundled, text)


def test_retaliation_against_stays_coercion(bundled: sm.Analyzer) -> None:
    text = "Arcadia vowed to retaliate against Borduria."
    assert ("ARC", "BOR", -1, "coerce") in _records(bundled, text)


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia said the duty on imported lumber would rise.",
        "Arcadia kept its quota on cheese imports.",
    ],
)
def test_a_restriction_without_a_party_gives_no_record(bundled: sm.Analyzer, text: str) -> None:
    assert _records(bundled, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia and Borduria remain at odds over the price of rice.",
        "Arcadia and Borduria disagreed on the value of the crown.",
        "Arcadia and Borduria are in dispute over fishing rights.",
        "Differences between Arcadia and Borduria remain over rice.",
    ],
)
def test_a_quarrel_of_coordinated_parties_is_mutual(bundled: sm.Analyzer, text: str) -> None:
    records = {r[:3] for r in _records(bundled, text)}
    assert {("ARC", "BOR", -1), ("BOR", "ARC", -1)} <= records


@pytest.mark.parametrize(
    "text", ["Arcadia disagreed.", "Analysts disagree on the outlook for the crown."]
)
def test_a_lone_quarrel_names_no_party(bundled: sm.Analyzer, text: str) -> None:
    assert _records(bundled, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia warned Borduria that its tariffs would meet a tough response.",
        "Arcadia has warned Borduria against closing the straits.",
        "Arcadia warned Borduria not to send troops.",
    ],
)
def test_a_warning_to_a_party_is_a_threat(bundled: sm.Analyzer, text: str) -> None:
    assert ("ARC", "BOR", -1, "threaten") in _records(bundled, text)


def test_a_warning_of_no_party_gives_no_record(bundled: sm.Analyzer) -> None:
    assert _records(bundled, "Arcadia warned that the crown could fall further.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia succeeded in defending Borduria's coffee prices.",
        "Arcadia is defending the Bordurian currency.",
        "Arcadia cut output to defend Borduria's 18 dlr benchmark price.",
        "Arcadia's minister said that demand had been strong throughout Borduria.",
        "Arcadia said demand on the part of Borduria was strong.",
    ],
)
def test_market_senses_state_no_stance(bundled: sm.Analyzer, text: str) -> None:
    assert _records(bundled, text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Arcadia defended Borduria against the charges.", "support"),
        ("Arcadia defended Borduria's decision.", "support"),
        ("Arcadia will demand that Borduria lift its quotas.", "demand"),
    ],
)
def test_defence_and_demands_of_parties_stay(
    bundled: sm.Analyzer, text: str, category: str
) -> None:
    sign = 1 if category == "support" else -1
    assert ("ARC", "BOR", sign, category) in _records(bundled, text)
