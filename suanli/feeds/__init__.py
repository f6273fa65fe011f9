"""Configurable price and FX feeds: fetch, land, parse and load into DuckDB (no Dagster here)."""

from suanli.feeds.config import (
    FeedConfig,
    FeedConfigError,
    FxFeed,
    PriceFeed,
    load_feed_config,
)
from suanli.feeds.fetch import FeedError, build_session, session_for
from suanli.feeds.ingest import (
    FeedResult,
    ingest_fx_feed,
    ingest_price_feed,
    refresh_price_conversions,
)

__all__ = [
    "FeedConfig",
    "FeedConfigError",
    "FeedError",
    "FeedResult",
    "FxFeed",
    "PriceFeed",
    "build_session",
    "ingest_fx_feed",
    "ingest_price_feed",
    "load_feed_config",
    "refresh_price_conversions",
    "session_for",
]
