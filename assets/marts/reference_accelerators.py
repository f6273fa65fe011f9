"""reference_accelerators: the accelerator specifications seed file as a table."""

import dagster as dg

from assets.common import (
    DAILY_PARTITIONS,
    OWNERS,
    WRITER_POOL,
    check_result,
    schema_metadata,
    table_stats,
)
from assets.marts.shared import GROUP, MART_FRESHNESS
from assets.resources import WarehouseResource
from suanli.db import apply_ddl, replace_rows
from suanli.marts import load_accelerators
from suanli.marts.reference import ACCELERATORS_PATH, EVERY_ROW_SOURCED
from suanli.marts.reference_accelerators import NVIDIA_REFERENCES_PRESENT, run_checks
from suanli.paths import PROJECT_ROOT

TABLE = "reference_accelerators"


@dg.asset(
    name=TABLE,
    partitions_def=DAILY_PARTITIONS,
    group_name=GROUP,
    kinds={"python", "duckdb", "csv"},
    owners=OWNERS,
    pool=WRITER_POOL,
    freshness_policy=MART_FRESHNESS,
    metadata={
        **schema_metadata("marts", TABLE),
        "source_file": dg.MetadataValue.path(str(ACCELERATORS_PATH.relative_to(PROJECT_ROOT))),
    },
    check_specs=[
        dg.AssetCheckSpec(
            EVERY_ROW_SOURCED,
            asset=TABLE,
            description="Every accelerator row names its publisher and document and a URL.",
        ),
        dg.AssetCheckSpec(
            NVIDIA_REFERENCES_PRESENT,
            asset=TABLE,
            description="The NVIDIA A100 and H100 are listed with dense FP16 figures: every "
            "ratio needs them.",
        ),
    ],
)
def reference_accelerators(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Accelerator specifications (FP16/BF16/INT8/FP64, memory, power) with their sources."""
    frame = load_accelerators()
    with warehouse.get_connection() as con:
        apply_ddl(con, "marts")
        # The table mirrors the seed file as it is now, whichever partition runs.
        replace_rows(con, TABLE, {}, frame)
        metadata = table_stats(con, TABLE)
        outcomes = run_checks(con)
    yield dg.MaterializeResult(metadata=metadata)
    for name, outcome in outcomes.items():
        yield check_result(name, outcome)
