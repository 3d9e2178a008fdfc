"""Linear time on hostile input: two 1 MB single-sentence texts against normal news.

    python benchmarks/stance_linear.py [--mb 1.0] [--repeat 3]

1. ``partnership``: "the partnership between A and B and C and ..." over country names, one
   sentence of ``--mb`` MB (issue 13: 100 kB took 3.4 s);
2. ``run-on``: one sentence of cue clauses joined by commas ("Russia condemned Ukraine,
   France praised Germany, ..."; issue 13: 470 kB took 27 s);
3. ``news``: the BBC corpus, text by text.

Each is analysed by ``stancemap.Analyzer().analyze`` (the whole pipeline, stance included);
the figure is seconds per MB (best of ``--repeat``) and its ratio to normal news. The target
(issue 13): both hostile inputs within 2x the per-MB time of news.
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from pathlib import Path

import stancemap as sm

BBC = Path("/work/shared/data/corpora/bbc.jsonl")
COUNTRIES = [
    "Russia",
    "Ukraine",
    "France",
    "Germany",
    "Kazakhstan",
    "China",
    "Japan",
    "Brazil",
    "India",
    "Egypt",
    "Turkey",
    "Iran",
    "Iraq",
    "Poland",
    "Spain",
    "Italy",
]
VERBS = [
    "condemned",
    "praised",
    "attacked",
    "supported",
    "criticised",
    "met",
    "thanked",
    "threatened",
    "sanctioned",
    "welcomed",
]


def partnership(size: int) -> str:
    """One sentence: the partnership between A and B and C and ... (size bytes)."""
    parts = ["Tokyo praised the partnership between Russia"]
    total = len(parts[0])
    for name in itertools.cycle(COUNTRIES):
        piece = " and " + name
        parts.append(piece)
        total += len(piece)
        if total >= size:
            break
    return "".join(parts) + "."


def run_on(size: int) -> str:
    """One sentence of cue clauses joined by commas (size bytes)."""
    parts: list[str] = []
    total = 0
    pairs = itertools.product(COUNTRIES, VERBS, COUNTRIES)
    for a, verb, b in itertools.cycle(pairs):
        piece = f"{a} {verb} {b}, "
        parts.append(piece)
        total += len(piece)
        if total >= size:
            break
    return "".join(parts).rstrip(", ") + "."


def best_seconds(analyzer: sm.Analyzer, texts: list[str], repeat: int) -> float:
    """The best of ``repeat`` passes over texts, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            analyzer.analyze(text)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    """Print seconds per MB for the hostile inputs and news, and the ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=1.0, help="size of each hostile input")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    analyzer = sm.Analyzer()
    size = int(args.mb * 1_000_000)
    with open(BBC) as f:
        news = [json.loads(line)["text"] for line in f]
    inputs = {
        "news (BBC)": news,
        "partnership": [partnership(size)],
        "run-on": [run_on(size)],
    }
    per_mb: dict[str, float] = {}
    print("| input | MB | records | s | s per MB | x news |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, texts in inputs.items():
        mb = sum(len(t.encode()) for t in texts) / 1e6
        records = sum(len(analyzer.analyze(t).evidence) for t in texts[:50])
        seconds = best_seconds(analyzer, texts, args.repeat)
        per_mb[name] = seconds / mb
        ratio = per_mb[name] / per_mb["news (BBC)"]
        shown = records if len(texts) == 1 else f"{records} (first 50)"
        print(f"| {name} | {mb:.2f} | {shown} | {seconds:.3f} | {per_mb[name]:.4f} | {ratio:.2f} |")


if __name__ == "__main__":
    main()
