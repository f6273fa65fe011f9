"""feeds/<name>: one asset per configured price or FX feed.

A feed's asset fetches it, lands the raw bytes and writes its slice (feed, partition_date) of
feed_fetches, rejected_records and price_observations or fx_rates in one transaction
(suanli.feeds.ingest): these four tables are written by the feed assets, and `fx_rates` and
`price_observations` (beside this module) take the tables as a whole from there.
"""

from collections.abc import Sequence

import dagster as dg

from assets.common import check_result, daily_asset, partition_date, table_schema, table_stats
from assets.resources import WarehouseResource
from suanli.entities import EntityIndex
from suanli.feeds import (
    FeedError,
    FeedResult,
    FxFeed,
    PriceFeed,
    ingest_fx_feed,
    ingest_price_feed,
    load_feed_config,
    session_for,
)
from suanli.feeds.checks import (
    MAX_REJECTED_SHARE,
    few_rejected_records,
    rows_parsed_from_content,
)
from suanli.feeds.fetch import stored_url
from suanli.feeds.urls import politeness_scope
from suanli.settings import load_settings
from suanli.sources.config import load_sources_config

FEEDS_PREFIX = "feeds"
FEW_REJECTED_RECORDS = "few_rejected_records"
ROWS_PARSED_FROM_CONTENT = "rows_parsed_from_content"


def feed_asset_key(name: str) -> dg.AssetKey:
    return dg.AssetKey([FEEDS_PREFIX, name])


def _result_metadata(result: FeedResult) -> dict[str, object]:
    return {
        "status": result.status,
        "http_status": result.http_status,
        "bytes": result.bytes,
        "sha256": result.sha256,
        "rows_parsed": result.rows_parsed,
        "rows_new": result.rows_new,
        "rows_rejected": result.rows_rejected,
        "rows_unknown_model": result.rows_unknown_model,
        "landing_path": result.landing_path,
    }


def _failure(feed: PriceFeed | FxFeed, error: FeedError) -> dg.Failure:
    """The asset's failure: the scrubbed message, and where the bytes received were kept."""
    metadata = {
        "feed": feed.name,
        "url": stored_url(feed.url),
        "landing_path": getattr(error, "landing_path", None),
        "http_status": getattr(error, "http_status", None),
    }
    return dg.Failure(
        description=str(error), metadata={k: v for k, v in metadata.items() if v is not None}
    )


def _check_specs(feed: PriceFeed | FxFeed, is_fx: bool) -> list[dg.AssetCheckSpec]:
    key = feed_asset_key(feed.name)
    return [
        dg.AssetCheckSpec(
            FEW_REJECTED_RECORDS,
            asset=key,
            description=f"At most {MAX_REJECTED_SHARE:.0%} of the fetched price or rate cells "
            "are rejected (see rejected_records).",
        ),
        dg.AssetCheckSpec(
            ROWS_PARSED_FROM_CONTENT,
            asset=key,
            description="A fetch with content yields at least one valid "
            f"{'rate' if is_fx else 'price'}: none means the feed published no data today, "
            "filtered or rejected all of it, or changed shape.",
        ),
    ]


def build_feed_asset(feed: PriceFeed | FxFeed) -> dg.AssetsDefinition:
    is_fx = isinstance(feed, FxFeed)
    table = "fx_rates" if is_fx else "price_observations"

    @daily_asset(
        key=feed_asset_key(feed.name),
        description=(
            (f"{feed.description.strip()} " if feed.description else "")
            + f"{'FX rates' if is_fx else 'Prices'} from the `{feed.name}` feed "
            f"({feed.format}, {stored_url(feed.url)}), landed raw and written as its slice of "
            f"`{table}`, `feed_fetches` and `rejected_records`."
        ),
        kinds={"python", feed.format},
        metadata={
            "feed": feed.name,
            "format": feed.format,
            "url": stored_url(feed.url),
            # The feed's asset is its slice of the shared table: same columns.
            "dagster/column_schema": table_schema(table),
        },
        check_specs=_check_specs(feed, is_fx),
    )
    def _feed(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
        settings = load_settings()
        day = partition_date(context)
        politeness = load_sources_config(settings.feeds_file).politeness
        with (
            politeness_scope(context.run.run_id, politeness),
            session_for(feed) as session,
            warehouse.get_connection() as con,
        ):
            try:
                if is_fx:
                    result = ingest_fx_feed(con, feed, day, settings.landing_dir, session)
                else:
                    entities = EntityIndex.load()
                    result = ingest_price_feed(
                        con, feed, day, settings.landing_dir, session, entities
                    )
            except FeedError as exc:
                # The failure is already recorded in feed_fetches, raw bytes kept in landing.
                failed = exc
            else:
                failed = None
            slice_metadata = table_stats(con, table, {"feed": feed.name, "partition_date": day})
        if failed is not None:
            # The slice as it stands (what earlier fetches stored) is this asset's output, so a
            # job that continues past failed steps builds the tables after it from what landed;
            # the step itself still fails, naming the feed and the cause.
            yield dg.MaterializeResult(
                metadata={"status": "failed", "error": str(failed), **slice_metadata}
            )
            raise _failure(feed, failed) from failed
        if result.status == "not_modified":
            context.log.info(f"feed {feed.name}: not modified since the last fetch")
        yield dg.MaterializeResult(metadata={**_result_metadata(result), **slice_metadata})
        yield check_result(
            FEW_REJECTED_RECORDS, few_rejected_records(result), dg.AssetCheckSeverity.WARN
        )
        yield check_result(
            ROWS_PARSED_FROM_CONTENT, rows_parsed_from_content(result), dg.AssetCheckSeverity.WARN
        )

    return _feed


def feed_assets(feeds_file) -> list[dg.AssetsDefinition]:
    config = load_feed_config(feeds_file)
    return [build_feed_asset(feed) for feed in (*config.fx_feeds, *config.price_feeds)]


def columns_from_feeds(
    table: str,
    feeds: Sequence[PriceFeed | FxFeed],
    extra: dict[str, list[dg.TableColumnDep]],
) -> dg.TableColumnLineage:
    """Each column of the table comes from the same column of every feed asset feeding it."""
    deps = {
        column.name: [
            dg.TableColumnDep(asset_key=feed_asset_key(f.name), column_name=column.name)
            for f in feeds
        ]
        + extra.get(column.name, [])
        for column in table_schema(table).columns
    }
    return dg.TableColumnLineage(deps_by_column={c: d for c, d in deps.items() if d})
