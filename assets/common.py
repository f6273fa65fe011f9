"""What every suanli asset shares: partitions, the writer pool, table metadata, check results."""

from collections.abc import Callable, Mapping, Sequence
from datetime import timedelta
from itertools import islice

import dagster as dg
import duckdb
import pandas as pd

from suanli.checks import CheckOutcome
from suanli.db import quote_ident
from suanli.schema_docs import declared_relations

PARTITIONS_START = "2023-01-01"
TIMEZONE = "Asia/Shanghai"
# end_offset=1: the schedule's 06:00 tick targets today's partition, because a feed's partition
# date is its fetch date.
DAILY_PARTITIONS = dg.DailyPartitionsDefinition(
    start_date=PARTITIONS_START, timezone=TIMEZONE, end_offset=1
)
WRITER_POOL = "duckdb_writer"
OWNERS = ["team:suanli-data"]
PREVIEW_ROWS = 10
PREVIEW_CHARS = 80
# How many rows of a check's table (the facts, feeds or prices at fault) the UI lists.
MAX_LISTED_ROWS = 20
# Every asset is refreshed by the daily job, which runs at 06:00 Asia/Shanghai and takes minutes:
# warn when an asset is 2 hours past its next daily run (26 h); fail at 36 h, when a whole day's
# run has been missed and half a working day has passed without a rerun.
DAILY_FRESHNESS = dg.FreshnessPolicy.time_window(
    fail_window=timedelta(hours=36), warn_window=timedelta(hours=26)
)
# Every asset writes the DuckDB warehouse; an asset adds what else it is (python, a feed format).
WAREHOUSE_KINDS = frozenset({"duckdb"})


def daily_asset(**kwargs) -> Callable[..., dg.AssetsDefinition]:
    """`dg.asset` on the daily partitions in the writer pool: what an asset spec cannot carry.
    Group, owners, kinds and the freshness policy are applied to every asset at once by
    `pipelines.definitions` (map over the specs)."""
    return dg.asset(partitions_def=DAILY_PARTITIONS, pool=WRITER_POOL, **kwargs)


def table_schema(table: str) -> dg.TableSchema:
    """The table's columns as its DDL declares them (read back from DuckDB): name, type, comment,
    nullability."""
    return dg.TableSchema(
        columns=[
            dg.TableColumn(
                name=column.name,
                type=column.data_type,
                description=column.comment,
                constraints=dg.TableColumnConstraints(nullable=column.nullable),
            )
            for column in declared_relations()[table].columns
        ]
    )


def schema_metadata(ddl_file: str, table: str) -> dict[str, object]:
    """Definition-time metadata: the column schema of `table`, declared in
    `warehouse/sql/ddl/<ddl_file>.sql`, and its name in the warehouse."""
    declared_in = declared_relations()[table].ddl_file
    if declared_in != ddl_file:
        raise ValueError(f"table {table} is declared in {declared_in}.sql, not {ddl_file}.sql")
    return {
        "dagster/column_schema": table_schema(table),
        "dagster/table_name": f"warehouse.main.{table}",
    }


def table_spec(
    ddl_file: str, table: str, deps: Sequence, checks: Mapping[str, str], **more
) -> dict[str, object]:
    """Arguments of `daily_asset` for the asset writing `table`: its upstream `deps`, the schema
    `warehouse/sql/ddl/<ddl_file>.sql` declares, and its checks as `{name: description}`."""
    return {
        "deps": list(deps),
        "metadata": schema_metadata(ddl_file, table),
        "check_specs": [
            dg.AssetCheckSpec(name, asset=table, description=description)
            for name, description in checks.items()
        ],
        **more,
    }


def column_lineage(deps: Mapping[str, Sequence[tuple[str, str]]]) -> dg.TableColumnLineage:
    """`{output column: [(upstream asset, upstream column), …]}` as Dagster column lineage."""
    return dg.TableColumnLineage(
        deps_by_column={
            column: [dg.TableColumnDep(asset_key=dg.AssetKey(a), column_name=c) for a, c in sources]
            for column, sources in deps.items()
        }
    )


