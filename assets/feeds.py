"""Feeds: one asset per configured price or FX feed, then the FX and price tables they fill."""

from datetime import timedelta

import dagster as dg

from assets.common import (
    DAILY_PARTITIONS,
    OWNERS,
    WRITER_POOL,
    ddl_tables,
    partition_date,
    schema_metadata,
    table_stats,
)
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
    refresh_price_conversions,
    session_for,
)
from suanli.feeds.fetch import stored_url
from suanli.feeds.ingest import ensure_feed_tables
from suanli.feeds.urls import politeness_scope
from suanli.settings import load_settings
from suanli.sources.config import load_sources_config
from suanli.sources.status import missing_sources

FEED_FRESHNESS = dg.FreshnessPolicy.time_window(fail_window=timedelta(hours=36))
FEEDS_PREFIX = "feeds"
UNKNOWN_MODELS_BELOW_HALF = "unknown_models_below_half"
MAX_UNKNOWN_MODEL_SHARE = 0.5
FX_HAS_USD_CNY = "usd_cny_rate_available"
PRICES_POSITIVE = "prices_positive"
FEW_REJECTS = "few_rejected_records"
MAX_REJECTED_SHARE = 0.05
ROWS_FROM_CONTENT = "rows_parsed_from_content"


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


def build_feed_asset(feed: PriceFeed | FxFeed) -> dg.AssetsDefinition:
    is_fx = isinstance(feed, FxFeed)
    table = "fx_rates" if is_fx else "price_observations"

    @dg.asset(
        key=feed_asset_key(feed.name),
        description=(
            (f"{feed.description.strip()} " if feed.description else "")
            + f"{'FX rates' if is_fx else 'Prices'} from the `{feed.name}` feed "
            f"({feed.format}, {stored_url(feed.url)}), landed raw and parsed into `{table}`."
        ),
        partitions_def=DAILY_PARTITIONS,
        group_name="feeds",
        kinds={"python", "duckdb", feed.format},
        owners=OWNERS,
        pool=WRITER_POOL,
        freshness_policy=FEED_FRESHNESS,
        metadata={
            "feed": feed.name,
            "format": feed.format,
            "url": stored_url(feed.url),
            # The feed's asset is its slice of the shared table: same columns.
            "dagster/column_schema": ddl_tables("feed_tables")[table],
        },
        check_specs=[
            dg.AssetCheckSpec(
                FEW_REJECTS,
                asset=feed_asset_key(feed.name),
                description=(
                    f"At most {MAX_REJECTED_SHARE:.0%} of the fetched price or rate cells "
                    "are rejected (see rejected_records)."
                ),
            ),
            dg.AssetCheckSpec(
                ROWS_FROM_CONTENT,
                asset=feed_asset_key(feed.name),
                description=(
                    "A fetch with content yields at least one valid "
                    f"{'rate' if is_fx else 'price'}: none means the feed published no data "
                    "today, filtered or rejected all of it, or changed shape."
                ),
            ),
        ],
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
        cells = result.rows_parsed + result.rows_rejected
        rejected_share = result.rows_rejected / cells if cells else 0.0
        yield dg.MaterializeResult(metadata={**_result_metadata(result), **slice_metadata})
        yield dg.AssetCheckResult(
            check_name=FEW_REJECTS,
            passed=rejected_share <= MAX_REJECTED_SHARE,
            severity=dg.AssetCheckSeverity.WARN,
            metadata={"rejected_share": rejected_share, "rows_rejected": result.rows_rejected},
        )
        yield dg.AssetCheckResult(
            check_name=ROWS_FROM_CONTENT,
            passed=result.rows_parsed > 0 or not result.bytes,
            severity=dg.AssetCheckSeverity.WARN,
            metadata={
                "bytes": result.bytes,
                "rows_parsed": result.rows_parsed,
                "rows_rejected": result.rows_rejected,
            },
        )

    return _feed


def feed_assets(feeds_file) -> list[dg.AssetsDefinition]:
    config = load_feed_config(feeds_file)
    return [build_feed_asset(feed) for feed in (*config.fx_feeds, *config.price_feeds)]


def _lineage(table: str, feeds, extra: dict[str, list[dg.TableColumnDep]]) -> dg.TableColumnLineage:
    """Each column of the table comes from the same column of every feed asset feeding it."""
    columns = [c.name for c in ddl_tables("feed_tables")[table].columns]
    deps = {
        column: [
            dg.TableColumnDep(asset_key=feed_asset_key(f.name), column_name=column) for f in feeds
        ]
        + extra.get(column, [])
        for column in columns
    }
    return dg.TableColumnLineage(deps_by_column={c: d for c, d in deps.items() if d})


def feed_tables_assets(feeds_file) -> list[dg.AssetsDefinition]:
    """`fx_rates` and `price_observations`, downstream of every configured feed."""
    config = load_feed_config(feeds_file)

    @dg.asset(
        deps=[feed_asset_key(f.name) for f in config.fx_feeds],
        partitions_def=DAILY_PARTITIONS,
        group_name="feeds",
        kinds={"duckdb"},
        owners=OWNERS,
        pool=WRITER_POOL,
        metadata=schema_metadata("feed_tables", "fx_rates"),
        check_specs=[
            dg.AssetCheckSpec(
                FX_HAS_USD_CNY,
                asset="fx_rates",
                description="A USD→CNY rate is derivable for the partition date or before.",
            )
        ],
    )
    def fx_rates(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
        """FX reference rates from every FX feed, with cross rates (USD↔CNY) in fx_cross_rates."""
        day = partition_date(context)
        with warehouse.get_connection() as con:
            ensure_feed_tables(con)
            metadata = table_stats(
                con, "fx_rates", lineage=_lineage("fx_rates", config.fx_feeds, {})
            )
            latest = con.execute(
                "SELECT max(date), arg_max(rate, date) FROM fx_cross_rates "
                "WHERE base = 'USD' AND quote = 'CNY' AND date <= ?",
                [day],
            ).fetchone()
            missing = missing_sources(con, day)
        yield dg.MaterializeResult(
            metadata={**metadata, "latest_usd_cny": latest[1], "missing_sources": missing}
        )
        yield dg.AssetCheckResult(
            check_name=FX_HAS_USD_CNY,
            passed=latest[0] is not None,
            metadata={"latest_date": str(latest[0]), "usd_cny": latest[1]},
        )

    @dg.asset(
        deps=[fx_rates, *(feed_asset_key(f.name) for f in config.price_feeds)],
        partitions_def=DAILY_PARTITIONS,
        group_name="feeds",
        kinds={"duckdb"},
        owners=OWNERS,
        pool=WRITER_POOL,
        metadata=schema_metadata("feed_tables", "price_observations"),
        check_specs=[
            dg.AssetCheckSpec(
                UNKNOWN_MODELS_BELOW_HALF,
                asset="price_observations",
                description="Most observations resolve to a known GPU or accelerator model.",
            ),
            dg.AssetCheckSpec(
                PRICES_POSITIVE,
                asset="price_observations",
                description="Every stored price is a positive number (bad ones are rejected).",
            ),
        ],
    )
    def price_observations(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
        """Typed GPU price observations from every price feed, converted to USD and CNY."""
        with warehouse.get_connection() as con:
            converted = refresh_price_conversions(con)
            total, unknown, bad, unconverted = con.execute(
                "SELECT count(*), count(*) FILTER (model IS NULL), "
                "count(*) FILTER (NOT (price > 0)), count(*) FILTER (price_usd IS NULL) "
                "FROM price_observations"
            ).fetchone()
            by_feed = con.execute(
                "SELECT feed, count(*) AS rows, count(*) FILTER (model IS NULL) AS unknown_model "
                "FROM price_observations GROUP BY feed ORDER BY feed"
            ).df()
            rate = [dg.TableColumnDep(asset_key=dg.AssetKey("fx_rates"), column_name="rate")]
            lineage = _lineage(
                "price_observations", config.price_feeds, {"price_usd": rate, "price_cny": rate}
            )
            metadata = table_stats(con, "price_observations", lineage=lineage)
            missing = missing_sources(con, partition_date(context))
        unknown_share = unknown / total if total else 0.0
        yield dg.MaterializeResult(
            metadata={
                **metadata,
                "rows_converted": converted,
                "rows_unknown_model": unknown,
                "rows_without_usd": unconverted,
                "rows_by_feed": dg.MetadataValue.md(by_feed.to_markdown(index=False)),
                "missing_sources": missing,
            }
        )
        yield dg.AssetCheckResult(
            check_name=UNKNOWN_MODELS_BELOW_HALF,
            passed=unknown_share < MAX_UNKNOWN_MODEL_SHARE,
            severity=dg.AssetCheckSeverity.WARN,
            metadata={"unknown_model_share": unknown_share, "rows_unknown_model": unknown},
        )
        yield dg.AssetCheckResult(
            check_name=PRICES_POSITIVE, passed=bad == 0, metadata={"non_positive_prices": bad}
        )

    return [fx_rates, price_observations]
