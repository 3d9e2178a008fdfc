"""Corpus studies (issue 14): records and metadata in, merge, corpus-level actor roll-ups,
evidence at scale, slices and time, saving."""

from __future__ import annotations

import datetime as dt
import pickle

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import stancemap as sm

SENTENCES = [
    "Russia criticised France.",
    "The United States supported Ukraine.",
    "France condemned Russia over its invasion of Ukraine.",
    "Germany praised Poland for its aid to Ukraine.",
    "China and Russia signed a partnership.",
    "Japan met Kazakh officials in Astana.",
    "Donald Trump met Angela Merkel in Berlin. Mr. Trump said he supported Germany.",
    "Mr. Trump said on Tuesday that he opposed the deal with Iran.",
    "British Prime Minister Tony Blairwood said he supported France.",
    "Belgian Prime Minister Tony Blairwood said he supported France.",
    "Tony Blairwood said he supported France.",
    "",
]
DAYS = ["2020-01-05", "2020-01-20", "2020-02-03", "2020-04-30", "2021-07-01", None]
SOURCES = ["BBC", "Reuters", None]

# Each example analyses a few corpora: few examples, no shrinking (the failing case is
# printed as found).
SLOW = settings(
    deadline=None,
    max_examples=20,
    suppress_health_check=[HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)


@pytest.fixture(scope="module")
def an() -> sm.Analyzer:
    return sm.Analyzer()


def record_lists() -> st.SearchStrategy:
    record = st.fixed_dictionaries(
        {
            "text": st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3).map(" ".join),
            "date": st.sampled_from(DAYS),
            "source": st.sampled_from(SOURCES),
        }
    )
    return st.lists(record, min_size=1, max_size=8)


def state(c: sm.Corpus) -> list:
    """Everything a corpus answers, comparable exactly."""
    out: list = [c.documents, c.errors.to_numpy().tolist(), c.actors.to_numpy().tolist()]
    for level in ("actor", "country"):
        for window in ("sentence", "document"):
            m = c.cooccurrence(window, "npmi", level)
            out += [m.labels, m.kinds, m.to_numpy().tolist()]
        s = c.stance(level)
        out += [s.labels, s.kinds, s.to_numpy().tolist(), s.counts.toarray().tolist()]
    ev = c.evidence.astype(object)
    out.append(ev.where(ev.notna(), None).to_numpy().tolist())  # missing: None, never NaN
    return out


# ====================================================================== 1. records in


def test_records_dataframe_and_generator_give_one_corpus(an):
    records = [{"text": t, "date": "2020-01-05", "source": "BBC"} for t in SENTENCES[:6]]
    texts = [r["text"] for r in records]
    from_texts = an.analyze_many(texts)
    from_records = an.analyze_many(records)
    from_frame = an.analyze_many(pd.DataFrame(records))
    from_generator = an.analyze_many(r for r in records)
    for c in (from_records, from_frame, from_generator):
        assert c.documents == 6
        assert state(c) == state(from_texts)


def test_a_batch_of_texts_alone_is_read_as_records_are(an):
    # Texts alone (str and bytes, no metadata) go to C++ as they are, without a look at each
    # one in Python: the same documents, errors and positions as the same texts as records.
    texts = [*SENTENCES[:3], b"\xff\xfe", b"Japan met China.", SENTENCES[3]]
    records = [{"text": t} for t in texts]
    for size in (2, 4, 100):  # batch boundaries: positions continue across batches
        alone = an.analyze_many(texts, batch_size=size)
        assert state(alone) == state(an.analyze_many(records, batch_size=size))
        assert alone.errors["index"].tolist() == [3]
    # Not texts alone (None among them): read one by one, None reported as before.
    mixed = an.analyze_many([SENTENCES[0], None, SENTENCES[1]])
    assert mixed.errors["index"].tolist() == [1]
    assert mixed.documents == 2


def test_a_str_is_not_an_iterable_of_texts(an):
    with pytest.raises(TypeError, match=r"analyze\(text\)"):
        an.analyze_many("Russia met France.")
    with pytest.raises(TypeError, match="single bytes"):
        an.analyze_many(b"Russia met France.")


