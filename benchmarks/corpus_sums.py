"""Corpus sums over a whole corpus from Python, in one process.

    python benchmarks/corpus_sums.py CORPUS.jsonl [--threads N] [--field text]

Times, in this order: plain analysis (``Analyzer.analyze`` per text), ``analyze_many`` with
the default sums (sentence, paragraph and document windows at actor and country level,
stance at both levels) on ``--threads`` threads, and the country-level sentence NPMI matrix
built from those sums. Run it under ``/usr/bin/time -v`` for the peak memory of the process,
one process per thread count.
"""

from __future__ import annotations

import argparse
import json
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--field", default="text")
    args = parser.parse_args()

    texts = load(args.corpus, args.field)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
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
