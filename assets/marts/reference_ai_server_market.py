"""reference_ai_server_market: publishers' AI-server market figures (seed file) as a table."""

import dagster as dg

from assets.common import daily_asset
from assets.marts.shared import mirror_seed, reference_spec
from assets.resources import WarehouseResource
from suanli.marts import load_ai_server_market
from suanli.marts.reference import AI_SERVER_MARKET_PATH, EVERY_ROW_SOURCED
from suanli.marts.reference_ai_server_market import run_checks

TABLE = "reference_ai_server_market"


@daily_asset(
    **reference_spec(
        TABLE,
        AI_SERVER_MARKET_PATH,
        {EVERY_ROW_SOURCED: "Every market figure names its publisher, report and a URL."},
    )
)
def reference_ai_server_market(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """AI-server market sizes and forecasts by other publishers (IDC, Inspur…), one per figure."""
    yield from mirror_seed(warehouse, TABLE, load_ai_server_market(), run_checks)
