"""What co-occurrence adds to analysis, counted by cachegrind instead of timed.

    python benchmarks/corpus_cost_model.py CORPUS.jsonl [--bench build/bench/...] [--limit N]

Timings of a few percent drown in the noise of a shared machine; cachegrind's counts do not.
This runs ``stancemap_bench`` under ``valgrind --tool=cachegrind`` three times: stage
``corpus-base`` (analysis with stance sums and actor totals, no co-occurrence) with one and
with two passes, and stage ``corpus`` (the default sums) with one pass. One pass of analysis
is the difference of the first two; what co-occurrence adds is the third minus the first.
Each is reported as instructions (Ir) and as modelled cycles, Ir / 2 + 12 per L1 data miss
+ 70 per last-level miss, with the last level simulated as a 2 MB L2 (this machine's), a
rough model: it ranks changes reliably, it is not a clock. Needs valgrind (Debian package
``valgrind``); takes a few minutes for Reuters.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = ROOT / "build/bench/benchmarks/cpp/stancemap_bench"


def cachegrind(bench: Path, corpus: str, stage: str, repeat: int, limit: int | None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cachegrind.out"
        command = [
            "valgrind", "--tool=cachegrind", "--cache-sim=yes", "--LL=2097152,16,64",
            f"--cachegrind-out-file={out}", str(bench), corpus, "--stage", stage,
            "--repeat", str(repeat), "--warmup", "0",
        ]  # fmt: skip
        if limit:
            command += ["--limit", str(limit)]
        subprocess.run(command, check=True, capture_output=True)
        events: list[str] = []
        totals: list[int] = []
        for line in out.read_text().splitlines():
            if line.startswith("events:"):
                events = line.split()[1:]
            elif line.startswith("summary:"):
                totals = [int(x) for x in line.split()[1:]]
    counts = dict(zip(events, totals))
    ir = counts["Ir"]
    l1 = counts["D1mr"] + counts["D1mw"]
    ll = counts["DLmr"] + counts["DLmw"]
    return {"Ir": ir, "cycles": ir / 2 + 12 * l1 + 70 * ll}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--limit", type=int, default=None, help="first N documents only")
    args = parser.parse_args()

    base_one = cachegrind(args.bench, args.corpus, "corpus-base", 1, args.limit)
    base_two = cachegrind(args.bench, args.corpus, "corpus-base", 2, args.limit)
    with_sums = cachegrind(args.bench, args.corpus, "corpus", 1, args.limit)
    for measure in ("Ir", "cycles"):
        analysis = base_two[measure] - base_one[measure]
        added = with_sums[measure] - base_one[measure]
        print(
            f"{measure:7s} one pass of analysis {analysis / 1e6:8.1f} M, "
            f"co-occurrence adds {added / 1e6:7.1f} M = {100 * added / analysis:4.1f} %"
        )


if __name__ == "__main__":
    main()
