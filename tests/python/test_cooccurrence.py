"""Co-occurrence: hand counts on the sample article, the C++ engine against the pure-Python
reference (sample, generated texts, 200 real articles), properties of Corpus sums, and
LabeledMatrix exports."""

from __future__ import annotations

import gc
import inspect
import math
import re
from itertools import combinations

import networkx as nx
import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
from hypothesis import assume, given
from hypothesis import strategies as st

import reference as ref
import stancemap as sm

# Examples per property and deadlines: the Hypothesis profile loaded in conftest.py.

# ====================================================================== hand counts
#
# The sample article (python/stancemap/data/sample_article.txt), read sentence by sentence.
# Segment numbers are the engine's (pinned in test_api.py): 21 segments, 3 and 11 are the
# headings, 20 the "Source:" line. The actors a careful reader sees in each sentence:
#
#  0 "The head of the American diplomacy … Kazakhstan, Kyrgyzstan, Uzbekistan, Tajikistan
#    and Turkmenistan in the Kazakh capital Astana, … the Russian invasion of Ukraine ."
#  1 "… the United States … the powerful Russian neighbor, … Ukraine, … China, …"
#  2 "… Mr. Blinken indicated … to help Central Asian countries …"
#  4 "The American Secretary of State [Blinken] … the United States … Central Asian nations."
#  5 "I reaffirm the United States’ … support for Kazakhstan, … border with Russia, … as
#    Russia launched an invasion … of Ukraine ,” Blinken said."
#  6 "Russia’s invasion of Ukraine …"
#  7 "If Moscow and Astana continue …"
#  8 "Kazakhstan, … France, … Russian-speaking minority [people, not the state], … Russian
#    President Vladimir Putin … Russian-speakers in Ukraine …"
#  9 "Antony Blinken assured … the United States … Kazakhstan, … the overwhelming influence
#    of Moscow."
# 10 "Asked about this American visit, the spokesman for the Kremlin, Dmitry Peskov, …
#    Russia … Moscow."
# 12 "Mr. Blinken, … Uzbekistan … Kazakh President Kassym-Jomart Tokayev, …"
# 13 "Mr. Tokayev, … the United States … Astana and Washington."
# 14 "If Washington … Central Asia … Russian partner, … China, the United States … Africa or
#    in America Latin [Latin America], …"
# 15 "… the war in Ukraine, … these Central Asian countries … Moscow … Russia."
# 16 "They thus adopted a position of balance in the conflict."  (nobody)
# 17 "… Central Asia … the United Nations resolutions … the Russian invasion of Ukraine."
# 18 "… the European Bank for Reconstruction and Development, … European and British exports
#    to Kazakhstan, Armenia and Kyrgyzstan — … with Russia — … Western sanctions against
#    Russia."
# 19 "… Washington … Central Asia … against Russia, … the Caspian Pipeline Consortium, which
#    transports Kazakh oil to European markets via Russia."
#
# A person's title adjective ("Kazakh President", "Russian President", "the spokesman for
# the Kremlin") is the person's affiliation, not a second actor.
BLINKEN, PUTIN, PESKOV, TOKAYEV = (
    "Antony Blinken",
    "Vladimir Putin",
    "Dmitry Peskov",
    "Kassym-Jomart Tokayev",
)
SENTENCE_ACTORS: dict[int, set[str]] = {
    0: {"USA", "KAZ", "KGZ", "UZB", "TJK", "TKM", "RUS", "UKR"},
    1: {"USA", "RUS", "UKR", "CHN"},
    2: {BLINKEN, "Central Asia"},
    3: set(),
    4: {BLINKEN, "USA", "Central Asia"},
    5: {"USA", "KAZ", "RUS", "UKR", BLINKEN},
    6: {"RUS", "UKR"},
    7: {"RUS", "KAZ"},
    8: {"KAZ", "FRA", PUTIN, "UKR"},
    9: {BLINKEN, "USA", "KAZ", "RUS"},
    10: {"USA", PESKOV, "RUS"},
    11: set(),
    12: {BLINKEN, "UZB", TOKAYEV},
    13: {TOKAYEV, "USA", "KAZ"},
    14: {"USA", "Central Asia", "RUS", "CHN", "Africa", "Latin America"},
    15: {"UKR", "Central Asia", "RUS"},
    16: set(),
    17: {"Central Asia", "UN", "RUS", "UKR"},
    18: {"EBRD", "Europe", "GBR", "KAZ", "ARM", "KGZ", "RUS", "the West"},
    19: {"USA", "Central Asia", "RUS", "CPC", "KAZ", "Europe"},
}
PERSON_COUNTRY = {BLINKEN: "USA", PUTIN: "RUS", PESKOV: "RUS", TOKAYEV: "KAZ"}
# Paragraphs are the article's lines; lines 7 and 15 hold two sentences each.
PARAGRAPHS = [[0], [1], [2], [3], [4], [5], [6, 7], [8], [9], [10], [11], [12], [13], [14],
              [15, 16], [17], [18], [19]]  # fmt: skip
N_SENTENCES = 20  # 21 segments, the "Source:" line excepted
N_PARAGRAPHS = 18


def hand_sets(level: str, window: str) -> list[set[str]]:
    def at_level(actors: set[str]) -> set[str]:
        if level == "actor":
            return set(actors)
        return {PERSON_COUNTRY.get(a, a) for a in actors}

    if window == "sentence":
        return [at_level(SENTENCE_ACTORS[s]) for s in sorted(SENTENCE_ACTORS)]
    if window == "paragraph":
        return [at_level(set().union(*(SENTENCE_ACTORS[s] for s in p))) for p in PARAGRAPHS]
    return [at_level(set().union(*SENTENCE_ACTORS.values()))]


