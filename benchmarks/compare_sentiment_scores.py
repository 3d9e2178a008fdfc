#!/usr/bin/env python3
"""Whether two builds of stancemap give bit-identical sentence scores.

    python benchmarks/compare_sentiment_scores.py dump BEFORE.npz   # with the old build
    python benchmarks/compare_sentiment_scores.py dump AFTER.npz    # with the new build
    python benchmarks/compare_sentiment_scores.py compare BEFORE.npz AFTER.npz

``dump`` scores the sentences of ``bench_sentiment.py`` (the first ``--sentences`` BBC
sentences) with the bundled lexicon and with ``SentimentLexicon.vader()``, on one thread and on
all cores, and saves neg, neu, pos and compound. ``compare`` reports every array whose values
differ in any bit and exits 1 if one does. A speed change to the sentiment code must leave
them all equal.
"""

from __future__ import annotations

import argparse
import sys

import numpy as np

import stancemap as sm
from bench_sentiment import CORPUS, bbc_sentences

COLUMNS = ("neg", "neu", "pos", "compound")


def dump(path: str, n: int) -> int:
    if not CORPUS.is_file():
        print(f"corpus not found: {CORPUS}", file=sys.stderr)
        return 2
    sentences = bbc_sentences(n)
    arrays = {}
    for name, lexicon in (
        ("default", sm.SentimentLexicon.default()),
        ("vader", sm.SentimentLexicon.vader()),
    ):
        for threads in (1, 0):
            table = sm.sentiment(sentences, lexicon=lexicon, threads=threads)
            for column in COLUMNS:
                arrays[f"{name}_threads{threads}_{column}"] = table[column].to_numpy(copy=True)
    np.savez(path, **arrays)
    print(f"{len(sentences)} sentences, {len(arrays)} arrays -> {path}")
    return 0


def compare(before_path: str, after_path: str) -> int:
    before, after = np.load(before_path), np.load(after_path)
    differing = 0
    for key in sorted(set(before.files) | set(after.files)):
        if key not in before.files or key not in after.files:
            print(f"{key}: only in one file")
            differing += 1
            continue
        a, b = before[key], after[key]
        if a.shape != b.shape or not np.array_equal(a.view(np.uint64), b.view(np.uint64)):
            count = (
                a.size
                if a.shape != b.shape
                else int((a.view(np.uint64) != b.view(np.uint64)).sum())
            )
            print(f"{key}: {count} values differ")
            differing += 1
    total = len(set(before.files) | set(after.files))
    values = len(before[before.files[0]])
    print(f"{total - differing} of {total} arrays bit-identical ({values} values each)")
    return 1 if differing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_dump = sub.add_parser("dump", help="save the scores of this build")
    p_dump.add_argument("out")
    p_dump.add_argument("--sentences", type=int, default=20000)
    p_compare = sub.add_parser("compare", help="compare two dumps bit for bit")
    p_compare.add_argument("before")
    p_compare.add_argument("after")
    args = parser.parse_args(argv)
    if args.command == "dump":
        return dump(args.out, args.sentences)
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
