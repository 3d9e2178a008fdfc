"""The ``stancemap`` command line: ``demo``, ``analyze``, ``corpus``, ``report``."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from stancemap import __version__
from stancemap._types import Level, Utf8Errors, Weight, WindowName, options
from stancemap.analyzer import Analyzer
from stancemap.data import sample_article
from stancemap.document import Document
from stancemap.matrix import LabeledMatrix

WEIGHTS = options(Weight)


def _window(value: str) -> str | int:
    if value in options(WindowName):
        return value
    try:
        k = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"window must be sentence, paragraph, document or a number of tokens, not {value!r}"
        ) from None
    if k < 1:
        raise argparse.ArgumentTypeError(f"a token window must be at least 1, not {k}")
    return k


def _matrix_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--level", choices=options(Level), default="actor")
    parser.add_argument(
        "--window",
        type=_window,
        default="sentence",
        help="sentence, paragraph, document or k tokens",
    )
    parser.add_argument("--weight", choices=WEIGHTS, default="count")


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="stancemap",
        description="Who appears with whom, and who stands for or against whom, in news text.",
    )
    parser.add_argument("--version", action="version", version=f"stancemap {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    demo = sub.add_parser("demo", help="analyse the bundled sample article and print tables")
    demo.add_argument("--format", choices=["text", "json"], default="text")
    _matrix_options(demo)

    analyze = sub.add_parser("analyze", help="analyse text files")
    analyze.add_argument("files", nargs="+", type=Path, help="UTF-8 text files ('-' for stdin)")
    analyze.add_argument(
        "--format",
        choices=["json", "csv"],
        default="json",
        help="json: one object per file; csv: the co-occurrence matrix (of all files together)",
    )
    analyze.add_argument(
        "--errors",
        choices=options(Utf8Errors),
        default="strict",
        help="invalid UTF-8: stop with an error (strict) or replace by U+FFFD",
    )
    _matrix_options(analyze)

    corpus = sub.add_parser("corpus", help="analyse a JSON Lines corpus into corpus sums")
    corpus.add_argument(
        "file", type=Path, help="JSON Lines file, one record per line ('-' for stdin)"
    )
    corpus.add_argument(
        "--text-field", default="text", help="field holding the text (default: text)"
    )
    corpus.add_argument("--threads", type=int, default=0, help="threads (0: all cores)")
    corpus.add_argument("--format", choices=["text", "json", "csv"], default="text")
    corpus.add_argument("--top", type=int, default=15, help="rows in the text summary")
    corpus.add_argument("--progress", action="store_true", help="report progress on stderr")
    _matrix_options(corpus)

    report = sub.add_parser(
        "report", help="write a self-contained HTML report of an article or a JSONL corpus"
    )
    report.add_argument("file", type=Path, help="a UTF-8 text file, or a .jsonl corpus")
    report.add_argument("-o", "--output", type=Path, required=True, help="the HTML file")
    report.add_argument("--text-field", default="text", help="JSONL field holding the text")
    report.add_argument("--title", default=None, help="the report's title (default: file name)")
    return parser


def _read(path: Path) -> bytes:
    if str(path) == "-":
        return sys.stdin.buffer.read()
    return path.read_bytes()


def _table(frame: pd.DataFrame, width: int = 100) -> str:
    with pd.option_context(
        "display.width", width, "display.max_columns", 20, "display.max_rows", 200
    ):
        return frame.to_string()


def _print_demo(doc: Document, matrix: LabeledMatrix, level: str) -> None:
    sentences = doc.sentences
    print("stancemap demo: the bundled sample article (L'Express, 2023)")
    print(f"{len(doc.text)} characters, {len(doc)} tokens, {len(sentences)} segments")
    print()
    print("Segments")
    width = 84
    for i, row in sentences.iterrows():
        text = row["text"] if len(row["text"]) <= width else row["text"][: width - 1] + "…"
        print(f"{i:>3}  {row['kind']!s:<9} {text}")
    print()
    print(f"Actors (level={level})")
    actors = doc.actors_at(level)[["id", "kind", "country", "mentions"]]
    print(_table(actors.fillna("")))
    print()
    print(f"Co-occurrence ({matrix.meta}), strongest pairs")
    print(_table(matrix.top(12)))
    if len(matrix) <= 14:
        print()
        frame = matrix.to_pandas()
        print(_table(frame.round(3) if matrix.meta.get("weight") != "count" else frame.astype(int)))
    stance = doc.stance(level=level)
    print()
    print(f"Stance (level={level}): sources → targets, summed scores in [-1, 1] per record")
    print(_table(stance.top(15)))
    print()
    print("Stance evidence")
    evidence = stance.evidence
    for r in evidence.itertuples():
        sign = "+" if r.score > 0 else ("−" if r.score < 0 else "0")
        neg = " (negated)" if r.negated else ""
        print(
            f"  {r.source} → {r.target}  {sign}{abs(r.score):.2f}  "
            f"{r.category}: “{r.cue}”{neg}  [s{r.sentence}]"
        )


def _write_matrix_csv(matrix: LabeledMatrix) -> None:
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["", *matrix.columns])
    dense = matrix.to_numpy()
    integral = bool((dense == dense.round()).all())
    for label, row in zip(matrix.labels, dense):
        out.writerow([label, *(int(v) if integral else round(float(v), 6) for v in row)])


def _result(doc: Document, args: argparse.Namespace) -> dict[str, Any]:
    result = doc.to_dict(level=args.level)
    result["cooccurrence"] = doc.cooccurrence(
        window=args.window, weight=args.weight, level=args.level
    ).to_dict()
    return result


def _cmd_demo(args: argparse.Namespace) -> int:
    doc = Analyzer().analyze(sample_article())
    if args.format == "json":
        print(json.dumps(_result(doc, args), ensure_ascii=False, indent=1))
        return 0
    matrix = doc.cooccurrence(window=args.window, weight=args.weight, level=args.level)
    _print_demo(doc, matrix, args.level)
    return 0


def _cmd_analyze(args: argparse.Namespace) -> int:
    analyzer = Analyzer(errors=args.errors)
    status = 0
    texts: list[bytes] = []
    for path in args.files:
        try:
            data = _read(path)
        except OSError as exc:
            print(f"stancemap: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
            status = 2
            continue
        if args.format == "csv":
            texts.append(data)
            continue
        try:
            doc = analyzer.analyze(data)
        except ValueError as exc:
            print(f"stancemap: {path}: {exc}", file=sys.stderr)
            status = 2
            continue
        result = _result(doc, args)
        if len(args.files) > 1:
            result = {"file": str(path), **result}
        print(json.dumps(result, ensure_ascii=False))
    if args.format == "csv" and texts:
        corpus = analyzer.analyze_many(texts, windows=[args.window], levels=[args.level])
        for index, message in corpus.errors.itertuples(index=False):
            print(f"stancemap: {args.files[index]}: {message}", file=sys.stderr)
            status = 2
        _write_matrix_csv(
            corpus.cooccurrence(window=args.window, weight=args.weight, level=args.level)
        )
    return status


def _records(path: Path, field: str, bad: list[tuple[int, str]]) -> Iterator[Any]:
    """Texts of a JSONL file; unreadable lines yield None (reported as record errors)."""
    stream = sys.stdin.buffer if str(path) == "-" else path.open("rb")
    try:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                text = record[field]
            except (ValueError, KeyError, TypeError) as exc:
                reason = (
                    f"missing field {field!r}"
                    if isinstance(exc, KeyError)
                    else f"not a JSON object: {exc}"
                )
                bad.append((number, reason))
                yield None
                continue
            yield text
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def _cmd_corpus(args: argparse.Namespace) -> int:
    analyzer = Analyzer()
    bad: list[tuple[int, str]] = []
    try:
        corpus = analyzer.analyze_many(
            _records(args.file, args.text_field, bad),
            threads=args.threads,
            progress=args.progress,
            windows=[args.window],
            levels=[args.level],
        )
    except OSError as exc:
        print(f"stancemap: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    matrix = corpus.cooccurrence(window=args.window, weight=args.weight, level=args.level)
    errors = corpus.errors
    if args.format == "csv":
        _write_matrix_csv(matrix)
    elif args.format == "json":
        result = {
            "documents": corpus.documents,
            "errors": [{"record": int(i), "message": m} for i, m in errors.itertuples(index=False)],
            "actors": corpus.actors.to_dict("records"),
            "cooccurrence": matrix.to_dict(),
        }
        print(json.dumps(result, ensure_ascii=False, default=float))
    else:
        print(f"{corpus.documents} documents analysed, {len(errors)} records with errors")
        print()
        print("Actors")
        print(_table(corpus.actors.head(args.top).fillna("")))
        print()
        print(f"Co-occurrence ({matrix.meta}), strongest pairs")
        print(_table(matrix.top(args.top)))
    for index, message in errors.head(20).itertuples(index=False):
        print(f"stancemap: record {index}: {message}", file=sys.stderr)
    for number, reason in bad[:20]:
        print(f"stancemap: line {number}: {reason}", file=sys.stderr)
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    title = args.title or f"stancemap: {args.file.name}"
    try:
        if args.file.suffix in (".jsonl", ".ndjson"):
            bad: list[tuple[int, str]] = []
            corpus = Analyzer().analyze_many(_records(args.file, args.text_field, bad))
            corpus.to_html(args.output, title=title)
            for number, reason in bad[:20]:
                print(f"stancemap: line {number}: {reason}", file=sys.stderr)
        else:
            Analyzer().analyze(_read(args.file)).to_html(args.output, title=title)
    except OSError as exc:
        print(f"stancemap: {exc.filename or args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    args = _build_parser().parse_args(argv)
    try:
        if args.command == "demo":
            return _cmd_demo(args)
        if args.command == "analyze":
            return _cmd_analyze(args)
        if args.command == "report":
            return _cmd_report(args)
        return _cmd_corpus(args)
    except ValueError as exc:
        print(f"stancemap: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `stancemap ... | head`
        return 0
