"""PNG charts of the marts and an offline index.html that shows them together.

Labels are ASCII (see suanli.marts.labels): matplotlib's bundled fonts have no CJK glyphs, and a
chart must read the same on a machine without Chinese fonts.
"""

from __future__ import annotations

import functools
import html
import logging
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import duckdb
import pandas as pd

from suanli.marts.gpu_price_index import gpu_price_index_as_of
from suanli.marts.inputs import claimed_models
from suanli.marts.labels import ascii_label
from suanli.marts.sql import stored_slice

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

PRICE_INDEX_PNG = "gpu_price_index.png"
PRICE_CHANGE_PNG = "gpu_price_inflation.png"
MARKET_GROWTH_PNG = "ai_server_market_growth.png"
SUBSTITUTION_PNG = "domestic_substitution_timeline.png"
CHARTS = {  # file: (title, caption), in the order index.html shows them
    PRICE_CHANGE_PNG: (
        "GPU price inflation",
        "Percent change of article price claims and of feed prices over trailing windows "
        "ending at the partition date, in each series' own currency.",
    ),
    PRICE_INDEX_PNG: (
        "GPU price index",
        "Chain-linked USD index per model and price kind, first observation = 100: only "
        "like-for-like moves of each source count, so a new feed never makes the line jump.",
    ),
    MARKET_GROWTH_PNG: (
        "AI-server market size by source",
        "One bar per source and year, never averaged; faded bars are derived here (a prior year "
        "implied by stated growth), hatched bars are forecasts or model projections.",
    ),
    SUBSTITUTION_PNG: (
        "Domestic GPU substitution timeline",
        "Development-path ready ranges from the article's stated months, chip launches with their "
        "dense FP16 ratio to the A100, and modelled FP16 parity dates (an assumption).",
    ),
}
log = logging.getLogger(__name__)
MAX_INDEX_LINES = 6
RECENT_YEARS = 3
TIMELINE_YEARS_AHEAD = 5
INDEX_BASE = 100
MAX_CHANGE_BARS = 14
DPI = 100


@cache
def _pyplot() -> ModuleType:
    """matplotlib.pyplot on the headless Agg backend (charts are written, never shown), imported
    on first use: the import takes about half a second, which every load of the Dagster
    definitions (the UI's code server, the daemon) would otherwise pay."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot

    return matplotlib.pyplot


def _save(fig: Figure, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.tight_layout()
    fig.savefig(path, dpi=DPI)
    _pyplot().close(fig)
    return path


class ChartPath(type(Path())):
    """The written chart's path; `note` says why a placeholder was drawn instead (else None)."""

    note: str | None = None


def never_fails(plot: Callable[..., Path]) -> Callable[..., ChartPath]:
    """A chart that cannot be drawn (a date no axis can show, a value matplotlib refuses) must
    not fail the mart it illustrates: the error is logged and a placeholder saying so is
    written in the chart's place, its path carrying the note."""

    @functools.wraps(plot)
    def draw(data: pd.DataFrame, path: str | Path, as_of: date, *args, **kwargs) -> ChartPath:
        try:
            return ChartPath(plot(data, path, as_of, *args, **kwargs))
        except Exception as exc:  # any drawing error becomes the note
            _pyplot().close("all")
            note = f"chart not drawn: {type(exc).__name__}: {exc}".splitlines()[0][:300]
            log.warning("%s (%s)", note, Path(path).name)
            fig, ax = _pyplot().subplots(figsize=(11, 3))
            _empty(ax, f"{note}\nThe mart's table is complete; see the run's log.")
            written = ChartPath(_save(fig, Path(path)))
            written.note = note
            return written

    return draw


