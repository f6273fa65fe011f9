"""GPU price marts: inflation windows, daily price index, and article claims against feeds."""

from __future__ import annotations

import math
from datetime import date

import duckdb
import pandas as pd

from suanli.marts import math as mm
from suanli.marts.sql import query, scalar

ARTICLE_MARKET = "CN"  # the seed articles discuss the China channel market

INFLATION_COLUMNS = [
    "as_of", "model", "market", "price_kind", "currency", "source_type", "source", "window",
    "window_days", "start_date", "end_date", "start_price", "end_price", "start_price_usd",
    "end_price_usd", "pct_change", "annualised_pct", "daily_compound_pct", "n_observations",
    "min_price", "max_price", "date_precision", "notes",
]  # fmt: skip


def _none_if_nan(value: float | None) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else value


def usd_per_unit(con: duckdb.DuckDBPyConnection, currency: str, on: date) -> float | None:
    """USD per unit of `currency` on the latest FX date on or before `on` (1 for USD)."""
    if currency == "USD":
        return 1.0
    return scalar(con, "fx_usd_on_or_before", currency=currency, on=on)


def _article_pairs(con: duckdb.DuckDBPyConnection, as_of: date) -> pd.DataFrame:
    pairs = query(con, "gpu_price_inflation_article", as_of=as_of, market=ARTICLE_MARKET)
    if pairs.empty:
        return pairs
    # Claims convert at the FX of their own end date, not today's: the claim is a past price.
    rates = [
        usd_per_unit(con, row.currency, row.end_date) if row.currency else None
        for row in pairs.itertuples()
    ]
    pairs["start_price_usd"] = [
        None if r is None else p * r for p, r in zip(pairs["start_price"], rates, strict=True)
    ]
    pairs["end_price_usd"] = [
        None if r is None else p * r for p, r in zip(pairs["end_price"], rates, strict=True)
    ]
    pairs["min_price"] = pairs[["start_price", "end_price"]].min(axis=1)
    pairs["max_price"] = pairs[["start_price", "end_price"]].max(axis=1)
    return pairs


def build_gpu_price_inflation(con: duckdb.DuckDBPyConnection, as_of: date) -> pd.DataFrame:
    """gpu_price_inflation rows for partition `as_of` (article claims and feed windows)."""
    frames = [_article_pairs(con, as_of), query(con, "gpu_price_inflation_feed", as_of=as_of)]
    frame = pd.concat([f for f in frames if not f.empty], ignore_index=True)
    if frame.empty:
        return pd.DataFrame(columns=INFLATION_COLUMNS)
    starts, ends, days = frame["start_price"], frame["end_price"], frame["window_days"]
    frame["pct_change"] = [mm.pct_change(s, e) for s, e in zip(starts, ends, strict=True)]
    frame["annualised_pct"] = [
        mm.annualised_pct(s, e, d) for s, e, d in zip(starts, ends, days, strict=True)
    ]
    frame["daily_compound_pct"] = [
        mm.daily_compound_pct(s, e, d) for s, e, d in zip(starts, ends, days, strict=True)
    ]
    frame["as_of"] = as_of
    for column in ["pct_change", "annualised_pct", "daily_compound_pct"]:
        frame[column] = frame[column].astype("float64")
    return frame[INFLATION_COLUMNS]


def build_gpu_price_index(con: duckdb.DuckDBPyConnection, as_of: date) -> pd.DataFrame:
    """gpu_price_index rows: one per model, price_kind and day up to `as_of`."""
    frame = query(con, "gpu_price_index", as_of=as_of)
    frame.insert(0, "as_of", as_of)
    return frame


def build_claims_vs_feeds(con: duckdb.DuckDBPyConnection, as_of: date) -> pd.DataFrame:
    """claims_vs_feeds rows: every unit-price claim with its nearest feed observation."""
    frame = query(con, "claims_vs_feeds", as_of=as_of, market=ARTICLE_MARKET)
    frame.insert(0, "as_of", as_of)
    return frame


def latest_feed_price(
    con: duckdb.DuckDBPyConnection, model: str, as_of: date, market: str = ARTICLE_MARKET
) -> dict | None:
    """Latest purchase observation of `model` up to `as_of`, preferring `market`."""
    frame = query(con, "latest_feed_price", model=model, as_of=as_of, market=market)
    if frame.empty:
        return None
    row = frame.iloc[0].to_dict()
    row["price_usd"] = _none_if_nan(row["price_usd"])
    return row
