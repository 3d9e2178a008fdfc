"""HTML pieces shared by the notebook display (``_repr_html_``) and the report
(:mod:`stancemap.report`). Every piece of text from a document or a user is escaped; the markup
uses classes prefixed ``sm-`` and one stylesheet (:data:`CSS`), so nothing leaks into a
notebook's own styles."""

from __future__ import annotations

import math
from html import escape
from typing import TYPE_CHECKING, Any

from stancemap._lazy import np, pd

if TYPE_CHECKING:
    from stancemap.corpus import Corpus
    from stancemap.document import Document
    from stancemap.matrix import LabeledMatrix

# Actor kinds and their colours (Okabe–Ito palette: distinguishable with colour blindness).
KIND_COLOURS = {
    "country": "#56B4E9",
    "person": "#E69F00",
    "organisation": "#009E73",
    "region": "#CC79A7",
    "group": "#F0E442",
    "place": "#999999",
}
POSITIVE = "#0072B2"  # support, cooperation: blue
NEGATIVE = "#D55E00"  # opposition, conflict: vermilion
MAX_TEXT = 20_000  # characters of a document shown in a notebook; the rest is cut, noted

CSS = """
.sm-box{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:14px;
 line-height:1.5;color:#1a1a1a;max-width:60em}
.sm-box h3{font-size:16px;margin:.6em 0 .3em}
.sm-box h4{font-size:14px;margin:.8em 0 .2em}
.sm-meta{color:#555;font-size:13px}
.sm-text{white-space:pre-wrap;border-left:3px solid #ddd;padding:.3em .8em;margin:.4em 0;
 max-height:36em;overflow:auto;background:#fff}
.sm-actor{border-radius:3px;padding:0 2px;border-bottom:2px solid;cursor:help}
.sm-cue{font-weight:600;border-bottom:2px solid;cursor:help;padding:0 1px}
.sm-cue.sm-pos{color:#005a8c;border-bottom-style:solid}
.sm-cue.sm-neg{color:#a34400;border-bottom-style:dashed}
.sm-cue.sm-zero{color:#444;border-bottom-style:dotted}
.sm-legend span{margin-right:1em;white-space:nowrap}
.sm-swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;
 vertical-align:-.1em;margin-right:.25em}
table.sm-table{border-collapse:collapse;font-size:13px;margin:.3em 0}
table.sm-table th,table.sm-table td{border:1px solid #ddd;padding:2px 6px;text-align:right}
table.sm-table th{background:#f4f4f4;font-weight:600}
table.sm-table td.sm-l,table.sm-table th.sm-l{text-align:left}
table.sm-table td.sm-wrap{text-align:left;white-space:normal;max-width:40em}
table.sm-evidence{width:100%}
table.sm-evidence td{vertical-align:top}
table.sm-evidence td.sm-wrap{min-width:26em;max-width:none}
table.sm-evidence td.sm-l{white-space:nowrap}
table.sm-matrix th.sm-col{writing-mode:vertical-rl;transform:rotate(180deg);
 text-align:left;max-height:10em;white-space:nowrap}
.sm-pos-text{color:#005a8c;font-weight:600}
.sm-neg-text{color:#a34400;font-weight:600}
.sm-note{color:#666;font-size:12px}
.sm-figure img{max-width:100%;height:auto;border:1px solid #eee}
"""


def _kind_css() -> str:
    return "".join(
        f".sm-kind-{kind}{{background:{_mix(colour, 0.35)};border-color:{colour}}}\n"
        for kind, colour in KIND_COLOURS.items()
    )


def style() -> str:
    """The stylesheet as a ``<style>`` element."""
    return f"<style>{stylesheet()}</style>"


def stylesheet() -> str:
    """The CSS of every stancemap HTML piece."""
    return CSS + _kind_css()


def _fmt(value: float | np.floating | np.integer) -> str:
    number = float(value)
    if number.is_integer():
        return f"{int(number):,}"
    return f"{number:.3g}" if abs(number) < 1000 else f"{number:,.0f}"


def signed(value: float) -> str:
    """A score with its sign spelt out and coloured: '+0.70' / '−0.40'."""
    if value > 0:
        return f'<span class="sm-pos-text">+{value:.2f}</span>'
    if value < 0:
        return f'<span class="sm-neg-text">−{abs(value):.2f}</span>'
    return "0"


def _mix(colour: str, t: float) -> str:
    """``colour`` blended with white: t = 0 white, t = 1 the colour."""
    t = max(0.0, min(1.0, t))
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    mixed = (round(255 + (c - 255) * t) for c in (r, g, b))
    return "#{:02x}{:02x}{:02x}".format(*mixed)


