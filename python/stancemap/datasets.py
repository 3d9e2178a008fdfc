"""Bundled data sets, so a study runs anywhere with no download.

* :func:`sample_article` — the article stancemap was founded on (a wire story, 2023).
* :func:`wikinews` — 293 English Wikinews articles of 2019–2020 (CC BY 2.5; see
  :data:`WIKINEWS_ATTRIBUTION` and ``stancemap/data/WIKINEWS.md``).
"""

from __future__ import annotations

import gzip
import json
from importlib.resources import files

from stancemap._lazy import pd
from stancemap.data import sample_article as _sample_article

__all__ = ["WIKINEWS_ATTRIBUTION", "WIKINEWS_LICENSE", "sample_article", "wikinews"]

WIKINEWS_LICENSE = "CC BY 2.5 (https://creativecommons.org/licenses/by/2.5/)"
WIKINEWS_ATTRIBUTION = (
    "Articles by Wikinews contributors, English Wikinews (https://en.wikinews.org), "
    "collected by W. van Atteveldt (https://github.com/vanatteveldt/wikinews); licensed "
    f"{WIKINEWS_LICENSE}. Changed: datelines, banners and legend lines removed, white space "
    "normalised (see stancemap/data/WIKINEWS.md)."
)
_WIKINEWS_FILE = "wikinews_2019_2020.jsonl.gz"


def sample_article() -> str:
    """The bundled sample article (the L'Express wire story on the US Secretary of State's
    visit to Central Asia, 2023) as one string; its last line, ``Source: LExpress``, is
    metadata. The same text as :func:`stancemap.sample_article`."""
    return _sample_article()


def wikinews_records() -> list[dict[str, str]]:
    """The bundled Wikinews articles as a list of dicts (id, date, title, text, url), in
    the file's order (by date, then id)."""
    raw = files("stancemap.data").joinpath(_WIKINEWS_FILE).read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def wikinews() -> pd.DataFrame:
    """293 English Wikinews articles dated 2019-01-04 to 2020-12-28, one row each.

    Columns: ``id`` (the page name, URL-encoded), ``date`` (``datetime64``, the publication
    day), ``title``, ``text`` (paragraphs separated by a blank line), ``url``. The frame's
    ``attrs["attribution"]`` and ``attrs["license"]`` carry the credit the licence asks for:
    the text is CC BY 2.5 (Wikinews contributors), not MIT like stancemap's code; quote
    :data:`WIKINEWS_ATTRIBUTION` when you publish results or excerpts.

    >>> df = wikinews()
    >>> len(df), str(df["date"].min().date()), str(df["date"].max().date())
    (293, '2019-01-04', '2020-12-28')
    """
    frame = pd.DataFrame(wikinews_records(), columns=["id", "date", "title", "text", "url"])
    frame["date"] = pd.to_datetime(frame["date"], format="%Y-%m-%d")
    frame.attrs["attribution"] = WIKINEWS_ATTRIBUTION
    frame.attrs["license"] = WIKINEWS_LICENSE
    return frame
