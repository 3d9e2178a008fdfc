"""The Analyzer: dictionaries and options, applied to texts."""

from __future__ import annotations

import datetime
import sys
import time
from collections.abc import Iterable, Sequence
from itertools import islice
from typing import Literal, Optional, Union

from stancemap import _core
from stancemap.corpus import Corpus
from stancemap.document import Document
from stancemap.gazetteer import Gazetteer, default_actor_rules, default_stance_lexicon

Utf8Errors = Literal["strict", "replace"]
#: How the actors' ``tone`` is computed: not at all (None), or by a target scorer.
Tone = Optional[Literal["rules", "fast"]]
Window = Union[str, int]
DateLike = Union[str, datetime.date]


class Analyzer:
    """Analyses news texts with one configuration.

    An Analyzer is immutable and thread-safe: build it once, then call :meth:`analyze` from
    as many threads as you like. The C++ work runs without the GIL.

    Parameters
    ----------
    gazetteer:
        The actor dictionary; ``Gazetteer.default()`` when not given. Extend it with
        ``Gazetteer.default().extend({...})``.
    errors:
        What to do with bytes input that is not valid UTF-8: ``"strict"`` raises
        ``ValueError`` naming the byte offset; ``"replace"`` substitutes U+FFFD as
        ``bytes.decode("utf-8", errors="replace")`` does.
    tone:
        The scorer of the ``tone`` column of ``doc.actors`` (the mean sentiment toward each
        actor's mentions, see :func:`stancemap.target_sentiment`): ``"fast"`` (a learned
        model) or ``"rules"``; None (the default) leaves the column out and costs nothing.
    """

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        *,
        errors: Utf8Errors = "strict",
        tone: Tone = None,
    ) -> None:
        if tone not in (None, "rules", "fast"):
            raise ValueError(f"tone must be None, 'rules' or 'fast', not {tone!r}")
        self._tone = tone
        self._errors = errors
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.default()
        self._core = _core.Analyzer(
            errors=errors,
            gazetteer=self.gazetteer._core,
            actor_rules=default_actor_rules(),
            stance_lexicon=default_stance_lexicon(),
        )

    def __repr__(self) -> str:
        return f"Analyzer({self.gazetteer!r}, errors={self._errors!r})"

    def analyze(self, text: str | bytes, date: DateLike | None = None) -> Document:
        """Analyse one text (``str``, or UTF-8 ``bytes``) and return its :class:`Document`.

        ``date`` is when the text was written (``"1987-03-01"``, a ``datetime.date``, or
        ``None`` for today's world): persons resolve through their dated roles and historical
        states have their own ids in their time ("Moscow" in 1987 is ``SUN``).
        """
        when = _date_text(date)
        if isinstance(text, (bytes, bytearray, memoryview)):
            data = bytes(text)
            if self._errors == "replace":
                # Decoding in Python keeps offsets in the same code points the caller sees.
                text = data.decode("utf-8", errors="replace")
                return Document(self._core.analyze(text, date=when), tone=self._tone)
            return Document(self._core.analyze(data, date=when), tone=self._tone)
        if not isinstance(text, str):
            raise TypeError(f"text must be str or bytes, not {type(text).__name__}")
        return Document(self._core.analyze(text, date=when), tone=self._tone)

    def analyze_many(
        self,
        texts: Iterable[str | bytes],
        *,
        threads: int = 0,
        progress: bool = False,
        batch_size: int = 2000,
        windows: Sequence[Window] = ("sentence", "paragraph", "document"),
        levels: Sequence[str] = ("actor", "country"),
        counts: Sequence[str] = ("windows",),
        distance_weighted: bool = False,
        terms: Sequence[str] | None = None,
        term_window: str = "sentence",
        term_level: str = "actor",
    ) -> Corpus:
        """Analyse many texts (any iterable, consumed in batches) into a :class:`Corpus`.

        The C++ core runs ``threads`` threads (0: all cores) without the GIL; the result does
        not depend on the thread count. A record that cannot be analysed (not text, invalid
        UTF-8) is skipped and reported in ``corpus.errors`` with its position, so
        records in = ``corpus.documents`` + ``len(corpus.errors)``.

        ``windows`` × ``levels`` × ``counts`` name the co-occurrence sums to collect (an int
        window is a token window); ``terms`` adds an actor × term matrix.
        """
        if threads < 0:
            raise ValueError(f"threads must be >= 0 (0: all cores), not {threads}")
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, not {batch_size}")
        core = _core.Corpus(
            list(windows),
            list(levels),
            list(counts),
            distance_weighted,
            list(terms or []),
            term_window,
            term_level,
        )
        corpus = Corpus(core, {"windows": list(windows), "levels": list(levels)})
        iterator = iter(texts)
        done = 0
        started = time.perf_counter()
        while True:
            batch = list(islice(iterator, batch_size))
            if not batch:
                break
            core.add_texts(self._core, batch, threads, done)
            done += len(batch)
            if progress:
                elapsed = time.perf_counter() - started
                mb = core.bytes / 1e6
                print(
                    f"\rstancemap: {done} records, {mb:.1f} MB, {mb / max(elapsed, 1e-9):.1f} MB/s",
                    end="",
                    file=sys.stderr,
                    flush=True,
                )
        if progress:
            print(file=sys.stderr)
        return corpus


_default: Analyzer | None = None


def default_analyzer() -> Analyzer:
    """The shared Analyzer with the bundled dictionaries (created on first use)."""
    global _default
    if _default is None:
        _default = Analyzer()
    return _default


def analyze(text: str | bytes, date: DateLike | None = None) -> Document:
    """Analyse one text with the default :class:`Analyzer` (``date``: see
    :meth:`Analyzer.analyze`)."""
    return default_analyzer().analyze(text, date=date)


def _date_text(date: DateLike | None) -> str:
    """``"YYYY-MM-DD"`` (or ``""`` for no date) from a str, date or datetime."""
    if date is None:
        return ""
    if isinstance(date, (datetime.date, datetime.datetime)):
        return date.strftime("%Y-%m-%d")
    if isinstance(date, str):
        return date
    raise TypeError(
        f"date must be a str like '1987-03-01' or a datetime.date, not {type(date).__name__}"
    )
