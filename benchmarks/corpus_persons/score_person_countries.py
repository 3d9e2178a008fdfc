"""Corpus-level person countries against an independent gold list.

    python benchmarks/corpus_persons/score_person_countries.py [--corpora-dir DIR] [-v]

The gold (``person_countries_gold.json``, see ``GUIDE.md``) names the persons a corpus run
found most often in BBC (2004-2005), Reuters-21578 (1987) and Wikinews (2019-2020), each with
the country a judge who wrote no rule gave it from the corpus texts, or the verdict that the
name is no person. This script analyses the three corpora as a user would (``analyze_many``,
Reuters and Wikinews with their dates), reads ``corpus.actors`` and reports, separately for
the dev half and the held-out half (split by a hash of the name):

* country right / wrong / missing, over the gold persons with a national country;
* how many of the names judged no person (bands, clubs, companies...) the engine calls persons.

``-v`` lists the dev half's errors only: the held-out half is for measuring, not for reading.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from pathlib import Path

import pandas as pd

import stancemap as sm

HERE = Path(__file__).resolve().parent
CORPORA = {"bbc": False, "reuters21578": True, "wikinews_2019_2020": True}  # name: dated


def half(name: str) -> str:
    """``dev`` or ``heldout``, fixed by the name."""
    return "heldout" if hashlib.sha256(name.encode()).digest()[0] % 2 else "dev"


def corpus_actors(path: Path, dated: bool) -> pd.DataFrame:
    """``corpus.actors`` of one corpus file, indexed by actor id."""
    rows = [json.loads(line) for line in path.open()]
    frame = pd.DataFrame({"text": [r.get("text", "") for r in rows]})
    metadata: list[str] = []
    if dated:
        frame["date"] = [str(r.get("date", ""))[:10] for r in rows]
        metadata = ["date"]
    corpus = sm.Analyzer().analyze_many(frame, text="text", metadata=metadata, threads=2)
    return corpus.actors.set_index("id")


def judge(entry: dict, actors: pd.DataFrame) -> str:
    """The outcome of one gold entry against the engine's corpus actors."""
    found = entry["name"] in actors.index
    row = actors.loc[entry["name"]] if found else None
    if entry["verdict"] == "not_person":
        return "called person" if found and row["kind"] == "person" else "not called person"
    if not found:
        return "not found"
    country = row["country"] if isinstance(row["country"], str) else ""
    if not country:
        return "missing"
    return "right" if country in [entry["country"], *entry.get("also", [])] else "wrong"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora-dir", type=Path, default=Path("/work/shared/data/corpora"))
    parser.add_argument("-v", "--verbose", action="store_true", help="list the dev errors")
    args = parser.parse_args()
    gold = json.loads((HERE / "person_countries_gold.json").read_text())
    tally: dict[str, Counter] = {"dev": Counter(), "heldout": Counter()}
    errors: list[str] = []
    for corpus, dated in CORPORA.items():
        actors = corpus_actors(args.corpora_dir / f"{corpus}.jsonl", dated)
        for entry in (e for e in gold if e["corpus"] == corpus):
            if entry["verdict"] not in ("person", "not_person"):
                continue
            outcome = judge(entry, actors)
            part = half(entry["name"])
            tally[part][outcome] += 1
            if part == "dev" and outcome in ("wrong", "missing", "called person", "not found"):
                got = actors.loc[entry["name"], "country"] if entry["name"] in actors.index else "-"
                errors.append(
                    f"{corpus:20} {entry['name']:28} gold {entry['country']} got {got} ({outcome})"
                )
    for part, t in tally.items():
        persons = t["right"] + t["wrong"] + t["missing"] + t["not found"]
        not_persons = t["called person"] + t["not called person"]
        share = t["right"] / max(persons, 1)
        print(
            f"{part:8} persons {persons}: right {t['right']} ({share:.2f}), wrong {t['wrong']},"
            f" missing {t['missing']}, not found {t['not found']};"
            f" not persons {not_persons}: called person {t['called person']}"
        )
    if args.verbose:
        print("\n".join(errors))


if __name__ == "__main__":
    main()
