#!/usr/bin/env python3
"""Join several ``accurate`` GRUs (``train_accurate.py`` files, one GRU each) into one model
file: an ensemble whose probabilities the core averages (``members``, ``member_weights``) and
mixes with the fast model's (``mix_fast``).

    python training/build_ensemble.py --mix-fast 0.5 --name target_accurate_ensemble \\
        --out python/stancemap/data/models/target_accurate.smm gru1.smm gru2.smm ...

The members must share the inputs and the hidden size (checked). Equal member weights unless
``--weights`` gives them. Writes the model and ``training/results/<--name>.json`` (dev figures
through the C++ model, of the ensemble and of its GRUs alone; figures per member too).

    python training/build_ensemble.py --extract 0 --out gold.smm target_accurate.smm

writes member 0 of an ensemble file as a one-GRU file (no evaluation), so that a shipped
member can join a new ensemble.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from stancemap.models import load_fast_model, read_model, write_model

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_accurate import SHARED, evaluate, write_results

KEYS = ("w_ih", "w_hh", "b_ih", "b_hh", "out_w", "out_b")


def single_arrays(path: Path) -> tuple[dict, dict[str, np.ndarray]]:
    """The header and arrays of a file holding one GRU (a file with ``members`` is refused)."""
    header, arrays = read_model(path)
    if header.get("kind") != "target_sequence" or "members" in header:
        raise ValueError(f"{path}: not a one-GRU target_sequence model file")
    return header, {k: np.asarray(arrays[k], dtype=np.float32) for k in KEYS}


def build(paths: list[Path], mix_fast: float, weights: list[float] | None, out: Path) -> dict:
    """Writes the ensemble of the GRUs in ``paths`` to ``out``; returns its header."""
    headers, members = zip(*(single_arrays(p) for p in paths))
    first = headers[0]
    for p, h in zip(paths, headers):
        if h["features"] != first["features"]:
            raise ValueError(f"{p}: other inputs or hidden size than {paths[0]}")
    k = len(paths)
    if weights is None:
        weights = [1.0 / k] * k
    if len(weights) != k or abs(sum(weights) - 1) > 1e-6:
        raise ValueError("--weights: one weight per member, summing to 1")
    header = {key: v for key, v in first.items() if key not in ("arrays", "checksum", "card")}
    header.update(
        mix_fast=mix_fast,
        members=k,
        member_weights=list(weights),
        card={"members": [dict(h.get("card", {}), file=p.name) for p, h in zip(paths, headers)]},
    )
    arrays = {key: np.stack([m[key] for m in members]) for key in KEYS}
    out.parent.mkdir(parents=True, exist_ok=True)
    write_model(out, header, arrays)
    read_model(out)
    return header


def extract(path: Path, member: int, out: Path) -> None:
    """Writes member ``member`` of the ensemble file ``path`` as a one-GRU file."""
    header, arrays = read_model(path)
    k = int(header.get("members", 0))
    if header.get("kind") != "target_sequence" or not 0 <= member < k:
        raise ValueError(f"{path}: no member {member} (an ensemble of {k})")
    skip = ("arrays", "checksum", "card", "members", "member_weights")
    one = {key: v for key, v in header.items() if key not in skip}
    one.update(mix_fast=0.0, card=header.get("card", {}).get("members", [{}] * k)[member])
    write_model(out, one, {key: np.asarray(arrays[key][member]) for key in KEYS})
    read_model(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("members", type=Path, nargs="+", help="one-GRU model files")
    ap.add_argument("--mix-fast", type=float, default=0.5)
    ap.add_argument("--weights", type=float, nargs="*", default=None)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--name", default="target_accurate_ensemble")
    ap.add_argument("--dev", type=Path, default=SHARED / "eval-dev")
    ap.add_argument("--extract", type=int, default=None, help="write this member of the file")
    args = ap.parse_args(argv)
    if args.extract is not None:
        extract(args.members[0], args.extract, args.out)
        return 0
    build(args.members, args.mix_fast, args.weights, args.out)
    fast = load_fast_model()
    results = evaluate(fast, args.out, args.dev)
    results["members"] = {}
    for p in args.members:
        alone = args.out.with_suffix(".member.tmp")
        build([p], 0.0, None, alone)
        one = evaluate(fast, alone, args.dev)
        alone.unlink()
        results["members"][p.name] = {"mean_macro_f1": one["mean_macro_f1"]}
    write_results(args.name, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
