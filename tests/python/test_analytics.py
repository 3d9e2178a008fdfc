"""Network analytics (C++/Eigen) against independent references: networkx and numpy, to 1e-6."""

from __future__ import annotations

import itertools
import math

import networkx as nx
import numpy as np
import pytest
import scipy.linalg
from hypothesis import given
from hypothesis import strategies as st

from stancemap import analytics
from stancemap.matrix import LabeledMatrix, StanceMatrix

TOL = 1e-6


def _table(dense: np.ndarray, labels: list[str] | None = None) -> dict:
    import scipy.sparse as sp

    csr = sp.csr_matrix(dense)
    labels = labels or [f"A{i}" for i in range(dense.shape[0])]
    return {
        "labels": {"id": labels, "name": labels, "kind": ["country"] * len(labels)},
        "totals": np.ones(len(labels)),
        "data": csr.data.astype(float),
        "indices": csr.indices.astype(np.int32),
        "indptr": csr.indptr.astype(np.int32),
        "shape": dense.shape,
    }


def cooc(dense: np.ndarray, weight: str = "count") -> LabeledMatrix:
    return LabeledMatrix(_table(dense), kind="cooccurrence", meta={"weight": weight})


def stance(dense: np.ndarray) -> StanceMatrix:
    table = _table(dense)
    table["counts"] = _table((dense != 0).astype(float))
    return StanceMatrix(table, meta={"level": "actor", "aggregate": "sum"})


def random_symmetric(seed: int, n: int = 9, density: float = 0.5) -> np.ndarray:
    rng = np.random.default_rng(seed)
    m = np.triu(rng.integers(1, 6, (n, n)) * (rng.random((n, n)) < density), 1).astype(float)
    return m + m.T


def random_signed(seed: int, n: int = 9, density: float = 0.5) -> np.ndarray:
    rng = np.random.default_rng(seed)
    m = rng.normal(size=(n, n)) * (rng.random((n, n)) < density)
    np.fill_diagonal(m, 0)
    return m


def graph_of(matrix: LabeledMatrix, absolute: bool = True) -> nx.Graph:
    g = matrix.to_networkx()
    if absolute:
        for _, _, data in g.edges(data=True):
            data["weight"] = abs(data["weight"])
    return g


def close(series, reference: dict) -> None:
    expected = np.array([reference[label] for label in series.index])
    np.testing.assert_allclose(series.to_numpy(), expected, atol=TOL, rtol=0)


SEEDS = range(6)


# ------------------------------------------------------------------ centralities


@pytest.mark.parametrize("seed", SEEDS)
def test_centralities_match_networkx_undirected(seed):
    m = cooc(random_symmetric(seed))
    g = graph_of(m)
    close(m.centrality("degree"), nx.degree_centrality(g))
    close(m.centrality("strength"), dict(g.degree(weight="weight")))
    close(
        m.centrality("eigenvector"),
        nx.eigenvector_centrality(g, max_iter=100_000, tol=1e-14, weight="weight"),
    )
    close(m.centrality("pagerank"), nx.pagerank(g, alpha=0.85, tol=1e-14, weight="weight"))


@pytest.mark.parametrize("seed", SEEDS)
def test_centralities_match_networkx_directed_signed(seed):
    m = stance(random_signed(seed))
    g = graph_of(m)
    assert isinstance(g, nx.DiGraph)
    close(m.centrality("degree"), nx.degree_centrality(g))
    close(m.centrality("strength"), dict(g.degree(weight="weight")))
    close(m.centrality("pagerank"), nx.pagerank(g, alpha=0.85, tol=1e-14, weight="weight"))
    try:
        reference = nx.eigenvector_centrality(g, max_iter=100_000, tol=1e-14, weight="weight")
    except nx.PowerIterationFailedConvergence:
        pytest.skip("networkx does not converge on this graph")
    close(m.centrality("eigenvector"), reference)


def test_pagerank_with_dangling_actors_and_damping():
    dense = np.zeros((5, 5))
    dense[0, 1] = 2.0
    dense[1, 2] = -1.0
    dense[3, 1] = 0.5  # 2 and 4 have no outgoing tie
    m = stance(dense)
    for alpha in (0.5, 0.85, 0.99):
        close(
            m.centrality("pagerank", alpha=alpha),
            nx.pagerank(graph_of(m), alpha=alpha, tol=1e-14, weight="weight"),
        )


def test_centrality_on_the_sample_article(sample_doc):
    m = sample_doc.cooccurrence(level="country")
    g = graph_of(m)
    close(m.centrality("pagerank"), nx.pagerank(g, tol=1e-14, weight="weight"))
    close(m.centrality("degree"), nx.degree_centrality(g))
    close(m.centrality("strength"), dict(g.degree(weight="weight")))


def test_centrality_refuses_bad_kind_and_non_square(sample_doc):
    m = sample_doc.cooccurrence()
    with pytest.raises(ValueError, match="kind must be"):
        m.centrality("closeness")
    terms = sample_doc.term_association(["oil"])
    with pytest.raises(ValueError, match="actor × actor"):
        terms.centrality()


