"""web_articles: the article sources of the feeds YAML (web feeds and pages), landed as pages.

The asset writes web_articles and, beside it, article_source_fetches, web_article_errors and
web_article_duplicates (suanli.sources.ingest). One asset for every source: a source that fails
records why (article_source_fetches and one article_errors row naming its URL) and fails this
asset, but only after the asset has materialized what the other sources landed, so `articles`
and everything after it still run (the daily job does not require upstream steps to succeed,
only their output).
"""

import importlib.util
from dataclasses import replace

import dagster as dg
import pandas as pd

from assets.common import (
    daily_asset,
    markdown_preview,
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

LIVE_MODULES = ("feedparser", "trafilatura")
SUMMARY_COLUMNS = ["source", "status", "listed", "kept", "seen_before", "new", "failed"]


@daily_asset(kinds={"python", "rss"}, metadata=schema_metadata("article_sources", "web_articles"))
def web_articles(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
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
    summary = pd.DataFrame(results, columns=SUMMARY_COLUMNS)
    yield dg.MaterializeResult(
        metadata={
            **metadata,
            "sources": len(results) + len(failures),
            "articles_new": int(summary["new"].sum()) if len(summary) else 0,
            "items_failed": int(summary["failed"].sum()) if len(summary) else 0,
            "by_source": dg.MetadataValue.md(markdown_preview(summary)),
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
