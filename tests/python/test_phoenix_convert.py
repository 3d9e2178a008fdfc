"""The Phoenix converter's noise filters (tools/phoenix/convert.py, run by hand)."""

from __future__ import annotations

import importlib.util
import sys
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
