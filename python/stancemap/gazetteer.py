"""The actor gazetteer: countries, organisations, regions (and any persons you add)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Union

from stancemap import _core
from stancemap._lazy import pd
from stancemap.data import data_path

EntryLike = Union[Mapping[str, Any], Iterable[Mapping[str, Any]], str, "os.PathLike[str]"]


class Gazetteer:
    """An immutable actor dictionary.

    Entries are ``{"id", "name", "kind", "country"?, "aliases": [...]}`` with optional
    ``demonyms``, ``capitals``, ``metonyms`` (countries) and ``members`` (regions and
    organisations). ``kind`` is one of country, organisation, person, region.

    >>> g = Gazetteer.default().extend({"id": "ACME", "name": "Acme Corp",
    ...                                 "kind": "organisation", "aliases": ["Acme"]})
    >>> "ACME" in g.to_frame()["id"].tolist()
    True
    """

    def __init__(self, core: _core.Gazetteer) -> None:
        self._core = core

    @classmethod
    def default(cls) -> Gazetteer:
        """The bundled gazetteer (all countries, major organisations, regions)."""
        return _default_gazetteer()

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> Gazetteer:
        """Load a gazetteer JSON file (a list of entries or ``{"entries": [...]}``)."""
        return cls(_core.Gazetteer.from_file(os.fspath(path)))

    @classmethod
    def from_entries(cls, entries: EntryLike) -> Gazetteer:
        """A gazetteer made of the given entries only."""
        return cls(_core.Gazetteer.from_json(_entries_json(entries), "entries"))

    def extend(self, entries: EntryLike) -> Gazetteer:
        """A new gazetteer with ``entries`` added (a dict, a list of dicts, or a JSON file path).

        An entry whose id exists replaces the bundled one; an alias you give wins over the
        same alias elsewhere. A malformed entry raises ``ValueError`` naming the entry and field.
        """
        origin = os.fspath(entries) if isinstance(entries, (str, os.PathLike)) else "user entries"
        return Gazetteer(self._core.extended(_entries_json(entries), origin))

    def __reduce__(self) -> tuple[Any, tuple[str, ...]]:
        """Pickled as its JSON (:meth:`to_json`); the bundled gazetteer by reference."""
        if self is _DEFAULT:
            return (Gazetteer.default, ())
        return (_gazetteer_from_json, (self.to_json(),))

    def to_frame(self) -> pd.DataFrame:
        """One row per entry: id, name, kind, country, aliases, demonyms, capitals,
        metonyms, members."""
        return pd.DataFrame(self._core.entries())

    def to_json(self) -> str:
        """The gazetteer as JSON (loadable with :meth:`from_file`)."""
        return self._core.to_json()

    @property
    def ambiguous(self) -> list[str]:
        """Surface forms that need context (Chad, Jordan, Georgia…)."""
        return list(self._core.ambiguous)

    @property
    def successors(self) -> list[tuple[str, str, str]]:
        """Historical states and today's: (historical id, today's id, today's name), e.g.
        ("SUN", "RUS", "Russia"); the matrices' ``successors=True`` counts them so."""
        return list(self._core.successors)

    def __len__(self) -> int:
        return len(self._core)

    def __repr__(self) -> str:
        return f"<stancemap.Gazetteer: {len(self)} entries>"


def _entries_json(entries: EntryLike) -> str:
    if isinstance(entries, (str, os.PathLike)):
        return Path(entries).read_text(encoding="utf-8")
    if isinstance(entries, Mapping):
        return json.dumps(dict(entries))
    return json.dumps([dict(e) for e in entries])


def _gazetteer_from_json(text: str) -> Gazetteer:
    """A pickled gazetteer back (see ``Gazetteer.__reduce__``)."""
    return Gazetteer(_core.Gazetteer.from_json(text, "pickled gazetteer"))


_DEFAULT: Gazetteer | None = None


def _default_gazetteer() -> Gazetteer:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Gazetteer(_core.Gazetteer.from_file(data_path("gazetteer.json")))
    return _DEFAULT


_RULES: _core.ActorRules | None = None
_STANCE: _core.StanceLexicon | None = None


def default_stance_lexicon() -> _core.StanceLexicon:
    """The bundled stance lexicon (cue phrases, categories, scores, modifiers)."""
    global _STANCE
    if _STANCE is None:
        _STANCE = _core.StanceLexicon.from_file(data_path("stance_lexicon.json"))
    return _STANCE


def default_actor_rules() -> _core.ActorRules:
    """The bundled word lists behind the person and organisation rules."""
    global _RULES
    if _RULES is None:
        _RULES = _core.ActorRules.from_file(data_path("actor_rules.json"))
    return _RULES
