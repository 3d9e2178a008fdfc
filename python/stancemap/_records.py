"""Input of ``analyze_many``: texts, records (mappings) or a DataFrame, read in batches."""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from stancemap._lazy import pd

#: The item types a batch of texts alone is made of (see RecordReader._texts_alone).
_TEXT_TYPES = {str, bytes}

#: Separates the parts of a cell key (the day, then each ``by`` field's value).
KEY_SEP = "\x1f"


@dataclass(frozen=True)
class BadRecord:
    """An input record that could not be read (bad JSON...): an error with this reason."""

    reason: str


@dataclass
class Batch:
    """One batch of input records, ready for the C++ core."""

    texts: list[Any] = field(default_factory=list)
    indices: list[int] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)
    days: list[str] = field(default_factory=list)
    metadata: dict[str, list[Any]] = field(default_factory=dict)
    errors: list[tuple[int, str]] = field(default_factory=list)  # found before analysis


def _missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return value is pd.NaT


def parse_day(value: Any) -> str | None:
    """The ISO day (``YYYY-MM-DD``) of a date value, None when missing.

    Accepts ISO 8601 strings (``2020-03-01``, ``2020-03-01T12:00:00Z``), ``datetime``,
    ``date``, pandas ``Timestamp`` and numpy ``datetime64``; raises ValueError otherwise.
    """
    if isinstance(value, str):
        text = value.strip()
        if len(text) >= 10 and (len(text) == 10 or text[10] in "T "):
            try:
                return _dt.date.fromisoformat(text[:10]).isoformat()
            except ValueError:
                pass
        try:
            stamp = pd.Timestamp(text)
        except (ValueError, TypeError):
            stamp = pd.NaT
        if stamp is pd.NaT:
            raise ValueError(f"date {value!r} is not an ISO 8601 date (e.g. 2020-03-01)")
        return stamp.date().isoformat()
    if _missing(value):
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if hasattr(value, "dtype") and str(getattr(value, "dtype", "")).startswith("datetime64"):
        return pd.Timestamp(value).date().isoformat()
    raise ValueError(
        f"date {value!r} of type {type(value).__name__} is not a date (give an ISO 8601 "
        "string, datetime, date or pandas Timestamp)"
    )


def check_iterable(data: Any) -> None:
    """A str or bytes where an iterable of texts is meant: TypeError with a hint."""
    if isinstance(data, (str, bytes, bytearray)):
        raise TypeError(
            "analyze_many takes an iterable of texts, of records (dicts) or a DataFrame, not a "
            f"single {type(data).__name__} (it would be read character by character): use "
            "analyze(text) for one text, or analyze_many([text])"
        )
    if not isinstance(data, Iterable):
        raise TypeError(
            f"analyze_many takes an iterable of texts, of records or a DataFrame, not "
            f"{type(data).__name__}"
        )


class RecordReader:
    """Reads records in batches: text, index, metadata, day and cell key of each."""

    def __init__(
        self, text: str, metadata: Sequence[str], date: str | None, by: Sequence[str]
    ) -> None:
        self.text = text
        self.metadata = list(metadata)
        self.date = date if date in self.metadata else None
        self.by = list(by)
        unknown = [f for f in self.by if f not in self.metadata]
        if unknown:
            raise ValueError(
                f"by={unknown!r}: a field to slice by must also be in metadata={self.metadata!r}"
            )
        self.keyed = self.date is not None or bool(self.by)

    def _key(self, day: str | None, values: Mapping[str, Any]) -> str:
        parts = [day or ""]
        parts += ["" if _missing(values.get(f)) else str(values.get(f)) for f in self.by]
        return KEY_SEP.join(parts)

    def batches(self, data: Any, batch_size: int) -> Iterator[Batch]:
        if isinstance(data, pd.DataFrame):
            yield from self._frame_batches(data, batch_size)
            return
        iterator = iter(data)
        position = 0
        while True:
            items = list(islice(iterator, batch_size))
            if not items:
                return
            if self._texts_alone(items):
                end = position + len(items)
                yield Batch(texts=items, indices=list(range(position, end)))
                position = end
                continue
            batch = Batch(metadata={f: [] for f in self.metadata})
            for item in items:
                self._add_item(batch, position, item)
                position += 1
            yield batch

    def _texts_alone(self, items: list[Any]) -> bool:
        """Whether a batch is texts alone, nothing to read per record (no metadata, no date,
        no slices, no record or BadRecord among them): the batch is the items, as they are.
        The C++ core reports what is not a text, as _add_item would have it do."""
        return not self.keyed and not self.metadata and set(map(type, items)) <= _TEXT_TYPES

    def _add_item(self, batch: Batch, index: int, item: Any) -> None:
        if isinstance(item, BadRecord):
            batch.errors.append((index, item.reason))
            return
        if isinstance(item, Mapping):
            if self.text not in item:
                batch.errors.append((index, f"missing field {self.text!r}"))
                return
            text, values = item[self.text], item
        elif self.metadata and not isinstance(item, (str, bytes, bytearray)) and item is not None:
            batch.errors.append((index, f"not a record (dict): {type(item).__name__}"))
            return
        else:
            text, values = item, {}
        self._append(batch, index, text, values)

    def _append(self, batch: Batch, index: int, text: Any, values: Mapping[str, Any]) -> None:
        day = None
        if self.date is not None:
            try:
                day = parse_day(values.get(self.date))
            except ValueError as exc:
                batch.errors.append((index, str(exc)))
                return
        batch.texts.append(text)
        batch.indices.append(index)
        batch.days.append(day or "")
        if self.keyed:
            batch.cells.append(self._key(day, values))
        for f in self.metadata:
            value = values.get(f)
            # The date column keeps the parsed day; _metadata_frame converts it in one call.
            batch.metadata[f].append(day if f == self.date else value)

    def _frame_batches(self, frame: pd.DataFrame, batch_size: int) -> Iterator[Batch]:
        missing = [c for c in [self.text, *self.metadata] if c not in frame.columns]
        if missing:
            raise KeyError(
                f"the DataFrame has no column {missing[0]!r} (columns: {list(frame.columns)})"
            )
        integer_index = pd.api.types.is_integer_dtype(frame.index.dtype)
        for start in range(0, len(frame), batch_size):
            part = frame.iloc[start : start + batch_size]
            indices = (
                part.index.tolist() if integer_index else list(range(start, start + len(part)))
            )
            batch = Batch(metadata={f: [] for f in self.metadata})
            columns = {f: part[f].tolist() for f in self.metadata}
            for i, (index, text) in enumerate(zip(indices, part[self.text].tolist())):
                values = {f: columns[f][i] for f in self.metadata}
                self._append(batch, int(index), text, values)
            yield batch
