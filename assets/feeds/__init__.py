"""Feeds: one asset per configured price or FX feed (`feed.py`), then the tables they fill,
`fx_rates` and `price_observations`. The assets are built from the feeds YAML, so this area is
loaded by `feed_assets` and `feed_tables_assets` rather than by scanning the package."""

import dagster as dg

from assets.feeds.feed import (
    FEW_REJECTED_RECORDS,
    ROWS_PARSED_FROM_CONTENT,
    feed_asset_key,
    feed_assets,
)
from assets.feeds.fx_rates import build_fx_rates_asset
from assets.feeds.price_observations import build_price_observations_asset
from suanli.feeds import load_feed_config

__all__ = [
    "FEW_REJECTED_RECORDS",
    "ROWS_PARSED_FROM_CONTENT",
    "feed_asset_key",
    "feed_assets",
    "feed_tables_assets",
]


def feed_tables_assets(feeds_file) -> list[dg.AssetsDefinition]:
    """`fx_rates` and `price_observations`, downstream of every configured feed."""
    config = load_feed_config(feeds_file)
    fx_rates = build_fx_rates_asset(config.fx_feeds)
    return [fx_rates, build_price_observations_asset(config.price_feeds, fx_rates)]
