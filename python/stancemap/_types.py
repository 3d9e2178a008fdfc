"""The options of stancemap, as ``Literal`` types defined once.

Signatures, the command line (``choices=options(Weight)``) and the docs read them from here,
so a new value is added in one place (and in the C++ parser of the option).
"""

from __future__ import annotations

from typing import Literal, Optional, Union, get_args

#: Co-occurrence windows by name; an ``int`` k is a window of k tokens (see ``Window``).
WindowName = Literal["sentence", "paragraph", "document"]
#: A window: a name, or an int k >= 1 (mentions at most k tokens apart).
Window = Union[WindowName, int]
#: Cell values of a co-occurrence matrix (see ``Document.cooccurrence``).
Weight = Literal["count", "binary", "pmi", "ppmi", "npmi", "jaccard", "dice", "conditional", "llr"]
#: ``actor`` keeps persons apart; ``country`` rolls persons into their country;
#: ``country_role`` keeps a country's agents apart by CAMEO role (``USA.GOV``, ``SYR.REB``).
Level = Literal["actor", "country", "country_role"]
#: Pair counting: once per window, or every pair of mentions.
Count = Literal["windows", "mentions"]
#: How a stance matrix aggregates record scores.
Aggregate = Literal["sum", "mean", "count"]
#: Actor kinds (for ``kinds=`` filters).
Kind = Literal["country", "organisation", "person", "region", "group", "place"]
#: What to do with invalid UTF-8 (and lone surrogates).
Utf8Errors = Literal["strict", "replace"]
#: Sentiment rules: stancemap's (VADER's plus news additions) or VADER's own.
SentimentMode = Literal["stancemap", "vader"]
#: How the actors' ``tone`` is computed: not at all (None), or by a target scorer.
Tone = Optional[Literal["rules", "fast", "accurate"]]


def options(literal: object) -> list[str]:
    """The values of a ``Literal`` type, in order (``options(Level) == ["actor", "country"]``)."""
    return [str(value) for value in get_args(literal)]


__all__ = [
    "Aggregate",
    "Count",
    "Kind",
    "Level",
    "SentimentMode",
    "Tone",
    "Utf8Errors",
    "Weight",
    "Window",
    "WindowName",
    "options",
]
