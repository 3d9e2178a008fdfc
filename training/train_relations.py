#!/usr/bin/env python3
"""Train the relation model behind ``doc.stance(relations="rules+model")``: who is positive
or negative toward whom in one sentence (Park, Pan & Joo 2021).

    pip install '.[train]'
    nice -n 19 python training/train_relations.py [--C 0.3] [--hash-bits 16] [--precision 0.85]

Park, K., Pan, Z. & Joo, J. (2021). Who Blames or Endorses Whom? Entity-to-Entity Directed
Sentiment Extraction in News Text. Findings of ACL 2021. Train: 13,144 sentences
(``../shared/data/train/park-directed-train.tsv``; its authors ask users to cite the paper).
Figures on the validation split, apart for the dev and held-out halves of
``benchmarks/park_eval`` (the harness's parsing and halves).

Features of a pair (as ``cpp/src/model_relations.cpp`` computes them): the ``fast`` model's
target features (``_core.TargetModel.features``) of entity 1 and of entity 2, the sparse
buckets folded to ``2^--hash-bits`` (entity 2's after entity 1's), both dense vectors, and
whether entity 1 comes first; a 5-label logistic regression (lbfgs, L2, ``--C`` 0.3 as in the
experiment, not tuned). Park's entity 1 is not always the earlier one; the pairs are trained
as given and also with the entities swapped (the labels' directions swapped), so that the
model serves pairs ordered by position.

The threshold (the least probability of a model record) is chosen on the dev half through
the API (``doc.stance(relations="rules+model")`` and the harness's labelling): the smallest
of 0.30, 0.35, …, 0.95 whose labels made by model records alone reach ``--precision``; it is
written into the model file. The held-out half is scored once, at that threshold and with
every model record (``min_probability=0``). ``--evaluate-only`` redoes this for the existing
model file. Writes
``python/stancemap/data/models/relations.smm`` and ``training/results/relations.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks" / "park_eval"))

import run_park_eval as park  # noqa: E402

import stancemap as sm  # noqa: E402
from stancemap import _core  # noqa: E402
from stancemap.models import (  # noqa: E402
    RELATION_LABELS,
    load_target_model,
    read_model,
    relation_model_path,
    write_model,
)

TRAIN = REPO.parent / "shared" / "data" / "train" / "park-directed-train.tsv"
SWAP = {0: 0, 1: 2, 2: 1, 3: 4, 4: 3}
MAX_ACTORS = 8


def pair_matrix(model: _core.TargetModel, pairs: list, bits: int) -> sp.csr_matrix:
    """One row per (text, span 1, span 2): the features of model_relations.cpp."""
    n_sparse = 1 << bits
    mask = n_sparse - 1
    rows, cols, vals, dense = [], [], [], []
    cache: dict = {}
    for i, (text, s1, s2) in enumerate(pairs):
        parts = []
        for k, span in enumerate((s1, s2)):
            f = cache.get((text, span))
            if f is None:
                f = cache[(text, span)] = model.features(text, span[0], span[1])
            cols.append((f["indices"].astype(np.int64) & mask) + k * n_sparse)
            rows.append(np.full(len(f["indices"]), i, dtype=np.int64))
            vals.append(f["values"].astype(np.float64))
            parts.append(f["dense"].astype(np.float64))
        parts.append(np.array([float(s1[0] < s2[0])]))
        dense.append(np.concatenate(parts))
    r, c, v = np.concatenate(rows), np.concatenate(cols), np.concatenate(vals)
    sparse = sp.csr_matrix((v, (r, c)), shape=(len(pairs), 2 * n_sparse))
    return sp.hstack([sparse, sp.csr_matrix(np.vstack(dense))], format="csr")


def analysed(item: park.Item, analyzer: sm.Analyzer) -> tuple:
    """The document of an item as the harness analyses it and the actors of its entities."""
    doc = analyzer.analyze(item.text)
    actors = [park._actor_at(doc, s) for s in item.spans]
    if None in actors:
        entries = []
        for i, (span, actor) in enumerate(zip(item.spans, actors)):
            name = park._name_of(item.text[span[0] : span[1]])
            if actor is None and name:
                kind = park._kind(name)
                entries.append(
                    {"id": f"ENTITY{i + 1}", "name": name, "kind": kind, "aliases": [name]}
                )
        if entries:
            doc = sm.Analyzer(sm.Gazetteer.default().extend(entries)).analyze(item.text)
            actors = [park._actor_at(doc, s) for s in item.spans]
    return doc, actors


def label_of(ev, actors: list, min_probability: float) -> tuple[int, bool]:  # noqa: ANN001
    """The harness's label from evidence rows (model rows below min_probability left out),
    and whether only model records made it."""
    a, b = actors
    if a is None or b is None or a == b:
        return 0, False
    ev = ev[(ev["rule"] != "model") | (ev["score"].abs() >= min_probability)]
    fw = ev[(ev["source"] == a) & (ev["target"] == b)]
    bw = ev[(ev["source"] == b) & (ev["target"] == a)]
    both = list(fw["rule"]) + list(bw["rule"])
    only_model = bool(both) and all(r == "model" for r in both)
    forward, backward = float(fw["score"].sum()), float(bw["score"].sum())
    if forward == 0 and backward == 0:
        return 0, False
    if abs(forward) >= abs(backward):
        return (1 if forward > 0 else 3), only_model
    return (2 if backward > 0 else 4), only_model


def scores(gold: list[int], got: list[tuple[int, bool]]) -> dict:
    """Macro-F1, confusion and the precision and recall of the labels model records made."""
    pred = [p for p, _ in got]
    score, conf, _f1s = park.macro_f1(gold, pred)
    by_model = [(g, p) for g, (p, m) in zip(gold, got) if m]
    correct = sum(1 for g, p in by_model if g == p)
    return {
        "macro_f1": round(score, 4),
        "confusion": conf,
        "model_labels": len(by_model),
        "model_precision": round(correct / max(len(by_model), 1), 4),
        "model_recall": round(correct / max(sum(1 for g in gold if g != 0), 1), 4),
    }


def evaluate(halves: dict, results: dict, target: float, min_f1: float | None = None) -> None:
    """Through the API (``doc.stance(relations=...)``) on both halves: rules alone; rules +
    every model record (min_probability 0); rules + the model records of at least the
    threshold chosen on dev, which goes into the model file: the smallest of 0.30..0.95 with
    dev precision >= target, or with ``min_f1`` the largest whose dev macro-F1 >= min_f1."""
    analyzer = sm.Analyzer()
    grid = [round(float(t), 2) for t in np.arange(0.30, 0.951, 0.05)]
    evidence = {}
    for name, items in halves.items():
        rows = []
        for it in items:
            doc, actors = analysed(it, analyzer)
            rows.append((doc.stance(relations="rules+model", min_probability=0.0).evidence, actors))
        evidence[name] = rows
    gold = {name: [it.label for it in items] for name, items in halves.items()}

    def at(name: str, t: float) -> dict:
        return scores(gold[name], [label_of(ev, actors, t) for ev, actors in evidence[name]])

    table = {t: at("dev", t) for t in grid}
    for t, r in table.items():
        print(
            f"  dev, threshold {t:.2f}: {r['model_labels']} labels, precision "
            f"{r['model_precision']:.3f}, macro-F1 {r['macro_f1']:.3f}",
            file=sys.stderr,
        )
    if min_f1 is None:
        chosen = next((t for t in grid if table[t]["model_precision"] >= target), grid[-1])
        results["threshold_rule"] = f"smallest with dev precision >= {target}"
    else:
        chosen = max((t for t in grid if table[t]["macro_f1"] >= min_f1), default=grid[0])
        results["threshold_rule"] = f"largest with dev macro-F1 >= {min_f1}"
    results["threshold"] = chosen
    results["dev_thresholds"] = {
        str(t): {k: v for k, v in r.items() if k != "confusion"} for t, r in table.items()
    }
    for name in halves:
        results[name] = {
            "sentences": len(halves[name]),
            "rules": at(name, 2.0),
            "rules+model, all": at(name, 0.0),
            f"rules+model, threshold {chosen}": at(name, chosen),
        }
        print(name, json.dumps(results[name]), file=sys.stderr, flush=True)


def set_threshold(path: Path, threshold: float) -> None:
    """Rewrite the model file with another threshold (the weights unchanged)."""
    header, arrays = read_model(path)
    header = {k: v for k, v in header.items() if k not in ("arrays", "checksum")}
    write_model(path, dict(header, threshold=threshold), dict(arrays))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--C", type=float, default=0.3)
    ap.add_argument("--hash-bits", type=int, default=16)
    ap.add_argument("--precision", type=float, default=0.85, help="dev precision to reach")
    ap.add_argument(
        "--min-f1",
        type=float,
        default=None,
        help="choose the threshold for macro-F1 instead: the largest with dev macro-F1 >= this",
    )
    ap.add_argument("--out", type=Path, default=Path(relation_model_path()))
    ap.add_argument(
        "--evaluate-only", action="store_true", help="score the existing model file only"
    )
    args = ap.parse_args(argv)
    started = time.time()
    valid = park.read_items()
    halves = {h: [it for it in valid if park.half(it.key) == h] for h in ("dev", "heldout")}
    path = REPO / "training" / "results" / "relations.json"
    if args.evaluate_only:
        results = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        evaluate(halves, results, args.precision, args.min_f1)
        set_threshold(args.out, results["threshold"])
        path.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
        print(json.dumps(results, indent=1))
        return 0
    from sklearn.linear_model import LogisticRegression

    model = load_target_model("fast")
    with TRAIN.open(encoding="utf-8") as handle:
        train = [it for it in map(park.parse_line, handle) if it is not None]
    pairs = [(it.text, it.spans[0], it.spans[1]) for it in train]
    pairs += [(it.text, it.spans[1], it.spans[0]) for it in train]
    y = np.array([it.label for it in train] + [SWAP[it.label] for it in train])
    x = pair_matrix(model, pairs, args.hash_bits)
    clf = LogisticRegression(C=args.C, max_iter=2000, tol=1e-4).fit(x, y)
    assert list(clf.classes_) == [0, 1, 2, 3, 4]
    print(f"{len(pairs)} training pairs, {time.time() - started:.0f} s", file=sys.stderr)

    n_sparse = 1 << args.hash_bits
    w = clf.coef_.T.astype(np.float32)
    header = {
        "format": 1,
        "kind": "pair_relations",
        "name": "relations",
        "labels": list(RELATION_LABELS),
        "features": {"hash_bits": args.hash_bits, "dense_size": int(model.dense_size)},
        "threshold": 0.5,  # replaced below by the one chosen on dev
        "max_actors": MAX_ACTORS,
        "card": {"C": args.C, "train_pairs": len(pairs), "target_model": "fast"},
    }
    arrays = {
        "sparse": np.ascontiguousarray(w[: 2 * n_sparse]),
        "dense": np.ascontiguousarray(w[2 * n_sparse :]),
        "bias": clf.intercept_.astype(np.float32),
    }
    write_model(args.out, header, arrays)
    read_model(args.out)
    import stancemap.models as models

    models._RELATIONS.clear()
    results: dict = {"C": args.C, "hash_bits": args.hash_bits, "train_pairs": len(pairs)}
    results["fit_seconds"] = round(time.time() - started, 1)
    evaluate(halves, results, args.precision, args.min_f1)
    set_threshold(args.out, results["threshold"])
    models._RELATIONS.clear()
    results["seconds"] = round(time.time() - started, 1)
    path.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
