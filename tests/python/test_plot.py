"""stancemap.plot: figures render headless (Agg) to PNG; sign shows in colour and line style."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

matplotlib = pytest.importorskip("matplotlib")

from matplotlib.figure import Figure  # noqa: E402
from matplotlib.patches import FancyArrowPatch  # noqa: E402

from stancemap import plot  # noqa: E402
from test_analytics import cooc, stance  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parents[2] / "build" / "test-artifacts"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def save(fig: Figure, name: str) -> bytes:
    """PNG bytes of the figure, also kept in build/test-artifacts for a human to look at."""
    data = plot.to_png(fig)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / name).write_bytes(data)
    return data


def test_no_pyplot_and_no_show(sample_doc):
    had_pyplot = "matplotlib.pyplot" in sys.modules
    fig = plot.heatmap(sample_doc.cooccurrence(level="country"))
    assert isinstance(fig, Figure)
    assert ("matplotlib.pyplot" in sys.modules) == had_pyplot


def test_heatmap_renders(sample_doc):
    co = sample_doc.cooccurrence(level="country")
    data = save(plot.heatmap(co), "heatmap_cooccurrence.png")
    assert data.startswith(PNG_MAGIC)
    fig = plot.heatmap(sample_doc.stance(level="country"))
    assert save(fig, "heatmap_stance.png").startswith(PNG_MAGIC)
    image = fig.axes[0].images[0]
    low, high = image.get_clim()
    assert low == -high  # diverging scale centred at zero


def test_heatmap_labels_cut_to_max_labels(sample_doc):
    co = sample_doc.cooccurrence()
    fig = plot.heatmap(co, max_labels=5)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == co.labels[:5]


def test_network_sign_in_colour_and_line_style():
    dense = np.zeros((4, 4))
    dense[0, 1] = 0.9  # support
    dense[1, 0] = 0.4  # reciprocated: drawn curved
    dense[2, 3] = -0.7  # opposition
    fig = plot.network(stance(dense))
    arrows = [p for p in fig.axes[0].patches if isinstance(p, FancyArrowPatch)]
    assert len(arrows) == 3
    by_colour = {tuple(np.round(a.get_edgecolor()[:3], 3)): a for a in arrows}
    blue = tuple(np.round(matplotlib.colors.to_rgb(plot.POSITIVE), 3))
    red = tuple(np.round(matplotlib.colors.to_rgb(plot.NEGATIVE), 3))
    assert set(by_colour) == {blue, red}
    assert by_colour[blue].get_linestyle() == "-"
    assert by_colour[red].get_linestyle() != "-"  # dashed
    widths = sorted(a.get_linewidth() for a in arrows)
    assert widths[0] < widths[-1]  # width follows |score|
    save(fig, "network_synthetic.png")


def test_network_of_the_sample_article(sample_doc):
    st = sample_doc.stance(level="country")
    mentions = sample_doc.actors_at("country").set_index("id")["mentions"]
    fig = plot.network(st, mentions=mentions)
    labels = {t.get_text() for t in fig.axes[0].texts}
    assert "USA" in labels
    assert save(fig, "network_sample_stance.png").startswith(PNG_MAGIC)
    fig = plot.network(sample_doc.cooccurrence(level="country"))
    assert save(fig, "network_sample_cooccurrence.png").startswith(PNG_MAGIC)


def test_network_labels_do_not_overlap(sample_doc):
    fig = plot.network(sample_doc.cooccurrence(level="country"), max_nodes=12)
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in fig.axes[0].texts]
    overlaps = sum(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    assert overlaps <= 1, f"{overlaps} overlapping node labels"


def test_empty_network_renders():
    fig = plot.network(cooc(np.zeros((3, 3))))
    assert plot.to_png(fig).startswith(PNG_MAGIC)


def _over_time() -> pd.DataFrame:
    periods = pd.period_range("2019-01", periods=6, freq="M")
    rows = []
    for i, p in enumerate(periods):
        rows.append((p, "USA", "IRN", -0.5 * i, i + 1))
        rows.append((p, "USA", "CHN", 0.2 * (3 - i), 2))
        if i % 2:
            rows.append((p, "RUS", "UKR", -1.0, 1))
    return pd.DataFrame(rows, columns=["period", "source", "target", "value", "count"])


def test_timeline_draws_the_pairs():
    frame = _over_time()
    fig = plot.timeline(frame, pairs=[("USA", "IRN"), ("USA", "CHN")])
    lines = [ln for ln in fig.axes[0].get_lines() if ln.get_label().count("→")]
    assert [ln.get_label() for ln in lines] == ["USA → IRN", "USA → CHN"]
    np.testing.assert_allclose(lines[0].get_ydata(), [0, -0.5, -1, -1.5, -2, -2.5])
    assert lines[0].get_linestyle() != lines[1].get_linestyle()
    assert save(fig, "timeline.png").startswith(PNG_MAGIC)


def test_timeline_default_pairs_and_string_periods():
    frame = _over_time()
    frame["period"] = frame["period"].astype(str)
    fig = plot.timeline(frame, top=2)
    labels = [ln.get_label() for ln in fig.axes[0].get_lines() if "→" in ln.get_label()]
    assert labels == ["USA → IRN", "USA → CHN"]  # the most records


def test_timeline_names_missing_columns():
    with pytest.raises(ValueError, match="period"):
        plot.timeline(pd.DataFrame({"source": [], "target": [], "value": []}))


def test_timeline_breaks_lines_at_missing_periods_or_fills_them():
    frame = _over_time()  # RUS → UKR has rows in odd months only
    fig = plot.timeline(frame, pairs=[("RUS", "UKR")])
    (line,) = [ln for ln in fig.axes[0].get_lines() if "→" in ln.get_label()]
    ys = np.asarray(line.get_ydata(), dtype=float)
    assert np.isnan(ys[[0, 2, 4]]).all()
    np.testing.assert_array_equal(ys[[1, 3, 5]], [-1.0, -1.0, -1.0])
    fig = plot.timeline(frame, pairs=[("RUS", "UKR")], fill=0, directed=False)
    (line,) = [ln for ln in fig.axes[0].get_lines() if "–" in ln.get_label()]
    np.testing.assert_array_equal(line.get_ydata(), [0, -1, 0, -1, 0, -1])
