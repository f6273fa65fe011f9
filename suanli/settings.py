"""Settings from environment variables, each with a default that works offline on a fresh clone."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

from suanli.paths import PROJECT_ROOT, resolve

DEFAULT_SNAPSHOTS_KEPT = 3
POOL_WAIT_ENV = "SUANLI_POOL_WAIT_SECONDS"
# Longer than a busy backfill keeps the slot from one run's step, short enough that a run stuck
# behind a hung one fails the same morning.
DEFAULT_POOL_WAIT_SECONDS = 1800.0
DAGSTER_YAML = """\
# Written by suanli on first use. One DuckDB writer at a time: every asset that writes the
# warehouse runs in the `duckdb_writer` pool, and pools default to a single slot.
concurrency:
  pools:
    default_limit: 1
    granularity: op
# The daemon fails runs that never start or never finish cancelling, and frees the pool slots of
# finished runs; the fail_abandoned_runs sensor fails runs whose process was killed.
run_monitoring:
  enabled: true
  start_timeout_seconds: 180
  cancel_timeout_seconds: 180
  free_slots_after_run_end_seconds: 30
telemetry:
  enabled: false
"""
# What earlier versions wrote: replaced by the current text, unlike a dagster.yaml of the user's.
EARLIER_DAGSTER_YAMLS = (
    """\
# Written by suanli on first use. One DuckDB writer at a time: every asset that writes the
# warehouse runs in the `duckdb_writer` pool, and pools default to a single slot.
concurrency:
  pools:
    default_limit: 1
    granularity: op
telemetry:
  enabled: false
""",
)


@dataclass(frozen=True)
class Settings:
    warehouse: str
    articles_dir: Path
    feeds_file: Path
    dagster_home: Path
    snapshots_kept: int
    pool_wait_seconds: float = DEFAULT_POOL_WAIT_SECONDS

    @property
    def warehouse_is_local_file(self) -> bool:
        return is_local_database(self.warehouse)

    @property
    def warehouse_dir(self) -> Path:
        """Where landing files, reports and snapshots go: beside a local database file."""
        if self.warehouse_is_local_file:
            return Path(self.warehouse).parent
        return PROJECT_ROOT / "warehouse"

    @property
    def landing_dir(self) -> Path:
        return self.warehouse_dir / "landing"

    @property
    def reports_dir(self) -> Path:
        return self.warehouse_dir / "reports"

    @property
    def snapshots_dir(self) -> Path:
        return self.warehouse_dir / "snapshots"


def is_local_database(database: str) -> bool:
    """True for a plain file path; False for `:memory:` and connection strings such as `md:…`."""
    return database != ":memory:" and ":" not in database.split("/", 1)[0]


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    env = os.environ if environ is None else environ
    warehouse = env.get("SUANLI_WAREHOUSE") or "warehouse/warehouse.duckdb"
    if is_local_database(warehouse):
        warehouse = str(resolve(warehouse))
    return Settings(
        warehouse=warehouse,
        articles_dir=resolve(env.get("SUANLI_ARTICLES_DIR") or "seeds/articles"),
        feeds_file=resolve(env.get("SUANLI_FEEDS") or "seeds/feeds.yaml"),
        dagster_home=resolve(env.get("DAGSTER_HOME") or ".dagster_home"),
        snapshots_kept=int(env.get("SUANLI_SNAPSHOTS_KEEP") or DEFAULT_SNAPSHOTS_KEPT),
        pool_wait_seconds=_positive_seconds(env, POOL_WAIT_ENV, DEFAULT_POOL_WAIT_SECONDS),
    )


def _positive_seconds(env, name: str, default: float) -> float:
    raw = env.get(name)
    if not raw:
        return default
    try:
        seconds = float(raw)
    except ValueError:
        seconds = math.nan
    if not math.isfinite(seconds) or seconds <= 0:
        raise ValueError(f"{name} must be a positive number of seconds, got {raw!r}")
    return seconds


def ensure_dagster_home(settings: Settings) -> Path:
    """Create DAGSTER_HOME with the pool-limiting dagster.yaml unless the user brought their own;
    one written by an earlier version of suanli is brought up to date."""
    settings.dagster_home.mkdir(parents=True, exist_ok=True)
    config = settings.dagster_home / "dagster.yaml"
    if not config.exists() or config.read_text(encoding="utf-8") in EARLIER_DAGSTER_YAMLS:
        config.write_text(DAGSTER_YAML, encoding="utf-8")
    return settings.dagster_home
