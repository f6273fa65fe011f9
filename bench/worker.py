"""One measurement per process: `python -m bench.worker TASK ARGS.json`.

Each task does its untimed setup (copying a warehouse, loading data), times only the work being
compared, and prints one JSON line: `seconds` plus whatever else the table needs. Peak RSS is
the process's own high-water mark, written at exit by bench.peak (imports included);
`rss_start` (the resident size when timing began) shows how much of that the work itself added.
suanli's contenders connect to the warehouse as production does (bench.warehouse: the memory
budget and spill directory of the WarehouseResource); the floor and pandas contenders use
DuckDB's own defaults.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from contextlib import closing, contextmanager
from datetime import date
from pathlib import Path
from typing import Any

TASKS: dict[str, Callable[[dict], dict]] = {}


def task(function: Callable[[dict], dict]) -> Callable[[dict], dict]:
    TASKS[function.__name__] = function
    return function


def rss_bytes() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


class Phases:
    """Wall time per named phase; phases may repeat and are summed."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    @contextmanager
    def __call__(self, name: str):
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] += time.perf_counter() - started

    def wrap(self, module: Any, attribute: str, name: str) -> None:
        """Time every call of `module.attribute` under `name` (the module's own binding)."""
        original = getattr(module, attribute)

        def timed(*args, **kwargs):
            with self(name):
                return original(*args, **kwargs)

        setattr(module, attribute, timed)


# --- 1. feed ingestion -------------------------------------------------------------------------


def _download(url: str, target: Path) -> Path:
    """Plain streamed GET to disk, what `curl -o` does: the transfer half of the HTTP floor."""
    import requests

    with requests.get(url, stream=True, timeout=(5, 300)) as response:
        response.raise_for_status()
        with target.open("wb") as out:
            for chunk in response.iter_content(1 << 20):
                out.write(chunk)
    return target


@task
def fx_template(args: dict) -> dict:
    """A warehouse with the feed tables and the seed ECB history loaded by suanli, so price
    ingestion converts to USD/CNY as it does in production."""
    from bench.warehouse import connect_warehouse
    from suanli.feeds import build_session, ingest_fx_feed, load_feed_config

    workdir = Path(args["workdir"])
    config = load_feed_config()
    con = connect_warehouse(args["database"])
    try:
        with build_session() as session:
            for feed in config.fx_feeds:
                ingest_fx_feed(con, feed, date.fromisoformat(args["day"]), workdir, session)
        rates = con.execute("SELECT count(*) FROM fx_rates").fetchone()[0]
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return {"seconds": 0.0, "fx_rates": rates}


@task
def feed_suanli(args: dict) -> dict:
    """suanli's ingest_price_feed: fetch, land (+sha256), parse, validate, convert, load."""
    from bench.datagen import price_feed_config
    from bench.warehouse import connect_warehouse
    from suanli.entities import EntityIndex
    from suanli.feeds import build_session, ingest, ingest_price_feed
    from suanli.feeds.config import parse_feed_config

    workdir = Path(args["workdir"])
    database = workdir / "warehouse.duckdb"
    shutil.copyfile(args["template"], database)
    # A re-delivery shares the first load's landing area, so its validators still vouch for
    # bytes on disk and an HTTP server may answer 304.
    landing = Path(args.get("landing") or workdir / "landing")
    feed = parse_feed_config(
        {"price_feeds": [price_feed_config(args["url"])]}, workdir
    ).price_feeds[0]
    phases = Phases()
    phases.wrap(ingest, "fetch", "fetch_land")
    phases.wrap(ingest, "stage_raw", "read_raw")
    phases.wrap(ingest, "stage_prices", "type_validate")
    rss_start = rss_bytes()
    started = time.perf_counter()
    entities = EntityIndex.load()
    con = connect_warehouse(database)
    try:
        with build_session() as session:
            result = ingest_price_feed(
                con, feed, date.fromisoformat(args["day"]), landing, session, entities
            )
    finally:
        con.close()
    seconds = time.perf_counter() - started
    _loaded(result)
    phases.seconds["load_commit"] = seconds - sum(phases.seconds.values())
    return {
        "seconds": seconds,
        "rows": result.rows_parsed,
        "rejected": result.rows_rejected,
        "unknown_model": result.rows_unknown_model,
        "new": getattr(result, "rows_new", None),
        "status": result.status,
        "phases": dict(phases.seconds),
        "rss_start": rss_start,
    }


