"""Actors through the Python API: doc.actors, doc.mentions, actors_at, Gazetteer."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import stancemap as sm

ACTOR_COLUMNS = [
    "id",
    "name",
    "kind",
    "country",
    "country_rule",
    "title",
    "role",
    "mentions",
]
MENTION_COLUMNS = ["actor", "text", "start", "end", "sentence", "form"]

# The sample article read by hand (python/stancemap/data/sample_article.txt). Mentions are
# counted per actor; a person's title/affiliation words ("Kazakh President …", "the
# spokesman for the Kremlin, …") belong to the person, not to the country, and
# "Russian-speaking"/"Russian-speakers" are people, not the Russian state.
#
# USA 11: American (s0, "the head of the American diplomacy"), United States (s1, s4, s5,
#   s9, s13, s14), American visit (s10), Washington (s13, s14, s19).
# KAZ 10: Kazakhstan, Kazakh, Astana (s0), Kazakhstan (s5, s8, s9, s18), Astana (s7, s13),
#   Kazakh oil (s19).
# RUS 17: Russian (s0, s1, s14, s17), Russia (s5 ×2, s10, s15, s18 ×2, s19 ×2), Russia’s
#   (s6), Moscow (s7, s9, s10, s15).
# UKR 7: s0, s1, s5, s6, s8, s15, s17.
# Antony Blinken 5: Mr. Blinken (s2), the American Secretary of State (s4), Blinken said
#   (s5), Antony Blinken (s9), Mr. Blinken (s12).
# Central Asia 6: Central Asian (s2, s4, s15), Central Asia (s14, s17, s19).
# KGZ 2 (s0, s18), UZB 2 (s0, s12), CHN 2 (s1, s14), Europe 2 (European exports s18,
#   European markets s19), Kassym-Jomart Tokayev 2 (s12, Mr. Tokayev s13); one each: TJK,
#   TKM (s0), FRA, Vladimir Putin (s8), Dmitry Peskov (s10), Africa, Latin America
#   ("America Latin", s14), UN ("United Nations", s17), EBRD, GBR ("British"), ARM, the West
#   ("Western", s18), CPC (s19).
EXPECTED_ACTORS = {
    # id: (kind, country, mentions)
    "USA": ("country", "USA", 11),
    "KAZ": ("country", "KAZ", 10),
    "KGZ": ("country", "KGZ", 2),
    "UZB": ("country", "UZB", 2),
    "TJK": ("country", "TJK", 1),
    "TKM": ("country", "TKM", 1),
    "RUS": ("country", "RUS", 17),
    "UKR": ("country", "UKR", 7),
    "CHN": ("country", "CHN", 2),
    "FRA": ("country", "FRA", 1),
    "GBR": ("country", "GBR", 1),
    "ARM": ("country", "ARM", 1),
    "Antony Blinken": ("person", "USA", 5),
    "Vladimir Putin": ("person", "RUS", 1),
    "Dmitry Peskov": ("person", "RUS", 1),
    "Kassym-Jomart Tokayev": ("person", "KAZ", 2),
    "UN": ("organisation", None, 1),
    "EBRD": ("organisation", None, 1),
    "CPC": ("organisation", None, 1),
    "Central Asia": ("region", None, 6),
    "Europe": ("region", None, 2),
    "Africa": ("region", None, 1),
    "Latin America": ("region", None, 1),
    "the West": ("region", None, 1),
}

EXPECTED_TITLES = {
    "Antony Blinken": "Secretary of State",
    "Vladimir Putin": "President",
    "Dmitry Peskov": "spokesman",
    "Kassym-Jomart Tokayev": "President",
}


def _none(value: object) -> object:
    return None if value is None or (isinstance(value, float) and pd.isna(value)) else value


# ------------------------------------------------------------------ tables


def test_actor_and_mention_columns(sample_doc):
    actors = sample_doc.actors
    assert list(actors.columns) == ACTOR_COLUMNS
    assert actors["mentions"].dtype.kind == "i"
    mentions = sample_doc.mentions
    assert list(mentions.columns)[: len(MENTION_COLUMNS)] == MENTION_COLUMNS
    for column in ["start", "end", "sentence"]:
        assert mentions[column].dtype.kind == "i", column


def test_mention_offsets_slice_the_text(sample_doc):
    text = sample_doc.text
    sentences = sample_doc.sentences
    for row in sample_doc.mentions.itertuples():
        assert text[row.start : row.end] == row.text
        sentence = sentences.iloc[row.sentence]
        assert sentence.start <= row.start < row.end <= sentence.end
        assert sentence.kind != "metadata"
    mentions = sample_doc.mentions
    assert mentions["start"].is_monotonic_increasing


def test_actor_table_agrees_with_mentions(sample_doc):
    actors = sample_doc.actors
    mentions = sample_doc.mentions
    counts = mentions["actor"].value_counts().to_dict()
    assert dict(zip(actors["id"], actors["mentions"].tolist())) == counts
    # Actors are listed in order of first mention.
    assert actors["id"].tolist() == list(dict.fromkeys(mentions["actor"]))


def test_sample_article_actor_ids(sample_doc):
    assert set(sample_doc.actors["id"]) == set(EXPECTED_ACTORS)


def test_sample_article_actor_kinds_countries_mentions(sample_doc):
    got = {
        row.id: (row.kind, _none(row.country), int(row.mentions))
        for row in sample_doc.actors.itertuples()
    }
    assert got == EXPECTED_ACTORS


def test_sample_article_person_titles(sample_doc):
    persons = sample_doc.actors[sample_doc.actors["kind"] == "person"]
    assert dict(zip(persons["id"], persons["title"])) == EXPECTED_TITLES


def test_sample_article_tricky_mentions(sample_doc):
    mentions = sample_doc.mentions
    by_text = mentions.groupby("text")["actor"].agg(set).to_dict()
    assert by_text["American Secretary of State"] == {"Antony Blinken"}
    assert by_text["Washington"] == {"USA"}
    assert by_text["Moscow"] == {"RUS"}
    assert by_text["Astana"] == {"KAZ"}
    assert by_text["European Bank for Reconstruction and Development"] == {"EBRD"}
    assert by_text["Caspian Pipeline Consortium"] == {"CPC"}
    # No actor from headings, weekdays, months or the source line.
    for word in ["Sovereignty", "Tuesday", "September", "November", "LExpress", "Source"]:
        assert not mentions["text"].str.contains(word).any(), word
    # "Russian-speaking minority" and "Russian-speakers" are not the Russian state.
    sentence8 = mentions[mentions["sentence"] == 8]
    assert "RUS" not in set(sentence8["actor"])


def test_actors_at_country_rolls_persons_up(sample_doc):
    actors = sample_doc.actors
    country = sample_doc.actors_at("country")
    assert list(country.columns) == ACTOR_COLUMNS
    assert "person" not in set(country["kind"])
    persons = {"Antony Blinken", "Vladimir Putin", "Dmitry Peskov", "Kassym-Jomart Tokayev"}
    assert set(country["id"]) == set(EXPECTED_ACTORS) - persons
    got = dict(zip(country["id"], country["mentions"].tolist()))
    assert got["USA"] == 11 + 5  # + Blinken
    assert got["KAZ"] == 10 + 2  # + Tokayev
    assert got["RUS"] == 17 + 1 + 1  # + Putin, Peskov
    assert got["UKR"] == 7
    assert got["EBRD"] == 1
    assert got["Central Asia"] == 6
    assert country["mentions"].sum() == actors["mentions"].sum()
    pd.testing.assert_frame_equal(sample_doc.actors_at("actor"), actors)
    with pytest.raises(ValueError, match="level"):
        sample_doc.actors_at("planet")


def test_actors_at_country_without_the_country_itself():
    doc = sm.analyze("Kazakh President Kassym-Jomart Tokayev met Russian officials.")
    # "Russian officials" is an unnamed agent of the Russian government (issue 12).
    assert set(doc.actors["id"]) == {"Kassym-Jomart Tokayev", "RUS.GOV"}
    country = doc.actors_at("country")
    assert dict(zip(country["id"], country["kind"])) == {"KAZ": "country", "RUS": "country"}


# ------------------------------------------------------------------ Gazetteer

ACME = {"id": "ACME", "name": "Acme Corp", "kind": "organisation", "aliases": ["Acme Corp"]}
JANE = {
    "id": "Jane Doe",
    "name": "Jane Doe",
    "kind": "person",
    "country": "GBR",
    "aliases": ["Jane Doe"],
}
USER_TEXT = "Acme Corp hired Jane Doe in Paris. Russia was not told."


def _check_user_actors(gazetteer: sm.Gazetteer, *, bundled: bool = True) -> None:
    doc = sm.Analyzer(gazetteer=gazetteer).analyze(USER_TEXT)
    got = {r.id: (r.kind, _none(r.country)) for r in doc.actors.itertuples()}
    assert got["ACME"] == ("organisation", None)
    assert got["Jane Doe"] == ("person", "GBR")
    if bundled:
        assert got["RUS"] == ("country", "RUS")
        assert got["FRA"] == ("country", "FRA")  # Paris
    country = doc.cooccurrence(level="country")
    assert "GBR" in country.labels
    assert country["GBR", "ACME"] == 1


def test_default_gazetteer(analyzer):
    g = sm.Gazetteer.default()
    assert g is sm.Gazetteer.default()
    frame = g.to_frame()
    for column in ["id", "name", "kind", "country", "aliases"]:
        assert column in frame.columns
    assert len(frame) == len(g) > 250
    ids = set(frame["id"])
    assert {"USA", "RUS", "KAZ", "UN", "EU", "NATO", "EBRD", "Central Asia", "Europe"} <= ids
    assert set(frame["kind"]) <= {"country", "organisation", "person", "region", "group", "place"}
    usa = frame[frame["id"] == "USA"].iloc[0]
    assert "United States" in usa["aliases"]
    assert "Washington" in usa["capitals"]
    assert "American" in usa["demonyms"]
    assert analyzer.gazetteer.to_frame()["id"].tolist() == frame["id"].tolist()


def test_extend_with_dict():
    g = sm.Gazetteer.default()
    g2 = g.extend(ACME)
    assert len(g2) == len(g) + 1
    assert "ACME" not in set(g.to_frame()["id"])  # the original is unchanged
    assert "ACME" in set(g2.to_frame()["id"])


def test_extend_with_list():
    g = sm.Gazetteer.default().extend([ACME, JANE])
    _check_user_actors(g)


def test_extend_with_path(test_data):
    path = test_data / "user_gazetteer.json"
    _check_user_actors(sm.Gazetteer.default().extend(path))
    _check_user_actors(sm.Gazetteer.default().extend(str(path)))


def test_from_file(test_data, tmp_path):
    g = sm.Gazetteer.from_file(test_data / "user_gazetteer.json")
    assert set(g.to_frame()["id"]) == {"ACME", "Jane Doe"}
    _check_user_actors(g, bundled=False)
    # A gazetteer written with to_json loads back; {"entries": [...]} is accepted too.
    out = tmp_path / "g.json"
    out.write_text(g.to_json(), encoding="utf-8")
    assert sm.Gazetteer.from_file(out).to_frame()["id"].tolist() == ["ACME", "Jane Doe"]
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"entries": [ACME]}), encoding="utf-8")
    assert sm.Gazetteer.from_file(wrapped).to_frame()["id"].tolist() == ["ACME"]


def test_from_file_missing(tmp_path):
    with pytest.raises(OSError, match=r"missing\.json"):
        sm.Gazetteer.from_file(tmp_path / "missing.json")


def test_invalid_json_file(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("[{]", encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.json"):
        sm.Gazetteer.from_file(path)
    with pytest.raises(ValueError, match=r"broken\.json"):
        sm.Gazetteer.default().extend(path)


def test_user_entries_win():
    # A user entry with a bundled id replaces the bundled entry.
    g = sm.Gazetteer.default().extend(
        {
            "id": "KAZ",
            "name": "Qazaqstan",
            "kind": "country",
            "country": "KAZ",
            "aliases": ["Qazaqstan"],
        }
    )
    doc = sm.Analyzer(gazetteer=g).analyze("Qazaqstan and Kazakhstan met France.")
    assert doc.actors["id"].tolist() == ["KAZ", "FRA"]
    assert doc.actors["name"].tolist() == ["Qazaqstan", "France"]
    assert doc.actors["mentions"].tolist() == [1, 1]
    # A user alias wins over the same alias elsewhere.
    g = sm.Gazetteer.default().extend(
        {"id": "XYZ", "name": "Xyzland", "kind": "country", "country": "XYZ", "aliases": ["Turkey"]}
    )
    doc = sm.Analyzer(gazetteer=g).analyze("Turkey talked with France.")
    assert doc.actors["id"].tolist() == ["XYZ", "FRA"]


def test_user_alias_for_an_ambiguous_form_is_found():
    # "Georgia" is ambiguous in the bundled gazetteer; the user's own alias wins outright.
    g = sm.Gazetteer.default().extend(
        {"id": "GEO-US", "name": "Georgia (US state)", "kind": "region", "aliases": ["Georgia"]}
    )
    doc = sm.Analyzer(gazetteer=g).analyze("Georgia voted on Tuesday.")
    assert doc.actors["id"].tolist() == ["GEO-US"]


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        ({"id": "X", "name": "X", "kind": "martian", "aliases": ["Xx"]}, "kind"),
        ({"name": "X", "kind": "person", "aliases": ["Xx Yy"]}, "id"),
        # Issue #3's schema: {"id", "name", "kind", "country"?, "aliases"}.
        ({"id": "X", "kind": "person", "aliases": ["Xx Yy"]}, "name"),
        ({"id": "X", "name": "", "kind": "person", "aliases": ["Xx Yy"]}, "name"),
        ({"id": "X", "name": "X", "aliases": ["Xx Yy"]}, "kind"),
        ({"id": "", "name": "X", "kind": "person", "aliases": ["Xx Yy"]}, "id"),
        ({"id": "X", "name": "X", "kind": "person", "aliases": "Xx Yy"}, "aliases"),
        ({"id": "X", "name": "X", "kind": "person", "aliases": []}, "aliases"),
        ({"id": "X", "name": 5, "kind": "person", "aliases": ["Xx"]}, "name"),
        ({"id": "X", "name": "X", "kind": "person", "country": 5, "aliases": ["Xx"]}, "country"),
        (
            {"id": "X", "name": "X", "kind": "region", "aliases": ["Xl"], "members": "FRA"},
            "members",
        ),
        ({"id": "X", "name": "X", "kind": "person", "aliases": ["Xx"], "bogus": 1}, "bogus"),
    ],
)
def test_malformed_entry(entry, field):
    with pytest.raises(ValueError, match=f'"{field}"') as info:
        sm.Gazetteer.default().extend(entry)
    assert "entry 0" in str(info.value)
    if entry.get("id"):
        assert f'"{entry["id"]}"' in str(info.value)


def test_malformed_entry_in_list_names_its_position():
    entries = [ACME, JANE, {"id": "B", "name": "B", "kind": "nope", "aliases": ["Bb"]}]
    with pytest.raises(ValueError, match=r'entry 2 \(id "B"\).*"kind"'):
        sm.Gazetteer.default().extend(entries)


def test_user_actor_found_by_analyzer():
    g = sm.Gazetteer.default().extend([ACME, JANE])
    doc = sm.Analyzer(gazetteer=g).analyze("Acme Corp said Jane Doe will lead its London office.")
    got = {r.id: (r.kind, _none(r.country)) for r in doc.actors.itertuples()}
    assert got == {
        "ACME": ("organisation", None),
        "Jane Doe": ("person", "GBR"),
        "GBR": ("country", "GBR"),
    }
    # The default analyzer does not know Acme.
    assert "ACME" not in set(sm.analyze("Acme Corp said so.").actors["id"])


def test_full_name_at_sentence_start_keeps_first_name():
    # The cue comes later ("Mr. Smith said"); the sentence-initial full name still counts.
    doc = sm.analyze("John Smith arrived on Monday. Mr. Smith said he was happy.")
    assert doc.actors["id"].tolist() == ["John Smith"]
    assert doc.mentions["text"].tolist() == ["John Smith", "Smith"]


def test_gazetteer_person_resolves_surname():
    # Issue #3 item 4: "Antony Blinken" = "Mr. Blinken" = "Blinken", for gazetteer persons too.
    g = sm.Gazetteer.default().extend(JANE)
    doc = sm.Analyzer(gazetteer=g).analyze(
        "Jane Doe arrived on Monday. Ms. Doe said she was happy."
    )
    assert doc.actors["id"].tolist() == ["Jane Doe"]
    assert doc.actors["mentions"].tolist() == [2]


def test_region_after_country_name_stays_a_region():
    doc = sm.analyze("The United States Latin America envoy spoke.")
    kinds = dict(zip(doc.actors["id"], doc.actors["kind"]))
    assert kinds == {"USA": "country", "Latin America": "region"}


def test_actor_tone_is_the_mean_target_sentiment_of_its_mentions():
    text = "Critics slammed Smith while praising Jones. Foreign Minister Jane Doe said so."
    doc = sm.Analyzer(tone="rules").analyze(text)
    tone = dict(zip(doc.actors["id"], doc.actors["tone"]))
    for actor, rows in doc.mentions.groupby("actor"):
        expected = sum(
            sm.target_sentiment(text, int(r.start), int(r.end), model="rules")["score"]
            for r in rows.itertuples()
        ) / len(rows)
        assert tone[actor] == pytest.approx(expected)
    assert all(-1.0 <= t <= 1.0 for t in tone.values())


# ------------------------------------------------------------------ issue 12


def test_analyze_date_gives_historical_states():
    text = "Moscow and Bonn signed an accord."
    assert sm.analyze(text, date="1987-03-01").actors["id"].tolist() == ["SUN", "DEU"]
    assert sm.analyze(text).actors["id"].tolist() == ["RUS", "DEU"]
    import datetime

    assert sm.analyze(text, date=datetime.date(1987, 3, 1)).actors["id"].tolist() == [
        "SUN",
        "DEU",
    ]
    with pytest.raises(ValueError, match="date must look like"):
        sm.analyze(text, date="March 1987")


def test_groups_places_and_roles_at_each_level():
    doc = sm.analyze("Syrian rebels shelled the Golan Heights. Iraqi Kurds and Syria condemned it.")
    actors = doc.actors.set_index("id")
    assert actors.loc["SYR.REB", ["kind", "country", "role"]].tolist() == ["group", "SYR", "REB"]
    assert actors.loc["Golan Heights", ["kind", "country"]].tolist() == ["place", "SYR"]
    assert actors.loc["Iraqi Kurds", ["kind", "country"]].tolist() == ["group", "IRQ"]
    country = doc.cooccurrence(level="country")
    assert sorted(country.labels) == ["IRQ", "SYR"]
    role = doc.cooccurrence(level="country_role")
    assert sorted(role.labels) == ["IRQ", "SYR", "SYR.REB"]
    kept = doc.cooccurrence(kinds=["group", "place"])
    assert sorted(kept.labels) == ["Golan Heights", "Iraqi Kurds", "SYR.REB"]
    assert doc.actors_at("country_role")["id"].tolist() == ["SYR.REB", "SYR", "IRQ"]


# ----------------------------------------- the roll-up: actors_at and the matrices agree

ROLL_UP_TEXTS = [
    "Kazakh President Kassym-Jomart Tokayev met Russian officials in Astana.",
    "US Secretary of State Antony Blinken met Ukrainian soldiers and Russian rebels. "
    "The Kremlin said Moscow and Washington disagree; the Pentagon said nothing.",
    "Germany and France backed the EBRD. Chancellor Olaf Scholz thanked Paris.",
]


def _old_python_roll_up(actors: pd.DataFrame, level: str) -> dict[str, int]:
    """The roll-up document.py made in Python before it moved to C++ (units_at): ids and
    summed mentions at level "country", the peer the C++ roll-up must agree with."""
    rolls_up = actors["kind"].isin(["person", "group", "place"]) & actors["country"].notna()
    mapped = actors["id"].where(~rolls_up, actors["country"])
    return {str(k): int(v) for k, v in actors.groupby(mapped, sort=False)["mentions"].sum().items()}


@pytest.mark.parametrize("level", ["country", "country_role"])
def test_actors_at_labels_are_the_matrix_labels(sample_doc, level):
    docs = [sample_doc] + [sm.analyze(t) for t in ROLL_UP_TEXTS]
    for doc in docs:
        units = doc.actors_at(level)
        assert units["id"].is_unique
        assert units["mentions"].sum() == doc.actors["mentions"].sum()
        m = doc.cooccurrence(window="document", level=level)
        matrix = {i: (n, k) for i, n, k in zip(m.labels, m.names, m.kinds)}
        table = {i: (n, k) for i, n, k in zip(units["id"], units["name"], units["kind"])}
        assert table == matrix
        assert set(doc.stance(level=level).labels) <= set(table)
        # The stance evidence names the units the matrix names.
        if level == "country":
            evidence = doc.stance(level=level).evidence
            assert set(evidence["source"]) | set(evidence["target"]) <= set(table)


def test_actors_at_country_agrees_with_the_old_python_roll_up(sample_doc):
    for doc in [sample_doc] + [sm.analyze(t) for t in ROLL_UP_TEXTS]:
        units = doc.actors_at("country")
        got = dict(zip(units["id"], units["mentions"].tolist()))
        assert got == _old_python_roll_up(doc.actors, "country")


def test_a_one_word_title_before_an_organisation_word_starts_the_organisation() -> None:
    # "General" is a military title, but right before an organisation word ("Motors",
    # "Electric") it is the first word of a company's name, not a title with a person.
    doc = sm.analyze("General Motors said on Monday that it would close the plant in Ohio.")
    actors = doc.actors.set_index("id")
    assert actors.loc["General Motors", "kind"] == "organisation"
    assert "Motors" not in actors.index
    doc = sm.analyze("Shares of General Electric rose, traders said on Tuesday.")
    assert doc.actors.set_index("id").loc["General Electric", "kind"] == "organisation"
    # A title before a name is still a title.
    doc = sm.analyze("General David Petraeus said the troops would stay.")
    person = doc.actors.set_index("id").loc["David Petraeus"]
    assert (person["kind"], person["title"]) == ("person", "General")


def test_each_mention_names_the_rule_that_made_it() -> None:
    doc = sm.analyze(
        "Foreign Minister Anna Berg met Iraqi police in Baghdad. Shares of Quorvex rose. "
        "Berg praised the US-led talks."
    )
    rules = doc.mentions["rule"]
    assert isinstance(rules.dtype, pd.CategoricalDtype)
    assert list(rules.cat.categories) == sm._core.mention_rule_names()
    assert list(zip(doc.mentions["text"], rules.astype(str))) == [
        ("Anna Berg", "person-title"),
        ("Iraqi police", "agent"),
        ("Baghdad", "gazetteer"),
        ("Quorvex", "org-shares-of"),
        ("Berg", "person-surname"),
        ("US", "gazetteer-compound"),
    ]


def test_a_pickled_document_keeps_its_mention_rules() -> None:
    import pickle

    doc = sm.analyze("Shares of Quorvex rose. Foreign Minister Anna Berg met Iraqi police.")
    again = pickle.loads(pickle.dumps(doc))
    assert list(again.mentions["rule"].astype(str)) == ["org-shares-of", "person-title", "agent"]


KINDS = ("country", "organisation", "person", "region", "group", "place")


def test_stance_matrices_keep_every_actor_kind_by_default():
    # Agents (groups) are sources and targets like any actor: the default keeps every kind,
    # as the co-occurrence matrices do (it once dropped groups and places).
    text = (
        "Iraqi police clashed with Syrian rebels. "
        "The Russian foreign ministry criticised Iraqi police."
    )
    doc = sm.analyze(text)
    sources = set(doc.stance().evidence["source"])
    assert {"IRQ.COP", "RUS.GOV"} <= sources
    assert sources <= set(doc.stance().labels)
    assert set(doc.stance(level="country_role").labels) == {"IRQ.COP", "SYR.REB", "RUS.GOV"}
    corpus = sm.Analyzer().analyze_many([text, text])
    assert set(corpus.stance().labels) == set(doc.stance().labels)
    assert corpus.stance().labels == corpus.stance(kinds=list(KINDS)).labels
    with pytest.raises(sm.OptionError, match='"location"'):
        doc.stance(kinds=["person", "location"])


def test_a_persons_country_names_its_rule() -> None:
    """``country_rule`` says which rule gave a person its country; None without one."""
    doc = sm.analyze("Norway's Anders Brekke won the final. Paul Tarrant watched.")
    actors = doc.actors.set_index("id")
    assert actors.loc["Anders Brekke", "country"] == "NOR"
    assert actors.loc["Anders Brekke", "country_rule"] == "country-possessive"
    assert pd.isna(actors.loc["Paul Tarrant", "country_rule"])
    assert pd.isna(actors.loc["NOR", "country_rule"])
    assert "country-possessive" in sm._core.country_rule_names()
