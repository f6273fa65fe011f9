"""reference_ai_server_market: publishers' AI-server market figures (seed file) as a table."""

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
from suanli.marts import load_ai_server_market
from suanli.marts.reference import AI_SERVER_MARKET_PATH, EVERY_ROW_SOURCED
from suanli.marts.reference_ai_server_market import run_checks
from suanli.paths import PROJECT_ROOT

TABLE = "reference_ai_server_market"


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
        "source_file": dg.MetadataValue.path(str(AI_SERVER_MARKET_PATH.relative_to(PROJECT_ROOT))),
    },
    check_specs=[
        dg.AssetCheckSpec(
            EVERY_ROW_SOURCED,
            asset=TABLE,
            description="Every market figure names its publisher, report and a URL.",
        )
    ],
)
def reference_ai_server_market(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """AI-server market sizes and forecasts by other publishers (IDC, Inspur…), one per figure."""
    frame = load_ai_server_market()
    with warehouse.get_connection() as con:
        apply_ddl(con, "marts")
        replace_rows(con, TABLE, {}, frame)
        metadata = table_stats(con, TABLE)
        outcomes = run_checks(con)
    yield dg.MaterializeResult(metadata=metadata)
    for name, outcome in outcomes.items():
        yield check_result(name, outcome)
