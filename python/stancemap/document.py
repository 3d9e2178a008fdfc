"""Document: one analysed text, with pandas views of what the pipeline found."""

from __future__ import annotations

from functools import cached_property

import numpy as np
import pandas as pd

from stancemap import _core


class Document:
    """One analysed article.

    All ``start``/``end`` columns are character (code point) offsets into :attr:`text`, so
    ``doc.text[start:end]`` is the item; ``byte_start``/``byte_end`` give UTF-8 byte offsets.
    """

    def __init__(self, core: _core.Document) -> None:
        self._core = core

    def __repr__(self) -> str:
        return f"<stancemap.Document: {self._core.n_sentences} sentences, {len(self.text)} characters>"

    def __len__(self) -> int:
        """Number of tokens."""
        return int(self._core.n_tokens)

    @cached_property
    def text(self) -> str:
        """The analysed text (after UTF-8 replacement, if that was asked for)."""
        return self._core.text

    @cached_property
    def sentences(self) -> pd.DataFrame:
        """One row per segment: start, end, text, kind (sentence, heading, metadata), paragraph."""
        table = self._core.sentence_table()
        frame = pd.DataFrame(
            {
                "start": table["start"],
                "end": table["end"],
                "text": self._slices(table["start"], table["end"]),
                "kind": pd.Categorical(table["kind"], categories=["sentence", "heading", "metadata"]),
                "paragraph": table["paragraph"],
                "byte_start": table["byte_start"],
                "byte_end": table["byte_end"],
            }
        )
        frame.index.name = "sentence"
        return frame

    @cached_property
    def paragraphs(self) -> pd.DataFrame:
        """One row per paragraph: start, end, text and its sentence index range."""
        table = self._core.paragraph_table()
        frame = pd.DataFrame(
            {
                "start": table["start"],
                "end": table["end"],
                "text": self._slices(table["start"], table["end"]),
                "sentence_start": table["sentence_start"],
                "sentence_end": table["sentence_end"],
            }
        )
        frame.index.name = "paragraph"
        return frame

    @property
    def tokens(self) -> pd.DataFrame:
        """One row per token: start, end, text, kind, sentence (computed on each access)."""
        table = self._core.token_table()
        frame = pd.DataFrame(
            {
                "start": table["start"],
                "end": table["end"],
                "text": self._slices(table["start"], table["end"]),
                "kind": pd.Categorical(
                    table["kind"], categories=["word", "number", "possessive", "punct", "symbol"]
                ),
                "sentence": table["sentence"],
                "byte_start": table["byte_start"],
                "byte_end": table["byte_end"],
            }
        )
        frame.index.name = "token"
        return frame

    @cached_property
    def actors(self) -> pd.DataFrame:
        """One row per actor, in order of first mention: id, name, kind, country, title, mentions.

        ``country`` is the ISO3 id of the actor's country (its own id for a country, the
        affiliation of a person) or None.
        """
        return pd.DataFrame(self._core.actor_table())

    @cached_property
    def mentions(self) -> pd.DataFrame:
        """One row per mention in text order: actor (id), text, start, end, sentence, form."""
        table = self._core.mention_table()
        ids = self._core.actor_table()["id"]
        return pd.DataFrame(
            {
                "actor": [ids[i] for i in table["actor"].tolist()],
                "text": self._slices(table["start"], table["end"]),
                "start": table["start"],
                "end": table["end"],
                "sentence": table["sentence"],
                "form": table["form"],
                "byte_start": table["byte_start"],
                "byte_end": table["byte_end"],
            }
        )

    def actors_at(self, level: str = "actor") -> pd.DataFrame:
        """Actors at ``level="actor"`` (as :attr:`actors`) or ``"country"``: persons count for
        their country, organisations and regions stay themselves."""
        actors = self.actors
        if level == "actor":
            return actors
        if level != "country":
            raise ValueError(f'level must be "actor" or "country", not {level!r}')
        mapped = actors["id"].where(
            ~((actors["kind"] == "person") & actors["country"].notna()), actors["country"]
        )
        rows = []
        for new_id, group in actors.groupby(mapped, sort=False):
            own = group[group["id"] == new_id]
            first = own.iloc[0] if len(own) else None
            if first is None:  # a person whose country has no mention of its own
                rows.append(
                    {"id": new_id, "name": new_id, "kind": "country", "country": new_id,
                     "title": None, "mentions": int(group["mentions"].sum())}
                )
            else:
                row = first.to_dict()
                row["mentions"] = int(group["mentions"].sum())
                rows.append(row)
        return pd.DataFrame(rows, columns=actors.columns)

    def _slices(self, starts: np.ndarray, ends: np.ndarray) -> list[str]:
        text = self.text
        return [text[s:e] for s, e in zip(starts.tolist(), ends.tolist())]

    def to_dict(self, level: str = "actor") -> dict[str, object]:
        """The JSON object printed by ``stancemap analyze --format json``."""
        sentences = self.sentences
        actors = self.actors_at(level)
        return {
            "sentences": len(sentences),
            "actors": [
                {
                    "id": r["id"],
                    "name": r["name"],
                    "kind": r["kind"],
                    "country": r["country"],
                    "mentions": int(r["mentions"]),
                }
                for r in actors.to_dict("records")
            ],
            "segments": [
                {"start": int(r.start), "end": int(r.end), "kind": str(r.kind), "text": r.text}
                for r in sentences.itertuples()
            ],
        }
