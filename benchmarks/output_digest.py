"""One SHA-256 per corpus of everything `Analyzer().analyze` outputs, to show that a change
(an optimisation) leaves the output identical: run it on two installs and compare the lines.

Per document it hashes the tokens, sentences, paragraphs, actors, mentions and stance evidence
tables (every column, floats by their exact `repr`), the JSON object of
`stancemap analyze --format json` at the actor and country levels, and `sm.sentiment(text)`.

    python benchmarks/output_digest.py CORPUS.jsonl...   # field `text`, and `date` if any

With ``--corpus`` it hashes what `Analyzer().analyze_many` outputs instead, on one thread: the
records (their `date` kept as metadata when they have one) into the default corpus sums, then
every user-visible figure of the corpus: documents, sentences, bytes and errors, the actors
table (with each actor's country votes) and aliases, the co-occurrence matrices of the six
default sums at weights count and npmi, the stance matrices at both levels (sum, mean, count,
record counts), the evidence at both levels, and stance over time by month when dated; a
second run of the first 2,000 records collects level country_role, a token window of 10
(distance-weighted) and evidence with text. One SHA-256 per corpus.

    python benchmarks/output_digest.py --corpus CORPUS.jsonl...
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import stancemap as sm

TABLES = ("tokens", "sentences", "paragraphs", "actors", "mentions", "evidence")


def _plain(value: Any) -> Any:
    """Numpy and pandas scalars as Python ones, so that `json.dumps` writes them exactly."""
    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, float):
        return repr(value)
    return str(value) if not isinstance(value, (int, str, bool, type(None))) else value


def document_bytes(analyzer: sm.Analyzer, record: dict[str, Any]) -> bytes:
    """Every output of one record's analysis, serialised deterministically."""
    doc = analyzer.analyze(record["text"], date=record.get("date"))
    parts: dict[str, Any] = {}
    for name in TABLES:
        frame = getattr(doc, name)
        parts[name] = [list(frame.columns)] + [
            [_plain(v) for v in row] for row in frame.itertuples(index=False)
        ]
    parts["actor"] = doc.to_dict(level="actor")
    parts["country"] = doc.to_dict(level="country")
    parts["sentiment"] = sm.sentiment(record["text"])
    return json.dumps(parts, ensure_ascii=False, sort_keys=True, default=_plain).encode()


def corpus_digest(path: Path, limit: int | None) -> tuple[str, int]:
    analyzer = sm.Analyzer()
    digest = hashlib.sha256()
    count = 0
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if limit is not None and count >= limit:
                break
            digest.update(document_bytes(analyzer, json.loads(line)))
            digest.update(b"\n")
            count += 1
    return digest.hexdigest(), count


def _table(frame: Any) -> list[Any]:
    """A DataFrame as its columns and rows, every value plain."""
    return [list(frame.columns)] + [
        [_plain(v) for v in row] for row in frame.itertuples(index=False)
    ]


def _matrix(m: Any) -> list[Any]:
    """A labelled matrix: labels, names, kinds, totals and its cells (CSR arrays)."""
    csr = m.to_scipy()
    out = [m.labels, m.columns, m.names, m.kinds, [repr(float(x)) for x in m.totals]]
    out += [csr.indptr.tolist(), csr.indices.tolist(), [repr(float(x)) for x in csr.data]]
    if hasattr(m, "counts"):
        out += [m.counts.indptr.tolist(), m.counts.indices.tolist(), m.counts.data.tolist()]
    return out


def corpus_parts(corpus: Any, windows: list[Any], levels: list[str], dated: bool) -> dict[str, Any]:
    """Every figure a user reads from a corpus, serialisable."""
    core = corpus._core
    parts: dict[str, Any] = {
        "sizes": [corpus.documents, core.sentences, core.bytes],
        "errors": _table(corpus.errors),
        "actors": core.actor_table(),
        "aliases": _table(corpus.aliases),
    }
    parts["actors"] = {k: [_plain(v) for v in vals] for k, vals in parts["actors"].items()}
    for level in levels:
        for window in windows:
            for weight in ("count", "npmi"):
                m = corpus.cooccurrence(window, weight, level, distance_weighted=window == 10)
                parts[f"co/{window}/{level}/{weight}"] = _matrix(m)
        for aggregate in ("sum", "mean", "count"):
            parts[f"stance/{level}/{aggregate}"] = _matrix(corpus.stance(level, aggregate))
        parts[f"evidence/{level}"] = _table(corpus.stance(level).evidence)
        if dated:
            parts[f"over_time/{level}"] = _table(corpus.stance_over_time("M", level))
    return parts


def corpus_run_digest(path: Path, limit: int | None) -> tuple[str, int]:
    records = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if limit is not None and len(records) >= limit:
                break
            records.append(json.loads(line))
    dated = "date" in records[0]
    metadata = ["date"] if dated else None
    analyzer = sm.Analyzer()
    digest = hashlib.sha256()
    corpus = analyzer.analyze_many(records, metadata=metadata, threads=1)
    default = corpus_parts(
        corpus, ["sentence", "paragraph", "document"], ["actor", "country"], dated
    )
    digest.update(json.dumps(default, ensure_ascii=False, sort_keys=True, default=_plain).encode())
    windows = ["sentence", "paragraph", "document", 10]
    levels = ["actor", "country", "country_role"]
    corpus = analyzer.analyze_many(
        records[:2000],
        metadata=metadata,
        threads=1,
        windows=windows,
        levels=levels,
        distance_weighted=True,
        evidence="all",
    )
    full = corpus_parts(corpus, windows, levels, dated)
    digest.update(json.dumps(full, ensure_ascii=False, sort_keys=True, default=_plain).encode())
    return digest.hexdigest(), len(records)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path, help="JSON Lines, field `text`")
    parser.add_argument("--limit", type=int, default=None, help="first N records only")
    parser.add_argument("--corpus", action="store_true", help="analyze_many's corpus instead")
    args = parser.parse_args(argv)
    for path in args.corpora:
        run = corpus_run_digest if args.corpus else corpus_digest
        digest, count = run(path, args.limit)
        print(f"{digest}  {path.name}  {count} documents", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
