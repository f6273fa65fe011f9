"""What the mart assets share: their decorator settings, one flow from upstream check to check
results for a slice, the mirror of a reference seed, and the chart."""

import base64
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd

from assets.common import check_result, partition_date, schema_metadata, table_spec, table_stats
from assets.resources import WarehouseResource
from suanli.checks import CheckOutcome
from suanli.db import apply_ddl, replace_rows
from suanli.marts import write_reports_index
from suanli.marts.sql import missing_tables, stored_slice
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


def mart_spec(table: str, deps: list[str], checks: Mapping[str, str]) -> dict:
    """Arguments of `daily_asset` every mart built from upstream tables shares, its checks as
    `{name: description}` (the area's group, owners and freshness are applied in
    pipelines.definitions)."""
    return table_spec("marts", table, deps, checks, kinds={"python", "sql"})


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


@dataclass(frozen=True)
class MartSlice:
    """A mart's partition as written: the frame built, the rows as stored, their
    materialization metadata, what `read` took from the warehouse, and the checks' outcomes."""

    day: date
    frame: pd.DataFrame
    stored: pd.DataFrame
    metadata: dict[str, object]
    read: object
    outcomes: Mapping[str, CheckOutcome]


def build_mart_slice(
    context: dg.AssetExecutionContext,
    warehouse: WarehouseResource,
    table: str,
    upstream: list[str],
    lineage: dg.TableColumnLineage,
    run_checks: Callable[[duckdb.DuckDBPyConnection, date], Mapping[str, CheckOutcome]],
    build: Callable[[duckdb.DuckDBPyConnection, date], pd.DataFrame],
    read: Callable[[duckdb.DuckDBPyConnection, date, pd.DataFrame], object] = lambda *_: None,
) -> MartSlice:
    """Build the partition's slice of mart `table` from `upstream`, write it, read it back
    (and whatever else `read` needs from the warehouse for the metadata) and run its checks."""
    day = partition_date(context)
    with warehouse.get_connection() as con:
        require_upstream(con, upstream, table)
        frame = build(con, day)
        metadata = write_slice(con, table, day, frame, lineage)
        stored = stored_slice(con, table, day)
        extra = read(con, day, stored)
        outcomes = run_checks(con, day)
    return MartSlice(day, frame, stored, metadata, extra, outcomes)


def mart_results(
    mart: MartSlice, metadata: Mapping[str, object], warn_only: Collection[str] = ()
) -> list[dg.MaterializeResult | dg.AssetCheckResult]:
    """The materialization (the slice's metadata, then `metadata`) and every check's result."""
    return [
        dg.MaterializeResult(metadata={**mart.metadata, **metadata}),
        *check_results(mart.outcomes, warn_only),
    ]


def reference_spec(table: str, seed: Path, checks: Mapping[str, str]) -> dict:
    """Arguments of a reference-table asset: a mart with no upstream asset, mirroring `seed`."""
    return {
        **mart_spec(table, [], checks),
        "kinds": {"python", "csv"},
        "metadata": {
            **schema_metadata("marts", table),
            "source_file": dg.MetadataValue.path(str(seed.relative_to(PROJECT_ROOT))),
        },
    }


def mirror_seed(
    warehouse: WarehouseResource,
    table: str,
    frame: pd.DataFrame,
    run_checks: Callable[[duckdb.DuckDBPyConnection], Mapping[str, CheckOutcome]],
) -> list[dg.MaterializeResult | dg.AssetCheckResult]:
    """Replace reference table `table` by its seed file's rows (whichever partition runs: the
    table mirrors the file as it is now), run its checks; return the asset's results."""
    with warehouse.get_connection() as con:
        apply_ddl(con, "marts")
        replace_rows(con, table, {}, frame)
        metadata = table_stats(con, table)
        outcomes = run_checks(con)
    return [dg.MaterializeResult(metadata=metadata), *check_results(outcomes)]


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
