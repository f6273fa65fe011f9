"""Continuing a mart from its previous partition, so a new day costs the same on any history.

gpu_price_inflation (its all window) and gpu_price_index carry state forward from the latest
partition built before the one being built, and read only the observations that partition could
not see. That partition is trusted only while it still reflects its inputs; otherwise the mart is
built from the whole history, which gives the same rows, just slower.
"""

from __future__ import annotations

from datetime import date

import duckdb

from suanli.db import quote_ident
from suanli.marts.sql import missing_tables

BUILT_AT = "built_at"


def previous_partition(con: duckdb.DuckDBPyConnection, table: str, as_of: date) -> date | None:
    """The latest partition of `table` before `as_of` that a new partition may continue, or None.

    It must record when it was built (rows written before `built_at` existed do not), and no feed
    partition it could see (partition_date up to its as_of) may have been fetched since then: a
    past day fetched again may have changed observations the partition counted.
    """
    if missing_tables(con, [table, "feed_fetches"]) or not _has_column(con, table, BUILT_AT):
        return None
    row = con.execute(
        f"SELECT as_of, min({BUILT_AT}) FROM {quote_ident(table)} "
        "WHERE as_of = (SELECT max(as_of) FROM "
        f"{quote_ident(table)} WHERE as_of < ?) GROUP BY as_of",
        [as_of],
    ).fetchone()
    if row is None or row[1] is None:
        return None
    previous, built_at = row
    refetched = con.execute(
        "SELECT count(*) FROM feed_fetches WHERE partition_date <= ? AND fetched_at > ?",
        [previous, built_at],
    ).fetchone()[0]
    return None if refetched else previous


def fx_delivered_since(
    con: duckdb.DuckDBPyConnection, previous: date | None, as_of: date
) -> date | None:
    """Earliest FX date among rates delivered after partition `previous` up to `as_of`.

    Loading a rate recomputes the stored USD prices observed on or after its date, so a mart
    continued from `previous` re-reads what such a rate may have repriced.
    """
    if previous is None or missing_tables(con, ["fx_rates"]):
        return None
    return con.execute(
        'SELECT min("date") FROM fx_rates WHERE partition_date > ? AND partition_date <= ?',
        [previous, as_of],
    ).fetchone()[0]


def _has_column(con: duckdb.DuckDBPyConnection, table: str, column: str) -> bool:
    return bool(
        con.execute(
            "SELECT count(*) FROM duckdb_columns() WHERE table_name = ? AND column_name = ?",
            [table, column],
        ).fetchone()[0]
    )
