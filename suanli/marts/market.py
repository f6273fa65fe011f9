"""AI-server market marts: market size and growth by source, and demand drivers."""

from __future__ import annotations

import operator
from datetime import date

import duckdb
import pandas as pd

from suanli.agreement import Figure, agrees
from suanli.marts import math as mm
from suanli.marts.prices import ARTICLE_MARKET, latest_feed_prices, usd_per_unit
from suanli.marts.sql import query

GROWTH_COLUMNS = [
    "as_of", "market", "year", "size", "currency", "size_usd", "fx_usd_per_unit",
    "yoy_growth_pct", "cagr_base_year", "cagr_pct", "source", "source_url", "publisher",
    "is_derived", "is_projection", "note",
]  # fmt: skip
DRIVER_COLUMNS = [
    "as_of", "driver", "subject", "metric", "value", "unit", "value_usd", "qualifier", "chips",
    "unit_price", "unit_price_currency", "unit_price_date", "implied_value", "is_consistent",
    "vs_article_pct", "source", "clause", "note",
]  # fmt: skip
DEFAULT_PROJECTION_YEARS = 3
REFERENCE_MARKET_QUERY = "SELECT * FROM reference_ai_server_market ORDER BY row_no"


def yearly_fx(
    con: duckdb.DuckDBPyConnection, as_of: date, currencies: list[str]
) -> dict[tuple[int, str], float]:
    """{(year, currency): average USD per unit over that year's FX dates up to `as_of`} for each
    of `currencies`."""
    if not currencies:
        return {}
    frame = query(con, "fx_usd_yearly", as_of=as_of, currencies=sorted(set(currencies)))
    return {
        (int(r.year), r.currency): float(r.usd_per_unit)
        for r in frame.itertuples()
        if pd.notna(r.usd_per_unit)
    }


