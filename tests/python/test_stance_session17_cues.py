"""Cues and senses of session 17 (issue 13, lexicon helper): recall of forms the lexicon
lacked, and word senses that state no stance.

* The CAMEO converter read PETRARCH's synsets without the regular plural PETRARCH generates for
  each phrase (``+DOLLAR`` matches "dollars" too, unless the phrase or label ends in ``_``):
  "occupied two villages", "condemned the wars of X", "pledged two million dollars".

Each test of a new cue, form or void sense fails without its words (the tests of what stays
pass with and without them). Our own sentences, with the mini gazetteer's fictional countries.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import stancemap as sm
from stance_support import signed_records as _records

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools" / "cameo"))
from cameo_dict import read_synsets, synset_plural


def test_synset_phrases_take_petrarchs_plurals() -> None:
    sets = read_synsets(["&MONEY", "+DOLLAR", "+CASH_", "+PENNY", "+PASS", "&FIXED_", "+TRUCE"])
    assert sets == {"MONEY": ["dollar", "dollars", "cash", "penny", "pennies", "pass", "passes"],
                    "FIXED": ["truce"]}  # fmt: skip
    assert synset_plural("lats") is None


@pytest.mark.parametrize(
    ("text", "sign", "code"),
    [
        ("Arcadian troops occupied two Bordurian villages.", -1, "192"),
        ("Arcadia pledged two million dollars to Borduria.", 1, "0331"),
    ],
)
def test_plural_set_members_choose_the_sense(
    bundled: sm.Analyzer, text: str, sign: int, code: str
) -> None:
    assert _records(bundled, text, "cameo") == [("ARC", "BOR", sign, code)]
