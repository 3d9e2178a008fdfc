"""Cue families the CAMEO converter dropped until session 16 (issue 13, lexicon helper), read
by tools/cameo/convert.py from CAMEO.2.0.txt:

* patterns whose ``# VERB`` comment names an inflected form ("# THREW", "# CARRIED OUT",
  "# STEPPED UP"): "threw its support behind X" (051), "carried out searches of X's ships" (090),
  "stepped up its drive against X" (190), "threw stones at X" (182), "withheld approval";
* patterns of a particle and an object ("- * OFF DEBT  # WROTE", "- * UP TALKS  # HOLD"):
  the cue "verb particle" that needs one of those objects: "wrote off X's debt" (071),
  "held up aid to X" (1311), "put off talks with X" (164), "wrapped up talks" (046);
  "held up the talks with X" is no longer a meeting but a setback (164);
  reviewed out: "ruled out" (a negator), "going to" (a future), "played down";
* phrasal verbs whose preposition's object chooses the sense ("- * (FOR AID) [023]  # APPEAL"):
  "pleaded for assistance from X", "appealed for money from X" (an appeal to X);
* void senses: a body's meeting, summit or session attended is no stance toward the body ("attended
  the OPEC meeting"; "a meeting with X" is the cue "meeting with"); a news organisation or
  reporters as the object of "spoke to", "met (with)" is a press interview ("spoke to Reuters");
* reversing phrases of the language profile: walked / stormed out of, shelved, derailed,
  torpedoed, scaled back, curtailed ("walked out of the talks with X" is no meeting);
* hand cues of hostility toward a person or a crowd: shouted / yelled at, heckled, booed,
  counter-protesting against; "fired tear gas at X" (CAMEO 175);
* territory taken from a party ("recaptured the town from X", 192) and a court's ruling against
  or in favour of a party (120, 051); "declined X's offer" (120, "declined sharply" is nothing).
* void senses of financing: "to finance the acquisition of X" or a budget deficit.

Each test of a new cue or void sense fails without its words (the tests of what stays pass
with and without them). Our own sentences, with the mini gazetteer's fictional
countries.
"""

from __future__ import annotations

import pytest

import stancemap as sm
from stance_support import signed_records as _records


@pytest.mark.parametrize(
    ("text", "sign", "code"),
    [
        ("Arcadia wrote off Borduria's debt.", 1, "071"),
        ("Arcadia threw its support behind Borduria.", 1, "051"),
        ("Arcadia threw its weight behind Borduria on Monday.", 1, "051"),
        ("Arcadia held up aid to Borduria.", -1, "1311"),
        ("Arcadia put off talks with Borduria.", -1, "164"),
        ("Arcadia stepped up its drive against Borduria.", -1, "190"),
        ("Arcadia carried out searches of Bordurian ships.", -1, "090"),
        ("Arcadian rioters threw stones at Bordurian police.", -1, "182"),
        ("Arcadia withheld approval of Borduria's plan.", -1, "110"),
    ],
)
def test_phrasal_and_inflected_patterns_are_cues(
    bundled: sm.Analyzer, text: str, sign: int, code: str
) -> None:
    assert _records(bundled, text, "cameo") == [("ARC", "BOR", sign, code)]


def test_a_particle_verb_needs_its_object(bundled: sm.Analyzer) -> None:
    assert _records(bundled, "Arcadia wrote off the season after Borduria won.") == []
    assert _records(bundled, "Arcadia held up the talks with Borduria.", "cameo") == [
        ("ARC", "BOR", -1, "164")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia is going to fight Borduria.",
        "Arcadia ruled out talks with Borduria.",
        "Arcadia played down the threat from Borduria.",
    ],
)
def test_reviewed_out_particle_verbs_add_nothing(bundled: sm.Analyzer, text: str) -> None:
    assert [r for r in _records(bundled, text, "cameo") if r[3] in ("190", "125", "124")] == [
        r for r in _records(bundled, text, "cameo") if "going" in text and r[3] == "190"
    ]


def test_coordinated_parties_wrap_up_talks(bundled: sm.Analyzer) -> None:
    recs = _records(bundled, "Arcadia and Borduria wrapped up talks on Friday.", "cameo")
    assert recs == [("ARC", "BOR", 1, "046"), ("BOR", "ARC", 1, "046")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Arcadia pleaded for assistance from Borduria.", "023"),
        ("Arcadia appealed for food from Borduria.", "0233"),
        ("Arcadia appealed for money from Borduria.", "0231"),
    ],
)
def test_an_appeal_for_help_is_an_appeal_to_its_giver(
    bundled: sm.Analyzer, text: str, code: str
) -> None:
    assert _records(bundled, text, "cameo") == [("ARC", "BOR", 1, code)]