def cell_colour(value: float, scale: float, diverging: bool) -> str:
    """Background for a cell: diverging (blue +, vermilion −, white at 0) or sequential."""
    if scale <= 0 or value == 0 or not math.isfinite(value):
        return "#ffffff"
    t = abs(value) / scale
    if diverging:
        return _mix(POSITIVE if value > 0 else NEGATIVE, 0.85 * t)
    return _mix(POSITIVE, 0.85 * t)


def legend() -> str:
    kinds = "".join(
        f'<span><i class="sm-swatch" style="background:{c}"></i>{escape(k)}</span>'
        for k, c in KIND_COLOURS.items()
        if k in ("country", "person", "organisation", "region")
    )
    cues = (
        '<span><b class="sm-cue sm-pos">cue</b> support (solid)</span>'
        '<span><b class="sm-cue sm-neg">cue</b> opposition (dashed)</span>'
    )
    return f'<div class="sm-legend sm-meta">Actors: {kinds} Stance cues: {cues}</div>'


# ---------------------------------------------------------------- document text


def _cue_spans(doc: Document) -> list[tuple[int, int, float, str]]:
    """(start, end, score, tooltip) of every stance cue, records on one cue joined."""
    evidence = doc.evidence
    if not len(evidence):
        return []
    table = doc._core.stance_table()
    starts = table["cue_start"].tolist()
    ends = table["cue_end"].tolist()
    spans: dict[tuple[int, int], list[tuple[float, str]]] = {}
    for row, start, end in zip(evidence.itertuples(index=False), starts, ends):
        sign = "+" if row.score > 0 else ("−" if row.score < 0 else "±")
        neg = ", negated" if row.negated else ""
        tip = (
            f"{row.source} → {row.target}: {sign}{abs(row.score):.2f} "
            f"{row.category}{neg} (cue “{row.cue}”)"
        )
        spans.setdefault((int(start), int(end)), []).append((float(row.score), tip))
    out = []
    for (start, end), items in sorted(spans.items()):
        total = sum(score for score, _ in items)
        out.append((start, end, total, "\n".join(tip for _, tip in items)))
    return out


def document_text(doc: Document, limit: int = MAX_TEXT) -> str:
    """The text with actor mentions (by kind) and stance cues (by sign) marked, escaped."""
    text = doc.text
    shown = text[:limit]
    actors = doc.actors.set_index("id")
    marks: list[tuple[int, int, str, str]] = []  # start, end, open tag, close tag
    for m in doc.mentions.itertuples(index=False):
        if m.end > len(shown):
            continue
        kind = str(actors.at[m.actor, "kind"]) if m.actor in actors.index else "country"
        tip = f"{m.actor} ({kind}; {m.form})"
        marks.append(
            (
                int(m.start),
                int(m.end),
                f'<span class="sm-actor sm-kind-{escape(kind)}" title="{escape(tip)}" '
                f'data-actor="{escape(str(m.actor))}">',
                "</span>",
            )
        )
    taken = sorted((s, e) for s, e, _, _ in marks)
    for start, end, score, tip in _cue_spans(doc):
        if end > len(shown) or any(s < end and start < e for s, e in taken):
            continue  # a cue inside an actor's name ("anti-American"): the actor wins
        cls = "sm-pos" if score > 0 else ("sm-neg" if score < 0 else "sm-zero")
        marks.append((start, end, f'<b class="sm-cue {cls}" title="{escape(tip)}">', "</b>"))
    marks.sort()
    parts, pos = [], 0
    for start, end, open_tag, close_tag in marks:
        if start < pos:
            continue
        parts.append(escape(shown[pos:start]))
        parts.append(open_tag + escape(shown[start:end]) + close_tag)
        pos = end
    parts.append(escape(shown[pos:]))
    note = ""
    if len(text) > limit:
        note = f'<div class="sm-note">… {len(text) - limit:,} more characters not shown</div>'
    return f'<div class="sm-text">{"".join(parts)}</div>{note}'


# ---------------------------------------------------------------- tables


