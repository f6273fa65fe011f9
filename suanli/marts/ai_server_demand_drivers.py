"""ai_server_demand_drivers: articles' spend, chips and cost facts, deployments at feed prices."""

from __future__ import annotations

import operator
from datetime import date

import duckdb
import pandas as pd

from suanli.agreement import Figure, agrees
from suanli.checks import CheckOutcome
from suanli.marts import growth
from suanli.marts.inputs import ARTICLE_MARKET, latest_feed_prices, usd_per_unit, yearly_fx
from suanli.marts.sql import query, stored_slice

ARTICLE_DEPLOYMENT_COST_CONSISTENT = "article_deployment_cost_consistent"
DRIVER_COLUMNS = [
    "as_of", "driver", "subject", "metric", "value", "unit", "value_usd", "qualifier", "chips",
    "unit_price", "unit_price_currency", "unit_price_date", "implied_value", "is_consistent",
    "vs_article_pct", "source", "clause", "note",
]  # fmt: skip


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
                "vs_article_pct": growth.pct_change(article_cost_usd, value_usd),
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
    facts = query(con, "inputs/ai_server_demand_facts", as_of=as_of)
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


def check_article_deployment_cost_consistent(stored: pd.DataFrame) -> CheckOutcome:
    """Every deployment cost an article states agrees with its chips x unit price."""
    costs = stored[stored["implied_value"].notna()]
    inconsistent = costs[costs["is_consistent"].eq(False)]
    return CheckOutcome(
        passed=inconsistent.empty,
        metadata={"costs_checked": len(costs)},
        tables={"inconsistent": inconsistent[["driver", "value", "implied_value", "note"]]},
    )


def driver_summary(stored: pd.DataFrame) -> pd.DataFrame:
    """Each driver with its value, in its unit and in USD, and its gap to the article's cost."""
    return stored[["driver", "value", "unit", "value_usd", "vs_article_pct"]]


def run_checks(con: duckdb.DuckDBPyConnection, as_of: date) -> dict[str, CheckOutcome]:
    """Every check of ai_server_demand_drivers on its stored `as_of` slice, by check name."""
    stored = stored_slice(con, "ai_server_demand_drivers", as_of)
    return {ARTICLE_DEPLOYMENT_COST_CONSISTENT: check_article_deployment_cost_consistent(stored)}
