"""The ``stancemap`` command line: ``demo``, ``analyze``."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from stancemap import __version__
from stancemap.analyzer import Analyzer
from stancemap.data import sample_article
from stancemap.document import Document


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="stancemap",
        description="Who appears with whom, and who stands for or against whom, in news text.",
    )
    parser.add_argument("--version", action="version", version=f"stancemap {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    demo = sub.add_parser("demo", help="analyse the bundled sample article and print tables")
    demo.add_argument("--format", choices=["text", "json"], default="text")

    analyze = sub.add_parser("analyze", help="analyse text files")
    analyze.add_argument("files", nargs="+", type=Path, help="UTF-8 text files ('-' for stdin)")
    analyze.add_argument("--format", choices=["json", "csv"], default="json")
    analyze.add_argument(
        "--errors",
        choices=["strict", "replace"],
        default="strict",
        help="invalid UTF-8: stop with an error (strict) or replace by U+FFFD",
    )
    return parser


def _read(path: Path) -> bytes:
    if str(path) == "-":
        return sys.stdin.buffer.read()
    return path.read_bytes()


def _print_demo(doc: Document) -> None:
    sentences = doc.sentences
    print("stancemap demo: the bundled sample article (L'Express, 2023)")
    print(f"{len(doc.text)} characters, {len(doc)} tokens, {len(sentences)} segments")
    print()
    width = 88
    print(f"{'#':>3}  {'kind':<9} {'par':>3}  text")
    for i, row in sentences.iterrows():
        text = row["text"] if len(row["text"]) <= width else row["text"][: width - 1] + "…"
        print(f"{i:>3}  {row['kind']!s:<9} {row['paragraph']:>3}  {text}")


def _write_csv(doc: Document, name: str, out: csv.writer) -> None:
    for i, row in doc.sentences.iterrows():
        out.writerow([name, i, row["kind"], row["start"], row["end"], row["text"]])


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    args = _build_parser().parse_args(argv)
    if args.command == "demo":
        doc = Analyzer().analyze(sample_article())
        if args.format == "json":
            print(json.dumps(doc.to_dict(), ensure_ascii=False, indent=1))
        else:
            _print_demo(doc)
        return 0

    analyzer = Analyzer(errors=args.errors)
    writer = csv.writer(sys.stdout) if args.format == "csv" else None
    if writer is not None:
        writer.writerow(["file", "sentence", "kind", "start", "end", "text"])
    status = 0
    for path in args.files:
        try:
            doc = analyzer.analyze(_read(path))
        except OSError as exc:
            print(f"stancemap: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
            status = 2
            continue
        except ValueError as exc:
            print(f"stancemap: {path}: {exc}", file=sys.stderr)
            status = 2
            continue
        if writer is not None:
            _write_csv(doc, str(path), writer)
        else:
            result = doc.to_dict()
            if len(args.files) > 1:
                result = {"file": str(path), **result}
            print(json.dumps(result, ensure_ascii=False))
    return status
