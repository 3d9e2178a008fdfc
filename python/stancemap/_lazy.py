"""numpy, pandas and scipy.sparse, imported when first used, not when stancemap is.

``import stancemap`` stays fast (a command-line call or a worker process pays for pandas
only if it makes a table). Modules write ``from stancemap._lazy import np, pd, sp`` and use
them as the modules; type checkers see the real modules.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any


class _LazyModule(ModuleType):
    """Stands for a module and imports it at the first attribute asked of it."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self._module: ModuleType | None = None

    def __getattr__(self, attribute: str) -> Any:
        # Only called for attributes the proxy itself lacks: everything of the real module.
        # The value is then kept on the proxy, so that the next access is a plain lookup
        # (per-record code such as ``pd.NaT`` would otherwise pay a Python call each time).
        if self._module is None:
            self._module = importlib.import_module(self.__name__)
        value = getattr(self._module, attribute)
        setattr(self, attribute, value)
        return value

    def __dir__(self) -> list[str]:
        return dir(importlib.import_module(self.__name__))


if TYPE_CHECKING:
    import numpy as np
    import pandas as pd
    import scipy.sparse as sp
else:
    np = _LazyModule("numpy")
    pd = _LazyModule("pandas")
    sp = _LazyModule("scipy.sparse")

__all__ = ["np", "pd", "sp"]