def hand_matrix(level: str, window: str) -> tuple[dict[str, int], dict[frozenset, int]]:
    totals: dict[str, int] = {}
    pairs: dict[frozenset, int] = {}
    for actors in hand_sets(level, window):
        for a in actors:
            totals[a] = totals.get(a, 0) + 1
        for a, b in combinations(sorted(actors), 2):
            pairs[frozenset((a, b))] = pairs.get(frozenset((a, b)), 0) + 1
    return totals, pairs


def test_sample_country_pairs_counted_by_hand(sample_doc):
    m = sample_doc.cooccurrence(window="sentence", level="country")
    # USA (United States, American, Washington, Blinken) with KAZ (Kazakhstan, Kazakh,
    # Astana, Tokayev): sentences 0 (American / Kazakhstan, Kazakh, Astana), 5 (United
    # States / Kazakhstan), 9 (Blinken, United States / Kazakhstan), 12 (Blinken / Kazakh
    # President Tokayev), 13 (United States, Washington / Tokayev, Astana), 19 (Washington /
    # Kazakh oil) = 6. Not 10 (American visit, no Kazakhstan) nor 18 (Kazakhstan, no US).
    assert m["USA", "KAZ"] == 6
    assert m["KAZ", "USA"] == 6
    # RUS with UKR: every sentence naming Ukraine also names Russia: 0 (Russian invasion),
    # 1 (Russian neighbor), 5 (Russia), 6 (Russia’s), 8 (Putin), 15 (Moscow, Russia),
    # 17 (Russian invasion) = 7.
    assert m["RUS", "UKR"] == 7
    # USA with RUS: 0 (American / Russian), 1 (United States / Russian), 5, 9 (Moscow),
    # 10 (American / Kremlin spokesman Peskov, Russia, Moscow), 14 (Washington / Russian
    # partner), 19 (Washington / Russia) = 7.
    assert m["USA", "RUS"] == 7
    # KAZ with RUS: 0, 5, 7 (Moscow and Astana), 8 (Kazakhstan / Putin), 9, 18, 19 = 7.
    assert m["KAZ", "RUS"] == 7
    # USA with UKR: 0, 1, 5 = 3.  KAZ with UKR: 0, 5, 8 = 3.  USA with CHN: 1, 14 = 2.
    assert m["USA", "UKR"] == 3
    assert m["KAZ", "UKR"] == 3
    assert m["USA", "CHN"] == 2
    # USA with UZB: 0, 12 (Blinken / Uzbekistan) = 2.  KAZ with KGZ: 0, 18 = 2.
    assert m["USA", "UZB"] == 2
    assert m["KAZ", "KGZ"] == 2
    # Regions stay themselves: USA with Central Asia: 2 (Blinken / Central Asian), 4, 14,
    # 19 = 4; RUS with Central Asia: 14, 15, 17, 19 = 4; KAZ with Central Asia: 19 = 1.
    assert m["USA", "Central Asia"] == 4
    assert m["RUS", "Central Asia"] == 4
    assert m["KAZ", "Central Asia"] == 1
    # Never together: China and Kazakhstan, France and the United States.
    assert m["KAZ", "CHN"] == 0
    assert m["USA", "FRA"] == 0
    # Sentences holding each: USA 0 1 2 4 5 9 10 12 13 14 19 = 11; KAZ 0 5 7 8 9 12 13 18 19
    # = 9; RUS 0 1 5 6 7 8 9 10 14 15 17 18 19 = 13; UKR = 7.
    totals = dict(zip(m.labels, m.totals.tolist()))
    assert totals["USA"] == 11
    assert totals["KAZ"] == 9
    assert totals["RUS"] == 13
    assert totals["UKR"] == 7
    # Persons are rolled into their countries at country level.
    assert not set(PERSON_COUNTRY) & set(m.labels)


def test_sample_actor_pairs_counted_by_hand(sample_doc):
    m = sample_doc.cooccurrence(window="sentence", level="actor")
    # Blinken with USA: 4, 5, 9 (not 2 or 12, where only "Mr. Blinken" stands for the US).
    assert m[BLINKEN, "USA"] == 3
    # Blinken with KAZ: 5, 9 (in 12 Kazakhstan is only Tokayev's affiliation) = 2.
    assert m[BLINKEN, "KAZ"] == 2
    assert m[BLINKEN, TOKAYEV] == 1
    assert m[PESKOV, "RUS"] == 1
    # Putin's "Russian President" is his affiliation: no RUS mention in sentence 8.
    assert m[PUTIN, "RUS"] == 0
    assert m[PUTIN, "UKR"] == 1


@pytest.mark.parametrize("window", ["sentence", "paragraph", "document"])
@pytest.mark.parametrize("level", ["actor", "country"])
def test_sample_matrix_equals_hand_reading(sample_doc, window, level):
    totals, pairs = hand_matrix(level, window)
    m = sample_doc.cooccurrence(window=window, level=level, diagonal=True)
    assert set(m.labels) == set(totals)
    assert dict(zip(m.labels, m.totals.tolist())) == totals
    frame = m.to_pandas()
    for a in m.labels:
        for b in m.labels:
            want = totals[a] if a == b else pairs.get(frozenset((a, b)), 0)
            assert frame.loc[a, b] == want, (a, b)


