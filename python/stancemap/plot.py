"""Pictures of actor matrices with matplotlib (``pip install 'stancemap[plot]'``).

Every function returns a :class:`matplotlib.figure.Figure` built without pyplot: nothing is
shown, no global state changes, and figures render headless (``fig.savefig("x.png")``). In
Jupyter a returned figure displays itself (``%matplotlib inline``).

Colours: support/cooperation blue, opposition/conflict vermilion (Okabe–Ito, readable with
colour blindness); the sign is also drawn by line style (solid +, dashed −).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from stancemap._lazy import np, pd

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from stancemap.matrix import LabeledMatrix

__all__ = ["heatmap", "network", "timeline"]

POSITIVE = "#0072B2"
NEGATIVE = "#D55E00"
NEUTRAL = "#8c8c8c"


def _mpl() -> Any:
    try:
        import matplotlib
        from matplotlib.figure import Figure
    except ImportError as exc:  # pragma: no cover - exercised only without the extra
        raise ImportError("stancemap.plot needs matplotlib: pip install 'stancemap[plot]'") from exc
    return matplotlib, Figure


def _new_axes(ax: Axes | None, size: tuple[float, float]) -> tuple[Figure, Axes]:
    _, figure_class = _mpl()
    if ax is not None:
        return ax.figure, ax  # type: ignore[return-value]
    fig = figure_class(figsize=size, layout="constrained")
    return fig, fig.add_subplot()


def _short(label: str, width: int = 22) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def heatmap(
    matrix: LabeledMatrix,
    *,
    max_labels: int = 20,
    annotate: bool | None = None,
    title: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """The matrix as a coloured grid: its first ``max_labels`` actors (largest totals).

    Stance (and any matrix with negative cells) uses a diverging scale centred at zero (blue
    +, vermilion −); counts a sequential one. The diagonal of a co-occurrence matrix is left
    blank. Values are written in the cells when ``annotate`` (default: up to 15 actors).
    """
    _mpl()
    from matplotlib.colors import LinearSegmentedColormap

    dense = matrix.to_numpy()
    rows, cols = min(max_labels, dense.shape[0]), min(max_labels, dense.shape[1])
    part = dense[:rows, :cols].astype(float)
    if matrix.kind == "cooccurrence" and rows == cols:
        np.fill_diagonal(part, np.nan)
    diverging = matrix.kind == "stance" or bool(np.nanmin(part, initial=0) < 0)
    scale = float(np.nanmax(np.abs(part), initial=0)) or 1.0
    colours = [NEGATIVE, "#ffffff", POSITIVE] if diverging else ["#ffffff", POSITIVE]
    vmin, vmax = (-scale, scale) if diverging else (0.0, scale)
    cmap = LinearSegmentedColormap.from_list("sm", colours).with_extremes(bad="#eeeeee")
    side = max(4.0, 0.42 * max(rows, cols) + 2.2)
    fig, ax = _new_axes(ax, (side + 1.2, side))
    image = ax.imshow(part, cmap=cmap, vmin=vmin, vmax=vmax, aspect="equal")
    ax.set_xticks(range(cols), [_short(c) for c in matrix.columns[:cols]], rotation=60,
                  ha="right", rotation_mode="anchor", fontsize=9)  # fmt: skip
    ax.set_yticks(range(rows), [_short(r) for r in matrix.labels[:rows]], fontsize=9)
    ax.set_xticks(np.arange(-0.5, cols), minor=True)
    ax.set_yticks(np.arange(-0.5, rows), minor=True)
    ax.grid(which="minor", color="#ffffff", linewidth=1)
    ax.tick_params(which="minor", length=0)
    if matrix.directed:
        ax.set_xlabel("target")
        ax.set_ylabel("source")
    if annotate is None:
        annotate = max(rows, cols) <= 15
    if annotate:
        for i in range(rows):
            for j in range(cols):
                v = part[i, j]
                if not math.isfinite(v) or v == 0:
                    continue
                text = f"{v:+.1f}" if diverging else (f"{v:.0f}" if v == round(v) else f"{v:.2f}")
                dark = abs(v) / scale > 0.6
                ax.text(j, i, text.replace("-", "−"), ha="center", va="center", fontsize=7,
                        color="white" if dark else "#222222")  # fmt: skip
    weight = matrix.meta.get("weight") or matrix.meta.get("aggregate") or ""
    label = "stance score" if matrix.kind == "stance" else str(weight or "value")
    fig.colorbar(image, ax=ax, shrink=0.7, label=label)
    ax.set_title(title or _default_title(matrix), fontsize=11)
    return fig


def _default_title(matrix: LabeledMatrix) -> str:
    if matrix.kind == "stance":
        return "Who stands for (+) or against (−) whom"
    opts = ", ".join(f"{k}={v}" for k, v in matrix.meta.items())
    return f"Who appears with whom ({opts})"


def _layout(graph: Any, seed: int) -> dict:
    """Node positions: each connected component laid out on its own (Kamada–Kawai, which
    spreads small graphs evenly; spring for large ones), scaled by its size, and the
    components packed in rows, largest first."""
    import networkx as nx

    undirected = nx.Graph()
    undirected.add_nodes_from(graph.nodes)
    for a, b, data in graph.edges(data=True):
        w = abs(data.get("weight", 1.0))
        if undirected.has_edge(a, b):
            undirected[a][b]["weight"] += w
        else:
            undirected.add_edge(a, b, weight=w)
    components = sorted(
        (sorted(c) for c in nx.connected_components(undirected)), key=lambda c: (-len(c), c)
    )
    if not components:
        return {}
    largest = len(components[0])
    pos: dict = {}
    x = y = row_height = 0.0
    width = max(2.0, 1.6 * math.sqrt(len(components)))
    for nodes in components:
        size = math.sqrt(len(nodes) / largest) * (1.0 if len(nodes) > 1 else 0.5)
        local = _component_layout(undirected.subgraph(nodes), seed)
        if x > 0 and x + size > width:
            x, y, row_height = 0.0, y - row_height - 0.35, 0.0
        for node, (px, py) in local.items():
            pos[node] = np.array([x + size * px, y - size * (1 - py)])
        x += size + 0.35
        row_height = max(row_height, size)
    return pos


def _component_layout(component: Any, seed: int) -> dict:
    """One connected component's positions, scaled into [0, 1]²."""
    import networkx as nx

    n = len(component)
    if n == 1:
        return {next(iter(component.nodes)): (0.5, 0.5)}
    if n == 2:
        a, b = sorted(component.nodes)
        return {a: (0.0, 0.5), b: (1.0, 0.5)}
    if n <= 60:
        raw = nx.kamada_kawai_layout(component, weight=None)
    else:
        raw = nx.spring_layout(component, weight="weight", seed=seed, iterations=200)
    xy = np.array([raw[v] for v in component.nodes])
    low, span = xy.min(axis=0), np.ptp(xy, axis=0)
    span[span == 0] = 1.0  # each axis filled: the figure, not the layout, sets the aspect
    return {v: tuple((raw[v] - low) / span) for v in component.nodes}


