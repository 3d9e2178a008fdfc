"""LabeledMatrix.top(by=...): opposition shows beside support (issue 13, part 4)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stancemap as sm


def test_top_ranks_by_absolute_value_by_default(sample_doc: sm.Document) -> None:
    stance = sample_doc.stance(level="country")
    dense = stance.to_pandas()
    assert dense.to_numpy().min() < 0  # the article has opposition in it
    top = stance.top(5)
    assert list(top.columns) == ["source", "target", "value", "count"]
    assert (top["value"] < 0).any()  # a negative cell among the strongest
    assert top["value"].abs().is_monotonic_decreasing
    # The strongest cell by absolute value is the top row (the numpy oracle).
    values = dense.to_numpy()
    i, j = np.unravel_index(np.argmax(np.abs(values)), values.shape)
    assert abs(top["value"].iloc[0]) == pytest.approx(abs(values[i, j]))


def test_russia_toward_ukraine_shows(sample_doc: sm.Document) -> None:
    top = sample_doc.stance(level="country").top(15)
    pairs = set(zip(top["source"], top["target"]))
    assert ("RUS", "UKR") in pairs
    row = top[(top["source"] == "RUS") & (top["target"] == "UKR")]
    assert float(row["value"].iloc[0]) < 0


def test_top_by_value_keeps_the_largest_first(sample_doc: sm.Document) -> None:
    stance = sample_doc.stance(level="country")
    top = stance.top(5, by="value")
    assert top["value"].is_monotonic_decreasing
    assert (top["value"] > 0).all()
    assert top["value"].iloc[0] == pytest.approx(stance.to_numpy().max())


def test_top_rejects_an_unknown_order(sample_doc: sm.Document) -> None:
    with pytest.raises(ValueError, match="by must be 'abs' or 'value'"):
        sample_doc.stance(level="country").top(3, by="size")  # type: ignore[arg-type]


@settings(max_examples=25, deadline=None)
@given(n=st.integers(min_value=0, max_value=40), by=st.sampled_from(["abs", "value"]))
def test_top_n_is_a_prefix_of_the_full_ranking(sample_doc: sm.Document, n: int, by: str) -> None:
    stance = sample_doc.stance(level="country")
    everything = stance.top(10_000, by=by)  # type: ignore[arg-type]
    assert len(everything) == stance.to_scipy().nnz
    head = stance.top(n, by=by)  # type: ignore[arg-type]
    assert head.to_dict("list") == everything.head(n).to_dict("list")


def test_long_and_top_cells_count_their_records(sample_doc: sm.Document) -> None:
    stance = sample_doc.stance(level="country")
    long = stance.to_long()
    assert list(long.columns) == ["source", "target", "value", "count"]
    # The evidence is the oracle: one row per record, by cell.
    per_cell = stance.evidence.groupby(["source", "target"]).size()
    counted = long.set_index(["source", "target"])["count"]
    assert counted.sort_index().to_dict() == per_cell.sort_index().to_dict()
    top = stance.top(3)
    assert top["count"].tolist() == [int(per_cell[(s, t)]) for s, t in zip(top.source, top.target)]
