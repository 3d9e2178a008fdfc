"""Corpus: many documents reduced to mergeable sums."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from stancemap import _core
from stancemap._types import Level, Weight, Window
from stancemap.matrix import LabeledMatrix, StanceMatrix


class Corpus:
    """Sums over many documents: actor totals and co-occurrence counts.

    Made by :meth:`stancemap.Analyzer.analyze_many`. Two corpora collected with the same
    options merge with ``a.merge(b)`` (or ``a + b``), in any order, with the same result.
    Association measures are computed from the merged counts, never averaged.
    """

    def __init__(self, core: _core.Corpus, options: dict[str, Any]) -> None:
        self._core = core
        self._options = options

    def __repr__(self) -> str:
        return (
            f"<stancemap.Corpus: {self.documents} documents, {len(self.errors)} errors, "
            f"{self._core.bytes} bytes>"
        )

    def _repr_html_(self) -> str:
        """Jupyter's view: documents, errors, top actors and top relations."""
        from stancemap import _html

        return _html.corpus_html(self)

    def to_html(self, path: str | None = None, *, title: str = "stancemap corpus report") -> str:
        """A self-contained HTML report of the corpus (see :func:`stancemap.report`)."""
        from stancemap import report

        return report.corpus_report(self, path, title=title)

    @property
    def documents(self) -> int:
        """Number of documents analysed (records with errors excluded)."""
        return int(self._core.documents)

    @property
    def errors(self) -> pd.DataFrame:
        """Records that could not be analysed: index (position in the input) and message."""
        return pd.DataFrame(self._core.errors, columns=["index", "message"])

    @property
    def actors(self) -> pd.DataFrame:
        """Actors across the corpus: id, name, kind, country, mentions, documents."""
        return pd.DataFrame(self._core.actor_table())

    def merge(self, other: Corpus) -> Corpus:
        """Add ``other``'s sums to this corpus (in place) and return it."""
        self._core.merge(other._core)
        return self

    def __add__(self, other: Corpus) -> Corpus:
        """A new corpus holding the sums of both (neither operand changes)."""
        if not isinstance(other, Corpus):
            return NotImplemented
        merged = Corpus(self._core.copy(), self._options)
        return merged.merge(other)

    def __iadd__(self, other: Corpus) -> Corpus:
        return self.merge(other)

    def cooccurrence(
        self,
        window: str | int = "sentence",
        weight: str = "count",
        level: str = "actor",
        *,
        kinds: list[str] | None = None,
        min_count: float = 0,
        count: str = "windows",
        distance_weighted: bool = False,
        diagonal: bool = False,
    ) -> LabeledMatrix:
        """The corpus co-occurrence matrix: same options as
        :meth:`stancemap.Document.cooccurrence`. Only the windows, levels and counting modes
        given to ``analyze_many`` are available."""
        table = self._core.cooccurrence(
            window, weight, level, kinds, float(min_count), count, distance_weighted, diagonal
        )
        return LabeledMatrix(
            table, kind="cooccurrence", meta={"window": window, "weight": weight, "level": level}
        )

    def stance(
        self,
        level: str = "actor",
        aggregate: str = "sum",
        *,
        kinds: list[str] | None = None,
        min_count: float = 0,
    ) -> StanceMatrix:
        """The corpus stance matrix (sources × targets), summed over all documents; ``mean``
        divides the summed scores by the summed record counts."""
        table = self._core.stance_matrix(level, aggregate, kinds, float(min_count))
        return StanceMatrix(table, meta={"level": level, "aggregate": aggregate})

    def term_association(
        self,
        terms: Sequence[str] | None = None,
        window: Window | None = None,
        weight: Weight = "count",
        level: Level | None = None,
        *,
        kinds: list[str] | None = None,
        min_count: float = 0,
    ) -> LabeledMatrix:
        """Actors × the terms given to ``analyze_many(terms=...)``.

        The arguments and their order are those of :meth:`stancemap.Document.term_association`.
        A corpus keeps only the sums it was asked for: ``terms``, ``window`` and ``level`` may
        be left out (None), or must name what ``analyze_many`` collected (else OptionError).
        """
        collected = {
            "terms": list(self._options.get("terms", [])),
            "window": self._options.get("term_window", "sentence"),
            "level": self._options.get("term_level", "actor"),
        }
        asked = {"terms": None if terms is None else list(terms), "window": window, "level": level}
        for name, value in asked.items():
            if value is not None and value != collected[name]:
                raise _core.OptionError(
                    f"this corpus collected term sums for {name}={collected[name]!r}, not "
                    f"{value!r}: pass it to analyze_many(term_{name}=...)"
                    if name != "terms"
                    else f"this corpus collected terms {collected['terms']!r}, not {value!r}: "
                    "pass them to analyze_many(terms=...)"
                )
        table = self._core.term_association(weight, kinds, float(min_count))
        return LabeledMatrix(table, kind="terms", meta={"weight": weight})
