"""One article source for one partition: fetch its feed, keep matching items, fetch each new
item's page, extract its main text, and write the slice of the article-source tables.

An item is ingested once across days: a URL already in web_articles (from another partition)
is not fetched again, and a page whose main text is already there under another URL is not
stored twice. Each failing item is one web_article_errors row; only a source whose own feed
cannot be fetched or parsed fails as a whole (SourceFailed), after recording why.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import NoReturn

import duckdb
import pandas as pd
import requests

from suanli.db import apply_ddl, insert_rows, transaction
from suanli.feeds.fetch import (
    FetchFailed,
    Landing,
    PreviousFetch,
    fetch,
    fetch_log_row,
    stored_url,
)
from suanli.sources.config import ArticleSource
from suanli.sources.pages import (
    Page,
    PageError,
    Robots,
    land_page,
    read_page,
    scrubbed,
)

log = logging.getLogger(__name__)

SLICE_TABLES = (
    "article_source_fetches",
    "web_articles",
    "web_article_errors",
    "web_article_duplicates",
)


class SourceFailed(RuntimeError):
    """The source's feed (or page) itself failed; the message names the source and the cause."""


@dataclass(frozen=True)
class Item:
    url: str
    title: str | None
    author: str | None
    published: date | None
    summary: str


@dataclass
class SourceResult:
    source: str
    status: str
    http_status: int | None = None
    bytes: int | None = None
    sha256: str | None = None
    landing_path: str | None = None
    items_listed: int = 0
    items_kept: int = 0
    items_seen: int = 0
    items_new: int = 0
    items_failed: int = 0
    error: str | None = None
    errors: list[dict] = field(default_factory=list)
    duplicates: list[dict] = field(default_factory=list)


def ensure_source_tables(con: duckdb.DuckDBPyConnection) -> None:
    apply_ddl(con, "article_sources")


def _previous(con: duckdb.DuckDBPyConnection, source: str, day: date) -> PreviousFetch | None:
    row = con.execute(
        "SELECT landing_path, etag, last_modified FROM article_source_fetches "
        "WHERE source = ? AND partition_date <> ? AND status IN ('ok', 'not_modified') "
        "AND landing_path IS NOT NULL AND (etag IS NOT NULL OR last_modified IS NOT NULL) "
        "ORDER BY fetched_at DESC LIMIT 1",
        [source, day],
    ).fetchone()
    if row is None or not Path(row[0]).is_file():
        return None
    return PreviousFetch(Path(row[0]), row[1], row[2])


def _feed_items(landing: Landing) -> tuple[list[Item], str | None]:
    """The feed's entries, or (no entries, why) when feedparser found it malformed."""
    import feedparser

    parsed = feedparser.parse(landing.path.read_bytes())
    if parsed.bozo and not isinstance(parsed.bozo_exception, feedparser.CharacterEncodingOverride):
        problem = f"{type(parsed.bozo_exception).__name__}: {parsed.bozo_exception}"
        return [], f"malformed feed ({problem})"
    if not parsed.entries and not parsed.get("version"):
        return [], "not an RSS or Atom feed"
    items = []
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        if not link:
            continue
        # Read by key: feedparser maps a missing published_parsed / updated_parsed to the other
        # with a deprecation warning.
        keys = entry.keys()
        stamp = next((entry[k] for k in ("published_parsed", "updated_parsed") if k in keys), None)
        items.append(
            Item(
                url=link,
                title=(entry.get("title") or "").strip() or None,
                author=(entry.get("author") or "").strip() or None,
                published=date(*stamp[:3]) if stamp else None,
                summary=entry.get("summary") or "",
            )
        )
    return items, None


def ingest_article_source(
    con: duckdb.DuckDBPyConnection,
    source: ArticleSource,
    day: date,
    landing_root: Path,
    session: requests.Session,
    pages: requests.Session,
    robots: Robots,
) -> SourceResult:
    """Ingest one source for one partition; raise SourceFailed when its feed or page failed."""
    ensure_source_tables(con)
    result = SourceResult(source.name, "ok")
    landing = _land_source(con, source, day, landing_root, session, robots, result)
    items = _kept_items(con, source, day, landing, result)
    rows = _new_articles(
        con, source, day, items, landing, landing_root / "article_pages", pages, robots, result
    )
    result.items_new = len(rows)
    result.items_failed = len(result.errors)
    _write(con, source, day, result, landing, rows)
    log.info(
        "article source %s %s: %s listed, %s kept, %s seen before, %s new, %s failed",
        source.name, result.status, result.items_listed, result.items_kept, result.items_seen,
        result.items_new, result.items_failed,
    )  # fmt: skip
    return result


def _land_source(con, source, day, landing_root, session, robots, result) -> Landing:
    """Land the source's feed (or its one page, when robots.txt allows it); a failure is
    recorded and raised as SourceFailed."""
    if source.format == "page":
        try:
            allowed = robots.allowed(source.url)
        except PageError as exc:
            _failed(con, source, day, result, str(exc), None)
        if not allowed:
            _failed(con, source, day, result, "disallowed by robots.txt", None)
    try:
        landing = fetch(
            source.fetch_source,
            day,
            landing_root / "article_sources",
            session,
            _previous(con, source.name, day),
        )
    except FetchFailed as exc:
        partial = str(exc.partial) if exc.partial and exc.partial.is_file() else None
        result.http_status = exc.http_status
        _failed(con, source, day, result, str(exc), partial)
    result.status, result.http_status = landing.status, landing.http_status
    result.bytes, result.sha256 = landing.bytes, landing.sha256
    result.landing_path = str(landing.path)
    return landing


