"""What the mart assets share: their decorator settings, the upstream check, the slice write and
the chart."""

import base64
from collections.abc import Callable, Collection, Mapping
from datetime import date
from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd

from assets.common import check_result, schema_metadata, table_stats
from suanli.checks import CheckOutcome
from suanli.db import apply_ddl, replace_rows
from suanli.marts import write_reports_index
from suanli.marts.sql import missing_tables
from suanli.paths import PROJECT_ROOT
from suanli.settings import load_settings
from suanli.sources.status import missing_sources

ARTICLE_TABLES = ["articles", "article_facts"]
FEED_TABLES = ["price_observations", "fx_rates", "fx_cross_rates"]


class PriceMartConfig(dg.Config):
    """How a price mart builds its partition."""

    # Continuing the previous partition is exact while past observations stay as they were
    # loaded; after they were changed in place (e.g. models re-resolved when entities.yaml
    # changed), build once from the whole history. A past feed partition fetched again is
    # detected and rebuilds on its own.
    from_history: bool = False


def mart_spec(table: str, deps: list[str], checks: list[dg.AssetCheckSpec]) -> dict:
    """Arguments of `daily_asset` every mart built from upstream tables shares (the area's group,
    owners and freshness are applied in pipelines.definitions)."""
    return {
        "deps": deps,
        "kinds": {"python", "sql"},
        "metadata": schema_metadata("marts", table),
        "check_specs": checks,
    }


def require_upstream(con: duckdb.DuckDBPyConnection, tables: list[str], table: str) -> None:
    """Fail naming the missing upstream tables; else make sure the mart tables exist (a mart
    that continues its previous partition reads its own table)."""
    missing = missing_tables(con, tables)
    if missing:
        raise dg.Failure(
            description=f"{table}: upstream tables {', '.join(missing)} do not exist in the "
            "warehouse yet; materialize their assets (or run the daily job) for this partition "
            "first"
        )
    apply_ddl(con, "marts")


def write_slice(
    con: duckdb.DuckDBPyConnection,
    table: str,
    day: date,
    frame: pd.DataFrame,
    lineage: dg.TableColumnLineage | None,
) -> dict[str, object]:
    """Replace the table's as_of slice by `frame`; return its materialization metadata."""
    replace_rows(con, table, {"as_of": day}, frame)
    # Sources that failed today: the slice is built from what they landed before.
    return {
        **table_stats(con, table, {"as_of": day}, lineage),
        "missing_sources": missing_sources(con, day),
    }


def reference_spec(table: str, seed: Path, checks: list[dg.AssetCheckSpec]) -> dict:
    """Arguments of a reference-table asset: a mart with no upstream asset, mirroring `seed`."""
    return {
        **mart_spec(table, [], checks),
        "kinds": {"python", "csv"},
        "metadata": {
            **schema_metadata("marts", table),
            "source_file": dg.MetadataValue.path(str(seed.relative_to(PROJECT_ROOT))),
        },
    }


def mirror_seed(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> dict:
    """Replace reference table `table` by its seed file's rows (whichever partition runs: the
    table mirrors the file as it is now); return its materialization metadata."""
    apply_ddl(con, "marts")
    replace_rows(con, table, {}, frame)
    return table_stats(con, table)


def check_results(
    outcomes: Mapping[str, CheckOutcome], warn_only: Collection[str] = ()
) -> list[dg.AssetCheckResult]:
    """Each check's outcome as its result; those in `warn_only` judge what an article says, not
    what the pipeline did, and only warn when they fail."""
    return [
        check_result(
            name,
            outcome,
            dg.AssetCheckSeverity.WARN if name in warn_only else dg.AssetCheckSeverity.ERROR,
        )
        for name, outcome in outcomes.items()
    ]


def chart(draw: Callable[[Path], Path], file_name: str, day: date) -> dict[str, dg.MetadataValue]:
    """Draw a chart into the reports folder, refresh index.html, and return it as metadata."""
    reports = load_settings().reports_dir
    path = draw(reports / file_name)
    write_reports_index(reports, day)
    encoded = base64.b64encode(path.read_bytes()).decode("ascii")
    note = getattr(path, "note", None)  # why a placeholder stands in for the chart
    return {
        "chart": dg.MetadataValue.md(f"![{file_name}](data:image/png;base64,{encoded})"),
        "chart_path": dg.MetadataValue.path(str(path)),
        "reports_index": dg.MetadataValue.path(str(reports / "index.html")),
        **({"chart_note": dg.MetadataValue.text(note)} if note else {}),
    }