def network(
    matrix: LabeledMatrix,
    *,
    mentions: Mapping[str, float] | pd.Series | None = None,
    max_nodes: int = 25,
    seed: int = 0,
    title: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """The matrix as a network: nodes sized by ``mentions`` (default: the matrix totals),
    edges sized by strength; a stance edge is an arrow, blue and solid for support,
    vermilion and dashed for opposition. Only the ``max_nodes`` actors with the largest
    totals are drawn (for stance, those with a stance among them). Each connected group of
    actors is laid out apart; the layout is deterministic (``seed``)."""
    _mpl()
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    keep = matrix.labels[:max_nodes]
    graph = matrix.to_networkx()
    graph = graph.subgraph([n for n in keep if n in graph]).copy()
    if matrix.directed:  # an actor without a stance drawn here says nothing: leave it out
        graph.remove_nodes_from([n for n in list(graph.nodes) if graph.degree(n) == 0])
        keep = [n for n in keep if n in graph]
    sizes = _sizes(matrix, keep, mentions)
    pos = _layout(graph, seed)
    fig, ax = _new_axes(ax, (8.5, 7.0))
    strongest = max((abs(d["weight"]) for _, _, d in graph.edges(data=True)), default=1.0)
    biggest = max(sizes.values(), default=1.0) or 1.0
    radius = {n: math.sqrt(sizes[n] / biggest) for n in graph.nodes}
    for a, b, data in graph.edges(data=True):
        w = float(data["weight"])
        both = matrix.directed and graph.has_edge(b, a)
        colour = NEUTRAL if not matrix.directed else (POSITIVE if w > 0 else NEGATIVE)
        style = "-" if w >= 0 or not matrix.directed else (0, (4, 2.5))
        arrow = FancyArrowPatch(
            pos[a],
            pos[b],
            arrowstyle="-|>" if matrix.directed else "-",
            mutation_scale=12,
            linewidth=0.8 + 3.4 * abs(w) / strongest,
            linestyle=style,
            color=colour,
            alpha=0.85 if matrix.directed else 0.55,
            connectionstyle=f"arc3,rad={0.18 if both else 0.0}",
            shrinkA=6 + 18 * radius[a],
            shrinkB=6 + 18 * radius[b],
            zorder=1,
        )
        ax.add_patch(arrow)
    centre = np.mean(np.array(list(pos.values())), axis=0) if pos else np.zeros(2)
    for node in graph.nodes:
        x, y = pos[node]
        ax.scatter([x], [y], s=80 + 1400 * radius[node] ** 2, color="#f2f2f2",
                   edgecolors="#444444", linewidths=1.0, zorder=2)  # fmt: skip
        _label(ax, str(node), (x, y), centre, 7 + 17 * radius[node])
    _frame_axes(ax, pos)
    if matrix.directed:
        handles = [
            Line2D([], [], color=POSITIVE, lw=2.5, label="support / cooperation (+)"),
            Line2D(
                [], [], color=NEGATIVE, lw=2.5, ls=(0, (4, 2.5)), label="opposition / conflict (−)"
            ),
        ]
        ax.legend(handles=handles, loc="lower left", fontsize=8, frameon=False)
    ax.set_title(title or _network_title(matrix), fontsize=11)
    return fig


def _label(ax: Axes, text: str, xy: tuple[float, float], centre: Any, gap: float) -> None:
    """A node's label on the side away from the layout's centre, where fewer edges run."""
    direction = np.asarray(xy, dtype=float) - centre
    norm = float(np.hypot(*direction))
    dx, dy = (direction / norm) if norm > 1e-9 else (0.0, 1.0)
    ha = "left" if dx > 0.35 else ("right" if dx < -0.35 else "center")
    va = "bottom" if dy > 0.35 else ("top" if dy < -0.35 else "center")
    ax.annotate(
        _short(text), xy, xytext=(gap * dx, gap * dy), textcoords="offset points", ha=ha,
        va=va, fontsize=9, zorder=3,
        bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85},
    )  # fmt: skip


