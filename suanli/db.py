"""DuckDB helpers shared by every table writer: DDL files, identifiers, partition rewrites."""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import duckdb

from suanli.paths import SQL_DIR

if TYPE_CHECKING:  # pandas is only needed by writers; readers (`suanli sql`) start without it
    import pandas as pd

IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")
# DuckDB reports a file locked by another process as an IOException ("Could not set lock").
LOCK_ERRORS = (duckdb.IOException,)
# 8 attempts, 0.25 s doubling: up to about half a minute, longer than any one writer step holds
# the file on the embedded defaults.
DEFAULT_LOCK_RETRIES = 8
DEFAULT_LOCK_BACKOFF_SECONDS = 0.25


def quote_ident(name: str) -> str:
    """Quote an identifier after checking it against the project's identifier rule."""
    if not IDENTIFIER.match(name):
        raise ValueError(f"invalid identifier {name!r}: must match {IDENTIFIER.pattern}")
    return f'"{name}"'


def connect_with_lock_retries(
    database: str,
    read_only: bool,
    config: Mapping[str, Any],
    retries: int,
    backoff_seconds: float,
) -> duckdb.DuckDBPyConnection:
    """Connect, waiting out another process's lock with exponential backoff (`retries` attempts
    in all, the first wait `backoff_seconds`), so a short-lived writer or reader is not an error."""
    wait = backoff_seconds
    for _ in range(retries - 1):
        try:
            return duckdb.connect(database, read_only=read_only, config=dict(config))
        except LOCK_ERRORS:
            time.sleep(wait)
            wait *= 2
    return duckdb.connect(database, read_only=read_only, config=dict(config))


def apply_ddl(con: duckdb.DuckDBPyConnection, *names: str) -> None:
    """Run `warehouse/sql/<name>.sql` (idempotent CREATE … IF NOT EXISTS and COMMENT ON)."""
    for name in names:
        con.execute((SQL_DIR / f"{name}.sql").read_text(encoding="utf-8"))


def replace_rows(
    con: duckdb.DuckDBPyConnection,
    table: str,
    where: Mapping[str, Any],
    rows: pd.DataFrame,
) -> int:
    """Delete the rows matching `where` and insert `rows` by column name, in one transaction.

    This is how every partition or per-source slice is rewritten, so reruns are idempotent and
    readers never see the slice half-written.
    """
    conditions = " AND ".join(f"{quote_ident(column)} = ?" for column in where) or "TRUE"
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f"DELETE FROM {quote_ident(table)} WHERE {conditions}", list(where.values()))
        if len(rows):
            con.register("incoming_rows", rows)
            try:
                con.execute(f"INSERT INTO {quote_ident(table)} BY NAME SELECT * FROM incoming_rows")
            finally:
                con.unregister("incoming_rows")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return len(rows)


def table_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str, str | None]]:
    """(name, type, comment) of each column of `table`, in order."""
    return con.execute(
        "SELECT column_name, data_type, comment FROM duckdb_columns() "
        "WHERE table_name = ? ORDER BY column_index",
        [table],
    ).fetchall()
