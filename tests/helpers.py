"""Helpers more than one test file needs: reading every text value out of a warehouse, asking
the Dagster webserver's GraphQL endpoint, materializing the feed assets of a feeds file, and an
RSS 2.0 feed for the loopback server."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd
import requests

from assets.articles import (
    article_facts,
    article_quality,
    article_quantities,
    article_sentences,
    articles,
)
from assets.feeds import feed_assets, feed_tables_assets
from assets.resources import WarehouseResource
from bench.postgres import free_port
from suanli.paths import PROJECT_ROOT

ASSET_KEYS = "{ assetNodes { assetKey { path } } }"
LAUNCH_BACKFILL = """
mutation($params: LaunchBackfillParams!) {
  launchPartitionBackfill(backfillParams: $params) {
    __typename
    ... on LaunchBackfillSuccess { backfillId }
    ... on PythonError { message }
  }
}
"""


def text_values(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Every VARCHAR or JSON value in every table of the connection's database."""
    values = []
    columns = con.execute(
        "SELECT table_name, column_name FROM duckdb_columns() WHERE data_type IN "
        "('VARCHAR', 'JSON') AND NOT internal AND database_name = current_database()"
    ).fetchall()
    for table, column in columns:
        rows = con.execute(
            f'SELECT DISTINCT "{column}"::VARCHAR FROM "{table}" WHERE "{column}" IS NOT NULL'
        ).fetchall()
        values += [r[0] for r in rows]
    return values


def graphql(base: str, query: str, **variables) -> dict:
    """The query's data from the webserver at `base`; a GraphQL error fails the test."""
    response = requests.post(
        f"{base}/graphql", json={"query": query, "variables": variables}, timeout=120
    )
    response.raise_for_status()
    body = response.json()
    assert "errors" not in body, body["errors"]
    return body["data"]


def materialize_feeds(
    feeds_file: Path, warehouse: Path, dagster_dir: Path, partition_key: str
) -> tuple[list, dg.ExecuteInProcessResult, list[str]]:
    """Every asset of the feeds file materialized for one day on a test instance kept in
    `dagster_dir` (created here), failed steps allowed: (the assets, the result, the run's
    events as Dagster serializes them)."""
    dagster_dir.mkdir()
    with dg.instance_for_test(temp_dir=str(dagster_dir)) as instance:
        assets = [*feed_assets(feeds_file), *feed_tables_assets(feeds_file)]
        result = dg.materialize(
            assets,
            partition_key=partition_key,
            resources={"warehouse": WarehouseResource(database=str(warehouse))},
            instance=instance,
            raise_on_error=False,
        )
        events = [dg.serialize_value(e) for e in instance.all_logs(result.run_id)]
    return assets, result, events


def rss(items: list[tuple[str, str, str]], author: str | None = None) -> bytes:
    """An RSS 2.0 feed of (title, link, pubDate) items, each credited to `author` if given."""
    credit = f"<author>{author}</author>" if author else ""
    entries = "".join(
        f"<item><title>{t}</title><link>{link}</link><pubDate>{d}</pubDate>"
        f"{credit}<description>{t}</description></item>"
        for t, link, d in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>feed</title>'
        f"<link>https://example.org/</link><description>d</description>{entries}</channel></rss>"
    ).encode()


def table_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str, str | None]]:
    """(name, type, comment) of each column of `table` in the connection's database, in order."""
    return con.execute(
        "SELECT column_name, data_type, comment FROM duckdb_columns() "
        "WHERE database_name = current_database() AND table_name = ? ORDER BY column_index",
        [table],
    ).fetchall()


def fact_rows(text: str, published: date = date(2025, 9, 1)) -> list[tuple]:
    """Every fact extracted from `text` as (surface, fact_type, metric, subject, value or
    (low, high), unit, period), NULLs as None: what the single-sentence extraction tests compare."""
    from suanli.entities import EntityIndex
    from suanli.extraction import extract_article

    facts = extract_article("s", text, EntityIndex.load(), published_date=published).facts
    rows = []
    for f in facts.itertuples():
        value = f.value if f.value_low == f.value_high else (f.value_low, f.value_high)
        subject = None if pd.isna(f.subject) else f.subject
        period = None if pd.isna(f.period) else f.period
        rows.append((f.surface, f.fact_type, f.metric, subject, value, f.unit, period))
    return rows


def valued_quantities(sentence: str) -> list:
    """The quantities with a value that the sentence states, read as the quantity stage reads an
    article (normalised, entity names kept whole): what the number-form tests compare."""
    from suanli.entities import EntityIndex
    from suanli.quantities import extract_quantities
    from suanli.text import normalise

    text = normalise(sentence).text
    names = [(s, e) for s, e, _ in EntityIndex.load().find_all(text)]
    return [q for q in extract_quantities(text, names) if q.value is not None]


def periods_by_surface(text: str, published: date) -> dict[str, str | None]:
    """Each extracted fact's period by its surface, NULL as None: what the period tests compare."""
    from suanli.entities import EntityIndex
    from suanli.extraction import extract_article

    facts = extract_article("p", text, EntityIndex.load(), published).facts
    return {f.surface: None if pd.isna(f.period) else str(f.period) for f in facts.itertuples()}


