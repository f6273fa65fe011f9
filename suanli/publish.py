"""Publishing immutable read-only snapshots of the warehouse, and recording run outcomes."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import duckdb

from suanli.checks import CheckOutcome
from suanli.db import apply_ddl, quote_ident, replace_rows

CURRENT_LINK = "current.duckdb"
SNAPSHOT_NAME = re.compile(
    r"^warehouse-(?P<stamp>\d{8}T\d{6}\d{6})-(?P<label>[a-z0-9_-]+)\.duckdb$"
)
# What an analyst's connection may do: read the warehouse and nothing else. No files or URLs
# (read_csv, COPY, ATTACH) beyond the directories named for `suanli sql --allow-external`, no
# extension installs or autoloads, and no SET that could undo any of this.
LOCKED_DOWN_CONFIG: dict[str, bool] = {
    "enable_external_access": False,
    "autoload_known_extensions": False,
    "autoinstall_known_extensions": False,
    "lock_configuration": True,
}


@dataclass(frozen=True)
class Publication:
    """Which run a snapshot holds: written into the snapshot itself (`published_snapshots`)."""

    run_id: str
    partition_start: date | None
    partition_end: date | None


class SnapshotUnavailable(Exception):
    """`current.duckdb` cannot be read: its target is missing or damaged. The message says how
    to repair it."""


def publish_snapshot(
    con: duckdb.DuckDBPyConnection,
    database: Path,
    snapshots_dir: Path,
    publication: Publication,
    keep: int,
    now: datetime,
) -> Path:
    """Copy the checkpointed database to a new snapshot file and point `current.duckdb` at it.

    `con` must be the only writer (the caller holds it open so nothing writes during the copy).
    The snapshot's own row in `published_snapshots` is written into the copy before it is
    published, so every snapshot says which run it holds, and into the live database only once
    the snapshot is published, so the live table never names a snapshot that does not exist.
    Readers open `current.duckdb`: the symlink swap is atomic, so a reader sees the previous
    snapshot or the new one, never a half-written file. A copy that fails (a full disk) is
    removed, as is any left by a publisher that was killed. Old snapshots beyond `keep` are
    removed; a reader that still has one open keeps reading it (POSIX unlink semantics).
    """
    if keep < 1:
        raise ValueError(f"keep must be at least 1 (the snapshot being published), got {keep}")
    snapshots_dir.mkdir(parents=True, exist_ok=True)
    # Only one writer publishes at a time, so any partial file here is a dead publisher's.
    for leftover in [*snapshots_dir.glob("*.partial"), *snapshots_dir.glob(f".{CURRENT_LINK}.*")]:
        leftover.unlink(missing_ok=True)
    days = dict.fromkeys((publication.partition_start, publication.partition_end))
    label = "-".join([f"{day:%Y%m%d}" for day in days if day] + [publication.run_id[:8]])
    target = snapshots_dir / f"warehouse-{now:%Y%m%dT%H%M%S%f}-{label}.duckdb"
    import pandas as pd  # here, not at import: readers (`suanli sql`) never need it

    apply_ddl(con, "operations")
    con.execute("CHECKPOINT")
    row = pd.DataFrame([vars(publication) | {"file_name": target.name, "published_at": now}])
    partial = target.with_suffix(".partial")
    try:
        shutil.copyfile(database, partial)
        copy = duckdb.connect(str(partial))
        try:
            replace_rows(copy, "published_snapshots", {"run_id": publication.run_id}, row)
            copy.execute("CHECKPOINT")
        finally:
            copy.close()
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        partial.with_name(partial.name + ".wal").unlink(missing_ok=True)
        raise
    link_tmp = snapshots_dir / f".{CURRENT_LINK}.{os.getpid()}"
    link_tmp.unlink(missing_ok=True)
    link_tmp.symlink_to(target.name)
    os.replace(link_tmp, snapshots_dir / CURRENT_LINK)
    replace_rows(con, "published_snapshots", {"run_id": publication.run_id}, row)
    for old in list_snapshots(snapshots_dir)[:-keep]:
        old.unlink(missing_ok=True)
    return target


def list_snapshots(snapshots_dir: Path) -> list[Path]:
    """Published snapshot files, oldest first."""
    if not snapshots_dir.is_dir():
        return []
    return sorted(p for p in snapshots_dir.iterdir() if SNAPSHOT_NAME.match(p.name))


def current_snapshot(snapshots_dir: Path) -> Path | None:
    """`current.duckdb`, or None before the first publication. Raises SnapshotUnavailable when
    the link points at a file that is gone: readers must never fall back to another file."""
    link = snapshots_dir / CURRENT_LINK
    if link.exists():
        return link
    if not link.is_symlink():
        return None
    raise SnapshotUnavailable(
        f"{link} points at {os.readlink(link)}, which is missing. "
        + repair_advice(snapshots_dir, broken=snapshots_dir / os.readlink(link))
    )


def unreadable_snapshot(snapshots_dir: Path, error: Exception) -> SnapshotUnavailable:
    """The error for a `current.duckdb` whose file exists but DuckDB cannot open (damaged)."""
    target = (snapshots_dir / CURRENT_LINK).resolve()
    reason = " ".join(str(error).split())
    return SnapshotUnavailable(
        f"{snapshots_dir / CURRENT_LINK} -> {target.name} cannot be read, the file is damaged "
        f"({type(error).__name__}: {reason}). " + repair_advice(snapshots_dir, broken=target)
    )


def repair_advice(snapshots_dir: Path, broken: Path) -> str:
    link = snapshots_dir / CURRENT_LINK
    others = [p for p in list_snapshots(snapshots_dir) if p.resolve() != broken.resolve()]
    advice = "Repair: the next successful `suanli run` publishes a new snapshot"
    if others:
        advice += f"; or read the previous one now: ln -sfn {others[-1].name} {link}"
    return advice + "; `suanli sql --live` reads the live warehouse meanwhile."


def table_row_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows per base table of the connection's database, by table name."""
    tables = con.execute(
        "SELECT table_name FROM duckdb_tables() "
        "WHERE database_name = current_database() ORDER BY table_name"
    ).fetchall()
    return {
        table: con.execute(f"SELECT count(*) FROM {quote_ident(table)}").fetchone()[0]
        for (table,) in tables
    }


