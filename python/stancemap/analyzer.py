"""The Analyzer: dictionaries and options, applied to texts."""

from __future__ import annotations

import datetime
import os
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, Union

from stancemap import _core
from stancemap._lazy import pd
from stancemap._records import Batch, RecordReader, check_iterable
from stancemap._types import Level, Tone, Utf8Errors, Window
from stancemap.corpus import Corpus
from stancemap.document import Document
from stancemap.gazetteer import Gazetteer, default_actor_rules, default_stance_lexicon

DateLike = Union[str, datetime.date]

if TYPE_CHECKING:
    from stancemap.sentiment import SentimentLexicon

#: A stance lexicon or actor rules: a JSON file's path, or the object the core loaded.
StanceLexiconLike = Union[str, "os.PathLike[str]", _core.StanceLexicon]
ActorRulesLike = Union[str, "os.PathLike[str]", _core.ActorRules]


_Dictionary = TypeVar("_Dictionary", _core.ActorRules, _core.StanceLexicon)


def _dictionary(
    value: _Dictionary | str | os.PathLike[str], kind: type[_Dictionary], name: str
) -> _Dictionary:
    """A loaded core dictionary of ``kind``: value itself, or loaded from the path it is."""
    if isinstance(value, kind):
        return value
    if isinstance(value, (str, os.PathLike)):
        return kind.from_file(os.fspath(value))
    raise TypeError(f"{name} must be a path or a {kind.__name__}, not {type(value).__name__}")