def test_sample_measures_by_hand(sample_doc):
    # USA–KAZ, sentence windows, country level: n_ij = 6, n_USA = 11, n_KAZ = 9, N = 20.
    n_ij, n_i, n_j, n = 6, 11, 9, N_SENTENCES

    def cell(weight: str, row: str = "USA", col: str = "KAZ") -> float:
        return sample_doc.cooccurrence("sentence", weight, "country")[row, col]

    pmi = math.log(6 * 20 / (11 * 9))  # log(120 / 99) ≈ 0.192
    assert cell("count") == 6
    assert cell("binary") == 1
    assert cell("pmi") == pytest.approx(pmi)
    assert cell("ppmi") == pytest.approx(pmi)
    assert cell("npmi") == pytest.approx(pmi / -math.log(6 / 20))
    assert cell("jaccard") == pytest.approx(6 / (11 + 9 - 6))
    assert cell("dice") == pytest.approx(2 * 6 / (11 + 9))
    assert cell("conditional") == pytest.approx(6 / 11)  # P(KAZ | USA)
    assert cell("conditional", "KAZ", "USA") == pytest.approx(6 / 9)  # P(USA | KAZ)
    # G²: the 2 × 2 table of sentences: both 6, USA only 5, KAZ only 3, neither 6.
    table = [(6, 11 * 9 / 20), (5, 11 * 11 / 20), (3, 9 * 9 / 20), (6, 9 * 11 / 20)]
    g2 = 2 * sum(o * math.log(o / e) for o, e in table)
    assert cell("llr") == pytest.approx(g2)
    assert (n_ij, n_i, n_j, n) == (6, 11, 9, 20)
    # PPMI clips negative association: RUS (13 sentences) and CHN (2) share 2 sentences,
    # pmi = log(2 · 20 / 26) > 0; USA and UKR share 3: log(3 · 20 / 77) < 0 → ppmi 0.
    assert cell("pmi", "USA", "UKR") == pytest.approx(math.log(60 / 77))
    assert cell("ppmi", "USA", "UKR") == 0


def test_sample_window_counts_n(sample_doc):
    # N is visible through PMI: RUS–UKR at country level, n_ij = n_UKR = 7.
    for window, n in [("sentence", N_SENTENCES), ("paragraph", N_PARAGRAPHS)]:
        totals, pairs = hand_matrix("country", window)
        n_ij = pairs[frozenset(("RUS", "UKR"))]
        want = math.log(n_ij * n / (totals["RUS"] * totals["UKR"]))
        got = sample_doc.cooccurrence(window, "pmi", "country")["RUS", "UKR"]
        assert got == pytest.approx(want), window
    # One document window: every pair is in all (1) windows, pmi = 0, npmi = 1.
    doc_npmi = sample_doc.cooccurrence("document", "npmi", "country")
    assert doc_npmi["USA", "KAZ"] == 1
    assert sample_doc.cooccurrence("document", "pmi", "country").nnz == 0


def test_sample_term_association_by_hand(sample_doc):
    m = sample_doc.term_association(["sanction*", "oil"])
    assert m.columns == ["sanction*", "oil"]
    # "sanctions" occurs in sentence 18 ("massive Western sanctions against Russia") and 19
    # ("an exemption from sanctions to the Caspian Pipeline Consortium"); "oil" only in 19
    # ("Kazakh oil"). Sentence 18: EBRD, Europe, GBR, KAZ, ARM, KGZ, RUS, the West.
    # Sentence 19: USA, Central Asia, RUS, CPC, KAZ, Europe.
    sanction = {"EBRD": 1, "Europe": 2, "GBR": 1, "KAZ": 2, "ARM": 1, "KGZ": 1, "RUS": 2,
                "the West": 1, "USA": 1, "Central Asia": 1, "CPC": 1}  # fmt: skip
    oil = {"USA": 1, "Central Asia": 1, "RUS": 1, "CPC": 1, "KAZ": 1, "Europe": 1}
    frame = m.to_pandas()
    for actor in m.labels:
        assert frame.loc[actor, "sanction*"] == sanction.get(actor, 0), actor
        assert frame.loc[actor, "oil"] == oil.get(actor, 0), actor
    assert set(m.labels) == set().union(*SENTENCE_ACTORS.values())
    assert m.to_numpy().sum() == sum(sanction.values()) + sum(oil.values())
    top = m.top(3)
    assert list(top.columns) == ["actor", "term", "value"]
    assert set(top["value"]) == {2.0}
    # At country level Blinken, Putin, Peskov and Tokayev are their countries.
    country = sample_doc.term_association(["sanction*", "oil"], level="country")
    assert country["KAZ", "sanction*"] == 2
    assert BLINKEN not in country.labels


def test_small_texts_by_hand():
    doc = sm.analyze("Russia, Moscow and Ukraine. Kyiv and Russia.")
    # Sentence 0: RUS ×2 (Russia, Moscow), UKR ×1; sentence 1: UKR ×1 (Kyiv), RUS ×1.
    windows = doc.cooccurrence(diagonal=True)
    assert windows["RUS", "UKR"] == 2
    assert windows["RUS", "RUS"] == 2  # windows holding RUS
    mentions = doc.cooccurrence(count="mentions", diagonal=True)
    assert mentions["RUS", "UKR"] == 2 * 1 + 1 * 1
    assert mentions["RUS", "RUS"] == 1  # one pair of its own mentions (sentence 0)
    assert mentions["UKR", "UKR"] == 0
    # Tokens: Russia0 ,1 Moscow2 and3 Ukraine4 .5 Kyiv6 and7 Russia8 .9
    # RUS–UKR pairs: Russia–Ukraine d=4, Moscow–Ukraine d=2, Moscow–Kyiv d=4,
    # Ukraine–Russia d=4, Kyiv–Russia d=2, and the rest d ≥ 6.
    assert doc.cooccurrence(1)["RUS", "UKR"] == 0
    assert doc.cooccurrence(2)["RUS", "UKR"] == 2
    assert doc.cooccurrence(4)["RUS", "UKR"] == 5
    assert doc.cooccurrence(4, distance_weighted=True)["RUS", "UKR"] == pytest.approx(
        1 / 2 + 1 / 2 + 3 * (1 / 4)
    )
    # Adjacent mentions: d = 1.
    adjacent = sm.analyze("Russia Ukraine")
    assert adjacent.cooccurrence(1)["RUS", "UKR"] == 1
    assert adjacent.cooccurrence(1, distance_weighted=True)["RUS", "UKR"] == 1
    # Token windows cross sentence boundaries.
    across = sm.analyze("They met Russia. Ukraine left.")
    assert across.cooccurrence("sentence")["RUS", "UKR"] == 0
    assert across.cooccurrence(3)["RUS", "UKR"] == 1


