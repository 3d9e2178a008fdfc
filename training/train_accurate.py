#!/usr/bin/env python3
"""Train the ``accurate`` target-sentiment model: a bidirectional GRU on frozen word vectors.

    pip install '.[train]'
    nice -n 10 python training/train_accurate.py [--labels build/teacher/labels.jsonl]
        [--out python/stancemap/data/models/target_accurate.smm] [--epochs 12]

The inputs are computed by the C++ core (``stancemap._core.sequence_inputs``, the code the
shipped model runs): the words of the target's sentence (at most 24 either side of the target
and its first 16), each with the ``fast`` model's GloVe-50 vector (int8, shared: the file
holds no vectors of its own; the target's words masked) and 12 numbers (position relative to
the target, VADER valence after negation, clause), and the fast model's 24 named features.
Network: ``torch.nn.GRU`` (hidden 64, both directions); the forward state at the target's last
word, the backward state at its first, the maximum of each direction's states, and the named
features feed a 3-label softmax (``cpp/include/stancemap/model_sequence.hpp``). The shipped
output is the mean of its probabilities and the fast model's (``--mix-fast 0.5``, an
ensemble; 0 gives the GRU alone, whose figures the results file also holds).

Data: NewsMTSC train (Hamborg & Donnay 2021, MIT); 10 % of its sentences are held out to
choose the epoch (never the dev splits); figures on rw-dev and mt-dev only (never the test
splits). With ``--labels`` (JSON Lines of ``sentence``, ``from``, ``to``, ``probabilities``:
``training/label_corpus.py``'s teacher labels) the student also learns the teacher's
probabilities (soft labels, cross-entropy against them, weight ``--teacher-weight``):
distillation. Adam, lr 2e-3, batch 32, dropout 0.3 before the output layer, seed 13, one
torch thread (deterministic). Writes the model and ``training/results/<--name>.json``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

from stancemap import _core
from stancemap.models import LABELS, load_fast_model, model_path, read_model, write_model

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"
POLARITY = {2.0: 0, 4.0: 1, 6.0: 2}
SEED = 13
HIDDEN = 64
N_NAMED = 24


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


def load_labels(path: Path, limit: int) -> list[tuple[str, int, int, list[float]]]:
    out = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if len(out) >= limit:
                break
            try:
                r = json.loads(line)
            except json.JSONDecodeError:  # a line cut by the time cap
                continue
            out.append((r["sentence"], r["from"], r["to"], r["probabilities"]))
    return out


def embedding_table() -> tuple[np.ndarray, dict]:
    """The fast model's word vectors, dequantised as the core does (row 0: no vector)."""
    _, arrays = read_model(model_path("fast"))
    q, scale = arrays["embeddings"], arrays["embedding_scale"]
    table = np.zeros((q.shape[0] + 1, q.shape[1]), dtype=np.float32)
    table[1:] = scale[:, None].astype(np.float32) * q.astype(np.float32)
    info = {
        "embedding_dim": int(q.shape[1]),
        "embedding_rows": int(q.shape[0]),
        "embedding_sum": int(q.astype(np.int64).sum()),
    }
    return table, info


def inputs_of(fast: _core.TargetModel, text: str, start: int, end: int) -> dict:
    f = _core.sequence_inputs(fast, text, start, end)
    n = len(f["rows"])
    return {
        "rows": f["rows"].astype(np.int64),
        "numbers": f["numbers"].reshape(n, -1),
        "target": f["target"],
        "named": f["named"],
    }


class Batch:
    """Padded inputs of some targets (the ones with at least one step)."""

    def __init__(self, torch, items: list[dict]) -> None:  # noqa: ANN001
        n = max(len(it["rows"]) for it in items)
        b = len(items)
        k = items[0]["numbers"].shape[1]
        rows = np.zeros((b, n), dtype=np.int64)
        numbers = np.zeros((b, n, k), dtype=np.float32)
        for i, it in enumerate(items):
            m = len(it["rows"])
            rows[i, :m] = it["rows"]
            numbers[i, :m] = it["numbers"]
        self.rows = torch.from_numpy(rows)
        self.numbers = torch.from_numpy(numbers)
        self.lengths = torch.tensor([len(it["rows"]) for it in items])
        self.target = torch.tensor([it["target"] for it in items])
        self.named = torch.from_numpy(np.stack([it["named"] for it in items]).astype(np.float32))