def table_stats(
    con: duckdb.DuckDBPyConnection,
    table: str,
    where: Mapping[str, object] | None = None,
    lineage: dg.TableColumnLineage | None = None,
) -> dict[str, object]:
    """Runtime metadata: row count (whole table and, with `where`, the slice just written),
    column lineage, and a markdown preview of the slice."""
    name = quote_ident(table)
    conditions = " AND ".join(f"{quote_ident(c)} = ?" for c in (where or {})) or "TRUE"
    params = list((where or {}).values())
    row_count = con.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
    slice_count = con.execute(f"SELECT count(*) FROM {name} WHERE {conditions}", params).fetchone()[
        0
    ]
    preview = con.execute(
        f"SELECT {_preview_columns(con, name)} FROM {name} WHERE {conditions} LIMIT {PREVIEW_ROWS}",
        params,
    ).df()
    metadata: dict[str, object] = {
        "dagster/row_count": row_count,
        "preview": dg.MetadataValue.md(markdown_preview(preview)),
    }
    if where:
        metadata["dagster/partition_row_count"] = slice_count
    if lineage is not None:
        metadata["dagster/column_lineage"] = lineage
    return metadata


def _preview_columns(con: duckdb.DuckDBPyConnection, name: str) -> str:
    """Every column, with text and lists cut in SQL to just over what the preview shows: an
    article's raw text and offset map can be megabytes, and fetching them whole into Python only
    to cut them cost up to seconds per asset."""
    relation = con.sql(f"SELECT * FROM {name}")
    columns = []
    for column, column_type in zip(relation.columns, relation.types, strict=True):
        quoted = '"' + column.replace('"', '""') + '"'
        if column_type.id == "varchar":
            columns.append(f"left({quoted}, {PREVIEW_CHARS + 1}) AS {quoted}")
        elif column_type.id == "list":
            # Each element prints as at least one character and a separator.
            columns.append(f"{quoted}[1:{PREVIEW_CHARS + 1}] AS {quoted}")
        else:
            columns.append(quoted)
    return ", ".join(columns)


def markdown_preview(frame: pd.DataFrame, max_chars: int = PREVIEW_CHARS) -> str:
    """A few rows as a markdown table, long text cut so the UI stays readable."""
    if frame.empty:
        return "_no rows_"

    def shorten(value: object) -> object:
        text = value if isinstance(value, str) else None
        if text is None and hasattr(value, "__len__") and not isinstance(value, bytes):
            # Enough elements to fill max_chars, not the whole (possibly huge) list; numpy
            # scalars as plain numbers (12, not np.int32(12)).
            head = islice(value, max_chars + 1)
            text = str([item.item() if hasattr(item, "item") else item for item in head])
        if text is None or len(text) <= max_chars:
            return value
        return text[:max_chars] + "…"

    return frame.map(shorten).to_markdown(index=False)


def partition_date(context: dg.AssetExecutionContext):
    """The partition's calendar date (a DATE in every table), from the partition time window."""
    return context.partition_time_window.start.date()


def check_result(
    name: str,
    outcome: CheckOutcome,
    severity: dg.AssetCheckSeverity = dg.AssetCheckSeverity.ERROR,
) -> dg.AssetCheckResult:
    """The Dagster result of check `name` from a pure check's outcome: its metadata as is, each
    of its tables as markdown (the first MAX_LISTED_ROWS rows, "none" when it is empty)."""
    metadata: dict[str, object] = dict(outcome.metadata)
    for table, rows in outcome.tables.items():
        frame = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(list(rows))
        metadata[table] = dg.MetadataValue.md(
            markdown_preview(frame.head(MAX_LISTED_ROWS)) if len(frame) else "none"
        )
    return dg.AssetCheckResult(
        check_name=name, passed=bool(outcome.passed), severity=severity, metadata=metadata
    )
