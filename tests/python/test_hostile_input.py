"""Hostile input through the public API: each case gives a result or a clear exception.

The cases that could crash the interpreter or run long (tens of megabytes, 200,000 texts,
malformed or huge dictionary files) run in a child process with a bound on its processor time
linear in the input (``_bound``: generous, a hang detector, not a benchmark).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import stancemap as sm
from stancemap import _core

BASE_SECONDS = 20.0
SECONDS_PER_MB = 0.5  # 2 MB/s: 20x below the pipeline's measured single-core speed
WALL_FACTOR = 6  # the hang guard: wall time may be this many times the CPU bound


def _bound(megabytes: float) -> float:
    return BASE_SECONDS + SECONDS_PER_MB * megabytes


def _children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_child(code: str, megabytes: float) -> str:
    """Runs code in a fresh interpreter; fails on a crash, an exception, or a child that used
    more processor time than the bound. Processor time, not wall time, so that a machine
    shared with other work does not fail the test; the wall-clock limit (a hang guard) is
    several times the bound."""
    seconds = _bound(megabytes)
    before = _children_cpu_seconds()
    try:
        done = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(code)],
            capture_output=True,
            text=True,
            timeout=WALL_FACTOR * seconds,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"no result within {WALL_FACTOR * seconds:.0f} s ({megabytes} MB of input)")
    assert done.returncode == 0, f"exit {done.returncode}:\n{done.stderr[-3000:]}"
    used = _children_cpu_seconds() - before
    assert used <= seconds, f"{used:.1f} s of CPU for {megabytes} MB (bound {seconds:.0f} s)"
    return done.stdout


# ------------------------------------------------------------------------ invalid UTF-8

INVALID_UTF8 = {
    "lone continuation byte": b"ab\x80cd",
    "continuation bytes only": b"\xbf\xbf",
    "byte 0xFF": b"Russia \xff",
    "byte 0xFE": b"\xfe",
    "lead byte 0xC0 (always overlong)": b"x\xc0\xafy",
    "lead byte 0xC1 (always overlong)": b"\xc1\xbf",
    "overlong 3-byte slash": b"a\xe0\x80\xafb",
    "overlong 4-byte slash": b"a\xf0\x80\x80\xafb",
    "overlong NUL": b"\xc0\x80",
    "UTF-16 surrogate high": b"x\xed\xa0\x80",
    "UTF-16 surrogate low": b"x\xed\xbf\xbf",
    "above U+10FFFF": b"\xf4\x90\x80\x80",
    "lead byte 0xF5": b"\xf5\x80\x80\x80",
    "truncated 2-byte at end": b"caf\xc3",
    "truncated 3-byte at end": b"euro \xe2\x82",
    "truncated 4-byte at end": b"emoji \xf0\x9f\x98",
    "truncated 3-byte inside": b"a\xe2\x82 b",
    "missing continuation": b"\xc3A",
    "5-byte form": b"\xf8\x88\x80\x80\x80",
}


@pytest.mark.parametrize("name", sorted(INVALID_UTF8))
def test_invalid_utf8_is_named_at_pythons_offset(name):
    data = INVALID_UTF8[name]
    with pytest.raises(UnicodeDecodeError) as python:
        data.decode("utf-8")
    offset = python.value.start
    assert _core.find_invalid_utf8(data) == offset
    with pytest.raises(ValueError, match=rf"byte offset {offset}\b"):
        sm.analyze(data)
    # The core's own replacement (not Python's decode) gives what Python's gives.
    core = _core.Analyzer(errors="replace").analyze(data)
    assert core.text == data.decode("utf-8", errors="replace")
    doc = sm.Analyzer(errors="replace").analyze(data)
    assert doc.text == data.decode("utf-8", errors="replace")


def test_invalid_utf8_in_a_corpus_is_a_record_error():
    corpus = sm.Analyzer().analyze_many([b"Russia \xff", "France.", b"\xed\xa0\x80"])
    assert corpus.documents == 1
    assert corpus.errors["index"].tolist() == [0, 2]
    assert corpus.errors["message"].str.contains("byte offset").all()
    assert sm.Analyzer(errors="replace").analyze_many([b"Russia \xff"]).documents == 1


# ----------------------------------------------------------------------- lone surrogates


def test_lone_surrogates_strict_names_the_character():
    with pytest.raises(ValueError, match=r"surrogate at character 7\b.*errors=\"replace\""):
        sm.analyze("Russia \ud800 condemned Ukraine.")


def test_lone_surrogates_replace_keeps_offsets():
    text = "Russia \ud800 condemned \udfff\ud83d Ukraine."
    doc = sm.Analyzer(errors="replace").analyze(text)
    assert doc.text == text.replace("\ud800", "\ufffd").replace("\udfff", "\ufffd").replace(
        "\ud83d", "\ufffd"
    )
    assert len(doc.text) == len(text)
    mentions = doc.mentions
    assert mentions["actor"].tolist() == ["RUS", "UKR"]
    for m in mentions.itertuples():
        assert text[m.start : m.end] == m.text
    corpus = sm.Analyzer(errors="replace").analyze_many([text, "\udc80"])
    assert (corpus.documents, len(corpus.errors)) == (2, 0)


def test_lone_surrogates_in_sentiment_name_the_item():
    with pytest.raises(ValueError, match="surrogate"):
        sm.sentiment(["good", "bad \ud800"])


# ----------------------------------------------------------------- control characters, BOM


def test_nul_bytes_are_text():
    doc = sm.analyze("Russia\x00condemned\x00Ukraine.\x00")
    assert doc.text.count("\x00") == 3
    assert doc.actors["id"].tolist() == ["RUS", "UKR"]


def test_bom_is_not_part_of_a_word():
    text = "\ufeffRussia condemned Ukraine."
    doc = sm.analyze(text)
    assert doc.mentions[["actor", "start", "end"]].values.tolist() == [
        ["RUS", 1, 7],
        ["UKR", 18, 25],
    ]
    assert sm.analyze(text.encode("utf-8")).mentions["start"].tolist() == [1, 18]


def test_crlf_line_ends():
    doc = sm.analyze("Russia condemned Ukraine.\r\nFrance praised Kazakhstan.\r\n")
    assert doc.sentences["text"].tolist() == [
        "Russia condemned Ukraine.",
        "France praised Kazakhstan.",
    ]
    assert len(doc.evidence) == 2


def test_only_punctuation_and_symbols():
    text = ".,;:!?…—-()[]\"'“”‘’$€%&@#*" * 20_000
    doc = sm.analyze(text)
    assert doc.actors.empty
    assert doc.evidence.empty
    assert sm.sentiment(text)["compound"] == pytest.approx(sm.sentiment(text)["compound"])


def test_mixed_scripts_and_emoji_offsets():
    text = "中国和俄罗斯 😀 Russia condemned 🇺🇦 Ukraine, مصر صامتة. Россия 🙂 France."
    doc = sm.analyze(text)
    assert set(doc.actors["id"]) >= {"RUS", "UKR", "FRA"}
    for m in doc.mentions.itertuples():
        assert text[m.start : m.end] == m.text
    for s in doc.sentences.itertuples():
        assert text[s.start : s.end] == s.text


# -------------------------------------------------------------------------- size and depth


def test_a_50_megabyte_line_of_news():
    out = run_child(
        """
        import stancemap as sm
        line = sm.sample_article().replace("\\n", " ")
        text = (line * (50_000_000 // len(line) + 1))[:50_000_000]
        doc = sm.analyze(text)
        print(len(doc.sentences))
        """,
        50,
    )
    assert int(out) > 200_000


def test_200_000_tiny_documents():
    out = run_child(
        """
        import stancemap as sm
        texts = ["Russia.", "France condemned Russia.", "", "x", b"\\xff", 7] * 33_334
        corpus = sm.Analyzer().analyze_many(texts[:200_000], threads=2)
        print(corpus.documents, len(corpus.errors))
        scores = sm.sentiment([t for t in texts[:200_000] if isinstance(t, str)])
        print(len(scores))
        """,
        2,
    )
    docs, errors, scored = map(int, out.split())
    assert docs + errors == 200_000
    # 33,333 groups of six and two texts more: each group's b"\xff" and 7 are errors.
    assert errors == 2 * 33_333
    assert scored == 4 * 33_333 + 2


def test_100_000_nested_quotes():
    out = run_child(
        """
        import stancemap as sm
        text = "“‘" * 50_000 + "Russia condemned Ukraine." + "’”" * 50_000
        doc = sm.analyze(text)
        print(len(doc.sentences), doc.actors["id"].tolist())
        """,
        1,
    )
    assert "['RUS', 'UKR']" in out


def test_100_000_quotations_with_speakers_in_one_sentence():
    run_child(
        """
        import stancemap as sm
        doc = sm.analyze("“France condemned Russia,” " * 100_000)
        print(len(doc.evidence))
        """,
        2.7,
    )


def test_many_person_candidates():
    out = run_child(
        """
        import random
        import stancemap as sm
        random.seed(1)
        names = (f"Mr. {chr(65 + random.randrange(26))}{random.randrange(10**6)} said."
                 for _ in range(100_000))
        print(len(sm.analyze(" ".join(names)).sentences))
        """,
        2,
    )
    assert int(out) > 0


# ------------------------------------------------------------------------ wrong types


@pytest.mark.parametrize("value", [None, 12, 3.5, ["Russia"], {"text": "x"}, object()])
def test_wrong_types_are_type_errors(value):
    with pytest.raises(TypeError, match="str"):
        sm.analyze(value)
    with pytest.raises(TypeError, match="str"):
        sm.target_sentiment(value, 0, 1)
    if not isinstance(value, (list, dict)):  # an iterable of texts is a batch
        with pytest.raises(TypeError):
            sm.sentiment(value)


def test_wrong_types_inside_lists():
    with pytest.raises(TypeError, match="1"):
        sm.sentiment(["good", 5])
    corpus = sm.Analyzer().analyze_many(["Russia.", None, 3.5, ["x"]])
    assert corpus.documents == 1
    assert corpus.errors["index"].tolist() == [1, 2, 3]


# ------------------------------------------------------------------ dictionary files


BAD_DICTIONARIES = {
    "empty": b"",
    "not JSON": b"Russia, Ukraine",
    "truncated": b'{"entries": [{"id": "X"',
    "number overflow": b'[{"id": "X", "name": "X", "kind": "country", "aliases": [-1e999]}]',
    "wrong types": b'[{"id": 5, "name": null, "kind": "country", "aliases": "X"}]',
    "unknown kind": b'[{"id": "X", "name": "X", "kind": "planet", "aliases": ["X"]}]',
    "binary": bytes(range(256)),
    "deeply nested": b"[" * 100_000 + b"]" * 100_000,
}


@pytest.mark.parametrize("name", sorted(BAD_DICTIONARIES))
def test_malformed_dictionary_files_name_the_file(tmp_path, name):
    path = tmp_path / "bad.json"
    path.write_bytes(BAD_DICTIONARIES[name])
    out = run_child(
        f"""
        from stancemap import Gazetteer, _core
        path = {str(path)!r}
        for load in (Gazetteer.from_file, _core.StanceLexicon.from_file,
                     _core.ActorRules.from_file):
            try:
                load(path)
            except ValueError as error:
                assert "bad.json" in str(error), str(error)
                print(type(error).__name__)
            else:
                print("loaded")
        """,
        1,
    )
    assert set(out.split()) <= {"ValueError", "DictionaryError", "loaded"}
    assert "ValueError" in out or "DictionaryError" in out


def test_missing_dictionary_file_is_an_os_error(tmp_path):
    with pytest.raises(OSError, match=r"nope\.json"):
        sm.Gazetteer.from_file(tmp_path / "nope.json")
    with pytest.raises(OSError, match=r"nope\.tsv"):
        sm.SentimentLexicon.from_files([tmp_path / "nope.tsv"])


def test_malformed_sentiment_lexicon_names_the_line(tmp_path):
    path = tmp_path / "lex.tsv"
    path.write_bytes(b"good\t1.5\n\xff\xfe\t2\nbad line\n")
    with pytest.raises(ValueError, match=r"lex.tsv.*line 3"):
        sm.SentimentLexicon.from_files([path])


def test_a_huge_gazetteer(tmp_path):
    entries = [
        {"id": f"ORG{i}", "name": f"Org {i}", "kind": "organisation", "aliases": [f"Zorg{i}"]}
        for i in range(200_000)
    ]
    path = tmp_path / "huge.json"
    path.write_text(json.dumps(entries), encoding="utf-8")
    megabytes = path.stat().st_size / 1e6
    out = run_child(
        f"""
        import stancemap as sm
        g = sm.Gazetteer.default().extend({str(path)!r})
        doc = sm.Analyzer(gazetteer=g).analyze("Zorg199999 met Zorg7 in Paris.")
        print(len(g), doc.actors["id"].tolist())
        """,
        megabytes * 4,
    )
    assert "['ORG199999', 'ORG7', 'FRA']" in out


# ------------------------------------------------------------------------ bad options


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda d: d.cooccurrence(window="week"), "window"),
        (lambda d: d.cooccurrence(window=0), "window"),
        (lambda d: d.cooccurrence(window=-3), "window"),
        (lambda d: d.cooccurrence(weight="tfidf"), "weight"),
        (lambda d: d.cooccurrence(level="planet"), "level"),
        (lambda d: d.cooccurrence(count="tokens"), "count"),
        (lambda d: d.cooccurrence(kinds=["planet"]), "planet"),
        (lambda d: d.cooccurrence(distance_weighted=True), "token windows"),
        (lambda d: d.stance(aggregate="median"), "aggregate"),
        (lambda d: d.term_association(["oil"], window="week"), "window"),
        (lambda d: d.term_association(["*"]), "not a word"),
        (lambda d: d.actors_at("planet"), "level"),
    ],
)
def test_bad_options_are_value_errors(sample_doc, call, message):
    with pytest.raises(ValueError, match=message):
        call(sample_doc)


def test_bad_analyzer_and_sentiment_options():
    with pytest.raises(ValueError, match="errors"):
        sm.Analyzer(errors="ignore")
    with pytest.raises(ValueError, match="threads"):
        sm.Analyzer().analyze_many(["x"], threads=-1)
    with pytest.raises(ValueError, match="batch_size"):
        sm.Analyzer().analyze_many(["x"], batch_size=0)
    with pytest.raises(ValueError, match="mode"):
        sm.SentimentLexicon.from_files([], mode="shouting")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="positive_threshold"):
        sm.target_sentiment("Smith", 0, 5, positive_threshold="high")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="bogus"):
        sm.target_sentiment("Smith", 0, 5, bogus=1.0)


# ------------------------------------------------------------------------ spans


TEXT = "Critics slammed Smith while praising Jones."


@pytest.mark.parametrize(
    ("start", "end"),
    [(-1, 3), (5, 2), (0, len(TEXT) + 1), (len(TEXT) + 5, len(TEXT) + 9), (2**40, 2**40 + 1)],
)
def test_spans_out_of_range_are_value_errors(start, end):
    with pytest.raises(ValueError, match="span"):
        sm.target_sentiment(TEXT, start, end)


@pytest.mark.parametrize(("start", "end"), [(2**70, 2**70 + 1), ("0", "x"), (None, 3)])
def test_spans_that_are_not_indices(start, end):
    with pytest.raises((ValueError, TypeError, OverflowError)):
        sm.target_sentiment(TEXT, start, end)


def test_empty_and_edge_spans():
    assert sm.target_sentiment(TEXT, 0, 0)["label"] in {"negative", "neutral", "positive"}
    assert -1 <= sm.target_sentiment(TEXT, len(TEXT), len(TEXT))["score"] <= 1
    assert -1 <= sm.target_sentiment("", 0, 0)["score"] <= 1
    assert sm.target_sentiment("", 0, 0, model="rules")["score"] == 0


def test_path_objects_for_files(tmp_path):
    path = tmp_path / "g.json"
    path.write_text(json.dumps([{"id": "ZZ", "name": "Zed", "kind": "organisation",
                                 "aliases": ["Zed Corp"]}]), encoding="utf-8")  # fmt: skip
    assert len(sm.Gazetteer.from_file(Path(path))) == 1


def test_ctrl_c_stops_a_long_sentiment_call():
    out = run_child(
        """
        import signal, threading, time
        import stancemap as sm
        # A background job may inherit SIGINT ignored: take Python's handler back.
        signal.signal(signal.SIGINT, signal.default_int_handler)
        texts = ["The talks went very well, but the war is not over! " * 10] * 3_000_000
        started = time.perf_counter()
        sm.sentiment(texts[:100_000], threads=1)
        whole = (time.perf_counter() - started) * 30  # the time the whole list would take
        threading.Timer(0.3, signal.raise_signal, (signal.SIGINT,)).start()
        started = time.perf_counter()
        try:
            sm.sentiment(texts, threads=1)
        except KeyboardInterrupt:
            print("interrupted", time.perf_counter() - started, whole)
        """,
        1,
    )
    assert out.startswith("interrupted")
    elapsed, whole = map(float, out.split()[1:])
    assert elapsed < whole / 3