def _create_prices(con, create: str, params: list | None = None, frame=None) -> int:
    """Run `create` (a CREATE TABLE prices … that may read the DataFrame `frame` by that name);
    return the rows of prices."""
    if frame is not None:
        con.register("frame", frame)
    con.execute(create, params)
    return con.execute("SELECT count(*) FROM prices").fetchone()[0]


@task
def feed_floor(args: dict) -> dict:
    """DuckDB's own read_csv into a table of a database file: no landing, no validation."""
    import duckdb

    workdir = Path(args["workdir"])
    rss_start = rss_bytes()
    started = time.perf_counter()
    source = args["url"]
    if source.startswith("http"):
        source = str(_download(source, workdir / "download.csv"))
    with closing(duckdb.connect(str(workdir / "floor.duckdb"))) as con:
        rows = _create_prices(con, "CREATE TABLE prices AS SELECT * FROM read_csv(?)", [source])
    return {"seconds": time.perf_counter() - started, "rows": rows, "rss_start": rss_start}


@task
def feed_pandas_frame(args: dict) -> dict:
    """pandas.read_csv, then one INSERT … SELECT from the DataFrame (DuckDB scans it in place)."""
    import duckdb
    import pandas as pd

    workdir = Path(args["workdir"])
    rss_start = rss_bytes()
    started = time.perf_counter()
    frame = pd.read_csv(args["url"])
    with closing(duckdb.connect(str(workdir / "pandas.duckdb"))) as con:
        rows = _create_prices(con, "CREATE TABLE prices AS SELECT * FROM frame", frame=frame)
    return {"seconds": time.perf_counter() - started, "rows": rows, "rss_start": rss_start}


@task
def feed_pandas_executemany(args: dict) -> dict:
    """pandas.read_csv of the whole file, then row-by-row executemany INSERT of a sample, the
    insert time extrapolated linearly to every row (clearly reported as such)."""
    import duckdb
    import pandas as pd

    workdir = Path(args["workdir"])
    rss_start = rss_bytes()
    started = time.perf_counter()
    frame = pd.read_csv(args["url"])
    read_seconds = time.perf_counter() - started
    sample = frame.head(args["sample_rows"])
    con = duckdb.connect(str(workdir / "executemany.duckdb"))
    try:
        columns = ", ".join(f'"{c}" VARCHAR' for c in frame.columns)
        con.execute(f"CREATE TABLE prices ({columns})")
        insert_started = time.perf_counter()
        rows = sample.astype(object).where(sample.notna(), None).values.tolist()
        placeholders = ", ".join("?" for _ in frame.columns)
        con.executemany(
            f"INSERT INTO prices VALUES ({placeholders})",
            [[None if v is None else str(v) for v in row] for row in rows],
        )
        insert_seconds = time.perf_counter() - insert_started
        inserted = con.execute("SELECT count(*) FROM prices").fetchone()[0]
    finally:
        con.close()
    per_row = insert_seconds / max(inserted, 1)
    return {
        "seconds": read_seconds + per_row * len(frame),
        "measured_seconds": time.perf_counter() - started,
        "read_seconds": read_seconds,
        "sample_rows": inserted,
        "sample_insert_seconds": insert_seconds,
        "rows": len(frame),
        "extrapolated": inserted < len(frame),
        "rss_start": rss_start,
    }


# --- 2. incremental daily runs ---------------------------------------------------------------

