"""fx_rates: the FX rates of every FX feed, as one table with its USD↔CNY check.

The rows are written by the FX feed assets (`feeds/<name>`, one slice per feed and day, see
`feed.py`); this asset is the table as a whole once every FX feed of the day has written: its
lineage, row counts and whether a USD→CNY rate can be derived.
"""

from collections.abc import Sequence

import dagster as dg

from assets.common import check_result, daily_asset, partition_date, table_spec, table_stats
from assets.feeds.feed import columns_from_feeds, feed_asset_key
from assets.resources import WarehouseResource
from suanli.feeds import FxFeed
from suanli.feeds.checks import latest_usd_cny, usd_cny_rate_available
from suanli.feeds.ingest import ensure_feed_tables
from suanli.sources.status import missing_sources

USD_CNY_RATE_AVAILABLE = "usd_cny_rate_available"


def build_fx_rates_asset(fx_feeds: Sequence[FxFeed]) -> dg.AssetsDefinition:
    @daily_asset(
        **table_spec(
            "feed_tables",
            "fx_rates",
            [feed_asset_key(f.name) for f in fx_feeds],
            {
                USD_CNY_RATE_AVAILABLE: "A USD→CNY rate is derivable for the partition "
                "date or before."
            },
        )
    )
    def fx_rates(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
        """FX reference rates from every FX feed (each feed asset writes its own slice), with
        cross rates (USD↔CNY) in fx_cross_rates."""
        day = partition_date(context)
        with warehouse.get_connection() as con:
            ensure_feed_tables(con)
            lineage = columns_from_feeds("fx_rates", fx_feeds, {})
            metadata = table_stats(con, "fx_rates", lineage=lineage)
            latest_date, latest_rate = latest_usd_cny(con, day)
            missing = missing_sources(con, day)
        yield dg.MaterializeResult(
            metadata={**metadata, "latest_usd_cny": latest_rate, "missing_sources": missing}
        )
        yield check_result(USD_CNY_RATE_AVAILABLE, usd_cny_rate_available(latest_date, latest_rate))

    return fx_rates
