"""Mart logic (no Dagster): each build_* returns the rows of one mart for one as_of partition."""

from suanli.marts.charts import (
    plot_market_growth,
    plot_price_changes,
    plot_price_index,
    plot_substitution_timeline,
    write_charts,
    write_reports_index,
)
from suanli.marts.market import build_ai_server_demand_drivers, build_ai_server_market_growth
from suanli.marts.prices import (
    build_claims_vs_feeds,
    build_gpu_price_index,
    build_gpu_price_inflation,
)
from suanli.marts.reference import (
    ReferenceDataError,
    load_accelerators,
    load_ai_server_market,
    load_reference_tables,
    load_substitution_paths,
)
from suanli.marts.substitution import build_domestic_substitution_timeline

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
