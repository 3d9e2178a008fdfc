"""Is the analysis linear in the size of one text? Time per MB over 1, 8, 32 and 128 MB.

Concatenates BBC and Reuters-21578 articles (in corpus order, BBC first, blank lines between)
into single texts of the given sizes and analyses each as one document, once with the actor
stage only (tokens, sentences, actors: an analyzer without a stance lexicon) and once with the
whole pipeline (``stancemap.Analyzer().analyze``'s C++ call). Times are process CPU seconds of
one pass (``time.process_time``), single-threaded. Linear means seconds per MB stay within a
small factor across sizes (the issue asks for 2x).

    python benchmarks/actor_linear.py [--sizes 1,8,32,128] [--corpora DIR]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import stancemap as sm
from stancemap import _core
from stancemap.gazetteer import default_actor_rules

DEFAULT_CORPORA = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpora"


def news_text(corpora: Path, megabytes: int) -> str:
    """Articles joined by blank lines until the UTF-8 text holds ``megabytes`` MB (10^6 B)."""
    target = megabytes * 1_000_000
    parts: list[str] = []
    size = 0
    while size < target:
        for name in ("bbc.jsonl", "reuters21578.jsonl"):
            with (corpora / name).open(encoding="utf-8") as handle:
                for line in handle:
                    text = json.loads(line)["text"]
                    parts.append(text)
                    size += len(text.encode("utf-8")) + 2
                    if size >= target:
                        return "\n\n".join(parts)
    return "\n\n".join(parts)


def seconds(analyze, text: str) -> float:
    started = time.process_time()
    doc = analyze(text)
    elapsed = time.process_time() - started
    del doc
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,8,32,128")
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    args = parser.parse_args()
    gazetteer = sm.Gazetteer.default()
    actors_only = _core.Analyzer(gazetteer=gazetteer._core, actor_rules=default_actor_rules())
    full = sm.Analyzer()._core
    print("| MB | actor stage s | s/MB | MB/s | full pipeline s | s/MB | MB/s |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    per_mb: dict[str, list[float]] = {"actors": [], "full": []}
    for mb in (int(s) for s in args.sizes.split(",")):
        text = news_text(args.corpora, mb)
        real_mb = len(text.encode("utf-8")) / 1e6
        a = seconds(actors_only.analyze, text)
        f = seconds(full.analyze, text)
        per_mb["actors"].append(a / real_mb)
        per_mb["full"].append(f / real_mb)
        print(
            f"| {real_mb:.1f} | {a:.2f} | {a / real_mb:.4f} | {real_mb / a:.0f} "
            f"| {f:.2f} | {f / real_mb:.4f} | {real_mb / f:.0f} |",
            flush=True,
        )
    for stage, values in per_mb.items():
        print(f"{stage}: largest / smallest s per MB = {max(values) / min(values):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
