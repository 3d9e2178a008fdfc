"""Mood and the scope of negation (issue 13, session 13, lexicon helper): an act asked about
or supposed gives no record (`cpp/src/stance/mood.cpp`: question, conditional_opening,
hypothetical_modal), a negator or reversing verb of the clause subject does not reach a
possessor's act (possessor_scope), and the lexicon's and language profile's new mood words
(negators "yet to", "unable to", "refrained from", "avoided"; reversing "opposed", "vetoed",
"ban on"; irrealis "must", "unlikely", "whether"). Each test fails without its rule or word.
Sentences are our own, with the fictional countries of the mini gazetteer.
"""

from __future__ import annotations

import pytest

import stancemap as sm
from stance_support import signed_records as _records


@pytest.mark.parametrize(
    "text",
    [
        "Will Arcadia support Borduria?",
        "Did Arcadia criticise Borduria?",
        'Anna Berg asked: "Why did Arcadia condemn Borduria?"',
    ],
)
def test_question_states_no_act(bundled: sm.Analyzer, text: str) -> None:
    """question: a sentence ending in "?" asks; it states no act."""
    assert _records(bundled, text) == []


def test_statement_stays(bundled: sm.Analyzer) -> None:
    assert _records(bundled, "Arcadia criticised Borduria.") == [("ARC", "BOR", -1, "criticise")]


@pytest.mark.parametrize(
    "text",
    [
        "If elected, Anna Berg would support Borduria.",
        "Unless Arcadia apologises, Borduria will praise Arcadia.",
        "Whether Arcadia will support Borduria is unclear.",
    ],
)
def test_conditional_opening_reaches_past_its_comma(bundled: sm.Analyzer, text: str) -> None:
    """conditional_opening: a sentence opening with "if", "unless" or "whether" (the
    lexicon's conditional_opener class) states no act, after its comma too."""
    assert _records(bundled, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If elected, Anna Berg would cut ties with Borduria.", ("Anna Berg", "BOR")),
        ("Unless Arcadia apologises, Borduria will cut ties with Arcadia.", ("BOR", "ARC")),
        ("Arcadia would impose sanctions on Borduria if it invaded Syldavia.", ("ARC", "BOR")),
        (
            "Anna Berg said Arcadia would impose sanctions on Borduria if it invaded Syldavia.",
            ("ARC", "BOR"),
        ),
    ],
)
def test_conditional_sanction_is_a_threat(
    bundled: sm.Analyzer, text: str, expected: tuple[str, str]
) -> None:
    """conditional-threat (session 20): a sanction or use of force in the consequence of a
    condition is a threat (CAMEO 13) of its subject toward its target, not nothing."""
    assert _records(bundled, text) == [(*expected, -1, "threaten")]


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia would support Borduria.",
        "Arcadia would praise Borduria if it invaded Syldavia.",
        "Anna Berg said Arcadia would praise Borduria if it invaded Syldavia.",
        "Arcadia could attack Borduria.",
    ],
)
def test_hypothetical_modal_is_supposed(bundled: sm.Analyzer, text: str) -> None:
    """hypothetical_modal: "would" (the lexicon's hypothetical class) before the cue, or a
    modal inside the cue's form ("could attack"), makes the act supposed; a conditional in
    the sentence makes even a reported intention one."""
    assert _records(bundled, text) == []


def test_reported_intention_stays(bundled: sm.Analyzer) -> None:
    """ "said it would impose sanctions" announces an intention: a (hedged) record."""
    recs = _records(bundled, "Arcadia said it would impose sanctions on Borduria.")
    assert recs == [("ARC", "BOR", -1, "sanction")]


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg asked whether Arcadia had criticised Borduria.",
        "Arcadia is unlikely to support Borduria.",
        "Arcadia must condemn Borduria, Anna Berg said.",
    ],
)
def test_new_irrealis_words(bundled: sm.Analyzer, text: str) -> None:
    """ "whether" (conditional), "unlikely" and "must" (irrealis_modal) in lang/en.json."""
    assert _records(bundled, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia has yet to recognise Borduria.",
        "Anna Berg was unable to support Borduria.",
        "Arcadia refrained from criticising Borduria.",
        "Arcadia avoided criticising Borduria.",
        "Arcadia was prevented from attacking Borduria.",
    ],
)
def test_new_negators(bundled: sm.Analyzer, text: str) -> None:
    """The lexicon's new negators: the act did not happen (an event or a criticism: no
    record) or holds the other way (a positive attitude: a weak negative record)."""
    assert all(sign <= 0 for _, _, sign, _ in _records(bundled, text))
    assert ("ARC", "BOR", 1, "support") not in _records(bundled, text)


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia opposed sanctions on Borduria.",
        "Arcadia vetoed a resolution condemning Borduria.",
        "Arcadia voted against sanctions on Borduria.",
    ],
)
def test_opposing_a_hostile_act_reverses_it(bundled: sm.Analyzer, text: str) -> None:
    """Reversing verbs of lang/en.json ("opposed", "vetoed", "voted against"): opposing
    sanctions on X is no sanction of X."""
    assert all(sign > 0 for _, _, sign, _ in _records(bundled, text))


def test_ban_on_arms_sales_is_no_cooperation(bundled: sm.Analyzer) -> None:
    """ "a ban on arms sales to X" (reversing "ban on"): the sales are stopped."""
    recs = _records(bundled, "Arcadia imposed a ban on arms sales to Borduria.")
    assert recs
    assert all(sign < 0 for _, _, sign, _ in recs)


def test_possessor_scope(bundled: sm.Analyzer) -> None:
    """possessor_scope: the clause subject's reversing verb does not undo a possessor's act:
    Borduria's accusations against Syldavia stay negative."""
    recs = _records(bundled, "Arcadia rejected Borduria's accusations against Syldavia.")
    assert ("BOR", "SYL", -1, "criticise") in recs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arcadia is likely to visit Borduria next month.", [("ARC", "BOR")]),
        ("Arcadia is expected to hold talks with Borduria.", [("ARC", "BOR"), ("BOR", "ARC")]),
        ("Arcadia is unlikely to visit Borduria.", []),
        ("Arcadia refused to visit Borduria.", []),
    ],
)
def test_planned_meeting_is_a_meeting(
    bundled: sm.Analyzer, text: str, expected: list[tuple[str, str]]
) -> None:
    """planned-event (session 20): a meeting or visit a prospective governor ("expected to",
    "likely to", "is set to") announces is the event; a refused or unlikely one is none."""
    assert [(s, t) for s, t, _, _ in _records(bundled, text)] == expected
    assert all(
        "planned-event" in r or r == "mutual-object" for *_, r in _records(bundled, text, "rule")
    )
