"""warehouse_snapshot: publishing the read-only snapshot that analysts query.

Also writes published_snapshots (suanli.publish), one row per snapshot, carried in the snapshot.
"""

from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

import dagster as dg
import duckdb

from assets.common import check_result, daily_asset
from assets.resources import WarehouseResource
from suanli.checks import CheckOutcome
from suanli.publish import (
    Publication,
    list_snapshots,
    publish_snapshot,
    snapshot_matches_warehouse,
    table_row_counts,
)
from suanli.settings import load_settings

SNAPSHOT_MATCHES_WAREHOUSE = "snapshot_matches_warehouse"


def build_snapshot_asset(upstream: Sequence[dg.AssetKey]) -> dg.AssetsDefinition:
    """The snapshot depends on every other asset and is published only after a run in which all
    of them succeeded: readers never see a half-refreshed warehouse. (The daily job still runs it
    after a failed source; it then records why it did not publish.)

    It keeps the daily assets' backfill policy (one partition per run), so each day of a backfill
    is one run that ends with its snapshot; a single-run policy here alone would split every day
    into two runs, because Dagster never puts assets with different policies in one run.
    """
    publishes = load_settings().warehouse_is_local_file

    @daily_asset(
        deps=list(upstream),
        check_specs=[
            dg.AssetCheckSpec(
                SNAPSHOT_MATCHES_WAREHOUSE,
                asset="warehouse_snapshot",
                description="The published snapshot opens read-only and holds exactly the rows "
                "of every warehouse table at publication.",
            )
        ]
        if publishes
        else [],
    )
    def warehouse_snapshot(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
        """Immutable read-only copy of the warehouse, published atomically for analysts."""
        settings = load_settings()
        if not publishes:
            yield dg.MaterializeResult(
                metadata={
                    "published": False,
                    "reason": "remote warehouses (md:, ducklake:) serve concurrent readers "
                    "themselves; analysts connect to them read-only",
                }
            )
            return
        failed = sorted(
            record.event_log_entry.step_key
            for record in context.instance.get_records_for_run(
                context.run.run_id, of_type=dg.DagsterEventType.STEP_FAILURE
            ).records
        )
        if failed:
            # The daily job builds everything else past a failed source; analysts keep reading
            # the last snapshot of a run in which every step succeeded.
            reason = "steps failed in this run: " + ", ".join(failed)
            context.log.warning(f"snapshot not published: {reason}")
            yield dg.MaterializeResult(metadata={"published": False, "reason": reason})
            # Nothing was published to compare; the warning says so on the check itself.
            yield check_result(
                SNAPSHOT_MATCHES_WAREHOUSE,
                CheckOutcome(passed=False, metadata={"published": False, "reason": reason}),
                dg.AssetCheckSeverity.WARN,
            )
            return
        keys = context.partition_key_range
        publication = Publication(
            run_id=context.run.run_id,
            partition_start=date.fromisoformat(keys.start),
            partition_end=date.fromisoformat(keys.end),
        )
        with warehouse.get_connection() as con:
            target = publish_snapshot(
                con,
                database=Path(settings.warehouse),
                snapshots_dir=settings.snapshots_dir,
                publication=publication,
                keep=settings.snapshots_kept,
                now=datetime.now(UTC),
            )
            live_counts = table_row_counts(con)
        snapshot = duckdb.connect(str(target), read_only=True)
        try:
            snapshot_counts = table_row_counts(snapshot)
        finally:
            snapshot.close()
        yield dg.MaterializeResult(
            metadata={
                "published": True,
                "path": dg.MetadataValue.path(str(target)),
                "bytes": target.stat().st_size,
                "partition_range": f"{keys.start}…{keys.end}",
                "snapshots_kept": len(list_snapshots(settings.snapshots_dir)),
                "tables": len(snapshot_counts),
            }
        )
        yield check_result(
            SNAPSHOT_MATCHES_WAREHOUSE, snapshot_matches_warehouse(live_counts, snapshot_counts)
        )

    return warehouse_snapshot