def _empty(ax: Axes, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()


def _series_label(model: str, price_kind: str, term: object) -> str:
    term_text = "" if term is None or pd.isna(term) else f", {term}"
    return ascii_label(f"{model} ({price_kind}{term_text})")


def _index_series(rows: pd.DataFrame, as_of: date, preferred: set[str]) -> pd.DataFrame:
    """Series worth drawing: ones that moved, the articles' models first, then the series with
    the most linked observations in the last RECENT_YEARS years."""
    recent = rows["date"] > as_of - timedelta(days=round(365.25 * RECENT_YEARS))
    ranking = (
        rows.assign(recent_links=rows["n_series_linked"].where(recent, 0))
        .groupby(["model", "price_kind", "term"], dropna=False)
        .agg(links=("n_series_linked", "sum"), recent_links=("recent_links", "sum"))
        .reset_index()
    )
    ranking["preferred"] = ranking["model"].isin(preferred)
    ranking = ranking[ranking["links"] > 0]
    ranking = ranking[ranking["preferred"] | (ranking["recent_links"] > 0)]
    return ranking.sort_values(["preferred", "recent_links"], ascending=False).head(MAX_INDEX_LINES)


@never_fails
def plot_price_index(
    index: pd.DataFrame, path: str | Path, as_of: date, models: list[str] | None = None
) -> Path:
    """Step lines of gpu_price_index in purchase and rental panels: the series that moved, the
    articles' models first, then those most observed recently."""
    import matplotlib.dates as mdates

    kinds = [("purchase", "purchase price"), ("rental", "rental price per chip-hour")]
    fig, axes = _pyplot().subplots(2, 1, figsize=(13, 8))
    for ax, (kind, label) in zip(axes, kinds, strict=True):
        rows = index[index["price_kind"].str.startswith(kind)] if not index.empty else index
        chosen = _index_series(rows, as_of, set(models or [])) if not rows.empty else rows
        if chosen.empty:
            _empty(ax, f"no {label} series that moved up to {as_of}")
            continue
        for series in chosen.itertuples():
            line = rows[
                (rows["model"] == series.model)
                & (rows["price_kind"] == series.price_kind)
                & (rows["term"].isna() if pd.isna(series.term) else rows["term"] == series.term)
            ].sort_values("date")
            ax.step(
                pd.to_datetime(line["date"]),
                line["index_value"],
                where="post",
                linewidth=1.8 if series.preferred else 1.1,
                label=f"{_series_label(series.model, series.price_kind, series.term)}: "
                f"{line['index_value'].iloc[-1]:.0f}",
            )
        ax.axhline(INDEX_BASE, color="grey", linewidth=0.8, linestyle=":")
        ax.set_ylabel("index (first observation = 100)")
        ax.set_title(f"{label.capitalize()}, USD", fontsize=10, loc="left")
        ax.legend(
            fontsize=8,
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
            title="series: level on as_of",
            title_fontsize=8,
        )
        ax.grid(alpha=0.3)
        locator = mdates.AutoDateLocator()
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    fig.suptitle(f"GPU price index, chain-linked, as of {as_of:%Y-%m-%d}")
    return _save(fig, Path(path))


@never_fails
def plot_price_changes(inflation: pd.DataFrame, path: str | Path, as_of: date) -> Path:
    """Horizontal bars of pct_change: every article claim, then for the same models (or, without
    claims, the busiest series) the purchase-price feed windows 90d, 365d and all."""
    fig, ax = _pyplot().subplots(figsize=(11, 6.5))
    data = inflation.dropna(subset=["pct_change"]) if not inflation.empty else inflation
    if data.empty:
        _empty(ax, f"no price changes up to {as_of}")
        ax.set_title(f"GPU price changes as of {as_of:%Y-%m-%d}")
        return _save(fig, Path(path))
    claims = data[data["source_type"] == "article"]
    feeds = data[(data["source_type"] == "feed") & (data["price_kind"] == "purchase")]
    feeds = feeds[feeds["window"].isin(["90d", "365d", "all"]) & (feeds["n_observations"] > 1)]
    models = list(dict.fromkeys(claims["model"]))
    if not models:
        busiest = feeds.groupby("model")["n_observations"].max().sort_values(ascending=False)
        models = list(busiest.index[:4])
    bars = []
    for model in models:
        for row in claims[claims["model"] == model].itertuples():
            bars.append(
                (f"{model}: article claim, {pd.Timestamp(row.end_date):%Y} "
                 f"({row.window_days:.0f} days, {row.currency})", row.pct_change, "tab:red")
            )  # fmt: skip
        for row in feeds[feeds["model"] == model].itertuples():
            market = "" if row.market is None or pd.isna(row.market) else f" {row.market}"
            span = f"{pd.Timestamp(row.start_date):%Y-%m} to {pd.Timestamp(row.end_date):%Y-%m}"
            bars.append(
                (f"{model}: {row.source}{market} {row.window}, {span} ({row.currency}, "
                 f"n={row.n_observations})", row.pct_change, "tab:blue")
            )  # fmt: skip
    bars = bars[:MAX_CHANGE_BARS]
    labels, values, colours = zip(*bars, strict=True) if bars else ((), (), ())
    positions = range(len(bars))
    ax.barh(list(positions), values, color=colours)
    for y, value in zip(positions, values, strict=True):
        ax.annotate(
            f"{value:+.1f}%",
            (value, y),
            xytext=(4 if value >= 0 else -4, 0),
            textcoords="offset points",
            ha="left" if value >= 0 else "right",
            va="center",
            fontsize=8,
        )
    ax.set_yticks(list(positions), [ascii_label(label) for label in labels], fontsize=8)
    ax.invert_yaxis()
    ax.axvline(0, color="black", linewidth=0.8)
    ax.margins(x=0.15)
    ax.set_xlabel("percent change, first to last price (red: article claim; blue: feed window)")
    ax.set_title(f"GPU price changes as of {as_of:%Y-%m-%d}")
    ax.grid(axis="x", alpha=0.3)
    return _save(fig, Path(path))


@never_fails
def plot_market_growth(growth: pd.DataFrame, path: str | Path, as_of: date) -> Path:
    """Bars of market size in USD bn per year, one bar per source row, coloured by publisher.

    Hatched bars are projections and faded bars are derived here, so stated figures stand out;
    conflicting sources for one year stand side by side.
    """
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(12, 6))
    data = growth.dropna(subset=["size_usd"]) if not growth.empty else growth
    if data.empty:
        _empty(ax, "no market sizes with USD values")
    else:
        publishers = sorted(data["publisher"].map(ascii_label).unique())
        colours = {p: plt.get_cmap("tab10")(i % 10) for i, p in enumerate(publishers)}
        years = sorted(data["year"].unique())
        width = 0.85 / data.groupby("year").size().max()
        for position, year in enumerate(years):
            rows = data[data["year"] == year].sort_values(["is_projection", "is_derived", "source"])
            for i, row in enumerate(rows.itertuples()):
                x = position - 0.425 + width * (i + 0.5)
                height = row.size_usd / 1e9
                ax.bar(
                    x,
                    height,
                    width * 0.92,
                    color=colours[ascii_label(row.publisher)],
                    hatch="//" if row.is_projection else None,
                    alpha=0.45 if row.is_derived else 0.9,
                    edgecolor="white",
                )
                growth_text = f" {row.yoy_growth_pct:+.0f}%" if pd.notna(row.yoy_growth_pct) else ""
                ax.annotate(
                    f"{height:.1f}{growth_text}",
                    (x, height),
                    xytext=(0, 2),
                    textcoords="offset points",
                    ha="center",
                    va="bottom",
                    fontsize=6.5,
                    rotation=90,
                )
        handles = [plt.Rectangle((0, 0), 1, 1, color=colours[p]) for p in publishers]
        handles += [
            plt.Rectangle((0, 0), 1, 1, fill=False, hatch="//"),
            plt.Rectangle((0, 0), 1, 1, color="grey", alpha=0.45),
        ]
        ax.legend(
            handles,
            publishers + ["forecast / projection", "derived here"],
            fontsize=8,
            loc="upper left",
        )
        ax.set_xticks(range(len(years)), [str(y) for y in years])
        ax.set_ylabel("market size, USD bn (labels: size, stated or projected YoY growth)")
        ax.margins(y=0.18)
        ax.grid(axis="y", alpha=0.3)
        markets = ", ".join(sorted(data["market"].map(ascii_label).unique()))
        ax.set_title(f"{markets}: size by source, as of {as_of:%Y-%m-%d}")
    return _save(fig, Path(path))


