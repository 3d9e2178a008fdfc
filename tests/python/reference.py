"""A slow, obviously-correct pure-Python reference for the co-occurrence matrices.

It reads only what the engine exposes in Python — ``doc.actors``, ``doc.mentions``,
``doc.sentences`` and ``doc.tokens`` — and recomputes, with plain loops and dicts:

* window counts for sentence / paragraph / document windows (a pair counts once per window
  holding both, or m_i × m_j with ``count="mentions"``; the diagonal holds the windows
  holding the actor, or m(m−1)/2 pairs of its own mentions);
* token windows of k tokens: every pair of mentions with d ≤ k, where d = (index of the
  first token of the later mention) − (index past the last token of the earlier mention)
  + 1, at least 1; optionally each pair adds 1/d;
* the association measures of ``Document.cooccurrence``'s docstring;
* actor × term counts (``Document.term_association``).

N, the number of windows: non-metadata sentences (sentence windows); paragraphs holding a
non-metadata segment (paragraph windows); documents holding a non-metadata segment
(document windows); mentions (token windows).

A mention's tokens are the tokens whose [start, end) lies within the mention; when no token
does (a mention inside one token, "US" in "US-China"), the tokens overlapping it.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from types import SimpleNamespace

import numpy as np
import pandas as pd

WINDOWS = ("sentence", "paragraph", "document")
LEVELS = ("actor", "country")
WEIGHTS = ("count", "binary", "pmi", "ppmi", "npmi", "jaccard", "dice", "conditional", "llr")
WINDOW_WEIGHTS = WEIGHTS[2:]  # need window counts


@dataclass
class Counts:
    """Sums for one co-occurrence spec; documents add up with ``+``."""

    kinds: dict[str, str] = field(default_factory=dict)  # label id -> kind (first seen)
    totals: Counter = field(default_factory=Counter)  # n_i
    pairs: Counter = field(default_factory=Counter)  # (a, b) with a < b -> n_ab
    diagonal: Counter = field(default_factory=Counter)
    windows: float = 0.0  # N

    def __add__(self, other: Counts) -> Counts:
        out = Counts(dict(self.kinds), Counter(), Counter(), Counter(), self.windows)
        for label, kind in other.kinds.items():
            out.kinds.setdefault(label, kind)
        for attr in ("totals", "pairs", "diagonal"):
            target = getattr(out, attr)
            for source in (getattr(self, attr), getattr(other, attr)):
                for key, value in source.items():
                    target[key] += value
        out.windows += other.windows
        return out


@dataclass
class RefMatrix:
    labels: list[str]  # ordered by total (descending), then id
    totals: dict[str, float]
    cells: dict[tuple[str, str], float]  # non-zero cells only
    columns: list[str] | None = None  # terms, for actor × term matrices


def _none(value: object) -> object:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return value


def _rows(table: pd.DataFrame, columns: Sequence[str]) -> list[SimpleNamespace]:
    data = {c: table[c].tolist() for c in columns}
    return [SimpleNamespace(**{c: data[c][i] for c in columns}) for i in range(len(table))]


class DocData:
    """What the reference reads from a Document, as plain Python rows (read once)."""

    def __init__(self, doc) -> None:
        self.actors = _rows(doc.actors, ["id", "kind", "country"])
        for row in self.actors:
            row.country = _none(row.country)
            row.kind = str(row.kind)
        self.sentences = _rows(doc.sentences, ["kind", "paragraph"])
        for row in self.sentences:
            row.kind = str(row.kind)
        self.mentions = _rows(doc.mentions, ["actor", "text", "start", "end", "sentence"])
        self._doc = doc
        self._tokens: list[SimpleNamespace] | None = None
        self._spans: list[tuple[int, int]] | None = None

    @property
    def tokens(self) -> list[SimpleNamespace]:
        if self._tokens is None:
            self._tokens = _rows(self._doc.tokens, ["start", "end", "text", "kind", "sentence"])
            for row in self._tokens:
                row.kind = str(row.kind)
        return self._tokens


def snapshot(doc) -> DocData:
    """``doc`` as DocData (pass the result to several reference calls to read the doc once)."""
    return doc if isinstance(doc, DocData) else DocData(doc)


def units(doc, level: str) -> dict[str, tuple[str, str]]:
    """actor id -> (label id, label kind) at ``level``."""
    out = {}
    for row in snapshot(doc).actors:
        rolls_up = row.kind in ("person", "group", "place")  # issue 12: groups and places too
        if level == "country" and rolls_up and row.country is not None:
            out[row.id] = (row.country, "country")
        else:
            out[row.id] = (row.id, row.kind)
    return out


def _window_of_sentence(doc, window: str) -> list[int | None]:
    """The window of each segment (None for metadata, which is no window)."""
    out: list[int | None] = []
    for i, row in enumerate(snapshot(doc).sentences):
        if row.kind == "metadata":
            out.append(None)
        elif window == "sentence":
            out.append(i)
        elif window == "paragraph":
            out.append(int(row.paragraph))
        elif window == "document":
            out.append(0)
        else:
            raise ValueError(window)
    return out


def _label_kinds(doc, level: str) -> dict[str, str]:
    kinds: dict[str, str] = {}
    for label, kind in units(doc, level).values():
        kinds.setdefault(label, kind)
    return kinds


def window_counts(doc, window: str, level: str = "actor", count: str = "windows") -> Counts:
    doc = snapshot(doc)
    unit = units(doc, level)
    window_of = _window_of_sentence(doc, window)
    counts = Counts(kinds=_label_kinds(doc, level))
    counts.windows = float(len({w for w in window_of if w is not None}))
    members: dict[int, Counter] = {}
    for row in doc.mentions:
        w = window_of[row.sentence]
        if w is None:
            continue
        members.setdefault(w, Counter())[unit[row.actor][0]] += 1
    for mentions in members.values():
        for a, m_a in mentions.items():
            counts.totals[a] += m_a if count == "mentions" else 1
            counts.diagonal[a] += m_a * (m_a - 1) / 2 if count == "mentions" else 1
            for b, m_b in mentions.items():
                if a < b:
                    counts.pairs[(a, b)] += m_a * m_b if count == "mentions" else 1
    for label in counts.kinds:
        counts.totals[label] += 0  # every actor of the document is a label
    return counts


def mention_token_spans(doc) -> list[tuple[int, int]]:
    """(first token index, index past the last token) of each mention."""
    doc = snapshot(doc)
    if doc._spans is not None:
        return doc._spans
    starts = [t.start for t in doc.tokens]
    ends = [t.end for t in doc.tokens]
    spans = []
    for row in doc.mentions:
        # Tokens are in text order: the first one starting at or after the mention, onwards.
        i = bisect.bisect_left(starts, row.start)
        inside = []
        while i < len(starts) and starts[i] < row.end:
            if ends[i] <= row.end:
                inside.append(i)
            i += 1
        if not inside:  # the mention lies inside one token: the token(s) overlapping it
            i = max(bisect.bisect_right(starts, row.start) - 1, 0)
            while i < len(starts) and starts[i] < row.end:
                if ends[i] > row.start:
                    inside.append(i)
                i += 1
        assert inside, f"mention {row.text!r} at {row.start} covers no token"
        spans.append((min(inside), max(inside) + 1))
    doc._spans = spans
    return spans


def token_counts(doc, k: int, level: str = "actor", distance_weighted: bool = False) -> Counts:
    doc = snapshot(doc)
    unit = units(doc, level)
    counts = Counts(kinds=_label_kinds(doc, level))
    labels = [unit[m.actor][0] for m in doc.mentions]
    starts = [m.start for m in doc.mentions]
    spans = mention_token_spans(doc)
    order = sorted(range(len(labels)), key=lambda i: (starts[i], i))
    firsts = [spans[i][0] for i in order]
    assert firsts == sorted(firsts)  # so d only grows along `order`: stop at the first d > k
    counts.windows = float(len(labels))
    for label in labels:
        counts.totals[label] += 1
    for x, i in enumerate(order):
        for j in order[x + 1 :]:
            d = max(spans[j][0] - spans[i][1] + 1, 1)
            if d > k:
                break
            value = 1.0 / d if distance_weighted else 1.0
            a, b = labels[i], labels[j]
            if a == b:
                counts.diagonal[a] += value
            else:
                counts.pairs[(min(a, b), max(a, b))] += value
    for label in counts.kinds:
        counts.totals[label] += 0
    return counts


def counts_for(
    doc, window, level: str = "actor", count: str = "windows", distance_weighted: bool = False
) -> Counts:
    if isinstance(window, int):
        return token_counts(doc, window, level, distance_weighted)
    return window_counts(doc, window, level, count)


def association(weight: str, n_ij: float, n_i: float, n_j: float, n: float) -> float:
    """The cell value for row i, column j (formulas of Document.cooccurrence)."""
    if n_ij <= 0:
        return 0.0
    if weight == "count":
        return n_ij
    if weight == "binary":
        return 1.0
    if weight in ("pmi", "ppmi", "npmi"):
        pmi = math.log(n_ij * n / (n_i * n_j))
        if weight == "pmi":
            return pmi
        if weight == "ppmi":
            return max(pmi, 0.0)
        if n_ij == n:  # the pair is in every window: pmi = 0 and -log(1) = 0; NPMI's limit is 1
            return 1.0
        return pmi / -math.log(n_ij / n)
    if weight == "jaccard":
        return n_ij / (n_i + n_j - n_ij)
    if weight == "dice":
        return 2 * n_ij / (n_i + n_j)
    if weight == "conditional":
        return n_ij / n_i
    if weight == "llr":
        # Dunning's G² = 2 Σ O ln(O / E) over the 2 × 2 table of windows.
        observed = [
            [n_ij, n_i - n_ij],
            [n_j - n_ij, n - n_i - n_j + n_ij],
        ]
        rows = [n_i, n - n_i]
        cols = [n_j, n - n_j]
        g2 = 0.0
        for r in range(2):
            for c in range(2):
                o = observed[r][c]
                e = rows[r] * cols[c] / n
                if o > 0:
                    g2 += o * math.log(o / e)
        return 2 * g2
    raise ValueError(weight)


def _kept(counts: Counts, kinds: Iterable[str] | None, min_count: float) -> list[str]:
    keep = [
        label
        for label, total in counts.totals.items()
        if (kinds is None or counts.kinds[label] in set(kinds)) and total >= min_count
    ]
    return sorted(keep, key=lambda label: (-counts.totals[label], label))


def matrix(
    counts: Counts,
    weight: str = "count",
    kinds: Iterable[str] | None = None,
    min_count: float = 0,
    diagonal: bool = False,
) -> RefMatrix:
    labels = _kept(counts, kinds, min_count)
    kept = set(labels)
    t, n = counts.totals, counts.windows
    cells: dict[tuple[str, str], float] = {}

    def put(row: str, col: str, n_ij: float) -> None:
        value = association(weight, n_ij, t[row], t[col], n)
        if value != 0:
            cells[(row, col)] = value

    for (a, b), n_ab in counts.pairs.items():
        if a in kept and b in kept:
            put(a, b, n_ab)
            put(b, a, n_ab)
    if diagonal:
        for a in labels:
            put(a, a, counts.diagonal[a])
    return RefMatrix(labels, {label: t[label] for label in labels}, cells)


def cooccurrence(
    doc,
    window="sentence",
    weight: str = "count",
    level: str = "actor",
    *,
    kinds: Iterable[str] | None = None,
    min_count: float = 0,
    count: str = "windows",
    distance_weighted: bool = False,
    diagonal: bool = False,
) -> RefMatrix:
    """The reference for ``doc.cooccurrence(...)`` (same signature)."""
    counts = counts_for(snapshot(doc), window, level, count, distance_weighted)
    return matrix(counts, weight, kinds, min_count, diagonal)


# ------------------------------------------------------------------ actor × term


def term_matches(pattern: str, word: str) -> bool:
    if pattern.endswith("*"):
        return word.lower().startswith(pattern[:-1].lower())
    return word.lower() == pattern.lower()


def term_association(
    doc,
    terms: Sequence[str],
    window: str = "sentence",
    weight: str = "count",
    level: str = "actor",
    *,
    kinds: Iterable[str] | None = None,
    min_count: float = 0,
) -> RefMatrix:
    """The reference for ``doc.term_association(...)``: windows holding actor and term."""
    doc = snapshot(doc)
    unit = units(doc, level)
    window_of = _window_of_sentence(doc, window)
    actors_in: dict[int, set] = {}
    terms_in: dict[int, set] = {}
    for row in doc.mentions:
        w = window_of[row.sentence]
        if w is not None:
            actors_in.setdefault(w, set()).add(unit[row.actor][0])
    for row in doc.tokens:
        w = window_of[row.sentence]
        if w is None or row.kind != "word":
            continue
        for term in terms:
            if term_matches(term, row.text):
                terms_in.setdefault(w, set()).add(term)
    n = float(len({w for w in window_of if w is not None}))
    actor_totals: Counter = Counter({label: 0 for label in _label_kinds(doc, level)})
    term_totals: Counter = Counter({term: 0 for term in terms})
    both: Counter = Counter()
    for w, actors in actors_in.items():
        for a in actors:
            actor_totals[a] += 1
            for term in terms_in.get(w, ()):
                both[(a, term)] += 1
    for found in terms_in.values():
        for term in found:
            term_totals[term] += 1
    label_kinds = _label_kinds(doc, level)
    labels = sorted(
        (
            a
            for a, total in actor_totals.items()
            if (kinds is None or label_kinds[a] in set(kinds)) and total >= min_count
        ),
        key=lambda a: (-actor_totals[a], a),
    )
    cells = {}
    for (a, term), n_at in both.items():
        if a in labels:
            value = association(weight, n_at, actor_totals[a], term_totals[term], n)
            if value != 0:
                cells[(a, term)] = value
    return RefMatrix(labels, {a: actor_totals[a] for a in labels}, cells, list(terms))


# ------------------------------------------------------------------ comparison


def dense(ref: RefMatrix, rows: Sequence[str], columns: Sequence[str]) -> np.ndarray:
    """The reference cells as an array in the engine's row/column order."""
    row_index = {label: i for i, label in enumerate(rows)}
    col_index = {label: j for j, label in enumerate(columns)}
    out = np.zeros((len(rows), len(columns)))
    for (a, b), value in ref.cells.items():
        out[row_index[a], col_index[b]] = value
    return out