MART_BUILDERS = {
    "gpu_price_inflation": "build_gpu_price_inflation",
    "gpu_price_index": "build_gpu_price_index",
    "claims_vs_feeds": "build_claims_vs_feeds",
    "ai_server_market_growth": "build_ai_server_market_growth",
    "ai_server_demand_drivers": "build_ai_server_demand_drivers",
    "domestic_substitution_timeline": "build_domestic_substitution_timeline",
}


# Marts that continue their previous partition instead of reading the whole history.
CONTINUING_MARTS = ("gpu_price_inflation", "gpu_price_index")


def _load_seed_articles(con) -> None:
    """articles and article_facts from the seed articles through suanli's own extraction."""
    from datetime import UTC, datetime

    import pandas as pd

    from suanli.articles import article_paths, ingest_article
    from suanli.db import apply_ddl, replace_rows
    from suanli.entities import EntityIndex
    from suanli.extraction import extract_article
    from suanli.paths import SEEDS_DIR

    apply_ddl(con, "articles", "article_tables")
    entities = EntityIndex.load()
    directory = SEEDS_DIR / "articles"
    rows, facts = [], []
    for path in article_paths(directory):
        row = ingest_article(path, directory) | {"ingested_at": datetime.now(UTC)}
        rows.append(row)
        facts.append(extract_article(row["article_id"], row["raw_text"], entities).facts)
    replace_rows(con, "articles", {}, pd.DataFrame(rows))
    replace_rows(con, "article_facts", {}, pd.concat(facts, ignore_index=True))


def _loaded(result) -> None:
    """A benchmark of a load that loaded nothing measures nothing: fail loudly instead."""
    if not result.rows_parsed:
        raise RuntimeError(f"feed {result.feed} parsed 0 rows ({result.status}, {result.error})")


def _daily_feeds(workdir: Path, fx_file: str, price_file: str):
    from bench.datagen import fx_feed_config, price_feed_config
    from suanli.feeds.config import parse_feed_config

    config = parse_feed_config(
        {
            "price_feeds": [price_feed_config(price_file, "gpu_prices_daily")],
            "fx_feeds": [fx_feed_config(fx_file, "fx_daily")],
        },
        workdir,
    )
    return config.fx_feeds[0], config.price_feeds[0]


def _build_marts(con, day: date, phases: Phases, reports_dir: Path | None = None) -> dict[str, int]:
    """Every mart for partition `day`, written the way the mart assets write a partition."""
    from suanli import marts
    from suanli.db import apply_ddl, replace_rows
    from suanli.marts.reference import load_reference_tables

    apply_ddl(con, "marts")
    with phases("mart:reference_tables"):
        load_reference_tables(con)
    rows = {}
    for table, builder in MART_BUILDERS.items():
        with phases(f"mart:{table}"):
            frame = getattr(marts, builder)(con, day)
            replace_rows(con, table, {"as_of": day}, frame)
        rows[table] = len(frame)
    if reports_dir is not None:
        with phases("mart:charts"):
            marts.write_charts(con, day, reports_dir)
    return rows


@task
def build_history(args: dict) -> dict:
    """A warehouse holding `days` daily partitions, every one written by suanli's own loaders
    (ingest_fx_feed, ingest_price_feed), the seed articles' facts, and the marts of the last
    history day."""
    from bench.warehouse import connect_warehouse
    from suanli.db import apply_ddl
    from suanli.entities import EntityIndex
    from suanli.feeds import build_session, ingest_fx_feed, ingest_price_feed

    workdir = Path(args["workdir"])
    database = Path(args["database"])
    entities = EntityIndex.load()
    started = time.perf_counter()
    con = connect_warehouse(database)
    try:
        apply_ddl(con, "feed_tables")
        _load_seed_articles(con)
        with build_session() as session:
            for day_text, fx_file, price_file in args["days"]:
                day = date.fromisoformat(day_text)
                fx_feed, price_feed = _daily_feeds(workdir, fx_file, price_file)
                _loaded(ingest_fx_feed(con, fx_feed, day, workdir / "landing", session))
                _loaded(
                    ingest_price_feed(con, price_feed, day, workdir / "landing", session, entities)
                )
        # The previous day's mart partition, as the daily run leaves it: gpu_price_inflation and
        # gpu_price_index continue it on the new day (suanli.marts.incremental); no mart reads
        # an older partition, so those are not built.
        last = date.fromisoformat(args["days"][-1][0])
        mart_rows = _build_marts(con, last, Phases())
        counts = {
            table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("price_observations", "fx_rates", "feed_fetches", *MART_BUILDERS)
        }
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return {"seconds": time.perf_counter() - started, "rows": counts, "mart_rows": mart_rows}


