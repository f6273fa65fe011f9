"""ai_server_market_growth: AI-server market size by year and source, with growth."""

from functools import partial

import dagster as dg

from assets.common import column_lineage, daily_asset, markdown_preview
from assets.marts.shared import (
    ARTICLE_TABLES,
    FEED_TABLES,
    build_mart_slice,
    chart,
    mart_results,
    mart_spec,
)
from assets.resources import WarehouseResource
from suanli.marts import plot_market_growth
from suanli.marts.ai_server_market_growth import (
    DEFAULT_PROJECTION_YEARS,
    NO_CONFLICTING_FIGURES_AVERAGED,
    PROJECTIONS_FLAGGED,
    build_ai_server_market_growth,
    run_checks,
    years_with_several_figures,
)
from suanli.marts.charts import MARKET_GROWTH_PNG

TABLE = "ai_server_market_growth"

UPSTREAM = ARTICLE_TABLES + FEED_TABLES + ["reference_ai_server_market"]
DEPS = ["article_facts", "articles", "fx_rates", "reference_ai_server_market"]
CHECKS = {
    NO_CONFLICTING_FIGURES_AVERAGED: "Every stated figure (article fact or reference row) "
    "is its own row with its source; conflicting figures for one year stay side by side, "
    "never averaged.",
    PROJECTIONS_FLAGGED: "Every figure computed here is flagged is_derived, and every "
    "projection is_projection, so no model output passes for a stated figure.",
}
LINEAGE = column_lineage(
    {
        "market": [("article_facts", "subject"), ("reference_ai_server_market", "market")],
        "year": [("article_facts", "period"), ("reference_ai_server_market", "year")],
        "size": [
            ("article_facts", "value"),
            ("reference_ai_server_market", "size"),
            ("reference_ai_server_market", "yoy_growth_pct"),
        ],
        "currency": [("article_facts", "unit"), ("reference_ai_server_market", "currency")],
        "size_usd": [
            ("article_facts", "value"),
            ("reference_ai_server_market", "size"),
            ("fx_rates", "rate"),
        ],
        "fx_usd_per_unit": [("fx_rates", "rate")],
        "yoy_growth_pct": [
            ("article_facts", "value"),
            ("reference_ai_server_market", "yoy_growth_pct"),
        ],
        "cagr_pct": [("article_facts", "value"), ("reference_ai_server_market", "size")],
        "source": [("article_facts", "fact_id"), ("reference_ai_server_market", "row_no")],
        "source_url": [("articles", "source_url"), ("reference_ai_server_market", "source_url")],
        "publisher": [
            ("articles", "normalised_text"),
            ("articles", "author"),
            ("reference_ai_server_market", "publisher"),
        ],
        "is_projection": [("reference_ai_server_market", "is_projection")],
        "note": [
            ("article_facts", "qualifier"),
            ("reference_ai_server_market", "source"),
            ("reference_ai_server_market", "note"),
        ],
    }
)


class MarketGrowthConfig(dg.Config):
    """How far and at what rate article market figures are projected (flagged projections);
    the fields are `build_ai_server_market_growth`'s arguments of the same names."""

    projection_years: int = DEFAULT_PROJECTION_YEARS
    projection_growth_pct: float | None = None  # None: each figure's own stated growth


@daily_asset(**mart_spec(TABLE, DEPS, CHECKS))
def ai_server_market_growth(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource, config: MarketGrowthConfig
):
    """AI-server market size by year and source in CNY and USD, with growth and projections."""
    build = partial(build_ai_server_market_growth, **config.model_dump())
    mart = build_mart_slice(context, warehouse, TABLE, UPSTREAM, LINEAGE, run_checks, build)
    stored, day = mart.stored, mart.day
    yield from mart_results(
        mart,
        {
            **chart(lambda p: plot_market_growth(stored, p, day), MARKET_GROWTH_PNG, day),
            "years_with_several_figures": dg.MetadataValue.md(
                markdown_preview(years_with_several_figures(stored))
            ),
            "projection_years": config.projection_years,
            "projection_growth_pct": "each figure's own stated growth"
            if config.projection_growth_pct is None
            else config.projection_growth_pct,
        },
    )
