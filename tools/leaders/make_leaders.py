"""Writes ``python/stancemap/data/leaders_2017.json``: heads of state and government and
foreign ministers of major countries from 2017 on, which the Phoenix files (ending
2014-2018) lack or hold with a stale open end. Hand-curated from general knowledge (public
facts: who held which office from which date), checked by the helper who wrote it; an end
date is left open where the office is held today (December 2026) or where the writer was
not sure. Run by hand: ``python tools/leaders/make_leaders.py``.

Each row: name, country, surname rule ("" none, "s" surnames: also undated, "d"
surnames_dated: with a document date only), roles ((from, to or None), ...) as YYYYMMDD,
and extra aliases. All roles are government offices (CAMEO GOV).
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "python/stancemap/data/leaders_2017.json"

Row = tuple[str, str, str, list[tuple[int, int | None]], list[str]]
ROWS: list[Row] = [
    # USA: presidents, vice presidents, secretaries of state
    ("Donald Trump", "USA", "d", [(20170120, 20210120), (20250120, None)], ["Donald J. Trump"]),
    (
        "Joe Biden",
        "USA",
        "s",
        [(20090120, 20170120), (20210120, 20250120)],
        ["Joseph Biden", "Joseph R. Biden"],
    ),
    ("Kamala Harris", "USA", "", [(20210120, 20250120)], []),
    ("Mike Pence", "USA", "s", [(20170120, 20210120)], []),
    ("JD Vance", "USA", "d", [(20250120, None)], ["J.D. Vance"]),
    ("Rex Tillerson", "USA", "s", [(20170201, 20180331)], []),
    ("Mike Pompeo", "USA", "s", [(20170123, 20210120)], []),
    ("Marco Rubio", "USA", "d", [(20250121, None)], []),
    # GBR: prime ministers, foreign secretaries
    ("Theresa May", "GBR", "", [(20100512, 20160713), (20160713, 20190724)], []),
    ("Boris Johnson", "GBR", "d", [(20160713, 20180709), (20190724, 20220906)], []),
    ("Liz Truss", "GBR", "s", [(20210915, 20221025)], []),
    ("Rishi Sunak", "GBR", "s", [(20200213, 20220705), (20221025, 20240705)], []),
    ("Keir Starmer", "GBR", "s", [(20240705, None)], []),
    ("Dominic Raab", "GBR", "d", [(20190724, 20210915)], []),
    ("David Cameron", "GBR", "d", [(20100511, 20160713), (20231113, 20240705)], []),
    ("David Lammy", "GBR", "s", [(20240705, None)], []),
    # FRA: president, prime ministers
    ("Emmanuel Macron", "FRA", "s", [(20140826, 20160830), (20170514, None)], []),
    ("Edouard Philippe", "FRA", "", [(20170515, 20200703)], ["Édouard Philippe"]),
    ("Jean Castex", "FRA", "d", [(20200703, 20220516)], []),
    ("Gabriel Attal", "FRA", "d", [(20240109, 20240905)], []),
    ("Francois Bayrou", "FRA", "d", [(20241213, 20250909)], ["François Bayrou"]),
    ("Jean-Yves Le Drian", "FRA", "", [(20120516, 20220520)], []),
    # DEU: chancellors, presidents, foreign ministers
    ("Olaf Scholz", "DEU", "s", [(20071121, 20091027), (20180314, 20250506)], []),
    ("Friedrich Merz", "DEU", "s", [(20250506, None)], []),
    (
        "Frank-Walter Steinmeier",
        "DEU",
        "s",
        [(20051122, 20091028), (20131217, 20170127), (20170319, None)],
        [],
    ),
    ("Heiko Maas", "DEU", "d", [(20131217, 20211208)], []),
    ("Annalena Baerbock", "DEU", "s", [(20211208, 20250506)], []),
    ("Johann Wadephul", "DEU", "s", [(20250506, None)], []),
    # ITA
    ("Giuseppe Conte", "ITA", "d", [(20180601, 20210213)], []),
    ("Mario Draghi", "ITA", "d", [(20210213, 20221022)], []),
    ("Giorgia Meloni", "ITA", "s", [(20080508, 20111116), (20221022, None)], []),
    ("Antonio Tajani", "ITA", "s", [(20221022, None)], []),
    # JPN: prime ministers
    ("Shinzo Abe", "JPN", "d", [(20060926, 20070926), (20121226, 20200916)], []),
    ("Yoshihide Suga", "JPN", "d", [(20121226, 20211004)], []),
    ("Fumio Kishida", "JPN", "d", [(20121226, 20170803), (20211004, 20241001)], []),
    ("Shigeru Ishiba", "JPN", "d", [(20241001, 20251021)], []),
    ("Sanae Takaichi", "JPN", "s", [(20251021, None)], []),
    # CAN, AUS
    ("Justin Trudeau", "CAN", "d", [(20151104, 20250314)], []),
    ("Mark Carney", "CAN", "", [(20250314, None)], []),
    ("Scott Morrison", "AUS", "d", [(20180824, 20220523)], []),
    ("Anthony Albanese", "AUS", "d", [(20071203, 20130918), (20220523, None)], []),
    # Others of the G20 and more
    ("Jair Bolsonaro", "BRA", "s", [(20190101, 20221231)], []),
    ("Javier Milei", "ARG", "s", [(20231210, None)], []),
    ("Mauricio Macri", "ARG", "s", [(20151210, 20191210)], []),
    (
        "Andres Manuel Lopez Obrador",
        "MEX",
        "",
        [(20181201, 20240930)],
        ["Andrés Manuel López Obrador"],
    ),
    ("Claudia Sheinbaum", "MEX", "s", [(20241001, None)], []),
    ("Cyril Ramaphosa", "ZAF", "s", [(20140526, None)], []),
    ("Joko Widodo", "IDN", "s", [(20141020, 20241020)], ["Jokowi"]),
    ("Prabowo Subianto", "IDN", "s", [(20191023, None)], []),
    ("Moon Jae-in", "KOR", "", [(20170510, 20220510)], []),
    ("Yoon Suk Yeol", "KOR", "", [(20220510, 20250404)], ["Yoon Suk-yeol"]),
    ("Lee Jae-myung", "KOR", "", [(20250604, None)], []),
    ("Volodymyr Zelensky", "UKR", "s", [(20190520, None)], ["Volodymyr Zelenskyy"]),
    ("Mohammed bin Salman", "SAU", "", [(20150123, None)], []),
]


def entry(
    name: str, country: str, rule: str, roles: list[tuple[int, int | None]], aliases: list[str]
) -> dict:
    """One gazetteer person entry."""
    e: dict = {
        "id": name,
        "name": name,
        "kind": "person",
        "country": country,
        "aliases": [name, *aliases],
    }
    e["roles"] = [
        {"country": country, "role": "GOV", "from": f, **({"to": t} if t else {})} for f, t in roles
    ]
    surname = name.split()[-1]
    if rule == "s":
        e["surnames"] = [surname]
    elif rule == "d":
        e["surnames_dated"] = [surname]
    return e


def main() -> None:
    rows = ROWS
    data = {
        "version": 1,
        "source": "hand-curated by the stancemap authors (tools/leaders/make_leaders.py);"
        " see GAZETTEER.md",
        "entries": [entry(*r) for r in rows],
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    print(f"{OUT.name}: {len(rows)} persons")


if __name__ == "__main__":
    main()
