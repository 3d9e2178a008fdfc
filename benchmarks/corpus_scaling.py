"""Corpus scaling: threads and memory (run by hand; figures in benchmarks/README.md).

    python benchmarks/corpus_scaling.py threads CORPUS.jsonl [--copies 4]
    python benchmarks/corpus_scaling.py memory CORPUS.jsonl --documents 10000 100000

``threads``: wall time of ``analyze_many`` over the corpus replicated ``--copies`` times,
on 1 and on 2 threads (alternated, best of ``--rounds``). ``memory``: for each document
count, a fresh process streams that many documents (the corpus replicated, as a generator,
``evidence="none"``, documents not kept), builds the default sums and queries them
(``stance_over_time`` is not used: no dates), and reports its peak RSS (``ru_maxrss``).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time


def load(path: str, field: str = "text") -> list[str]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)[field] for line in f if line.strip()]


def replicate(texts: list[str], n: int):
    i = 0
    while True:
        for t in texts:
            if i == n:
                return
            yield t
            i += 1


def threads(args: argparse.Namespace) -> None:
    import stancemap as sm

    texts = load(args.corpus) * args.copies
    mb = sum(len(t.encode()) for t in texts) / 1e6
    an = sm.Analyzer()
    best = {1: float("inf"), 2: float("inf")}
    for _ in range(args.rounds):
        for t in (1, 2):
            start = time.perf_counter()
            an.analyze_many(texts, threads=t, batch_size=20000)
            best[t] = min(best[t], time.perf_counter() - start)
    for t, s in best.items():
        print(f"{len(texts)} texts, {mb:.1f} MB, threads={t}: {s:.2f} s, {mb / s:.1f} MB/s")
    print(f"speed-up on 2 threads: {best[1] / best[2]:.2f}x")


def memory_one(args: argparse.Namespace) -> None:
    import stancemap as sm

    texts = load(args.corpus)
    n = args.documents[0]
    start = time.perf_counter()
    corpus = sm.Analyzer().analyze_many(replicate(texts, n), evidence="none", threads=args.threads)
    corpus.cooccurrence(weight="npmi", level="country").to_scipy()
    corpus.stance().to_long()
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{n} documents: {elapsed:.1f} s, peak RSS {peak:.0f} MB")


def memory(args: argparse.Namespace) -> None:
    for n in args.documents:
        cmd = [sys.executable, __file__, "memory-one", args.corpus, "--documents", str(n)]
        cmd += ["--threads", str(args.threads)]
        print(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=["threads", "memory", "memory-one"])
    parser.add_argument("corpus")
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--documents", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    {"threads": threads, "memory": memory, "memory-one": memory_one}[args.mode](args)


if __name__ == "__main__":
    main()