def test_kinds_and_min_count(sample_doc):
    m = sample_doc.cooccurrence(kinds=["country", "person"])
    kinds = dict(zip(sample_doc.actors["id"], sample_doc.actors["kind"]))
    assert {kinds[label] for label in m.labels} == {"country", "person"}
    assert m.kinds == [kinds[label] for label in m.labels]
    m = sample_doc.cooccurrence(level="country", min_count=7)
    # Sentences holding each: RUS 13, USA 11, KAZ 9, UKR 7, then Central Asia 6.
    assert m.labels == ["RUS", "USA", "KAZ", "UKR"]
    assert m.to_numpy().tolist() == [[0, 7, 7, 7], [7, 0, 6, 3], [7, 6, 0, 3], [7, 3, 3, 0]]


# ====================================================================== engine vs reference


def _configs(token_windows=(1, 3, 8), weights=ref.WEIGHTS):
    """(kwargs) for doc.cooccurrence covering windows, levels, counting and weights."""
    out = []
    for level in ref.LEVELS:
        for window in ref.WINDOWS:
            out.append(dict(window=window, level=level, count="windows", diagonal=True))
            out.append(dict(window=window, level=level, count="mentions", diagonal=True))
            out.append(dict(window=window, level=level, count="mentions", weight="binary"))
            for weight in weights:
                if weight != "count":
                    out.append(dict(window=window, level=level, weight=weight))
        for k in token_windows:
            out.append(dict(window=k, level=level, diagonal=True))
            out.append(dict(window=k, level=level, distance_weighted=True, diagonal=True))
    return out


def assert_doc_matches_reference(doc: sm.Document, configs=None, what: str = "") -> None:
    data = ref.snapshot(doc)
    for kwargs in configs or _configs():
        ref.assert_matches(
            doc.cooccurrence(**kwargs), ref.cooccurrence(data, **kwargs), f"{what} {kwargs}"
        )


def test_sample_matches_reference(sample_doc):
    assert_doc_matches_reference(sample_doc, _configs(token_windows=(1, 2, 3, 5, 10, 50)))
    assert_doc_matches_reference(
        sample_doc,
        [
            dict(kinds=["country"], min_count=2),
            dict(level="country", kinds=["region", "organisation"], weight="pmi"),
            dict(window="paragraph", kinds=["person", "country"], min_count=3, diagonal=True),
            dict(window=5, min_count=2, kinds=["country"]),
        ],
    )


@pytest.mark.parametrize("window", ["sentence", "paragraph", "document"])
@pytest.mark.parametrize("weight", ["count", "pmi", "npmi", "llr", "conditional"])
def test_sample_terms_match_reference(sample_doc, window, weight):
    terms = ["sanction*", "oil", "invasion", "support*", "border"]
    for level in ref.LEVELS:
        got = sample_doc.term_association(terms, window, weight, level)
        ref.assert_matches(got, ref.term_association(sample_doc, terms, window, weight, level))


# ---------------------------------------------------------------- generated texts

NAMES = [
    "Russia", "Russian", "Moscow", "the Kremlin", "Russia’s", "Ukraine", "Kyiv", "Ukrainian",
    "United States", "the United States", "American", "Washington", "US", "U.S.",
    "Kazakhstan", "Kazakh", "Astana", "China", "Chinese", "Beijing", "France", "French",
    "Paris", "Britain", "British", "London", "Germany", "Berlin", "Iran", "Turkey",
    "the United Nations", "UN", "NATO", "the European Union", "EU", "EBRD",
    "the European Bank for Reconstruction and Development", "the IMF", "Central Asia",
    "Central Asian", "Europe", "European", "Africa", "Latin America", "the Middle East",
    "Mr. Blinken", "Antony Blinken", "Blinken", "President Vladimir Putin", "Putin",
    "Kazakh President Kassym-Jomart Tokayev", "Mr. Tokayev",
    "the spokesman for the Kremlin, Dmitry Peskov,",
    "the Caspian Pipeline Consortium", "Russian-speaking", "US-China", "Georgia", "Jordan",
]  # fmt: skip
FILLER = [
    "the", "met", "said", "and", "with", "talks", "on", "Tuesday", "oil", "sanctions",
    "about", "trade", "officials", "of", "in", "a", "deal", "support", "war", "against",
    "he", "she", "visited", "relations", "7,500", "25 million", "81%", "minister", "leaders",
]  # fmt: skip
PUNCT = [",", ";", ":", "—", "(", ")", "“", "”", "-", "'s"]

words = st.one_of(
    st.sampled_from(NAMES), st.sampled_from(NAMES), st.sampled_from(FILLER), st.sampled_from(PUNCT)
)


@st.composite
def sentences(draw) -> str:
    body = draw(st.lists(words, min_size=1, max_size=14))
    text = " ".join(body)
    text = text[0].upper() + text[1:]
    return text + draw(st.sampled_from([".", ".", ".", "?", "!", " ."]))


