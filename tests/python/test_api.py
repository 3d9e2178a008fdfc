"""The text API: sm.analyze, Document.sentences / tokens, errors, edge cases, threads."""

from __future__ import annotations

import concurrent.futures
import re

import numpy as np
import pandas as pd
import pytest

import stancemap as sm

SENTENCE_COLUMNS = ["start", "end", "text", "kind", "paragraph", "byte_start", "byte_end"]
TOKEN_COLUMNS = ["start", "end", "text", "kind", "sentence", "byte_start", "byte_end"]
INT_COLUMNS = ["start", "end", "byte_start", "byte_end"]

NON_ASCII = (
    "Le café de Zoë’s friends — “naïve” — opened in Kyiv’s centre.\n\n"
    "Москва и Киев: переговоры. The Kremlin said Russia’s envoy met Ukraine’s team 🤝🇺🇦.\n\n"
    "Emoji 😀 before France; 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 math letters after Germany’s offer…"
)


def check_offsets(doc: sm.Document, frame: pd.DataFrame) -> None:
    """start/end slice the text; byte offsets slice the UTF-8 bytes to the same item."""
    data = doc.text.encode("utf-8")
    for row in frame.itertuples():
        assert doc.text[row.start : row.end] == row.text
        assert data[row.byte_start : row.byte_end].decode("utf-8") == row.text


# ------------------------------------------------------------------ analyze: str and bytes


def test_analyze_str_and_bytes_agree(sample_text):
    from_str = sm.analyze(sample_text)
    from_bytes = sm.analyze(sample_text.encode("utf-8"))
    assert isinstance(from_str, sm.Document)
    assert from_bytes.text == from_str.text == sample_text
    pd.testing.assert_frame_equal(from_bytes.sentences, from_str.sentences)
    pd.testing.assert_frame_equal(from_bytes.mentions, from_str.mentions)


def test_analyze_accepts_bytearray_and_memoryview(sample_text):
    data = sample_text.encode("utf-8")
    expected = sm.analyze(data).sentences
    pd.testing.assert_frame_equal(sm.analyze(bytearray(data)).sentences, expected)
    pd.testing.assert_frame_equal(sm.analyze(memoryview(data)).sentences, expected)


# ------------------------------------------------------------------ sentences


def test_sentence_columns_and_dtypes(sample_doc):
    sentences = sample_doc.sentences
    assert list(sentences.columns) == SENTENCE_COLUMNS
    for column in [*INT_COLUMNS, "paragraph"]:
        assert sentences[column].dtype == np.int64, column
    assert pd.api.types.is_string_dtype(sentences["text"])
    assert isinstance(sentences["kind"].dtype, pd.CategoricalDtype)
    assert list(sentences["kind"].cat.categories) == ["sentence", "heading", "metadata"]
    assert sentences.index.name == "sentence"
    assert list(sentences.index) == list(range(len(sentences)))


def test_sentence_offsets_slice_the_text(sample_doc):
    check_offsets(sample_doc, sample_doc.sentences)
    sentences = sample_doc.sentences
    assert (sentences["start"] < sentences["end"]).all()
    assert (sentences["start"].iloc[1:].to_numpy() >= sentences["end"].iloc[:-1].to_numpy()).all()
    assert sentences["paragraph"].is_monotonic_increasing


def test_sample_article_segments(sample_doc):
    sentences = sample_doc.sentences
    assert len(sentences) == 21
    kinds = sentences["kind"].astype(str).value_counts().to_dict()
    assert kinds == {"sentence": 18, "heading": 2, "metadata": 1}
    headings = sentences.loc[sentences["kind"] == "heading", "text"].tolist()
    assert headings == ["– Sovereignty –", "– New impetus –"]
    assert sentences.index[sentences["kind"] == "heading"].tolist() == [3, 11]
    assert sentences["text"].iloc[-1] == "Source: LExpress"
    assert sentences["kind"].iloc[-1] == "metadata"
    # The traps of the Foundation issue: no break after "Mr.", the quotation keeps its
    # attribution, and the first line is one sentence despite "Ukraine ." inside it.
    texts = sentences["text"].tolist()
    assert texts[2].startswith("Main announcement made during his visit, Mr. Blinken indicated")
    assert texts[5].endswith(",” Blinken said.")
    assert texts[12].startswith("Mr. Blinken, who will fly")
    assert texts[13].startswith("Mr. Tokayev, re-elected with more than 81% of the votes")


