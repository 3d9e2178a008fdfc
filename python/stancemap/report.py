"""Self-contained HTML reports: what a journalist opens in a browser and forwards.

One file, no network: the stylesheet is inline and the pictures are PNG images embedded as
base64 ``data:`` URIs. ``doc.to_html()``, ``corpus.to_html()`` and ``stancemap report FILE -o
report.html`` make them. Pictures need matplotlib (``pip install 'stancemap[plot]'``); without
it the report has the tables only and says so.
"""

from __future__ import annotations

import base64
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from stancemap import __version__, _html

if TYPE_CHECKING:
    from stancemap.corpus import Corpus
    from stancemap.document import Document
    from stancemap.matrix import LabeledMatrix

REPORT_TEXT = 1_000_000  # characters of a document's text in a report

PAGE_CSS = """
body{margin:0;background:#fafafa}
main{max-width:64em;margin:0 auto;padding:1.5em 2em 3em;background:#fff;
 box-shadow:0 0 6px rgba(0,0,0,.08)}
h1{font:600 22px system-ui,sans-serif;margin:.2em 0}
h2{font:600 18px system-ui,sans-serif;margin:1.6em 0 .4em;border-bottom:1px solid #e5e5e5;
 padding-bottom:.2em}
nav a{margin-right:1em}
.sm-box{max-width:none}
.sm-text{max-height:none}
"""


def _png(fig: object) -> str:
    from stancemap.plot import to_png

    data = base64.b64encode(to_png(fig)).decode("ascii")  # type: ignore[arg-type]
    return f'<img alt="" src="data:image/png;base64,{data}">'


def _picture(make: object, caption: str) -> str:
    """A figure as an embedded PNG, or a note when matplotlib is missing."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return '<p class="sm-note">(pictures need matplotlib: pip install "stancemap[plot]")</p>'
    fig = make()  # type: ignore[operator]
    caption_html = f'<figcaption class="sm-note">{escape(caption)}</figcaption>'
    return f'<figure class="sm-figure">{_png(fig)}{caption_html}</figure>'


def _page(title: str, subtitle: str, sections: list[tuple[str, str, str]]) -> str:
    nav = "".join(f'<a href="#{key}">{escape(name)}</a>' for key, name, _ in sections)
    body = "".join(
        f'<section id="{key}"><h2>{escape(name)}</h2>{content}</section>'
        for key, name, content in sections
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_html.stylesheet()}{PAGE_CSS}</style></head>"
        f'<body><main class="sm-box"><h1>{escape(title)}</h1>'
        f'<div class="sm-meta">{subtitle}</div><nav class="sm-meta">{nav}</nav>{body}'
        f'<p class="sm-note">Made by stancemap {escape(__version__)}. Stance and actors are '
        "found by rules: check the evidence before you quote a number.</p></main></body></html>"
    )


def _write(html: str, path: str | Path | None) -> str:
    if path is not None:
        Path(path).write_text(html, encoding="utf-8")
    return html


def _matrix_section(matrix: LabeledMatrix, note: str) -> str:
    from stancemap import plot

    top = _html._top_cells(matrix, 15, "abs" if matrix.directed else "value")
    picture = ""
    if matrix.shape[0] >= 2:
        picture = _picture(lambda: plot.heatmap(matrix), "Heatmap of the matrix above")
    return (
        f'<p class="sm-meta">{escape(note)}</p><h4>Top cells</h4>{_html.frame_table(top)}'
        f"<h4>Matrix</h4>{_html.matrix_table(matrix)}{picture}"
    )


def _network_section(stance: LabeledMatrix, mentions: object = None) -> str:
    from stancemap import plot

    if stance.nnz == 0:
        return '<p class="sm-meta">No stance was found.</p>'
    return _picture(
        lambda: plot.network(stance, mentions=mentions),  # type: ignore[arg-type]
        "Arrows point from source to target; blue solid = support, vermilion dashed = "
        "opposition; line width = strength; node size = mentions.",
    )


def document_report(
    doc: Document, path: str | Path | None = None, *, title: str = "stancemap report"
) -> str:
    """The HTML report of one document (see :meth:`stancemap.Document.to_html`)."""
    level = "country"
    actors = doc.actors_at(level)
    co = doc.cooccurrence(level=level)
    stance = doc.stance(level=level)
    evidence = doc.evidence
    mentions = actors.set_index("id")["mentions"] if len(actors) else None
    subtitle = (
        f"{len(doc.sentences)} segments, {len(doc.text):,} characters, {len(doc.actors)} "
        f"actors, {len(evidence)} stance records. Countries include their people (level="
        f"{level!r}). Hover over marked words in the text for details."
    )
    sections = [
        ("text", "Text", _html.legend() + _html.document_text(doc, limit=REPORT_TEXT)),
        (
            "actors",
            "Actors",
            _html.frame_table(doc.actors[["id", "name", "kind", "country", "mentions"]]),
        ),
        ("network", "Stance network", _network_section(stance, mentions)),
        (
            "stance",
            "Stance matrix",
            _matrix_section(
                stance,
                "Rows are sources, columns targets; each cell sums the scores of its records "
                "(−1 opposition … +1 support).",
            ),
        ),
        (
            "cooccurrence",
            "Co-occurrence",
            _matrix_section(co, "Sentences in which both actors are named."),
        ),
        (
            "evidence",
            "Evidence",
            _html.evidence_table(doc)
            if len(evidence)
            else '<p class="sm-meta">No stance records.</p>',
        ),
    ]
    return _write(_page(title, escape(subtitle), sections), path)


def corpus_report(
    corpus: Corpus, path: str | Path | None = None, *, title: str = "stancemap corpus report"
) -> str:
    """The HTML report of a corpus (see :meth:`stancemap.Corpus.to_html`)."""
    errors = corpus.errors
    actors = corpus.actors
    subtitle = escape(
        f"{corpus.documents:,} documents analysed, {len(errors):,} records with errors."
    )
    sections = [("summary", "Summary", _html.corpus_html(corpus, top=15))]
    stance = _html._try(lambda: corpus.stance(level="country"))
    if stance is not None:
        mentions = actors.set_index("id")["mentions"] if len(actors) else None
        sections.append(("network", "Stance network", _network_section(stance, mentions)))
        sections.append(
            ("stance", "Stance matrix", _matrix_section(stance, "Summed scores, all documents."))
        )
    co = _html._try(lambda: corpus.cooccurrence(level="country"))
    if co is not None:
        sections.append(
            ("cooccurrence", "Co-occurrence", _matrix_section(co, "Sentences naming both."))
        )
    evidence = getattr(corpus, "evidence", None)
    if evidence is not None and len(evidence):
        cols = [
            c for c in ("source", "target", "score", "category", "cue", "text") if c in evidence
        ]
        sections.append(
            ("evidence", "Evidence", _html.frame_table(evidence[cols].head(200), wrap=("text",)))
        )
    return _write(_page(title, subtitle, sections), path)