def test_term_association_with_a_str_is_one_term(an):
    doc = an.analyze("Russia raised oil prices. France bought oil.")
    m = doc.term_association("oil")
    assert m.columns == ["oil"]
    corpus = an.analyze_many(["Russia raised oil prices."], terms="oil")
    assert corpus.term_association().columns == ["oil"]


def test_metadata_round_trips_with_index_and_parsed_dates(an):
    frame = pd.DataFrame(
        {
            "text": ["Russia criticised France.", "Germany praised Poland.", "Japan met China."],
            "date": ["2020-03-01", pd.Timestamp("2020-03-02 13:45"), dt.date(2020, 3, 3)],
            "source": ["BBC", "Reuters", "BBC"],
            "url": ["a", "b", "c"],
        },
        index=[10, 20, 30],
    )
    c = an.analyze_many(frame, metadata=["date", "source", "url"])
    meta = c.metadata
    assert meta["index"].tolist() == [10, 20, 30]
    assert meta["date"].tolist() == [pd.Timestamp(f"2020-03-0{i}") for i in (1, 2, 3)]
    assert meta["source"].tolist() == ["BBC", "Reuters", "BBC"]
    assert meta["url"].tolist() == ["a", "b", "c"]
    ev = c.evidence
    assert ev["document"].tolist()[0] == 10
    assert ev["document_source"].tolist()[0] == "BBC"  # a field named like a column


def test_bad_records_are_errors_with_one_reason_each(an):
    records = [
        {"text": "Russia criticised France.", "date": "2020-01-01"},
        {"body": "no text field"},
        {"text": "Germany praised Poland.", "date": "not a date"},
        {"text": b"\xff\xfe", "date": "2020-01-02"},
        {"text": "Japan met China.", "date": None},
    ]
    c = an.analyze_many(records, metadata=["date"])
    errors = dict(c.errors.to_numpy().tolist())
    assert sorted(errors) == [1, 2, 3]
    assert "missing field 'text'" in errors[1]
    assert "not a date" in errors[2] or "ISO 8601" in errors[2]
    assert c.documents + len(errors) == len(records)
    assert c.metadata["index"].tolist() == [0, 4]


def test_generator_of_many_records_streams(an):
    n = 5000
    gen = ({"text": SENTENCES[i % 6], "date": "2020-01-05"} for i in range(n))
    c = an.analyze_many(gen, metadata=["date"], batch_size=700, evidence="none")
    assert c.documents == n
    assert len(c.evidence) == 0
    assert c.stance_over_time("Y")["count"].sum() == c.stance().counts.sum()


# ====================================================================== 2. merge


def test_merge_returns_a_new_corpus(an):
    a = an.analyze_many(["Russia criticised France."])
    b = an.analyze_many(["Germany praised Poland."])
    merged = a.merge(b)
    assert merged is not a
    assert a.documents == 1
    assert b.documents == 1
    assert merged.documents == 2
    assert state(a + b) == state(merged)
    assert state(sum([a, b])) == state(merged)


@given(record_lists(), st.randoms(use_true_random=False))
@SLOW
def test_merge_is_commutative_and_associative(records, rnd):
    an = sm.Analyzer()
    kw = dict(metadata=["date", "source"], by=["source"], evidence="all")
    cuts = sorted(rnd.sample(range(len(records) + 1), 2))
    parts = [records[: cuts[0]], records[cuts[0] : cuts[1]], records[cuts[1] :]]
    # Each part keeps the positions of the whole input, as a DataFrame index.
    frames = []
    start = 0
    for p in parts:
        frames.append(pd.DataFrame(p, index=range(start, start + len(p))))
        start += len(p)
    a, b, c = (an.analyze_many(f, **kw) if len(f) else an.analyze_many([], **kw) for f in frames)
    whole = an.analyze_many(pd.DataFrame(records), **kw)
    left = (a + b) + c
    right = a + (b + c)
    swapped = (c + a) + b
    assert state(left) == state(right) == state(swapped) == state(whole)
    assert state(a + b) == state(b + a)
    pd.testing.assert_frame_equal(left.metadata, swapped.metadata, check_dtype=False)
    over = whole.stance_over_time("M", by="source")
    pd.testing.assert_frame_equal(swapped.stance_over_time("M", by="source"), over)