def assert_matches(engine, ref: RefMatrix, what: str = "") -> None:
    """The engine's LabeledMatrix equals the reference: labels (as sets, and ordered by total
    then id), totals, and every labelled cell (``pytest.approx`` tolerance)."""
    prefix = f"{what}: " if what else ""
    assert set(engine.labels) == set(ref.labels), (
        f"{prefix}labels differ: engine only {sorted(set(engine.labels) - set(ref.labels))}, "
        f"reference only {sorted(set(ref.labels) - set(engine.labels))}"
    )
    assert len(engine.labels) == len(set(engine.labels)), f"{prefix}duplicate labels"
    assert engine.labels == ref.labels, f"{prefix}label order"
    totals = dict(zip(engine.labels, np.asarray(engine.totals).tolist()))
    assert totals == ref.totals, f"{prefix}totals"
    columns = ref.columns if ref.columns is not None else ref.labels
    assert list(engine.columns) == list(columns), f"{prefix}columns"
    got = engine.to_numpy()
    want = dense(ref, engine.labels, engine.columns)
    if not np.allclose(got, want, rtol=1e-9, atol=1e-12):
        bad = np.argwhere(~np.isclose(got, want, rtol=1e-9, atol=1e-12))
        detail = [
            f"[{engine.labels[i]}, {engine.columns[j]}] "
            f"engine {got[i, j]!r} reference {want[i, j]!r}"
            for i, j in bad[:10].tolist()
        ]
        raise AssertionError(f"{prefix}{len(bad)} cells differ:\n" + "\n".join(detail))


def frame(ref: RefMatrix) -> pd.DataFrame:
    """The reference as a DataFrame (for reading failures)."""
    columns = ref.columns if ref.columns is not None else ref.labels
    return pd.DataFrame(dense(ref, ref.labels, columns), index=ref.labels, columns=columns)
