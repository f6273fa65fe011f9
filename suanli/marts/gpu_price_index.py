"""gpu_price_index: the daily chain-linked USD price index per model, kind and term."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import duckdb
import pandas as pd

from suanli.checks import CheckOutcome
from suanli.marts.incremental import fx_delivered_since, previous_partition
from suanli.marts.sql import query, sql_text

INDEX_STARTS_AT_100 = "index_starts_at_100"
INDEX_BASE = 100.0
FLOAT_TOLERANCE = 1e-6
INDEX_COLUMNS = [
    "as_of", "model", "price_kind", "term", "date", "index_value", "mom_pct", "yoy_pct",
    "price_usd", "n_observations", "n_series_linked", "is_carried_forward", "built_at",
]  # fmt: skip
# How far back the new rows of gpu_price_index look at stored ones: a year and a month for YoY
# (every month end is stored), with a few days to spare.
INDEX_LOOKBACK_DAYS = 400
# Where a price series' last observation before its recomputed range is looked for: the month
# before the earliest range, then the year before it, then the rest of the history.
PRICE_LOOKBACK_DAYS = (31, 366)


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
        f"{sql_text('marts/gpu_price_index_restate')}",
        {"as_of": as_of, "previous": previous, "fx_from": fx_from},
    )
    try:
        scan_from = con.execute(
            "SELECT min(restate_from) FROM temp.gpu_price_index_restate"
        ).fetchone()[0]
        _store_prices_before(con, as_of, scan_from)
        frame = query(
            con,
            "marts/gpu_price_index",
            as_of=as_of,
            previous=previous,
            scan_from=scan_from,
            prior_from=None if scan_from is None else scan_from - timedelta(INDEX_LOOKBACK_DAYS),
        )
    finally:
        con.execute("DROP TABLE IF EXISTS temp.gpu_price_index_restate")
        con.execute("DROP TABLE IF EXISTS temp.gpu_price_index_before")
    frame.insert(0, "as_of", as_of)
    frame["built_at"] = built_at
    return frame[INDEX_COLUMNS]


def _store_prices_before(
    con: duckdb.DuckDBPyConnection, as_of: date, scan_from: date | None
) -> None:
    """temp.gpu_price_index_before: each price series' last observed day before its recomputed
    range, searched in the PRICE_LOOKBACK_DAYS windows nearest first (none without a range)."""
    con.execute(
        "CREATE OR REPLACE TEMP TABLE gpu_price_index_before AS "
        "SELECT feed, model, price_kind, term, region, vendor, observed_on AS date, price_usd "
        "FROM price_observations LIMIT 0"
    )
    if scan_from is None:
        return
    bounds = [scan_from - timedelta(days) for days in PRICE_LOOKBACK_DAYS]
    windows = zip([*bounds, date.min], [as_of + timedelta(1), *bounds], strict=True)
    for from_day, to_day in windows:
        con.execute(
            "INSERT INTO temp.gpu_price_index_before BY NAME "
            f"{sql_text('marts/gpu_price_index_before')}",
            {"as_of": as_of, "from_day": from_day, "to_day": to_day},
        )


def gpu_price_index_as_of(con: duckdb.DuckDBPyConnection, day: date) -> pd.DataFrame:
    """The whole gpu_price_index as partition `day` left it (table macro gpu_price_index_as_of)."""
    frame = con.execute(
        "SELECT * FROM gpu_price_index_as_of(?) ORDER BY model, price_kind, term, date", [day]
    ).df()
    frame["date"] = pd.to_datetime(frame["date"]).dt.date
    return frame


def check_index_starts_at_100(index: pd.DataFrame) -> CheckOutcome:
    """Every series of the index as a partition left it (gpu_price_index_as_of) starts at exactly
    INDEX_BASE on its first day: a continued partition that chained onto the wrong level fails."""
    firsts = (
        index.sort_values("date")
        .groupby(["model", "price_kind", "term"], dropna=False)["index_value"]
        .first()
    )
    off_base = firsts[(firsts - INDEX_BASE).abs() > FLOAT_TOLERANCE]
    return CheckOutcome(
        passed=off_base.empty,
        metadata={"series": int(len(firsts)), "series_not_starting_at_100": int(len(off_base))},
    )


def levels_on(frame: pd.DataFrame, day: date) -> pd.DataFrame:
    """Each series' level and changes on `day` in rows `frame` built, most observed first."""
    latest = frame[frame["date"] == day].sort_values("n_observations", ascending=False)
    return latest[["model", "price_kind", "term", "index_value", "mom_pct", "yoy_pct"]]


def run_checks(con: duckdb.DuckDBPyConnection, as_of: date) -> dict[str, CheckOutcome]:
    """Every check of gpu_price_index on the index as partition `as_of` left it, by check name."""
    return {INDEX_STARTS_AT_100: check_index_starts_at_100(gpu_price_index_as_of(con, as_of))}
