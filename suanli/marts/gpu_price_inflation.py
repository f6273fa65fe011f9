"""gpu_price_inflation: article before/after price claims and feed price windows, compounded."""

from __future__ import annotations

from datetime import UTC, date, datetime

import duckdb
import pandas as pd

from suanli.agreement import Figure, agrees, percent_change
from suanli.checks import CheckOutcome
from suanli.marts import growth
from suanli.marts.incremental import fx_delivered_since, previous_partition
from suanli.marts.inputs import ARTICLE_MARKET, usd_per_unit
from suanli.marts.sql import query, stored_slice

ARTICLE_PCT_CHANGE_CONSISTENT = "article_pct_change_consistent"
EVERY_FEED_SERIES_HAS_ALL_WINDOWS = "every_feed_series_has_all_windows"
# The trailing windows gpu_price_inflation_feed.sql gives every feed series, and what a series is.
FEED_WINDOWS = ("7d", "30d", "90d", "365d", "all")
FEED_SERIES = ["model", "market", "price_kind", "term", "currency", "source"]
INFLATION_COLUMNS = [
    "as_of", "model", "market", "price_kind", "term", "currency", "source_type", "source",
    "window", "window_days", "start_date", "end_date", "start_price", "end_price",
    "start_price_usd", "end_price_usd", "pct_change", "pct_change_usd", "annualised_pct",
    "daily_compound_pct", "n_observations", "min_price", "max_price", "stated_pct_change",
    "stated_pct_consistent", "date_precision", "notes", "start_source", "end_source", "built_at",
]  # fmt: skip


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
    pairs = query(con, "marts/gpu_price_inflation_article", as_of=as_of, market=ARTICLE_MARKET)
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
        "marts/gpu_price_inflation_feed",
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
    frame["pct_change"] = [growth.pct_change(s, e) for s, e, *_ in rows]
    frame["pct_change_usd"] = [growth.pct_change(su, eu) for *_, su, eu in rows]
    frame["annualised_pct"] = [growth.annualised_pct(s, e, d) for s, e, d, *_ in rows]
    frame["daily_compound_pct"] = [growth.daily_compound_pct(s, e, d) for s, e, d, *_ in rows]
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


def check_article_pct_change_consistent(stored: pd.DataFrame) -> CheckOutcome:
    """Every article price pair's change agrees with the change the article states, where it
    states one (the only figure here not computed from the pair's own prices)."""
    pairs = stored[stored["source_type"] == "article"]
    disagreeing = pairs[pairs["stated_pct_consistent"].eq(False)]
    return CheckOutcome(
        passed=disagreeing.empty,
        metadata={
            "article_pairs": len(pairs),
            "stated_changes": int(pairs["stated_pct_consistent"].notna().sum()),
        },
        tables={
            "disagrees_with_stated_change": disagreeing[
                ["model", "pct_change", "stated_pct_change", "notes"]
            ]
        },
    )


def check_every_feed_series_has_all_windows(stored: pd.DataFrame) -> CheckOutcome:
    """Every feed price series has each of its FEED_WINDOWS."""
    feeds = stored[stored["source_type"] == "feed"]
    windows = feeds.groupby(FEED_SERIES, dropna=False)["window"].nunique()
    incomplete = windows[windows != len(FEED_WINDOWS)]
    return CheckOutcome(
        passed=incomplete.empty,
        metadata={"series": int(len(windows)), "incomplete_series": int(len(incomplete))},
    )


def article_pairs(stored: pd.DataFrame) -> pd.DataFrame:
    """The slice's article price pairs, in the columns a reader compares."""
    columns = [
        "model", "start_date", "end_date", "start_price", "end_price", "currency", "pct_change",
        "annualised_pct", "daily_compound_pct", "stated_pct_change",
    ]  # fmt: skip
    return stored[stored["source_type"] == "article"][columns]


def run_checks(con: duckdb.DuckDBPyConnection, as_of: date) -> dict[str, CheckOutcome]:
    """Every check of gpu_price_inflation on its stored `as_of` slice, by check name."""
    stored = stored_slice(con, "gpu_price_inflation", as_of)
    return {
        ARTICLE_PCT_CHANGE_CONSISTENT: check_article_pct_change_consistent(stored),
        EVERY_FEED_SERIES_HAS_ALL_WINDOWS: check_every_feed_series_has_all_windows(stored),
    }
