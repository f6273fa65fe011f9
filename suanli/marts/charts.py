"""PNG charts of the marts and an offline index.html that shows them together.

Labels are kept ASCII: matplotlib's default font has no CJK glyphs, so Chinese names are mapped
to English or stripped rather than rendered as empty boxes.
"""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import duckdb
import matplotlib

matplotlib.use("Agg")  # headless: charts are written by pipeline runs, never shown

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

PRICE_INDEX_PNG = "gpu_price_index.png"
MARKET_GROWTH_PNG = "ai_server_market_growth.png"
SUBSTITUTION_PNG = "domestic_substitution_timeline.png"
CHART_TITLES = {
    PRICE_INDEX_PNG: "GPU price index (USD, first observation = 100)",
    MARKET_GROWTH_PNG: "China AI server market size by source",
    SUBSTITUTION_PNG: "Domestic GPU substitution timeline",
}
LABELS = {"中国AI服务器市场": "China AI server market"}
NON_ASCII = re.compile(r"[^\x00-\x7f]+")
CJK_PARENTHESIS = re.compile(r"\s*[(（][^()（）]*[^\x00-\x7f][^()（）]*[)）]")


def ascii_label(text: object) -> str:
    """An English label for `text`: a known translation, else the text without non-ASCII runs."""
    text = str(text)
    if text in LABELS:
        return LABELS[text]
    cleaned = CJK_PARENTHESIS.sub("", text)  # "(GPU IP 自研)" glosses carry no English
    cleaned = NON_ASCII.sub("", cleaned)
    return re.sub(r"\s+", " ", cleaned).strip(" ;,-") or "?"


