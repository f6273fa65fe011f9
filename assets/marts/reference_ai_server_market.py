"""reference_ai_server_market: publishers' AI-server market figures (seed file) as a table."""

import dagster as dg

from assets.common import daily_asset
from assets.marts.shared import check_results, mirror_seed, reference_spec
from assets.resources import WarehouseResource
from suanli.marts import load_ai_server_market
from suanli.marts.reference import AI_SERVER_MARKET_PATH, EVERY_ROW_SOURCED
from suanli.marts.reference_ai_server_market import run_checks

TABLE = "reference_ai_server_market"


@daily_asset(
    **reference_spec(
        TABLE,
        AI_SERVER_MARKET_PATH,
        [
            dg.AssetCheckSpec(
                EVERY_ROW_SOURCED,
                asset=TABLE,
                description="Every market figure names its publisher, report and a URL.",
            )
        ],
    )
)
def reference_ai_server_market(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """AI-server market sizes and forecasts by other publishers (IDC, Inspur…), one per figure."""
    frame = load_ai_server_market()
    with warehouse.get_connection() as con:
        metadata = mirror_seed(con, TABLE, frame)
        outcomes = run_checks(con)
    yield dg.MaterializeResult(metadata=metadata)
    yield from check_results(outcomes)
