"""Inputs several marts share: USD conversions, latest feed prices, the models articles price."""

from __future__ import annotations

import math
from datetime import date, timedelta

import duckdb
import pandas as pd

from suanli.marts.sql import query, scalar

ARTICLE_MARKET = "CN"  # the articles discuss the China channel market
PRICE_SCOPES = ("market", "any")
# Feeds quote most models daily: the latest price is looked for in the last month first.
LATEST_PRICE_SEARCH = timedelta(days=31)


def _none_if_nan(value: float | None) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else value


def usd_per_unit(con: duckdb.DuckDBPyConnection, currency: str, on: date) -> float | None:
    """USD per unit of `currency` on the latest FX date on or before `on` (1 for USD)."""
    if currency == "USD":
        return 1.0
    return scalar(con, "inputs/fx_usd_on_or_before", currency=currency, on=on)


def yearly_fx(
    con: duckdb.DuckDBPyConnection, as_of: date, currencies: list[str]
) -> dict[tuple[int, str], float]:
    """{(year, currency): average USD per unit over that year's FX dates up to `as_of`} for each
    of `currencies`."""
    if not currencies:
        return {}
    frame = query(con, "inputs/fx_usd_yearly", as_of=as_of, currencies=sorted(set(currencies)))
    return {
        (int(r.year), r.currency): float(r.usd_per_unit)
        for r in frame.itertuples()
        if pd.notna(r.usd_per_unit)
    }


def claimed_models(con: duckdb.DuckDBPyConnection, as_of: date) -> list[str]:
    """Models whose prices the articles published by `as_of` state, first mentioned first."""
    return query(con, "inputs/claimed_models", as_of=as_of)["model"].tolist()


def latest_feed_prices(
    con: duckdb.DuckDBPyConnection, model: str, as_of: date, market: str = ARTICLE_MARKET
) -> list[dict]:
    """The latest purchase observation of `model` up to `as_of`: in `market` (scope 'market')
    and in any market (scope 'any'), each when one exists."""
    params = {"model": model, "as_of": as_of, "market": market}
    rows = query(
        con, "inputs/latest_feed_price", **params, since=as_of - LATEST_PRICE_SEARCH
    ).to_dict("records")
    if len(rows) < len(PRICE_SCOPES):  # no recent price in some scope: search the whole history
        found = {row["scope"] for row in rows}
        older = query(con, "inputs/latest_feed_price", **params, since=None).to_dict("records")
        rows = sorted(
            rows + [row for row in older if row["scope"] not in found],
            key=lambda row: PRICE_SCOPES.index(row["scope"]),
        )
    for row in rows:
        row["price_usd"] = _none_if_nan(row["price_usd"])
    return rows
