"""stancemap: who appears with whom, and who stands for or against whom, in news text.

The work is done by a C++ core (``stancemap._core``); this package gives it a Python face:
pandas DataFrames, numpy arrays, scipy.sparse matrices and networkx graphs.

>>> import stancemap as sm
>>> doc = sm.analyze("Mr. Blinken met Kazakh officials. He left on Tuesday.")
>>> len(doc.sentences)
2
"""

from __future__ import annotations

from typing import Any

from stancemap import datasets
from stancemap._core import (
    DictionaryError,
    FileError,
    InvalidInputError,
    OptionError,
    StancemapError,
)
from stancemap.analyzer import Analyzer, analyze
from stancemap.corpus import Corpus, load
from stancemap.data import sample_article
from stancemap.document import Document
from stancemap.gazetteer import Gazetteer
from stancemap.matrix import LabeledMatrix
from stancemap.sentiment import SentimentLexicon, sentiment, target_sentiment


def __getattr__(name: str) -> Any:
    """``__version__``, read from the installed metadata when first asked for (reading it
    costs more than the rest of ``import stancemap``)."""
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("stancemap")
        except PackageNotFoundError:  # pragma: no cover - running from a source tree
            found = "0+unknown"
        globals()["__version__"] = found
        return found
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Analyzer",
    "Corpus",
    "DictionaryError",
    "Document",
    "FileError",
    "Gazetteer",
    "InvalidInputError",
    "LabeledMatrix",
    "OptionError",
    "SentimentLexicon",
    "StancemapError",
    "__version__",
    "analyze",
    "datasets",
    "load",
    "sample_article",
    "sentiment",
    "target_sentiment",
]
