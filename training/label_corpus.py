#!/usr/bin/env python3
"""Label unlabelled targets with the MiniLM teacher (distillation data for the students).

    nice -n 19 python training/label_corpus.py [--minutes 40] [--threads 1]

Targets: every actor mention the default Analyzer finds in the corpora of
``../shared/data/corpora`` (BBC, Reuters-21578, Wikinews), one per (sentence, span), in an
order shuffled with a fixed seed. The teacher (``training/train_teacher.py``'s checkpoint)
gives the probabilities of negative, neutral and positive. Lines are appended to ``--out``
(JSON Lines: ``sentence``, ``from``, ``to`` in characters of the sentence, ``probabilities``)
as batches finish, so a run stopped by ``--minutes`` keeps what it labelled and a second run
continues after the targets already labelled. The teacher reads the window of words around
the target that it was trained with (its checkpoint says which). ``--targets FILE`` keeps the
list of targets in a JSON file (made once, read by later runs: the corpora need not be
analysed again while the teacher waits).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "training"))

import train_teacher  # noqa: E402
from train_teacher import SEED, Teacher  # noqa: E402

CORPORA = REPO.parent / "shared" / "data" / "corpora"
FILES = ("bbc.jsonl", "wikinews_2019_2020.jsonl", "reuters21578.jsonl")


def corpus_targets(limit_articles: int) -> list[tuple[str, int, int]]:
    """(sentence, from, to) of the actor mentions of the corpora, deduplicated, shuffled."""
    import stancemap as sm

    analyzer = sm.Analyzer()
    seen: set = set()
    out = []
    for name in FILES:
        with (CORPORA / name).open(encoding="utf-8") as handle:
            for k, line in enumerate(handle):
                if k >= limit_articles:
                    break
                doc = analyzer.analyze(json.loads(line)["text"])
                sentences = doc.sentences
                for m in doc.mentions.itertuples():
                    s = sentences.iloc[int(m.sentence)]
                    text = str(s.text)
                    start, end = int(m.start) - int(s.start), int(m.end) - int(s.start)
                    if 0 <= start < end <= len(text) and (text, start, end) not in seen:
                        seen.add((text, start, end))
                        out.append((text, start, end))
    random.Random(SEED).shuffle(out)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--teacher", type=Path, default=REPO / "build" / "teacher" / "teacher.pt")
    ap.add_argument("--out", type=Path, default=REPO / "build" / "teacher" / "labels.jsonl")
    ap.add_argument("--minutes", type=float, default=40.0)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--articles", type=int, default=3000, help="articles read per corpus")
    ap.add_argument(
        "--targets", type=Path, default=None, help="JSON cache of the targets (read if present)"
    )
    args = ap.parse_args(argv)
    import torch

    torch.set_num_threads(args.threads)
    state = torch.load(args.teacher, weights_only=False)
    # The teacher's inputs as it was trained (a window of words around the target).
    train_teacher.WINDOW_WORDS = int(state.get("window", 0))
    train_teacher.MAX_TOKENS = int(state.get("max_tokens", train_teacher.MAX_TOKENS))
    teacher = Teacher(torch, state)
    teacher.encoder.eval()
    if args.targets is not None and args.targets.exists():
        targets = [tuple(t) for t in json.loads(args.targets.read_text(encoding="utf-8"))]
    else:
        targets = corpus_targets(args.articles)
        if args.targets is not None:
            args.targets.write_text(json.dumps(targets, ensure_ascii=False), encoding="utf-8")
    done: set = set()
    if args.out.exists():
        with args.out.open(encoding="utf-8") as handle:
            for line in handle:
                try:
                    r = json.loads(line)
                except json.JSONDecodeError:
                    continue
                done.add((r["sentence"], r["from"], r["to"]))
    todo = [t for t in targets if t not in done]
    print(f"{len(targets)} targets, {len(done)} labelled before", file=sys.stderr, flush=True)
    started = time.time()
    labelled = len(done)
    with args.out.open("a", encoding="utf-8") as out, torch.no_grad():
        # Blocks of 256 sorted by length (batches of 32 with little padding).
        for i in range(0, len(todo), 256):
            if time.time() - started > args.minutes * 60:
                break
            block = sorted(todo[i : i + 256], key=lambda t: len(t[0]))
            for k in range(0, len(block), 32):
                if time.time() - started > args.minutes * 60:
                    break
                batch = block[k : k + 32]
                probs = torch.softmax(teacher.logits(batch), -1).tolist()
                for (text, start, end), p in zip(batch, probs):
                    record = {"sentence": text, "from": start, "to": end, "probabilities": p}
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                out.flush()
                labelled += len(batch)
    print(f"{labelled} of {len(targets)} labelled, {time.time() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
