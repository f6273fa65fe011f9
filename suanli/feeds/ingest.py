"""Entry points: fetch one feed for one partition, parse it, write every table in one transaction.

Each (feed, partition_date) slice of feed_fetches, price_observations / fx_rates and
rejected_records is deleted and rewritten together, so reruns and backfills are idempotent.

Feeds usually republish their whole history, so a fetch stores only what no other partition of
the feed already holds: an observation (every stored field equal) or a rate (date, base, quote,
rate) lives once, in the partition whose fetch first delivered it, and a revised value is a new
row in the partition that saw the revision. An unchanged feed (HTTP 304 or identical bytes) thus
adds a fetch row and nothing else, and the cost of a day does not grow with the history.

A failure replaces only the slice's feed_fetches row: observations an earlier run loaded for the
partition stay visible (flagged by the failed fetch row) rather than vanishing.
"""

from __future__ import annotations

import hashlib
import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import requests

from suanli.db import apply_ddl, replace_rows, transaction
from suanli.feeds.config import FeedSource, FxFeed, LimitExceeded, PriceFeed
from suanli.feeds.fetch import (
    FeedError,
    FetchFailed,
    Landing,
    PreviousFetch,
    fetch,
    fetch_log_row,
    scrub,
)
from suanli.feeds.parse import (
    ParseError,
    Source,
    drop_temp_tables,
    stage_fx,
    stage_prices,
    stage_raw,
)

log = logging.getLogger(__name__)

SLICE_TABLES = ("price_observations", "fx_rates", "rejected_records", "feed_fetches")
# Two observations are the same when all of these are equal (NULLs equal NULLs).
OBSERVATION_IDENTITY = (
    "observed_on",
    "observed_at",
    "model_raw",
    "price",
    "currency",
    "price_kind",
    "term",
    "region",
    "vendor",
    "source",
    "note",
)


@dataclass(frozen=True)
class FeedResult:
    feed: str
    status: str  # "ok" | "not_modified" | "failed"
    http_status: int | None
    bytes: int | None
    sha256: str | None
    rows_parsed: int
    rows_rejected: int
    rows_unknown_model: int
    landing_path: str | None
    error: str | None = None
    rows_new: int = 0


