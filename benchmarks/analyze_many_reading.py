"""How much of ``analyze_many`` is Python reading the records, which runs before the C++ pool.

    python benchmarks/analyze_many_reading.py CORPUS.jsonl [--threads 1] [--input date]

``--input`` chooses what is passed: ``texts`` (a list of strings), ``records`` (the dicts)
or ``date`` (the dicts with ``metadata=["date"]``). Prints the wall time, the process CPU
time and the main thread's CPU time spent inside ``RecordReader.batches`` (pandas is
imported before timing, so its import is not counted).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator
from typing import Any

import pandas  # noqa: F401  (imported here so that the reader's first batch does not pay)

import stancemap as sm
from stancemap import _records


def main() -> None:
    """Time one ``analyze_many`` call and the record reading inside it."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--input", choices=("texts", "records", "date"), default="date")
    args = parser.parse_args()
    with open(args.corpus, encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    data: list[Any] = [r["text"] for r in records] if args.input == "texts" else records
    reading = 0.0
    batches = _records.RecordReader.batches

    def timed(self: _records.RecordReader, items: Any, size: int) -> Iterator[Any]:
        nonlocal reading
        it = batches(self, items, size)
        while True:
            start = time.thread_time()
            batch = next(it, None)
            reading += time.thread_time() - start
            if batch is None:
                return
            yield batch

    _records.RecordReader.batches = timed  # type: ignore[method-assign]
    analyzer = sm.Analyzer()
    analyzer.analyze("Warm up the dictionaries.")
    wall, cpu = time.perf_counter(), time.process_time()
    corpus = analyzer.analyze_many(
        data, metadata=["date"] if args.input == "date" else None, threads=args.threads
    )
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(
        f"{corpus.documents} documents, {args.input}, threads={args.threads}: wall {wall:.2f} s,"
        f" process CPU {cpu:.2f} s, reading records {reading:.2f} s (main thread CPU)"
    )


if __name__ == "__main__":
    main()
