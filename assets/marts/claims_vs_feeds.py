"""claims_vs_feeds: article price claims beside the nearest feed price of their model."""

import dagster as dg

from assets.common import column_lineage, daily_asset
from assets.marts.shared import (
    ARTICLE_TABLES,
    FEED_TABLES,
    build_mart_slice,
    mart_results,
    mart_spec,
)
from assets.resources import WarehouseResource
from suanli.marts.claims_vs_feeds import (
    EVERY_PRICE_CLAIM_KEPT,
    build_claims_vs_feeds,
    match_counts,
    run_checks,
)

TABLE = "claims_vs_feeds"

UPSTREAM = ARTICLE_TABLES + FEED_TABLES
DEPS = ["article_facts", "articles", "price_observations"]
CHECKS = {
    EVERY_PRICE_CLAIM_KEPT: "Every unit-price claim of the articles appears once, matched or not."
}
LINEAGE = column_lineage(
    {
        "article_id": [("article_facts", "article_id")],
        "fact_id": [("article_facts", "fact_id")],
        "claim_id": [("article_facts", "claim_id")],
        "model": [("article_facts", "subject")],
        "metric": [("article_facts", "metric")],
        "claim_value": [("article_facts", "value")],
        "claim_currency": [("article_facts", "unit")],
        "claim_qualifier": [("article_facts", "qualifier")],
        "claim_date": [
            ("articles", "published_date"),
            ("articles", "published_year"),
            ("article_facts", "value"),
        ],
        "claim_date_precision": [("articles", "published_date")],
        "feed": [("price_observations", "feed")],
        "observed_on": [("price_observations", "observed_on")],
        "observed_price": [
            ("price_observations", "price"),
            ("price_observations", "price_cny"),
            ("price_observations", "price_usd"),
        ],
        "observed_price_native": [("price_observations", "price")],
        "observed_currency": [("price_observations", "currency")],
        "observation_source": [("price_observations", "source")],
        "observation_cites_article": [
            ("price_observations", "source"),
            ("price_observations", "note"),
            ("articles", "path"),
        ],
        "days_apart": [("price_observations", "observed_on"), ("articles", "published_date")],
        "gap_pct": [("article_facts", "value"), ("price_observations", "price")],
    }
)


@daily_asset(**mart_spec(TABLE, DEPS, CHECKS))
def claims_vs_feeds(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Each article price claim beside the nearest feed price of its model, with the gap in %."""
    mart = build_mart_slice(
        context, warehouse, TABLE, UPSTREAM, LINEAGE, run_checks, build_claims_vs_feeds
    )
    yield from mart_results(mart, match_counts(mart.frame))