def ensure_feed_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create or update the feed tables; one transaction, so one commit instead of one per
    DDL statement."""
    with transaction(con):
        apply_ddl(con, "feed_tables")


def _previous_fetch(con: duckdb.DuckDBPyConnection, feed: str) -> PreviousFetch | None:
    row = con.execute(
        "SELECT landing_path, etag, last_modified FROM feed_fetches "
        "WHERE feed = ? AND status IN ('ok', 'not_modified') AND landing_path IS NOT NULL "
        "AND (etag IS NOT NULL OR last_modified IS NOT NULL) "
        "ORDER BY fetched_at DESC LIMIT 1",
        [feed],
    ).fetchone()
    # Validators are only worth sending while the bytes they vouch for are still on disk.
    if row is None or not Path(row[0]).is_file():
        return None
    return PreviousFetch(Path(row[0]), row[1], row[2])


FETCH_COUNTS = ("rows_parsed", "rows_new", "rows_rejected", "rows_unknown_model")


def _fetch_row(feed: FeedSource, partition_date: date, result: FeedResult, landing) -> dict:
    owner = ("feed", feed.name)
    return fetch_log_row(owner, partition_date, feed.url, result, landing, FETCH_COUNTS)


def _fail(
    con: duckdb.DuckDBPyConnection,
    feed: FeedSource,
    partition_date: date,
    problem: str,
    landing: Landing | None = None,
    http_status: int | None = None,
    partial: Path | None = None,
) -> FeedError:
    """Record the failed fetch (keeping what was received) and build the error to raise."""
    message = scrub(f"feed {feed.name}: {problem}")
    path = landing.path if landing else partial if partial and partial.is_file() else None
    size = sha = None
    if landing is not None:
        size, sha = landing.bytes, landing.sha256
    elif path is not None:
        with path.open("rb") as stream:
            size, sha = path.stat().st_size, hashlib.file_digest(stream, "sha256").hexdigest()
    result = FeedResult(
        feed.name,
        "failed",
        landing.http_status if landing else http_status,
        size,
        sha,
        0,
        0,
        0,
        str(path) if path else None,
        message,
    )
    row = _fetch_row(feed, partition_date, result, landing)
    replace_rows(
        con,
        "feed_fetches",
        {"feed": feed.name, "partition_date": partition_date},
        pd.DataFrame([row]),
    )
    log.error(message)
    error = FeedError(message)
    error.landing_path = result.landing_path
    error.http_status = result.http_status
    return error


def _ingest(
    con: duckdb.DuckDBPyConnection,
    feed: FeedSource,
    partition_date: date,
    landing_root: Path,
    session: requests.Session,
    stage: Callable[[Any], None],
    write: Callable[[dict], tuple[int, int, int]],
) -> FeedResult:
    ensure_feed_tables(con)
    try:
        previous = _previous_fetch(con, feed.name)
        landing = fetch(feed, partition_date, landing_root, session, previous)
    except FetchFailed as exc:
        raise _fail(
            con, feed, partition_date, str(exc), http_status=exc.http_status, partial=exc.partial
        ) from None
    except FeedError as exc:
        raise _fail(con, feed, partition_date, str(exc).split(": ", 1)[-1]) from None
    try:
        with tempfile.TemporaryDirectory(prefix=f"suanli-{feed.name}-") as workdir:
            source = stage_raw(con, landing.path, feed, Path(workdir))
            stage(source)
        scope = {"feed": feed.name, "partition_date": partition_date, "sha": landing.sha256}
        with transaction(con):
            rows_parsed, rows_new, rows_unknown = write(scope)
            rows_rejected = con.execute("SELECT count(*) FROM feed_rejects").fetchone()[0]
            # A rejected record is kept once per feed, like an observation.
            con.execute(
                """
                INSERT INTO rejected_records BY NAME
                SELECT $feed AS feed, $partition_date AS partition_date, record_no, reason, raw
                FROM feed_rejects r
                WHERE NOT EXISTS (
                    SELECT 1 FROM rejected_records k
                    WHERE k.feed = $feed AND k.reason = r.reason
                      AND k.raw IS NOT DISTINCT FROM r.raw)
                """,
                {"feed": feed.name, "partition_date": partition_date},
            )
            result = FeedResult(
                feed.name,
                landing.status,
                landing.http_status,
                landing.bytes,
                landing.sha256,
                rows_parsed,
                rows_rejected,
                rows_unknown,
                str(landing.path),
                rows_new=rows_new,
            )
            row = _fetch_row(feed, partition_date, result, landing)
            con.execute(
                f"INSERT INTO feed_fetches ({', '.join(row)}) "
                f"VALUES ({', '.join('?' for _ in row)})",
                list(row.values()),
            )
    except (ParseError, LimitExceeded, duckdb.Error, OSError) as exc:
        raise _fail(con, feed, partition_date, str(exc).splitlines()[0], landing) from None
    except Exception as exc:
        # Whatever else goes wrong with these bytes still fails this feed alone, recorded.
        problem = f"unexpected {type(exc).__name__}: {exc}".splitlines()[0]
        raise _fail(con, feed, partition_date, problem, landing) from exc
    finally:
        drop_temp_tables(con)
    if result.rows_parsed == 0 and result.bytes:
        log.warning(
            "feed %s: %s bytes fetched but no valid record parsed (%s rejected)",
            feed.name,
            result.bytes,
            result.rows_rejected,
        )
    log.info(
        "feed %s %s: %s parsed (%s new), %s rejected, %s unknown model",
        feed.name,
        result.status,
        result.rows_parsed,
        result.rows_new,
        result.rows_rejected,
        result.rows_unknown_model,
    )
    return result


def _delete_slice(con: duckdb.DuckDBPyConnection, scope: dict) -> None:
    for table in SLICE_TABLES:
        con.execute(
            f"DELETE FROM {table} WHERE feed = $feed AND partition_date = $partition_date",
            {"feed": scope["feed"], "partition_date": scope["partition_date"]},
        )


def _reject_implausible(con: duckdb.DuckDBPyConnection, feed: PriceFeed) -> str:
    """Move the observations whose conversion is not finite, or whose USD price lies outside
    the feed's price_band, from feed_out to feed_rejects (their raw is the observation as
    parsed); returns the SQL condition over alias `o` that keeps the rest."""
    kinds = list(feed.price_band)
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE feed_implausible AS
        SELECT record_no, price_idx, reason, raw FROM (
            SELECT o.record_no, o.price_idx,
                CASE
                    WHEN NOT isfinite(o.price * v.usd_rate) OR NOT isfinite(o.price * v.cny_rate)
                        THEN 'price conversion not finite: ' || o.price || ' ' || o.currency
                    WHEN o.price * v.usd_rate NOT BETWEEN $low[o.price_kind] AND $high[o.price_kind]
                        THEN 'price ' || o.price || ' ' || o.currency || ' = '
                             || printf('%.6g', o.price * v.usd_rate) || ' USD is outside the '
                             || 'plausible band [' || $low[o.price_kind] || ', '
                             || $high[o.price_kind] || '] USD for ' || o.price_kind
                             || ' (price_band)'
                END AS reason,
                json_object('model', o.model_raw, 'price', o.price, 'currency', o.currency,
                            'observed_at', o.observed_at, 'price_kind', o.price_kind,
                            'term', o.term, 'region', o.region, 'vendor', o.vendor,
                            'source', o.source, 'note', o.note) AS raw
            FROM feed_out o JOIN feed_conversions v USING (currency, observed_on)
        )
        WHERE reason IS NOT NULL
        """,
        {
            "low": _double_map({k: feed.price_band[k][0] for k in kinds}),
            "high": _double_map({k: feed.price_band[k][1] for k in kinds}),
        },
    )
    con.execute(
        "INSERT INTO feed_rejects SELECT record_no, reason, raw FROM feed_implausible "
        "ORDER BY record_no, price_idx"
    )
    return (
        "NOT EXISTS (SELECT 1 FROM feed_implausible x "
        "WHERE x.record_no = o.record_no AND x.price_idx = o.price_idx)"
    )


