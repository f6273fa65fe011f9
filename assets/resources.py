"""The warehouse resource: one DuckDB connection per use, never at import or definition time."""

from __future__ import annotations

from contextlib import AbstractContextManager, closing
from pathlib import Path

import duckdb
from dagster_duckdb import DuckDBResource
from pydantic import Field

from suanli.db import (
    DEFAULT_LOCK_BACKOFF_SECONDS,
    DEFAULT_LOCK_RETRIES,
    LOCK_ERRORS,
    apply_spill_settings,
    connect_with_lock_retries,
    spill_settings,
)
from suanli.settings import is_local_database

__all__ = ["LOCK_ERRORS", "WarehouseResource"]


class WarehouseResource(DuckDBResource):
    """DuckDB warehouse: read-write connections for assets, read-only ones for queries.

    Another process holding the file lock is retried with exponential backoff, so a scheduled run
    waits out a short-lived writer instead of failing. Connections work within
    $SUANLI_DUCKDB_MEMORY_LIMIT (default 1GB) and spill beyond it to
    $SUANLI_DUCKDB_TEMP_DIRECTORY (default beside the database file); `connection_config`
    entries for memory_limit or temp_directory take precedence.
    """

    lock_retries: int = Field(
        default=DEFAULT_LOCK_RETRIES, description="Attempts while the database file is locked."
    )
    lock_backoff_seconds: float = Field(
        default=DEFAULT_LOCK_BACKOFF_SECONDS, description="First wait; doubles per retry."
    )

    def _connect(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        local = is_local_database(self.database)
        if local and not read_only:
            Path(self.database).parent.mkdir(parents=True, exist_ok=True)
        connection = connect_with_lock_retries(
            self.database,
            read_only=read_only,
            config={"custom_user_agent": "suanli", **self.connection_config},
            retries=self.lock_retries,
            backoff_seconds=self.lock_backoff_seconds,
        )
        settings = spill_settings(self.database, local)
        try:
            apply_spill_settings(
                connection, {k: v for k, v in settings.items() if k not in self.connection_config}
            )
        except BaseException:
            connection.close()
            raise
        return connection

    def get_connection(self) -> AbstractContextManager[duckdb.DuckDBPyConnection]:
        return closing(self._connect(read_only=False))

    def get_read_connection(self) -> AbstractContextManager[duckdb.DuckDBPyConnection]:
        return closing(self._connect(read_only=True))
