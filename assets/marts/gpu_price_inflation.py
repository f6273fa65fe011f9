"""gpu_price_inflation: GPU price changes from article claims and feed windows."""

from functools import partial

import dagster as dg

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
from suanli.marts import plot_price_changes
from suanli.marts.charts import PRICE_CHANGE_PNG
from suanli.marts.gpu_price_inflation import (
    ARTICLE_PCT_CHANGE_CONSISTENT,
    EVERY_FEED_SERIES_HAS_ALL_WINDOWS,
    article_pairs,
    build_gpu_price_inflation,
    run_checks,
)

TABLE = "gpu_price_inflation"

UPSTREAM = ARTICLE_TABLES + FEED_TABLES
DEPS = ["article_facts", "articles", "price_observations", "fx_rates"]
CHECKS = {
    ARTICLE_PCT_CHANGE_CONSISTENT: "Every article price pair's change agrees with the "
    "change the article states, as the figures are rounded (A100 60000 -> 90000 CNY: "
    "+50%, 涨幅超过50%).",
    EVERY_FEED_SERIES_HAS_ALL_WINDOWS: "Every feed price series has its 7d, 30d, 90d, "
    "365d and all windows.",
}
LINEAGE = column_lineage(
    {
        "model": [("article_facts", "subject"), ("price_observations", "model")],
        "market": [("price_observations", "region")],
        "price_kind": [("price_observations", "price_kind")],
        "term": [("price_observations", "term")],
        "currency": [("article_facts", "unit"), ("price_observations", "currency")],
        "source": [("article_facts", "fact_id"), ("price_observations", "feed")],
        "window_days": [("article_facts", "value"), ("price_observations", "observed_on")],
        "start_date": [
            ("articles", "published_date"),
            ("articles", "published_year"),
            ("article_facts", "value"),
            ("price_observations", "observed_on"),
        ],
        "end_date": [
            ("articles", "published_date"),
            ("articles", "published_year"),
            ("price_observations", "observed_on"),
        ],
        "start_price": [("article_facts", "value"), ("price_observations", "price")],
        "end_price": [("article_facts", "value"), ("price_observations", "price")],
        "start_price_usd": [("price_observations", "price_usd"), ("fx_rates", "rate")],
        "end_price_usd": [("price_observations", "price_usd"), ("fx_rates", "rate")],
        "pct_change": [("article_facts", "value"), ("price_observations", "price")],
        "pct_change_usd": [("price_observations", "price_usd"), ("fx_rates", "rate")],
        "annualised_pct": [
            ("article_facts", "value"),
            ("price_observations", "price"),
            ("price_observations", "observed_on"),
        ],
        "daily_compound_pct": [
            ("article_facts", "value"),
            ("price_observations", "price"),
            ("price_observations", "observed_on"),
        ],
        "n_observations": [("article_facts", "fact_id"), ("price_observations", "observed_at")],
        "min_price": [("article_facts", "value"), ("price_observations", "price")],
        "max_price": [("article_facts", "value"), ("price_observations", "price")],
        "stated_pct_change": [("article_facts", "value")],
        "stated_pct_consistent": [("article_facts", "value"), ("article_facts", "qualifier")],
        "date_precision": [("articles", "published_date")],
        "notes": [("article_facts", "qualifier"), ("article_facts", "value")],
        "start_source": [("price_observations", "source")],
        "end_source": [("price_observations", "source")],
    }
)


@daily_asset(**mart_spec(TABLE, DEPS, CHECKS))
def gpu_price_inflation(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource, config: PriceMartConfig
):
    """GPU price changes: article before/after claims and feed windows, with compound rates."""
    build = partial(build_gpu_price_inflation, from_history=config.from_history)
    mart = build_mart_slice(context, warehouse, TABLE, UPSTREAM, LINEAGE, run_checks, build)
    stored, day = mart.stored, mart.day
    yield from mart_results(
        mart,
        {
            **chart(lambda p: plot_price_changes(stored, p, day), PRICE_CHANGE_PNG, day),
            "article_pairs": dg.MetadataValue.md(markdown_preview(article_pairs(stored))),
            "feed_series": mart.outcomes[EVERY_FEED_SERIES_HAS_ALL_WINDOWS].metadata["series"],
        },
    )