def _double_map(mapping: dict[str, float]) -> duckdb.Value:
    types = duckdb.map_type(duckdb.sqltype("VARCHAR"), duckdb.sqltype("DOUBLE"))
    return duckdb.Value(mapping, types)


def ingest_price_feed(
    con: duckdb.DuckDBPyConnection,
    feed: PriceFeed,
    partition_date: date,
    landing_root: Path,
    session: requests.Session,
    entities: Any = None,
) -> FeedResult:
    """Fetch, land, parse and load one price feed for one partition; raise FeedError on failure.

    `entities` is an EntityIndex; names it does not resolve to a GPU or accelerator get a NULL
    `model` and are counted in rows_unknown_model.
    """

    def write(scope: dict) -> tuple[int, int, int]:
        _delete_slice(con, scope)
        _stage_conversions(con, "SELECT DISTINCT currency, observed_on FROM feed_out")
        try:
            plausible = _reject_implausible(con, feed)
            parsed, unknown, low, high = con.execute(
                "SELECT count(*), count(*) FILTER (WHERE m.model IS NULL), "
                "min(observed_on), max(observed_on) FROM feed_out o LEFT JOIN feed_models m "
                f"USING (model_raw) WHERE {plausible}"
            ).fetchone()
            if not parsed:
                return 0, 0, 0
            window = {"feed": scope["feed"], "low": low, "high": high}
            known = """
                SELECT 1 FROM price_observations p
                WHERE p.feed = $feed AND p.observed_on BETWEEN $low AND $high"""
            # The first load of a period has nothing to compare with: skip the anti-join.
            unseen, params = f"WHERE {plausible}", scope
            if con.execute(f"SELECT EXISTS ({known})", window).fetchone()[0]:
                same = " AND ".join(
                    f"p.{c} IS NOT DISTINCT FROM o.{c}" for c in OBSERVATION_IDENTITY
                )
                unseen += f" AND NOT EXISTS ({known} AND {same})"
                params = {**scope, **window}
            new = con.execute(
                f"""
                INSERT INTO price_observations BY NAME
                SELECT $feed AS feed, $partition_date AS partition_date, o.observed_on,
                       o.observed_at, o.model_raw, m.model, o.price, o.currency, o.price_kind,
                       o.term, o.region, o.vendor, o.source, o.note, o.record_no,
                       o.price * v.usd_rate AS price_usd, o.price * v.cny_rate AS price_cny,
                       $sha AS source_sha256
                FROM feed_out o
                LEFT JOIN feed_models m USING (model_raw)
                LEFT JOIN feed_conversions v USING (currency, observed_on)
                {unseen}
                """,
                params,
            ).fetchone()[0]
        finally:
            con.execute("DROP TABLE temp.feed_conversions")
            con.execute("DROP TABLE IF EXISTS temp.feed_implausible")
        # Rows this fetch delivered again keep their first partition but take today's
        # reading of the entity reference.
        con.execute(
            """
            UPDATE price_observations p SET model = m.model FROM feed_models m
            WHERE p.feed = $feed AND p.observed_on BETWEEN $low AND $high
              AND p.model_raw = m.model_raw AND p.model IS DISTINCT FROM m.model
            """,
            {"feed": scope["feed"], "low": low, "high": high},
        )
        return parsed, new, unknown

    def stage(source: Source) -> None:
        return stage_prices(con, feed, source, partition_date, entities)

    return _ingest(con, feed, partition_date, landing_root, session, stage, write)