@st.composite
def paragraphs(draw) -> str:
    if draw(st.integers(0, 9)) == 0:
        return "– " + draw(st.sampled_from(["Sovereignty", "New impetus", "Russia"])) + " –"
    return " ".join(draw(st.lists(sentences(), min_size=1, max_size=4)))


@st.composite
def articles(draw) -> str:
    parts = draw(st.lists(paragraphs(), min_size=1, max_size=5))
    text = parts[0]
    for part in parts[1:]:
        text += draw(st.sampled_from(["\n\n", "\n", "\n\n\n"])) + part
    if draw(st.booleans()):
        text += "\nSource: " + draw(st.sampled_from(["Reuters", "LExpress", "AFP, Moscow"]))
    case = draw(st.sampled_from(["as is", "as is", "as is", "upper", "lower"]))
    if case == "upper":  # all-caps wire copy
        return text.upper()
    return text.lower() if case == "lower" else text


@given(articles())
def test_generated_texts_match_reference(text):
    doc = sm.analyze(text)
    assert_doc_matches_reference(doc, what=repr(text))


@given(articles(), st.sampled_from(["sentence", "paragraph", "document"]))
def test_generated_terms_match_reference(text, window):
    doc = sm.analyze(text)
    terms = ["oil", "sanction*", "talk*", "deal"]
    for level in ref.LEVELS:
        for weight in ("count", "pmi", "llr"):
            ref.assert_matches(
                doc.term_association(terms, window, weight, level),
                ref.term_association(doc, terms, window, weight, level),
                f"{text!r} {window} {level} {weight}",
            )


@given(articles())
def test_matrices_are_symmetric(text):
    doc = sm.analyze(text)
    for kwargs in _configs():
        m = doc.cooccurrence(**kwargs).to_numpy()
        if kwargs.get("weight") == "conditional":
            # n_ij / n_i is not symmetric, but n_i · P(j | i) = n_j · P(i | j) = n_ij.
            totals = doc.cooccurrence(**{**kwargs, "weight": "count"}).totals
            joint = m * totals[:, None]
            np.testing.assert_allclose(joint, joint.T, rtol=1e-12)
        elif kwargs.get("weight") == "llr":
            # Symmetric up to rounding (test_llr_is_exactly_symmetric).
            np.testing.assert_allclose(m, m.T, rtol=1e-12, err_msg=str(kwargs))
        else:
            np.testing.assert_array_equal(m, m.T, err_msg=str(kwargs))


def test_llr_is_exactly_symmetric():
    text = (
        "– Russia –\n\n– Russia –\n\nUkraine. Ukraine.\n\n"
        "Russia. Russia. Russia Ukraine. United States Russia Ukraine."
    )
    m = sm.analyze(text).cooccurrence("sentence", "llr").to_numpy()
    np.testing.assert_array_equal(m, m.T)


# ---------------------------------------------------------------- real articles


@pytest.fixture(scope="module")
def real_texts(corpus_loader, corpora_dir_or_none) -> list[str]:
    """100 Wikinews articles (bundled), and 100 BBC politics articles when ../shared has them."""
    wikinews = corpus_loader("wikinews_2019_2020.jsonl", 100)
    assert len(wikinews) == 100
    bbc = []
    if corpora_dir_or_none is not None:
        bbc = corpus_loader("bbc.jsonl", 100, where=lambda r: r["category"] == "politics")
        assert len(bbc) == 100
    return [r["text"] for r in wikinews + bbc]


REAL_CONFIGS = [
    c
    for c in _configs(token_windows=(1, 5), weights=("pmi", "npmi", "llr", "conditional", "dice"))
    if c.get("weight") != "binary"
]


@pytest.mark.slow
def test_real_articles_match_reference(real_texts, analyzer):
    for i, text in enumerate(real_texts):
        assert_doc_matches_reference(analyzer.analyze(text), REAL_CONFIGS, f"article {i}")


@pytest.mark.slow
def test_real_articles_corpus_equals_sum(real_texts, analyzer):
    corpus = analyzer.analyze_many(real_texts, threads=2, counts=("windows", "mentions"))
    assert corpus.documents == len(real_texts)
    assert len(corpus.errors) == 0
    docs = [ref.snapshot(analyzer.analyze(t)) for t in real_texts]
    # At actor level the corpus counts a surname-only person ("Trump") as its full name.
    alias = dict(zip(corpus.aliases["alias"], corpus.aliases["id"]))
    # BBC's politics articles name surname-only persons ("Campbell", "Howard"); since session
    # 17's name rules the 100 bundled Wikinews articles alone have none to fold.
    if len(real_texts) > 100:
        assert alias  # the folding is exercised
    folded = [ref.snapshot(analyzer.analyze(t)) for t in real_texts]
    for d in folded:
        for row in [*d.actors, *d.mentions]:
            key = "id" if hasattr(row, "id") else "actor"
            setattr(row, key, alias.get(getattr(row, key), getattr(row, key)))
    for level in ref.LEVELS:
        for window in ref.WINDOWS:
            for count in ("windows", "mentions"):
                total = sum(
                    (
                        ref.window_counts(d, window, level, count)
                        for d in (folded if level == "actor" else docs)
                    ),
                    ref.Counts(),
                )
                weights = ("count", "pmi", "llr") if count == "windows" else ("count",)
                for weight in weights:
                    ref.assert_matches(
                        corpus.cooccurrence(window, weight, level, count=count),
                        ref.matrix(total, weight),
                        f"{window} {level} {count} {weight}",
                    )