def _save(fig: plt.Figure, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def _empty(ax: plt.Axes, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()


def plot_price_index(index: pd.DataFrame, path: str | Path) -> Path:
    """Lines of gpu_price_index.index_value per model and price kind."""
    fig, ax = plt.subplots(figsize=(10, 5))
    if index.empty:
        _empty(ax, "no price observations yet")
    else:
        for (model, kind), series in index.groupby(["model", "price_kind"], dropna=False):
            series = series.sort_values("date")
            ax.plot(
                pd.to_datetime(series["date"]),
                series["index_value"],
                label=ascii_label(f"{model} ({kind})"),
            )
        ax.axhline(100, color="grey", linewidth=0.8, linestyle=":")
        ax.set_ylabel("index (first day = 100)")
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
        ax.legend(fontsize=8)
    ax.set_title(CHART_TITLES[PRICE_INDEX_PNG])
    return _save(fig, Path(path))


def plot_market_growth(growth: pd.DataFrame, path: str | Path) -> Path:
    """Bars of market size in USD bn per year, one bar per source row, coloured by publisher.

    Hatched bars are projections and faded bars are derived here, so stated figures stand out;
    conflicting sources for one year stand side by side.
    """
    fig, ax = plt.subplots(figsize=(11, 5.5))
    data = growth.dropna(subset=["size_usd"]) if not growth.empty else growth
    if data.empty:
        _empty(ax, "no market sizes with USD values")
    else:
        publishers = sorted(data["publisher"].map(ascii_label).unique())
        colours = {p: plt.get_cmap("tab10")(i % 10) for i, p in enumerate(publishers)}
        years = sorted(data["year"].unique())
        width = 0.8 / data.groupby("year").size().max()
        for position, year in enumerate(years):
            rows = data[data["year"] == year].sort_values(["is_projection", "is_derived", "source"])
            for i, row in enumerate(rows.itertuples()):
                x = position - 0.4 + width * (i + 0.5)
                height = row.size_usd / 1e9
                ax.bar(
                    x,
                    height,
                    width * 0.95,
                    color=colours[ascii_label(row.publisher)],
                    hatch="//" if row.is_projection else None,
                    alpha=0.45 if row.is_derived else 0.9,
                )
                if pd.notna(row.yoy_growth_pct):
                    ax.annotate(
                        f"{row.yoy_growth_pct:+.1f}%",
                        (x, height),
                        ha="center",
                        va="bottom",
                        fontsize=6,
                        rotation=90,
                    )
        handles = [plt.Rectangle((0, 0), 1, 1, color=colours[p]) for p in publishers]
        handles += [
            plt.Rectangle((0, 0), 1, 1, fill=False, hatch="//"),
            plt.Rectangle((0, 0), 1, 1, color="grey", alpha=0.45),
        ]
        ax.legend(handles, publishers + ["projection", "derived here"], fontsize=7)
        ax.set_xticks(range(len(years)), [str(y) for y in years])
        ax.set_ylabel("market size, USD bn (labels: stated or projected YoY growth)")
    ax.set_title(CHART_TITLES[MARKET_GROWTH_PNG])
    return _save(fig, Path(path))


def plot_substitution_timeline(timeline: pd.DataFrame, path: str | Path) -> Path:
    """Development-path ready ranges, chip launches and modelled parity dates on one time axis."""
    fig, ax = plt.subplots(figsize=(11, 6))
    rows = timeline[timeline["row_kind"].isin(["development_path", "chip", "parity_estimate"])]
    rows = rows[rows["milestone_date"].notna()] if not rows.empty else rows
    if rows.empty:
        _empty(ax, "no dated milestones")
    else:
        for y, row in enumerate(rows.itertuples()):
            label = ascii_label(row.item)
            if row.row_kind == "development_path":
                start = pd.Timestamp(row.start_date)
                low, high = (
                    pd.Timestamp(row.earliest_ready_date),
                    pd.Timestamp(row.latest_ready_date),
                )
                ax.barh(y, (low - start).days, left=start, color="lightgrey")
                ax.barh(y, (high - low).days, left=low, color="tab:blue")
                label += f" ({row.months_low:g}-{row.months_high:g} mo)"
            elif row.row_kind == "chip":
                ax.plot(pd.Timestamp(row.milestone_date), y, "o", color="tab:green")
                if pd.notna(row.fp16_vs_a100):
                    label += f" (FP16 {row.fp16_vs_a100:.2f}x A100)"
            else:
                ax.plot(pd.Timestamp(row.milestone_date), y, "D", color="tab:red")
                label += " parity (model)"
            ax.text(pd.Timestamp(row.milestone_date), y + 0.3, label, fontsize=7)
        ax.set_yticks([])
        ax.invert_yaxis()
        ax.xaxis_date()
        ax.margins(x=0.12)  # room for the labels of the latest milestones
        ax.set_xlabel("grey: start to earliest ready; blue: ready range; o launch; D model parity")
    ax.set_title(CHART_TITLES[SUBSTITUTION_PNG])
    return _save(fig, Path(path))


def write_reports_index(reports_dir: str | Path) -> Path:
    """Write `index.html` in `reports_dir` showing every PNG there, known charts first."""
    reports_dir = Path(reports_dir)
    reports_dir.mkdir(parents=True, exist_ok=True)
    known = [name for name in CHART_TITLES if (reports_dir / name).exists()]
    others = sorted(p.name for p in reports_dir.glob("*.png") if p.name not in CHART_TITLES)
    sections = [
        f"<section><h2>{html.escape(CHART_TITLES.get(name, name))}</h2>"
        f'<a href="{html.escape(name)}"><img src="{html.escape(name)}" '
        f'alt="{html.escape(name)}"></a></section>'
        for name in known + others
    ]
    body = "\n".join(sections) or "<p>No charts have been written yet.</p>"
    page = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<title>suanli reports</title><style>body{font-family:sans-serif;margin:2em}"
        "img{max-width:100%;border:1px solid #ddd}</style></head>\n<body><h1>suanli reports</h1>\n"
        f"{body}\n</body></html>\n"
    )
    index = reports_dir / "index.html"
    index.write_text(page, encoding="utf-8")
    return index


def write_charts(con: duckdb.DuckDBPyConnection, as_of: date, reports_dir: str | Path) -> Path:
    """Draw the three charts from the mart tables' `as_of` partition and refresh index.html."""
    reports_dir = Path(reports_dir)

    def partition(table_query: str) -> pd.DataFrame:
        return con.execute(table_query, [as_of]).df()

    plot_price_index(
        partition("SELECT * FROM gpu_price_index WHERE as_of = ?"), reports_dir / PRICE_INDEX_PNG
    )
    plot_market_growth(
        partition("SELECT * FROM ai_server_market_growth WHERE as_of = ?"),
        reports_dir / MARKET_GROWTH_PNG,
    )
    plot_substitution_timeline(
        partition("SELECT * FROM domestic_substitution_timeline WHERE as_of = ?"),
        reports_dir / SUBSTITUTION_PNG,
    )
    return write_reports_index(reports_dir)