@task
def new_day(args: dict) -> dict:
    """The daily job's feed and mart work for one new partition on top of a history warehouse."""
    from bench.warehouse import connect_warehouse
    from suanli.entities import EntityIndex
    from suanli.feeds import (
        build_session,
        ingest_fx_feed,
        ingest_price_feed,
        refresh_price_conversions,
    )

    workdir = Path(args["workdir"])
    database = workdir / "warehouse.duckdb"
    shutil.copyfile(args["template"], database)
    day = date.fromisoformat(args["day"])
    fx_feed, price_feed = _daily_feeds(workdir, args["fx_file"], args["price_file"])
    entities = EntityIndex.load()
    phases = Phases()
    rss_start = rss_bytes()
    started = time.perf_counter()
    con = connect_warehouse(database)
    try:
        with build_session() as session:
            with phases("feed:fx_daily"):
                fx = ingest_fx_feed(con, fx_feed, day, workdir / "landing", session)
            with phases("feed:gpu_prices_daily"):
                prices = ingest_price_feed(
                    con, price_feed, day, workdir / "landing", session, entities
                )
        with phases("price_observations:refresh_conversions"):
            refresh_price_conversions(con)
        feeds_seconds = time.perf_counter() - started
        mart_rows = _build_marts(con, day, phases, workdir / "reports")
        marts_seconds = time.perf_counter() - started - feeds_seconds
        mart_bytes = {table: _partition_bytes(con, table, day) for table in MART_BUILDERS}
        # Asked after the timer: the new day's own partition and fetches do not change it.
        continued = _continued_partitions(con, day)
    finally:
        con.close()
    _loaded(fx)
    _loaded(prices)
    return {
        "seconds": feeds_seconds + marts_seconds,
        "feeds_seconds": feeds_seconds,
        "marts_seconds": marts_seconds,
        "phases": dict(phases.seconds),
        "mart_rows": mart_rows,
        "mart_bytes": mart_bytes,
        "continued": continued,
        "rss_start": rss_start,
    }


def _continued_partitions(con, day: date) -> dict[str, str]:
    """The partition each continuing mart will carry forward for `day` (its builder makes the
    same call). None would mean a build from the whole history: not the daily steady state this
    section measures, so it fails loudly."""
    from suanli.marts.incremental import previous_partition

    continued = {table: previous_partition(con, table, day) for table in CONTINUING_MARTS}
    missing = [table for table, previous in continued.items() if previous is None]
    if missing:
        raise RuntimeError(f"{', '.join(missing)}: no previous partition to continue for {day}")
    return {table: previous.isoformat() for table, previous in continued.items()}


def _partition_bytes(con, table: str, day: date) -> int:
    """Bytes of one as_of partition as text: what every daily partition adds to the table."""
    sizes = con.execute(
        f"SELECT sum(strlen(CAST(COLUMNS(*) AS VARCHAR))) FROM {table} WHERE as_of = ?",
        [day],
    ).fetchone()
    return int(sum(size or 0 for size in sizes))


# --- 3. orchestration overhead -----------------------------------------------------------------


