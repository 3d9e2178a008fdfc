"""Stance records per article on BBC politics and Wikinews, and which rule made them.

    python benchmarks/stance_eval/records_per_article.py [--rules]

Uses whichever ``stancemap`` is importable (run it with the old and the new build to compare).
The populations are those of ``run_stance_eval.py``: the distinct ``politics`` texts of
``bbc.jsonl`` and the Wikinews articles without non-English passages.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import stancemap as sm

CORPORA = Path("/work/shared/data/corpora")
NON_ENGLISH = (
    "Living_with_HIV_during_COVID-19",
    "200_in_New_Delhi,_India_drink_cow_urine",
    "Students_compete_in_second_international_Neurosurgery_Olympiad",
)


def load(name: str) -> list[str]:
    """The texts of one population (``bbc`` politics or ``wikinews``)."""
    texts: list[str] = []
    seen: set[str] = set()
    with open(CORPORA / ("bbc.jsonl" if name == "bbc" else "wikinews_2019_2020.jsonl")) as f:
        for line in f:
            row = json.loads(line)
            if name == "bbc" and row.get("category") != "politics":
                continue
            ident = str(row.get("id", row.get("title", "")))
            if name == "wikinews" and ident.startswith(NON_ENGLISH):
                continue
            if row["text"] in seen:
                continue
            seen.add(row["text"])
            texts.append(row["text"])
    return texts


def main() -> None:
    """Print records per article for both populations (and the rules with ``--rules``)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rules", action="store_true", help="count records by rule")
    args = parser.parse_args()
    analyzer = sm.Analyzer()
    print("| corpus | articles | with >= 1 record | records | per article |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name in ("bbc", "wikinews"):
        texts = load(name)
        counts = []
        rules: Counter[str] = Counter()
        for text in texts:
            evidence = analyzer.analyze(text).evidence
            counts.append(len(evidence))
            if args.rules and "rule" in evidence:
                rules.update(evidence["rule"].fillna(""))
        total = sum(counts)
        with_any = sum(1 for c in counts if c)
        print(f"| {name} | {len(texts)} | {with_any} | {total} | {total / len(texts):.2f} |")
        if args.rules:
            for rule, n in rules.most_common():
                print(f"    {n:6d}  {rule}")


if __name__ == "__main__":
    main()
