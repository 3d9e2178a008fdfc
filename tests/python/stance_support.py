"""Helpers of the stance tests: the test data folder and records as sortable tuples."""

from __future__ import annotations

from pathlib import Path

import stancemap as sm

DATA = Path(__file__).resolve().parent.parent / "data"

# Source, target, sign (+1/-1/0) and one more evidence column (category or rule).
Rec = tuple[str, str, int, str]


def signed_records(analyzer: sm.Analyzer, text: str, column: str = "category") -> list[Rec]:
    """The records of ``text``, sorted: source, target, sign of the score, ``column``."""
    ev = analyzer.analyze(text).evidence
    return sorted(
        (str(s), str(t), (v > 0) - (v < 0), str(x))
        for s, t, v, x in zip(ev["source"], ev["target"], ev["score"], ev[column])
    )