@pytest.mark.slow
def test_real_articles_threads(real_texts, analyzer):
    results = []
    for threads in (1, 2, 4):
        corpus = analyzer.analyze_many(real_texts, threads=threads, windows=("sentence", 5))
        results.append(_corpus_state(corpus, ("sentence", 5)))
    assert results[0] == results[1] == results[2]


# ====================================================================== Corpus properties


def _corpus_state(corpus: sm.Corpus, windows=("sentence", "paragraph", "document")) -> list:
    """Everything a Corpus answers, as comparable Python values."""
    state: list = [corpus.documents, corpus.errors.to_numpy().tolist()]
    for window in windows:
        for level in ("actor", "country"):
            for weight in ("count", "pmi") if isinstance(window, str) else ("count",):
                m = corpus.cooccurrence(window, weight, level)
                # Not m.kinds: a label keeps the first kind it was seen with, which differs
                # only while an id has two kinds (test_region_after_country_name_stays_a_region).
                state.append((m.labels, m.names, m.totals.tolist(), m.to_numpy().tolist()))
    return state


@given(st.lists(articles(), min_size=1, max_size=8))
def test_corpus_equals_sum_of_documents(texts):
    an = sm.Analyzer()
    k = 4
    corpus = an.analyze_many(
        texts,
        threads=1,
        windows=("sentence", "paragraph", "document", k),
        counts=("windows", "mentions"),
        terms=["oil", "sanction*"],
    )
    assert corpus.documents == len(texts)
    # Corpus matrices fold a surname-only person into its full name (test_corpus_studies
    # tests that); the reference sums do not.
    assume(corpus.aliases.empty)
    docs = [ref.snapshot(an.analyze(t)) for t in texts]
    for level in ref.LEVELS:
        for window in ref.WINDOWS:
            for count in ("windows", "mentions"):
                total = sum(
                    (ref.window_counts(d, window, level, count) for d in docs), ref.Counts()
                )
                weights = (
                    ("count", "pmi", "npmi", "llr", "jaccard") if count == "windows" else ("count",)
                )
                for weight in weights:
                    ref.assert_matches(
                        corpus.cooccurrence(window, weight, level, count=count),
                        ref.matrix(total, weight),
                        f"{texts!r} {window} {level} {count} {weight}",
                    )
            total = sum((ref.token_counts(d, k, level) for d in docs), ref.Counts())
            ref.assert_matches(
                corpus.cooccurrence(k, level=level, diagonal=True),
                ref.matrix(total, diagonal=True),
                f"{texts!r} tokens {level}",
            )
    # Actor totals: mentions and documents per actor.
    # A surname-only person counts for the full-name person it is an alias of.
    actors = corpus.actors
    alias = dict(zip(corpus.aliases["alias"], corpus.aliases["id"]))
    mentions: dict[str, int] = {}
    documents: dict[str, int] = {}
    for d in docs:
        for row in d.mentions:
            actor = alias.get(row.actor, row.actor)
            mentions[actor] = mentions.get(actor, 0) + 1
        for actor in {alias.get(row.actor, row.actor) for row in d.mentions}:
            documents[actor] = documents.get(actor, 0) + 1
    assert dict(zip(actors["id"], actors["mentions"].tolist())) == mentions
    assert dict(zip(actors["id"], actors["documents"].tolist())) == documents
    # Actor × term: from merged counts too.
    terms = corpus.term_association(weight="count")
    assert terms.columns == ["oil", "sanction*"]
    both: dict[tuple[str, str], float] = {}
    for d in docs:
        for key, value in ref.term_association(d, ["oil", "sanction*"]).cells.items():
            both[key] = both.get(key, 0) + value
    frame = terms.to_pandas()
    for a in terms.labels:
        for term in terms.columns:
            assert frame.loc[a, term] == both.get((a, term), 0), (a, term)


@given(st.lists(articles(), min_size=2, max_size=10), st.randoms(use_true_random=False))
def test_merge_in_any_order(texts, rnd):
    an = sm.Analyzer()
    whole = an.analyze_many(texts, threads=1)
    order = list(range(len(texts)))
    rnd.shuffle(order)
    cuts = sorted(rnd.sample(range(1, len(texts)), rnd.randint(0, len(texts) - 1)))
    bounds = [0, *cuts, len(texts)]
    parts = [
        an.analyze_many([texts[i] for i in order[a:b]], threads=1)
        for a, b in zip(bounds, bounds[1:])
    ]
    rnd.shuffle(parts)
    merged = parts[0]
    for part in parts[1:]:
        merged = merged.merge(part)  # a new corpus (pandas' convention)
    assert _corpus_state(merged) == _corpus_state(whole)
    pd.testing.assert_frame_equal(
        merged.actors,
        whole.actors,  # kinds too: decided by document votes
    )


@given(st.lists(articles(), min_size=1, max_size=8), st.randoms(use_true_random=False))
def test_threads_give_identical_results(base, rnd):
    # More than one chunk of work (the pool hands out 32 records at a time).
    texts = [rnd.choice(base) for _ in range(rnd.randint(33, 100))]
    an = sm.Analyzer()
    states = [
        _corpus_state(an.analyze_many(texts, threads=t), ("sentence", "document"))
        for t in (1, 2, 4)
    ]
    assert states[0] == states[1] == states[2]


BAD_RECORDS = [None, 12, b"\xff", 3.5, b"Russia \xc3( met France."]


def _is_bad(record: object) -> bool:
    if isinstance(record, bytes):
        return record in (b"\xff", b"Russia \xc3( met France.")
    return not isinstance(record, str)