def _stated_rows(con: duckdb.DuckDBPyConnection, as_of: date) -> list[dict]:
    rows = [
        {**r, "is_derived": False, "is_projection": False}
        for r in query(con, "ai_server_market_facts", as_of=as_of).to_dict("records")
    ]
    for r in con.execute(REFERENCE_MARKET_QUERY).df().to_dict("records"):
        rows.append(
            {
                "market": r["market"],
                "year": int(r["year"]),
                "size": r["size"],
                "currency": r["currency"],
                "yoy_growth_pct": r["yoy_growth_pct"],
                "source": f"reference:{r['row_no']}",
                "source_url": r["source_url"],
                "publisher": r["publisher"],
                "is_derived": False,
                "is_projection": bool(r["is_projection"]),
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
                "note": f"implied by the {r['year']} size and its stated {growth:g}% growth: "
                f"{r['size']:.4g} / (1 + {growth:g}/100)",
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
        basis = "the configured rate" if growth_pct is not None else f"its {r['year']} growth"
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
                    "note": f"model projection: the {r['year']} figure grown {rate:g}%/yr "
                    f"({basis}) for {step} year(s); an assumption, not a publisher forecast",
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
        base = (stated if len(stated) else group).sort_values(["year", "source"]).iloc[0]
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
    projection_years: int = DEFAULT_PROJECTION_YEARS,
    projection_growth_pct: float | None = None,
) -> pd.DataFrame:
    """ai_server_market_growth rows for `as_of`.

    Article facts and reference rows (table reference_ai_server_market) stay one row per source;
    each stated growth adds a derived prior-year row; article facts are projected
    `projection_years` ahead at `projection_growth_pct` (default: the fact's own stated growth),
    flagged as projections.
    """
    stated = _stated_rows(con, as_of)
    rows = (
        stated
        + _implied_prior_years(stated)
        + _projections(stated, projection_years, projection_growth_pct)
    )
    if not rows:
        return pd.DataFrame(columns=GROWTH_COLUMNS)
    frame = pd.DataFrame(rows)
    fx = yearly_fx(con, as_of, frame["currency"].dropna().tolist())
    rates = [
        1.0 if c == "USD" else fx.get((int(y), c))
        for y, c in zip(frame["year"], frame["currency"], strict=True)
    ]
    frame["fx_usd_per_unit"] = pd.array(rates, dtype="Float64").astype("float64")
    frame["size_usd"] = frame["size"] * frame["fx_usd_per_unit"]
    no_fx = frame["fx_usd_per_unit"].isna()
    frame.loc[no_fx, "note"] = [
        f"{n}; no {c} FX for {y} up to {as_of}, size_usd left NULL"
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


def _article_usd(
    con: duckdb.DuckDBPyConnection,
    fx: dict[tuple[int, str], float],
    value: float,
    currency: str,
    year: int | None,
    as_of: date,
) -> float | None:
    """Article money in USD at the average FX of the article's year, else the latest FX."""
    if currency == "USD":
        return value
    rate = fx.get((int(year), currency)) if year is not None and pd.notna(year) else None
    rate = rate if rate is not None else usd_per_unit(con, currency, as_of)
    return None if rate is None else value * rate


def _fact_row(con, fx, as_of: date, f) -> dict:
    is_money = bool(f.is_money)
    row = {
        "subject": f.subject,
        "metric": f.metric,
        "value": f.value,
        "unit": f.unit if is_money else "count",
        "value_usd": _article_usd(con, fx, f.value, f.unit, f.published_year, as_of)
        if is_money
        else None,
        "qualifier": f.qualifier,
        "source": f.source,
        "clause": f.clause,
        "note": f"article {f.article_id}: {f.quote}",
    }
    if f.fact_type == "cost" and pd.notna(f.chips):
        row["driver"] = f"{f.subject} x {f.chips:g} / deployment cost (article price)"
        row["chips"] = f.chips
        if pd.notna(f.unit_price):
            implied = f.chips * f.unit_price
            row |= {
                "unit_price": f.unit_price,
                "unit_price_currency": f.unit_price_currency,
                "implied_value": implied,
                # suanli.agreement: the rule of the article_facts restatement check too.
                "is_consistent": f.unit_price_currency == f.unit
                and agrees(
                    Figure(f.value, f.qualifier, surface=f.surface),
                    operator.mul,
                    Figure(f.chips, f.chips_qualifier, surface=f.chips_surface),
                    Figure(f.unit_price, f.unit_price_qualifier, surface=f.unit_price_surface),
                ),
            }
    elif f.metric == "chips_required":
        row["driver"] = f"{f.subject} / chips_required"
    else:
        row["driver"] = f"{f.server_kind if pd.notna(f.server_kind) else f.subject} / {f.metric}"
    return row


def _same_observation(a: dict, b: dict) -> bool:
    keys = ["feed", "observed_on", "price", "currency", "region"]
    return all(a[k] == b[k] for k in keys)


def _feed_priced_rows(con, fx, as_of: date, f, chips: float) -> list[dict]:
    """The deployment a chips_required fact describes, priced at the latest feed prices."""
    article_cost_usd = (
        _article_usd(con, fx, f.claim_cost, f.claim_cost_currency, f.published_year, as_of)
        if pd.notna(f.claim_cost)
        else None
    )
    latest = {row["scope"]: row for row in latest_feed_prices(con, f.subject, as_of)}
    scopes = [
        ("market", f"the latest {ARTICLE_MARKET} feed price"),
        ("any", "the latest feed price"),
    ]
    if "market" in latest and _same_observation(latest["market"], latest["any"]):
        scopes = scopes[:1]  # the newest observation anywhere is the market's own
    rows = []
    for scope, label in scopes:
        driver = f"{f.subject} x {chips:g} / deployment cost at {label}"
        observation = latest.get(scope)
        if observation is None:
            rows.append(
                {
                    "driver": driver,
                    "subject": f.subject,
                    "metric": "deployment_cost_at_feed_price",
                    "chips": chips,
                    "source": f.source,
                    "note": f"no {f.subject} purchase price in the feeds up to {as_of}"
                    + (f" for market {ARTICLE_MARKET}" if scope == "market" else ""),
                }
            )
            continue
        price_usd = observation["price_usd"]
        value_usd = None if price_usd is None else chips * price_usd
        rows.append(
            {
                "driver": driver,
                "subject": f.subject,
                "metric": "deployment_cost_at_feed_price",
                "value": chips * observation["price"],
                "unit": observation["currency"],
                "value_usd": value_usd,
                "chips": chips,
                "unit_price": observation["price"],
                "unit_price_currency": observation["currency"],
                "unit_price_date": observation["observed_on"],
                "vs_article_pct": mm.pct_change(article_cost_usd, value_usd),
                "source": f"feed:{observation['feed']} observed_on "
                f"{observation['observed_on']:%Y-%m-%d}",
                "note": f"{chips:g} chips ({f.source}) x {observation['price']:g} "
                f"{observation['currency']}, region {observation['region'] or 'not stated'}, "
                f"reported by {observation['source'] or 'the feed'}; compare with the article's "
                f"cost {f.claim_cost_fact or '(none stated)'}",
            }
        )
    return rows


def build_ai_server_demand_drivers(con: duckdb.DuckDBPyConnection, as_of: date) -> pd.DataFrame:
    """ai_server_demand_drivers rows: the article's spend, chips and cost facts, each cost
    checked against chips x price, and every deployment re-priced at the latest feed prices."""
    facts = query(con, "ai_server_demand_facts", as_of=as_of)
    money = facts[facts["is_money"].astype(bool)]["unit"].tolist()
    fx = yearly_fx(con, as_of, money + facts["claim_cost_currency"].dropna().tolist())
    rows = []
    for f in facts.itertuples():
        rows.append(_fact_row(con, fx, as_of, f))
        if f.metric == "chips_required":
            rows.extend(_feed_priced_rows(con, fx, as_of, f, f.value))
    if not rows:
        return pd.DataFrame(columns=DRIVER_COLUMNS)
    frame = pd.DataFrame(rows).reindex(columns=DRIVER_COLUMNS)
    frame["as_of"] = as_of
    for column in ["value", "value_usd", "chips", "unit_price", "implied_value", "vs_article_pct"]:
        frame[column] = pd.to_numeric(frame[column]).astype("float64")
    frame["is_consistent"] = frame["is_consistent"].astype("boolean")
    frame["unit_price_date"] = pd.to_datetime(frame["unit_price_date"]).dt.date
    return frame
