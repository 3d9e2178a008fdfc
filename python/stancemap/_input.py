"""Corpus files for the command line: JSON Lines (optionally gzipped), CSV, a folder of
text files, or stdin, read as a stream of records."""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from stancemap._records import BadRecord


@contextmanager
def _open(path: Path) -> Iterator[IO[bytes]]:
    """The file as bytes, gunzipped when it starts with the gzip magic number."""
    raw: IO[bytes] = sys.stdin.buffer if str(path) == "-" else path.open("rb")
    try:
        head = raw.peek(2)[:2] if hasattr(raw, "peek") else b""
        if head == b"\x1f\x8b":
            with gzip.GzipFile(fileobj=raw, mode="rb") as unzipped:
                yield unzipped  # type: ignore[misc]
        else:
            yield raw
    finally:
        if raw is not sys.stdin.buffer:
            raw.close()


class CorpusReader:
    """Records of a corpus file; ``lines[i]`` is the line (or file number) of record i."""

    def __init__(self, path: Path, text_field: str) -> None:
        self.path = path
        self.text_field = text_field
        self.lines = array("Q")

    def records(self) -> Iterator[Any]:
        """Every record in order; one that cannot be read is a BadRecord with its reason."""
        if str(self.path) != "-" and self.path.is_dir():
            yield from self._folder()
            return
        if not (str(self.path) == "-" or self.path.exists()):
            raise FileNotFoundError(2, "No such file or directory", str(self.path))
        name = self.path.name.lower()
        if name.endswith((".csv", ".csv.gz")):
            yield from self._csv()
        else:
            yield from self._jsonl()

    def _jsonl(self) -> Iterator[Any]:
        with _open(self.path) as stream:
            try:
                for number, line in enumerate(stream, start=1):
                    if not line.strip():
                        continue
                    self.lines.append(number)
                    yield _json_record(line)
            except (OSError, EOFError) as exc:  # a gzip file cut short
                self.lines.append(0)
                yield BadRecord(f"the file cannot be read past this point: {exc}")

    def _csv(self) -> Iterator[Any]:
        csv.field_size_limit(2**31 - 1)
        with _open(self.path) as stream:
            text = io.TextIOWrapper(stream, encoding="utf-8", errors="surrogateescape", newline="")
            reader = csv.DictReader(text)
            for row in reader:
                self.lines.append(reader.line_num)
                if None in row:  # more cells than the header has
                    yield BadRecord(
                        f"{len(row[None]) + len(row) - 1} cells, the header has {len(row) - 1}"
                    )
                    continue
                yield row

    def _folder(self) -> Iterator[Any]:
        files = sorted(p for p in self.path.rglob("*.txt") if p.is_file())
        for number, file in enumerate(files, start=1):
            self.lines.append(number)
            try:
                data = file.read_bytes()
            except OSError as exc:
                yield BadRecord(f"cannot read {file}: {exc.strerror or exc}")
                continue
            yield {self.text_field: data, "file": str(file.relative_to(self.path))}


def _json_record(line: bytes) -> Any:
    try:
        record = json.loads(line)
    except UnicodeDecodeError as exc:
        return BadRecord(f"invalid UTF-8 at byte {exc.start} of the line")
    except ValueError as exc:
        return BadRecord(f"not JSON: {exc}")
    if not isinstance(record, dict):
        return BadRecord(f"not a JSON object but a {type(record).__name__}")
    return record
