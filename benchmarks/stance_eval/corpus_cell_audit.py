"""Audit of the heaviest cells of the corpus stance matrix (Reuters-21578 and BBC).

    python benchmarks/stance_eval/corpus_cell_audit.py sample [--cells 15] [--per-cell 8]
    python benchmarks/stance_eval/corpus_cell_audit.py check

``sample`` analyses both corpora with ``analyze_many(..., evidence="all")``, takes the
``--cells`` cells of the country-level stance matrix with the largest absolute mass and
writes ``--per-cell`` records of each (a fixed random sample) to ``corpus_cell_audit.json``
beside this script, with an empty ``judgement`` for a person to fill in: ``ok`` or the
class of the error (``sense``, ``sign``, ``hedge``, ``source``, ``target``, ...).

``check`` re-analyses the corpora with whichever ``stancemap`` is importable and counts, per
judged class, how many of the judged records are still produced (same document, sentence,
source, target and sign): a wrong record that is gone (or whose sign turned, for ``sign``
errors) is fixed; a right one that is gone is lost.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import stancemap as sm

CORPORA = Path("/work/shared/data/corpora")
OUT = Path(__file__).with_name("corpus_cell_audit.json")


def records() -> Iterator[dict[str, Any]]:
    """The texts of Reuters-21578 and BBC, each with its corpus name."""
    for name in ("reuters21578", "bbc"):
        with open(CORPORA / f"{name}.jsonl") as f:
            for line in f:
                row = json.loads(line)
                yield {"text": row["text"], "corpus": name, "id": str(row.get("id", ""))}


def evidence() -> tuple[Any, Any]:
    """The country-level stance matrix and its evidence (with sentence text)."""
    corpus = sm.Analyzer().analyze_many(
        records(), metadata=["corpus", "id"], date=None, evidence="all"
    )
    matrix = corpus.stance("country")
    return matrix, matrix.evidence


def key(row: Any) -> tuple[str, str, str, str, int]:
    """What identifies a record across builds: document, sentence, pair and sign."""
    sign = 1 if row["score"] > 0 else -1 if row["score"] < 0 else 0
    return (
        str(row["corpus"]),
        str(row["id"]),
        str(row["text"]),
        f"{row['source']}>{row['target']}",
        sign,
    )


def sample(cells: int, per_cell: int) -> None:
    """Write the sample of the heaviest cells to OUT."""
    _, ev = evidence()
    mass = ev.groupby(["source", "target"])["score"].sum()
    top = mass.abs().sort_values(ascending=False).head(cells).index
    rng = random.Random(13)
    out: list[dict[str, Any]] = []
    for src, tgt in top:
        cell = ev[(ev["source"] == src) & (ev["target"] == tgt)]
        rows = [
            cell.iloc[i] for i in sorted(rng.sample(range(len(cell)), min(per_cell, len(cell))))
        ]
        for r in rows:
            out.append(
                {
                    "cell": f"{src}>{tgt}",
                    "mass": round(float(mass[(src, tgt)]), 1),
                    "records": len(cell),
                    "corpus": str(r["corpus"]),
                    "id": str(r["id"]),
                    "cue": str(r["cue"]),
                    "category": str(r["category"]),
                    "rule": str(r["rule"]),
                    "score": round(float(r["score"]), 3),
                    "text": str(r["text"]),
                    "judgement": "",
                }
            )
    OUT.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} records of {len(top)} cells to {OUT}")


def check() -> None:
    """Count the judged records still produced, by judgement class."""
    judged = json.loads(OUT.read_text())
    _, ev = evidence()
    produced: dict[tuple[str, str, str, str, int], float] = {}
    for _, r in ev.iterrows():
        k = key(r)
        produced[k] = max(produced.get(k, 0.0), abs(float(r["score"])))
    total: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    weaker: Counter[str] = Counter()
    for j in judged:
        cls = j["judgement"] or "unjudged"
        src, tgt = j["cell"].split(">")
        row = {
            "corpus": j["corpus"],
            "id": j["id"],
            "text": j["text"],
            "source": src,
            "target": tgt,
            "score": j["score"],
        }
        total[cls] += 1
        now = produced.get(key(row))
        kept[cls] += now is not None
        weaker[cls] += now is not None and now < abs(j["score"]) - 1e-6
    print(f"{'class':<12} {'judged':>6} {'still produced':>14} {'of them weaker':>14}")
    for cls, n in total.most_common():
        print(f"{cls:<12} {n:>6} {kept[cls]:>14} {weaker[cls]:>14}")
    wrong = sum(n for c, n in total.items() if c not in ("ok", "unjudged"))
    wrong_kept = sum(n for c, n in kept.items() if c not in ("ok", "unjudged"))
    print(
        f"wrong: {wrong} judged, {wrong_kept} still produced; right: {total['ok']} judged, "
        f"{kept['ok']} still produced"
    )


def main() -> None:
    """Command line."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("mode", choices=["sample", "check"])
    p.add_argument("--cells", type=int, default=15)
    p.add_argument("--per-cell", type=int, default=8)
    a = p.parse_args()
    if a.mode == "sample":
        sample(a.cells, a.per_cell)
    else:
        check()


if __name__ == "__main__":
    main()
