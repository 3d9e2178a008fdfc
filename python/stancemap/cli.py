"""The ``stancemap`` command line: ``demo``, ``analyze``, ``corpus``, ``report``."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from stancemap import __version__
from stancemap._input import CorpusReader
from stancemap._lazy import pd
from stancemap._types import Level, Utf8Errors, Weight, WindowName, options
from stancemap.analyzer import Analyzer
from stancemap.corpus import Corpus
from stancemap.data import sample_article
from stancemap.document import Document
from stancemap.matrix import LabeledMatrix, StanceMatrix

PERIODS = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}
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

    corpus = sub.add_parser(
        "corpus", help="analyse a corpus (JSONL, JSONL.gz, CSV or a folder) into corpus sums"
    )
    corpus.add_argument(
        "file",
        type=Path,
        help="JSON Lines (.jsonl, .jsonl.gz), CSV (.csv), a folder of .txt files, or '-' (stdin)",
    )
    corpus.add_argument(
        "--text-field", default="text", help="field holding the text (default: text)"
    )
    corpus.add_argument("--date-field", default=None, help="field holding the date (ISO 8601)")
    corpus.add_argument(
        "--by",
        choices=list(PERIODS),
        default="month",
        help="period of the stance over time (with --date-field; default: month)",
    )
    corpus.add_argument(
        "--metadata", nargs="*", default=[], help="further fields kept per document"
    )
    corpus.add_argument("--min-count", type=float, default=0, help="drop rarer actors")
    corpus.add_argument(
        "--kinds", nargs="*", default=None, help="actor kinds kept (country person ...)"
    )
    corpus.add_argument(
        "--evidence", default="offsets", help='offsets (default), all, "sample:N" or none'
    )
    corpus.add_argument("--out", type=Path, default=None, help="folder for the output files")
    corpus.add_argument("--threads", type=int, default=0, help="threads (0: all cores)")
    corpus.add_argument("--format", choices=["text", "json", "csv"], default="text")
    corpus.add_argument("--top", type=int, default=15, help="rows in the text summary")
    corpus.add_argument("--progress", action="store_true", help="report progress on stderr")
    corpus.add_argument(
        "--successors",
        action="store_true",
        help="count historical states as today's at --level country or country_role "
        "(the Soviet Union as Russia; the table: stancemap.Gazetteer.default().successors)",
    )
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


def _cmd_corpus(args: argparse.Namespace) -> int:
    metadata = list(args.metadata)
    if args.date_field and args.date_field not in metadata:
        metadata.insert(0, args.date_field)
    reader = CorpusReader(args.file, args.text_field)
    try:
        corpus = Analyzer().analyze_many(
            reader.records(),
            text=args.text_field,
            metadata=metadata,
            date=args.date_field,
            evidence=args.evidence,
            threads=args.threads,
            progress=args.progress,
            windows=[args.window],
            levels=[args.level],
            successors=args.successors,
        )
    except OSError as exc:
        print(f"stancemap: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    errors = pd.DataFrame(
        {
            "record": corpus.errors["index"],
            "line": [
                reader.lines[i] if i < len(reader.lines) else 0 for i in corpus.errors["index"]
            ],
            "reason": corpus.errors["message"],
        }
    )
    matrix = corpus.cooccurrence(
        window=args.window,
        weight=args.weight,
        level=args.level,
        kinds=args.kinds,
        min_count=args.min_count,
    )
    stance = corpus.stance(level=args.level, kinds=args.kinds, min_count=args.min_count)
    if args.out is not None:
        _write_corpus(args, corpus, matrix, stance, errors)
    elif args.format == "csv":
        matrix.to_long().to_csv(sys.stdout, index=False)
    elif args.format == "json":
        result = {
            "documents": corpus.documents,
            "errors": errors.to_dict("records"),
            "actors": corpus.actors.to_dict("records"),
            "cooccurrence": {**matrix.meta, "cells": matrix.to_long().to_dict("records")},
            "stance": {**stance.meta, "cells": stance.to_long().to_dict("records")},
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
        print()
        print(f"Stance ({stance.meta}), strongest cells")
        print(_table(stance.top(args.top)))
    for r in errors.head(20).itertuples(index=False):
        print(f"stancemap: record {r.record} (line {r.line}): {r.reason}", file=sys.stderr)
    records = corpus.documents + len(errors)
    print(
        f"stancemap: records read {records} = analysed {corpus.documents} + errors {len(errors)}",
        file=sys.stderr,
    )
    return 0 if corpus.documents > 0 else 1


def _write_corpus(
    args: argparse.Namespace,
    corpus: Corpus,
    matrix: LabeledMatrix,
    stance: StanceMatrix,
    errors: pd.DataFrame,
) -> None:
    """The output folder: sparse matrices (long CSV and NPZ), stance over time, evidence
    and errors (JSON Lines), actors (CSV); with pyarrow installed, the long matrices, the
    stance over time and the evidence also as Parquet."""
    import scipy.sparse as sp

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    parquet = _parquet_available()
    corpus.actors.to_csv(out / "actors.csv", index=False)
    for name, m in (("cooccurrence", matrix), ("stance", stance)):
        long = m.to_long()
        long.to_csv(out / f"{name}.csv", index=False)
        if parquet:
            long.to_parquet(out / f"{name}.parquet", index=False)
        sp.save_npz(out / f"{name}.npz", m.to_scipy())
        (out / f"{name}_labels.json").write_text(
            json.dumps({"rows": m.labels, "columns": m.columns, **m.meta}, ensure_ascii=False)
        )
    if args.date_field:
        over_time = corpus.stance_over_time(
            PERIODS[args.by], level=args.level, kinds=args.kinds, min_count=args.min_count
        )
        over_time = over_time.assign(period=over_time["period"].astype(str))
        over_time.to_csv(out / "stance_over_time.csv", index=False)
        if parquet:
            over_time.to_parquet(out / "stance_over_time.parquet", index=False)
    evidence = corpus.evidence
    evidence.to_json(
        out / "evidence.jsonl", orient="records", lines=True, force_ascii=False, date_format="iso"
    )
    if parquet:
        evidence.to_parquet(out / "evidence.parquet", index=False)
    with (out / "errors.jsonl").open("w", encoding="utf-8") as f:
        for r in errors.to_dict("records"):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def _parquet_available() -> bool:
    """Whether pandas can write Parquet here (pyarrow is installed)."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


def _cmd_report(args: argparse.Namespace) -> int:
    title = args.title or f"stancemap: {args.file.name}"
    try:
        if args.file.suffix in (".jsonl", ".ndjson"):
            reader = CorpusReader(args.file, args.text_field)
            corpus = Analyzer().analyze_many(reader.records(), text=args.text_field)
            corpus.to_html(args.output, title=title)
            for index, reason in corpus.errors.head(20).itertuples(index=False):
                line = reader.lines[index] if index < len(reader.lines) else 0
                print(f"stancemap: line {line}: {reason}", file=sys.stderr)
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
    except KeyboardInterrupt:  # Ctrl-C: the C++ pass stops within one chunk of texts
        print("stancemap: interrupted (Ctrl-C)", file=sys.stderr)
        return 130
