"""Network analytics on actor matrices, computed by the C++ core (Eigen) and returned as pandas
objects indexed by actor id. Reached as methods of :class:`~stancemap.LabeledMatrix` and
:class:`~stancemap.matrix.StanceMatrix`; every definition names its reference.

The diagonal (an actor with itself) is ignored throughout, as in ``to_networkx()``. Signed
cells (stance) count by their absolute value in centralities.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from stancemap import _core
from stancemap._lazy import np, pd

if TYPE_CHECKING:
    from stancemap.matrix import LabeledMatrix

CentralityKind = Literal["degree", "strength", "eigenvector", "pagerank"]
PMI_WEIGHTS = ("pmi", "ppmi", "npmi")


def _square(matrix: LabeledMatrix, what: str) -> None:
    rows, cols = matrix.shape
    if rows != cols or matrix.columns != matrix.labels:
        raise ValueError(f"{what} needs an actor × actor matrix, not {matrix.kind} {rows}×{cols}")


def centrality(
    matrix: LabeledMatrix,
    kind: CentralityKind = "degree",
    *,
    alpha: float = 0.85,
    tol: float = 1e-12,
    max_iter: int = 10_000,
) -> pd.Series:
    """Centrality of each actor (see :meth:`stancemap.LabeledMatrix.centrality`)."""
    _square(matrix, "centrality")
    csr = matrix.to_scipy()
    if kind == "degree":
        values = _core.analytics_degree_centrality(csr, matrix.directed)
    elif kind == "strength":
        values = _core.analytics_strength(csr, matrix.directed)
    elif kind == "eigenvector":
        values = _core.analytics_eigenvector_centrality(csr, float(tol), int(max_iter))
    elif kind == "pagerank":
        values = _core.analytics_pagerank(csr, float(alpha), float(tol), int(max_iter))
    else:
        raise ValueError(
            f'kind must be "degree", "strength", "eigenvector" or "pagerank", not {kind!r}'
        )
    return pd.Series(np.asarray(values), index=pd.Index(matrix.labels, name="actor"), name=kind)


def balance(matrix: LabeledMatrix, beta: float = 1.0) -> pd.Series:
    """Structural balance (see :meth:`stancemap.matrix.StanceMatrix.balance`)."""
    _square(matrix, "balance")
    values = _core.analytics_balance(matrix.to_scipy(), float(beta))
    return pd.Series(values, name="balance", dtype=float)


def net_stance(matrix: LabeledMatrix) -> pd.DataFrame:
    """Out, in, net (out − in) and reciprocity per actor (see ``StanceMatrix.net_stance``)."""
    _square(matrix, "net stance")
    out, into, net = _core.analytics_net_stance(matrix.to_scipy())
    recip = _core.analytics_reciprocity(matrix.to_scipy())
    return pd.DataFrame(
        {"out": out, "in": into, "net": net, "reciprocity": recip["per_actor"]},
        index=pd.Index(matrix.labels, name="actor"),
    )


def reciprocity(matrix: LabeledMatrix) -> pd.Series:
    """Overall reciprocity (see :meth:`stancemap.matrix.StanceMatrix.reciprocity`)."""
    _square(matrix, "reciprocity")
    r = _core.analytics_reciprocity(matrix.to_scipy())
    keys = ["overall", "same_sign", "mutual_pairs", "ties"]
    return pd.Series({k: float(r[k]) for k in keys}, name="reciprocity")


def communities(matrix: LabeledMatrix, k: int = 2) -> pd.Series:
    """Spectral communities (see :meth:`stancemap.LabeledMatrix.communities`)."""
    _square(matrix, "communities")
    signed = matrix.kind == "stance" or matrix.meta.get("weight") in ("pmi", "npmi")
    labels = _core.analytics_spectral_communities(matrix.to_scipy(), int(k), signed)
    return pd.Series(
        np.asarray(labels, dtype=int), index=pd.Index(matrix.labels, name="actor"), name="community"
    )


def ppmi(matrix: LabeledMatrix) -> pd.DataFrame:
    """Positive PMI of a count matrix with margins from its own cells (Levy & Goldberg 2014):
    ppmi_ij = max(0, log(n_ij D / (r_i r_j))), r_i = Σ_j n_ij (j ≠ i), D = Σ_i r_i."""
    _square(matrix, "ppmi")
    values = _core.analytics_ppmi(matrix.to_scipy())
    return pd.DataFrame(values, index=matrix.labels, columns=matrix.columns)


def embed(matrix: LabeledMatrix, dim: int = 2) -> pd.DataFrame:
    """Actor vectors by truncated SVD of PPMI (see :meth:`stancemap.LabeledMatrix.embed`)."""
    _square(matrix, "embed")
    if matrix.meta.get("weight") in PMI_WEIGHTS:
        values = np.maximum(matrix.to_numpy(), 0.0)
        np.fill_diagonal(values, 0.0)
    elif matrix.kind == "cooccurrence":
        values = _core.analytics_ppmi(matrix.to_scipy())
    else:
        raise ValueError("embed() needs a co-occurrence matrix (counts or a PMI weight)")
    vectors = _core.analytics_svd_embedding(np.ascontiguousarray(values), int(dim))
    return pd.DataFrame(
        vectors,
        index=pd.Index(matrix.labels, name="actor"),
        columns=[f"dim{i + 1}" for i in range(int(dim))],
    )
