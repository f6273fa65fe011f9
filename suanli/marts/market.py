"""AI-server market marts: market size and growth by source, and demand drivers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pandas as pd

from suanli.marts import math as mm
from suanli.marts.prices import latest_feed_price, usd_per_unit
from suanli.marts.reference import AI_SERVER_MARKET_PATH, load_ai_server_market
from suanli.marts.sql import query

GROWTH_COLUMNS = [
    "as_of", "market", "year", "size", "currency", "size_usd", "fx_usd_per_unit",
    "yoy_growth_pct", "cagr_base_year", "cagr_pct", "source", "source_url", "publisher",
    "is_derived", "is_projection", "note",
]  # fmt: skip
DRIVER_COLUMNS = ["as_of", "driver", "value", "unit", "value_usd", "source", "note"]


def _yearly_fx(con: duckdb.DuckDBPyConnection, as_of: date) -> dict[tuple[int, str], float]:
    frame = query(con, "fx_usd_yearly", as_of=as_of)
    return {
        (int(r.year), r.currency): float(r.usd_per_unit)
        for r in frame.itertuples()
        if pd.notna(r.usd_per_unit)
    }


def _stated_rows(con: duckdb.DuckDBPyConnection, as_of: date, reference_path: Path) -> list[dict]:
    rows = [
        {**r, "is_derived": False, "is_projection": False}
        for r in query(con, "ai_server_market_facts", as_of=as_of).to_dict("records")
    ]
    for r in load_ai_server_market(reference_path).to_dict("records"):
        rows.append(
            {
                "market": r["market"],
                "year": r["year"],
                "size": r["size"],
                "currency": r["currency"],
                "yoy_growth_pct": r["yoy_growth_pct"],
                "source": f"reference:{r['row_no']}",
                "source_url": r["source_url"],
                "publisher": r["publisher"],
                "is_derived": False,
                "is_projection": r["is_projection"],
                "note": "; ".join(p for p in [r["source"], r["note"]] if p),
            }
        )
    return rows


def _implied_prior_years(rows: list[dict]) -> list[dict]:
    derived = []
    for r in rows:
        growth = r["yoy_growth_pct"]
        if r["is_projection"] or growth is None or pd.isna(growth):
            continue
        derived.append(
            {
                **r,
                "year": r["year"] - 1,
                "size": mm.implied_previous(r["size"], growth),
                "yoy_growth_pct": None,
                "source": f"derived:{r['source']}",
                "is_derived": True,
                "note": f"implied by the {r['year']} size and its stated {growth}% growth",
            }
        )
    return derived


def _projections(rows: list[dict], years: int, growth_pct: float | None) -> list[dict]:
    # Only article facts are extrapolated: publishers' own forecasts are already reference rows,
    # and projecting every series would bury them.
    projected = []
    for r in rows:
        if not r["source"].startswith("fact:") or years <= 0:
            continue
        rate = growth_pct if growth_pct is not None else r["yoy_growth_pct"]
        if rate is None or pd.isna(rate):
            continue
        basis = "stated rate" if growth_pct is not None else f"the {r['year']} stated growth"
        for step in range(1, years + 1):
            projected.append(
                {
                    **r,
                    "year": r["year"] + step,
                    "size": mm.project(r["size"], rate, step),
                    "yoy_growth_pct": rate,
                    "source": f"projection:{r['source']}",
                    "is_derived": True,
                    "is_projection": True,
                    "note": f"model projection at {rate}%/yr ({basis}) from {r['year']}; not a "
                    "publisher forecast",
                }
            )
    return projected


def _add_cagr(frame: pd.DataFrame) -> pd.DataFrame:
    frame["cagr_base_year"] = pd.array([None] * len(frame), dtype="Int64")
    frame["cagr_pct"] = float("nan")
    for _, group in frame.groupby(["market", "currency", "publisher"], dropna=False):
        # Spans start at the earliest figure the publisher actually stated, so a CAGR is never
        # anchored on a number this mart derived or on a forecast.
        stated = group[~group["is_derived"] & ~group["is_projection"]]
        base = (stated if len(stated) else group).sort_values("year").iloc[0]
        for index, row in group.iterrows():
            if row["year"] > base["year"]:
                frame.at[index, "cagr_base_year"] = int(base["year"])
                frame.at[index, "cagr_pct"] = mm.cagr_pct(
                    base["size"], row["size"], row["year"] - base["year"]
                )
    return frame


def build_ai_server_market_growth(
    con: duckdb.DuckDBPyConnection,
    as_of: date,
    reference_path: str | Path = AI_SERVER_MARKET_PATH,
    projection_years: int = 3,
    projection_growth_pct: float | None = None,
) -> pd.DataFrame:
    """ai_server_market_growth rows for `as_of`.

    Article facts and reference rows stay one row per source; each stated growth adds a derived
    prior-year row; article facts are projected `projection_years` ahead at
    `projection_growth_pct` (default: the fact's own stated growth), flagged as projections.
    """
    stated = _stated_rows(con, as_of, Path(reference_path))
    rows = (
        stated
        + _implied_prior_years(stated)
        + _projections(stated, projection_years, projection_growth_pct)
    )
    if not rows:
        return pd.DataFrame(columns=GROWTH_COLUMNS)
    frame = pd.DataFrame(rows)
    fx = _yearly_fx(con, as_of)
    rates = [
        1.0 if c == "USD" else fx.get((int(y), c))
        for y, c in zip(frame["year"], frame["currency"], strict=True)
    ]
    frame["fx_usd_per_unit"] = pd.array(rates, dtype="Float64").astype("float64")
    frame["size_usd"] = frame["size"] * frame["fx_usd_per_unit"]
    no_fx = frame["fx_usd_per_unit"].isna()
    frame.loc[no_fx, "note"] = [
        f"{n}; no {c} FX for {y}, size_usd left NULL" if n else f"no {c} FX for {y}"
        for n, c, y in zip(
            frame.loc[no_fx, "note"],
            frame.loc[no_fx, "currency"],
            frame.loc[no_fx, "year"],
            strict=True,
        )
    ]
    frame = _add_cagr(frame)
    frame["as_of"] = as_of
    frame["year"] = frame["year"].astype(int)
    frame["yoy_growth_pct"] = pd.to_numeric(frame["yoy_growth_pct"]).astype("float64")
    return frame[GROWTH_COLUMNS].sort_values(["market", "year", "source"], ignore_index=True)


def build_ai_server_demand_drivers(con: duckdb.DuckDBPyConnection, as_of: date) -> pd.DataFrame:
    """ai_server_demand_drivers rows: article spend/count/cost facts and feed-priced deployments."""
    facts = query(con, "ai_server_demand_facts", as_of=as_of)
    fx = _yearly_fx(con, as_of)
    rows = []
    for f in facts.itertuples():
        value_usd = None
        if f.is_money:
            # Article money is converted at its own year's average rate, else the latest rate.
            rate = fx.get((int(f.published_year), f.unit)) if pd.notna(f.published_year) else None
            rate = rate if f.unit != "USD" else 1.0
            rate = rate if rate is not None else usd_per_unit(con, f.unit, as_of)
            value_usd = None if rate is None else f.value * rate
        rows.append(
            {
                "driver": f.driver,
                "value": f.value,
                "unit": f.unit,
                "value_usd": value_usd,
                "source": f.source,
                "note": f.note,
            }
        )
        if f.metric == "chips_required":
            rows.append(_deployment_at_feed_price(con, as_of, f.subject, f.value, f.source))
    if not rows:
        return pd.DataFrame(columns=DRIVER_COLUMNS)
    frame = pd.DataFrame(rows)
    frame["value_usd"] = pd.to_numeric(frame["value_usd"]).astype("float64")
    frame["value"] = pd.to_numeric(frame["value"]).astype("float64")
    frame["as_of"] = as_of
    return frame[DRIVER_COLUMNS]


def _deployment_at_feed_price(
    con: duckdb.DuckDBPyConnection, as_of: date, model: str, chips: float, chips_source: str
) -> dict:
    driver = f"{model} / deployment_cost_at_latest_feed_price"
    latest = latest_feed_price(con, model, as_of)
    if latest is None:
        return {
            "driver": driver,
            "value": None,
            "unit": None,
            "value_usd": None,
            "source": chips_source,
            "note": f"no {model} purchase price in the feeds up to {as_of}",
        }
    price_usd = latest["price_usd"]
    return {
        "driver": driver,
        "value": chips * latest["price"],
        "unit": latest["currency"],
        "value_usd": None if price_usd is None else chips * price_usd,
        "source": f"feed:{latest['feed']} observed_on {latest['observed_on']:%Y-%m-%d}",
        "note": (
            f"{chips:g} chips ({chips_source}) x {latest['price']:g} {latest['currency']} "
            f"latest {model} purchase price (region {latest['region']}, "
            f"reported by {latest['source']}); compare with the article's own cost fact"
        ),
    }
