"""Corpus sums over a whole corpus from Python, in one process.

    python benchmarks/corpus_sums.py CORPUS.jsonl [--threads N] [--field text]
    python benchmarks/corpus_sums.py CORPUS.jsonl --costs [--rounds 3]

Times, in this order: plain analysis (``Analyzer.analyze`` per text), ``analyze_many`` with
the default sums (sentence, paragraph and document windows at actor and country level,
stance at both levels) on ``--threads`` threads, and the country-level sentence NPMI matrix
built from those sums. Run it under ``/usr/bin/time -v`` for the peak memory of the process,
one process per thread count.

``--costs`` answers "what does co-occurrence add to analysis time?" instead: on one thread,
``analyze_many`` with no co-occurrence sum (stance sums and actor totals only), then with
growing sets of co-occurrence sums, each run alternated with the others for ``--rounds``
rounds; the best processor time of each is compared with the run without co-occurrence, and
so is each round's time with the same round's run without it (median and range).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

import stancemap as sm


def load(path: str, field: str) -> list[str]:
    texts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                record = json.loads(line)
                if isinstance(record.get(field), str):
                    texts.append(record[field])
    return texts


COST_RUNS: list[tuple[str, dict[str, object]]] = [
    ("no co-occurrence sums", {"windows": (), "levels": ()}),
    ("sentence window, actor level", {"windows": ("sentence",), "levels": ("actor",)}),
    ("sentence window, both levels", {"windows": ("sentence",)}),
    ("sentence + paragraph, both levels", {"windows": ("sentence", "paragraph")}),
    ("default: sentence + paragraph + document, both", {}),
]


def costs(texts: list[str], megabytes: float, rounds: int) -> None:
    analyzer = sm.Analyzer()
    times: dict[str, list[float]] = {name: [] for name, _ in COST_RUNS}
    for _ in range(rounds):
        for name, options in COST_RUNS:
            start = time.process_time()
            analyzer.analyze_many(texts, threads=1, **options)  # type: ignore[arg-type]
            times[name].append(time.process_time() - start)
    base_name = COST_RUNS[0][0]
    base = min(times[base_name])
    print(f"{len(texts)} texts, {megabytes:.2f} MB, one thread, {rounds} rounds (CPU time)")
    print(f"{'':48s} {'best':>6s}           {'added':>7s}  {'per round: median (range)':s}")
    for name, _ in COST_RUNS:
        seconds = min(times[name])
        added = 100 * (seconds / base - 1)
        # Each round's time against the base run of the same round: a machine whose speed
        # drifts over the run shifts both alike.
        ratios = sorted(100 * (t / b - 1) for t, b in zip(times[name], times[base_name]))
        median = statistics.median(ratios)
        print(
            f"{name:48s} {seconds:6.3f} s  {megabytes / seconds:5.1f} MB/s  {added:+5.1f} %  "
            f"{median:+5.1f} % ({ratios[0]:+.1f} to {ratios[-1]:+.1f})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--field", default="text")
    parser.add_argument("--costs", action="store_true", help="what each set of sums adds")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    texts = load(args.corpus, args.field)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    if args.costs:
        costs(texts, megabytes, args.rounds)
        return
    analyzer = sm.Analyzer()

    start = time.perf_counter()
    for text in texts:
        analyzer.analyze(text)
    plain = time.perf_counter() - start

    start = time.perf_counter()
    corpus = analyzer.analyze_many(texts, threads=args.threads)
    summed = time.perf_counter() - start

    start = time.perf_counter()
    npmi = corpus.cooccurrence(window="sentence", weight="npmi", level="country")
    matrix = time.perf_counter() - start

    print(f"{len(texts)} texts, {megabytes:.2f} MB, threads={args.threads}")
    print(f"plain analysis           {plain:6.2f} s  {megabytes / plain:5.1f} MB/s")
    print(f"analyze_many, sums       {summed:6.2f} s  {megabytes / summed:5.1f} MB/s")
    print(
        f"country NPMI matrix      {matrix * 1000:6.0f} ms  "
        f"({len(npmi.labels)} labels, {npmi.to_scipy().nnz} cells)"
    )


if __name__ == "__main__":
    main()
