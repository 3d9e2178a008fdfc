"""EvidenceFrame: the stance evidence DataFrame (a module of its own: it subclasses a pandas
class, so defining it imports pandas, which ``import stancemap`` must not)."""

from __future__ import annotations

import numpy as np
import pandas as pd


class EvidenceFrame(pd.DataFrame):
    """A DataFrame of stance evidence; calling it selects one cell's records:
    ``st.evidence("USA", "RUS")`` (source, target; either may be None for all)."""

    @property
    def _constructor(self) -> type:
        # Frames derived from it are plain DataFrames: pandas treats a callable argument
        # (df.where(cond), df.loc[key]) as a function, and these must not be callable.
        return pd.DataFrame

    def __call__(self, source: str | None = None, target: str | None = None) -> pd.DataFrame:
        """The records from ``source`` toward ``target``."""
        keep = np.ones(len(self), dtype=bool)
        if source is not None:
            keep &= (self["source"] == source).to_numpy()
        if target is not None:
            keep &= (self["target"] == target).to_numpy()
        return pd.DataFrame(self[keep]).reset_index(drop=True)