def test_sample_article_tokens(sample_doc):
    tokens = sample_doc.tokens
    assert list(tokens.columns) == TOKEN_COLUMNS
    for column in [*INT_COLUMNS, "sentence"]:
        assert tokens[column].dtype == np.int64, column
    assert isinstance(tokens["kind"].dtype, pd.CategoricalDtype)
    assert len(tokens) == len(sample_doc)
    check_offsets(sample_doc, tokens)
    texts = tokens["text"].tolist()
    for token in ["7,500", "25 million", "81%", "Kassym-Jomart", "Mr."]:
        assert token in texts, token
    numbers = tokens.loc[tokens["kind"] == "number", "text"].tolist()
    assert numbers == ["25 million", "7,500", "81%"]
    assert tokens.loc[tokens["kind"] == "possessive", "text"].tolist() == ["’s"]
    # Every token lies inside the sentence it names.
    sentences = sample_doc.sentences
    starts = sentences["start"].to_numpy()[tokens["sentence"].to_numpy()]
    ends = sentences["end"].to_numpy()[tokens["sentence"].to_numpy()]
    assert (tokens["start"].to_numpy() >= starts).all()
    assert (tokens["end"].to_numpy() <= ends).all()


def test_paragraphs_cover_sentences(sample_doc):
    paragraphs = sample_doc.paragraphs
    sentences = sample_doc.sentences
    for p, row in paragraphs.iterrows():
        assert sample_doc.text[row.start : row.end] == row.text
        members = sentences.iloc[row.sentence_start : row.sentence_end]
        assert (members["paragraph"] == p).all()
    assert paragraphs["sentence_end"].iloc[-1] == len(sentences)


def test_non_ascii_offsets():
    doc = sm.analyze(NON_ASCII)
    assert doc.text == NON_ASCII
    check_offsets(doc, doc.sentences)
    check_offsets(doc, doc.tokens)
    check_offsets(doc, doc.mentions)
    texts = doc.tokens["text"].tolist()
    assert "Москва" in texts
    assert "😀" in "".join(texts)
    ids = set(doc.mentions["actor"])
    assert {"UKR", "RUS", "FRA", "DEU"} <= ids
    # Character and byte offsets differ once multi-byte characters precede a mention.
    france = doc.mentions[doc.mentions["text"] == "France"].iloc[0]
    assert france["byte_start"] > france["start"]
    assert france["byte_start"] == len(NON_ASCII[: france["start"]].encode("utf-8"))


@pytest.mark.parametrize(
    "text",
    [
        "Zoë met Ана in Kyiv.",
        "’Twas Moscow’s “plan” — or so it seemed.",
        "🇺🇦 Ukraine 🇺🇦 and 😀 France. 😀",
        "Ελλάδα and Россия: two names.\nThen Greece and Russia.",
        "e\u0301 combining accent before Russia.",
    ],
)
def test_non_ascii_small_texts(text):
    doc = sm.analyze(text)
    assert doc.text == text
    check_offsets(doc, doc.sentences)
    check_offsets(doc, doc.tokens)
    check_offsets(doc, doc.mentions)


# ------------------------------------------------------------------ errors


def test_invalid_utf8_names_the_byte_offset():
    with pytest.raises(ValueError, match=r"byte offset 4\b") as info:
        sm.analyze(b"abc \xff def")
    assert "0xFF" in str(info.value)
    # Offset counts bytes: "é" is two bytes.
    with pytest.raises(ValueError, match=r"byte offset 3\b"):
        sm.analyze("é ".encode() + b"\xc3(")
    # A truncated sequence at the very end.
    with pytest.raises(ValueError, match=r"byte offset 6\b"):
        sm.analyze(b"Russia\xe2\x80")


def test_errors_replace():
    analyzer = sm.Analyzer(errors="replace")
    data = b"Russia \xff and \xe2\x80 Ukraine met."
    doc = analyzer.analyze(data)
    assert "\ufffd" in doc.text
    assert doc.text == data.decode("utf-8", errors="replace")
    check_offsets(doc, doc.sentences)
    check_offsets(doc, doc.mentions)
    assert set(doc.mentions["actor"]) == {"RUS", "UKR"}
    # Valid input is untouched.
    assert analyzer.analyze("Plain text.").text == "Plain text."


def test_lone_surrogate_names_the_character():
    with pytest.raises(ValueError, match=r"surrogate at character 4\b"):
        sm.analyze("abc \ud800 def")