@never_fails
def plot_substitution_timeline(timeline: pd.DataFrame, path: str | Path, as_of: date) -> Path:
    """Development-path and route ready ranges, chip launches and modelled parity dates.

    The axis ends TIMELINE_YEARS_AHEAD years after as_of (or the latest ready date); parity dates
    beyond it are drawn as arrows at the edge with their date in the label.
    """
    fig, ax = _pyplot().subplots(figsize=(12, 7))
    kinds = ["development_path", "ecosystem_route", "chip", "parity_estimate"]
    rows = timeline[timeline["row_kind"].isin(kinds)] if not timeline.empty else timeline
    rows = rows[rows["milestone_date"].notna()] if not rows.empty else rows
    if rows.empty:
        _empty(ax, "no dated milestones")
        ax.set_title(f"Domestic GPU substitution timeline, as of {as_of:%Y-%m-%d}")
        return _save(fig, Path(path))
    rows = rows.assign(order=rows["row_kind"].map(kinds.index)).sort_values(
        ["order", "milestone_date"], kind="stable"
    )
    dates = pd.to_datetime(
        pd.concat([rows["start_date"], rows["milestone_date"], rows["latest_ready_date"]])
    ).dropna()
    ready = pd.to_datetime(rows["latest_ready_date"]).dropna()
    right = max([pd.Timestamp(as_of) + pd.DateOffset(years=TIMELINE_YEARS_AHEAD), *ready])
    left = dates[dates <= right].min() - pd.DateOffset(months=6)
    for y, row in enumerate(rows.itertuples()):
        label = ascii_label(row.item)
        at = pd.Timestamp(row.milestone_date)
        if row.row_kind in ("development_path", "ecosystem_route"):
            start = pd.Timestamp(row.start_date)
            low, high = pd.Timestamp(row.earliest_ready_date), pd.Timestamp(row.latest_ready_date)
            colour = "tab:blue" if row.row_kind == "development_path" else "tab:purple"
            ax.barh(y, (low - start).days, left=start, color="lightgrey", height=0.5)
            ax.barh(y, max((high - low).days, 1), left=low, color=colour, height=0.5)
            label += (
                f": ready {low:%Y-%m} to {high:%Y-%m} ({row.months_low:g}-{row.months_high:g} mo)"
            )
            at = high
        elif row.row_kind == "chip":
            ax.plot(at, y, "o", color="tab:green")
            if pd.notna(row.fp16_vs_a100):
                label += f" ({at:%Y-%m}, FP16 {row.fp16_vs_a100:.2f}x A100)"
            elif pd.notna(row.int8_vs_a100):
                label += f" ({at:%Y-%m}, INT8 {row.int8_vs_a100:.2f}x A100)"
            else:
                label += f" ({at:%Y}, no published figures)"
            if row.date_precision == "year":
                label += " [year per article]"
        else:
            label += f": FP16 parity (model) {at:%Y-%m}"
            if at > right:
                at = right
                ax.plot(at, y, ">", color="tab:red")
                label += ", beyond the axis"
                ax.annotate(label, (at, y), xytext=(-8, 0), textcoords="offset points",
                            fontsize=8, va="center", ha="right")  # fmt: skip
                continue
            ax.plot(at, y, "D", color="tab:red")
        ax.annotate(label, (at, y), xytext=(7, 0), textcoords="offset points", fontsize=8,
                    va="center")  # fmt: skip
    ax.axvline(pd.Timestamp(as_of), color="black", linewidth=0.8, linestyle=":")
    ax.set_xlim(left, right)
    ax.set_yticks([])
    ax.invert_yaxis()
    ax.xaxis_date()
    ax.grid(axis="x", alpha=0.3)
    ax.set_xlabel(
        "grey: clock start to earliest ready; blue: development path ready range; purple: route "
        "ready range; o chip launch; D modelled parity; dotted: as_of"
    )
    ax.set_title(f"Domestic GPU substitution timeline, as of {as_of:%Y-%m-%d}")
    return _save(fig, Path(path))


