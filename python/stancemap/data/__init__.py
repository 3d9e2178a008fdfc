"""Bundled data: dictionaries (JSON) and the sample article."""

from __future__ import annotations

from importlib.resources import files


def data_path(name: str) -> str:
    """Filesystem path of a bundled data file."""
    return str(files("stancemap.data").joinpath(name))


def sample_article() -> str:
    """The article stancemap was founded on (L'Express wire story, machine-translated,
    on the US Secretary of State's visit to Central Asia in 2023). Its last line,
    ``Source: LExpress``, is metadata."""
    return files("stancemap.data").joinpath("sample_article.txt").read_text(encoding="utf-8")
