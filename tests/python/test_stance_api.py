"""The stance API: ``doc.stance`` / ``doc.evidence``, ``StanceMatrix`` (pandas, counts,
networkx, ``to_dict``), ``Corpus.stance`` (the sum of the documents' matrices, whatever the
thread count or merge order) and ``Document.to_dict``."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
import pytest

import stancemap as sm

TEXT = (
    "US President Joe Biden arrived. He praised Ukraine. France condemned Russia. "
    "Russia criticised France."
)
EVIDENCE_COLUMNS = [
    "source", "target", "score", "category", "cue", "negated", "quoted", "sentence", "start",
    "end", "text", "cameo", "plover", "goldstein", "rule",
]  # fmt: skip
TEXTS = [
    TEXT,
    "France condemned Russia again. Germany supports Ukraine.",
    "The EU praised Kazakhstan, and Russia criticised the EU.",
    "Nothing happened today.",
]


@pytest.fixture(scope="module")
def doc() -> sm.Document:
    return sm.analyze(TEXT)


def cells(matrix: sm.LabeledMatrix) -> dict[tuple[str, str], float]:
    frame = matrix.to_pandas()
    return {(r, c): float(v) for (r, c), v in frame.stack().items() if v != 0}


def test_evidence_rows_hold_the_records(doc):
    evidence = doc.evidence
    assert list(evidence.columns) == EVIDENCE_COLUMNS
    rows = evidence[["source", "target", "score", "category", "cue", "sentence"]]
    assert rows.to_dict("records") == [
        {"source": "Joe Biden", "target": "UKR", "score": 0.58, "category": "praise",
         "cue": "praised", "sentence": 1},
        {"source": "FRA", "target": "RUS", "score": -0.45, "category": "criticise",
         "cue": "condemned", "sentence": 2},
        {"source": "RUS", "target": "FRA", "score": -0.45, "category": "criticise",
         "cue": "criticised", "sentence": 3},
    ]  # fmt: skip
    for r in evidence.itertuples():
        assert r.text == doc.sentences["text"][r.sentence]
        assert r.cue in doc.text[r.start : r.end]


def test_stance_matrix_is_directed_and_signed(doc):
    st = doc.stance()
    assert isinstance(st, sm.matrix.StanceMatrix)
    assert cells(st) == {("Joe Biden", "UKR"): 0.58, ("FRA", "RUS"): -0.45, ("RUS", "FRA"): -0.45}
    assert st["FRA", "RUS"] == -0.45
    with pytest.raises(KeyError):
        st["FRA", "nobody"]
    counts = st.counts_to_pandas()
    assert counts.loc["FRA", "RUS"] == 1
    assert counts.to_numpy().sum() == len(st.evidence) == 3
    assert st.shape == (len(st.labels), len(st.labels))


def test_aggregates(doc):
    counted = doc.stance(aggregate="count")
    np.testing.assert_array_equal(counted.to_numpy(), counted.counts.toarray())
    two = sm.analyze("France condemned Russia. France praised Russia.")
    assert two.stance(aggregate="sum")["FRA", "RUS"] == pytest.approx(-0.45 + 0.58)
    assert two.stance(aggregate="mean")["FRA", "RUS"] == pytest.approx((-0.45 + 0.58) / 2)
    with pytest.raises(ValueError, match="aggregate"):
        doc.stance(aggregate="median")


def test_country_level_rolls_persons_into_their_country(doc):
    st = doc.stance(level="country")
    assert cells(st) == {("USA", "UKR"): 0.58, ("FRA", "RUS"): -0.45, ("RUS", "FRA"): -0.45}
    assert st.evidence[["source", "target"]].values.tolist() == [
        ["USA", "UKR"],
        ["FRA", "RUS"],
        ["RUS", "FRA"],
    ]
    with pytest.raises(ValueError, match="level"):
        doc.stance(level="planet")


def test_kinds_and_min_count_filter_labels(doc):
    assert "Joe Biden" not in doc.stance(kinds=["country"]).labels
    assert doc.stance(min_count=2).labels == ["FRA", "RUS"]


def test_to_networkx_is_a_signed_digraph(doc):
    graph = doc.stance().to_networkx()
    assert isinstance(graph, nx.DiGraph)
    assert graph["FRA"]["RUS"]["weight"] == -0.45
    assert graph["RUS"]["FRA"]["weight"] == -0.45
    assert not graph.has_edge("UKR", "Joe Biden")
    assert graph.nodes["Joe Biden"]["kind"] == "person"


def test_stance_to_dict(doc):
    out = doc.stance().to_dict()
    assert {"labels", "matrix", "counts", "evidence", "level", "aggregate"} <= set(out)
    i, j = out["labels"].index("FRA"), out["labels"].index("RUS")
    assert (out["matrix"][i][j], out["counts"][i][j]) == (-0.45, 1)
    assert [e["cue"] for e in out["evidence"]] == ["praised", "condemned", "criticised"]


def test_document_to_dict(doc):
    out = doc.to_dict()
    assert {"sentences", "actors", "cooccurrence", "stance", "segments"} <= set(out)
    assert out["sentences"] == 4 == len(out["segments"])
    assert [a["id"] for a in out["actors"]] == doc.actors["id"].tolist()
    for seg in out["segments"]:
        assert doc.text[seg["start"] : seg["end"]] == seg["text"]
    assert out["stance"] == doc.stance().to_dict()
    country = doc.to_dict(level="country")
    assert "Joe Biden" not in {a["id"] for a in country["actors"]}


def test_empty_document_has_empty_stance():
    st = sm.analyze("").stance()
    assert (st.shape, st.labels, len(st.evidence)) == ((0, 0), [], 0)
    assert isinstance(st.to_pandas(), pd.DataFrame)


def summed_stance(docs: list[sm.Document], level: str) -> dict[tuple[str, str], float]:
    total: dict[tuple[str, str], float] = {}
    for d in docs:
        for key, value in cells(d.stance(level=level)).items():
            total[key] = total.get(key, 0.0) + value
    return {k: v for k, v in total.items() if v != 0}


@pytest.mark.parametrize("level", ["actor", "country"])
@pytest.mark.parametrize("threads", [1, 2])
def test_corpus_stance_is_the_sum_of_the_documents(level, threads):
    analyzer = sm.Analyzer()
    corpus = analyzer.analyze_many(TEXTS, threads=threads, batch_size=2)
    expected = summed_stance([analyzer.analyze(t) for t in TEXTS], level)
    got = cells(corpus.stance(level=level))
    assert got.keys() == expected.keys()
    for key, value in expected.items():
        assert got[key] == pytest.approx(value)
    counts = corpus.stance(level=level, aggregate="count")
    assert counts.to_numpy().sum() == sum(len(analyzer.analyze(t).evidence) for t in TEXTS)


def test_corpus_stance_merges_in_any_order():
    analyzer = sm.Analyzer()
    parts = [analyzer.analyze_many([t]) for t in TEXTS]
    forward = parts[0] + parts[1] + parts[2] + parts[3]
    backward = parts[3] + parts[2] + parts[1] + parts[0]
    assert cells(forward.stance()) == pytest.approx(cells(backward.stance()))
    mean = forward.stance(aggregate="mean")
    assert mean["FRA", "RUS"] == pytest.approx(-0.45)