class Analyzer:
    """Analyses news texts with one configuration.

    An Analyzer is immutable and thread-safe: build it once, then call :meth:`analyze` from
    as many threads as you like. The C++ work runs without the GIL.

    Parameters
    ----------
    gazetteer:
        The actor dictionary; ``Gazetteer.default()`` when not given. Extend it with
        ``Gazetteer.default().extend({...})``.
    stance_lexicon:
        The stance cues and modifiers: a JSON file in the format of the bundled
        ``stance_lexicon.json`` (see ``data/LEXICONS.md``), or a loaded ``_core.StanceLexicon``;
        the bundled one when not given.
    actor_rules:
        The word lists of the person and organisation rules: a JSON file in the format of the
        bundled ``actor_rules.json``, or a loaded ``_core.ActorRules``; the bundled ones when
        not given.
    sentiment_lexicon:
        The lexicon behind ``doc.actors["tone"]``; ``SentimentLexicon.default()`` when not
        given.
    errors:
        What to do with text that is not valid UTF-8 (bytes) or holds lone surrogates (str):
        ``"strict"`` raises ``stancemap.InvalidInputError`` (a ``ValueError``) naming the byte
        or character offset; ``"replace"`` substitutes U+FFFD as
        ``bytes.decode("utf-8", errors="replace")`` does (one per lone surrogate, so offsets
        into a str stay the caller's).

    A dictionary file that cannot be read raises ``stancemap.FileError`` (an ``OSError``), a
    malformed one ``stancemap.DictionaryError`` (a ``ValueError``) naming the file and entry.
    tone:
        The scorer of the ``tone`` column of ``doc.actors`` (the mean sentiment toward each
        actor's mentions, see :func:`stancemap.target_sentiment`): ``"fast"`` or
        ``"accurate"`` (learned models) or ``"rules"`` (with ``sentiment_lexicon``); None (the
        default) leaves the column out and costs nothing.
    """

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        *,
        stance_lexicon: StanceLexiconLike | None = None,
        actor_rules: ActorRulesLike | None = None,
        sentiment_lexicon: SentimentLexicon | None = None,
        errors: Utf8Errors = "strict",
        tone: Tone = None,
    ) -> None:
        if tone not in (None, "rules", "fast", "accurate"):
            raise ValueError(f"tone must be None, 'rules', 'fast' or 'accurate', not {tone!r}")
        self._tone = tone
        self._errors = errors
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.default()
        self.sentiment_lexicon = sentiment_lexicon  # None: the default, loaded when used
        # The user's dictionaries (None: the bundled ones), kept for pickling.
        self._actor_rules = (
            None
            if actor_rules is None
            else _dictionary(actor_rules, _core.ActorRules, "actor_rules")
        )
        self._stance_lexicon = (
            None
            if stance_lexicon is None
            else _dictionary(stance_lexicon, _core.StanceLexicon, "stance_lexicon")
        )
        self._core = _core.Analyzer(
            errors=errors,
            gazetteer=self.gazetteer._core,
            actor_rules=default_actor_rules() if self._actor_rules is None else self._actor_rules,
            stance_lexicon=default_stance_lexicon()
            if self._stance_lexicon is None
            else self._stance_lexicon,
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickled as its options and dictionaries; the bundled ones by reference, so an
        Analyzer with the defaults travels to worker processes in a few hundred bytes."""
        return (
            _analyzer,
            (
                self.gazetteer,
                self._stance_lexicon,
                self._actor_rules,
                self.sentiment_lexicon,
                self._errors,
                self._tone,
            ),
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
            # Decoding in Python keeps offsets in the same code points the caller sees.
            text = data.decode("utf-8", errors="replace") if self._errors == "replace" else data
        elif not isinstance(text, str):
            raise TypeError(f"text must be str or bytes, not {type(text).__name__}")
        return Document(
            self._core.analyze(text, date=when),
            tone=self._tone,
            sentiment_lexicon=self.sentiment_lexicon,
        )

    def analyze_many(
        self,
        data: Iterable[str | bytes | Mapping[str, Any]] | pd.DataFrame,
        *,
        text: str = "text",
        metadata: Sequence[str] | None = None,
        date: str | None = "date",
        by: Sequence[str] = (),
        evidence: str = "offsets",
        threads: int = 0,
        progress: bool = False,
        batch_size: int = 2000,
        windows: Sequence[Window] = ("sentence", "paragraph", "document"),
        levels: Sequence[Level] = ("actor", "country"),
        counts: Sequence[str] = ("windows",),
        distance_weighted: bool = False,
        terms: Sequence[str] | None = None,
        term_window: Window = "sentence",
        term_level: Level = "actor",
        successors: bool = False,
    ) -> Corpus:
        """Analyse many texts into a :class:`Corpus` (sums over the documents).

        ``data`` is any iterable of texts (``str`` or UTF-8 ``bytes``), of records (dicts
        holding the text in the field ``text``), or a pandas DataFrame (its column ``text``);
        it is consumed in batches of ``batch_size``, so generators of millions of records
        stream through in constant memory (apart from what the corpus keeps).

        ``metadata`` names the record fields (DataFrame columns) kept per document
        (``corpus.metadata``, joined to ``corpus.evidence``). The field named ``date``, when
        among them, is parsed once (ISO 8601 strings, ``datetime``, ``date``, pandas
        ``Timestamp``) and sums are kept per day for ``stance_over_time`` and
        ``cooccurrence_over_time``; ``by`` names further metadata fields whose values get
        their own sums, for ``corpus.by(field)`` and ``corpus.where(field=value)``.

        ``evidence``: what the corpus keeps of each stance record: ``"offsets"`` (default:
        every record with its document index and offsets, no text), ``"all"`` (with the
        sentence text), ``"sample:N"`` (N records with text, the same sample in any merge
        order) or ``"none"`` (memory does not grow with the documents).

        The C++ core runs ``threads`` threads (0: all cores) without the GIL; the result does
        not depend on the thread count. A record that cannot be analysed (not text, invalid
        UTF-8, a missing text field, a date that is not one) is skipped and reported in
        ``corpus.errors`` with its position (a DataFrame's integer index), so records in =
        ``corpus.documents`` + ``len(corpus.errors)``.

        ``windows`` × ``levels`` × ``counts`` name the co-occurrence sums to collect (an int
        window is a token window); ``terms`` adds an actor × term matrix. Stance sums are kept
        at levels "actor" and "country", and at "country_role" (``USA.GOV``, ``SYR.REB``) when
        ``levels`` names it (about a tenth more time). ``successors=True`` counts historical
        states as today's at levels "country" and "country_role" (SUN as RUS, DDR as DEU:
        ``self.gazetteer.successors``); the corpus keeps that choice.
        """
        check_iterable(data)
        if threads < 0:
            raise _core.OptionError(f"threads must be >= 0 (0: all cores), not {threads}")
        if batch_size < 1:
            raise _core.OptionError(f"batch_size must be >= 1, not {batch_size}")
        if isinstance(terms, str):
            terms = [terms]
        mode, sample = _evidence_mode(evidence)
        reader = RecordReader(text, list(metadata or []), date, list(by))
        term_list = list(terms or [])
        core = _core.Corpus(
            list(windows),
            list(levels),
            list(counts),
            distance_weighted,
            term_list,
            term_window,
            term_level,
            mode,
            sample,
            self.gazetteer.successors if successors else [],
        )
        options = {
            "windows": list(windows),
            "levels": list(levels),
            "metadata": reader.metadata,
            "date": reader.date,
            "by": reader.by,
            "terms": term_list,
            "term_window": term_window,
            "term_level": term_level,
            "successors": successors,
        }
        frames: list[pd.DataFrame] = []
        with _Progress(progress, data) as shown:
            for batch in reader.batches(data, batch_size):
                for index, message in batch.errors:
                    core.add_error(index, message)
                failed = set(
                    core.add_texts(
                        self._core, batch.texts, threads, batch.indices, batch.cells, batch.days
                    )
                )
                if reader.metadata:
                    frames.append(_metadata_frame(batch, failed, reader.date))
                shown.update(len(batch.texts) + len(batch.errors), core.bytes)
        meta = pd.concat(frames, ignore_index=True) if frames else None
        return Corpus(core, options, meta)


def _evidence_mode(evidence: str) -> tuple[str, int]:
    if evidence.startswith("sample:"):
        try:
            n = int(evidence[len("sample:") :])
        except ValueError:
            n = 0
        if n < 1:
            raise ValueError(f'evidence="sample:N" needs a whole number N >= 1, not {evidence!r}')
        return "sample", n
    if evidence not in ("offsets", "all", "none"):
        raise ValueError(
            f'evidence must be "offsets", "all", "sample:N" or "none", not {evidence!r}'
        )
    return evidence, 0


def _metadata_frame(batch: Batch, failed: set[int], date: str | None) -> pd.DataFrame:
    columns: dict[str, Any] = {"index": batch.indices, **batch.metadata}
    if batch.cells:
        columns["_cell"] = batch.cells
    frame = pd.DataFrame(columns)
    if date is not None:
        frame[date] = pd.to_datetime(frame[date]).astype("datetime64[ns]")
    if failed:
        frame = frame[~frame["index"].isin(failed)]
    return frame


class _Progress:
    """Progress of ``analyze_many``: a tqdm bar when tqdm is installed, else a line on stderr.

    Shows nothing unless asked; a context manager, so the bar or line is closed however the
    loop ends.
    """

    def __init__(self, progress: bool, data: Any) -> None:
        self._shown = progress
        self._done = 0
        self._started = time.perf_counter()
        self._bar: Any = None
        if progress:
            try:
                from tqdm.auto import tqdm
            except ImportError:
                return
            total = len(data) if hasattr(data, "__len__") else None
            self._bar = tqdm(total=total, unit="records", desc="stancemap")

    def __enter__(self) -> _Progress:
        return self

    def update(self, records: int, total_bytes: int) -> None:
        """Count ``records`` more records; ``total_bytes`` analysed so far."""
        self._done += records
        if self._bar is not None:
            self._bar.update(records)
        elif self._shown:
            elapsed = time.perf_counter() - self._started
            mb = total_bytes / 1e6
            rate = mb / max(elapsed, 1e-9)
            line = f"\rstancemap: {self._done} records, {mb:.1f} MB, {rate:.1f} MB/s"
            print(line, end="", file=sys.stderr, flush=True)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.close()
        elif self._shown:
            print(file=sys.stderr)


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


def _analyzer(
    gazetteer: Gazetteer,
    stance_lexicon: _core.StanceLexicon | None,
    actor_rules: _core.ActorRules | None,
    sentiment_lexicon: SentimentLexicon | None,
    errors: Utf8Errors,
    tone: Tone,
) -> Analyzer:
    """A pickled :class:`Analyzer` back (see ``Analyzer.__reduce__``)."""
    return Analyzer(
        gazetteer,
        stance_lexicon=stance_lexicon,
        actor_rules=actor_rules,
        sentiment_lexicon=sentiment_lexicon,
        errors=errors,
        tone=tone,
    )
