"""LabeledMatrix: a square (or actor × term) matrix with actor labels, as numpy, scipy,
pandas or networkx."""

from __future__ import annotations

import math
import warnings
from typing import TYPE_CHECKING, Any, Literal

from stancemap._lazy import np, pd, sp

if TYPE_CHECKING:
    from stancemap.analytics import CentralityKind

#: Cells past which ``to_numpy``/``to_pandas`` warn before building a dense matrix (800 MB).
DENSE_WARNING_CELLS = 100_000_000


class LabeledMatrix:
    """A sparse matrix whose rows (and columns) are actors.

    ``labels`` are actor ids (``"USA"``, ``"Antony Blinken"``), ordered by ``totals``
    (windows or mentions per actor), largest first. The data live in a CSR matrix built
    from the C++ arrays without copying them.
    """

    def __init__(
        self,
        table: dict[str, Any],
        *,
        kind: str,
        meta: dict[str, Any] | None = None,
        directed: bool = False,
    ) -> None:
        labels = table["labels"]
        self.labels: list[str] = list(labels["id"])
        self.names: list[str] = list(labels["name"])
        self.kinds: list[str] = list(labels["kind"])
        self.columns: list[str] = list(table.get("columns", self.labels))
        self.totals: np.ndarray = table["totals"]
        self.kind = kind
        self.meta: dict[str, Any] = dict(meta or {})
        self.directed = directed
        self._csr = sp.csr_matrix(
            (table["data"], table["indices"], table["indptr"]),
            shape=tuple(table["shape"]),
            copy=False,
        )

    def __repr__(self) -> str:
        opts = ", ".join(f"{k}={v!r}" for k, v in self.meta.items())
        rows, cols = self.shape
        return f"<stancemap.LabeledMatrix {self.kind} {rows}×{cols} ({opts}), {self.nnz} cells>"

    def _repr_html_(self) -> str:
        """Jupyter's view: the top cells, then the matrix as a table coloured by value
        (diverging, centred at zero, for signed matrices)."""
        from stancemap import _html

        return _html.matrix_summary(self)

    @property
    def shape(self) -> tuple[int, int]:
        """(rows, columns)."""
        return (int(self._csr.shape[0]), int(self._csr.shape[1]))

    @property
    def nnz(self) -> int:
        """Number of stored (non-zero) cells."""
        return int(self._csr.nnz)

    def __len__(self) -> int:
        return self.shape[0]

    def to_scipy(self) -> sp.csr_matrix:
        """The matrix as ``scipy.sparse.csr_matrix`` (shares memory with this object)."""
        return self._csr

    def to_numpy(self) -> np.ndarray:
        """The matrix as a dense ``numpy.ndarray`` (float64). Warns (ResourceWarning) first
        when it has more than ``DENSE_WARNING_CELLS`` cells: use :meth:`to_scipy` or
        :meth:`to_long` for large matrices."""
        rows, cols = self.shape
        if rows * cols > DENSE_WARNING_CELLS:
            warnings.warn(
                f"a dense {rows}×{cols} matrix needs {rows * cols * 8 / 1e9:.1f} GB; "
                "to_scipy() or to_long() keep it sparse",
                ResourceWarning,
                stacklevel=2,
            )
        return self._csr.toarray()

    def to_long(self) -> pd.DataFrame:
        """The stored cells as a long DataFrame: row, column, value (sparse: no zeros)."""
        coo = self._csr.tocoo()
        first, second = ("source", "target") if self.directed else ("row", "column")
        return pd.DataFrame(
            {
                first: [self.labels[i] for i in coo.row.tolist()],
                second: [self.columns[j] for j in coo.col.tolist()],
                "value": coo.data,
                **self._cell_extras(coo.row, coo.col),
            }
        )

    def _cell_extras(self, rows: Any, cols: Any) -> dict[str, Any]:
        """Further columns of the cells at ``rows``, ``cols`` in ``to_long`` and ``top``."""
        return {}

    def to_pandas(self) -> pd.DataFrame:
        """The matrix as a dense DataFrame indexed by actor id (rows) and column labels."""
        return pd.DataFrame(self.to_numpy(), index=self.labels, columns=self.columns)

    def __getitem__(self, key: tuple[str, str]) -> float:
        """``m["USA", "KAZ"]``: one cell by row and column label."""
        row, col = key
        try:
            i = self.labels.index(row)
            j = self.columns.index(col)
        except ValueError:
            raise KeyError(key) from None
        return float(self._csr[i, j])

    def top(self, n: int = 10, by: Literal["abs", "value"] = "abs") -> pd.DataFrame:
        """The ``n`` strongest cells as a DataFrame (source/target or actor/actor, value).

        ``by="abs"`` (the default) ranks cells by absolute value, so that strong opposition
        (a negative stance) shows beside strong support; ``by="value"`` ranks the largest
        values first. Ties go by row, then column. For an undirected matrix each pair
        appears once.
        """
        if by not in ("abs", "value"):
            raise ValueError(f"by must be 'abs' or 'value', not {by!r}")
        coo = self._csr.tocoo()
        rows, cols, vals = coo.row, coo.col, coo.data
        if not self.directed and self.kind == "cooccurrence":
            keep = rows < cols
            rows, cols, vals = rows[keep], cols[keep], vals[keep]
        strength = np.abs(vals) if by == "abs" else vals
        order = np.lexsort((cols, rows, -strength))[:n]
        first, second = ("source", "target") if self.directed else ("actor1", "actor2")
        if self.kind == "terms":
            first, second = "actor", "term"
        return pd.DataFrame(
            {
                first: [self.labels[i] for i in rows[order]],
                second: [self.columns[j] for j in cols[order]],
                "value": vals[order],
                **self._cell_extras(rows[order], cols[order]),
            }
        )

    def to_networkx(self) -> Any:
        """A networkx ``Graph`` (``DiGraph`` when directed); cell values as edge ``weight``,
        actor name, kind and total as node attributes."""
        import networkx as nx

        graph = nx.DiGraph() if self.directed else nx.Graph()
        for i, label in enumerate(self.labels):
            graph.add_node(
                label, name=self.names[i], kind=self.kinds[i], total=float(self.totals[i])
            )
        coo = self._csr.tocoo()
        for i, j, v in zip(coo.row.tolist(), coo.col.tolist(), coo.data.tolist()):
            if i == j:
                continue
            if not self.directed and i > j:
                continue
            graph.add_edge(self.labels[i], self.columns[j], weight=v)
        return graph

    # ------------------------------------------------------------------ analytics (C++)

    def centrality(
        self,
        kind: CentralityKind = "degree",
        *,
        alpha: float = 0.85,
        tol: float = 1e-12,
        max_iter: int = 10_000,
    ) -> pd.Series:
        """How central each actor is, as a Series indexed by actor id.

        ``kind``:

        * ``"degree"`` — distinct partners (in and out for a stance matrix) / (n − 1), as
          ``networkx.degree_centrality``;
        * ``"strength"`` — the sum of |cell| over the actor's ties (in + out if directed),
          networkx's ``G.degree(weight="weight")``;
        * ``"eigenvector"`` — Bonacich (1972): the leading eigenvector of the |weights|
          (of Aᵀ, incoming ties, if directed), by networkx's power iteration on I + Aᵀ,
          unit Euclidean norm;
        * ``"pagerank"`` — Page, Brin, Motwani & Winograd (1999) on |weights|, damping
          ``alpha``, uniform teleport, dangling actors spread uniformly; sums to 1.

        Signed cells count by their absolute value (attention, not approval). Iterations stop
        when the L1 change is below n × ``tol``.
        """
        from stancemap import analytics

        return analytics.centrality(self, kind, alpha=alpha, tol=tol, max_iter=max_iter)

    def communities(self, k: int = 2) -> pd.Series:
        """Spectral clustering of the actors into ``k`` communities (Ng, Jordan & Weiss 2002).

        The matrix is symmetrised, W = (A + Aᵀ)/2; the leading eigenvectors of
        D^-½ W D^-½ (D: the sums of |W| per actor) are taken — k of them, or k − 1 for a
        signed matrix (stance, pmi, npmi), where one eigenvector's signs split two factions
        (Kunegis et al. 2010, the normalised signed Laplacian) — rows scaled to unit length,
        and clustered by k-means from deterministic farthest-point seeds. Returns a Series of
        community numbers (0, 1, … in order of their first actor; −1 for actors with no tie).
        """
        from stancemap import analytics

        return analytics.communities(self, k)

    def embed(self, dim: int = 2) -> pd.DataFrame:
        """Actor vectors for similarity maps: the truncated SVD U_d Σ_d^½ (Levy, Goldberg &
        Dagan 2015) of the PPMI matrix.

        PPMI comes from the cells themselves (Levy & Goldberg 2014): ppmi_ij = max(0,
        log(n_ij D / (r_i r_j))) with r_i = Σ_j n_ij (j ≠ i) and D = Σ_i r_i; a matrix
        already weighted ``pmi``/``ppmi``/``npmi`` is used as it is (negative cells as 0).
        Each component's sign makes its largest entry positive. Columns ``dim1``…
        """
        from stancemap import analytics

        return analytics.embed(self, dim)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: options, labels and the dense matrix as nested lists."""
        dense = self.to_numpy()
        as_int = np.all(dense == np.round(dense))
        matrix = dense.astype(int).tolist() if as_int else np.round(dense, 6).tolist()
        return {**self.meta, "labels": self.labels, "matrix": matrix}


class StanceMatrix(LabeledMatrix):
    """A directed, signed source × target matrix: rows are sources, columns targets.

    ``counts`` holds the number of evidence records per cell; ``evidence`` (for a document)
    the records themselves, one row each.
    """

    def __init__(
        self,
        table: dict[str, Any],
        *,
        meta: dict[str, Any] | None = None,
        evidence: pd.DataFrame | None = None,
    ) -> None:
        super().__init__(table, kind="stance", meta=meta, directed=True)
        counts = table["counts"]
        self.counts = sp.csr_matrix(
            (counts["data"], counts["indices"], counts["indptr"]),
            shape=tuple(counts["shape"]),
            copy=False,
        )
        from stancemap._evidence import EvidenceFrame  # a pandas subclass: pandas on use

        self.evidence = EvidenceFrame(evidence if evidence is not None else pd.DataFrame())

    def _cell_extras(self, rows: Any, cols: Any) -> dict[str, Any]:
        # How many records make each cell's value: a reader of a long table or of the top
        # cells can tell one strong record from many weak ones.
        counts = np.asarray(self.counts[rows, cols]).ravel() if len(rows) else np.zeros(0)
        return {"count": counts.astype(np.int64)}

    def balance(self, beta: float = 1.0) -> pd.Series:
        """Structural balance of the stance network (Heider 1946; Cartwright & Harary 1956).

        Each pair's tie is the sign of (a_ij + a_ji)/2 (a pair whose scores cancel has none).
        Returns a Series:

        * ``+++``, ``++-``, ``+--``, ``---`` — triangles by the signs of their ties ("the
          enemy of my enemy is my friend": +++ and +-- are balanced);
        * ``triangle_index`` — balanced / all triangles (NaN without triangles);
        * ``walk_index`` — Estrada & Benzi (2014, Phys. Rev. E 90, 042802), revisited by
          Estrada (2019, Discrete Appl. Math. 268): K = tr exp(βS) / tr exp(β|S|) over the
          sign matrix S, every closed walk counted (weighted β^l / l!), balanced ones +1,
          unbalanced −1; 1 exactly when the network is balanced;
        * ``spectral_ratio`` — λ_max(S) / λ_max(|S|), 1 exactly when balanced (then
          S = D|S|D with D = diag(±1)).
        """
        from stancemap import analytics

        return analytics.balance(self, beta)

    def net_stance(self) -> pd.DataFrame:
        """Per actor: ``out`` (the row sum: stance it expresses), ``in`` (the column sum:
        stance toward it), ``net`` = out − in, and ``reciprocity`` (as
        ``networkx.reciprocity(G, nodes)``: 2 |partners both ways| / (|sources| + |targets|),
        NaN without ties)."""
        from stancemap import analytics

        return analytics.net_stance(self)

    def reciprocity(self) -> pd.Series:
        """``overall``: the share of directed ties whose reverse exists
        (``networkx.reciprocity(G)``); ``same_sign``: of the pairs with ties both ways, the
        share whose two scores have the same sign; ``mutual_pairs``, ``ties``: the counts."""
        from stancemap import analytics

        return analytics.reciprocity(self)

    def counts_to_pandas(self) -> pd.DataFrame:
        """The record counts as a DataFrame (sources × targets)."""
        return pd.DataFrame(self.counts.toarray(), index=self.labels, columns=self.columns)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: labels, matrix (aggregated scores), counts and evidence."""
        out = super().to_dict()
        out["counts"] = self.counts.toarray().astype(int).tolist()
        records = []
        for r in self.evidence.to_dict("records"):
            records.append(
                {
                    "source": r["source"],
                    "target": r["target"],
                    "score": round(float(r["score"]), 3),
                    "category": r["category"],
                    "cue": r["cue"],
                    "negated": bool(r["negated"]),
                    "sentence": int(r["sentence"]),
                    "text": r["text"],
                    **_codes(r),
                }
            )
        out["evidence"] = records
        return out


def _codes(record: dict[str, Any]) -> dict[str, Any]:
    """The event codes of an evidence record for JSON: cameo, plover, goldstein, rule (None
    when the record has none)."""
    goldstein = record.get("goldstein")
    return {
        "cameo": record.get("cameo"),
        "plover": record.get("plover"),
        "goldstein": None
        if goldstein is None or math.isnan(goldstein)
        else round(float(goldstein), 1),
        "rule": record.get("rule"),
    }


def __getattr__(name: str) -> Any:
    """``stancemap.matrix.EvidenceFrame``, defined when first asked for (it needs pandas)."""
    if name == "EvidenceFrame":
        from stancemap._evidence import EvidenceFrame

        return EvidenceFrame
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
