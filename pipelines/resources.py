"""The warehouse resource: one DuckDB connection per use, never at import or definition time."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
from dagster_duckdb import DuckDBResource
from pydantic import Field

from pipelines.settings import is_local_database

# DuckDB reports a held file lock as an IOException ("Could not set lock on file").
LOCK_ERRORS = (duckdb.IOException,)


class WarehouseResource(DuckDBResource):
    """DuckDB warehouse: read-write connections for assets, read-only ones for queries.

    Another process holding the file lock is retried with exponential backoff, so a scheduled run
    waits out a short-lived writer instead of failing.
    """

    lock_retries: int = Field(default=8, description="Attempts while the database file is locked.")
    lock_backoff_seconds: float = Field(default=0.25, description="First wait; doubles per retry.")

    def _connect(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        if is_local_database(self.database) and not read_only:
            Path(self.database).parent.mkdir(parents=True, exist_ok=True)
        config = {"custom_user_agent": "suanli", **self.connection_config}
        wait = self.lock_backoff_seconds
        for _ in range(self.lock_retries - 1):
            try:
                return duckdb.connect(self.database, read_only=read_only, config=config)
            except LOCK_ERRORS:
                time.sleep(wait)
                wait *= 2
        return duckdb.connect(self.database, read_only=read_only, config=config)

    @contextmanager
    def get_connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        connection = self._connect(read_only=False)
        try:
            yield connection
        finally:
            connection.close()

    @contextmanager
    def get_read_connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        connection = self._connect(read_only=True)
        try:
            yield connection
        finally:
            connection.close()
