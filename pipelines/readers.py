"""The analyst's connection: the last published snapshot, read-only and locked down.

    from pipelines.readers import analyst_connection

    with analyst_connection() as con:
        frame = con.sql("SELECT * FROM gpu_price_inflation WHERE \\"window\\" = '30d'").df()

Nothing an analyst does here can block or break the daily run: the snapshot is a separate,
immutable file, and the pipeline never opens it for writing.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import duckdb

from pipelines.settings import Settings, is_local_database, load_settings
from suanli.db import DEFAULT_LOCK_BACKOFF_SECONDS, DEFAULT_LOCK_RETRIES, connect_with_lock_retries
from suanli.publish import LOCKED_DOWN_CONFIG, current_snapshot, lock_down, unreadable_snapshot


def reader_database(settings: Settings, live: bool = False) -> str:
    """What analysts read: the last published snapshot of a local warehouse; the live database
    with `live`, before the first snapshot exists (saying so), and for remote warehouses
    (`md:…`), which serve concurrent readers themselves and have no snapshots. A published
    snapshot that has gone missing raises SnapshotUnavailable with the repair: it is never
    silently replaced by the live file."""
    if live or not settings.warehouse_is_local_file:
        return settings.warehouse
    snapshot = current_snapshot(settings.snapshots_dir)
    if snapshot is None:
        print(
            "suanli: no published snapshot yet (no successful run): reading the live warehouse",
            file=sys.stderr,
        )
        return settings.warehouse
    return str(snapshot)


@contextmanager
def analyst_connection(
    settings: Settings | None = None, allow_external: bool = False, live: bool = False
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection for analysts; without `allow_external` it can read the warehouse
    and nothing else (no files, URLs, extensions or configuration changes)."""
    settings = settings or load_settings()
    database = reader_database(settings, live)
    # A remote database needs its extension (e.g. MotherDuck) loaded to connect, so the
    # restrictions are applied once connected rather than at connect time.
    at_connect = not allow_external and is_local_database(database)
    # No Dagster import on this path: a query starts in a fraction of a second.
    reads_snapshot = database != settings.warehouse
    try:
        con = connect_with_lock_retries(
            database,
            read_only=True,
            config={"custom_user_agent": "suanli", **(LOCKED_DOWN_CONFIG if at_connect else {})},
            # Nothing ever writes a snapshot, so an error opening one is damage, not a lock.
            retries=1 if reads_snapshot else DEFAULT_LOCK_RETRIES,
            backoff_seconds=DEFAULT_LOCK_BACKOFF_SECONDS,
        )
    except duckdb.Error as exc:
        if reads_snapshot:
            raise unreadable_snapshot(settings.snapshots_dir, exc) from exc
        raise
    try:
        if not allow_external and not at_connect:
            lock_down(con)
        yield con
    finally:
        con.close()
