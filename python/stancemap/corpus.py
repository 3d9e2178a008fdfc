"""Corpus: many documents reduced to mergeable sums, with metadata, slices and evidence."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Union

from stancemap import _core
from stancemap._lazy import np, pd
from stancemap._records import KEY_SEP
from stancemap._types import Level, Weight, Window
from stancemap.matrix import LabeledMatrix, StanceMatrix

if TYPE_CHECKING:
    from stancemap._evidence import EvidenceFrame

Freq = Literal["D", "W", "M", "Q", "Y"]
PathLike = Union[str, Path]

#: The format written by :meth:`Corpus.save` (see its docstring).
FORMAT = "stancemap.corpus"
FORMAT_VERSION = 1

_EVIDENCE_COLUMNS = [
    "document",
    "source",
    "target",
    "score",
    "category",
    "cue",
    "rule",
    "cameo",
    "negated",
    "quoted",
    "sentence",
    "start",
    "end",
    "sentence_start",
    "sentence_end",
    "text",
]


class Corpus:
    """Sums over many documents: actors, co-occurrence and stance counts, evidence.

    Made by :meth:`stancemap.Analyzer.analyze_many`. Two corpora collected with the same
    options merge with ``a.merge(b)`` (or ``a + b``) into a new corpus; merging is exactly
    commutative and associative (every sum is exact). Association measures are computed
    from the merged counts, never averaged. Corpora pickle, and save to a file
    (:meth:`save`, :func:`stancemap.load`).
    """

    def __init__(
        self,
        core: _core.Corpus,
        options: dict[str, Any],
        metadata: pd.DataFrame | None = None,
    ) -> None:
        self._core = core
        self._options = dict(options)
        self._metadata = metadata

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

    # ------------------------------------------------------------------ tables

    @property
    def documents(self) -> int:
        """Number of documents analysed (records with errors excluded)."""
        return int(self._core.documents)

    @property
    def errors(self) -> pd.DataFrame:
        """Records that could not be analysed: index (position in the input) and message."""
        return pd.DataFrame(self._core.errors, columns=["index", "message"])

    @property
    def metadata(self) -> pd.DataFrame:
        """One row per document analysed: its index in the input and the ``metadata``
        fields given to ``analyze_many`` (the date parsed to a Timestamp)."""
        if self._metadata is None:
            return pd.DataFrame({"index": pd.Series([], dtype="int64")})
        return self._metadata.drop(columns=["_cell"], errors="ignore").reset_index(drop=True)

    @property
    def actors(self) -> pd.DataFrame:
        """Actors across the corpus: id, name, kind, country, mentions, documents.

        ``country`` is the one most of the documents that give the actor a country give
        (the smallest id on a tie), None when fewer than half of them give it, or when
        only one document gives it and the actor is in more than two, unless that
        document's text states the country beside the name ("American X", "X of Ghana",
        "Britain's X", "British Prime Minister X": the per-document ``country_rule``) and
        no other document gives another: a stray guess never decides it. A surname-only
        person ("Trump") counts for the one full-name person with that surname ("Donald
        Trump") that documents also name by the surname alone (see :attr:`aliases`).
        """
        table = self._core.actor_table()
        table.pop("countries")
        return pd.DataFrame(table)

    @property
    def aliases(self) -> pd.DataFrame:
        """Surname-only persons and the full-name person they are taken for: alias, id.

        Not when the one-word person's documents give it a country that none of the full
        name's documents gives: "Prince Charles" (Britain) is not the singer Ray Charles.
        """
        return pd.DataFrame(self._core.aliases(), columns=["alias", "id"])

    @property
    def evidence(self) -> EvidenceFrame:
        """The stance records the corpus kept (see ``analyze_many(evidence=...)``), one row
        each, ordered by document: document (index in the input), the metadata fields,
        source, target, score, category, cue, rule, cameo, negated, quoted, sentence, start,
        end (character offsets of source, cue and target in the document), sentence_start,
        sentence_end, text (the sentence; empty unless kept). Calling it,
        ``corpus.evidence("USA", "RUS")``, selects one cell's records."""
        return self._evidence_at("actor")

    def _evidence_at(self, level: str) -> EvidenceFrame:
        table = self._core.evidence_table()
        if level == "country":
            table["source"], table["target"] = table["source_country"], table["target_country"]
        elif level == "country_role" and "source_role" in table:
            table["source"], table["target"] = table["source_role"], table["target_role"]
        frame = pd.DataFrame({c: table[c] for c in _EVIDENCE_COLUMNS})
        if level in ("country", "country_role"):
            frame = frame[frame["source"] != frame["target"]]
        else:  # a surname-only person's records are its full name's (see aliases)
            alias = dict(self._core.aliases())
            if alias:
                frame["source"] = frame["source"].map(lambda a: alias.get(a, a))
                frame["target"] = frame["target"].map(lambda a: alias.get(a, a))
        meta = self.metadata if self._metadata is not None else None
        if meta is not None and len(meta.columns) > 1 and len(frame):
            meta = meta.drop_duplicates("index").rename(columns={"index": "document"})
            # A metadata field named like an evidence column ("source") is document_<name>.
            meta = meta.rename(
                columns={c: f"document_{c}" for c in meta.columns if c in _EVIDENCE_COLUMNS[1:]}
            )
            frame = frame.merge(meta, on="document", how="left")
            order = list(meta.columns)
            frame = frame[order + [c for c in frame.columns if c not in order]]
        from stancemap._evidence import EvidenceFrame  # a pandas subclass: pandas on use

        return EvidenceFrame(frame.reset_index(drop=True))

    # ------------------------------------------------------------------ merging

    def merge(self, other: Corpus) -> Corpus:
        """A new corpus holding the sums of both (neither changes); ``a + b`` does the same.

        Exactly commutative and associative, every field included (actor kinds and
        countries are decided by document votes, names by a fixed rule)."""
        if not isinstance(other, Corpus):
            raise TypeError(f"can only merge a Corpus, not {type(other).__name__}")
        core = self._core.copy()
        core.merge(other._core)
        return Corpus(core, self._options, _merge_metadata(self._metadata, other._metadata))

    def __add__(self, other: object) -> Corpus:
        if not isinstance(other, Corpus):
            return NotImplemented
        return self.merge(other)

    def __radd__(self, other: object) -> Corpus:
        if other == 0:  # sum(corpora)
            return self
        return NotImplemented

    # ------------------------------------------------------------------ matrices

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
        divides the summed scores by the summed record counts. ``.evidence`` holds the
        records the corpus kept at this level; ``.evidence(source, target)`` one cell's."""
        table = self._core.stance_matrix(level, aggregate, kinds, float(min_count))
        return StanceMatrix(
            table, meta={"level": level, "aggregate": aggregate}, evidence=self._evidence_at(level)
        )

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

    # ------------------------------------------------------------------ slices and time

    def _cells(self) -> pd.DataFrame:
        """One row per cell: key, day (Timestamp or NaT) and each ``by`` field's value."""
        keys = self._core.cell_keys()
        by = self._options.get("by", [])
        rows = [k.split(KEY_SEP) for k in keys]
        frame = pd.DataFrame({"key": keys})
        frame["day"] = pd.to_datetime([r[0] or None for r in rows])
        for i, f in enumerate(by):
            frame[f] = [r[i + 1] if r[i + 1] != "" else None for r in rows]
        return frame

    def _select(self, keys: Iterable[str]) -> Corpus:
        keys = list(keys)
        core = self._core.select_cells(list(keys))
        meta = self._metadata
        if meta is not None and "_cell" in meta.columns:
            meta = meta[meta["_cell"].isin(set(keys))].reset_index(drop=True)
        return Corpus(core, self._options, meta)

    def _need_cells(self, what: str) -> None:
        if not self._options.get("date") and not self._options.get("by"):
            raise ValueError(
                f"{what} needs sums kept per date or field: analyse with "
                'analyze_many(records, metadata=["date", "source"], by=["source"])'
            )

    def by(self, field: str) -> dict[str, Corpus]:
        """A corpus per value of ``field`` (one of ``analyze_many(by=...)``, or ``"date"``:
        a corpus per day), from the sums kept per value: no document is analysed again."""
        self._need_cells(f"by({field!r})")
        cells = self._cells()
        column = "day" if field == self._options.get("date") else field
        if column not in cells.columns:
            raise ValueError(
                f"no sums were kept per {field!r}: pass by=[{field!r}] (and metadata) to "
                f"analyze_many; kept: {self._options.get('by')}"
            )
        out: dict[str, Corpus] = {}
        for value, group in cells.groupby(column, sort=True, dropna=True):
            out[str(value.date()) if column == "day" else str(value)] = self._select(group["key"])
        return out

    def where(
        self,
        *,
        start: Any = None,
        end: Any = None,
        **fields: Any,
    ) -> Corpus:
        """The corpus of the documents dated in [start, end) whose ``by`` fields have the
        given values (a value or a list of values): ``corpus.where(source="BBC",
        start="2020-01-01")``. From the sums kept per day and field value."""
        self._need_cells("where()")
        cells = self._cells()
        keep = np.ones(len(cells), dtype=bool)
        if start is not None:
            keep &= (cells["day"] >= pd.Timestamp(start)).to_numpy()
        if end is not None:
            keep &= (cells["day"] < pd.Timestamp(end)).to_numpy()
        for f, value in fields.items():
            if f not in cells.columns or f == "day":
                raise ValueError(f"no sums were kept per {f!r}: kept {self._options.get('by')}")
            values = [value] if isinstance(value, (str, int, float)) else list(value)
            keep &= cells[f].isin([str(v) for v in values]).to_numpy()
        return self._select(cells.loc[keep, "key"])

    def _periods(self, freq: str, by: str | None) -> list[tuple[Any, Any, list[str]]]:
        if freq not in ("D", "W", "M", "Q", "Y"):
            raise ValueError(f'freq must be "D", "W", "M", "Q" or "Y", not {freq!r}')
        if not self._options.get("date"):
            raise ValueError(
                "over-time sums need a date per document: analyze_many(records, "
                'metadata=["date", ...]) (the field named by date=)'
            )
        cells = self._cells()
        cells = cells[cells["day"].notna()]
        alias = {"Y": "Y", "Q": "Q", "M": "M", "W": "W", "D": "D"}[freq]
        cells = cells.assign(period=cells["day"].dt.to_period(alias))
        groups = ["period"] + ([by] if by else [])
        if by and by not in cells.columns:
            raise ValueError(f"no sums were kept per {by!r}: kept {self._options.get('by')}")
        out = []
        for key, group in cells.groupby(groups, sort=True, dropna=False):
            key = key if isinstance(key, tuple) else (key,)
            out.append((key[0], key[1] if by else None, list(group["key"])))
        return out

    def stance_over_time(
        self,
        freq: Freq = "M",
        level: str = "actor",
        aggregate: str = "sum",
        *,
        by: str | None = None,
        kinds: list[str] | None = None,
        min_count: float = 0,
    ) -> pd.DataFrame:
        """Stance per period as a long DataFrame: period, [by,] source, target, value (the
        aggregate of the scores) and count (records). ``freq`` is D, W, M, Q or Y; the
        periods' sums come from the per-day sums kept during the analysis."""
        rows = []
        for period, value, keys in self._periods(freq, by):
            m = self._core.select_cells(keys).stance_matrix(
                level, aggregate, kinds, float(min_count)
            )
            rows.append(_long(StanceMatrix(m), period, by, value, directed=True))
        return _concat(rows, by)

    def cooccurrence_over_time(
        self,
        freq: Freq = "M",
        window: str | int = "sentence",
        weight: str = "count",
        level: str = "actor",
        *,
        by: str | None = None,
        kinds: list[str] | None = None,
        min_count: float = 0,
        count: str = "windows",
    ) -> pd.DataFrame:
        """Co-occurrence per period as a long DataFrame: period, [by,] source, target (each
        pair once), value (the weight) and count (windows holding both)."""
        rows = []
        for period, value, keys in self._periods(freq, by):
            part = self._core.select_cells(keys)
            args = (window, weight, level, kinds, float(min_count), count, False, False)
            m = LabeledMatrix(part.cooccurrence(*args), kind="cooccurrence")
            counts = LabeledMatrix(
                part.cooccurrence(
                    window, "count", level, kinds, float(min_count), count, False, False
                ),
                kind="cooccurrence",
            )
            rows.append(_long(m, period, by, value, directed=False, counts=counts))
        return _concat(rows, by)

    # ------------------------------------------------------------------ saving

    def __getstate__(self) -> dict[str, Any]:
        return {"core": self._core, "options": self._options, "metadata": self._metadata}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._core = state["core"]
        self._options = state["options"]
        self._metadata = state["metadata"]

    def save(self, path: PathLike) -> None:
        """Write the corpus to ``path``: a zip file holding ``format.json`` (``{"format":
        "stancemap.corpus", "version": 1, "options": ...}``), ``corpus.bin`` (the C++ sums in
        their versioned binary layout, see ``cpp/src/corpus_io.cpp``) and, when metadata
        was kept, ``metadata.json`` (pandas' ``orient="table"`` JSON). Read it back with
        :func:`stancemap.load`."""
        header = {"format": FORMAT, "version": FORMAT_VERSION, "options": self._options}
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
            z.writestr("format.json", json.dumps(header, default=str))
            z.writestr("corpus.bin", self._core.save())
            if self._metadata is not None:
                z.writestr("metadata.json", self._metadata.to_json(orient="table", index=False))


def load(path: PathLike) -> Corpus:
    """Read a corpus written by :meth:`Corpus.save`; ValueError when the file is not one, or
    of a format version this stancemap cannot read."""
    try:
        z = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise ValueError(f"{path}: not a saved stancemap corpus (not a zip file)") from None
    with z:
        try:
            header = json.loads(z.read("format.json"))
        except KeyError:
            raise ValueError(f"{path}: not a saved stancemap corpus (no format.json)") from None
        if header.get("format") != FORMAT:
            raise ValueError(f"{path}: not a saved stancemap corpus ({header.get('format')!r})")
        if header.get("version") != FORMAT_VERSION:
            raise ValueError(
                f"{path}: corpus format version {header.get('version')} cannot be read by this "
                f"stancemap (it reads version {FORMAT_VERSION})"
            )
        core = _core.Corpus.load(z.read("corpus.bin"))
        metadata = None
        if "metadata.json" in z.namelist():
            from io import StringIO

            metadata = pd.read_json(StringIO(z.read("metadata.json").decode()), orient="table")
            for column in metadata.columns:
                if pd.api.types.is_datetime64_any_dtype(metadata[column]):
                    metadata[column] = metadata[column].astype("datetime64[ns]")
    return Corpus(core, header["options"], metadata)


def _merge_metadata(a: pd.DataFrame | None, b: pd.DataFrame | None) -> pd.DataFrame | None:
    if a is None or b is None:
        return a if b is None else b
    both = pd.concat([a, b], ignore_index=True)
    order = sorted(range(len(both)), key=lambda i: tuple(map(str, both.iloc[i].tolist())))
    return both.iloc[order].reset_index(drop=True)


def _long(
    m: LabeledMatrix,
    period: Any,
    by: str | None,
    value: Any,
    *,
    directed: bool,
    counts: LabeledMatrix | None = None,
) -> pd.DataFrame:
    coo = m.to_scipy().tocoo()
    rows, cols, vals = coo.row, coo.col, coo.data
    if not directed:
        keep = rows < cols
        rows, cols, vals = rows[keep], cols[keep], vals[keep]
    if len(rows) == 0:
        n = np.zeros(0)
    elif isinstance(m, StanceMatrix):
        n = np.asarray(m.counts[rows, cols]).ravel()
    elif counts is not None:
        n = np.asarray(counts.to_scipy()[rows, cols]).ravel()
    else:
        n = vals
    frame = pd.DataFrame(
        {
            "period": [period] * len(rows),
            "source": [m.labels[i] for i in rows],
            "target": [m.columns[j] for j in cols],
            "value": vals,
            "count": n.astype(float),
        }
    )
    if by:
        frame.insert(1, _by_column(by), value)
    return frame


def _by_column(by: str) -> str:
    """The column of a ``by`` field: document_<name> when named like a column (source)."""
    return f"document_{by}" if by in ("period", "source", "target", "value", "count") else by


def _concat(rows: list[pd.DataFrame], by: str | None) -> pd.DataFrame:
    columns = ["period", *([_by_column(by)] if by else []), "source", "target", "value", "count"]
    if not rows:
        return pd.DataFrame(columns=columns)
    out = pd.concat(rows, ignore_index=True)[columns]
    return out.sort_values(columns[:-2], kind="mergesort").reset_index(drop=True)
