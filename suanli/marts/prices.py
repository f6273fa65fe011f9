"""GPU price marts: inflation windows, the chain-linked price index, and claims against feeds."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta

import duckdb
import pandas as pd

from suanli.agreement import Figure, agrees, percent_change
from suanli.marts import math as mm
from suanli.marts.incremental import fx_delivered_since, previous_partition
from suanli.marts.sql import query, scalar, sql_text

ARTICLE_MARKET = "CN"  # the articles discuss the China channel market
PRICE_SCOPES = ("market", "any")
# Feeds quote most models daily: the latest price is looked for in the last month first.
LATEST_PRICE_SEARCH = timedelta(days=31)
# A claim is matched among the observations this close to its date first (see claims_vs_feeds.sql).
CLAIM_NEAR_DAYS = 31

INFLATION_COLUMNS = [
    "as_of", "model", "market", "price_kind", "term", "currency", "source_type", "source",
    "window", "window_days", "start_date", "end_date", "start_price", "end_price",
    "start_price_usd", "end_price_usd", "pct_change", "pct_change_usd", "annualised_pct",
    "daily_compound_pct", "n_observations", "min_price", "max_price", "stated_pct_change",
    "stated_pct_consistent", "date_precision", "notes", "start_source", "end_source", "built_at",
]  # fmt: skip
INDEX_COLUMNS = [
    "as_of", "model", "price_kind", "term", "date", "index_value", "mom_pct", "yoy_pct",
    "price_usd", "n_observations", "n_series_linked", "is_carried_forward", "built_at",
]  # fmt: skip
# How far back the new rows of gpu_price_index look at stored ones: a year and a month for YoY
# (every month end is stored), with a few days to spare.
INDEX_LOOKBACK_DAYS = 400


def _none_if_nan(value: float | None) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else value


def usd_per_unit(con: duckdb.DuckDBPyConnection, currency: str, on: date) -> float | None:
    """USD per unit of `currency` on the latest FX date on or before `on` (1 for USD)."""
    if currency == "USD":
        return 1.0
    return scalar(con, "fx_usd_on_or_before", currency=currency, on=on)


def stated_pct_consistent(
    stated: Figure | None,
    start: Figure | None,
    end: Figure | None,
    change: Figure | None = None,
    change_sign: int = 1,
) -> bool | None:
    """Whether an article's stated percent change agrees with the change its stated prices show
    (suanli.agreement, the rule the article_facts restatement check uses too).

    The change runs from `start` to `end`; without a stated start, from `end` less the stated
    `change` (`change_sign` -1 for a decrease). None when there is nothing to compare.
    """
    if stated is None or end is None:
        return None
    if start is not None:
        return agrees(stated, percent_change, start, end)
    if change is not None:
        return agrees(stated, lambda e, c: percent_change(e - change_sign * c, e), end, change)
    return None


def _stated_pct_consistency(frame: pd.DataFrame) -> pd.array:
    """stated_pct_consistent for each row of article pairs and feed windows (feeds state none)."""
    columns = [
        "stated_pct_change", "stated_pct_qualifier", "stated_pct_surface", "start_price",
        "start_qualifier", "start_surface", "end_price", "end_qualifier", "end_surface",
        "stated_change", "stated_change_qualifier", "stated_change_surface", "stated_change_sign",
    ]  # fmt: skip
    rows = frame.reindex(columns=columns).itertuples(index=False)
    return pd.array(
        [
            stated_pct_consistent(
                _figure(r.stated_pct_change, r.stated_pct_qualifier, r.stated_pct_surface),
                _figure(r.start_price, r.start_qualifier, r.start_surface),
                _figure(r.end_price, r.end_qualifier, r.end_surface),
                _figure(r.stated_change, r.stated_change_qualifier, r.stated_change_surface),
                1 if pd.isna(r.stated_change_sign) else int(r.stated_change_sign),
            )
            for r in rows
        ],
        dtype="boolean",
    )


def _figure(value, qualifier, surface) -> Figure | None:
    """A stated figure as written, or None when the value or its qualifier is missing."""
    if value is None or qualifier is None or pd.isna(value) or pd.isna(qualifier):
        return None
    return Figure(
        float(value), str(qualifier), surface=surface if isinstance(surface, str) else None
    )


def _article_pairs(con: duckdb.DuckDBPyConnection, as_of: date) -> pd.DataFrame:
    pairs = query(con, "gpu_price_inflation_article", as_of=as_of, market=ARTICLE_MARKET)
    if pairs.empty:
        return pairs
    # Each claimed price converts at the FX of its own date, not today's: both are past prices,
    # and the USD change then includes the currency's move over the window.
    for side in ["start", "end"]:
        converted = []
        for price, currency, day in zip(
            pairs[f"{side}_price"], pairs["currency"], pairs[f"{side}_date"], strict=True
        ):
            rate = usd_per_unit(con, currency, day) if currency else None
            converted.append(None if rate is None else price * rate)
        pairs[f"{side}_price_usd"] = converted
    pairs["min_price"] = pairs[["start_price", "end_price"]].min(axis=1)
    pairs["max_price"] = pairs[["start_price", "end_price"]].max(axis=1)
    return pairs


def build_gpu_price_inflation(
    con: duckdb.DuckDBPyConnection, as_of: date, from_history: bool = False
) -> pd.DataFrame:
    """gpu_price_inflation rows for partition `as_of` (article claims and feed windows).

    The feed all windows continue the previous partition's (see suanli.marts.incremental), or
    with `from_history` are computed from every observation.
    """
    built_at = datetime.now(UTC)
    previous = None if from_history else previous_partition(con, "gpu_price_inflation", as_of)
    feeds = query(
        con,
        "gpu_price_inflation_feed",
        as_of=as_of,
        previous=previous,
        fx_from=fx_delivered_since(con, previous, as_of),
    )
    frames = [f for f in [_article_pairs(con, as_of), feeds] if not f.empty]
    if not frames:
        return pd.DataFrame(columns=INFLATION_COLUMNS)
    frame = pd.concat(frames, ignore_index=True)
    rows = list(
        zip(
            frame["start_price"],
            frame["end_price"],
            frame["window_days"],
            frame["start_price_usd"],
            frame["end_price_usd"],
            strict=True,
        )
    )
    frame["pct_change"] = [mm.pct_change(s, e) for s, e, *_ in rows]
    frame["pct_change_usd"] = [mm.pct_change(su, eu) for *_, su, eu in rows]
    frame["annualised_pct"] = [mm.annualised_pct(s, e, d) for s, e, d, *_ in rows]
    frame["daily_compound_pct"] = [mm.daily_compound_pct(s, e, d) for s, e, d, *_ in rows]
    frame["stated_pct_consistent"] = _stated_pct_consistency(frame)
    frame["as_of"] = as_of
    frame["built_at"] = built_at
    for column in ["start_source", "end_source"]:  # feed windows only
        present = frame.get(column, pd.Series(index=frame.index, dtype=object))
        frame[column] = present.astype(object).where(present.notna(), None)
    for column in [
        "pct_change", "pct_change_usd", "annualised_pct", "daily_compound_pct",
        "start_price_usd", "end_price_usd", "stated_pct_change",
    ]:  # fmt: skip
        frame[column] = pd.to_numeric(frame[column]).astype("float64")
    return frame[INFLATION_COLUMNS]


def build_gpu_price_index(
    con: duckdb.DuckDBPyConnection, as_of: date, from_history: bool = False
) -> pd.DataFrame:
    """gpu_price_index rows partition `as_of` computes: each series from the earliest day that
    changed since the previous partition (normally as_of alone) to as_of; every series from its
    first observation with `from_history` or when no previous partition can be continued."""
    built_at = datetime.now(UTC)
    previous = None if from_history else previous_partition(con, "gpu_price_index", as_of)
    fx_from = fx_delivered_since(con, previous, as_of)
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE gpu_price_index_restate AS "
        f"{sql_text('gpu_price_index_restate')}",
        {"as_of": as_of, "previous": previous, "fx_from": fx_from},
    )
    try:
        scan_from = con.execute(
            "SELECT min(restate_from) FROM temp.gpu_price_index_restate"
        ).fetchone()[0]
        frame = query(
            con,
            "gpu_price_index",
            as_of=as_of,
            previous=previous,
            scan_from=scan_from,
            prior_from=None if scan_from is None else scan_from - timedelta(INDEX_LOOKBACK_DAYS),
        )
    finally:
        con.execute("DROP TABLE IF EXISTS temp.gpu_price_index_restate")
    frame.insert(0, "as_of", as_of)
    frame["built_at"] = built_at
    return frame[INDEX_COLUMNS]


def gpu_price_index_as_of(con: duckdb.DuckDBPyConnection, day: date) -> pd.DataFrame:
    """The whole gpu_price_index as partition `day` left it (table macro gpu_price_index_as_of)."""
    frame = con.execute(
        "SELECT * FROM gpu_price_index_as_of(?) ORDER BY model, price_kind, term, date", [day]
    ).df()
    frame["date"] = pd.to_datetime(frame["date"]).dt.date
    return frame


def build_claims_vs_feeds(con: duckdb.DuckDBPyConnection, as_of: date) -> pd.DataFrame:
    """claims_vs_feeds rows: every unit-price claim with its nearest feed observation."""
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE price_claims AS {sql_text('price_claims')}", {"as_of": as_of}
    )
    try:
        first, last = con.execute(
            "SELECT min(claim_date), max(claim_date) FROM temp.price_claims"
        ).fetchone()
        near = timedelta(days=CLAIM_NEAR_DAYS)
        frame = query(
            con,
            "claims_vs_feeds",
            as_of=as_of,
            market=ARTICLE_MARKET,
            near_days=CLAIM_NEAR_DAYS,
            near_from=None if first is None else first - near,
            near_to=None if last is None else last + near,
        )
    finally:
        con.execute("DROP TABLE IF EXISTS temp.price_claims")
    frame.insert(0, "as_of", as_of)
    frame["observation_cites_article"] = frame["observation_cites_article"].astype("boolean")
    return frame


def claimed_models(con: duckdb.DuckDBPyConnection, as_of: date) -> list[str]:
    """Models whose prices the articles published by `as_of` state, first mentioned first."""
    return query(con, "claimed_models", as_of=as_of)["model"].tolist()


def latest_feed_prices(
    con: duckdb.DuckDBPyConnection, model: str, as_of: date, market: str = ARTICLE_MARKET
) -> list[dict]:
    """The latest purchase observation of `model` up to `as_of`: in `market` (scope 'market')
    and in any market (scope 'any'), each when one exists."""
    params = {"model": model, "as_of": as_of, "market": market}
    rows = query(con, "latest_feed_price", **params, since=as_of - LATEST_PRICE_SEARCH).to_dict(
        "records"
    )
    if len(rows) < len(PRICE_SCOPES):  # no recent price in some scope: search the whole history
        found = {row["scope"] for row in rows}
        older = query(con, "latest_feed_price", **params, since=None).to_dict("records")
        rows = sorted(
            rows + [row for row in older if row["scope"] not in found],
            key=lambda row: PRICE_SCOPES.index(row["scope"]),
        )
    for row in rows:
        row["price_usd"] = _none_if_nan(row["price_usd"])
    return rows