def test_an_appeal_for_pressure_is_no_appeal(bundled: sm.Analyzer) -> None:
    recs = _records(bundled, "Arcadia appealed for pressure on Borduria.", "category")
    assert [r for r in recs if r[3] == "appeal" or r[3] == "criticise"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia attended the League of Nations meeting in Geneva.",
        "Arcadia will attend the session of the League of Nations.",
        "Arcadia attends the summit of the League of Nations each year.",
    ],
)
def test_taking_part_in_a_bodys_meeting_is_no_stance(bundled: sm.Analyzer, text: str) -> None:
    assert _records(bundled, text) == []


def test_a_meeting_with_a_party_stays(bundled: sm.Analyzer) -> None:
    recs = _records(bundled, "Arcadia attended a meeting with Borduria in Geneva.")
    assert recs == [("ARC", "BOR", 1, "consult"), ("BOR", "ARC", 1, "consult")]


@pytest.mark.parametrize(
    "text",
    [
        "The Saudi oil minister spoke to Reuters on Monday.",
        "The Saudi oil minister spoke to the BBC in Riyadh.",
        "A Saudi official met Reuters correspondents in Riyadh.",
        "A Saudi official met with Reuters on Monday.",
    ],
)
def test_a_press_interview_is_no_meeting(analyzer: sm.Analyzer, text: str) -> None:
    assert [r for r in _records(analyzer, text) if r[3] == "consult"] == []


def test_a_meeting_with_officials_stays(analyzer: sm.Analyzer) -> None:
    recs = _records(analyzer, "The Saudi oil minister met Iraqi officials on Monday.")
    assert [r[3] for r in recs] == ["consult", "consult"]


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia walked out of the talks with Borduria.",
        "Arcadia stormed out of the summit with Borduria.",
        "Arcadia shelved its cooperation with Borduria.",
        "Arcadia derailed the trade deal with Borduria.",
        "Arcadia scaled back aid to Borduria.",
        "Arcadia curtailed its cooperation with Borduria.",
    ],
)
def test_walking_out_and_shelving_turn_the_relation(bundled: sm.Analyzer, text: str) -> None:
    recs = [r for r in _records(bundled, text) if r[0] == "ARC"]
    assert recs
    assert all(sign < 0 for _, _, sign, _ in recs)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Arcadian lawmakers shouted at the Bordurian minister.", "criticise"),
        ("Arcadian protesters heckled the Bordurian ambassador.", "criticise"),
        ("Arcadian students were counter-protesting against Borduria.", "protest"),
        ("Arcadian police fired tear gas at Bordurian protesters.", "coerce"),
    ],
)
def test_hostility_toward_a_person_or_crowd(bundled: sm.Analyzer, text: str, category: str) -> None:
    recs = _records(bundled, text)
    assert [(s[:3], t[:3], sign, c) for s, t, sign, c in recs] == [("ARC", "BOR", -1, category)]


@pytest.mark.parametrize(
    ("text", "sign", "code"),
    [
        ("Arcadia recaptured the town from Borduria.", -1, "192"),
        ("Arcadian forces captured two villages from Borduria.", -1, "192"),
        ("Arcadia seized the airport from Borduria.", -1, "192"),
        ("The League of Nations ruled against Borduria.", -1, "120"),
        ("The League of Nations ruled in favour of Borduria.", 1, "051"),
    ],
)
def test_territory_taken_and_rulings(bundled: sm.Analyzer, text: str, sign: int, code: str) -> None:
    recs = _records(bundled, text, "cameo")
    assert [(t[:3], s, c) for _, t, s, c in recs] == [("BOR", sign, code)]


def test_a_market_captured_is_no_territory(bundled: sm.Analyzer) -> None:
    assert _records(bundled, "Arcadia captured 20 pct of the market in Borduria.") == []


def test_a_declined_offer_is_a_refusal(bundled: sm.Analyzer) -> None:
    assert _records(bundled, "Arcadia declined Borduria's offer of talks.", "cameo") == [
        ("ARC", "BOR", -1, "120")
    ]
    assert _records(bundled, "Arcadian exports to Borduria declined sharply.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Arcadia Oil will finance the acquisition of Borduria Steel with cash.",
        "Arcadia found it hard to finance the Bordurian government's budget deficit.",
    ],
)
def test_financing_a_purchase_or_deficit_is_no_cooperation(bundled: sm.Analyzer, text: str) -> None:
    assert [r for r in _records(bundled, text) if r[3] == "cooperate"] == []
