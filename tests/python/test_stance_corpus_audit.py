"""Word senses, signs and hedges found by the corpus cell audit of session 12 (issue 13,
lexicon helper; ``benchmarks/stance_eval/corpus_cell_audit.md``), each on sentences of our
own with the mini gazetteer of fictional countries. Each test fails without its rule:
``gerund_complement`` and ``admission`` (``senses.cpp``), the cue ``drop sanctions on``,
the void sense of ``lay`` (groundwork), void affairs for ``investigate``, the new hedges
and cue gaps the issue listed (pay compensation to, present evidence against, insult).
"""

from __future__ import annotations

import pytest

import stancemap as sm
from stance_support import signed_records as _records


def _scores(analyzer: sm.Analyzer, text: str) -> dict[tuple[str, str], float]:
    ev = analyzer.analyze(text).evidence
    return {(str(s), str(t)): float(v) for s, t, v in zip(ev["source"], ev["target"], ev["score"])}


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia is committed to buying two million tonnes of Bordurian wheat.",
        "Arcadia signed a pact aimed at stabilizing the Bordurian currency.",
    ],
)
def test_gerund_complement_states_a_purpose(bundled: sm.Analyzer, text: str) -> None:
    """A cue ending in a preposition before a gerund with its own object is no stance
    toward the actor inside that object."""
    assert [r for r in _records(bundled, text) if r[1] == "BOR"] == []


def test_gerund_that_is_a_cue_speaks_for_itself(bundled: sm.Analyzer) -> None:
    recs = _records(bundled, "Arcadia is committed to supporting the Bordurian government.")
    assert ("ARC", "BOR", 1, "support") in recs


def test_ing_adjective_after_a_cue_stays(bundled: sm.Analyzer) -> None:
    """An -ing adjective before a noun ("visiting officials") is no gerund with an object."""
    recs = _records(bundled, "Arcadia held talks with visiting Bordurian officials.")
    assert ("ARC", "BOR", 1, "consult") in recs


def test_claimed_responsibility_is_no_pretence(bundled: sm.Analyzer) -> None:
    """ "claimed" is a pretence word ("claimed to support"), but "claimed responsibility for
    the attack on X" admits the attack: its full score."""
    admitted = _scores(bundled, "Arcadia claimed responsibility for the attack on Borduria.")
    plain = _scores(bundled, "Arcadia carried out the attack on Borduria.")
    assert admitted[("ARC", "BOR")] == pytest.approx(plain[("ARC", "BOR")])
    assert admitted[("ARC", "BOR")] < -0.9
    pretended = _scores(bundled, "Arcadia claimed to support Borduria.")
    assert 0 < pretended[("ARC", "BOR")] < 0.3


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia is willing to drop tariffs on Bordurian imports.",
        "Arcadia scrapped the sanctions against Borduria.",
        "Arcadia cut tariffs on Bordurian imports.",
    ],
)
def test_dropping_a_penalty_is_yield(bundled: sm.Analyzer, text: str) -> None:
    assert ("ARC", "BOR", 1, "yield") in _records(bundled, text)


def test_tariffs_on_stay_a_sanction(bundled: sm.Analyzer) -> None:
    assert ("ARC", "BOR", -1, "sanction") in _records(
        bundled, "Arcadia imposed tariffs on Bordurian imports."
    )


def test_laying_groundwork_is_no_mobilisation(bundled: sm.Analyzer) -> None:
    text = "Arcadian officials laid the groundwork for a Bordurian visit."
    assert [r for r in _records(bundled, text) if r[3] == "mobilise"] == []


def test_investigating_an_affair_names_no_party(bundled: sm.Analyzer) -> None:
    """ "investigation into the Borduria arms scandal": the country is a premodifier of the
    affair (a void object sense of the investigate cues); investigating a party stays."""
    text = "The Arcadian investigation into the Borduria arms scandal went on."
    assert [r for r in _records(bundled, text) if r[3] == "investigate"] == []
    recs = _records(bundled, "The Arcadian investigation into Borduria went on.")
    assert ("ARC", "BOR", -1, "investigate") in recs


def test_risk_of_an_attack_is_hedged(bundled: sm.Analyzer) -> None:
    hedged = _scores(bundled, "Analysts see a risk of a Bordurian attack on Arcadia.")
    plain = _scores(bundled, "Analysts reported a Bordurian attack on Arcadia.")
    assert abs(hedged[("BOR", "ARC")]) == pytest.approx(0.5 * abs(plain[("BOR", "ARC")]))


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("Arcadia paid compensation to Borduria.", ("ARC", "BOR", 1, "yield")),
        ("Arcadia presented evidence against Borduria.", ("ARC", "BOR", -1, "criticise")),
        ("Anna Berg insults Borduria.", ("Anna Berg", "BOR", -1, "criticise")),
    ],
)
def test_cue_gaps_of_the_issue(bundled: sm.Analyzer, text: str, record: tuple) -> None:
    """Cues the issue listed as missing (CAMEO 0842 pay compensation, 112 give evidence
    against; the base forms of insult)."""
    assert record in _records(bundled, text)
