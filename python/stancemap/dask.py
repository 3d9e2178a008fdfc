"""Corpora beyond one machine: analyse the partitions of a Dask bag or DataFrame on the
workers and merge the parts (merging is exact, so the result equals the one-process run).

Needs the optional extra ``pip install 'stancemap[dask]'``. With a cluster::

    from dask.distributed import Client
    import dask.dataframe as dd
    import stancemap.dask as smd

    client = Client("tcp://scheduler:8786")       # or LocalCluster(n_workers=4)
    ddf = dd.read_json("s3://bucket/news-*.jsonl", lines=True, blocksize="64MB")
    corpus = smd.analyze_dataframe(ddf, text="text", metadata=["date", "source"])

Each worker builds the default :class:`stancemap.Analyzer` once (the bundled dictionaries)
and analyses its partitions on ``threads`` threads (1 by default: the workers are the
parallelism). Partial corpora travel between processes pickled (see ``Corpus.save``).
"""

from __future__ import annotations

from typing import Any

from stancemap.analyzer import default_analyzer
from stancemap.corpus import Corpus


def _require_dask() -> Any:
    try:
        import dask
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("stancemap.dask needs dask: pip install 'stancemap[dask]'") from exc
    return dask


def _analyze_part(part: Any, kwargs: dict[str, Any]) -> Corpus:
    return default_analyzer().analyze_many(part, **kwargs)


def _merge(a: Corpus, b: Corpus) -> Corpus:
    return a.merge(b)


def _reduce(parts: list[Any]) -> Any:
    """Pairwise merges in a tree: log2(partitions) rounds, each in parallel."""
    dask = _require_dask()
    merge = dask.delayed(_merge, pure=True)
    while len(parts) > 1:
        pairs = [merge(parts[i], parts[i + 1]) for i in range(0, len(parts) - 1, 2)]
        parts = pairs + ([parts[-1]] if len(parts) % 2 else [])
    return parts[0]


def analyze_bag(bag: Any, *, threads: int = 1, **kwargs: Any) -> Corpus:
    """Analyse a ``dask.bag.Bag`` of texts or records into one :class:`Corpus`.

    ``kwargs`` are those of :meth:`stancemap.Analyzer.analyze_many` (``text``, ``metadata``,
    ``by``, ``evidence``, windows…). A bag's partitions do not know their position in the
    whole, so record indices (``corpus.errors``, ``corpus.metadata``, evidence) count from
    0 in each partition: give records a field of your own (in ``metadata``) to trace them.
    """
    dask = _require_dask()
    analyze = dask.delayed(_analyze_part, pure=True)
    options = {"threads": threads, **kwargs}
    parts = [analyze(p, options) for p in bag.to_delayed()]
    if not parts:
        return default_analyzer().analyze_many([], **options)
    return _reduce(parts).compute()


def analyze_dataframe(
    ddf: Any,
    *,
    text: str = "text",
    metadata: list[str] | None = None,
    threads: int = 1,
    **kwargs: Any,
) -> Corpus:
    """Analyse a ``dask.dataframe.DataFrame`` (its column ``text``) into one
    :class:`Corpus`; record indices are the DataFrame's (integer) index, as in the
    one-process ``analyze_many(ddf.compute(), ...)``, whose result this equals."""
    dask = _require_dask()
    analyze = dask.delayed(_analyze_part, pure=True)
    options = {"text": text, "metadata": metadata, "threads": threads, **kwargs}
    parts = [analyze(p, options) for p in ddf.to_delayed()]
    if not parts:
        return default_analyzer().analyze_many([], **options)
    return _reduce(parts).compute()
