"""The analyst's connection: the last published snapshot, read-only and locked down.

    from suanli.readers import analyst_connection

    with analyst_connection() as con:
        frame = con.sql("SELECT * FROM gpu_price_inflation WHERE \\"window\\" = '30d'").df()

Nothing an analyst does here can block, break or write the warehouse: the snapshot is a separate,
immutable file opened read-only, only statements that read run, and DuckDB's file access is off
(or, with `allow_external`, limited to the directories named in $SUANLI_SQL_READ_DIRS, none of
which may hold the warehouse). Spill files go to a private directory removed on close, never to
the `<database>.tmp` directory DuckDB would otherwise use beside the warehouse or snapshot.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from suanli.db import DEFAULT_LOCK_BACKOFF_SECONDS, DEFAULT_LOCK_RETRIES, connect_with_lock_retries
from suanli.publish import LOCKED_DOWN_CONFIG, current_snapshot, lock_down, unreadable_snapshot
from suanli.settings import Settings, is_local_database, load_settings

READ_DIRS_ENV = "SUANLI_SQL_READ_DIRS"
# Statements that only read. Everything else (COPY, EXPORT, ATTACH, SET, LOAD, CREATE, PRAGMA,
# CALL, …) is refused before DuckDB sees it: several of them write files even on a read-only
# connection, into any directory DuckDB may access.
READING_STATEMENTS = frozenset({duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN})
_EXPLAIN = re.compile(r"^\s*EXPLAIN(?:\s+ANALY[SZ]E)?\s+", re.I)


class ExternalAccessError(duckdb.PermissionException):
    """The directories named for `--allow-external` cannot be used; the message says why (a
    DuckDB error, so `suanli sql` reports it like any refused query)."""


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


def read_directories(settings: Settings, environ: dict[str, str] | None = None) -> list[str]:
    """The directories `allow_external` queries may read: $SUANLI_SQL_READ_DIRS, separated by
    os.pathsep, symlinks resolved. None may be, hold or lie inside the warehouse's directory."""
    env = os.environ if environ is None else environ
    named = [d for d in (env.get(READ_DIRS_ENV) or "").split(os.pathsep) if d.strip()]
    if not named:
        raise ExternalAccessError(
            f"--allow-external reads only from directories named in {READ_DIRS_ENV} "
            f"(separated by '{os.pathsep}'), and none is set"
        )
    guarded = [settings.warehouse_dir.resolve()]
    if settings.warehouse_is_local_file:
        guarded.append(Path(settings.warehouse).resolve().parent)
    resolved = []
    for name in named:
        directory = Path(name).expanduser().resolve()
        if not directory.is_dir():
            raise ExternalAccessError(f"{READ_DIRS_ENV}: {name} is not a directory")
        for warehouse in guarded:
            if directory.is_relative_to(warehouse) or warehouse.is_relative_to(directory):
                raise ExternalAccessError(
                    f"{READ_DIRS_ENV}: {name} overlaps the warehouse directory {warehouse}; "
                    "name a directory that holds only the files to read"
                )
        resolved.append(f"{directory}{os.sep}")
    return resolved


def check_reads_only(con: duckdb.DuckDBPyConnection, query: str) -> None:
    """Raise duckdb.PermissionException unless every statement in `query` only reads."""
    for statement in con.extract_statements(query):
        kind = statement.type
        if kind == duckdb.StatementType.EXPLAIN:
            inner = _EXPLAIN.sub("", statement.query, count=1)
            if inner != statement.query:
                check_reads_only(con, inner)
                continue
        elif kind in READING_STATEMENTS:
            continue
        raise duckdb.PermissionException(
            f"Permission Error: {kind.name} statements are refused: the analyst connection only "
            "reads (SELECT, EXPLAIN); it is read-only and its configuration has been locked"
        )


class AnalystConnection:
    """A DuckDB connection whose query methods run only statements that read; everything else
    is the connection's own."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self._con = con

    def execute(self, query: str, parameters: Any = None) -> AnalystConnection:
        check_reads_only(self._con, query)
        self._con.execute(query, parameters)
        return self

    def executemany(self, query: str, parameters: Any = None) -> AnalystConnection:
        check_reads_only(self._con, query)
        self._con.executemany(query, parameters)
        return self

    def sql(self, query: str, **kwargs: Any) -> duckdb.DuckDBPyRelation:
        check_reads_only(self._con, query)
        return self._con.sql(query, **kwargs)

    query = sql

    def from_query(self, query: str, **kwargs: Any) -> duckdb.DuckDBPyRelation:
        check_reads_only(self._con, query)
        return self._con.from_query(query, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._con, name)

    def __enter__(self) -> AnalystConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self._con.close()


@contextmanager
def analyst_connection(
    settings: Settings | None = None, allow_external: bool = False, live: bool = False
) -> Iterator[AnalystConnection]:
    """A read-only connection for analysts that can read the warehouse and nothing else (no
    files, URLs, extensions or configuration changes); with `allow_external` it may also read
    files below the directories named in $SUANLI_SQL_READ_DIRS. It never writes anything."""
    settings = settings or load_settings()
    database = reader_database(settings, live)
    directories = read_directories(settings) if allow_external else []
    reads_snapshot = database != settings.warehouse
    spill = tempfile.mkdtemp(prefix="suanli-sql-")
    config: dict[str, Any] = {"custom_user_agent": "suanli", "temp_directory": spill}
    # A remote database needs its extension (e.g. MotherDuck) loaded to connect. DuckDB takes
    # named read directories, and a temp directory together with no external access, only once
    # the database is open, so the lock-down follows the connect.
    if is_local_database(database):
        config |= {k: v for k, v in LOCKED_DOWN_CONFIG.items() if "extensions" in k}
    try:
        # No Dagster import on this path: a query starts in a fraction of a second.
        try:
            con = connect_with_lock_retries(
                database,
                read_only=True,
                config=config,
                # Nothing ever writes a snapshot, so an error opening one is damage, not a lock.
                retries=1 if reads_snapshot else DEFAULT_LOCK_RETRIES,
                backoff_seconds=DEFAULT_LOCK_BACKOFF_SECONDS,
            )
        except duckdb.Error as exc:
            if reads_snapshot:
                raise unreadable_snapshot(settings.snapshots_dir, exc) from exc
            raise
        try:
            lock_down(con, directories)
            yield AnalystConnection(con)
        finally:
            con.close()
    finally:
        shutil.rmtree(spill, ignore_errors=True)
