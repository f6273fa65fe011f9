"""`article_sources` and `politeness` in the feeds YAML, validated up front like the feeds.

politeness:                 # per run; every key optional
  max_requests_per_host: 200
  min_delay_seconds: 0.5
  user_agent: "…"           # default: suanli/<version> (…)
article_sources:
  - name: ithome_rss        # ^[a-z][a-z0-9_]*$, unique among sources and feeds
    url: https://…/rss      # RSS 2.0, RSS 1.0 or Atom (feedparser), or one HTML page
    format: feed            # feed (default) | page
    keywords: [GPU, 算力]    # kept when the title or summary has one (any case); [] = all
    max_items: 30           # kept items per run (default 30)
    timeout, retries, retry_backoff, headers, description   # as for feeds
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from suanli.feeds.config import (
    FeedConfigError,
    FeedSource,
    _source_kwargs,
    default_config_path,
    entry_name,
)
from suanli.feeds.urls import (
    DEFAULT_MAX_REQUESTS_PER_HOST,
    DEFAULT_MIN_DELAY_SECONDS,
    USER_AGENT,
    Politeness,
)

SOURCE_FORMATS = ("feed", "page")
DEFAULT_MAX_ITEMS = 30
MAX_PAGE_BYTES = 5 * 1024 * 1024
SOURCE_KEYS = {
    "name",
    "description",
    "url",
    "format",
    "keywords",
    "max_items",
    "headers",
    "timeout",
    "retries",
    "retry_backoff",
}
POLITENESS_KEYS = {"max_requests_per_host", "min_delay_seconds", "user_agent"}


@dataclass(frozen=True)
class ArticleSource:
    """One article source; `fetch_source` is how the fetch layer sees its feed or page."""

    name: str
    url: str
    format: str
    keywords: tuple[str, ...]
    max_items: int
    fetch_source: FeedSource
    description: str | None = None

    def matches(self, *texts: str | None) -> bool:
        if not self.keywords:
            return True
        haystack = " ".join(t for t in texts if t).casefold()
        return any(keyword.casefold() in haystack for keyword in self.keywords)


@dataclass(frozen=True)
class SourcesConfig:
    path: Path
    article_sources: tuple[ArticleSource, ...]
    politeness: Politeness


def load_sources_config(path: str | Path | None = None) -> SourcesConfig:
    """The article sources and politeness of a feeds YAML (default: $SUANLI_FEEDS)."""
    path = Path(path) if path is not None else default_config_path()
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise FeedConfigError(f"{path}: cannot read feed configuration: {exc}") from exc
    if not isinstance(document, dict):
        raise FeedConfigError(f"{path}: top level must be a mapping")
    feed_names = {
        entry.get("name")
        for section in ("price_feeds", "fx_feeds")
        for entry in document.get(section) or []
        if isinstance(entry, dict)
    }
    return SourcesConfig(
        path=path,
        article_sources=_article_sources(document.get("article_sources"), path, feed_names),
        politeness=_politeness(document.get("politeness")),
    )


def _politeness(spec: Any) -> Politeness:
    if spec is None:
        return Politeness()
    if not isinstance(spec, dict):
        raise FeedConfigError("politeness: must be a mapping")
    unknown = set(spec) - POLITENESS_KEYS
    if unknown:
        raise FeedConfigError(f"politeness: unknown keys {sorted(unknown)}")
    cap = spec.get("max_requests_per_host", DEFAULT_MAX_REQUESTS_PER_HOST)
    if not isinstance(cap, int) or isinstance(cap, bool) or cap < 1:
        raise FeedConfigError("politeness: max_requests_per_host must be a positive integer")
    delay = spec.get("min_delay_seconds", DEFAULT_MIN_DELAY_SECONDS)
    if not isinstance(delay, int | float) or isinstance(delay, bool) or not 0 <= delay <= 60:
        raise FeedConfigError("politeness: min_delay_seconds must be a number from 0 to 60")
    agent = spec.get("user_agent", USER_AGENT)
    if not isinstance(agent, str) or not agent.strip() or "\n" in agent:
        raise FeedConfigError("politeness: user_agent must be a one-line string")
    return Politeness(cap, float(delay), agent.strip())


def _article_sources(entries: Any, path: Path, feed_names: set) -> tuple[ArticleSource, ...]:
    if entries is None:
        return ()
    if not isinstance(entries, list):
        raise FeedConfigError(f"{path}: article_sources must be a list")
    sources, seen = [], set()
    for index, entry in enumerate(entries):
        name, label = entry_name(entry, "article_sources", index, "article source")
        if name in seen or name in feed_names:
            raise FeedConfigError(f"{label}: duplicate name (names are unique across sources)")
        seen.add(name)
        sources.append(_article_source(entry, path.resolve().parent, label))
    return tuple(sources)


def _article_source(entry: dict, base_dir: Path, label: str) -> ArticleSource:
    unknown = set(entry) - SOURCE_KEYS
    if unknown:
        raise FeedConfigError(
            f"{label}: unknown keys {sorted(unknown)} (allowed: {sorted(SOURCE_KEYS)})"
        )
    fmt = entry.get("format", "feed")
    if fmt not in SOURCE_FORMATS:
        raise FeedConfigError(f"{label}: format: {fmt!r} is not one of {', '.join(SOURCE_FORMATS)}")
    keywords = entry.get("keywords", [])
    if keywords is None:
        keywords = []
    if not isinstance(keywords, list) or not all(
        isinstance(k, str | int) and str(k).strip() for k in keywords
    ):
        raise FeedConfigError(f"{label}: keywords: must be a list of non-empty words ([] = all)")
    max_items = entry.get("max_items", DEFAULT_MAX_ITEMS)
    if not isinstance(max_items, int) or isinstance(max_items, bool) or not 1 <= max_items <= 500:
        raise FeedConfigError(f"{label}: max_items: must be an integer from 1 to 500")
    # The fetch layer's own validation (url, secrets, headers, timeout, retries) applies as is.
    fetch_keys = {k: v for k, v in entry.items() if k not in {"keywords", "max_items", "format"}}
    try:
        kwargs = _source_kwargs(fetch_keys, SOURCE_KEYS - {"keywords", "max_items", "format"})
    except FeedConfigError as exc:
        raise FeedConfigError(str(exc).replace(f"feed {entry['name']}", label, 1)) from None
    kwargs["format"] = "xml" if fmt == "feed" else "json"  # unused by page and feed fetches
    return ArticleSource(
        name=entry["name"],
        url=kwargs["url"],
        format=fmt,
        keywords=tuple(str(k).strip() for k in keywords),
        max_items=max_items,
        fetch_source=FeedSource(base_dir=base_dir, **kwargs),
        description=kwargs["description"],
    )