def frame_table(frame: pd.DataFrame, *, wrap: tuple[str, ...] = (), index: bool = False) -> str:
    """A DataFrame as an escaped HTML table; text columns left-aligned, ``wrap`` ones wrapped."""
    head = "".join(
        f'<th class="{"sm-l" if not pd.api.types.is_numeric_dtype(frame[c]) else ""}">'
        f"{escape(str(c))}</th>"
        for c in frame.columns
    )
    if index:
        head = f'<th class="sm-l">{escape(str(frame.index.name or ""))}</th>' + head
    rows = []
    for label, row in frame.iterrows():
        cells = [f'<td class="sm-l">{escape(str(label))}</td>'] if index else []
        for column in frame.columns:
            value = row[column]
            if column == "score" and isinstance(value, (float, np.floating)):
                cells.append(f"<td>{signed(float(value))}</td>")
            elif isinstance(value, (float, np.floating, int, np.integer)) and not isinstance(
                value, bool
            ):
                shown = "" if isinstance(value, float) and math.isnan(value) else _fmt(value)
                cells.append(f"<td>{shown}</td>")
            else:
                cls = "sm-wrap" if column in wrap else "sm-l"
                shown = "" if value is None or (isinstance(value, float)) else str(value)
                cells.append(f'<td class="{cls}">{escape(shown)}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    body = "".join(rows)
    return f'<table class="sm-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def evidence_table(doc: Document, evidence: pd.DataFrame | None = None) -> str:
    """One row per stance record: source → target, signed score, category, and the sentence
    with its cue marked (by sign). ``evidence`` defaults to ``doc.evidence`` (same rows)."""
    evidence = doc.evidence if evidence is None else evidence
    table = doc._core.stance_table()
    sentence_start = doc.sentences["start"].to_numpy()
    rows = []
    for n, row in enumerate(evidence.itertuples(index=False)):
        begin = int(table["cue_start"][n]) - int(sentence_start[row.sentence])
        end = int(table["cue_end"][n]) - int(sentence_start[row.sentence])
        text = str(row.text)
        cls = "sm-pos" if row.score > 0 else ("sm-neg" if row.score < 0 else "sm-zero")
        if 0 <= begin < end <= len(text):
            marked = (
                f'{escape(text[:begin])}<b class="sm-cue {cls}">{escape(text[begin:end])}</b>'
                f"{escape(text[end:])}"
            )
        else:
            marked = escape(text)
        negated = " (negated)" if row.negated else ""
        rows.append(
            f'<tr><td class="sm-l">{escape(str(row.source))}</td>'
            f'<td class="sm-l">{escape(str(row.target))}</td><td>{signed(float(row.score))}</td>'
            f'<td class="sm-l">{escape(str(row.category))}{negated}</td>'
            f"<td>{int(row.sentence)}</td>"
            f'<td class="sm-wrap">{marked}</td></tr>'
        )
    head = (
        '<tr><th class="sm-l">source</th><th class="sm-l">target</th><th>score</th>'
        '<th class="sm-l">category</th><th>sentence</th>'
        '<th class="sm-l">text (cue marked)</th></tr>'
    )
    return (
        f'<table class="sm-table sm-evidence"><thead>{head}</thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def matrix_table(matrix: LabeledMatrix, max_labels: int = 15) -> str:
    """The first ``max_labels`` rows and columns (the largest totals) as a coloured table."""
    dense = matrix.to_numpy()
    rows = min(max_labels, dense.shape[0])
    cols = min(max_labels, dense.shape[1])
    part = dense[:rows, :cols]
    diverging = matrix.kind == "stance" or bool((dense < 0).any())
    off = part.copy()
    if off.shape[0] == off.shape[1]:
        np.fill_diagonal(off, 0)
    scale = float(np.abs(off).max()) if off.size else 0.0
    head = "".join(
        f'<th class="sm-col" title="{escape(c)}">{escape(c)}</th>' for c in matrix.columns[:cols]
    )
    body = []
    for i in range(rows):
        cells = []
        for j in range(cols):
            v = float(part[i, j])
            text = "" if v == 0 else (_fmt(v) if not diverging else f"{v:+.2f}")
            text = text.replace("-", "−")
            tip = f"{matrix.labels[i]} · {matrix.columns[j]}: {v:.4g}"
            ink = ";color:#fff" if scale > 0 and abs(v) / scale > 0.6 else ""
            cells.append(
                f'<td style="background:{cell_colour(v, scale, diverging)}{ink}" '
                f'title="{escape(tip)}">{escape(text)}</td>'
            )
        body.append(f'<tr><th class="sm-l">{escape(matrix.labels[i])}</th>{"".join(cells)}</tr>')
    note = ""
    if dense.shape[0] > rows or dense.shape[1] > cols:
        note = (
            f'<div class="sm-note">first {rows} of {dense.shape[0]} rows and {cols} of '
            f"{dense.shape[1]} columns (largest totals)</div>"
        )
    corner = "source ╲ target" if matrix.directed else ""
    return (
        f'<table class="sm-table sm-matrix"><thead><tr><th class="sm-l">{corner}</th>{head}'
        f"</tr></thead><tbody>{''.join(body)}</tbody></table>{note}"
    )


def matrix_summary(matrix: LabeledMatrix, top: int = 10, max_labels: int = 15) -> str:
    """A matrix for a notebook: what it is, its top cells, then the table itself."""
    rows, cols = matrix.shape
    opts = ", ".join(f"{escape(str(k))}={escape(repr(v))}" for k, v in matrix.meta.items())
    title = (
        "Stance matrix (rows: sources, columns: targets)"
        if matrix.directed
        else (f"{matrix.kind.capitalize()} matrix")
    )
    by = "abs" if matrix.directed else "value"
    top_cells = _top_cells(matrix, top, by)
    return (
        f'<div class="sm-box">{style()}<h3>{escape(title)}</h3>'
        f'<div class="sm-meta">{rows}×{cols}, {matrix.nnz} non-zero cells; {opts}</div>'
        f"<h4>Top cells</h4>{frame_table(top_cells)}"
        f"<h4>Matrix</h4>{matrix_table(matrix, max_labels)}</div>"
    )


def _top_cells(matrix: LabeledMatrix, n: int, by: str) -> pd.DataFrame:
    frame = matrix.top(len(matrix.labels) ** 2 if by == "abs" else n)
    if by == "abs" and len(frame):
        order = np.argsort(-frame["value"].abs().to_numpy(), kind="stable")
        frame = frame.iloc[order[:n]].reset_index(drop=True)
    if matrix.directed:
        frame = frame.rename(columns={"value": "score"})
        counts = getattr(matrix, "counts", None)
        if counts is not None and len(frame):
            rows = [matrix.labels.index(s) for s in frame["source"]]
            cols = [matrix.columns.index(t) for t in frame["target"]]
            frame["records"] = np.asarray(counts[rows, cols]).ravel().astype(int)
    return frame


# ---------------------------------------------------------------- document, corpus


def document_html(doc: Document) -> str:
    """The notebook view of a Document: counts, legend, marked text, actors, evidence."""
    actors = doc.actors
    evidence = doc.evidence
    parts = [
        f'<div class="sm-box">{style()}<h3>stancemap Document</h3>',
        f'<div class="sm-meta">{len(doc.sentences)} segments, {len(doc.text):,} characters, '
        f"{len(actors)} actors, {len(doc.mentions)} mentions, {len(evidence)} stance records. "
        "Hover over a marked word for its actor or its stance records.</div>",
        legend(),
        document_text(doc),
    ]
    if len(actors):
        shown = actors[["id", "kind", "country", "mentions"]].head(15)
        parts.append(f"<h4>Actors</h4>{frame_table(shown)}")
    if len(evidence):
        cols = ["source", "target", "score", "category", "cue", "sentence"]
        parts.append(f"<h4>Stance evidence</h4>{frame_table(evidence[cols].head(20))}")
        if len(evidence) > 20:
            parts.append(f'<div class="sm-note">{len(evidence) - 20} more records</div>')
    parts.append("</div>")
    return "".join(parts)


def corpus_html(corpus: Corpus, top: int = 10) -> str:
    """The notebook view of a Corpus: documents, errors, top actors, top relations."""
    errors = corpus.errors
    parts = [
        f'<div class="sm-box">{style()}<h3>stancemap Corpus</h3>',
        f'<div class="sm-meta">{corpus.documents:,} documents analysed, {len(errors):,} '
        f"records with errors, {int(corpus._core.bytes):,} bytes</div>",
    ]
    actors = corpus.actors
    if len(actors):
        cols = [c for c in ("id", "kind", "country", "mentions", "documents") if c in actors]
        parts.append(f"<h4>Top actors</h4>{frame_table(actors[cols].head(top))}")
    relations = _try(lambda: corpus.cooccurrence().top(top))
    if relations is not None and len(relations):
        parts.append(f"<h4>Top co-occurring pairs (sentences)</h4>{frame_table(relations)}")
    stance = _try(lambda: corpus.stance())
    if stance is not None and stance.nnz:
        parts.append(f"<h4>Strongest stances</h4>{frame_table(_top_cells(stance, top, 'abs'))}")
    if len(errors):
        parts.append(f"<h4>Errors</h4>{frame_table(errors.head(top), wrap=('message',))}")
    parts.append("</div>")
    return "".join(parts)


def _try(make: Any) -> Any:
    try:
        return make()
    except (ValueError, KeyError):  # a sum the corpus was not asked to collect
        return None