def write_reports_index(reports_dir: str | Path, as_of: date | None = None) -> Path:
    """Write `index.html` in `reports_dir` showing every PNG there, known charts first.

    Images are linked relatively, so the folder can be copied and opened offline.
    """
    reports_dir = Path(reports_dir)
    reports_dir.mkdir(parents=True, exist_ok=True)
    known = [name for name in CHARTS if (reports_dir / name).exists()]
    others = sorted(p.name for p in reports_dir.glob("*.png") if p.name not in CHARTS)
    sections = []
    for name in known + others:
        title, caption = CHARTS.get(name, (name, ""))
        sections.append(
            f"<section><h2>{html.escape(title)}</h2><p>{html.escape(caption)}</p>"
            f'<a href="{html.escape(name)}"><img src="{html.escape(name)}" '
            f'alt="{html.escape(title)}"></a></section>'
        )
    body = "\n".join(sections) or "<p>No charts have been written yet.</p>"
    stamp = f"Partition {as_of:%Y-%m-%d}; " if as_of else ""
    stamp += f"written {datetime.now(UTC):%Y-%m-%d %H:%M} UTC."
    page = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<title>suanli reports</title><style>body{font-family:sans-serif;margin:2em;"
        "max-width:1250px}img{max-width:100%;border:1px solid #ddd}p{color:#444}</style>"
        "</head>\n<body><h1>suanli reports</h1>\n"
        f"<p>{html.escape(stamp)} Each chart is also attached to its asset's materialization in "
        "the Dagster UI.</p>\n"
        f"{body}\n</body></html>\n"
    )
    index = reports_dir / "index.html"
    index.write_text(page, encoding="utf-8")
    return index


def write_charts(con: duckdb.DuckDBPyConnection, as_of: date, reports_dir: str | Path) -> Path:
    """Draw every chart from the mart tables' `as_of` slice and refresh index.html (the assets
    draw theirs one by one; this is for pipelines that build the marts outside Dagster)."""
    reports_dir = Path(reports_dir)

    def stored(table: str) -> pd.DataFrame:
        return stored_slice(con, table, as_of)

    index = gpu_price_index_as_of(con, as_of)
    plot_price_changes(stored("gpu_price_inflation"), reports_dir / PRICE_CHANGE_PNG, as_of)
    plot_price_index(index, reports_dir / PRICE_INDEX_PNG, as_of, claimed_models(con, as_of))
    plot_market_growth(stored("ai_server_market_growth"), reports_dir / MARKET_GROWTH_PNG, as_of)
    plot_substitution_timeline(
        stored("domestic_substitution_timeline"), reports_dir / SUBSTITUTION_PNG, as_of
    )
    return write_reports_index(reports_dir, as_of)
