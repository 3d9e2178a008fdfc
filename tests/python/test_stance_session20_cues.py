"""Cues of session 20 (issue 13, lexicon helper): recall of families the Reuters gold codes and
the engine missed, counted on the Reuters-21578 corpus before they were written.

* Action taken against a party is a sanction: "possible EC action against X", "the U.S. action
  against X's exports", "take enforcement action against X" (the bare noun "action(s) against"
  joins ``measures taken against``: sanction, CAMEO 160); "court action against X" joins
  ``lawsuit against`` (criticise, CAMEO 111), as "legal action against" did.

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
