"""stancemap.dask on a LocalCluster of two worker processes equals the one-process run."""

from __future__ import annotations

import pandas as pd
import pytest

import stancemap as sm

dask = pytest.importorskip("dask", reason="dask is not installed: pip install 'stancemap[dask]'")
distributed = pytest.importorskip(
    "dask.distributed", reason="dask.distributed is not installed: pip install 'stancemap[dask]'"
)

TEXTS = [
    "Russia criticised France.",
    "The United States supported Ukraine.",
    "France condemned Russia over its invasion of Ukraine.",
    "Germany praised Poland for its aid to Ukraine.",
    "British Prime Minister Tony Blair said he supported France.",
    "Japan met Kazakh officials in Astana.",
]


def _state(c: sm.Corpus) -> list:
    out: list = [c.documents, c.actors.to_numpy().tolist()]
    for level in ("actor", "country"):
        m = c.cooccurrence("sentence", "npmi", level)
        s = c.stance(level)
        out += [m.labels, m.to_numpy().tolist(), s.labels, s.to_numpy().tolist()]
    out.append(c.evidence.astype(str).to_numpy().tolist())
    return out


@pytest.fixture(scope="module")
def client():
    # ":0": a free port for the dashboard; the default 8787 may be held by another program,
    # and distributed then warns (an error under this suite's warning filter).
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def test_dataframe_on_two_workers_equals_one_process(client):
    import dask.dataframe as dd

    frame = pd.DataFrame(
        {
            "text": [TEXTS[i % len(TEXTS)] for i in range(40)],
            "date": [f"2020-0{1 + i % 3}-1{i % 9}" for i in range(40)],
            "source": [["BBC", "Reuters"][i % 2] for i in range(40)],
        }
    )
    ddf = dd.from_pandas(frame, npartitions=5)
    from stancemap.dask import analyze_dataframe

    kw = dict(metadata=["date", "source"], by=["source"])
    distributed_corpus = analyze_dataframe(ddf, **kw)
    local = sm.Analyzer().analyze_many(frame, **kw)
    assert _state(distributed_corpus) == _state(local)
    pd.testing.assert_frame_equal(
        distributed_corpus.stance_over_time("M"), local.stance_over_time("M")
    )


def test_bag_on_two_workers_equals_one_process(client):
    import dask.bag as db

    from stancemap.dask import analyze_bag

    texts = [TEXTS[i % len(TEXTS)] for i in range(30)]
    corpus = analyze_bag(db.from_sequence(texts, npartitions=4), evidence="none")
    local = sm.Analyzer().analyze_many(texts, evidence="none")
    assert _state(corpus) == _state(local)