@task
def plain_daily(args: dict) -> dict:
    """What `suanli run` does for one day, as plain suanli calls with no Dagster."""
    from bench.plain import run_daily_plain

    started = time.perf_counter()
    steps = run_daily_plain(date.fromisoformat(args["day"]), set(args["groups"]), args["extract"])
    return {"seconds": time.perf_counter() - started, "steps": steps}


@task
def job_assets(args: dict) -> dict:
    """The daily job's assets and their groups, to mirror them in plain calls."""
    from pipelines.definitions import defs

    specs = defs.resolve_all_asset_specs()
    return {"assets": {spec.key.to_user_string(): spec.group_name for spec in specs}}


# --- 4. extraction throughput ------------------------------------------------------------------


@task
def extract(args: dict) -> dict:
    """extract_article over generated articles, one after another in one process."""
    from bench.datagen import generate_articles
    from suanli.entities import EntityIndex
    from suanli.extraction import extract_article

    articles = generate_articles(args["count"], args.get("seed", 20230501))
    entities = EntityIndex.load()
    # The first call pays one-off costs (OpenCC dictionaries, regex compilation): timed apart.
    warm_started = time.perf_counter()
    extract_article("warmup", articles[0][1], entities)
    warmup = time.perf_counter() - warm_started
    rss_start = rss_bytes()
    facts = quantities = chars = 0
    started = time.perf_counter()
    for article_id, text in articles:
        result = extract_article(article_id, text, entities)
        facts += len(result.facts)
        quantities += len(result.quantities)
        chars += len(text)
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "articles": len(articles),
        "chars": chars,
        "facts": facts,
        "quantities": quantities,
        "first_call_seconds": warmup,
        "rss_start": rss_start,
    }


@task
def article_stages(args: dict) -> dict:
    """The article assets (articles and its four extraction stages) through Dagster on a fresh
    warehouse: a first run over the generated articles, a run after one more article was added,
    and a run with nothing changed. Dagster's start-up is paid by an untimed run on nothing."""
    import os

    import dagster as dg

    from assets.articles import (
        article_facts,
        article_quality,
        article_quantities,
        article_sentences,
        articles,
    )
    from assets.resources import WarehouseResource
    from bench.datagen import generate_articles

    workdir = Path(args["workdir"])
    shutil.rmtree(workdir, ignore_errors=True)
    directory = workdir / "articles"
    directory.mkdir(parents=True)
    os.environ["SUANLI_ARTICLES_DIR"] = str(directory)
    generated = generate_articles(args["count"] + 1, args.get("seed", 20230501))
    assets = dg.load_assets_from_modules(
        [articles, article_quality, article_sentences, article_quantities, article_facts]
    )
    resources = {"warehouse": WarehouseResource(database=str(workdir / "warehouse.duckdb"))}

    def run() -> dict:
        started = time.perf_counter()
        result = dg.materialize(assets, resources=resources, partition_key=args["day"])
        seconds = time.perf_counter() - started
        written = result.get_asset_materialization_events()
        # The `articles` asset normalises texts; the four stages rebuild articles.
        rebuilt = {
            event.materialization.asset_key.to_user_string(): event.materialization.metadata[
                key
            ].value
            for event in written
            for key in ("articles_rebuilt", "articles_normalised")
            if key in event.materialization.metadata
        }
        return {"seconds": seconds, "rebuilt": rebuilt}

    run()
    for article_id, text in generated[:-1]:
        (directory / f"{article_id}.txt").write_text(text, encoding="utf-8")
    first = run()
    article_id, text = generated[-1]
    (directory / f"{article_id}.txt").write_text(text, encoding="utf-8")
    one_more = run()
    unchanged = run()
    return {
        "seconds": first["seconds"],
        "articles": args["count"],
        "runs": {"first": first, "one_more": one_more, "unchanged": unchanged},
    }


def main() -> None:
    name, args = sys.argv[1], json.loads(Path(sys.argv[2]).read_text())
    print(json.dumps(TASKS[name](args), default=str))


if __name__ == "__main__":
    main()
