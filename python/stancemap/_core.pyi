"""
stancemap C++ core (private: use the stancemap package)
"""

from __future__ import annotations

import collections.abc
import typing

import numpy
import numpy.typing

class Document:
    def actor_table(self) -> dict: ...
    def cooccurrence(
        self,
        window: typing.Any,
        weight: str,
        level: str,
        kinds: collections.abc.Sequence[str] | None,
        min_count: typing.SupportsFloat | typing.SupportsIndex,
        count: str,
        distance_weighted: bool,
        diagonal: bool,
    ) -> dict: ...
    def mention_table(self) -> dict: ...
    def mention_tone(self, lexicon: SentimentLexicon) -> numpy.typing.NDArray[numpy.float64]: ...
    def paragraph_table(self) -> dict: ...
    def sentence_table(self) -> dict: ...
    def stance_matrix(
        self,
        level: str,
        aggregate: str,
        kinds: collections.abc.Sequence[str] | None,
        min_count: typing.SupportsFloat | typing.SupportsIndex,
    ) -> dict: ...
    def stance_table(self) -> dict: ...
    def term_association(
        self,
        terms: collections.abc.Sequence[str],
        window: typing.Any,
        weight: str,
        level: str,
        kinds: collections.abc.Sequence[str] | None,
        min_count: typing.SupportsFloat | typing.SupportsIndex,
    ) -> dict: ...
    def token_table(self) -> dict: ...
    @property
    def n_actors(self) -> int: ...
    @property
    def n_bytes(self) -> int: ...
    @property
    def n_sentences(self) -> int: ...
    @property
    def n_tokens(self) -> int: ...
    @property
    def text(self) -> str: ...

class SentimentLexicon:
    @staticmethod
    def load(
        paths: collections.abc.Sequence[str],
        rules_path: str,
        scales: collections.abc.Sequence[typing.SupportsFloat | typing.SupportsIndex] = [],
        mode: str = "stancemap",
    ) -> SentimentLexicon: ...
    def __len__(self) -> int: ...
    def valence(self, word: str) -> float: ...
    @property
    def mode(self) -> str: ...

class Gazetteer:
    @staticmethod
    def from_file(path: str) -> Gazetteer: ...
    @staticmethod
    def from_json(json: str, origin: str = "gazetteer") -> Gazetteer: ...
    def __len__(self) -> int: ...
    def entries(self) -> list: ...
    def extended(self, json: str, origin: str = "user entries") -> Gazetteer: ...
    def to_json(self) -> str: ...
    @property
    def ambiguous(self) -> list[str]: ...

class ActorRules:
    @staticmethod
    def from_file(path: str) -> ActorRules: ...

class StanceLexicon:
    @staticmethod
    def from_file(path: str) -> StanceLexicon: ...
    @staticmethod
    def from_json(json: str, origin: str = "stance lexicon") -> StanceLexicon: ...
    def __len__(self) -> int: ...

class Analyzer:
    def __init__(
        self,
        errors: str = "strict",
        gazetteer: Gazetteer | None = None,
        actor_rules: ActorRules | None = None,
        stance_lexicon: StanceLexicon | None = None,
    ) -> None: ...
    def analyze(self, text: typing.Any) -> Document: ...

class Corpus:
    def __init__(
        self,
        windows: collections.abc.Sequence[typing.Any],
        levels: collections.abc.Sequence[str],
        counts: collections.abc.Sequence[str],
        distance_weighted: bool,
        terms: collections.abc.Sequence[str],
        term_window: typing.Any,
        term_level: str,
    ) -> None: ...
    def actor_table(self) -> dict: ...
    def add_error(self, arg0: typing.SupportsInt | typing.SupportsIndex, arg1: str) -> None: ...
    def add_texts(
        self,
        analyzer: Analyzer,
        texts: list,
        threads: typing.SupportsInt | typing.SupportsIndex,
        first_index: typing.SupportsInt | typing.SupportsIndex,
    ) -> None: ...
    def cooccurrence(
        self,
        window: typing.Any,
        weight: str,
        level: str,
        kinds: collections.abc.Sequence[str] | None,
        min_count: typing.SupportsFloat | typing.SupportsIndex,
        count: str,
        distance_weighted: bool,
        diagonal: bool,
    ) -> dict: ...
    def copy(self) -> Corpus: ...
    def merge(self, other: Corpus) -> None: ...
    def stance_matrix(
        self,
        level: str,
        aggregate: str,
        kinds: collections.abc.Sequence[str] | None,
        min_count: typing.SupportsFloat | typing.SupportsIndex,
    ) -> dict: ...
    def term_association(
        self,
        weight: str,
        kinds: collections.abc.Sequence[str] | None,
        min_count: typing.SupportsFloat | typing.SupportsIndex,
    ) -> dict: ...
    @property
    def bytes(self) -> int: ...
    @property
    def documents(self) -> int: ...
    @property
    def errors(self) -> list: ...
    @property
    def sentences(self) -> int: ...

def analytics_balance(
    matrix: typing.Any, beta: typing.SupportsFloat | typing.SupportsIndex
) -> dict: ...
def analytics_degree_centrality(
    matrix: typing.Any, directed: bool
) -> numpy.typing.NDArray[numpy.float64]: ...
def analytics_eigenvector_centrality(
    matrix: typing.Any,
    tol: typing.SupportsFloat | typing.SupportsIndex,
    max_iter: typing.SupportsInt | typing.SupportsIndex,
) -> numpy.typing.NDArray[numpy.float64]: ...
def analytics_net_stance(matrix: typing.Any) -> tuple: ...
def analytics_pagerank(
    matrix: typing.Any,
    alpha: typing.SupportsFloat | typing.SupportsIndex,
    tol: typing.SupportsFloat | typing.SupportsIndex,
    max_iter: typing.SupportsInt | typing.SupportsIndex,
) -> numpy.typing.NDArray[numpy.float64]: ...
def analytics_ppmi(matrix: typing.Any) -> numpy.typing.NDArray[numpy.float64]: ...
def analytics_reciprocity(matrix: typing.Any) -> dict: ...
def analytics_spectral_communities(
    matrix: typing.Any, k: typing.SupportsInt | typing.SupportsIndex, keep_signs: bool
) -> list[int]: ...
def analytics_strength(
    matrix: typing.Any, directed: bool
) -> numpy.typing.NDArray[numpy.float64]: ...
def analytics_svd_embedding(
    values: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]"],
    dim: typing.SupportsInt | typing.SupportsIndex,
) -> numpy.typing.NDArray[numpy.float64]: ...
def find_invalid_utf8(data: bytes) -> typing.Any: ...
def score_texts(
    lexicon: SentimentLexicon,
    texts: typing.Any,
    threads: typing.SupportsInt | typing.SupportsIndex = 1,
) -> numpy.typing.NDArray[numpy.float64]: ...
def score_tokens(lexicon: SentimentLexicon, text: typing.Any) -> tuple: ...
def target_sentiment(
    lexicon: SentimentLexicon,
    text: typing.Any,
    start: typing.SupportsInt | typing.SupportsIndex,
    end: typing.SupportsInt | typing.SupportsIndex,
    options: dict = {},
) -> dict: ...
