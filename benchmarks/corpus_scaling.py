"""Corpus scaling: threads, time and memory (run by hand; figures in benchmarks/README.md).

    python benchmarks/corpus_scaling.py threads CORPUS.jsonl [--copies 4]
    python benchmarks/corpus_scaling.py memory CORPUS.jsonl --documents 10000 100000
    nice python benchmarks/corpus_scaling.py scaling CORPUS.jsonl \\
        --documents 10000 100000 1000000 --cli 1000000 --plot benchmarks/scaling.png

``threads``: wall time of ``analyze_many`` over the corpus replicated ``--copies`` times,
on 1 and on 2 threads (alternated, best of ``--rounds``). ``memory``: for each document
count, a fresh process streams that many documents (the corpus replicated, as a generator,
``evidence="none"``, documents not kept), builds the default sums and queries them (actors,
co-occurrence in sentence and document windows at actor and country level, NPMI, stance at
both levels), and reports its time and peak RSS (``ru_maxrss``). ``scaling`` does the same
and, for ``--cli`` documents, runs ``stancemap corpus - --out DIR`` (default options) on that
many replicated JSON Lines records piped to its standard input, reporting the CLI's peak
RSS (``wait4``); it writes the figures as JSON and plots time and memory log-log.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


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
            an.analyze_many(texts, threads=t, batch_size=args.batch_size)
            best[t] = min(best[t], time.perf_counter() - start)
    print(f"load average {os.getloadavg()}")
    for t, s in best.items():
        print(f"{len(texts)} texts, {mb:.1f} MB, threads={t}: {s:.2f} s, {mb / s:.1f} MB/s")
    print(f"speed-up on 2 threads: {best[1] / best[2]:.2f}x")


def query(corpus) -> None:
    """The queries a study makes of its corpus."""
    corpus.actors  # noqa: B018
    for level in ("actor", "country"):
        for window in ("sentence", "document"):
            corpus.cooccurrence(window=window, level=level).to_scipy()
        corpus.cooccurrence(weight="npmi", level=level).to_long()
        corpus.stance(level=level).to_long()


def memory_one(args: argparse.Namespace) -> None:
    import stancemap as sm

    texts = load(args.corpus)
    n = args.documents[0]
    mb = sum(len(t.encode()) for t in replicate(texts, n)) / 1e6
    start = time.perf_counter()
    corpus = sm.Analyzer().analyze_many(replicate(texts, n), evidence="none", threads=args.threads)
    analysed = time.perf_counter() - start
    query(corpus)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {"documents": n, "mb": mb, "seconds": elapsed, "analysis_seconds": analysed}
    print(json.dumps({**result, "peak_mb": peak}))


def run_memory(args: argparse.Namespace, n: int) -> dict:
    cmd = [sys.executable, __file__, "memory-one", args.corpus, "--documents", str(n)]
    cmd += ["--threads", str(args.threads)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def memory(args: argparse.Namespace) -> None:
    for n in args.documents:
        r = run_memory(args, n)
        print(f"{n} documents: {r['seconds']:.1f} s, peak RSS {r['peak_mb']:.0f} MB", flush=True)


def run_cli(args: argparse.Namespace, n: int) -> dict:
    """`stancemap corpus -` on n replicated records from a pipe: time and peak RSS."""
    with open(args.corpus, encoding="utf-8") as f:
        lines = [line.rstrip("\n") + "\n" for line in f if line.strip()]
    with tempfile.TemporaryDirectory() as out:
        cmd = [sys.executable, "-m", "stancemap", "corpus", "-", "--out", out]
        cmd += ["--threads", str(args.threads)]
        start = time.perf_counter()
        child = subprocess.Popen(cmd, stdin=subprocess.PIPE, stderr=subprocess.PIPE)

        def feed() -> None:
            assert child.stdin is not None
            for i in range(n):
                child.stdin.write(lines[i % len(lines)].encode("utf-8"))
            child.stdin.close()

        feeder = threading.Thread(target=feed)
        feeder.start()
        assert child.stderr is not None
        err = child.stderr.read().decode()
        _, status, usage = os.wait4(child.pid, 0)
        feeder.join()
        elapsed = time.perf_counter() - start
        files = {p.name: p.stat().st_size for p in Path(out).iterdir()}
    if status != 0:
        raise SystemExit(f"stancemap corpus failed ({status}):\n{err}")
    summary = [line for line in err.splitlines() if "records read" in line]
    return {
        "documents": n,
        "seconds": elapsed,
        "peak_mb": usage.ru_maxrss / 1024,
        "summary": summary[-1] if summary else "",
        "output_mb": sum(files.values()) / 1e6,
    }


def plot(results: list[dict], cli: list[dict], path: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    n = [r["documents"] for r in results]
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    left.loglog(n, [r["seconds"] for r in results], "o-", label="analyze_many + queries")
    ref = results[0]["seconds"]
    left.loglog(n, [ref * x / n[0] for x in n], "k:", label="linear")
    if cli:
        left.loglog([c["documents"] for c in cli], [c["seconds"] for c in cli], "s", label="CLI")
    left.set_xlabel("documents")
    left.set_ylabel("seconds (wall)")
    left.legend()
    right.loglog(n, [r["peak_mb"] for r in results], "o-", label="analyze_many + queries")
    if cli:
        right.loglog([c["documents"] for c in cli], [c["peak_mb"] for c in cli], "s", label="CLI")
    right.axhline(2048, color="r", linestyle="--", label="2 GB")
    right.set_xlabel("documents")
    right.set_ylabel("peak RSS (MB)")
    right.legend()
    fig.suptitle("stancemap corpus scaling (replicated BBC articles, documents not kept)")
    fig.tight_layout()
    fig.savefig(path, dpi=100)


def scaling(args: argparse.Namespace) -> None:
    print(f"load average {os.getloadavg()}", flush=True)
    results = []
    for n in args.documents:
        results.append(run_memory(args, n))
        r = results[-1]
        print(
            f"{n} documents, {r['mb']:.0f} MB: {r['seconds']:.1f} s "
            f"({r['mb'] / r['seconds']:.1f} MB/s, {n / r['seconds']:.0f} documents/s), "
            f"peak RSS {r['peak_mb']:.0f} MB; load average {os.getloadavg()}",
            flush=True,
        )
    cli = []
    for n in args.cli:
        cli.append(run_cli(args, n))
        c = cli[-1]
        print(
            f"CLI, {n} documents: {c['seconds']:.1f} s, peak RSS {c['peak_mb']:.0f} MB, "
            f"{c['output_mb']:.1f} MB written; {c['summary']}; load average {os.getloadavg()}",
            flush=True,
        )
    if args.json:
        Path(args.json).write_text(json.dumps({"api": results, "cli": cli}, indent=1))
    if args.plot:
        plot(results, cli, args.plot)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("mode", choices=["threads", "memory", "memory-one", "scaling"])
    parser.add_argument("corpus")
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=2000, help="analyze_many's batch_size")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--documents", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--cli", type=int, nargs="*", default=[], help="documents for the CLI")
    parser.add_argument("--json", default=None, help="write the figures here")
    parser.add_argument("--plot", default=None, help="write the log-log plot here (PNG)")
    args = parser.parse_args()
    modes = {"threads": threads, "memory": memory, "memory-one": memory_one, "scaling": scaling}
    modes[args.mode](args)


if __name__ == "__main__":
    main()
