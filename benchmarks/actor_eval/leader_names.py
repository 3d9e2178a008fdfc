"""Leaders by name: who "<Name> criticised Germany." names, with and without a date.

    python benchmarks/actor_eval/leader_names.py [-v]

Made-up sentences on the much-reported office holders of 2010-2026 (issue 12, "Actors v2",
item "Names"): the full name and the surname alone, dated 2020 and undated, a former leader in
a later text, and surnames that must name nobody (shared or common ones). Each case gives the
person id and country expected (None: no listed person). Prints the score per group; ``-v``
lists the misses. The cases are the writer's, not drawn from any corpus.
"""

from __future__ import annotations

import argparse
from collections import defaultdict

import pandas as pd

import stancemap as sm

D2020 = "2020-06-15"

# (group, name written, date or None, expected id or None, expected country)
CASES: list[tuple[str, str, str | None, str | None, str]] = [
    # Full names, dated 2020: the country of the person's role then.
    ("full 2020", "Subrahmanyam Jaishankar", D2020, "Subrahmanyam Jaishankar", "IND"),
    ("full 2020", "Wang Yi", D2020, "Wang Yi", "CHN"),
    ("full 2020", "Naftali Bennett", D2020, "Naftali Bennett", "ISR"),
    ("full 2020", "Yair Lapid", D2020, "Yair Lapid", "ISR"),
    ("full 2020", "Ebrahim Raisi", D2020, "Ebrahim Raisi", "IRN"),
    ("full 2020", "Masoud Pezeshkian", D2020, "Masoud Pezeshkian", "IRN"),
    ("full 2020", "Shehbaz Sharif", D2020, "Shehbaz Sharif", "PAK"),
    ("full 2020", "Bola Tinubu", D2020, "Bola Tinubu", "NGA"),
    ("full 2020", "Dmytro Kuleba", D2020, "Dmytro Kuleba", "UKR"),
    ("full 2020", "Lloyd Austin", D2020, "Lloyd Austin", "USA"),
    ("full 2020", "Kim Jong-un", D2020, "Kim Jong-un", "PRK"),
    ("full 2020", "Kim Jong Un", D2020, "Kim Jong-un", "PRK"),
    ("full 2020", "Pedro Sanchez", D2020, "Pedro Sanchez", "ESP"),
    ("full 2020", "Andrzej Duda", D2020, "Andrzej Duda", "POL"),
    ("full 2020", "Alexander Lukashenko", D2020, "Alexander Lukashenko", "BLR"),
    ("full 2020", "Abiy Ahmed", D2020, "Abiy Ahmed", "ETH"),
    ("full 2020", "Tamim bin Hamad", D2020, "Tamim bin Hamad Al Thani", "QAT"),
    ("full 2020", "Jacinda Ardern", D2020, "Jacinda Ardern", "NZL"),
    ("full 2020", "Carrie Lam", D2020, "Carrie Lam", "HKG"),
    ("full 2020", "Tsai Ing-wen", D2020, "Tsai Ing-wen", "TWN"),
    ("full 2020", "Rodrigo Duterte", D2020, "Rodrigo Duterte", "PHL"),
    ("full 2020", "Juan Guaido", D2020, "Juan Guaido", "VEN"),
    ("full 2020", "Ivan Duque", D2020, "Ivan Duque", "COL"),
    ("full 2020", "Sebastian Pinera", D2020, "Sebastian Pinera", "CHL"),
    ("full 2020", "Mitch McConnell", D2020, "Mitch McConnell", "USA"),
    ("full 2020", "Josep Borrell", D2020, "Josep Borrell", "EU"),
    ("full 2020", "Antonio Guterres", D2020, "Antonio Guterres", "UN"),
    ("full 2020", "Ursula von der Leyen", D2020, "Ursula von der Leyen", "EC"),
    # Surnames alone, dated 2020.
    ("surname 2020", "Modi", D2020, "Narendra Modi", "IND"),
    ("surname 2020", "Guterres", D2020, "Antonio Guterres", "UN"),
    ("surname 2020", "von der Leyen", D2020, "Ursula von der Leyen", "EC"),
    ("surname 2020", "Pelosi", D2020, "Nancy Pelosi", "USA"),
    ("surname 2020", "Orban", D2020, "Viktor Orban", "HUN"),
    ("surname 2020", "Mnangagwa", D2020, "Emmerson Mnangagwa", "ZWE"),
    ("surname 2020", "Zarif", D2020, "Mohammad Javad Zarif", "IRN"),
    ("surname 2020", "Buhari", D2020, "Muhammadu Buhari", "NGA"),
    ("surname 2020", "Sisi", D2020, "Abdel Fattah el-Sisi", "EGY"),
    ("surname 2020", "Lukashenko", D2020, "Alexander Lukashenko", "BLR"),
    ("surname 2020", "Duterte", D2020, "Rodrigo Duterte", "PHL"),
    ("surname 2020", "Trump", D2020, "Donald Trump", "USA"),
    ("surname 2020", "Merkel", D2020, "Angela Merkel", "DEU"),
    ("surname 2020", "Rouhani", D2020, "Hassan Rouhani", "IRN"),
    ("surname 2020", "Bolsonaro", D2020, "Jair Bolsonaro", "BRA"),
    ("surname 2020", "Netanyahu", D2020, "Benjamin Netanyahu", "ISR"),
    ("surname 2020", "Erdogan", D2020, "Recep Tayyip Erdogan", "TUR"),
    ("surname 2020", "Tedros", D2020, "Tedros Adhanom Ghebreyesus", "WHO"),
    # Surnames alone, undated: today's world (December 2026).
    ("surname undated", "Trump", None, "Donald Trump", "USA"),
    ("surname undated", "Modi", None, "Narendra Modi", "IND"),
    ("surname undated", "Guterres", None, "Antonio Guterres", "UN"),
    ("surname undated", "Erdogan", None, "Recep Tayyip Erdogan", "TUR"),
    ("surname undated", "Zelensky", None, "Volodymyr Zelensky", "UKR"),
    ("surname undated", "Rubio", None, "Marco Rubio", "USA"),
    ("surname undated", "Thatcher", None, "Margaret Thatcher", "GBR"),
    # A former leader in a later text.
    ("former later", "Reagan", "2019-03-01", "Ronald Reagan", "USA"),
    ("former later", "Thatcher", "2013-04-10", "Margaret Thatcher", "GBR"),
    ("former later", "Gorbachev", "2022-08-31", "Mikhail Gorbachev", "RUS"),
    ("former later", "Merkel", "2025-06-01", "Angela Merkel", "DEU"),
    # Names that must name no listed person: shared, common or not yet in office.
    ("nobody", "Bush", None, None, ""),
    ("nobody", "Bush", "2019-03-01", None, ""),
    ("nobody", "Johnson", None, None, ""),
    ("nobody", "Blair", None, None, ""),
    ("nobody", "Kim", D2020, None, ""),
    ("nobody", "Sharif", D2020, None, ""),
    ("nobody", "Khan", D2020, None, ""),
    ("nobody", "Trump", "1987-03-01", None, ""),
]


def listed_person(doc: sm.Document, name: str) -> tuple[str | None, str]:
    """The id and country of the listed person the sentence starts with, else (None, "")."""
    mentions = doc.mentions
    first = mentions[mentions["start"] == 0]
    if first.empty:
        return None, ""
    actor = first.iloc[0]["actor"]
    row = doc.actors[doc.actors["id"] == actor].iloc[0]
    country = "" if pd.isna(row["country"]) else str(row["country"])
    if row["kind"] != "person" or (row["id"] == name and not country):
        return None, ""
    return str(row["id"]), country


def main() -> None:
    """Scores the cases by group."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    args = parser.parse_args()
    right: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    for group, name, date, want_id, want_country in CASES:
        doc = sm.analyze(f"{name} criticised Germany.", date=date)
        got = listed_person(doc, name)
        total[group] += 1
        if got == (want_id, want_country):
            right[group] += 1
        elif args.verbose:
            print(f"  miss {group:16} {name!r} {date}: got {got}, want {(want_id, want_country)}")
    for group in total:
        print(f"{group:16} {right[group]:3d} / {total[group]:3d}")
    print(f"{'all':16} {sum(right.values()):3d} / {sum(total.values()):3d}")


if __name__ == "__main__":
    main()