@pytest.mark.parametrize("value", [None, 12, 3.5, ["Russia"], object()])
def test_non_text_is_type_error(value):
    with pytest.raises(TypeError, match="str or bytes"):
        sm.analyze(value)


def test_bogus_errors_option():
    with pytest.raises(ValueError, match="bogus"):
        sm.Analyzer(errors="bogus")


# ------------------------------------------------------------------ edge cases


@pytest.mark.parametrize("text", ["", b""])
def test_empty_text(text):
    doc = sm.analyze(text)
    assert doc.text == ""
    assert len(doc) == 0
    assert len(doc.sentences) == 0
    assert list(doc.sentences.columns) == SENTENCE_COLUMNS
    assert list(doc.tokens.columns) == TOKEN_COLUMNS
    assert len(doc.tokens) == 0
    assert list(doc.actors.columns) == [
        "id",
        "name",
        "kind",
        "country",
        "country_rule",
        "title",
        "role",
        "mentions",
    ]
    assert len(doc.actors) == 0
    assert list(doc.mentions.columns)[:6] == ["actor", "text", "start", "end", "sentence", "form"]
    assert len(doc.mentions) == 0
    matrix = doc.cooccurrence()
    assert matrix.shape == (0, 0)
    assert matrix.labels == []


def test_empty_text_keeps_dtypes(sample_doc):
    empty = sm.analyze("")
    for name in ["sentences", "tokens", "mentions", "actors"]:
        got = getattr(empty, name).dtypes
        want = getattr(sample_doc, name).dtypes
        for column in want.index:
            assert str(got[column]) == str(want[column]), f"{name}.{column}"
    empty.sentences["text"].str.len()


def test_whitespace_only_text():
    doc = sm.analyze(" \n\n\t  \n")
    assert len(doc.sentences) == 0
    assert len(doc.mentions) == 0


def test_nul_bytes():
    text = "Russia\x00 met\x00\x00 France.\x00 Then\x00 Germany spoke."
    for given in (text, text.encode("utf-8")):
        doc = sm.analyze(given)
        assert doc.text == text
        check_offsets(doc, doc.sentences)
        check_offsets(doc, doc.tokens)
        check_offsets(doc, doc.mentions)
        assert set(doc.mentions["actor"]) == {"RUS", "FRA", "DEU"}
    assert len(sm.analyze("\x00" * 1000).mentions) == 0


def test_five_megabytes(sample_text):
    # The article body repeated, its "Source:" line once at the end (only a trailing source
    # line is metadata).
    body, source = sample_text.rsplit("\n", 1)
    copies = 5_000_000 // len(body.encode("utf-8")) + 1
    text = (body + "\n\n") * copies + source
    assert len(text.encode("utf-8")) >= 5_000_000
    doc = sm.analyze(text)
    assert len(doc.sentences) == 20 * copies + 1
    kinds = doc.sentences["kind"].astype(str).value_counts().to_dict()
    assert kinds == {"sentence": 18 * copies, "heading": 2 * copies, "metadata": 1}
    last = doc.sentences.iloc[-2]
    assert doc.text[last.start : last.end] == last.text
    assert last.text.startswith("But at the same time, Washington")
    co = doc.cooccurrence(level="country")
    assert co["USA", "KAZ"] == 6 * copies


# ------------------------------------------------------------------ threads


def _fingerprint(doc: sm.Document) -> tuple:
    co = doc.cooccurrence(level="country")
    return (
        doc.sentences[["start", "end", "kind", "paragraph"]].to_numpy().tolist(),
        doc.mentions[["actor", "start", "end", "sentence"]].to_numpy().tolist(),
        doc.actors.to_numpy().tolist().__repr__(),
        co.labels,
        co.to_numpy().tolist(),
    )


def test_one_analyzer_from_eight_threads(analyzer, sample_text):
    texts = [
        sample_text,
        NON_ASCII,
        "Mr. Blinken met Kazakh officials. He left on Tuesday.",
        "Russia and Ukraine; Moscow and Kyiv.\n\nThe Kremlin said so.",
        "",
    ]
    paragraphs = re.split(r"\n", sample_text)
    texts += ["\n\n".join(paragraphs[i::3]) for i in range(3)]
    texts = texts * 6
    sequential = [_fingerprint(analyzer.analyze(t)) for t in texts]
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        parallel = list(pool.map(lambda t: _fingerprint(analyzer.analyze(t)), texts))
    assert parallel == sequential
