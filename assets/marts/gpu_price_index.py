"""gpu_price_index: the daily chain-linked USD GPU price index."""

from datetime import date
from functools import partial

import dagster as dg
import duckdb

from assets.common import column_lineage, daily_asset, markdown_preview
from assets.marts.shared import (
    ARTICLE_TABLES,
    FEED_TABLES,
    PriceMartConfig,
    build_mart_slice,
    chart,
    mart_results,
    mart_spec,
)
from assets.resources import WarehouseResource
from suanli.marts import plot_price_index
from suanli.marts.charts import PRICE_INDEX_PNG
from suanli.marts.gpu_price_index import (
    INDEX_STARTS_AT_100,
    build_gpu_price_index,
    gpu_price_index_as_of,
    levels_on,
    run_checks,
)
from suanli.marts.inputs import claimed_models
from suanli.marts.sql import missing_tables

TABLE = "gpu_price_index"

UPSTREAM = FEED_TABLES
DEPS = ["price_observations", "fx_rates", "article_facts", "articles"]
CHECKS = {
    INDEX_STARTS_AT_100: "Every index series starts at exactly 100 on its first observed day."
}
LINEAGE = column_lineage(
    {
        "model": [("price_observations", "model")],
        "price_kind": [("price_observations", "price_kind")],
        "term": [("price_observations", "term")],
        "date": [("price_observations", "observed_on")],
        "index_value": [("price_observations", "price_usd"), ("price_observations", "feed")],
        "mom_pct": [("price_observations", "price_usd"), ("price_observations", "observed_on")],
        "yoy_pct": [("price_observations", "price_usd"), ("price_observations", "observed_on")],
        "price_usd": [("price_observations", "price_usd"), ("fx_rates", "rate")],
        "n_observations": [("price_observations", "observed_at")],
        "n_series_linked": [("price_observations", "feed"), ("price_observations", "vendor")],
        "is_carried_forward": [("price_observations", "observed_on")],
    }
)


def _chart_inputs(con: duckdb.DuckDBPyConnection, day: date, _stored) -> tuple:
    """The index as of `day`, and the models the articles price first (the chart names them;
    articles are optional here)."""
    models = claimed_models(con, day) if not missing_tables(con, ARTICLE_TABLES) else []
    return gpu_price_index_as_of(con, day), models


@daily_asset(**mart_spec(TABLE, DEPS, CHECKS))
def gpu_price_index(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource, config: PriceMartConfig
):
    """Daily chain-linked USD GPU price index (first day = 100) with MoM and YoY change."""
    build = partial(build_gpu_price_index, from_history=config.from_history)
    mart = build_mart_slice(
        context, warehouse, TABLE, UPSTREAM, LINEAGE, run_checks, build, _chart_inputs
    )
    index, models = mart.read
    day = mart.day
    yield from mart_results(
        mart,
        {
            **chart(lambda p: plot_price_index(index, p, day, models), PRICE_INDEX_PNG, day),
            "series": mart.outcomes[INDEX_STARTS_AT_100].metadata["series"],
            "days_computed": int(mart.frame["date"].nunique()),
            "levels_on_as_of": dg.MetadataValue.md(markdown_preview(levels_on(mart.frame, day))),
        },
    )
