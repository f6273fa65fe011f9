"""DuckDB helpers shared by every table writer: DDL files, identifiers, partition rewrites."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from suanli.paths import DDL_DIR

if TYPE_CHECKING:  # pandas is only needed by writers; readers (`suanli sql`) start without it
    import pandas as pd

IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")
# DuckDB reports a file locked by another process as an IOException ("Could not set lock").
LOCK_ERRORS = (duckdb.IOException,)
# 8 attempts, 0.25 s doubling: up to about half a minute, longer than any one writer step holds
# the file on the embedded defaults.
DEFAULT_LOCK_RETRIES = 8
DEFAULT_LOCK_BACKOFF_SECONDS = 0.25
# A warehouse connection works in a bounded amount of memory and spills the rest to disk, so a
# large feed costs disk, not RAM (DuckDB's own default is 80% of the machine's memory).
MEMORY_LIMIT_ENV = "SUANLI_DUCKDB_MEMORY_LIMIT"
TEMP_DIRECTORY_ENV = "SUANLI_DUCKDB_TEMP_DIRECTORY"
DEFAULT_MEMORY_LIMIT = "1GB"
SCHEMA_VERSIONS = "suanli_schema_versions"
SCHEMA_VERSIONS_DDL = DDL_DIR / "schema_versions.sql"
_DECLARED_RELATION = re.compile(
    r"^\s*CREATE\s+(?:OR\s+REPLACE\s+)?(?:TABLE|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?"
    r"([A-Za-z_][A-Za-z0-9_]*)",
    re.IGNORECASE | re.MULTILINE,
)


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


def spill_settings(
    database: str, local: bool, environ: Mapping[str, str] | None = None
) -> dict[str, str]:
    """memory_limit and temp_directory for a warehouse connection: $SUANLI_DUCKDB_MEMORY_LIMIT
    (a DuckDB size such as 2GB, or a share of RAM such as 50%) and $SUANLI_DUCKDB_TEMP_DIRECTORY,
    else 1GB and `<database>.tmp` beside a local file or the system temp directory for a remote
    database (`md:…`)."""
    env = os.environ if environ is None else environ
    temp_directory = env.get(TEMP_DIRECTORY_ENV) or (
        f"{database}.tmp" if local else str(Path(tempfile.gettempdir()) / "suanli-duckdb")
    )
    return {
        "memory_limit": env.get(MEMORY_LIMIT_ENV) or DEFAULT_MEMORY_LIMIT,
        "temp_directory": temp_directory,
    }


def apply_spill_settings(con: duckdb.DuckDBPyConnection, settings: Mapping[str, str]) -> None:
    """SET after connecting, not as connect-time config: DuckDB refuses a second connection to a
    file whose config differs from the first one's in the same process. The temp directory
    is only changed when it differs (DuckDB cannot switch it once used)."""
    try:
        if "memory_limit" in settings:
            con.execute("SET memory_limit = ?", [settings["memory_limit"]])
        if "temp_directory" in settings:
            (current,) = con.execute("SELECT current_setting('temp_directory')").fetchone()
            if current != settings["temp_directory"]:
                con.execute("SET temp_directory = ?", [settings["temp_directory"]])
    except duckdb.Error as exc:
        raise ValueError(
            f"invalid DuckDB setting in {dict(settings)} "
            f"(from {MEMORY_LIMIT_ENV} / {TEMP_DIRECTORY_ENV}): {exc}"
        ) from exc


def apply_ddl(con: duckdb.DuckDBPyConnection, *names: str, sql_dir: Path = DDL_DIR) -> None:
    """Bring the database up to `warehouse/sql/ddl/<name>.sql` (idempotent CREATE … IF NOT EXISTS,
    ALTER … IF NOT EXISTS, CREATE OR REPLACE views and macros, COMMENT ON).

    A file runs only when the database has not recorded its current content hash in
    `suanli_schema_versions`: every asset calls this before writing, and re-running unchanged DDL
    rewrites the catalog (each COMMENT ON) for nothing. The record lives in the database file,
    not in the process, so a new, replaced or restored database file is always brought up to
    date, and a copy carries its version. Safe inside the caller's transaction: a rollback undoes
    the record with the DDL.
    """
    relations, applied = _schema_state(con)
    # The bookkeeping table's own file first, so it exists (and is current) before any record.
    for path in (SCHEMA_VERSIONS_DDL, *(sql_dir / f"{name}.sql" for name in names)):
        content = path.read_bytes()
        sha256 = hashlib.sha256(content).hexdigest()
        sql = content.decode("utf-8")
        # A table or view dropped by hand since is created again.
        if applied.get(path.name) == sha256 and _declared_relations(sql) <= relations:
            continue
        con.execute(sql)
        con.execute(
            f"INSERT OR REPLACE INTO {SCHEMA_VERSIONS} (ddl_file, sha256, applied_at) "
            "VALUES (?, ?, now())",
            [path.name, sha256],
        )
        applied[path.name] = sha256
        relations |= _declared_relations(sql)


def _declared_relations(sql: str) -> set[str]:
    return {match.lower() for match in _DECLARED_RELATION.findall(sql)}


def _schema_state(con: duckdb.DuckDBPyConnection) -> tuple[set[str], dict[str, str]]:
    """The tables and views of the current schema, and {DDL file name: sha256} as recorded in
    the database (empty before the first apply_ddl)."""
    # Looked up in the catalog first: querying a missing table would abort the caller's
    # transaction.
    relations = {
        name
        for (name,) in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
            "AND schema_name = current_schema() UNION ALL SELECT view_name FROM duckdb_views() "
            "WHERE database_name = current_database() AND schema_name = current_schema() "
            "AND NOT internal"
        ).fetchall()
    }
    if SCHEMA_VERSIONS not in relations:
        return relations, {}
    versions = con.execute(f"SELECT ddl_file, sha256 FROM {SCHEMA_VERSIONS}").fetchall()
    return relations, dict(versions)


@contextlib.contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Run the block in one transaction: committed when it ends, rolled back when it raises."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
        con.execute("COMMIT")
    except BaseException:
        # A COMMIT that failed (a full disk) has already ended the transaction: the ROLLBACK's
        # own error ("no transaction is active") must not hide the cause.
        with contextlib.suppress(duckdb.Error):
            con.execute("ROLLBACK")
        raise


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: pd.DataFrame) -> None:
    """Insert `rows` into `table` by column name (nothing when there are none)."""
    if not len(rows):
        return
    con.register("incoming_rows", rows)
    try:
        con.execute(f"INSERT INTO {quote_ident(table)} BY NAME SELECT * FROM incoming_rows")
    finally:
        con.unregister("incoming_rows")


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
    with transaction(con):
        con.execute(f"DELETE FROM {quote_ident(table)} WHERE {conditions}", list(where.values()))
        insert_rows(con, table, rows)
    return len(rows)