def test_an_actors_kind_is_the_majority_of_its_documents_in_any_merge_order():
    g = sm.Gazetteer.default().extend(
        {"id": "Acme", "name": "Acme", "kind": "organisation", "aliases": ["Acme"]}
    )
    as_org = sm.Analyzer(gazetteer=g).analyze_many(["Acme criticised France."] * 2)
    as_person = sm.Analyzer().analyze_many(["Mr. Acme said he criticised France."])
    assert as_person.actors.set_index("id").loc["Acme", "kind"] == "person"
    for merged in (as_org + as_person, as_person + as_org):
        assert merged.actors.set_index("id").loc["Acme", "kind"] == "organisation"
        assert "Acme" in merged.stance(kinds=["organisation"]).labels
    tie = sm.Analyzer(gazetteer=g).analyze_many(["Acme criticised France."])
    # One document each: the first kind in ActorKind order (organisation before person).
    assert (tie + as_person).actors.set_index("id").loc["Acme", "kind"] == "organisation"
    assert state(tie + as_person) == state(as_person + tie)


# ====================================================================== 3. actor roll-ups

BRITISH = "British Prime Minister Tony Blairwood said he supported France."
BELGIAN = "Belgian Prime Minister Tony Blairwood said he supported France."
NONE = "Tony Blairwood said he supported France."


def blair(corpus: sm.Corpus) -> str | None:
    a = corpus.actors.set_index("id")
    return a.loc["Tony Blairwood", "country"]


def test_a_stray_document_does_not_decide_a_persons_country(an):
    # 3 documents say GBR, 1 BEL, 2 none: GBR, in any order.
    texts = [BELGIAN, BRITISH, NONE, BRITISH, NONE, BRITISH]
    assert blair(an.analyze_many(texts)) == "GBR"
    assert blair(an.analyze_many(texts[::-1])) == "GBR"
    assert blair(an.analyze_many([BELGIAN, BRITISH, BELGIAN])) == "BEL"


# "Rep." is an office of one country (rule title-country): the text does not state the
# country beside the name, as "Belgian Prime Minister" does (rule title-affiliation).
INFERRED = "Rep. Tony Blairwood said he supported France."


def test_one_document_decides_only_when_its_text_states_the_country(an):
    assert blair(an.analyze_many([BELGIAN, NONE, NONE, NONE])) == "BEL"
    assert pd.isna(blair(an.analyze_many([INFERRED, NONE, NONE, NONE])))
    assert blair(an.analyze_many([INFERRED, NONE])) == "USA"  # two documents: it may
    assert blair(an.analyze_many([INFERRED, INFERRED, NONE, NONE, NONE])) == "USA"
    # One document against another: neither decides.
    assert pd.isna(blair(an.analyze_many([BELGIAN, BRITISH, NONE, NONE])))
    assert pd.isna(blair(an.analyze_many([BELGIAN, INFERRED, NONE, NONE])))
    # Merging corpora keeps the documents' grounds.
    merged = an.analyze_many([NONE, NONE]) + an.analyze_many([BELGIAN, NONE])
    assert blair(merged) == "BEL"


def test_a_tie_is_decided_the_same_way_in_any_order(an):
    one = an.analyze_many([BRITISH, BELGIAN])
    two = an.analyze_many([BELGIAN, BRITISH])
    assert blair(one) == blair(two) == "BEL"  # the smallest id of the tied


@given(st.lists(st.sampled_from([BRITISH, BELGIAN, NONE]), min_size=1, max_size=9))
@SLOW
def test_no_person_gets_a_country_a_minority_of_its_documents_gave_it(texts):
    corpus = sm.Analyzer().analyze_many(texts)
    votes = {"GBR": texts.count(BRITISH), "BEL": texts.count(BELGIAN)}
    stated = sum(votes.values())
    country = blair(corpus)
    if stated == 0 or (max(votes.values()) < 2 and len(texts) > 2 and stated > 1):
        assert pd.isna(country)  # no vote, or single documents that disagree
    else:
        assert country is not None
        assert votes[country] * 2 >= stated  # never a minority's
        assert votes[country] == max(votes.values())


