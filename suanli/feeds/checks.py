"""Checks over what the feeds wrote, as pure functions returning a CheckOutcome."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb

from suanli.checks import CheckOutcome
from suanli.feeds.ingest import FeedResult

MAX_REJECTED_SHARE = 0.05
MAX_UNKNOWN_MODEL_SHARE = 0.5


def few_rejected_records(result: FeedResult, limit: float = MAX_REJECTED_SHARE) -> CheckOutcome:
    """At most `limit` of the price or rate cells a fetch parsed were rejected."""
    cells = result.rows_parsed + result.rows_rejected
    share = result.rows_rejected / cells if cells else 0.0
    return CheckOutcome(
        passed=share <= limit,
        metadata={"rejected_share": share, "rows_rejected": result.rows_rejected},
    )


def rows_parsed_from_content(result: FeedResult) -> CheckOutcome:
    """A fetch that received bytes parsed at least one valid row from them."""
    return CheckOutcome(
        passed=result.rows_parsed > 0 or not result.bytes,
        metadata={
            "bytes": result.bytes,
            "rows_parsed": result.rows_parsed,
            "rows_rejected": result.rows_rejected,
        },
    )


def usd_cny_rate_available(latest_date: date | None, rate: float | None) -> CheckOutcome:
    """A USD→CNY rate exists on or before the partition date (`latest_date` is the newest)."""
    return CheckOutcome(
        passed=latest_date is not None,
        metadata={"latest_date": str(latest_date), "usd_cny": rate},
    )


def unknown_models_below_half(
    rows: int, unknown: int, limit: float = MAX_UNKNOWN_MODEL_SHARE
) -> CheckOutcome:
    """Fewer than `limit` of the price observations have a model entities.yaml does not know."""
    share = unknown / rows if rows else 0.0
    return CheckOutcome(
        passed=share < limit,
        metadata={"unknown_model_share": share, "rows_unknown_model": unknown},
    )


def latest_usd_cny(con: duckdb.DuckDBPyConnection, day: date) -> tuple[date | None, float | None]:
    """The newest USD→CNY cross rate on or before `day`: (its date, the rate)."""
    return con.execute(
        "SELECT max(date), arg_max(rate, date) FROM fx_cross_rates "
        "WHERE base = 'USD' AND quote = 'CNY' AND date <= ?",
        [day],
    ).fetchone()


@dataclass(frozen=True)
class ObservationCounts:
    rows: int
    unknown_model: int
    without_usd: int


def observation_counts(con: duckdb.DuckDBPyConnection) -> ObservationCounts:
    """How many price observations there are, name no known model, and have no USD price."""
    rows, unknown, without_usd = con.execute(
        "SELECT count(*), count(*) FILTER (model IS NULL), "
        "count(*) FILTER (price_usd IS NULL) FROM price_observations"
    ).fetchone()
    return ObservationCounts(rows, unknown, without_usd)