def test_empty_and_single_actor():
    assert m_series_equal(cooc(np.zeros((1, 1))).centrality("degree"), [1.0])
    assert m_series_equal(cooc(np.zeros((0, 0))).centrality("pagerank"), [])


def m_series_equal(series, values) -> bool:
    return series.to_numpy().tolist() == values


# ------------------------------------------------------------------ balance


def brute_triangles(signs: np.ndarray) -> dict[str, int]:
    out = {"+++": 0, "++-": 0, "+--": 0, "---": 0}
    names = ["+++", "++-", "+--", "---"]
    for i, j, k in itertools.combinations(range(len(signs)), 3):
        edges = [signs[i, j], signs[j, k], signs[i, k]]
        if all(e != 0 for e in edges):
            out[names[sum(e < 0 for e in edges)]] += 1
    return out


@pytest.mark.parametrize("seed", SEEDS)
def test_balance_matches_brute_force_and_numpy(seed):
    dense = random_signed(seed, n=10, density=0.6)
    b = stance(dense).balance()
    signs = np.sign((dense + dense.T) / 2)
    np.fill_diagonal(signs, 0)
    triangles = brute_triangles(signs)
    for name, count in triangles.items():
        assert b[name] == count
    total = sum(triangles.values())
    balanced = triangles["+++"] + triangles["+--"]
    assert b["triangle_index"] == pytest.approx(balanced / total, abs=TOL)
    expected_k = np.trace(scipy.linalg.expm(signs)) / np.trace(scipy.linalg.expm(np.abs(signs)))
    assert b["walk_index"] == pytest.approx(expected_k, abs=TOL)
    ratio = np.linalg.eigvalsh(signs).max() / np.linalg.eigvalsh(np.abs(signs)).max()
    assert b["spectral_ratio"] == pytest.approx(ratio, abs=TOL)


def test_balance_of_a_balanced_network_is_one():
    # Two camps, friends within and enemies across: balanced by Harary's theorem.
    camp = np.array([1, 1, 1, -1, -1, -1])
    dense = np.outer(camp, camp) * 0.5
    np.fill_diagonal(dense, 0)
    b = stance(dense).balance(beta=0.7)
    assert b["triangle_index"] == 1.0
    assert b["++-"] == b["---"] == 0
    assert b["walk_index"] == pytest.approx(1.0, abs=1e-12)
    assert b["spectral_ratio"] == pytest.approx(1.0, abs=1e-12)
    # One friendship across the camps makes it unbalanced.
    dense[0, 3] = dense[3, 0] = 1.0
    b = stance(dense).balance()
    assert b["triangle_index"] < 1
    assert b["walk_index"] < 1
    assert b["spectral_ratio"] < 1


def test_balance_uses_the_net_tie_of_each_pair():
    dense = np.zeros((3, 3))
    dense[0, 1], dense[1, 0] = 0.8, -0.3  # net +
    dense[1, 2] = -0.4
    dense[2, 0] = -0.2
    b = stance(dense).balance()
    assert (b["+--"], b["+++"]) == (1, 0)
    dense[1, 0] = -0.8  # net 0: no tie, no triangle
    b = stance(dense).balance()
    assert sum(b[k] for k in ["+++", "++-", "+--", "---"]) == 0
    assert math.isnan(b["triangle_index"])


# ------------------------------------------------------------------ net stance, reciprocity


@pytest.mark.parametrize("seed", SEEDS)
def test_net_stance_and_reciprocity_match_networkx(seed):
    dense = random_signed(seed, density=0.4)
    m = stance(dense)
    frame = m.net_stance()
    np.testing.assert_allclose(frame["out"], dense.sum(axis=1), atol=TOL)
    np.testing.assert_allclose(frame["in"], dense.sum(axis=0), atol=TOL)
    np.testing.assert_allclose(frame["net"], dense.sum(axis=1) - dense.sum(axis=0), atol=TOL)
    g = m.to_networkx()
    per_node = nx.reciprocity(g, list(g.nodes))
    for label, value in frame["reciprocity"].items():
        if per_node[label] is None:
            assert math.isnan(value)
        else:
            assert value == pytest.approx(per_node[label], abs=TOL)
    r = m.reciprocity()
    assert r["overall"] == pytest.approx(nx.reciprocity(g), abs=TOL)
    pairs = [(i, j) for i in range(len(dense)) for j in range(i + 1, len(dense))
             if dense[i, j] != 0 and dense[j, i] != 0]  # fmt: skip
    assert r["mutual_pairs"] == len(pairs)
    if pairs:
        same = sum(np.sign(dense[i, j]) == np.sign(dense[j, i]) for i, j in pairs)
        assert r["same_sign"] == pytest.approx(same / len(pairs), abs=TOL)


def test_sample_article_stance_analytics(sample_doc):
    st = sample_doc.stance(level="country")
    frame = st.net_stance()
    dense = st.to_numpy()
    np.fill_diagonal(dense, 0)
    np.testing.assert_allclose(frame["net"], dense.sum(1) - dense.sum(0), atol=TOL)
    b = st.balance()
    assert set(b.index) >= {"+++", "triangle_index", "walk_index", "spectral_ratio"}
    assert 0 < b["walk_index"] <= 1 + TOL