def test_surname_and_full_name_are_one_actor_when_a_document_says_so(an):
    # A name no dictionary holds: undated, "Mr. Trump" alone is now the listed Donald Trump
    # (today's world, leaders_2017.json), so the rule is shown on a name of our own.
    both = "Donald Trumbrell met Angela Merkel in Berlin. Mr. Trumbrell said he supported Germany."
    alone = "Mr. Trumbrell said on Tuesday that he opposed the deal with Iran."
    corpus = an.analyze_many([alone, both, alone])
    assert corpus.aliases.to_numpy().tolist() == [["Trumbrell", "Donald Trumbrell"]]
    actors = corpus.actors.set_index("id")
    assert "Trumbrell" not in actors.index
    assert actors.loc["Donald Trumbrell", "documents"] == 3
    # One actor in the matrices and the evidence too.
    stance = corpus.stance()
    assert "Trumbrell" not in stance.labels
    ev = corpus.evidence
    assert "Trumbrell" not in set(ev["source"]) | set(ev["target"])
    co = corpus.cooccurrence("document")
    assert "Trumbrell" not in co.labels
    assert co["Donald Trumbrell", "IRN"] == 2  # the two documents that say "Mr. Trumbrell" only
    # Without a document that has both, they stay apart.
    apart = an.analyze_many([alone, "Donald Trumbrell met Angela Merkel in Berlin."])
    assert len(apart.aliases) == 0
    assert {"Trumbrell", "Donald Trumbrell"} <= set(apart.actors["id"])


# ====================================================================== 4. evidence


def test_corpus_evidence_is_the_documents_evidence(an):
    texts = SENTENCES[:6]
    corpus = an.analyze_many(texts, evidence="all")
    ev = corpus.evidence
    expected = []
    for i, t in enumerate(texts):
        d = an.analyze(t).evidence
        for r in d.itertuples():
            expected.append((i, r.source, r.target, r.score, r.category, r.start, r.end, r.text))
    got = [
        (r.document, r.source, r.target, r.score, r.category, r.start, r.end, r.text)
        for r in ev.itertuples()
    ]
    assert got == expected
    for r in ev.itertuples():
        assert texts[r.document][r.sentence_start : r.sentence_end] == r.text
    cell = corpus.stance().evidence("FRA", "RUS")
    assert cell["cue"].tolist() == ["condemned"]


def test_evidence_default_keeps_offsets_not_text(an):
    text = "Das ist übel. Russia criticised France."
    ev = an.analyze_many([text]).evidence
    assert ev["text"].tolist() == [""]
    r = ev.iloc[0]
    assert text[r["start"] : r["end"]] == "Russia criticised France"
    assert text[r["sentence_start"] : r["sentence_end"]] == "Russia criticised France."
    assert len(an.analyze_many([text], evidence="none").evidence) == 0


def test_evidence_sample_is_bounded_and_order_free(an):
    texts = [SENTENCES[i % 6] for i in range(60)]
    whole = an.analyze_many(texts, evidence="sample:7")
    assert len(whole.evidence) == 7
    parts = [
        an.analyze_many(
            pd.DataFrame({"text": texts[i : i + 20]}, index=range(i, i + 20)), evidence="sample:7"
        )
        for i in (0, 20, 40)
    ]
    merged = (parts[2] + parts[0]) + parts[1]
    pd.testing.assert_frame_equal(merged.evidence, whole.evidence)
    assert (merged.evidence["text"] != "").all()


def test_country_level_evidence(an):
    corpus = an.analyze_many([BRITISH])
    ev = corpus.stance(level="country").evidence
    assert ev[["source", "target"]].to_numpy().tolist() == [["GBR", "FRA"]]


# ====================================================================== 5. slices and time


@given(record_lists(), st.sampled_from(["D", "W", "M", "Q", "Y"]))
@SLOW
def test_stance_over_time_equals_per_period_corpora(records, freq):
    an = sm.Analyzer()
    corpus = an.analyze_many(records, metadata=["date", "source"], by=["source"])
    got = corpus.stance_over_time(freq, level="country")
    frame = pd.DataFrame(records)
    days = pd.to_datetime(frame["date"])
    expected = []
    for period in sorted(days.dropna().dt.to_period(freq).unique()):
        chosen = [r for r, d in zip(records, days) if pd.notna(d) and d.to_period(freq) == period]
        m = an.analyze_many(chosen, metadata=["date"]).stance(level="country")
        coo = m.to_scipy().tocoo()
        for i, j, v in zip(coo.row, coo.col, coo.data):
            expected.append((period, m.labels[i], m.columns[j], v, float(m.counts[i, j])))
    expected.sort(key=lambda r: (r[0], r[1], r[2]))
    assert [tuple(r) for r in got.itertuples(index=False)] == expected
    co = corpus.cooccurrence_over_time(freq, weight="count")
    assert (co["value"] == co["count"]).all()