def _kept_items(con, source, day, landing: Landing, result: SourceResult) -> list[Item]:
    """The items to read: a feed's entries matching the source's keywords (or the page itself),
    each URL once, at most max_items."""
    if source.format == "feed":
        items, problem = _feed_items(landing)
        if problem is not None:
            _failed(con, source, day, result, problem, str(landing.path), landing)
    else:
        items = [Item(source.url, None, None, None, "")]
    result.items_listed = len(items)
    if source.format == "feed":
        items = [i for i in items if source.matches(i.title, i.summary)]
    items = list({i.url: i for i in items}.values())[: source.max_items]
    result.items_kept = len(items)
    return items


def _new_articles(
    con, source, day, items, landing, pages_root, pages, robots, result
) -> list[dict]:
    """web_articles rows of the items not seen before: an item that fails becomes an error row,
    a copy of a text already stored (under any URL) a duplicate row."""
    now = datetime.now(UTC)
    known_urls, known_texts = _known(con, day)
    rows = []
    for item in items:
        if item.url in known_urls:
            result.items_seen += 1
            continue
        try:
            page = _item_page(source, item, day, landing, pages_root, pages, robots)
        except PageError as exc:
            result.errors.append(_error(source, day, item.url, str(exc), exc.landing_path, now))
            continue
        title = item.title or page.title
        text = f"{title}\n\n{page.text}" if title and not page.text.startswith(title) else page.text
        if source.format == "page" and not source.matches(title, text):
            continue
        # The page's own main text decides: a copy under another URL and feed title is the same.
        text_sha = hashlib.sha256(page.text.encode("utf-8")).hexdigest()
        if text_sha in known_texts:
            result.items_seen += 1
            result.duplicates.append(
                {
                    "source": source.name,
                    "partition_date": day,
                    "url": item.url,
                    "duplicate_of": known_texts[text_sha],
                    "seen_at": now,
                }
            )
            continue
        known_texts[text_sha] = item.url
        known_urls.add(item.url)
        rows.append(_article_row(source, day, item, page, title, text, text_sha, now))
    return rows


def _item_page(source, item: Item, day, landing: Landing, pages_root, pages, robots) -> Page:
    """The item's page, landed and extracted (a page source's page is the landed source)."""
    if source.format == "page":
        path, size, sha = landing.path, landing.bytes, landing.sha256
    else:
        if not robots.allowed(item.url):
            raise PageError("disallowed by robots.txt")
        path, size, sha = land_page(source, item.url, day, pages_root, pages)
    return read_page(item.url, path, size, sha)


def _article_row(source, day, item: Item, page: Page, title, text, text_sha, now) -> dict:
    published, date_source = (item.published, "feed") if item.published else (
        (page.published, "page") if page.published else (None, None)
    )  # fmt: skip
    return {
        "source": source.name,
        "partition_date": day,
        "url": item.url,
        "title": title,
        "author": item.author or page.author,
        "published_date": published,
        "date_source": date_source,
        "page_sha256": page.sha256,
        "page_bytes": page.bytes,
        "landing_path": str(page.path),
        "encoding": page.encoding,
        "text": text,
        "text_sha256": text_sha,
        "fetched_at": now,
    }


def _known(con: duckdb.DuckDBPyConnection, day: date) -> tuple[set[str], dict[str, str]]:
    """URLs (articles and known copies) and text hashes from other partitions (this one's are
    being rewritten)."""
    rows = con.execute(
        "SELECT url, text_sha256 FROM web_articles WHERE partition_date <> ?", [day]
    ).fetchall()
    copies = con.execute(
        "SELECT url FROM web_article_duplicates WHERE partition_date <> ?", [day]
    ).fetchall()
    return {url for url, _ in rows} | {url for (url,) in copies}, {sha: url for url, sha in rows}


def _error(source, day, url, reason, landing_path, now) -> dict:
    return {
        "source": source.name,
        "partition_date": day,
        "url": url,
        "reason": scrubbed(reason),
        "landing_path": landing_path,
        "seen_at": now,
    }


FETCH_COUNTS = ("items_listed", "items_kept", "items_seen", "items_new", "items_failed")


def _fetch_row(source: ArticleSource, day: date, result: SourceResult, landing) -> dict:
    owner = ("source", source.name)
    return fetch_log_row(owner, day, source.url, result, landing, FETCH_COUNTS)


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    insert_rows(con, table, pd.DataFrame(rows))


def _write(con, source, day, result, landing, rows, tables=SLICE_TABLES) -> None:
    scope = {"source": source.name, "partition_date": day}
    with transaction(con):
        for table in tables:
            con.execute(
                f"DELETE FROM {table} WHERE source = $source AND partition_date = $partition_date",
                scope,
            )
        _insert(con, "article_source_fetches", [_fetch_row(source, day, result, landing)])
        if "web_articles" in tables:
            _insert(con, "web_articles", rows)
        _insert(con, "web_article_errors", result.errors)
        if "web_article_duplicates" in tables:
            _insert(con, "web_article_duplicates", result.duplicates)


def _failed(con, source, day, result, problem, landing_path, landing=None) -> NoReturn:
    """Record the source's failure (its fetch row and one error row naming its URL), keeping
    articles an earlier run of the partition ingested, and raise SourceFailed."""
    message = scrubbed(f"article source {source.name}: {problem}")
    result.status, result.error = "failed", message
    result.landing_path = result.landing_path or landing_path
    result.errors = [
        _error(source, day, stored_url(source.url), problem, landing_path, datetime.now(UTC))
    ]
    result.items_failed = 1
    _write(con, source, day, result, landing, [], ("article_source_fetches", "web_article_errors"))
    log.error(message)
    raise SourceFailed(message)
