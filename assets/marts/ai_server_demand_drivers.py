"""ai_server_demand_drivers: AI-server demand drivers from articles, re-priced at feed prices."""

import dagster as dg

from assets.common import column_lineage, daily_asset, markdown_preview
from assets.marts.shared import (
    ARTICLE_TABLES,
    FEED_TABLES,
    build_mart_slice,
    mart_results,
    mart_spec,
)
from assets.resources import WarehouseResource
from suanli.marts.ai_server_demand_drivers import (
    ARTICLE_DEPLOYMENT_COST_CONSISTENT,
    build_ai_server_demand_drivers,
    driver_summary,
    run_checks,
)

TABLE = "ai_server_demand_drivers"
# An article's arithmetic, not a pipeline fault: a failing check warns.
WARN_ONLY = {ARTICLE_DEPLOYMENT_COST_CONSISTENT}

UPSTREAM = ARTICLE_TABLES + FEED_TABLES
DEPS = ["article_facts", "articles", "price_observations", "fx_rates"]
CHECKS = {
    ARTICLE_DEPLOYMENT_COST_CONSISTENT: "Every deployment cost an article states agrees "
    "with its chips x unit price (3000 A100 x 90000 CNY = 2.7e8 CNY) as the figures are "
    "rounded (suanli.agreement, the rule of the article restatement check)."
}
LINEAGE = column_lineage(
    {
        "driver": [("article_facts", "subject"), ("article_facts", "metric")],
        "subject": [("article_facts", "subject")],
        "metric": [("article_facts", "metric")],
        "value": [("article_facts", "value"), ("price_observations", "price")],
        "unit": [("article_facts", "unit"), ("price_observations", "currency")],
        "value_usd": [
            ("article_facts", "value"),
            ("price_observations", "price_usd"),
            ("fx_rates", "rate"),
        ],
        "qualifier": [("article_facts", "qualifier")],
        "chips": [("article_facts", "value")],
        "unit_price": [("article_facts", "value"), ("price_observations", "price")],
        "unit_price_currency": [("article_facts", "unit"), ("price_observations", "currency")],
        "unit_price_date": [("price_observations", "observed_on")],
        "implied_value": [("article_facts", "value")],
        "is_consistent": [("article_facts", "value")],
        "vs_article_pct": [("article_facts", "value"), ("price_observations", "price_usd")],
        "source": [("article_facts", "fact_id"), ("price_observations", "feed")],
        "clause": [("articles", "normalised_text")],
        "note": [("article_facts", "quote"), ("price_observations", "source")],
    }
)


@daily_asset(**mart_spec(TABLE, DEPS, CHECKS))
def ai_server_demand_drivers(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """AI-server demand drivers from articles, with deployments re-priced at feed prices."""
    mart = build_mart_slice(
        context, warehouse, TABLE, UPSTREAM, LINEAGE, run_checks, build_ai_server_demand_drivers
    )
    drivers = dg.MetadataValue.md(markdown_preview(driver_summary(mart.stored)))
    yield from mart_results(mart, {"drivers": drivers}, WARN_ONLY)
