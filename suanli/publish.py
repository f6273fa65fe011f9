"""Publishing immutable read-only snapshots of the warehouse, and recording run outcomes."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import duckdb
import pandas as pd

from suanli.db import apply_ddl, replace_rows

CURRENT_LINK = "current.duckdb"
SNAPSHOT_NAME = re.compile(
    r"^warehouse-(?P<stamp>\d{8}T\d{6}\d{6})-(?P<label>[a-z0-9_-]+)\.duckdb$"
)


def publish_snapshot(
    con: duckdb.DuckDBPyConnection,
    database: Path,
    snapshots_dir: Path,
    label: str,
    keep: int,
    now: datetime,
) -> Path:
    """Copy the checkpointed database to a new snapshot file and point `current.duckdb` at it.

    `con` must be the only writer (the caller holds it open so nothing writes during the copy).
    Readers open `current.duckdb`: the symlink swap is atomic, so a reader sees the previous
    snapshot or the new one, never a half-written file. Old snapshots beyond `keep` are removed;
    a reader that still has one open keeps reading it (POSIX unlink semantics).
    """
    snapshots_dir.mkdir(parents=True, exist_ok=True)
    con.execute("CHECKPOINT")
    safe_label = re.sub(r"[^a-z0-9_-]+", "-", label.lower())
    target = snapshots_dir / f"warehouse-{now:%Y%m%dT%H%M%S%f}-{safe_label}.duckdb"
    partial = target.with_suffix(".partial")
    shutil.copyfile(database, partial)
    os.replace(partial, target)
    link_tmp = snapshots_dir / f".{CURRENT_LINK}.{os.getpid()}"
    link_tmp.unlink(missing_ok=True)
    link_tmp.symlink_to(target.name)
    os.replace(link_tmp, snapshots_dir / CURRENT_LINK)
    for old in list_snapshots(snapshots_dir)[:-keep]:
        old.unlink(missing_ok=True)
    return target


def list_snapshots(snapshots_dir: Path) -> list[Path]:
    """Published snapshot files, oldest first."""
    if not snapshots_dir.is_dir():
        return []
    return sorted(p for p in snapshots_dir.iterdir() if SNAPSHOT_NAME.match(p.name))


def current_snapshot(snapshots_dir: Path) -> Path | None:
    link = snapshots_dir / CURRENT_LINK
    return link if link.exists() else None


@dataclass(frozen=True)
class RunRecord:
    run_id: str
    job_name: str
    partition_date: date | None
    status: str
    failed_assets: Sequence[str]
    error: str | None
    started_at: datetime | None
    finished_at: datetime | None
    recorded_by: str


def record_run(con: duckdb.DuckDBPyConnection, record: RunRecord) -> None:
    """Write (or rewrite, for a retried recording) one run's outcome in `pipeline_runs`."""
    apply_ddl(con, "operations")
    row = pd.DataFrame([vars(record) | {"failed_assets": list(record.failed_assets)}])
    replace_rows(con, "pipeline_runs", {"run_id": record.run_id}, row)
