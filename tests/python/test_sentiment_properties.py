"""Properties of ``sm.sentiment`` on generated text (hypothesis).

* The fast path (``sm.sentiment``: plain ASCII words read straight from the bytes) gives,
  to the bit, what the scalar path gives (the tokenizer's tokens scored as one sentence,
  ``_core.score_tokens``) — on news-like text and on arbitrary Unicode.
* With ``SentimentLexicon.vader()`` the scores equal vaderSentiment 3.3.2's to its own rounding
  (4 decimals for compound, 3 for the proportions) on text built from VADER's rule words
  (negators, boosters, "but", capitals, "!" and "?", idioms) and lexicon words; the text avoids
  the differences documented in test_sentiment.py (curly quotes, words run together with
  punctuation, emoji).

These checks lived in benchmarks/ (compare_sentiment_scores.py) as before/after dumps.
"""

from __future__ import annotations

import struct

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import stancemap as sm
from stancemap import _core

COLUMNS = ("neg", "neu", "pos", "compound")

# Words VADER's rules name, lexicon words of both signs, neutral words and names.
RULE_WORDS = [
    "not",
    "isn't",
    "never",
    "no",
    "nor",
    "without",
    "doubt",
    "but",
    "BUT",
    "very",
    "extremely",
    "kind",
    "of",
    "kinda",
    "least",
    "at",
    "so",
    "this",
    "only",
    "rather",
    "than",
    "hardly",
]
LEXICON_WORDS = [
    "good",
    "bad",
    "great",
    "horrible",
    "love",
    "hate",
    "war",
    "peace",
    "support",
    "condemned",
    "invasion",
    "sanctions",
    "ceasefire",
    "crisis",
    "happy",
    "sad",
    "excellent",
    "worst",
    "killed",
    "agreed",
    "welcomed",
    "threat",
    "hope",
    "fear",
    "lol",
    "sux",
    "funny",
    ":)",
]
OTHER_WORDS = [
    "the",
    "talks",
    "Russia",
    "Ukraine",
    "Mr.",
    "U.S.",
    "said",
    "it",
    "was",
    "is",
    "will",
    "government",
    "7,500",
    "81%",
    "25",
    "million",
    "Blinken",
    "Astana",
    "a",
    "and",
    "they",
]
ENDINGS = ["", "", "", ",", ".", "!", "?", "!!", "!!!", "??", "???", ";", ":"]


def _case(word: str, style: int) -> str:
    return word.upper() if style == 1 else word.capitalize() if style == 2 else word


@st.composite
def news_like(draw: st.DrawFn) -> str:
    """Words of the three lists in any case, with punctuation after some, one space apart."""
    words = draw(
        st.lists(
            st.tuples(
                st.sampled_from(RULE_WORDS + LEXICON_WORDS + OTHER_WORDS),
                st.integers(0, 4),
                st.sampled_from(ENDINGS),
            ),
            min_size=0,
            max_size=30,
        )
    )
    return " ".join(_case(w, style) + end for w, style, end in words)


SEPARATORS = [" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2009", "\u3000", "\u2028"]


@st.composite
def news_like_any_space(draw: st.DrawFn) -> str:
    """news_like text with other white space and non-ASCII pieces between the words."""
    pieces = draw(st.lists(news_like(), min_size=1, max_size=4))
    extra = draw(
        st.lists(
            st.sampled_from(["é", "Köln", "中国", "مصر", "—", "“good”", "…", "’s"]), max_size=3
        )
    )
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(pieces) + len(extra)))
    parts = pieces + extra
    return "".join(p + s for p, s in zip(parts, seps))


def _bits(values: tuple[float, ...]) -> tuple[int, ...]:
    return tuple(struct.unpack("<Q", struct.pack("<d", v))[0] for v in values)


def _fast(text: str, lexicon: sm.SentimentLexicon) -> tuple[float, ...]:
    scores = sm.sentiment(text, lexicon=lexicon)
    return tuple(scores[c] for c in COLUMNS)


LEXICONS = {"default": sm.SentimentLexicon.default(), "vader": sm.SentimentLexicon.vader()}


