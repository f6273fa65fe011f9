"""The daily job's work as plain suanli function calls: the baseline for orchestration overhead.

Each step does what the corresponding asset does (one warehouse connection per asset, the same
suanli calls, in the job's order, the marts' checks included) minus what exists only for
Dagster: materialization metadata, previews, check results, the event log and the run's
bookkeeping in DAGSTER_HOME.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pandas as pd

from bench.warehouse import connect_warehouse
from suanli.db import apply_ddl, replace_rows
from suanli.settings import Settings, load_settings


@contextmanager
def _connection(settings: Settings) -> Iterator[duckdb.DuckDBPyConnection]:
    """As the WarehouseResource connects (lock retries, memory budget, spill directory)."""
    con = connect_warehouse(settings.warehouse)
    try:
        yield con
    finally:
        con.close()


def _articles(settings: Settings, day: date, extract: bool) -> None:
    from suanli.articles import ingest_articles_dir
    from suanli.sources.articles import web_article_errors, web_article_rows

    now = datetime.now(UTC)
    rows, errors = ingest_articles_dir(settings.articles_dir, now)
    with _connection(settings) as con:
        apply_ddl(con, "articles")
        rows += web_article_rows(con, now)
        errors += web_article_errors(con, day)
        replace_rows(con, "articles", {}, pd.DataFrame(rows))
        replace_rows(
            con, "article_errors", {}, pd.DataFrame(errors, columns=["path", "error", "seen_at"])
        )
        if extract:
            _extract(con, [(row["article_id"], row["raw_text"]) for row in rows])


def _extract(con: duckdb.DuckDBPyConnection, texts: list[tuple[str, str]]) -> None:
    from suanli.entities import EntityIndex
    from suanli.extraction import extract_article

    apply_ddl(con, "article_tables")
    entities = EntityIndex.load()
    parts: dict[str, list[pd.DataFrame]] = {
        "article_quality": [],
        "article_sentences": [],
        "article_quantities": [],
        "article_facts": [],
    }
    for article_id, text in texts:
        result = extract_article(article_id, text, entities)
        parts["article_quality"].append(result.quality)
        parts["article_sentences"].append(result.sentences)
        parts["article_quantities"].append(result.quantities)
        parts["article_facts"].append(result.facts)
    for table, frames in parts.items():
        replace_rows(con, table, {}, pd.concat(frames, ignore_index=True))


def _feeds(settings: Settings, day: date) -> None:
    from suanli.entities import EntityIndex
    from suanli.feeds import (
        FeedError,
        build_session,
        ingest_fx_feed,
        ingest_price_feed,
        load_feed_config,
    )

    config = load_feed_config(settings.feeds_file)
    for feed in (*config.fx_feeds, *config.price_feeds):
        with build_session() as session, _connection(settings) as con:
            try:
                if feed in config.fx_feeds:
                    ingest_fx_feed(con, feed, day, settings.landing_dir, session)
                else:
                    entities = EntityIndex.load()
                    ingest_price_feed(con, feed, day, settings.landing_dir, session, entities)
            except FeedError:
                # A failing feed fails its own asset and the others still run, as in the job.
                pass


def _feed_tables(settings: Settings, day: date) -> None:
    from suanli.feeds import refresh_price_conversions
    from suanli.feeds.checks import (
        latest_usd_cny,
        observation_counts,
        unknown_models_below_half,
        usd_cny_rate_available,
    )

    with _connection(settings) as con:
        apply_ddl(con, "feed_tables")
        usd_cny_rate_available(*latest_usd_cny(con, day))
    with _connection(settings) as con:
        refresh_price_conversions(con)
        counts = observation_counts(con)
        unknown_models_below_half(counts.rows, counts.unknown_model)


def _marts(settings: Settings, day: date) -> None:
    from suanli import marts
    from suanli.marts import (
        ai_server_demand_drivers,
        ai_server_market_growth,
        claims_vs_feeds,
        domestic_substitution_timeline,
        gpu_price_index,
        gpu_price_inflation,
        reference_accelerators,
        reference_ai_server_market,
    )
    from suanli.marts.reference import load_reference_tables

    with _connection(settings) as con:
        load_reference_tables(con)
        reference_accelerators.run_checks(con)
        reference_ai_server_market.run_checks(con)
    # The assets' order and calls: build the slice, replace it, run the table's checks.
    built = [
        (gpu_price_inflation, marts.build_gpu_price_inflation),
        (gpu_price_index, marts.build_gpu_price_index),
        (claims_vs_feeds, marts.build_claims_vs_feeds),
        (ai_server_market_growth, marts.build_ai_server_market_growth),
        (ai_server_demand_drivers, marts.build_ai_server_demand_drivers),
        (domestic_substitution_timeline, marts.build_domestic_substitution_timeline),
    ]
    for module, build in built:
        table = module.__name__.rsplit(".", 1)[-1]
        with _connection(settings) as con:
            replace_rows(con, table, {"as_of": day}, build(con, day))
            module.run_checks(con, day)
    with _connection(settings) as con:
        marts.write_charts(con, day, settings.reports_dir)


def _snapshot(settings: Settings, day: date, run_id: str) -> None:
    from suanli.publish import Publication, publish_snapshot

    with _connection(settings) as con:
        publish_snapshot(
            con,
            database=Path(settings.warehouse),
            snapshots_dir=settings.snapshots_dir,
            publication=Publication(run_id=run_id, partition_start=day, partition_end=day),
            keep=settings.snapshots_kept,
            now=datetime.now(UTC),
        )


def _record_run(settings: Settings, day: date, run_id: str, started: datetime) -> None:
    from suanli.publish import RunRecord, record_run

    record = RunRecord(
        run_id=run_id,
        job_name="daily_job",
        partition_date=day,
        partition_end=day,
        status="success",
        failed_assets=[],
        error=None,
        started_at=started,
        finished_at=datetime.now(UTC),
        recorded_by="bench",
    )
    with _connection(settings) as con:
        record_run(con, record)


def run_daily_plain(day: date, groups: set[str], extract: bool) -> dict[str, float]:
    """Run the steps for the job's asset `groups`; return seconds per step."""
    settings = load_settings()
    run_id = uuid.uuid4().hex
    started = datetime.now(UTC)
    steps: list[tuple[str, Callable[[], None]]] = []
    if "articles" in groups:
        steps.append(("articles", lambda: _articles(settings, day, extract)))
    if "feeds" in groups:
        steps.append(("feeds", lambda: _feeds(settings, day)))
        steps.append(("fx_rates+price_observations", lambda: _feed_tables(settings, day)))
    if "marts" in groups:
        steps.append(("marts", lambda: _marts(settings, day)))
    if "operations" in groups:
        steps.append(("warehouse_snapshot", lambda: _snapshot(settings, day, run_id)))
    steps.append(("pipeline_runs", lambda: _record_run(settings, day, run_id, started)))
    seconds = {}
    for name, step in steps:
        step_started = time.perf_counter()
        step()
        seconds[name] = time.perf_counter() - step_started
    return seconds