def lock_down(con: duckdb.DuckDBPyConnection, allowed_directories: Sequence[str] = ()) -> None:
    """Apply LOCKED_DOWN_CONFIG to an open connection (for databases that need an extension to
    connect, such as MotherDuck, where the settings cannot be given at connect time), letting it
    read below `allowed_directories` only (DuckDB takes those only once the database is open)."""
    if allowed_directories:
        con.execute("SET allowed_directories = $dirs", {"dirs": list(allowed_directories)})
    for name, value in LOCKED_DOWN_CONFIG.items():
        con.execute(f"SET {name} = {str(value).lower()}")


@dataclass(frozen=True)
class RunRecord:
    run_id: str
    job_name: str
    partition_date: date | None
    partition_end: date | None
    status: str
    failed_assets: Sequence[str]
    error: str | None
    started_at: datetime | None
    finished_at: datetime | None
    recorded_by: str


def record_run(con: duckdb.DuckDBPyConnection, record: RunRecord) -> None:
    """Write (or rewrite, for a retried recording) one run's outcome in `pipeline_runs`."""
    import pandas as pd  # here, not at import: readers (`suanli sql`) never need it

    apply_ddl(con, "operations")
    row = pd.DataFrame([vars(record) | {"failed_assets": list(record.failed_assets)}])
    replace_rows(con, "pipeline_runs", {"run_id": record.run_id}, row)


def recorded_run_ids(con: duckdb.DuckDBPyConnection, run_ids: Sequence[str]) -> set[str]:
    """Which of `run_ids` already have their row in `pipeline_runs`."""
    apply_ddl(con, "operations")
    rows = con.execute(
        "SELECT run_id FROM pipeline_runs WHERE list_contains(?, run_id)", [list(run_ids)]
    ).fetchall()
    return {run_id for (run_id,) in rows}


def snapshot_matches_warehouse(
    live_counts: Mapping[str, int], snapshot_counts: Mapping[str, int]
) -> CheckOutcome:
    """The snapshot holds the same tables as the warehouse, each with the same number of rows."""
    mismatched = sorted(
        table
        for table in live_counts.keys() | snapshot_counts.keys()
        if live_counts.get(table) != snapshot_counts.get(table)
    )
    return CheckOutcome(
        passed=not mismatched,
        metadata={
            "rows": sum(snapshot_counts.values()),
            "mismatched_tables": ", ".join(mismatched) or "none",
        },
    )