def test_by_and_where(an):
    records = [
        {"text": "Russia criticised France.", "date": "2020-01-05", "source": "BBC"},
        {"text": "Germany praised Poland.", "date": "2020-02-05", "source": "Reuters"},
        {"text": "France condemned Russia.", "date": "2020-03-05", "source": "BBC"},
    ]
    c = an.analyze_many(records, metadata=["date", "source"], by=["source"])
    parts = c.by("source")
    assert sorted(parts) == ["BBC", "Reuters"]
    by_hand = an.analyze_many([records[0]["text"], records[2]["text"]])
    assert state(parts["BBC"])[2:-1] == state(by_hand)[2:-1]
    assert parts["BBC"].metadata["index"].tolist() == [0, 2]
    bbc_early = c.where(source="BBC", end="2020-02-01")
    assert bbc_early.documents == 1
    assert bbc_early.evidence["document"].tolist() == [0]
    assert c.where(start="2020-02-01").documents == 2
    assert sorted(c.by("date")) == ["2020-01-05", "2020-02-05", "2020-03-05"]
    with pytest.raises(ValueError, match="by="):
        an.analyze_many(["Russia."]).by("source")


# ====================================================================== 6. saving


def test_pickle_and_save_round_trip(an, tmp_path):
    records = [
        {"text": t, "date": d, "source": s} for t, d, s in zip(SENTENCES, DAYS * 2, SOURCES * 4)
    ]
    c = an.analyze_many(
        records, metadata=["date", "source"], by=["source"], evidence="all", terms=["oil"]
    )
    for copy in (pickle.loads(pickle.dumps(c)), _saved(c, tmp_path / "c.stancemap")):
        assert state(copy) == state(c)
        pd.testing.assert_frame_equal(copy.metadata, c.metadata, check_dtype=False)
        pd.testing.assert_frame_equal(copy.stance_over_time("M"), c.stance_over_time("M"))
        assert (
            copy.term_association().to_numpy().tolist() == c.term_association().to_numpy().tolist()
        )
        assert state(copy + c) == state(c + c)
    m = c.stance()
    m2 = pickle.loads(pickle.dumps(m))
    assert np.array_equal(m2.to_numpy(), m.to_numpy())
    assert m2.labels == m.labels


def _saved(c: sm.Corpus, path) -> sm.Corpus:
    c.save(path)
    return sm.load(path)


