"""Mart logic (no Dagster): one module per mart table, named after it, holding its build_*
(the rows of one as_of partition) and its check_* functions."""

from suanli.marts.ai_server_demand_drivers import build_ai_server_demand_drivers
from suanli.marts.ai_server_market_growth import build_ai_server_market_growth
from suanli.marts.charts import (
    plot_market_growth,
    plot_price_changes,
    plot_price_index,
    plot_substitution_timeline,
    write_charts,
    write_reports_index,
)
from suanli.marts.claims_vs_feeds import build_claims_vs_feeds
from suanli.marts.domestic_substitution_timeline import build_domestic_substitution_timeline
from suanli.marts.gpu_price_index import build_gpu_price_index
from suanli.marts.gpu_price_inflation import build_gpu_price_inflation
from suanli.marts.reference import (
    ReferenceDataError,
    load_accelerators,
    load_ai_server_market,
    load_reference_tables,
    load_substitution_paths,
)

__all__ = [
    "ReferenceDataError",
    "build_ai_server_demand_drivers",
    "build_ai_server_market_growth",
    "build_claims_vs_feeds",
    "build_domestic_substitution_timeline",
    "build_gpu_price_index",
    "build_gpu_price_inflation",
    "load_accelerators",
    "load_ai_server_market",
    "load_reference_tables",
    "load_substitution_paths",
    "plot_market_growth",
    "plot_price_changes",
    "plot_price_index",
    "plot_substitution_timeline",
    "write_charts",
    "write_reports_index",
]
