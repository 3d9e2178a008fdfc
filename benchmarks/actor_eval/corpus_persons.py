"""The corpus-level country of the most frequent persons of the bundled news corpora.

Run by hand from the repository root (reads ``/work/shared/data/corpora``):

    python benchmarks/actor_eval/corpus_persons.py [--top 50] [--corpus bbc reuters]

For each corpus it runs ``analyze_many`` (Reuters with its 1987 dates) and prints the ``top``
persons by mentions: id, mentions, documents, the corpus-level country and the per-document
country votes behind it, so that a wrong vote (Blair BEL, Reagan BRA) shows at a glance.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import stancemap as sm

CORPORA = Path("/work/shared/data/corpora")
FILES = {
    "bbc": "bbc.jsonl",
    "reuters": "reuters21578.jsonl",
    "wikinews": "wikinews_2019_2020.jsonl",
}


def top_persons(corpus_name: str, top: int) -> list[dict]:
    """The ``top`` persons of one corpus by mentions, with their country votes."""
    with (CORPORA / FILES[corpus_name]).open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    metadata = ["date"] if all("date" in r for r in records) else []
    corpus = sm.Analyzer().analyze_many(
        records, metadata=metadata, evidence="none", windows=("sentence",), levels=("actor",)
    )
    table = corpus._core.actor_table()
    rows = []
    for i, kind in enumerate(table["kind"]):
        if kind != "person":
            continue
        rows.append(
            {
                "id": table["id"][i],
                "mentions": table["mentions"][i],
                "documents": table["documents"][i],
                "country": table["country"][i] or "",
                "votes": dict(table["countries"][i]),
            }
        )
    rows.sort(key=lambda r: (-r["mentions"], r["id"]))
    return rows[:top]


def main() -> None:
    """Print the table for each corpus asked for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=50)
    parser.add_argument("--corpus", nargs="+", default=["bbc", "reuters"], choices=list(FILES))
    args = parser.parse_args()
    for name in args.corpus:
        print(f"== {name}: top {args.top} persons (id, mentions, documents, country, votes)")
        for r in top_persons(name, args.top):
            votes = " ".join(
                f"{c}:{n:g}" for c, n in sorted(r["votes"].items(), key=lambda x: -x[1])
            )
            print(
                f"{r['id'][:28]:28} {r['mentions']:5} {r['documents']:4} {r['country']:4} {votes}"
            )


if __name__ == "__main__":
    main()