@given(
    st.lists(
        st.one_of(
            articles(), st.sampled_from(BAD_RECORDS), st.just(""), st.just(b"Russia met France.")
        ),
        max_size=12,
    ),
    st.integers(1, 5),
)
def test_records_in_equal_documents_plus_errors(records, batch_size):
    corpus = sm.Analyzer().analyze_many(records, batch_size=batch_size, threads=2)
    bad = [i for i, r in enumerate(records) if _is_bad(r)]
    assert corpus.documents + len(corpus.errors) == len(records)
    assert corpus.errors["index"].tolist() == bad
    assert corpus.documents == len(records) - len(bad)
    good = [r for i, r in enumerate(records) if i not in bad]
    clean = sm.Analyzer().analyze_many(good, threads=1)
    assert _corpus_state(corpus)[2:] == _corpus_state(clean)[2:]


def test_error_messages_name_the_problem():
    corpus = sm.Analyzer().analyze_many(["Russia met France.", None, b"ab\xff", 12], threads=1)
    errors = dict(corpus.errors.to_numpy().tolist())
    assert set(errors) == {1, 2, 3}
    assert "NoneType" in errors[1]
    assert "byte offset 2" in errors[2]
    assert "int" in errors[3]


def test_replace_analyzer_corpus_keeps_bad_bytes():
    corpus = sm.Analyzer(errors="replace").analyze_many([b"Russia \xff met France."], threads=1)
    assert corpus.documents == 1
    assert len(corpus.errors) == 0
    assert corpus.cooccurrence()["RUS", "FRA"] == 1


def test_corpus_options_errors(analyzer):
    corpus = analyzer.analyze_many(["Russia met France."], windows=("sentence",), levels=("actor",))
    with pytest.raises(ValueError, match="did not collect"):
        corpus.cooccurrence("paragraph")
    with pytest.raises(ValueError, match="did not collect"):
        corpus.cooccurrence(level="country")
    with pytest.raises(ValueError, match="no actor-term"):
        corpus.term_association()
    other = analyzer.analyze_many(["Russia met France."])
    with pytest.raises(ValueError, match="different options"):
        corpus.merge(other)
    with pytest.raises(ValueError, match="threads"):
        analyzer.analyze_many([], threads=-1)
    with pytest.raises(ValueError, match="batch_size"):
        analyzer.analyze_many([], batch_size=0)
    empty = analyzer.analyze_many([])
    assert empty.documents == 0
    assert empty.cooccurrence().shape == (0, 0)


def test_analyze_many_consumes_any_iterable(analyzer, sample_text):
    corpus = analyzer.analyze_many((t for t in [sample_text] * 5), batch_size=2)
    assert corpus.documents == 5
    assert corpus.cooccurrence(level="country")["USA", "KAZ"] == 30


def test_corpus_names_do_not_depend_on_order(analyzer):
    # At country level Tokayev is "KAZ"; a document naming only him gives the label no name
    # but its id. The label's name must not depend on which document came first.
    a = "Kazakh President Kassym-Jomart Tokayev met Russian officials."
    b = "Kazakhstan and Russia signed a deal."
    first = analyzer.analyze_many([a, b]).cooccurrence(level="country")
    second = analyzer.analyze_many([b, a]).cooccurrence(level="country")
    assert first.labels == second.labels
    assert first.names == second.names


def test_corpus_actor_country_does_not_depend_on_batching(analyzer):
    # Two documents give one person two countries: the answer must not depend on batching.
    texts = [
        "British Foreign Secretary John Smith spoke.",
        "Australian Prime Minister John Smith spoke.",
    ]
    one = analyzer.analyze_many(texts).actors
    two = analyzer.analyze_many(texts, batch_size=1).actors
    pd.testing.assert_frame_equal(one, two)


def test_content_free_records_count_alike_in_document_windows(analyzer):
    # Neither an empty record nor a "Source: …"-only record is a window, in any window kind.
    base = ["Russia met France.", "Germany spoke."]
    for window in ("sentence", "paragraph", "document"):
        alone = analyzer.analyze_many(base).cooccurrence(window, "pmi")
        empty = analyzer.analyze_many([*base, ""]).cooccurrence(window, "pmi")
        source = analyzer.analyze_many([*base, "Source: Reuters"]).cooccurrence(window, "pmi")
        assert alone["RUS", "FRA"] == pytest.approx(math.log(2))  # N = 2
        assert empty["RUS", "FRA"] == pytest.approx(alone["RUS", "FRA"]), window
        assert source["RUS", "FRA"] == pytest.approx(alone["RUS", "FRA"]), window


def test_missing_spec_error_names_a_real_parameter(analyzer):
    corpus = analyzer.analyze_many(["Russia met France."], windows=("sentence",))
    with pytest.raises(ValueError, match="did not collect") as info:
        corpus.cooccurrence("paragraph")
    advice = re.search(r"analyze_many\(\.\.\., (\w+)=", str(info.value))
    assert advice is not None
    assert advice.group(1) in inspect.signature(sm.Analyzer.analyze_many).parameters


def test_corpus_plus(analyzer):
    a = analyzer.analyze_many(["Russia met France."])
    b = analyzer.analyze_many(["Russia met Germany."])
    total = a + b
    assert total.documents == 2


