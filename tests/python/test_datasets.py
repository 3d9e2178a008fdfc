"""stancemap.datasets: the bundled sample article and Wikinews corpus."""

from __future__ import annotations

import hashlib
import json

import pandas as pd

import stancemap as sm
from stancemap.datasets import WIKINEWS_ATTRIBUTION, wikinews, wikinews_records


def test_sample_article_is_the_bundled_article():
    text = sm.datasets.sample_article()
    assert text == sm.sample_article()
    assert text.rstrip().endswith("Source: LExpress")


def test_wikinews_frame_shape_and_dates():
    frame = wikinews()
    assert list(frame.columns) == ["id", "date", "title", "text", "url"]
    assert len(frame) == 293
    assert pd.api.types.is_datetime64_any_dtype(frame["date"])
    assert str(frame["date"].min().date()) == "2019-01-04"
    assert str(frame["date"].max().date()) == "2020-12-28"
    assert (frame["date"].dt.year == 2019).sum() == 171
    assert frame["id"].is_unique
    assert frame["url"].str.startswith("https://en.wikinews.org/wiki/").all()
    assert frame["date"].is_monotonic_increasing


def test_wikinews_is_the_documented_file_byte_for_byte():
    # The sha256 of the uncompressed JSON Lines, as WIKINEWS.md gives it.
    lines = [json.dumps(r, ensure_ascii=False) for r in wikinews_records()]
    digest = hashlib.sha256(("\n".join(lines) + "\n").encode("utf-8")).hexdigest()
    assert digest == "6c7c97b89becd68bc0f7c732937efafe79c71e00839cc8396955d6b36da867cf"


def test_wikinews_carries_its_attribution():
    frame = wikinews()
    assert frame.attrs["attribution"] == WIKINEWS_ATTRIBUTION
    assert "CC BY 2.5" in frame.attrs["license"]
    assert "Wikinews contributors" in WIKINEWS_ATTRIBUTION
    notice = sm.data.data_path("WIKINEWS.md")
    with open(notice, encoding="utf-8") as handle:
        text = handle.read()
    assert "creativecommons.org/licenses/by/2.5" in text


def test_wikinews_analyses_as_a_corpus():
    frame = wikinews().head(20)
    corpus = sm.Analyzer().analyze_many(list(frame["text"]), threads=1)
    assert corpus.documents == 20
    assert len(corpus.errors) == 0
