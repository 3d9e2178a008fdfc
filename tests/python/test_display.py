"""Rich display in notebooks: _repr_html_ of Document, matrices and Corpus (escaped, short
plain reprs)."""

from __future__ import annotations

import re

import numpy as np
import pytest

import stancemap as sm
from stancemap import _html

HOSTILE = (
    'Russia said <script>alert("x")</script> & "Ukraine" condemned Russia\'s <b>attack</b>. '
    "The United States supported Ukraine. <img src=x onerror=alert(1)>"
)


def test_plain_reprs_stay_short(sample_doc):
    for obj in (sample_doc, sample_doc.cooccurrence(), sample_doc.stance()):
        assert len(repr(obj)) < 120
        assert repr(obj)[0] == "<"


def test_document_html_marks_actors_by_kind_and_cues_by_sign(sample_doc):
    out = sample_doc._repr_html_()
    actors = set(re.findall(r'data-actor="([^"]+)"', out))
    assert {"USA", "KAZ", "Antony Blinken"} <= actors
    kinds = set(re.findall(r"sm-kind-(\w+)", out))
    assert {"country", "person"} <= kinds
    # Every mention inside the shown text is marked once.
    assert out.count("data-actor=") == len(sample_doc.mentions)
    assert "sm-cue sm-pos" in out
    # Evidence on hover: a cue's title names source, target and signed score.
    titles = re.findall(r'class="sm-cue sm-\w+" title="([^"]+)"', out)
    assert titles
    assert any("→" in t and re.search(r"[+−]\d\.\d\d", t) for t in titles)


def test_document_html_cues_agree_with_the_evidence(sample_doc):
    out = sample_doc._repr_html_()
    evidence = sample_doc.evidence
    negatives = (evidence["score"] < 0).sum()
    assert (out.count("sm-cue sm-neg") > 0) == (negatives > 0)


def test_hostile_text_is_escaped():
    doc = sm.analyze(HOSTILE)
    for out in (doc._repr_html_(), doc.stance()._repr_html_(), doc.cooccurrence()._repr_html_()):
        assert "<script>" not in out
        assert "<img src=x" not in out
        assert "<b>attack</b>" not in out
    out = doc._repr_html_()
    assert "alert(&quot;x&quot;)" in out
    assert "&lt;b&gt;attack&lt;" in out
    # The text survives: unescaping the marked text and dropping the markup gives it back.
    body = re.search(r'<div class="sm-text">(.*?)</div>', out, re.S).group(1)
    import html as html_module

    assert html_module.unescape(re.sub(r"<[^>]+>", "", body)) == doc.text


def test_hostile_actor_names_are_escaped():
    g = sm.Gazetteer.default().extend(
        {
            "id": "<X&Y>",
            "name": '"><script>x</script>',
            "kind": "organisation",
            "aliases": ["Evil Corp"],
        }
    )
    doc = sm.Analyzer(gazetteer=g).analyze("Evil Corp met Russia. Russia praised Evil Corp.")
    for out in (doc._repr_html_(), doc.cooccurrence()._repr_html_(), doc.stance()._repr_html_()):
        assert "<script>" not in out
        assert "<X&Y>" not in out
    assert "&lt;X&amp;Y&gt;" in doc._repr_html_()


def test_matrix_html_top_cells_first_and_diverging_colours(sample_doc):
    st = sample_doc.stance(level="country")
    out = st._repr_html_()
    assert out.index("Top cells") < out.index("<h4>Matrix")
    # Diverging: a positive cell is blue-ish, a negative one vermilion-ish, zero white.
    assert _html.cell_colour(1.0, 1.0, True) == _html._mix(_html.POSITIVE, 0.85)
    assert _html.cell_colour(-1.0, 1.0, True) == _html._mix(_html.NEGATIVE, 0.85)
    assert _html.cell_colour(0.0, 1.0, True) == "#ffffff"
    dense = st.to_numpy()
    if (dense > 0).any():
        assert _html._mix(_html.POSITIVE, 0.85) in out  # the largest |cell| has full colour
    # The top cells are ordered by |score|.
    scores = [
        float(s.replace("−", "-"))
        for s in re.findall(r'sm-(?:pos|neg)-text">([+−][\d.]+)', out.split("<h4>Matrix")[0])
    ]
    assert scores == sorted(scores, key=abs, reverse=True)


def test_cooccurrence_html_is_sequential(sample_doc):
    co = sample_doc.cooccurrence(level="country")
    out = co._repr_html_()
    assert _html._mix(_html.NEGATIVE, 0.85) not in out
    assert "USA" in out
    assert out.count("<tr>") >= min(len(co.labels), 15)


def test_corpus_html_summary(analyzer, sample_text):
    corpus = analyzer.analyze_many([sample_text, sample_text, b"\xff bad utf-8"], threads=1)
    out = corpus._repr_html_()
    assert "2 documents analysed" in out
    assert "1 records with errors" in out
    assert "Top actors" in out
    assert "USA" in out
    assert "Top co-occurring pairs" in out
    assert "Errors" in out
    assert len(repr(corpus)) < 120


def test_long_document_is_cut_with_a_note():
    sizes = []
    for repeat in (2000, 4000):
        doc = sm.analyze("Russia met Ukraine. " * repeat)
        out = doc._repr_html_()
        assert f"{len(doc.text) - _html.MAX_TEXT:,} more characters not shown" in out
        sizes.append(len(out))
    assert abs(sizes[0] - sizes[1]) < 200  # bounded: the view does not grow with the text


@pytest.mark.parametrize("value", [np.nan, np.inf])
def test_cell_colour_of_non_finite_values(value):
    assert _html.cell_colour(value, 1.0, True) == "#ffffff"
