#!/usr/bin/env python3
"""Experiment (nothing shipped): logit adjustment of the shipped ``accurate`` model.

    python training/experiment_logit_adjustment.py

Multiplies each label's probability of the shipped model (and of ``fast`` alone) by 1 / its
share of NewsMTSC train and renormalises: the post-hoc logit adjustment with tau 1 (Menon et
al., ICLR 2021), which aims at a balanced error (what macro-F1 rewards). The factor was fixed
from train before any dev figure; no other tau is tried. Writes
``training/results/target_accurate_logit_adjustment.json``: dev macro-F1 (rw-dev, mt-dev,
their even and odd targets) with and without the adjustment. The test splits are not used.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from stancemap import _core
from stancemap.models import load_fast_model, model_path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_accurate import SHARED, dev_sets, load_targets, macro_f1, write_results


def figures(gold: np.ndarray, p: np.ndarray) -> dict:
    """Macro-F1 of the most probable labels on all targets, the even and the odd ones."""
    even = np.arange(len(gold)) % 2 == 0
    pred = p.argmax(1)
    return {
        "macro_f1": round(macro_f1(gold, pred), 4),
        "even": round(macro_f1(gold[even], pred[even]), 4),
        "odd": round(macro_f1(gold[~even], pred[~even]), 4),
    }


def main() -> int:
    fast = load_fast_model()
    accurate = _core.SequenceModel.load(str(model_path("accurate")), fast)
    labels = [t[4] for t in load_targets(SHARED / "train" / "newsmtsc-train.jsonl")]
    counts = np.bincount(np.array(labels), minlength=3).astype(np.float64)
    weights = counts.sum() / (3 * counts)
    results: dict = {"train_counts": counts.astype(int).tolist(), "weights": weights.tolist()}
    for name, items in dev_sets(SHARED / "eval-dev").items():
        gold = np.array([t[4] for t in items])
        for model_name, model in (("accurate", accurate), ("fast", fast)):
            p = np.array([model.predict(t, s, e, 0)["probabilities"] for _, t, s, e, _ in items])
            q = p * weights
            results[f"{name} {model_name}"] = {
                "plain": figures(gold, p),
                "adjusted": figures(gold, q / q.sum(1, keepdims=True)),
            }
    for model_name in ("accurate", "fast"):
        for kind in ("plain", "adjusted"):
            pair = [results[f"{n} {model_name}"][kind]["macro_f1"] for n in ("rw-dev", "mt-dev")]
            results[f"mean {model_name} {kind}"] = round(sum(pair) / 2, 4)
    write_results("target_accurate_logit_adjustment", results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
