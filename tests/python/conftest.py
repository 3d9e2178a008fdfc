"""Shared fixtures: the sample article, a default Analyzer, the real corpora and fixture files.

Hypothesis runs 50 examples per property (``HYPOTHESIS_PROFILE=thorough`` for 2000).

The real corpora live outside the repository, in ``shared/data/corpora`` beside it (CI runs
in a clean clone with ``shared/`` next to the repo). The Wikinews corpus is also bundled
(``stancemap.datasets.wikinews``) and read from the package, so tests that need only it never
skip; tests that need another corpus skip, saying why, when that folder is absent.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

import stancemap as sm

# Hypothesis: modest by default (the suite runs in about a minute on two cores); choose
# HYPOTHESIS_PROFILE=thorough to hunt for bugs with many more examples.
_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile("stancemap", max_examples=50, deadline=None, suppress_health_check=_QUIET)
settings.register_profile(
    "thorough", max_examples=2000, deadline=None, suppress_health_check=_QUIET
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "stancemap"))

REPO_ROOT = Path(__file__).resolve().parents[2]
TEST_DATA = REPO_ROOT / "tests" / "data"
# STANCEMAP_CORPORA_DIR points elsewhere (a missing path shows what a fresh clone skips).
CORPORA_DIR = Path(
    os.environ.get("STANCEMAP_CORPORA_DIR", REPO_ROOT.parent / "shared" / "data" / "corpora")
)

BUNDLED_WIKINEWS = "wikinews_2019_2020.jsonl"

Record = dict[str, Any]


def _iter_records(path: Path) -> Iterator[Record]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def load_records(name: str, n: int, where: Callable[[Record], bool] | None = None) -> list[Record]:
    """The first ``n`` records of ``<corpora>/<name>`` (JSON Lines) passing ``where``.

    The Wikinews corpus comes from the package (:func:`stancemap.datasets.wikinews_records`);
    for another, skips the calling test when the corpora folder or the file is absent.
    """
    if name == BUNDLED_WIKINEWS:
        bundled = (r for r in sm.datasets.wikinews_records() if where is None or where(r))
        return list(islice(bundled, n))
    path = CORPORA_DIR / name
    if not path.is_file():
        pytest.skip(
            f"real corpus {name} not found at {path} (expected shared/data/corpora beside "
            "the repository)"
        )
    records = (r for r in _iter_records(path) if where is None or where(r))
    return list(islice(records, n))


@pytest.fixture(scope="session")
def corpora_dir() -> Path:
    """``<repo>/../shared/data/corpora``; skips when it is absent."""
    if not CORPORA_DIR.is_dir():
        pytest.skip(
            f"real corpora not found at {CORPORA_DIR} (expected shared/data/corpora beside "
            "the repository)"
        )
    return CORPORA_DIR


@pytest.fixture(scope="session")
def corpora_dir_or_none() -> Path | None:
    """``<repo>/../shared/data/corpora``, or None when it is absent (never skips)."""
    return CORPORA_DIR if CORPORA_DIR.is_dir() else None


@pytest.fixture(scope="session")
def corpus_loader() -> Callable[..., list[Record]]:
    """``corpus_loader(name, n, where=None)``: the first n records of a JSONL corpus."""
    return load_records


@pytest.fixture(scope="session")
def test_data() -> Path:
    """The ``tests/data`` folder (small fixtures shared by the C++ and Python tests)."""
    return TEST_DATA


@pytest.fixture(scope="session")
def sample_text() -> str:
    """The bundled sample article (a wire story on Blinken's visit to Central Asia)."""
    return sm.sample_article()


@pytest.fixture(scope="session")
def analyzer() -> sm.Analyzer:
    """One Analyzer with the bundled dictionaries, shared by the whole session."""
    return sm.Analyzer()


@pytest.fixture(scope="session")
def bundled() -> sm.Analyzer:
    """The bundled lexicon and rules with the stance tests' small gazetteer (Arcadia, Borduria,
    ...); test files with a gazetteer fixture of their own define their own ``bundled``."""
    return sm.Analyzer(sm.Gazetteer.from_file(TEST_DATA / "stance_mini_gazetteer.json"))


@pytest.fixture(scope="session")
def sample_doc(analyzer: sm.Analyzer, sample_text: str) -> sm.Document:
    """The sample article, analysed once."""
    return analyzer.analyze(sample_text)
