"""Lexicon sentiment with VADER's rules, for texts and toward a span of a text.

The work is done in C++ (``stancemap._core``) without the GIL. The bundled lexicon is VADER's
(Hutto & Gilbert 2014, MIT licence, ``data/LICENSE-vader.txt``) extended with the vocabulary
of political news (``data/political_lexicon.tsv``); the rules are VADER's, read from
``data/sentiment_rules.json`` (see ``data/LEXICONS.md``).

>>> import stancemap as sm
>>> sm.sentiment("The talks were very productive.")["compound"] > 0
True
>>> sm.target_sentiment("Critics slammed Smith while praising Jones.", 16, 21)["label"]
'negative'
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Any, Literal, Union, overload

from stancemap import _core
from stancemap._lazy import pd
from stancemap.data import data_path
from stancemap.models import MODEL_NAMES, load_target_model

__all__ = ["SentimentLexicon", "TargetModelName", "sentiment", "target_sentiment"]

PathLike = Union[str, "os.PathLike[str]"]
Mode = Literal["stancemap", "vader"]
#: The target scorers: a learned model, or the rules (VADER's words weighted by position).
TargetModelName = Literal["fast", "accurate", "rules"]

#: Factor that maps AFINN's -5..5 scores onto VADER's -4..4 scale.
AFINN_SCALE = 0.8


class SentimentLexicon:
    """An immutable sentiment lexicon and the rules it is applied with.

    Lexicon files are token-TAB-score lines: VADER's ``token<TAB>mean<TAB>std<TAB>ratings``
    or AFINN's ``token<TAB>score``; only the first two columns are read. Later files override
    earlier ones, and a score of 0 removes a word. Scores are on VADER's scale (-4..4): pass
    ``scale`` to rescale another one (``scale=0.8`` for AFINN's -5..5).

    ``mode="stancemap"`` (the default) applies VADER's rules with the project's additions
    (multi-word negators such as "no longer", negation exceptions such as "not only", news
    boosters such as "unwavering"); ``mode="vader"`` reproduces vaderSentiment 3.3.2 exactly.

    >>> lex = SentimentLexicon.vader()
    >>> lex.valence("good")
    1.9
    """

    def __init__(self, core: _core.SentimentLexicon, source: dict[str, Any] | None = None) -> None:
        self._core = core
        self._source = source  # what from_files read, for pickling

    @classmethod
    def default(cls) -> SentimentLexicon:
        """The bundled lexicon: VADER's words, overridden and extended by the political ones."""
        global _DEFAULT
        if _DEFAULT is None:
            _DEFAULT = cls.from_files(
                [data_path("vader_lexicon.txt"), data_path("political_lexicon.tsv")]
            )
        return _DEFAULT

    @classmethod
    def vader(cls) -> SentimentLexicon:
        """VADER's own lexicon and rules, for results equal to vaderSentiment's."""
        global _VADER
        if _VADER is None:
            _VADER = cls.from_files([data_path("vader_lexicon.txt")], mode="vader")
        return _VADER

    @classmethod
    def from_files(
        cls,
        paths: PathLike | Sequence[PathLike],
        scale: float | Sequence[float] = 1.0,
        rules: PathLike | None = None,
        mode: Mode = "stancemap",
    ) -> SentimentLexicon:
        """Load token-TAB-score files (later files override earlier ones).

        ``scale`` is one factor for all files or one per file. ``rules`` is a rules JSON
        file (default: the bundled VADER rules). A line that cannot be read raises
        ``ValueError`` naming the file and line; a missing file raises ``OSError``.
        """
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        files = [os.fspath(p) for p in paths]
        if isinstance(scale, (int, float)):
            scales = [float(scale)] * len(files)
        else:
            scales = [float(s) for s in scale]
        rules_path = os.fspath(rules) if rules is not None else data_path("sentiment_rules.json")
        lexicon = _core.SentimentLexicon.load(files, rules_path, scales, mode)
        source = {
            "files": [(os.path.basename(f), _read_bytes(f)) for f in files],
            "scales": scales,
            "rules": _read_bytes(rules_path),
            "mode": mode,
        }
        return cls(lexicon, source)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickled as the bytes of the files it was loaded from (the bundled lexicons by
        reference); a lexicon built around a core object alone cannot be pickled."""
        if self is _DEFAULT:
            return (SentimentLexicon.default, ())
        if self is _VADER:
            return (SentimentLexicon.vader, ())
        if self._source is None:
            raise TypeError(
                "this SentimentLexicon was not made by SentimentLexicon.from_files, so it "
                "cannot be pickled: build it with from_files"
            )
        return (_lexicon_from_source, (self._source,))

    def valence(self, word: str) -> float:
        """The lexicon score of one word (0.0 when it has none)."""
        return self._core.valence(word)

    @property
    def mode(self) -> str:
        """``"stancemap"`` or ``"vader"``."""
        return self._core.mode

    def __len__(self) -> int:
        return len(self._core)

    def __repr__(self) -> str:
        return f"<stancemap.SentimentLexicon: {len(self)} words, mode={self.mode!r}>"


_DEFAULT: SentimentLexicon | None = None
_VADER: SentimentLexicon | None = None


def _read_bytes(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read()


def _lexicon_from_source(source: dict[str, Any]) -> SentimentLexicon:
    """A pickled lexicon back: its files written to a temporary folder and loaded."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="stancemap-lexicon-") as folder:
        paths = []
        for i, (name, data) in enumerate(source["files"]):
            paths.append(os.path.join(folder, f"{i}-{name}"))
            with open(paths[-1], "wb") as f:
                f.write(data)
        rules = os.path.join(folder, "rules.json")
        with open(rules, "wb") as f:
            f.write(source["rules"])
        core = _core.SentimentLexicon.load(paths, rules, source["scales"], source["mode"])
    return SentimentLexicon(core, source)


_COLUMNS = ("neg", "neu", "pos", "compound")


@overload
def sentiment(
    text: str, lexicon: SentimentLexicon | None = ..., threads: int = ...
) -> dict[str, float]: ...


@overload
def sentiment(
    text: Iterable[str], lexicon: SentimentLexicon | None = ..., threads: int = ...
) -> pd.DataFrame: ...


def sentiment(
    text: str | Iterable[str], lexicon: SentimentLexicon | None = None, threads: int = 0
) -> dict[str, float] | pd.DataFrame:
    """VADER's scores of a text: ``{"neg", "neu", "pos", "compound"}``.

    Each text is scored as one unit, as vaderSentiment scores its input (split articles into
    sentences first if you want sentence scores). ``neg``, ``neu`` and ``pos`` are the shares
    of the text's words, rounded to 3 decimals; ``compound`` is the normalised sum in [-1, 1],
    rounded to 4. Given a list (or any iterable, or a pandas Series) of texts, returns a
    DataFrame with those four columns, one row per text, computed in one C++ call on
    ``threads`` threads (0, the default, as for ``Analyzer.analyze_many``: all cores, one
    thread per 64 texts at most); a Series keeps its index. The scores do not depend on the
    thread count.

    >>> sentiment(["Good.", "Not good."])["compound"].tolist()
    [0.4404, -0.3412]
    """
    lex = lexicon if lexicon is not None else SentimentLexicon.default()
    if isinstance(text, (str, bytes)):
        scores = _core.score_texts(lex._core, [text], 1)
        return {k: float(scores[row, 0]) for row, k in enumerate(_COLUMNS)}
    index = text.index if isinstance(text, pd.Series) else None
    if isinstance(text, pd.Series):
        texts = text.tolist()
    elif isinstance(text, list):
        texts = text
    else:
        texts = list(text)
    scores = _core.score_texts(lex._core, texts, int(threads))  # TypeError names a bad item
    # scores holds one row per column: its transpose is the table pandas keeps, not copied.
    return pd.DataFrame(scores.T, columns=list(_COLUMNS), index=index, copy=False)


def target_sentiment(
    text: str,
    start: int,
    end: int,
    lexicon: SentimentLexicon | None = None,
    model: TargetModelName = "fast",
    **options: float,
) -> dict[str, Any]:
    """The sentiment expressed toward ``text[start:end]`` (character offsets), not the sentence.

    Only the sentence holding the span counts. ``model`` chooses the scorer:

    * ``"fast"`` (the default): a linear model trained on NewsMTSC (political news, labelled
      by people; ``training/MODEL_CARD_fast.md``) over features of the target's sentence:
      the words next to the target and in its clause (the target's own words masked), VADER
      valences by position, negation, the target as speaker, averaged word vectors. Macro-F1
      0.68 on NewsMTSC's dev splits against 0.58 / 0.55 for ``"rules"``. Returns
      ``{"score", "label", "evidence", "probabilities"}``: ``score`` is
      P(positive) − P(negative), ``label`` the most probable label, ``probabilities`` the
      (negative, neutral, positive) triple, ``evidence`` the features that weighed most
      toward the label (dicts with ``feature``, ``text``, ``start``, ``end`` — None for a
      feature of no single word — and ``contribution``). The model file is read on first use.
    * ``"accurate"``: a bidirectional GRU (64 units each way) over the words of the target's
      sentence — the fast model's word vectors (the target's own words masked), position,
      valence and clause of each word — and the fast model's named features, its
      probabilities averaged with the fast model's (``training/MODEL_CARD_accurate.md``;
      dev macro-F1 0.704 against 0.679). The same keys; ``evidence`` names the words
      (``feature`` "word") and features that weighed most. About 25 times slower than
      ``"fast"``.
    * ``"rules"``: VADER's words weighted by where they stand: next to the target most, in its
      clause by distance, in other clauses less, not at all across "but", "while", "whereas"
      or "although"; negation, boosters and capitals apply as in VADER. Returns ``{"score",
      "label", "evidence", "raw"}``: ``score`` in [-1, 1], ``evidence`` one dict per word that
      counted (``text``, ``start``, ``end``, ``valence``, ``weight``, ``contribution``,
      ``relation``, ``distance``, ``negated``). ``lexicon`` and keyword ``options`` apply to
      this scorer only: they override the weights and thresholds (``positive_threshold``,
      ``negative_threshold``, ``modifier_weight``, ``distance_decay``,
      ``other_clause_weight``, ``contrast_weight``, ``relative_clause_weight``,
      ``own_side_after_but``, ``alpha``, ``skip_capitalised_names``).

    ``start > end`` or a span beyond the text raises ValueError, and so do ``lexicon`` or
    ``options`` with a learned model.

    >>> r = target_sentiment("Critics slammed Smith while praising Jones.", 37, 42, model="rules")
    >>> r["label"], [e["text"] for e in r["evidence"]]
    ('positive', ['praising'])
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    start, end = int(start), int(end)
    if start < 0 or end < start or end > len(text):
        raise ValueError(
            f"target span [{start}, {end}) does not lie within the text of {len(text)} "
            "characters (need 0 <= start <= end <= len(text))"
        )
    for name, value in options.items():
        if not isinstance(value, (int, float)):  # bool is an int
            raise TypeError(
                f"target sentiment option {name!r} must be a number, not {type(value).__name__}"
            )
    if model == "rules":
        lex = lexicon if lexicon is not None else SentimentLexicon.default()
        return _core.target_sentiment(lex._core, text, start, end, dict(options))
    if model not in MODEL_NAMES:
        raise ValueError(f"model must be 'fast', 'accurate' or 'rules', not {model!r}")
    if lexicon is not None or options:
        given = ", ".join(["lexicon"] * (lexicon is not None) + sorted(options))
        raise ValueError(
            f"{given}: the lexicon and weight options apply to model='rules' only "
            f"(model={model!r} was trained with the default lexicon)"
        )
    return load_target_model(model).predict(text, start, end)
