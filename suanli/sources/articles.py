"""Web articles as `articles` rows, and their failures as `article_errors` rows."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Any

import duckdb

from suanli.articles import Normalise, normalise_afresh
from suanli.sources.ingest import ensure_source_tables


def web_article_id(source: str, url: str) -> str:
    return f"web_{source}_{hashlib.sha256(url.encode('utf-8')).hexdigest()[:12]}"


def web_article_rows(
    con: duckdb.DuckDBPyConnection, now: datetime, normaliser: Normalise = normalise_afresh
) -> list[dict[str, Any]]:
    """Every web article ever ingested, as an `articles` row: its main text is the raw text,
    its landed page the path, and the feed's (else the page's) date its published date.
    `normaliser` may reuse an earlier normalisation (see `suanli.articles.ingest_article`)."""
    ensure_source_tables(con)
    frame = con.execute(
        "SELECT source, url, title, author, published_date, date_source, page_sha256, "
        "page_bytes, landing_path, encoding, text FROM web_articles ORDER BY source, url"
    ).df()
    rows = []
    for record in frame.itertuples(index=False):
        published = _date(record.published_date)
        article_id = web_article_id(record.source, record.url)
        normalised = normaliser(article_id, record.text, None)
        rows.append(
            {
                "article_id": article_id,
                "path": record.landing_path,
                "sha256": record.page_sha256,
                "bytes": int(record.page_bytes),
                "encoding": record.encoding,
                "raw_text": record.text,
                "title": record.title,
                "author": record.author,
                "language": normalised.language,
                "published_year": published.year if published else None,
                "published_date": published,
                "date_precision": "day" if published else "unknown",
                "date_note": f"published date from the {record.date_source}" if published else None,
                "source_note": f"article source {record.source}",
                "source_url": record.url,
                "has_metadata_file": False,
                "normalised_text": normalised.normalised_text,
                "offset_map": normalised.offset_map,
                "garbled_span_count": normalised.garbled_span_count,
                "ingested_at": now,
            }
        )
    return rows


def web_article_errors(con: duckdb.DuckDBPyConnection, day: date) -> list[dict[str, Any]]:
    """The partition's failed items, as `article_errors` rows naming the URL and the reason."""
    ensure_source_tables(con)
    return [
        {"path": url, "error": f"article source {source}: {url}: {reason}", "seen_at": seen_at}
        for source, url, reason, seen_at in con.execute(
            "SELECT source, url, reason, seen_at FROM web_article_errors "
            "WHERE partition_date = ? ORDER BY source, url",
            [day],
        ).fetchall()
    ]


def _date(value) -> date | None:
    if value is None or value != value:  # NaT / NaN from pandas
        return None
    return value.date() if hasattr(value, "date") else value