# ====================================================================== options


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        (dict(window="line"), ValueError, "window"),
        (dict(window=0), ValueError, "at least 1"),
        (dict(window=-3), ValueError, "at least 1"),
        (dict(window="tokens"), ValueError, "int"),
        (dict(window=True), TypeError, "window"),
        (dict(window=2.5), TypeError, "window"),
        (dict(weight="tfidf"), ValueError, "weight"),
        (dict(level="planet"), ValueError, "level"),
        (dict(count="pairs"), ValueError, "count"),
        (dict(kinds=["planet"]), ValueError, "planet"),
        (dict(weight="jaccard", count="mentions"), ValueError, "window counts"),
        (dict(window=5, weight="llr"), ValueError, "window counts"),
        (dict(window="sentence", distance_weighted=True), ValueError, "token windows"),
    ],
)
def test_bad_options(sample_doc, kwargs, error, match):
    with pytest.raises(error, match=match):
        sample_doc.cooccurrence(**kwargs)


def test_bad_terms(sample_doc):
    for terms, match in [([], "at least one"), (["two words"], "single word"), (["*"], "word")]:
        with pytest.raises(ValueError, match=match):
            sample_doc.term_association(terms)


# ====================================================================== LabeledMatrix


@pytest.fixture(scope="module")
def country_matrix(sample_doc) -> sm.LabeledMatrix:
    return sample_doc.cooccurrence(window="sentence", level="country")


def test_labeled_matrix_basics(country_matrix):
    m = country_matrix
    n = len(m.labels)
    assert m.shape == (n, n)
    assert len(m) == n
    assert m.columns == m.labels
    assert len(m.names) == len(m.kinds) == len(m.totals) == n
    assert m.names[m.labels.index("USA")] == "United States"
    assert (np.diff(m.totals) <= 0).all()  # largest first
    assert m["USA", "KAZ"] == 6
    assert m["USA", "USA"] == 0  # diagonal off by default
    with pytest.raises(KeyError):
        m["USA", "Atlantis"]
    assert "LabeledMatrix" in repr(m)
    assert m.meta == {"window": "sentence", "weight": "count", "level": "country"}


def test_to_numpy(country_matrix):
    dense = country_matrix.to_numpy()
    assert isinstance(dense, np.ndarray)
    assert dense.dtype == np.float64
    assert dense.shape == country_matrix.shape
    np.testing.assert_array_equal(dense, dense.T)
    assert np.count_nonzero(dense) == country_matrix.nnz
    assert np.trace(dense) == 0


def test_to_scipy_shares_data(country_matrix):
    csr = country_matrix.to_scipy()
    assert sp.issparse(csr)
    assert csr.format == "csr"
    assert csr is country_matrix.to_scipy()
    # Built on the arrays handed over by C++: views, not copies.
    for array in (csr.data, csr.indices, csr.indptr):
        assert not array.flags.owndata
        assert array.base is not None
    assert csr.indices.dtype == np.int32
    np.testing.assert_array_equal(csr.toarray(), country_matrix.to_numpy())


def test_to_scipy_outlives_its_matrix():
    csr = sm.analyze("Russia met France and Germany.").cooccurrence().to_scipy()
    gc.collect()
    np.testing.assert_array_equal(csr.toarray(), np.ones((3, 3)) - np.eye(3))


def test_to_pandas(country_matrix):
    frame = country_matrix.to_pandas()
    assert isinstance(frame, pd.DataFrame)
    assert frame.index.tolist() == country_matrix.labels
    assert frame.columns.tolist() == country_matrix.labels
    assert frame.loc["USA", "KAZ"] == 6
    assert frame.loc["RUS", "UKR"] == 7
    np.testing.assert_array_equal(frame.to_numpy(), country_matrix.to_numpy())


def test_to_networkx(country_matrix):
    graph = country_matrix.to_networkx()
    assert isinstance(graph, nx.Graph)
    assert not graph.is_directed()
    assert set(graph.nodes) == set(country_matrix.labels)
    usa = graph.nodes["USA"]
    assert usa["name"] == "United States"
    assert usa["kind"] == "country"
    assert usa["total"] == 11
    assert graph.nodes["Central Asia"]["kind"] == "region"
    assert graph["USA"]["KAZ"]["weight"] == 6
    assert graph["UKR"]["RUS"]["weight"] == 7
    assert not graph.has_edge("KAZ", "CHN")
    assert nx.number_of_selfloops(graph) == 0
    assert graph.number_of_edges() == country_matrix.nnz // 2
    dense = country_matrix.to_pandas()
    for a, b, weight in graph.edges(data="weight"):
        assert dense.loc[a, b] == weight


def test_top(country_matrix):
    top = country_matrix.top(5)
    assert list(top.columns) == ["actor1", "actor2", "value"]
    assert len(top) == 5
    assert (top["actor1"] != top["actor2"]).all()
    pairs = {frozenset(p) for p in zip(top["actor1"], top["actor2"])}
    assert len(pairs) == 5  # each pair once
    assert top["value"].is_monotonic_decreasing
    # The strongest pairs: RUS with UKR, USA and KAZ (7 each), then USA–KAZ (6).
    assert set(top["value"].iloc[:3]) == {7.0}
    assert frozenset(("RUS", "UKR")) in pairs
    assert frozenset(("USA", "KAZ")) in pairs
    everything = country_matrix.top(10_000)
    assert len(everything) == country_matrix.nnz // 2
    assert country_matrix.top(0).empty


@pytest.mark.parametrize("weight", ref.WEIGHTS)
def test_exports_agree_for_every_weight(sample_doc, weight):
    m = sample_doc.cooccurrence(weight=weight, level="country")
    dense = m.to_numpy()
    np.testing.assert_array_equal(m.to_scipy().toarray(), dense)
    np.testing.assert_array_equal(m.to_pandas().to_numpy(), dense)
    graph = m.to_networkx()
    for a, b, value in graph.edges(data="weight"):
        i, j = m.labels.index(a), m.labels.index(b)
        assert value in (dense[i, j], dense[j, i])
    assert np.isfinite(dense).all()
