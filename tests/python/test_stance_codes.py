"""CAMEO, PLOVER and Goldstein codes on stance evidence, the score mapping, object senses and
the CLI's JSON evidence (issue 13). Sentences are our own; every value is checked exactly."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

import stancemap as sm
from stancemap import cli
from stancemap.data import data_path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tools" / "cameo"))

CODE_COLUMNS = ["source", "target", "category", "cameo", "plover", "goldstein", "score"]


def coded(text: str) -> list[list[object]]:
    ev = sm.analyze(text).evidence
    return [[*row[:5], float(row[5]), round(float(row[6]), 2)] for row in ev[CODE_COLUMNS].values]


def test_evidence_has_the_code_columns() -> None:
    ev = sm.analyze("France condemned Russia.").evidence
    assert list(ev.columns[-4:]) == ["cameo", "plover", "goldstein", "rule"]
    assert coded("France condemned Russia.") == [
        ["FRA", "RUS", "criticise", "111", "ACCUSE", -2.0, -0.45]
    ]


def test_empty_evidence_has_the_code_columns() -> None:
    ev = sm.analyze("The weather was fine.").evidence
    assert len(ev) == 0
    assert {"cameo", "plover", "goldstein", "rule"} <= set(ev.columns)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The object chooses the sense: lifting an embargo yields (CAMEO 085), and the
        # "trade embargo on" inside the object is not a sanction as well.
        (
            "Turkey lifted the long trade embargo on Armenia.",
            [["TUR", "ARM", "yield", "085", "RETREAT", 7.0, 0.84]],
        ),
        # A cue that needs an object is void without one it knows.
        ("Turkey lifted the lid on Armenia.", []),
        ("France trained Malian soldiers.", [["FRA", "MLI.MIL", "aid", "072", "AID", 8.3, 0.91]]),
        ("France trained its sights on Mali.", []),
        # A void sense: an accent is no recognition; a country is.
        ("Russia recognised an accent in Ukraine.", []),
        ("Russia recognised Ukraine.", [["RUS", "UKR", "support", "054", "SUPPORT", 6.0, 0.77]]),
        # Arms sales are material cooperation, not aid.
        (
            "Russia announced arms sales to Iran.",
            [["RUS", "IRN", "cooperate", "062", "COOPERATE", 7.4, 0.86]],
        ),
        # Suspending a penalty eases it; suspending aid cuts it.
        (
            "Britain suspended its curfew on Iranian students.",
            [["GBR", "IRN.EDU", "yield", "081", "CONCEDE", 5.0, 0.71]],
        ),
        (
            "Britain suspended its aid to Iran.",
            [["GBR", "IRN", "sanction", "1621", "SANCTION", -5.6, -0.75]],
        ),
    ],
)
def test_object_senses(text: str, expected: list[list[object]]) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "category", "cameo"),
    [
        # A hand cue of the same sign inside the object speaks for itself.
        ("Pakistan resumed talks with India.", "consult", "040"),
        ("Egypt signed a peace treaty with Israel.", "cooperate", "050"),
        ("Turkey reimposed the embargo on Armenia.", "sanction", "160"),
        # Without one, the verb's object sense does.
        ("Egypt signed a protocol with Israel.", "support", "057"),
        ("Turkey reimposed the curfew on Armenian towns.", "coerce", "1723"),
        ("Russia shelled Ukraine.", "assault", "180"),
        ("Russia set fire to Ukrainian fields.", "assault", "180"),
        ("Britain contributed troops to Mali.", "aid", "074"),
        ("Iraq paid compensation to Kuwait.", "yield", "0842"),
        ("Poland closed its borders with Belarus.", "coerce", "172"),
        ("Russia blasted the United States.", "criticise", "111"),
        ("Germany is rooting for France.", "support", "050"),
        ("Germany is proud of France.", "praise", "051"),
        ("Russian hackers hacked into German networks.", "coerce", "176"),
        ("Spain extradited a suspect to France.", "cooperate", "063"),
    ],
)
def test_lexicon_gaps_of_the_issue(text: str, category: str, cameo: str) -> None:
    ev = sm.analyze(text).evidence
    # A joint event ("resumed talks with") gives the record both ways, of one code.
    assert sorted({(r.category, r.cameo) for r in ev.itertuples()}) == [(category, cameo)]


def test_every_bundled_cue_has_a_code_and_the_one_score_mapping() -> None:
    lexicon = json.loads(Path(data_path("stance_lexicon.json")).read_text(encoding="utf-8"))
    roots = set()
    for cue in lexicon["cues"]:
        g = cue["goldstein"]
        assert math.isfinite(g), cue["cue"]
        mapped = round(math.copysign(math.sqrt(abs(g) / 10), g), 2) if g else 0.0
        assert cue["score"] == mapped, cue["cue"]
        for sense in cue.get("objects", []):
            if not sense.get("void"):
                sg = sense["goldstein"]
                assert sense["score"] == (
                    round(math.copysign(math.sqrt(abs(sg) / 10), sg), 2) if sg else 0.0
                )
        roots.add(cue["cameo"][:2])
    assert roots == {f"{r:02d}" for r in range(1, 21)}


def test_plover_table_states_its_licence() -> None:
    table = json.loads(Path(data_path("cameo_plover.json")).read_text(encoding="utf-8"))
    assert table["license"] == "CC BY-SA 4.0"
    assert table["codes"]["051"] == "SUPPORT"
    assert table["codes"]["190"] == "ASSAULT"


def test_cli_json_evidence_has_the_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("France condemned Russia.\n", encoding="utf-8")
    assert cli.main(["analyze", str(article), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    evidence = out["stance"]["evidence"]
    assert len(evidence) == 1
    record = evidence[0]
    assert (record["cameo"], record["plover"], record["goldstein"]) == ("111", "ACCUSE", -2.0)
    assert record["score"] == -0.45
    assert "rule" in record


def test_converter_inflections_and_object_heads() -> None:
    from cameo_dict import inflect, verb_forms
    from convert import object_heads, score_of

    assert inflect("lift") == ["lift", "lifts", "lifted", "lifting"]
    assert inflect("stop") == ["stop", "stops", "stopped", "stopping"]
    assert inflect("open") == ["open", "opens", "opened", "opening"]
    assert inflect("deny") == ["deny", "denies", "denied", "denying"]
    assert verb_forms("ask for", []) == ["ask for", "asks for", "asked for", "asking for"]
    sets = {"TREATY": ["treaty", "pact"]}
    assert object_heads("SANCTIONS", sets) == [("sanctions", 0)]
    assert object_heads("{PEACE &TREATY}", sets) == [("treaty", 3), ("pact", 3)]
    assert object_heads("(TO BORDER)", sets) is None
    assert object_heads("OUT", sets) is None  # a particle, no object
    assert [score_of(g) for g in (-10, -2, 0, 3.5, 7)] == [-1.0, -0.45, 0.0, 0.59, 0.84]
