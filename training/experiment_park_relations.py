#!/usr/bin/env python3
"""Experiment (nothing shipped): directed relations between two entities with the `fast`
model's features, on Park, Pan & Joo (2021).

    nice -n 10 python training/experiment_park_relations.py [--C 0.3]

Park, K., Pan, Z. & Joo, J. (2021). Who Blames or Endorses Whom? Entity-to-Entity Directed
Sentiment Extraction in News Text. Findings of ACL 2021. Train: 13,144 sentences
(``../shared/data/train/park-directed-train.tsv``); figures on the validation split, apart for
the dev and held-out halves of ``benchmarks/park_eval`` (the harness's parsing and halves).

Features of a pair: the core's target features (``_core.TargetModel.features``) of entity 1
and of entity 2 (sparse buckets of entity 2 shifted past those of entity 1, both dense
vectors), and whether entity 1 comes first. A 5-class logistic regression. ``rules+model``:
the stance records' label (the harness's ``predict``) when it is not neutral, else the
model's.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks" / "park_eval"))

import run_park_eval as park  # noqa: E402

import stancemap as sm  # noqa: E402
from stancemap.models import load_target_model  # noqa: E402

TRAIN = REPO.parent / "shared" / "data" / "train" / "park-directed-train.tsv"


def pair_matrix(model, items: list) -> sp.csr_matrix:  # noqa: ANN001
    n_sparse = 1 << model.hash_bits
    rows, cols, dense = [], [], []
    for i, it in enumerate(items):
        parts = []
        for k, (start, end) in enumerate(it.spans):
            f = model.features(it.text, start, end)
            cols.append(f["indices"].astype(np.int64) + k * n_sparse)
            rows.append(np.full(len(f["indices"]), i, dtype=np.int64))
            parts.append(f["dense"])
        parts.append(np.array([float(it.spans[0][0] < it.spans[1][0])], dtype=np.float32))
        dense.append(np.concatenate(parts))
    r, c = np.concatenate(rows), np.concatenate(cols)
    sparse = sp.csr_matrix((np.ones(len(r)), (r, c)), shape=(len(items), 2 * n_sparse))
    return sp.hstack([sparse, sp.csr_matrix(np.vstack(dense))], format="csr")


def report(name: str, gold: list[int], pred: list[int]) -> None:
    score, _conf, f1s = park.macro_f1(gold, pred)
    acc = sum(g == p for g, p in zip(gold, pred)) / len(gold)
    print(f"| {name} | {score:.3f} | {acc:.3f} | " + " / ".join(f"{f:.2f}" for f in f1s) + " |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--C", type=float, default=0.3)
    args = ap.parse_args(argv)
    started = time.time()
    from sklearn.linear_model import LogisticRegression

    model = load_target_model("fast")
    with TRAIN.open(encoding="utf-8") as handle:
        train = [it for it in map(park.parse_line, handle) if it is not None]
    valid = park.read_items()
    x = pair_matrix(model, train)
    y = np.array([it.label for it in train])
    clf = LogisticRegression(C=args.C, max_iter=3000, tol=1e-5).fit(x, y)
    print(f"{len(train)} training pairs, {time.time() - started:.0f} s", file=sys.stderr)
    analyzer = sm.Analyzer()
    print("| method, set | macro-F1 | accuracy | F1 by class 0 / 1 / 2 / 3 / 4 |")
    print("| --- | ---: | ---: | --- |")
    for half in ("dev", "heldout"):
        items = [it for it in valid if park.half(it.key) == half]
        gold = [it.label for it in items]
        model_pred = clf.predict(pair_matrix(model, items)).tolist()
        rules = [park.predict(it, analyzer) for it in items]
        both = [r if r != 0 else m for r, m in zip(rules, model_pred)]
        report(f"rules, {half}", gold, rules)
        report(f"model, {half}", gold, model_pred)
        report(f"rules+model, {half}", gold, both)
        correct = sum(1 for g, r, m in zip(gold, rules, model_pred) if r == 0 and m != 0 and g == m)
        added = sum(1 for r, m in zip(rules, model_pred) if r == 0 and m != 0)
        print(f"model records added ({half}): {added}, precision {correct / max(added, 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
