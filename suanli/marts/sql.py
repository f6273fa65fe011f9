"""Run the SQL under warehouse/sql/ (mart queries in marts/, their inputs in inputs/) with bound
parameters."""

from __future__ import annotations

from datetime import date
from typing import Any

import duckdb
import pandas as pd

from suanli.db import quote_ident
from suanli.paths import SQL_DIR


def sql_text(name: str) -> str:
    """The text of `warehouse/sql/<name>.sql`, `name` as `marts/<table>` or `inputs/<input>`."""
    return (SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")


def query(con: duckdb.DuckDBPyConnection, name: str, **params: Any) -> pd.DataFrame:
    """Execute `warehouse/sql/<name>.sql` with `$name` parameters and return a DataFrame.

    DATE columns come back as `datetime.date` (pandas would make them timestamps), so marts
    compare and write calendar days, not midnights.
    """
    result = con.execute(sql_text(name), params)
    date_columns = [d[0] for d in result.description if str(d[1]) == "DATE"]
    frame = result.df()
    for column in date_columns:
        frame[column] = [None if pd.isna(v) else v.date() for v in frame[column]]
    return frame


def scalar(con: duckdb.DuckDBPyConnection, name: str, **params: Any) -> Any:
    """First column of the first row of a mart query (None when it returns no row)."""
    row = con.execute(sql_text(name), params).fetchone()
    return None if row is None else row[0]


def missing_tables(con: duckdb.DuckDBPyConnection, names: list[str]) -> list[str]:
    """Those of `names` that are neither a table nor a view in the connected database."""
    present = {
        name
        for (name,) in con.execute(
            "SELECT table_name FROM duckdb_tables() UNION SELECT view_name FROM duckdb_views()"
        ).fetchall()
    }
    return [name for name in names if name not in present]


def stored_slice(con: duckdb.DuckDBPyConnection, table: str, as_of: date) -> pd.DataFrame:
    """Mart `table`'s as_of slice as stored (what its checks and charts read)."""
    return con.execute(f"SELECT * FROM {quote_ident(table)} WHERE as_of = ?", [as_of]).df()
