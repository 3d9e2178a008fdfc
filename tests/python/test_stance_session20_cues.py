"""Cues of session 20 (issue 13, lexicon helper): recall of families the Reuters gold codes and
the engine missed, counted on the Reuters-21578 corpus before they were written.

* Action taken against a party is a sanction: "possible EC action against X", "the U.S. action
  against X's exports", "take enforcement action against X" (the bare noun "action(s) against"
  joins ``measures taken against``: sanction, CAMEO 160); "court action against X" joins
  ``lawsuit against`` (criticise, CAMEO 111), as "legal action against" did.
* Stopping a trade flow to a party is an embargo (CAMEO 163, sanction): "halted all trade with
  X", "suspended beef exports to X", "banned arms shipments to X" (object senses of ``halt``,
  ``suspend`` and ``ban``; the party follows the object's preposition).

* Market senses (precision: cue words in no stance sense): injury to an industry in a trade
  ruling ("imports injure X's farmers", "are injuring X's corn producers": void senses of
  ``injure``) and a central bank's intervention in a market ("intervened in the X foreign
  exchange market": void senses of ``intervene in``) are no force against anyone.

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
        ("Ministers discussed possible Arcadian action against Borduria.", "sanction"),
        ("Arcadia said it would take tough action against Borduria.", "sanction"),
        ("Arcadia took enforcement action against Borduria last week.", "sanction"),
        ("Arcadia weighed further actions against Borduria.", "sanction"),
        ("Arcadia began court action against Borduria.", "criticise"),
    ],
)
def test_new_forms_of_families(bundled: sm.Analyzer, text: str, category: str) -> None:
    assert ("ARC", "BOR", -1, category) in _records(bundled, text)


def test_action_against_no_party_gives_no_record(bundled: sm.Analyzer) -> None:
    assert _records(bundled, "Arcadia promised action against inflation.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia promised to halt all trade with Borduria by October.",
        "Arcadia halted shipments to Borduria last week.",
        "Arcadia suspended beef exports to Borduria.",
        "Arcadia banned arms shipments to Borduria.",
    ],
)
def test_a_halted_trade_flow_is_an_embargo(bundled: sm.Analyzer, text: str) -> None:
    assert ("ARC", "BOR", -1, "sanction") in _records(bundled, text)


def test_a_halted_flow_of_no_party_gives_no_record(bundled: sm.Analyzer) -> None:
    assert _records(bundled, "Arcadia halted sales of silver until prices rise.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia ruled that Bordurian corn imports injure Arcadian farmers.",
        "The tribunal found that Bordurian steel is injuring the Arcadian steel industry.",
        "Arcadia intervened in the Bordurian foreign exchange market to buy crowns.",
        "Arcadia's central bank intervened in the markets of Borduria.",
    ],
)
def test_market_senses_state_no_stance(bundled: sm.Analyzer, text: str) -> None:
    assert _records(bundled, text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Arcadian shelling injured Bordurian civilians.", "assault"),
        ("Arcadia intervened in Borduria.", "coerce"),
    ],
)
def test_force_against_parties_stays(bundled: sm.Analyzer, text: str, category: str) -> None:
    assert ("ARC", "BOR", -1, category) in _records(bundled, text)