def ingest_fx_feed(
    con: duckdb.DuckDBPyConnection,
    feed: FxFeed,
    partition_date: date,
    landing_root: Path,
    session: requests.Session,
) -> FeedResult:
    """Fetch, land, parse and load one FX feed for one partition; raise FeedError on failure.

    The same transaction re-converts the stored prices the changed rates affect (those observed
    on or after the earliest changed date), so price_usd / price_cny never lag the FX rates.
    """

    def write(scope: dict) -> tuple[int, int, int]:
        params = {"feed": scope["feed"], "partition_date": scope["partition_date"]}
        (replaced,) = con.execute(
            'SELECT min("date") FROM fx_rates WHERE feed = $feed '
            "AND partition_date = $partition_date",
            params,
        ).fetchone()
        _delete_slice(con, scope)
        parsed, low, high = con.execute(
            'SELECT count(*), min("date"), max("date") FROM feed_out'
        ).fetchone()
        added = None
        new = 0
        if parsed:
            con.execute(
                """
                CREATE OR REPLACE TEMP TABLE feed_new AS
                SELECT o."date", o.base, o.quote, o.rate FROM feed_out o
                WHERE NOT EXISTS (
                    SELECT 1 FROM fx_rates f
                    WHERE f.feed = $feed AND f."date" BETWEEN $low AND $high
                      AND f."date" = o."date" AND f.base = o.base AND f.quote = o.quote
                      AND f.rate = o.rate)
                """,
                {"feed": scope["feed"], "low": low, "high": high},
            )
            con.execute(
                "INSERT INTO fx_rates BY NAME SELECT *, $feed AS feed, "
                "$partition_date AS partition_date FROM feed_new",
                params,
            )
            new, added = con.execute('SELECT count(*), min("date") FROM feed_new').fetchone()
            con.execute("DROP TABLE temp.feed_new")
        changed = [d for d in (replaced, added) if d is not None]
        if changed:
            _convert(con, "o.observed_on >= $since", {"since": min(changed)})
        return parsed, new, 0

    def stage(source: Source) -> None:
        return stage_fx(con, feed, source, partition_date)

    return _ingest(con, feed, partition_date, landing_root, session, stage, write)