def make_student(torch, table: np.ndarray, token_inputs: int, dropout: float):  # noqa: ANN001, ANN201
    nn = torch.nn

    class Student(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.emb = nn.Embedding.from_pretrained(torch.from_numpy(table), freeze=True)
            self.gru = nn.GRU(
                table.shape[1] + token_inputs, HIDDEN, batch_first=True, bidirectional=True
            )
            self.drop = nn.Dropout(dropout)
            self.out = nn.Linear(4 * HIDDEN + N_NAMED, 3)

        def forward(self, x: Batch):
            h = HIDDEN
            inp = torch.cat([self.emb(x.rows), x.numbers], dim=-1)
            packed = nn.utils.rnn.pack_padded_sequence(
                inp, x.lengths, batch_first=True, enforce_sorted=False
            )
            out, _ = self.gru(packed)
            out, _ = nn.utils.rnn.pad_packed_sequence(
                out, batch_first=True, total_length=inp.shape[1]
            )
            b = torch.arange(out.shape[0])
            tb, te = x.target[:, 0], x.target[:, 1]
            fwd = out[b, (te - 1).clamp(min=0), :h] * (te > 0).unsqueeze(1)
            bwd = out[b, tb.clamp(max=out.shape[1] - 1), h:] * (tb < x.lengths).unsqueeze(1)
            valid = torch.arange(out.shape[1]).unsqueeze(0) < x.lengths.unsqueeze(1)
            best = out.masked_fill(~valid.unsqueeze(2), float("-inf")).max(dim=1).values
            pooled = torch.cat([fwd, bwd, best[:, :h], best[:, h:], x.named], dim=1)
            return self.out(self.drop(pooled))

    return Student()


def macro_f1(gold: np.ndarray, pred: np.ndarray) -> float:
    scores = []
    for c in range(3):
        tp = int(np.sum((gold == c) & (pred == c)))
        fp = int(np.sum((gold != c) & (pred == c)))
        fn = int(np.sum((gold == c) & (pred != c)))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(np.mean(scores))


def confusion(gold: np.ndarray, pred: np.ndarray) -> list[list[int]]:
    return [[int(np.sum((gold == g) & (pred == p))) for p in range(3)] for g in range(3)]


def predict(torch, model, items: list[dict]) -> np.ndarray:  # noqa: ANN001
    """Probabilities (targets without steps: the bias alone, as the core)."""
    model.eval()
    out = np.zeros((len(items), 3), dtype=np.float64)
    with torch.no_grad():
        for i in range(0, len(items), 256):
            chunk = items[i : i + 256]
            idx = [j for j, it in enumerate(chunk) if len(it["rows"])]
            if idx:
                p = torch.softmax(model(Batch(torch, [chunk[j] for j in idx])), -1).numpy()
                out[[i + j for j in idx]] = p
            for j, it in enumerate(chunk):
                if not len(it["rows"]):
                    pooled = np.concatenate([np.zeros(4 * HIDDEN), it["named"]])
                    w = model.out.weight.numpy().astype(np.float64)
                    z = w @ pooled + model.out.bias.numpy()
                    out[i + j] = np.exp(z - z.max()) / np.exp(z - z.max()).sum()
    return out


def arrays_of(model) -> dict[str, np.ndarray]:  # noqa: ANN001
    g = model.gru
    f32 = np.float32

    def both(name: str) -> np.ndarray:
        fwd = getattr(g, f"{name}_l0").detach().numpy()
        bwd = getattr(g, f"{name}_l0_reverse").detach().numpy()
        return np.stack([fwd, bwd]).astype(f32)

    return {
        "w_ih": both("weight_ih"),
        "w_hh": both("weight_hh"),
        "b_ih": both("bias_ih"),
        "b_hh": both("bias_hh"),
        "out_w": model.out.weight.detach().numpy().astype(f32),
        "out_b": model.out.bias.detach().numpy().astype(f32),
    }


def load_arrays(torch, model, arrays: dict[str, np.ndarray]) -> None:  # noqa: ANN001
    """The weights of a model file (``--init``: distillation starts from the gold student)."""
    g = model.gru
    with torch.no_grad():
        for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
            short = "w_" + name[7:] if name.startswith("weight") else "b_" + name[5:]
            getattr(g, f"{name}_l0").copy_(torch.from_numpy(arrays[short][0].copy()))
            getattr(g, f"{name}_l0_reverse").copy_(torch.from_numpy(arrays[short][1].copy()))
        model.out.weight.copy_(torch.from_numpy(arrays["out_w"].copy()))
        model.out.bias.copy_(torch.from_numpy(arrays["out_b"].copy()))


def train(torch, model, gold: list, soft: list, args) -> tuple[int, float]:  # noqa: ANN001
    """Epochs over gold (hard labels) and teacher items (soft labels, mixed in the same
    batches); the weights of the epoch best on the held-out part of train are kept."""
    nn = torch.nn
    tune, fit = gold
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=args.lr)
    rng = random.Random(args.seed)
    items = [(it, y, 1.0) for it, y in fit] + [(it, p, args.teacher_weight) for it, p in soft]
    best = (-1.0, 0, None)
    gold_tune = np.array([y for _, y in tune])
    started = time.time()
    for epoch in range(1, args.epochs + 1):
        model.train()
        rng.shuffle(items)
        for i in range(0, len(items), args.batch):
            chunk = items[i : i + args.batch]
            target = torch.zeros(len(chunk), 3)
            weight = torch.tensor([w for _, _, w in chunk])
            for j, (_, y, _) in enumerate(chunk):
                if isinstance(y, int):
                    target[j, y] = 1.0
                else:
                    target[j] = torch.tensor(y)
            logp = nn.functional.log_softmax(model(Batch(torch, [c[0] for c in chunk])), -1)
            loss = -((target * logp).sum(1) * weight).sum() / weight.sum()
            opt.zero_grad()
            loss.backward()
            opt.step()
        pred = predict(torch, model, [it for it, _ in tune]).argmax(1)
        f1 = macro_f1(gold_tune, pred)
        print(
            f"epoch {epoch}: held-out train macro-F1 {f1:.4f} {time.time() - started:.0f} s",
            file=sys.stderr,
            flush=True,
        )
        if f1 > best[0]:
            best = (f1, epoch, {k: v.clone() for k, v in model.state_dict().items()})
        if time.time() - started > args.minutes * 60:
            break
    model.load_state_dict(best[2])
    return best[1], best[0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", type=Path, default=SHARED / "train" / "newsmtsc-train.jsonl")
    ap.add_argument("--dev", type=Path, default=SHARED / "eval-dev")
    ap.add_argument("--labels", type=Path, default=None, help="teacher labels (distillation)")
    ap.add_argument("--max-labels", type=int, default=200000)
    ap.add_argument("--teacher-weight", type=float, default=1.0)
    ap.add_argument(
        "--out", type=Path, default=REPO / "python/stancemap/data/models/target_accurate.smm"
    )
    ap.add_argument("--name", default="target_accurate", help="name of the results file")
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--minutes", type=float, default=40.0, help="no epoch starts after this")
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--dropout", type=float, default=0.3)
    ap.add_argument(
        "--mix-fast",
        type=float,
        default=0.5,
        help="share of the fast model's probabilities in the output (0: the GRU alone)",
    )
    ap.add_argument("--evaluate", type=Path, default=None, help="only evaluate this model file")
    ap.add_argument("--init", type=Path, default=None, help="start from this model file")
    ap.add_argument(
        "--seed", type=int, default=SEED, help="weights and batch order (the held-out split: 13)"
    )
    args = ap.parse_args(argv)
    if args.evaluate is not None:
        return evaluate_only(args.evaluate, args.dev, args.name)
    import torch

    torch.set_num_threads(1)
    torch.manual_seed(args.seed)
    started = time.time()
    fast = load_fast_model()
    table, info = embedding_table()
    train_targets = load_targets(args.train)
    sids = sorted({t[0] for t in train_targets})
    random.Random(SEED).shuffle(sids)
    tune_ids = set(sids[: len(sids) // 10])
    gold_fit, gold_tune = [], []
    for sid, text, s, e, y in train_targets:
        it = inputs_of(fast, text, s, e)
        if len(it["rows"]):
            (gold_tune if sid in tune_ids else gold_fit).append((it, y))
    soft = []
    if args.labels is not None:
        for text, s, e, p in load_labels(args.labels, args.max_labels):
            it = inputs_of(fast, text, s, e)
            if len(it["rows"]):
                soft.append((it, p))
    print(
        f"{len(gold_fit)} gold, {len(gold_tune)} held out, {len(soft)} teacher-labelled; "
        f"inputs in {time.time() - started:.0f} s",
        file=sys.stderr,
        flush=True,
    )
    token_inputs = gold_fit[0][0]["numbers"].shape[1]
    model = make_student(torch, table, token_inputs, args.dropout)
    if args.init is not None:
        load_arrays(torch, model, read_model(args.init)[1])
    epoch, tune_f1 = train(torch, model, (gold_tune, gold_fit), soft, args)

    header = {
        "format": 1,
        "kind": "target_sequence",
        "name": "accurate",
        "labels": list(LABELS),
        "mix_fast": args.mix_fast,
        "features": dict(
            info,
            hidden=HIDDEN,
            token_inputs=token_inputs,
            token_input_names=_core.token_input_names(),
            window_words=24,
            max_target_words=16,
        ),
        "card": {
            "epoch": epoch,
            "teacher_labels": len(soft),
            "soft_labels": bool(soft),
            "init": args.init.name if args.init else None,
            "seed": args.seed,
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_model(args.out, header, arrays_of(model))
    read_model(args.out)
    results: dict = {
        "epoch": epoch,
        "held_out_train_macro_f1": round(tune_f1, 4),
        "gold_targets": len(gold_fit),
        "teacher_targets": len(soft),
        "labels": "gold + teacher (soft)" if soft else "gold only",
        "init": args.init.name if args.init else None,
        "args": {k: str(v) for k, v in vars(args).items()},
    }
    torch_p = {
        name: predict(torch, model, [inputs_of(fast, t, s, e) for _, t, s, e, _ in items])
        for name, items in dev_sets(args.dev).items()
    }
    results.update(evaluate(fast, args.out, args.dev, torch_p))
    results["seconds"] = round(time.time() - started, 1)
    write_results(args.name, results)
    return 0


def write_results(name: str, results: dict) -> None:
    """``training/results/<name>.json``, and the same on stdout."""
    out_json = REPO / "training" / "results" / f"{name}.json"
    out_json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=1))


def dev_sets(dev: Path) -> dict[str, list]:
    return {name: load_targets(dev / f"{name}.jsonl") for name in ("rw-dev", "mt-dev")}


def evaluate(fast: _core.TargetModel, path: Path, dev: Path, torch_p: dict | None = None) -> dict:
    """Dev figures of a model file through the C++ model, and of its GRU alone (the model
    file with ``mix_fast`` 0); with ``torch_p``, the share of labels the C++ model and the
    PyTorch network (mixed likewise) agree on."""
    header, arrays = read_model(path)
    alone_header = {k: v for k, v in header.items() if k not in ("arrays", "checksum")}
    alone_header["mix_fast"] = 0.0
    alone_path = path.with_suffix(".alone.tmp")
    write_model(alone_path, alone_header, {k: v.copy() for k, v in arrays.items()})
    shipped = _core.SequenceModel.load(str(path), fast)
    alone = _core.SequenceModel.load(str(alone_path), fast)
    alone_path.unlink()
    mix = float(header["mix_fast"])
    results: dict = {"mix_fast": mix}
    for name, items in dev_sets(dev).items():
        gold = np.array([t[4] for t in items])
        p = np.array([shipped.predict(t, s, e, 0)["probabilities"] for _, t, s, e, _ in items])
        pa = np.array([alone.predict(t, s, e, 0)["probabilities"] for _, t, s, e, _ in items])
        pred, pred_alone = p.argmax(1), pa.argmax(1)
        even = np.arange(len(items)) % 2 == 0  # the two halves of dev the cards compare
        results[name] = {
            "targets": len(items),
            "macro_f1": round(macro_f1(gold, pred), 4),
            "even_macro_f1": round(macro_f1(gold[even], pred[even]), 4),
            "odd_macro_f1": round(macro_f1(gold[~even], pred[~even]), 4),
            "accuracy": round(float(np.mean(gold == pred)), 4),
            "confusion": confusion(gold, pred),
            "gru_alone_macro_f1": round(macro_f1(gold, pred_alone), 4),
            "gru_alone_confusion": confusion(gold, pred_alone),
        }
        if torch_p is not None:
            fast_p = np.array(
                [fast.predict(t, s, e, 0)["probabilities"] for _, t, s, e, _ in items]
            )
            mixed = (1 - mix) * torch_p[name] + mix * fast_p
            results[name]["same_label_as_torch"] = round(float(np.mean(mixed.argmax(1) == pred)), 4)
    for key in ("macro_f1", "even_macro_f1", "odd_macro_f1", "gru_alone_macro_f1"):
        results[f"mean_{key}"] = round((results["rw-dev"][key] + results["mt-dev"][key]) / 2, 4)
    return results


def evaluate_only(path: Path, dev: Path, name: str) -> int:
    """``--evaluate FILE``: the dev figures of a model file, into results/<--name>.json."""
    results = evaluate(load_fast_model(), path, dev)
    write_results(name, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
