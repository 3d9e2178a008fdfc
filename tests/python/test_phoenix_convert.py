"""The Phoenix converter's noise filters (tools/phoenix/convert.py, run by hand)."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]


def _converter() -> ModuleType:
    """tools/phoenix/convert.py under its own name (tools/cameo has a convert.py too)."""
    spec = importlib.util.spec_from_file_location(
        "phoenix_convert", REPO / "tools" / "phoenix" / "convert.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["phoenix_convert"] = module
    spec.loader.exec_module(module)
    return module


COMMON = {"INTERNATIONAL", "ENERGY", "AGENCY", "GENERAL", "CABLE", "CORPORATION", "CITY"}
COMMON |= {"TELECOM", "TOWER", "GROUP", "INC", "WOMEN", "WAGING", "PEACE", "RED"}


def test_common_word_names_are_kept_when_long_or_with_an_organisation_word() -> None:
    common_name = _converter().common_name
    org_words = {"AGENCY", "CORPORATION", "GROUP", "INC"}
    # Every word is common, but case-aware matching makes these safe.
    assert not common_name(["INTERNATIONAL", "ENERGY", "AGENCY"], COMMON, org_words)
    assert not common_name(["GENERAL", "CABLE", "CORPORATION"], COMMON, org_words)
    assert not common_name(["TOWER", "GROUP", "INC"], COMMON, org_words)
    assert not common_name(["WOMEN", "WAGING", "PEACE"], COMMON, org_words)
    # Two common words and no organisation word: too easily a heading's words.
    assert common_name(["CITY", "TELECOM"], COMMON, org_words)
    # A word that is not common keeps any name.
    assert not common_name(["RED", "HATCHERY"], COMMON, org_words)


def _person(names: list[str], country: str, roles: tuple[str, ...] = ("ELI", "GOV")) -> dict:
    """A converter person record: names as upper-case word lists, one role per code."""
    words = [n.upper().split() for n in names]
    return {
        "primary": words[0],
        "aliases": words,
        "bare": [],
        "titled": False,
        "roles": [{"country": country, "role": r} for r in roles],
    }


def test_family_name_by_name_order_and_particles() -> None:
    conv = _converter()
    reagan = _person(["Ronald Wilson Reagan"], "USA")
    assert conv.family_name(reagan, reagan["aliases"]) == "REAGAN"
    chun = _person(["Chun Doo Hwan"], "KOR")  # family name first
    assert conv.family_name(chun, chun["aliases"]) == "CHUN"
    xi = _person(["Xi Jinping"], "CHN")  # "XI" is no Roman numeral here
    assert conv.family_name(xi, xi["aliases"]) == "XI"
    meese = _person(["Edwin Meese III"], "USA")
    assert conv.family_name(meese, meese["aliases"]) == "MEESE"
    arias = _person(["Oscar Arias Sanchez", "Oscar Arias"], "CRI")  # the two-word name decides
    assert conv.family_name(arias, arias["aliases"]) == "ARIAS"
    santos = _person(["Jose Eduardo dos Santos"], "AGO")  # "Santos" alone is nobody
    assert conv.family_name(santos, santos["aliases"]) is None


def test_surname_guards() -> None:
    conv = _converter()
    persons = [_person([f"Charles {s}"], "FRA") for s in ("Alpha", "Beta")]
    guards = conv.SurnameGuards({"XI", "GORDON"}, conv.given_names_of(persons), {"MAY"}, {"JORDAN"})
    assert guards.reason("CHARLES") == "a given name"  # starts two other persons' names
    assert guards.reason("GORDON") == "a given name"
    assert guards.reason("XI") == "a given name"
    assert guards.reason("XI", first=True) is None  # written first: a family name
    assert guards.reason("MAY") == "a common word"
    assert guards.reason("JORDAN") == "a gazetteer name"
    assert guards.reason("SEN.") == "not a plain word"
    assert guards.reason("REAGAN") is None


def test_surname_common_words_by_case_and_by_shared_surnames() -> None:
    conv = _converter()
    counts = conv.WordCounts(
        lower=Counter({"MAY": 900, "BUSH": 6, "RICE": 200}),
        inside=Counter({"MAY": 800, "BUSH": 80, "RICE": 10, "BROWN": 400}),
        given_before=Counter({"BROWN": 16, "REAGAN": 3}),
    )
    common = conv.surname_common_words(counts)
    assert {"MAY", "RICE", "BROWN"} <= common  # a word, a commodity, many people's name
    assert not {"BUSH", "REAGAN"} & common


def test_only_leaders_get_a_surname_and_hand_made_ones_need_no_date() -> None:
    conv = _converter()
    guards = conv.SurnameGuards(set(), set(), set(), set())
    stats: Counter[str] = Counter()
    minister = _person(["Maryan Street"], "NZL", roles=("GOV",))
    assert conv.surname_words(minister, minister["aliases"], guards, stats) == []
    leader = _person(["Margaret Thatcher"], "GBR")
    assert conv.surname_words(leader, leader["aliases"], guards, stats) == ["THATCHER"]
    assert not conv.hand_made(leader)
    kohl = _person(["Helmut Kohl"], "DEU", roles=("GOV",))
    kohl["titled"] = True  # CHANCELLOR_KOHL
    assert conv.surname_words(kohl, kohl["aliases"], guards, stats) == ["KOHL"]
    assert conv.hand_made(kohl)
