"""Corpus sums by level: country_role when analyze_many asks for it, an OptionError otherwise."""

from __future__ import annotations

import pytest

import stancemap as sm

TEXTS = ["Iraqi police clashed with Syrian rebels.", "Syrian rebels condemned Iraqi police."]


def test_corpus_country_role_cooccurrence_when_asked_for() -> None:
    corpus = sm.Analyzer().analyze_many(TEXTS, levels=["actor", "country_role"])
    m = corpus.cooccurrence(level="country_role")
    assert sorted(m.labels) == ["IRQ.COP", "SYR.REB"]
    assert m.to_numpy().tolist() == [[0, 2], [2, 0]]  # one sentence of each text


def test_corpus_country_role_stance_is_an_option_error() -> None:
    corpus = sm.Analyzer().analyze_many(TEXTS)
    with pytest.raises(sm.OptionError, match="country_role"):
        corpus.stance(level="country_role")


def test_document_country_role_still_works() -> None:
    doc = sm.analyze(TEXTS[0])
    assert doc.cooccurrence(level="country_role").labels == ["IRQ.COP", "SYR.REB"]