def _network_title(matrix: LabeledMatrix) -> str:
    if matrix.directed:
        return "Stance network: arrows from source to target, width = |score|"
    return "Co-occurrence network: width = strength, node size = mentions"


def _sizes(
    matrix: LabeledMatrix, keep: Sequence[str], mentions: Mapping[str, float] | pd.Series | None
) -> dict[str, float]:
    if mentions is None:
        totals = dict(zip(matrix.labels, np.asarray(matrix.totals, dtype=float).tolist()))
        return {n: max(totals.get(n, 1.0), 0.0) for n in keep}
    lookup = mentions.to_dict() if isinstance(mentions, pd.Series) else dict(mentions)
    return {n: float(lookup.get(n, 1.0)) for n in keep}


def _frame_axes(ax: Axes, pos: Mapping[Any, Any]) -> None:
    if pos:
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        pad_x = 0.18 * ((max(xs) - min(xs)) or 1.0)
        pad_y = 0.18 * ((max(ys) - min(ys)) or 1.0)
        ax.set_xlim(min(xs) - pad_x, max(xs) + pad_x)
        ax.set_ylim(min(ys) - pad_y, max(ys) + pad_y)
    ax.set_axis_off()


def timeline(
    frame: pd.DataFrame,
    pairs: Iterable[tuple[str, str]] | None = None,
    *,
    value: str = "value",
    top: int = 4,
    directed: bool = True,
    fill: float | None = None,
    ylabel: str | None = None,
    title: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """Stance over time, one line per (source, target) pair.

    ``frame`` is long, as ``corpus.stance_over_time()`` returns it: columns ``period``,
    ``source``, ``target``, ``value`` and ``count``. ``pairs`` picks the lines (default: the
    ``top`` pairs with the most records). A period of the frame in which a pair has no row
    breaks its line (no record is not a zero stance); ``fill=0`` draws it as 0 instead (for
    counts). Marker size grows with ``count``. ``directed=False`` for
    symmetric measures (co-occurrence): pairs are labelled "A – B" and the zero line's
    support/opposition shading is left out. ``ylabel`` names the y axis.
    """
    _mpl()
    needed = {"period", "source", "target", value}
    missing = needed - set(frame.columns)
    if missing:
        raise ValueError(f"timeline needs the columns {sorted(needed)}; missing {sorted(missing)}")
    data = frame.copy()
    if isinstance(data["period"].dtype, pd.PeriodDtype):
        first, last = data["period"].min(), data["period"].max()
        data["period"] = data["period"].dt.to_timestamp()
        every = pd.period_range(first, last, freq=first.freq).to_timestamp()
        data = pd.concat([data, pd.DataFrame({"period": every})], ignore_index=True)
    elif not pd.api.types.is_datetime64_any_dtype(data["period"]):
        data["period"] = pd.to_datetime(data["period"].astype(str))
    if pairs is None:
        weight = data["count"] if "count" in data else data[value].abs()
        ranked = data.assign(_w=weight).groupby(["source", "target"])["_w"].sum()
        pairs = list(ranked.sort_values(ascending=False).index[:top])
    chosen = [(str(p[0]), str(p[1])) for p in pairs]
    fig, ax = _new_axes(ax, (9.0, 4.8))
    arrow = "→" if directed else "–"
    styles = ["-", "--", "-.", ":"]
    markers = ["o", "s", "^", "D", "v", "P"]
    # Not blue and vermilion, which mean support and opposition elsewhere.
    palette = ["#000000", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#999999"]
    periods = pd.DatetimeIndex(sorted(data["period"].unique()), name="period")
    for n, (source, target) in enumerate(chosen):
        rows = data[(data["source"] == source) & (data["target"] == target)]
        if not len(rows):
            continue
        rows = rows.groupby("period").sum(numeric_only=True).reindex(periods).reset_index()
        if fill is not None:
            rows[value] = rows[value].fillna(fill)
        counts = rows["count"].fillna(0).to_numpy(dtype=float) if "count" in rows else None
        counts = np.ones(len(rows)) if counts is None else counts
        label = f"{source} {arrow} {target}"
        ax.plot(rows["period"], rows[value], linestyle=styles[n % 4], color=palette[n % 6],
                marker=markers[n % 6], markersize=4, label=label)  # fmt: skip
        ax.scatter(rows["period"], rows[value], s=12 + 10 * np.sqrt(counts),
                   color=palette[n % 6], alpha=0.35, zorder=3)  # fmt: skip
    ax.axhline(0, color="#555555", linewidth=0.8)
    if directed:
        low, high = ax.get_ylim()
        ax.axhspan(0, max(high, 0), color=POSITIVE, alpha=0.05, lw=0)  # + above, − below
        ax.axhspan(min(low, 0), 0, color=NEGATIVE, alpha=0.05, lw=0)
        ax.set_ylim(low, high)
    default = "stance (+ support, − opposition)" if directed and value == "value" else value
    ax.set_ylabel(ylabel or default)
    ax.set_xlabel("period")
    ax.grid(axis="y", color="#e5e5e5")
    if chosen:
        ax.legend(fontsize=8, frameon=False, loc="best")
    ax.set_title(title or "Stance over time", fontsize=11)
    fig.autofmt_xdate() if ax.figure is fig else None
    return fig


def to_png(fig: Figure, dpi: int = 110) -> bytes:
    """The figure as PNG bytes (headless: uses the Agg canvas)."""
    import io

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
