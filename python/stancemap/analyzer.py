"""The Analyzer: dictionaries and options, applied to texts."""

from __future__ import annotations

from typing import Literal

from stancemap import _core
from stancemap.document import Document
from stancemap.gazetteer import Gazetteer, default_actor_rules

Utf8Errors = Literal["strict", "replace"]


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
    """

    def __init__(self, gazetteer: Gazetteer | None = None, *, errors: Utf8Errors = "strict") -> None:
        self._errors = errors
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.default()
        self._core = _core.Analyzer(
            errors=errors, gazetteer=self.gazetteer._core, actor_rules=default_actor_rules()
        )

    def __repr__(self) -> str:
        return f"Analyzer({self.gazetteer!r}, errors={self._errors!r})"

    def analyze(self, text: str | bytes) -> Document:
        """Analyse one text (``str``, or UTF-8 ``bytes``) and return its :class:`Document`."""
        if isinstance(text, (bytes, bytearray, memoryview)):
            data = bytes(text)
            if self._errors == "replace":
                # Decoding in Python keeps offsets in the same code points the caller sees.
                return Document(self._core.analyze(data.decode("utf-8", errors="replace")))
            return Document(self._core.analyze(data))
        if not isinstance(text, str):
            raise TypeError(f"text must be str or bytes, not {type(text).__name__}")
        return Document(self._core.analyze(text))


_default: Analyzer | None = None


def default_analyzer() -> Analyzer:
    """The shared Analyzer with the bundled dictionaries (created on first use)."""
    global _default
    if _default is None:
        _default = Analyzer()
    return _default


def analyze(text: str | bytes) -> Document:
    """Analyse one text with the default :class:`Analyzer`."""
    return default_analyzer().analyze(text)