def subject_rows(text: str, published: date = date(2025, 9, 1)) -> list[tuple]:
    """`fact_rows` as (surface, subject, value, unit): what the subject tests compare, the type,
    metric and period pinned elsewhere."""
    return [
        (surface, subject, value, unit)
        for surface, _type, _metric, subject, value, unit, _period in fact_rows(text, published)
    ]


def surface_subjects(text: str, published: date = date(2025, 9, 1)) -> set[tuple]:
    """The (surface, subject) pairs of `text`'s facts: what a test of which figure goes to whom
    compares, rows expected among them."""
    return {row[:2] for row in subject_rows(text, published)}


def typed_rows(text: str, published: date = date(2025, 9, 1)) -> list[tuple]:
    """`fact_rows` as (surface, fact_type, metric, value, unit): what the type and metric tests
    compare, the subject and period pinned elsewhere."""
    return [
        (surface, fact_type, metric, value, unit)
        for surface, fact_type, metric, _subject, value, unit, _period in fact_rows(text, published)
    ]


FACT_ROW_FIELDS = ("surface", "fact_type", "metric", "subject", "value", "unit", "period")


def duration_rows(text: str, published: date) -> list[tuple]:
    """(surface, metric, value, unit) of `text`'s durations."""
    return [
        (surface, metric, value, unit)
        for surface, fact_type, metric, value, unit in typed_rows(text, published)
        if fact_type == "duration"
    ]


def fact_fields(text: str, published: date, *fields: str) -> list[tuple]:
    """`fact_rows` cut to the named fields (of FACT_ROW_FIELDS), in the order named: what a test
    of some of a fact's fields compares."""
    at = [FACT_ROW_FIELDS.index(name) for name in fields]
    return [tuple(row[i] for i in at) for row in fact_rows(text, published)]


def fields_of_type(text: str, published: date, fact_type: str, *fields: str) -> list[tuple]:
    """`fact_fields` of the facts of one type only: what a test of one type's readings compares."""
    at = [FACT_ROW_FIELDS.index(name) for name in fields]
    type_at = FACT_ROW_FIELDS.index("fact_type")
    return [
        tuple(row[i] for i in at) for row in fact_rows(text, published) if row[type_at] == fact_type
    ]


def release_rows(text: str, published: date) -> list[tuple]:
    """The release facts of `text` as (surface, fact_type, subject, period): what the tests of
    launches compare."""
    return fields_of_type(text, published, "release", "surface", "fact_type", "subject", "period")


def measures(text: str, published: date, *fact_types: str) -> list[tuple]:
    """`fact_rows` as (surface, fact_type, metric), of the given fact types only when any are
    named: what the tests of a type and its metric compare."""
    return [
        (surface, fact_type, metric)
        for surface, fact_type, metric, *_ in fact_rows(text, published)
        if not fact_types or fact_type in fact_types
    ]


@contextmanager
def dagster_ui(
    command: list[str],
    log: Path,
    env: dict[str, str] | None = None,
    startup_seconds: float = 300,
    stop_seconds: float = 60,
) -> Iterator[str]:
    """Start `command --port N` (a suanli command serving Dagster's UI) in its own process group,
    wait until its GraphQL lists the assets, and yield its base URL. Stopped with SIGTERM (a
    command that started several processes stops them all), then SIGKILL where SIGTERM was
    ignored."""
    port = free_port()
    with log.open("w") as out:
        process = subprocess.Popen(
            [*command, "--port", str(port)],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + startup_seconds
        while True:
            assert process.poll() is None, log.read_text()[-3000:]
            assert time.monotonic() < deadline, f"{' '.join(command)} did not serve the UI in time"
            try:
                if graphql(base, ASSET_KEYS)["assetNodes"]:
                    break
            except requests.RequestException:
                pass  # not listening yet
            time.sleep(1)
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=stop_seconds)
        except subprocess.TimeoutExpired:  # SIGTERM ignored where the suite was started
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)


ARTICLES_PARTITION = "2026-11-24"


def materialize_articles(database: Path, raise_on_error: bool = True) -> dg.ExecuteInProcessResult:
    return dg.materialize(
        dg.load_assets_from_modules(
            [articles, article_quality, article_sentences, article_quantities, article_facts]
        ),
        resources={"warehouse": WarehouseResource(database=str(database))},
        partition_key=ARTICLES_PARTITION,
        raise_on_error=raise_on_error,
    )


def query(database: Path, sql: str, params=()):
    con = duckdb.connect(str(database), read_only=True)
    try:
        return con.execute(sql, list(params)).df()
    finally:
        con.close()


def materializations(result) -> dict[str, dict]:
    return {
        event.materialization.asset_key.to_user_string(): event.materialization.metadata
        for event in result.get_asset_materialization_events()
    }


def checks(result) -> dict[tuple[str, str], dg.AssetCheckEvaluation]:
    return {
        (c.asset_key.to_user_string(), c.check_name): c
        for c in result.get_asset_check_evaluations()
    }


def break_stage_for(monkeypatch, stage: str, article_id: str) -> None:
    """Make `suanli.extraction.<stage>` raise for one article (and work for the others), as a
    rule that trips over one article's text would."""
    from suanli import extraction

    real = getattr(extraction, stage)

    def breaks(article, *args, **kwargs):
        if article == article_id:
            raise RuntimeError(f"{stage} exploded")
        return real(article, *args, **kwargs)

    monkeypatch.setattr(extraction, stage, breaks)
