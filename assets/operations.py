"""Operations: publishing the read-only snapshot that analysts query."""

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import dagster as dg

from assets.common import DAILY_PARTITIONS, OWNERS, WRITER_POOL, partition_date
from pipelines.resources import WarehouseResource
from pipelines.settings import load_settings
from suanli.publish import list_snapshots, publish_snapshot


def build_snapshot_asset(upstream: Sequence[dg.AssetKey]) -> dg.AssetsDefinition:
    """The snapshot depends on every other asset, so it is published only after a run in which
    all of them succeeded: readers never see a half-refreshed warehouse."""

    @dg.asset(
        deps=list(upstream),
        partitions_def=DAILY_PARTITIONS,
        group_name="operations",
        kinds={"duckdb"},
        owners=OWNERS,
        pool=WRITER_POOL,
    )
    def warehouse_snapshot(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
        """Immutable read-only copy of the warehouse, published atomically for analysts."""
        settings = load_settings()
        if not settings.warehouse_is_local_file:
            return dg.MaterializeResult(
                metadata={"published": False, "reason": "remote warehouses manage their own reads"}
            )
        label = f"{partition_date(context):%Y%m%d}-{context.run_id[:8]}"
        with warehouse.get_connection() as con:
            target = publish_snapshot(
                con,
                database=Path(settings.warehouse),
                snapshots_dir=settings.snapshots_dir,
                label=label,
                keep=settings.snapshots_kept,
                now=datetime.now(UTC),
            )
        return dg.MaterializeResult(
            metadata={
                "published": True,
                "path": dg.MetadataValue.path(str(target)),
                "bytes": target.stat().st_size,
                "snapshots_kept": len(list_snapshots(settings.snapshots_dir)),
            }
        )

    return warehouse_snapshot
