"""Trying one feed's configuration before it joins the daily run: fetched, landed and parsed into
a scratch database exactly as the daily run would, and reported; the warehouse is not touched."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import duckdb

from suanli.entities import EntityIndex
from suanli.feeds.config import FeedConfig, FeedConfigError, FxFeed
from suanli.feeds.fetch import FeedError, session_for
from suanli.feeds.ingest import FeedResult, ingest_fx_feed, ingest_price_feed

PRICE_SAMPLE = """
    SELECT record_no, model_raw, model, price, currency, price_kind, term, observed_on, region,
           vendor, round(price_usd, 2) AS price_usd, round(price_cny, 2) AS price_cny
    FROM price_observations WHERE feed = ? ORDER BY record_no, price_kind, term LIMIT ?"""
FX_SAMPLE = """
    SELECT "date", base, quote, rate FROM fx_rates WHERE feed = ?
    ORDER BY "date" DESC, quote LIMIT ?"""
REJECTED_SAMPLE = """
    SELECT record_no, reason, raw FROM rejected_records WHERE feed = ? ORDER BY record_no LIMIT ?"""
UNKNOWN_MODELS = """
    SELECT model_raw, count(*) AS observations FROM price_observations
    WHERE feed = ? AND model IS NULL GROUP BY ALL ORDER BY observations DESC, model_raw LIMIT ?"""


@dataclass(frozen=True)
class Sample:
    columns: list[str]
    rows: list[tuple]


EMPTY = Sample([], [])


def _sample(con: duckdb.DuckDBPyConnection, query: str, params: list) -> Sample:
    cursor = con.execute(query, params)
    return Sample([d[0] for d in cursor.description], cursor.fetchall())


@dataclass
class FeedTrial:
    """What one fetch of a feed gave: the result, or the error that failed it, and samples."""

    feed: str
    kind: str  # "price" | "fx"
    result: FeedResult | None = None
    error: str | None = None
    rows: Sample = EMPTY
    rejected: Sample = EMPTY
    unknown_models: Sample = EMPTY
    fx_loaded: list[str] = field(default_factory=list)  # FX feeds loaded first, for conversions
    fx_errors: list[str] = field(default_factory=list)


def try_feed(
    config: FeedConfig, name: str, day: date, workdir: Path, sample: int = 10
) -> FeedTrial:
    """Ingest feed `name` for partition `day` into a scratch database under `workdir`. A price
    feed is preceded by the configured FX feeds, so its USD and CNY conversions show too."""
    feed = config.by_name.get(name)
    if feed is None:
        known = ", ".join(config.by_name) or "none"
        raise FeedConfigError(f"no feed named {name!r} in {config.path} (feeds: {known})")
    is_fx = isinstance(feed, FxFeed)
    trial = FeedTrial(feed=name, kind="fx" if is_fx else "price")
    landing = workdir / "landing"
    con = duckdb.connect(str(workdir / "trial.duckdb"))
    try:
        if not is_fx:
            for fx_feed in config.fx_feeds:
                with session_for(fx_feed) as session:
                    try:
                        ingest_fx_feed(con, fx_feed, day, landing, session)
                        trial.fx_loaded.append(fx_feed.name)
                    except FeedError as exc:
                        trial.fx_errors.append(str(exc))
        with session_for(feed) as session:
            try:
                if is_fx:
                    trial.result = ingest_fx_feed(con, feed, day, landing, session)
                else:
                    trial.result = ingest_price_feed(
                        con, feed, day, landing, session, EntityIndex.load()
                    )
            except FeedError as exc:
                trial.error = str(exc)
                return trial
        params = [name, sample]
        trial.rows = _sample(con, FX_SAMPLE if is_fx else PRICE_SAMPLE, params)
        trial.rejected = _sample(con, REJECTED_SAMPLE, params)
        if not is_fx:
            trial.unknown_models = _sample(con, UNKNOWN_MODELS, params)
    finally:
        con.close()
    return trial
