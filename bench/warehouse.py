"""Warehouse connections opened the way production opens them, without importing Dagster.

`assets.resources.WarehouseResource._connect` waits out another process's lock, tags the
connection, and applies the memory budget ($SUANLI_DUCKDB_MEMORY_LIMIT, default 1GB) with its
spill directory. A suanli contender connecting with a bare `duckdb.connect` would run with
DuckDB's own default (80% of RAM, nothing spilled) and measure memory production never uses.
The plain-call baseline (bench/plain.py) must not import Dagster, so this mirrors the resource
from the same suanli.db functions; tests/test_bench_smoke.py checks both end with the same
settings.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb

from suanli.db import (
    DEFAULT_LOCK_BACKOFF_SECONDS,
    DEFAULT_LOCK_RETRIES,
    MEMORY_LIMIT_ENV,
    apply_spill_settings,
    connect_with_lock_retries,
    spill_settings,
)
from suanli.settings import is_local_database

USER_AGENT = {"custom_user_agent": "suanli"}


def connect_warehouse(database: str | Path) -> duckdb.DuckDBPyConnection:
    """A read-write connection with the warehouse resource's lock retries and spill settings."""
    database = str(database)
    local = is_local_database(database)
    if local:
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    con = connect_with_lock_retries(
        database,
        read_only=False,
        config=USER_AGENT,
        retries=DEFAULT_LOCK_RETRIES,
        backoff_seconds=DEFAULT_LOCK_BACKOFF_SECONDS,
    )
    try:
        apply_spill_settings(con, spill_settings(database, local))
    except BaseException:
        con.close()
        raise
    return con


def budget_description() -> str:
    """The memory budget a warehouse connection gets here, for the results' machine table."""
    settings = spill_settings("<warehouse>", local=True)
    origin = f"${MEMORY_LIMIT_ENV}" if os.environ.get(MEMORY_LIMIT_ENV) else "suanli's default"
    return f"{settings['memory_limit']} ({origin}), spilling to {settings['temp_directory']}"