def _stage_conversions(con: duckdb.DuckDBPyConnection, pairs: str, params=None) -> None:
    """Temp table feed_conversions: USD and CNY rates per (currency, observed_on) in `pairs`.

    The rate is that of observed_on or, failing that, the nearest earlier date (ASOF join).
    """
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE feed_pairs AS {pairs}",
        params,
    )
    currencies = con.execute("SELECT list(DISTINCT currency) FROM feed_pairs").fetchone()[0]
    currencies = sorted({*(currencies or []), "USD", "CNY"})
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE feed_conversions AS
        WITH rates AS MATERIALIZED (
            SELECT base, "date", quote, rate FROM fx_cross_rates_among($currencies)
            WHERE quote IN ('USD', 'CNY')
        ),
        to_usd AS (SELECT base, "date", rate FROM rates WHERE quote = 'USD'),
        to_cny AS (SELECT base, "date", rate FROM rates WHERE quote = 'CNY')
        SELECT p.currency, p.observed_on,
               CASE WHEN p.currency = 'USD' THEN 1.0 ELSE u.rate END AS usd_rate,
               CASE WHEN p.currency = 'CNY' THEN 1.0 ELSE c.rate END AS cny_rate
        FROM feed_pairs p
        ASOF LEFT JOIN to_usd u ON p.currency = u.base AND p.observed_on >= u."date"
        ASOF LEFT JOIN to_cny c ON p.currency = c.base AND p.observed_on >= c."date"
        """,
        {"currencies": currencies},
    )
    con.execute("DROP TABLE temp.feed_pairs")


def _convert(con: duckdb.DuckDBPyConnection, condition: str, params: dict | None = None) -> int:
    """Recompute price_usd / price_cny of the stored prices matching `condition` (fixed SQL
    over alias `o`)."""
    _stage_conversions(
        con,
        f"SELECT DISTINCT currency, observed_on FROM price_observations o WHERE {condition}",
        params,
    )
    # A conversion that is not finite (an absurd rate) stays NULL, never inf.
    usd, cny = (
        f"CASE WHEN isfinite(o.price * v.{rate}) THEN o.price * v.{rate} END"
        for rate in ("usd_rate", "cny_rate")
    )
    try:
        return con.execute(
            f"""
            UPDATE price_observations AS o
            SET price_usd = {usd}, price_cny = {cny}
            FROM feed_conversions v
            WHERE o.currency = v.currency AND o.observed_on = v.observed_on AND ({condition})
              AND (o.price_usd IS DISTINCT FROM {usd} OR o.price_cny IS DISTINCT FROM {cny})
            """,
            params,
        ).fetchone()[0]
    finally:
        con.execute("DROP TABLE temp.feed_conversions")


def refresh_price_conversions(
    con: duckdb.DuckDBPyConnection, since: date | None = None, *, all_rows: bool = False
) -> int:
    """Recompute price_usd / price_cny from the FX now in the warehouse; returns rows changed.

    By default only prices still lacking a conversion (loaded before any rate for their
    currency and date existed); `since` adds every price observed on or after that date;
    `all_rows` recomputes everything.
    """
    ensure_feed_tables(con)
    if all_rows:
        condition, params = "TRUE", None
    elif since is not None:
        condition = "o.observed_on >= $since OR o.price_usd IS NULL OR o.price_cny IS NULL"
        params = {"since": since}
    else:
        condition, params = "o.price_usd IS NULL OR o.price_cny IS NULL", None
    with transaction(con):
        return _convert(con, condition, params)
