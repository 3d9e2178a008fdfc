"""One SHA-256 per corpus of everything `Analyzer().analyze` outputs, to show that a change
(an optimisation) leaves the output identical: run it on two installs and compare the lines.

Per document it hashes the tokens, sentences, paragraphs, actors, mentions and stance evidence
tables (every column, floats by their exact `repr`), the JSON object of
`stancemap analyze --format json` at the actor and country levels, and `sm.sentiment(text)`.

    python benchmarks/output_digest.py CORPUS.jsonl...   # field `text`, and `date` if any
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path, help="JSON Lines, field `text`")
    parser.add_argument("--limit", type=int, default=None, help="first N records only")
    args = parser.parse_args(argv)
    for path in args.corpora:
        digest, count = corpus_digest(path, args.limit)
        print(f"{digest}  {path.name}  {count} documents", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