@pytest.mark.parametrize("name", sorted(LEXICONS))
@given(text=news_like_any_space())
def test_fast_path_equals_token_path_on_news_like_text(name, text):
    lexicon = LEXICONS[name]
    assert _bits(_fast(text, lexicon)) == _bits(_core.score_tokens(lexicon._core, text))


@pytest.mark.parametrize("name", sorted(LEXICONS))
@given(text=st.text(max_size=200))
def test_fast_path_equals_token_path_on_any_text(name, text):
    text = text.encode("utf-8", "replace").decode("utf-8")  # no lone surrogates
    lexicon = LEXICONS[name]
    assert _bits(_fast(text, lexicon)) == _bits(_core.score_tokens(lexicon._core, text))


@given(texts=st.lists(news_like(), max_size=40))
def test_a_list_scores_as_its_texts_one_by_one(texts):
    lexicon = LEXICONS["default"]
    table = sm.sentiment(texts, lexicon=lexicon, threads=2)
    for i, text in enumerate(texts):
        assert _bits(tuple(table.iloc[i][c] for c in COLUMNS)) == _bits(_fast(text, lexicon))


@given(text=news_like())
@example(text="NO U.s.")  # a dotted acronym with a lower-case letter is no all-caps word
def test_equal_to_vader_sentiment(text):
    vader = pytest.importorskip("vaderSentiment.vaderSentiment")
    theirs = _VADER.setdefault("analyzer", vader.SentimentIntensityAnalyzer()).polarity_scores(text)
    ours = sm.sentiment(text, lexicon=LEXICONS["vader"])
    assert {c: ours[c] for c in COLUMNS} == {c: theirs[c] for c in COLUMNS}, text


_VADER: dict[str, object] = {}


# The fast path's all-capitals test (Python's str.isupper(): a cased letter and no lower-case
# one), on the words where a looser or stricter test goes wrong: digits only ("2024" is not
# upper, so "GOOD" keeps its emphasis), one capital ("A", "I"), a capitalised word ("Good"),
# words of 9 and more letters (the second 8-byte chunk), letters with digits ("GOOD2",
# "3RD"). Expected: vaderSentiment 3.3.2's polarity_scores of each text.
ALL_CAPS_CASES = [
    ("GOOD 2024", (0.0, 0.216, 0.784, 0.5622)),
    ("GOOD 2024 2025", (0.0, 0.355, 0.645, 0.5622)),
    ("Good news for GOOD people", (0.0, 0.315, 0.685, 0.7603)),
    ("Good news for everyone", (0.0, 0.508, 0.492, 0.4404)),
    ("The GOOD deal", (0.0, 0.355, 0.645, 0.5622)),
    ("GOOD2 deal is good", (0.0, 0.508, 0.492, 0.4404)),
    ("A GOOD deal", (0.0, 0.355, 0.645, 0.5622)),
    ("GOOD I deal", (0.0, 0.355, 0.645, 0.5622)),
    ("GOOD", (0.0, 0.0, 1.0, 0.4404)),
    ("EXCELLENT news", (0.0, 0.184, 0.816, 0.6633)),
    ("Excellent NEWS today", (0.0, 0.351, 0.649, 0.5719)),
    ("WONDERFUL peace DEAL", (0.0, 0.112, 0.888, 0.8374)),
    ("VERY good deal", (0.0, 0.337, 0.663, 0.6028)),
    ("Very GOOD deal", (0.0, 0.337, 0.663, 0.6028)),
    ("GOOD 3RD deal", (0.0, 0.355, 0.645, 0.5622)),
    ("DEAL 2 GOOD", (0.0, 0.355, 0.645, 0.5622)),
]


@pytest.mark.parametrize(("text", "expected"), ALL_CAPS_CASES)
def test_all_capitals_as_vader_sentiment_has_them(text, expected):
    assert _fast(text, LEXICONS["vader"]) == expected
    for lexicon in LEXICONS.values():
        assert _bits(_fast(text, lexicon)) == _bits(_core.score_tokens(lexicon._core, text))
