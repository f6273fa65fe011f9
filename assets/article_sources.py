"""Article sources: web feeds and pages configured in the feeds YAML, landed as web articles.

One asset for every source: a source that fails records why (article_source_fetches and one
article_errors row naming its URL) and fails this asset, but only after the asset has
materialized what the other sources landed, so `articles` and everything after it still run
(the daily job does not require upstream steps to succeed, only their output).
"""

import importlib.util
from dataclasses import replace
from datetime import timedelta

import dagster as dg
import pandas as pd

from assets.common import (
    DAILY_PARTITIONS,
    OWNERS,
    WRITER_POOL,
    column_lineage,
    partition_date,
    schema_metadata,
    table_stats,
)
from assets.resources import WarehouseResource
from suanli.feeds import build_session
from suanli.feeds.urls import politeness_scope
from suanli.settings import load_settings
from suanli.sources.config import load_sources_config
from suanli.sources.ingest import SourceFailed, ensure_source_tables, ingest_article_source
from suanli.sources.pages import Robots, page_session, robots_session

ARTICLE_SOURCES = "article_sources"
LIVE_MODULES = ("feedparser", "trafilatura")
SOURCES_FRESHNESS = dg.FreshnessPolicy.time_window(fail_window=timedelta(hours=36))


def _web(*columns: str) -> list[tuple[str, str]]:
    return [(ARTICLE_SOURCES, column) for column in columns]


# Which web_articles columns each `articles` column comes from, for the web articles in it.
ARTICLES_FROM_WEB = column_lineage(
    {
        "article_id": _web("source", "url"),
        "path": _web("landing_path"),
        "sha256": _web("page_sha256"),
        "bytes": _web("page_bytes"),
        "encoding": _web("encoding"),
        "raw_text": _web("text"),
        "normalised_text": _web("text"),
        "offset_map": _web("text"),
        "garbled_span_count": _web("text"),
        "title": _web("title"),
        "author": _web("author"),
        "language": _web("text"),
        "published_year": _web("published_date"),
        "published_date": _web("published_date"),
        "date_precision": _web("published_date"),
        "date_note": _web("date_source"),
        "source_note": _web("source"),
        "source_url": _web("url"),
    }
)


@dg.asset(
    name=ARTICLE_SOURCES,
    partitions_def=DAILY_PARTITIONS,
    group_name="articles",
    kinds={"python", "duckdb", "rss"},
    owners=OWNERS,
    pool=WRITER_POOL,
    freshness_policy=SOURCES_FRESHNESS,
    metadata=schema_metadata("article_sources", "web_articles"),
)
def article_sources(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Web articles from every `article_sources` entry of the feeds YAML: each new item's page
    landed raw with its sha256 and its main text extracted (trafilatura), once across days."""
    settings = load_settings()
    config = load_sources_config(settings.feeds_file)
    day = partition_date(context)
    results, failures = [], []
    # feedparser and trafilatura come with the `live` extra; the offline default needs neither.
    absent = [m for m in LIVE_MODULES if importlib.util.find_spec(m) is None]
    if absent and config.article_sources:
        failures = [
            {
                "source": source.name,
                "error": f"article source {source.name}: {', '.join(absent)} not installed; "
                "install the live extra: pip install -e '.[live]'",
            }
            for source in config.article_sources
        ]
        config = replace(config, article_sources=())
    with politeness_scope(context.run.run_id, config.politeness), robots_session() as robots_http:
        robots = Robots(robots_http)
        with warehouse.get_connection() as con:
            ensure_source_tables(con)
            for source in config.article_sources:
                with (
                    build_session(
                        total=source.fetch_source.retries,
                        backoff_factor=source.fetch_source.retry_backoff,
                    ) as session,
                    page_session(source) as pages,
                ):
                    try:
                        result = ingest_article_source(
                            con, source, day, settings.landing_dir, session, pages, robots
                        )
                    except SourceFailed as exc:
                        context.log.error(str(exc))
                        failures.append({"source": source.name, "error": str(exc)})
                        continue
                results.append(
                    {
                        "source": result.source,
                        "status": result.status,
                        "listed": result.items_listed,
                        "kept": result.items_kept,
                        "seen_before": result.items_seen,
                        "new": result.items_new,
                        "failed": result.items_failed,
                    }
                )
            metadata = table_stats(con, "web_articles", {"partition_date": day})
    summary = pd.DataFrame(results, columns=["source", "status", "listed", "kept",
                                             "seen_before", "new", "failed"])  # fmt: skip
    yield dg.MaterializeResult(
        metadata={
            **metadata,
            "sources": len(results) + len(failures),
            "articles_new": int(summary["new"].sum()) if len(summary) else 0,
            "items_failed": int(summary["failed"].sum()) if len(summary) else 0,
            "by_source": dg.MetadataValue.md(
                summary.to_markdown(index=False) if len(summary) else "_no sources_"
            ),
            "missing_sources": [f["source"] for f in failures],
        }
    )
    if failures:
        # Raised after the materialization: the step fails, naming the sources, while what the
        # other sources landed is already there for `articles`.
        raise dg.Failure(
            description="; ".join(f["error"] for f in failures),
            metadata={"missing_sources": [f["source"] for f in failures]},
        )
