"""Signs of relations that end or sour (issue 13, session 13, lexicon helper): reversing words
after a cue in its clause (`reversing_after` of lang/en.json: soured, deteriorated,
collapsed, broke down, waned, stalled, eased...) and before it (`reversing`: pulled out of,
backed away from, collapse of, failure of), and new forms of quarrels (fell out with,
sided against, broke ranks with, hit back at). Each test fails without its words. Our own
sentences, with the mini gazetteer's fictional countries.
"""

from __future__ import annotations

import pytest

import stancemap as sm
from stance_support import signed_records as _records


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia's relations with Borduria soured.",
        "Relations between Arcadia and Borduria have deteriorated.",
        "Talks between Arcadia and Borduria collapsed.",
        "Arcadia's support for Borduria waned.",
        "Arcadia's cooperation with Borduria stalled.",
        "Arcadia pulled out of talks with Borduria.",
        "Arcadia backed away from its support for Borduria.",
    ],
)
def test_a_relation_that_sours_is_no_cooperation(bundled: sm.Analyzer, text: str) -> None:
    recs = _records(bundled, text)
    assert recs
    assert all(sign < 0 for _, _, sign, _ in recs)


def test_tensions_that_ease_are_no_criticism(bundled: sm.Analyzer) -> None:
    recs = _records(bundled, "Tensions between Arcadia and Borduria eased.")
    assert recs
    assert all(sign > 0 for _, _, sign, _ in recs)


def test_relations_that_hold_stay_positive(bundled: sm.Analyzer) -> None:
    recs = _records(bundled, "Arcadia's relations with Borduria improved.")
    assert recs
    assert all(sign > 0 for _, _, sign, _ in recs)


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia fell out with Borduria.",
        "Arcadia sided against Borduria.",
        "Arcadia broke ranks with Borduria.",
        "Arcadia hit back at Borduria.",
    ],
)
def test_quarrels(bundled: sm.Analyzer, text: str) -> None:
    recs = _records(bundled, text)
    assert ("ARC", "BOR", -1) in [r[:3] for r in recs]
