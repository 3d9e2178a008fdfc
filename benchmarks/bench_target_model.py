#!/usr/bin/env python3
"""Speed of the actors' tone: the learned ``fast`` and ``accurate`` models against the rules,
one thread.

    python benchmarks/bench_target_model.py [--corpus ../shared/data/corpora/bbc.jsonl]
        [--repeat 5] [--limit N] [--cpu]

Every actor mention of every text is a target (the sentence holding it, as ``doc.actors``'
``tone`` computes it). Timed, best of ``--repeat`` passes over texts analysed beforehand:

* ``targets/s``: ``Document.mention_tone_model`` (a model, C++ loop over the mentions, one
  call per document; ``fast`` and ``accurate``) and ``Document.mention_tone`` (the rules) per
  second;
* ``MB/s``: ``_core.Analyzer.analyze`` per text alone (what ``Analyzer(tone=None)`` runs) and
  followed by the fast model's tone of its mentions (``Analyzer(tone="fast")`` without the
  DataFrame);
* relations: ``Document.with_relation_records`` (what ``doc.stance(relations="rules+model")``
  adds: the relation model on every actor pair of a sentence without a rule record), in
  pairs scored and MB per second.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import stancemap as sm
from stancemap.models import load_relation_model, load_target_model

REPO = Path(__file__).resolve().parent.parent
DEFAULT = REPO.parent / "shared" / "data" / "corpora" / "bbc.jsonl"


CLOCK = time.perf_counter


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = CLOCK()
        fn()
        times.append(CLOCK() - t)
    return min(times)


def _pairs(doc: object, max_actors: int) -> int:
    """Pairs of distinct actors per sentence (capped as the model caps them): an upper bound
    of the pairs scored (pairs with a rule record are skipped)."""
    table = doc.mention_table()  # type: ignore[attr-defined]
    actors: dict[int, list[int]] = {}
    for s, a in zip(table["sentence"].tolist(), table["actor"].tolist()):
        seen = actors.setdefault(s, [])
        if a not in seen and len(seen) < max_actors:
            seen.append(a)
    return sum(len(v) * (len(v) - 1) // 2 for v in actors.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument(
        "--cpu",
        action="store_true",
        help="time by the process's CPU time, not the wall clock (a shared machine)",
    )
    args = parser.parse_args(argv)
    global CLOCK
    CLOCK = time.process_time if args.cpu else time.perf_counter
    with args.corpus.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    if args.limit:
        texts = texts[: args.limit]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    core = sm.Analyzer()._core
    model = load_target_model("fast")
    lexicon = sm.SentimentLexicon.default()._core
    docs = [core.analyze(t) for t in texts]
    mentions = sum(len(d.mention_table()["actor"]) for d in docs)

    fast = best(lambda: [d.mention_tone_model(model) for d in docs], args.repeat)
    accurate_model = load_target_model("accurate")
    accurate = best(lambda: [d.mention_tone_model(accurate_model) for d in docs], args.repeat)
    rules = best(lambda: [d.mention_tone(lexicon) for d in docs], args.repeat)
    plain = best(lambda: [core.analyze(t) for t in texts], args.repeat)
    toned = best(lambda: [core.analyze(t).mention_tone_model(model) for t in texts], args.repeat)

    relations = load_relation_model()
    pairs = sum(_pairs(d, relations.max_actors) for d in docs)
    related = best(lambda: [d.with_relation_records(relations) for d in docs], args.repeat)

    print(f"{args.corpus.name}: {len(texts)} texts, {megabytes:.2f} MB, {mentions} mentions")
    clock = "CPU time" if args.cpu else "wall clock"
    print(f"| what | per second, one thread ({clock}) |")
    print("| --- | ---: |")
    print(f"| fast model, targets | {mentions / fast:,.0f} |")
    print(f"| accurate model, targets | {mentions / accurate:,.0f} |")
    print(f"| rules, targets | {mentions / rules:,.0f} |")
    print(f"| analyze, tone off | {megabytes / plain:.1f} MB/s |")
    print(f"| analyze + fast tone | {megabytes / toned:.1f} MB/s |")
    print(f"| relation model, pairs (at most) | {pairs / related:,.0f} |")
    print(f"| relation model alone | {megabytes / related:.1f} MB/s |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