# ------------------------------------------------------------------ PPMI, embeddings


def numpy_ppmi(counts: np.ndarray) -> np.ndarray:
    counts = counts.copy()
    np.fill_diagonal(counts, 0)
    r = counts.sum(axis=1)
    d = r.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(counts * d / np.outer(r, r))
    return np.where(counts > 0, np.maximum(pmi, 0), 0.0)


@pytest.mark.parametrize("seed", SEEDS)
def test_embed_is_truncated_svd_of_ppmi(seed):
    counts = random_symmetric(seed, n=12, density=0.7)
    m = cooc(counts)
    reference = numpy_ppmi(counts)
    u, s, _ = np.linalg.svd(reference)
    dim = 3
    expected = u[:, :dim] * np.sqrt(s[:dim])
    for c in range(dim):
        top = np.argmax(np.abs(expected[:, c]))
        if expected[top, c] < 0:
            expected[:, c] *= -1
    got = m.embed(dim)
    assert list(got.columns) == ["dim1", "dim2", "dim3"]
    np.testing.assert_allclose(got.to_numpy(), expected, atol=TOL)


def test_token_window_ppmi_uses_pair_count_margins(sample_doc):
    # Levy & Goldberg (2014): margins are the sums of the pair counts themselves.
    for window, count in [(10, "windows"), (3, "windows"), ("sentence", "mentions")]:
        counts = sample_doc.cooccurrence(window=window, count=count).to_numpy()
        for weight in ("pmi", "ppmi", "npmi"):
            got = sample_doc.cooccurrence(window=window, weight=weight, count=count).to_numpy()
            r = counts.sum(axis=1)
            d = r.sum()
            with np.errstate(divide="ignore", invalid="ignore"):
                pmi = np.log(counts * d / np.outer(r, r))
                npmi = pmi / -np.log(counts / d)
            expected = {"pmi": pmi, "ppmi": np.maximum(pmi, 0), "npmi": npmi}[weight]
            expected = np.where(counts > 0, expected, 0.0)
            np.testing.assert_allclose(got, expected, atol=TOL, err_msg=f"{window} {weight}")
    ppmi = sample_doc.cooccurrence(window=10, weight="ppmi")
    np.testing.assert_allclose(
        analytics.ppmi(sample_doc.cooccurrence(window=10)).to_numpy(),
        ppmi.to_numpy(),
        atol=TOL,
    )


def test_token_window_ppmi_margins_ignore_filters(sample_doc):
    full = sample_doc.cooccurrence(window=10, weight="ppmi").to_pandas()
    kept = sample_doc.cooccurrence(window=10, weight="ppmi", kinds=["country"]).to_pandas()
    np.testing.assert_allclose(kept.to_numpy(), full.loc[kept.index, kept.columns].to_numpy())


def test_embed_refuses_bad_dimension():
    m = cooc(random_symmetric(0, n=4, density=1.0))
    with pytest.raises(ValueError, match="between 1 and 4"):
        m.embed(5)


# ------------------------------------------------------------------ communities


def test_communities_split_two_blocks():
    block = np.ones((4, 4)) * 5
    dense = scipy.linalg.block_diag(block, block)
    dense[3, 4] = dense[4, 3] = 1  # a weak bridge
    np.fill_diagonal(dense, 0)
    got = cooc(dense).communities(2)
    assert got.tolist() == [0, 0, 0, 0, 1, 1, 1, 1]


def test_signed_communities_find_factions():
    faction = np.array([1, -1, 1, -1, 1, -1, -1])
    dense = np.outer(faction, faction).astype(float)
    np.fill_diagonal(dense, 0)
    dense[0, 2] = 0  # not complete
    got = stance(dense).communities(2)
    assert got.tolist() == [0, 1, 0, 1, 0, 1, 1]


def test_signed_communities_three_hostile_factions():
    groups = np.array([0, 0, 0, 1, 1, 1, 2, 2, 2])
    dense = np.where(groups[:, None] == groups[None, :], 1.0, -1.0)
    np.fill_diagonal(dense, 0)
    got = stance(dense).communities(3)
    assert got.tolist() == groups.tolist()


def test_isolated_actors_get_minus_one():
    dense = np.zeros((4, 4))
    dense[0, 1] = dense[1, 0] = 2
    got = cooc(dense).communities(2)
    assert got.tolist()[2:] == [-1, -1]


@given(st.permutations(list(range(8))))
def test_communities_do_not_depend_on_actor_order(order):
    block = np.ones((4, 4)) * 3
    dense = scipy.linalg.block_diag(block, block)
    dense[0, 5] = dense[5, 0] = 1
    np.fill_diagonal(dense, 0)
    base = cooc(dense).communities(2).tolist()
    permuted = dense[np.ix_(order, order)]
    got = cooc(permuted).communities(2).tolist()
    # Same partition: actors together in one are together in the other.
    for a, b in itertools.combinations(range(8), 2):
        assert (base[order[a]] == base[order[b]]) == (got[a] == got[b])
