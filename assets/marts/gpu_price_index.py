"""gpu_price_index: the daily chain-linked USD GPU price index."""

import dagster as dg

from assets.common import column_lineage, daily_asset, markdown_preview, partition_date
from assets.marts.shared import (
    ARTICLE_TABLES,
    FEED_TABLES,
    PriceMartConfig,
    chart,
    check_results,
    mart_spec,
    require_upstream,
    write_slice,
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


@daily_asset(
    **mart_spec(
        TABLE,
        ["price_observations", "fx_rates", "article_facts", "articles"],
        [
            dg.AssetCheckSpec(
                INDEX_STARTS_AT_100,
                asset=TABLE,
                description="Every index series starts at exactly 100 on its first observed day.",
            )
        ],
    )
)
def gpu_price_index(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource, config: PriceMartConfig
):
    """Daily chain-linked USD GPU price index (first day = 100) with MoM and YoY change."""
    day = partition_date(context)
    with warehouse.get_connection() as con:
        require_upstream(con, FEED_TABLES, TABLE)
        frame = build_gpu_price_index(con, day, config.from_history)
        metadata = write_slice(con, TABLE, day, frame, LINEAGE)
        index = gpu_price_index_as_of(con, day)
        # The chart names the models the articles price first; articles are optional here.
        models = claimed_models(con, day) if not missing_tables(con, ARTICLE_TABLES) else []
        outcomes = run_checks(con, day)
    yield dg.MaterializeResult(
        metadata={
            **metadata,
            **chart(lambda p: plot_price_index(index, p, day, models), PRICE_INDEX_PNG, day),
            "series": outcomes[INDEX_STARTS_AT_100].metadata["series"],
            "days_computed": int(frame["date"].nunique()),
            "levels_on_as_of": dg.MetadataValue.md(markdown_preview(levels_on(frame, day))),
        }
    )
    yield from check_results(outcomes)
