"""price_observations: the prices of every price feed, converted to USD and CNY.

The rows are written by the price feed assets (`feeds/<name>`, one slice per feed and day, see
`feed.py`); this asset converts the prices still lacking a USD or CNY price with the FX rates now
in the warehouse, and checks the table as a whole.
"""

from collections.abc import Sequence

import dagster as dg

from assets.common import (
    check_result,
    daily_asset,
    markdown_preview,
    partition_date,
    table_spec,
    table_stats,
)
from assets.feeds.feed import columns_from_feeds, feed_asset_key
from assets.resources import WarehouseResource
from suanli.feeds import PriceFeed, refresh_price_conversions
from suanli.feeds.checks import observation_counts, unknown_models_below_half
from suanli.sources.status import missing_sources

UNKNOWN_MODELS_BELOW_HALF = "unknown_models_below_half"


def build_price_observations_asset(
    price_feeds: Sequence[PriceFeed], fx_rates: dg.AssetsDefinition
) -> dg.AssetsDefinition:
    @daily_asset(
        **table_spec(
            "feed_tables",
            "price_observations",
            [fx_rates, *(feed_asset_key(f.name) for f in price_feeds)],
            {
                UNKNOWN_MODELS_BELOW_HALF: "Most observations resolve to a known GPU or "
                "accelerator model."
            },
        )
    )
    def price_observations(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
        """Typed GPU price observations from every price feed (each feed asset writes its own
        slice), converted to USD and CNY here and by the FX feeds."""
        with warehouse.get_connection() as con:
            converted = refresh_price_conversions(con)
            counts = observation_counts(con)
            by_feed = con.execute(
                "SELECT feed, count(*) AS rows, count(*) FILTER (model IS NULL) AS unknown_model "
                "FROM price_observations GROUP BY feed ORDER BY feed"
            ).df()
            rate = [dg.TableColumnDep(asset_key=dg.AssetKey("fx_rates"), column_name="rate")]
            lineage = columns_from_feeds(
                "price_observations", price_feeds, {"price_usd": rate, "price_cny": rate}
            )
            metadata = table_stats(con, "price_observations", lineage=lineage)
            missing = missing_sources(con, partition_date(context))
        yield dg.MaterializeResult(
            metadata={
                **metadata,
                "rows_converted": converted,
                "rows_unknown_model": counts.unknown_model,
                "rows_without_usd": counts.without_usd,
                "rows_by_feed": dg.MetadataValue.md(markdown_preview(by_feed)),
                "missing_sources": missing,
            }
        )
        yield check_result(
            UNKNOWN_MODELS_BELOW_HALF,
            unknown_models_below_half(counts.rows, counts.unknown_model),
            dg.AssetCheckSeverity.WARN,
        )

    return price_observations