def test_load_refuses_what_is_not_a_corpus(tmp_path):
    bad = tmp_path / "bad.stancemap"
    bad.write_bytes(b"hello")
    with pytest.raises(ValueError, match="not a saved stancemap corpus"):
        sm.load(bad)
    c = sm.Analyzer().analyze_many(["Russia criticised France."])
    c.save(tmp_path / "ok.stancemap")
    import zipfile

    with zipfile.ZipFile(tmp_path / "ok.stancemap") as z:
        data = z.read("corpus.bin")
    for cut in (10, len(data) // 2, len(data) - 1):
        with pytest.raises(ValueError, match=r"truncated or corrupt|not a stancemap"):
            sm._core.Corpus.load(data[:cut])


# ====================================================================== 8. memory


def test_dense_conversion_of_a_huge_matrix_warns_first(an, monkeypatch):
    import stancemap.matrix as matrix

    m = an.analyze_many(["Russia criticised France."]).cooccurrence()
    monkeypatch.setattr(matrix, "DENSE_WARNING_CELLS", 3)
    with pytest.warns(ResourceWarning, match="to_scipy"):
        m.to_numpy()
    assert m.to_long().to_numpy().tolist() == [["FRA", "RUS", 1.0], ["RUS", "FRA", 1.0]]


# ====================================================================== levels

ROLE_TEXTS = [
    "Iraqi police clashed with Syrian rebels.",
    "The Russian foreign ministry criticised Iraqi police and the Iraqi government.",
    "Russia criticised France. Syrian rebels attacked Iraqi police.",
]
ALL_LEVELS = ["actor", "country", "country_role"]


def _cells(m: sm.StanceMatrix) -> dict[tuple[str, str], float]:
    long = m.to_long()
    return {(s, t): v for s, t, v in zip(long["source"], long["target"], long["value"])}


def test_country_role_sums_are_those_of_the_documents(an, tmp_path):
    c = an.analyze_many(
        [{"text": t, "date": "2020-01-05"} for t in ROLE_TEXTS],
        metadata=["date"],
        levels=ALL_LEVELS,
    )
    expected: dict[tuple[str, str], float] = {}
    for t in ROLE_TEXTS:
        for key, value in _cells(an.analyze(t).stance(level="country_role")).items():
            expected[key] = expected.get(key, 0.0) + value
    m = c.stance(level="country_role")
    assert _cells(m) == pytest.approx(expected)
    assert {"IRQ.COP", "SYR.REB", "RUS.GOV", "IRQ.GOV", "RUS", "FRA"} == set(m.labels)
    evidence = m.evidence
    assert set(evidence["source"]) | set(evidence["target"]) <= set(m.labels)
    assert ("RUS.GOV", "IRQ.COP") in set(zip(evidence["source"], evidence["target"]))
    over_time = c.stance_over_time("M", level="country_role")
    assert set(over_time["source"]) <= set(m.labels)
    january = c.where(start="2020-01-01", end="2020-02-01").stance(level="country_role")
    assert _cells(january) == _cells(m)
    assert january.evidence[["source", "target"]].equals(evidence[["source", "target"]])
    for copy in (pickle.loads(pickle.dumps(c)), _saved(c, tmp_path / "roles.stancemap")):
        assert _cells(copy.stance(level="country_role")) == _cells(m)
    assert _cells((c + c).stance(level="country_role")) == {k: 2 * v for k, v in _cells(m).items()}


def test_country_role_is_collected_only_when_asked_for(an):
    c = an.analyze_many(ROLE_TEXTS)
    with pytest.raises(sm.OptionError, match="country_role"):
        c.stance(level="country_role")


def test_a_corpus_saved_in_format_version_1_still_loads():
    # Saved by stancemap at commit faf5c26 (format 1, before country_role sums).
    from pathlib import Path

    c = sm.load(Path(__file__).parent.parent / "data" / "corpus_format_v1.stancemap")
    assert c.documents == 2
    assert {"RUS", "FRA", "DEU", "POL"} <= set(c.stance().labels)
    assert sorted(c.by("date")) == ["2020-01-05", "2020-02-03"]
    with pytest.raises(sm.OptionError, match="country_role"):
        c.stance(level="country_role")


def test_a_corpus_saved_in_format_version_2_still_loads():
    # Saved by stancemap at commit 120408a (format 2, before the stated country votes).
    from pathlib import Path

    c = sm.load(Path(__file__).parent.parent / "data" / "corpus_format_v2.stancemap")
    assert c.documents == 5
    actors = c.actors.set_index("id")
    assert actors.loc["Tony Blairwood", "country"] == "GBR"  # 2 documents of 3 that say one
    assert actors.loc["Tony Blairwood", "documents"] == 5


def test_successors_count_historical_states_as_todays(an, tmp_path):
    assert ("SUN", "RUS", "Russia") in sm.Gazetteer.default().successors
    text = "Moscow criticised Bonn. East Germany praised the Soviet Union."
    doc = an.analyze(text, date="1987-03-01")
    assert "SUN" in doc.stance(level="country").labels
    for m in (
        doc.stance(level="country", successors=True),
        doc.cooccurrence(level="country", successors=True),
    ):
        assert "RUS" in m.labels
        assert not {"SUN", "DDR"} & set(m.labels)
    renamed = doc.stance(level="country", successors=True)
    assert set(renamed.evidence["source"]) | set(renamed.evidence["target"]) <= set(renamed.labels)
    assert "SUN" in doc.stance(successors=True).labels  # the actor level keeps the text's

    records = [{"text": text, "date": "1987-03-01"}]
    c = an.analyze_many(records, metadata=["date"], successors=True)
    labels = c.stance(level="country").labels
    assert "RUS" in labels
    assert "SUN" not in labels
    assert (
        c.stance(level="country").labels
        == _saved(c, tmp_path / "s.stancemap").stance(level="country").labels
    )
    assert "SUN" in an.analyze_many(records, metadata=["date"]).stance(level="country").labels
