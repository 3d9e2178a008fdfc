"""Wall clock of ``analyze_many`` on one thread, two installs alternated (A, B, A, B, ...).

    python benchmarks/analyze_many_ab.py --python /work/venvs/corpus/bin/python \\
        --python /work/venv/bin/python --rounds 3 CORPUS.jsonl...

Each round runs every install once per corpus, each in a fresh process: the texts (field
``text``) as a list of strings into ``Analyzer().analyze_many(texts, threads=1)``, after a
warm-up on the first 50, best of ``--passes`` passes; MB/s of wall time and of the process's
CPU time (which a busy host disturbs less). Prints one line per run and the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

CHILD = """
import json, sys, time
import stancemap as sm
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
mb = sum(len(t.encode()) for t in texts) / 1e6
an = sm.Analyzer()
an.analyze_many(texts[:50], threads=1)
wall = cpu = float("inf")
for _ in range(int(sys.argv[2])):
    w, c = time.perf_counter(), time.process_time()
    an.analyze_many(texts, threads=1)
    wall = min(wall, time.perf_counter() - w)
    cpu = min(cpu, time.process_time() - c)
print(json.dumps({"mb": mb, "wall": wall, "cpu": cpu}))
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+")
    parser.add_argument("--python", action="append", required=True, help="an interpreter")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--passes", type=int, default=2)
    args = parser.parse_args(argv)
    for r in range(args.rounds):
        for corpus in args.corpora:
            for python in args.python:
                out = subprocess.run(
                    [python, "-c", CHILD, corpus, str(args.passes)],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
                run = json.loads(out.strip().splitlines()[-1])
                print(
                    f"round {r + 1}  {os.path.basename(corpus)}  {python}: "
                    f"{run['mb'] / run['wall']:.1f} MB/s wall, {run['mb'] / run['cpu']:.1f} MB/s "
                    f"CPU  (load average {os.getloadavg()[0]:.1f})",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
