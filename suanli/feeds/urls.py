"""Where a fetch really goes, and how politely: the URL rewrite and per-host politeness.

`SUANLI_URL_REWRITE="PREFIX=REPLACEMENT[,PREFIX=REPLACEMENT…]"` maps every URL suanli fetches
(feeds, article feeds, pages, robots.txt) to a mirror or proxy; the longest matching prefix wins.
Stored and logged URLs stay the configured ones, so a mirror never changes what the warehouse
says a source is.

Politeness applies per run: a User-Agent naming suanli, at most `max_requests_per_host`
requests to one host, and at least `min_delay_seconds` between two requests to one host. The
assets open a `politeness_scope` for their run, configured by the feeds YAML's `politeness`;
outside one (a one-feed trial, library use) requests carry the User-Agent but are not capped or
spaced.
"""

from __future__ import annotations

import os
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from importlib import metadata
from urllib.parse import urlsplit

REWRITE_ENV = "SUANLI_URL_REWRITE"
DEFAULT_MAX_REQUESTS_PER_HOST = 200
DEFAULT_MIN_DELAY_SECONDS = 0.5


def _user_agent() -> str:
    try:
        dist = metadata.distribution("suanli")
    except metadata.PackageNotFoundError:
        return "suanli (AI-compute market warehouse)"
    urls = [u.split(",", 1)[-1].strip() for u in dist.metadata.get_all("Project-URL") or []]
    where = f"; +{urls[0]}" if urls else ""
    return f"suanli/{dist.version} (AI-compute market warehouse{where})"


USER_AGENT = _user_agent()


class RewriteError(ValueError):
    """SUANLI_URL_REWRITE is malformed; the message quotes the bad entry."""


class HostBudgetExhausted(RuntimeError):
    """This run already sent the configured number of requests to the host."""


def parse_rewrites(spec: str | None) -> tuple[tuple[str, str], ...]:
    """`PREFIX=REPLACEMENT,…` as (prefix, replacement) pairs, longest prefix first."""
    rules = []
    for entry in (spec or "").split(","):
        if not entry.strip():
            continue
        prefix, sep, replacement = entry.strip().partition("=")
        if not sep or not prefix or not replacement:
            raise RewriteError(f"{REWRITE_ENV}: {entry.strip()!r} is not PREFIX=REPLACEMENT")
        rules.append((prefix, replacement))
    return tuple(sorted(rules, key=lambda rule: len(rule[0]), reverse=True))


def rewrite_url(url: str, spec: str | None = None) -> str:
    """The URL actually fetched: `url` with its longest matching rewrite prefix replaced."""
    rules = parse_rewrites(os.environ.get(REWRITE_ENV) if spec is None else spec)
    for prefix, replacement in rules:
        if url.startswith(prefix):
            return replacement + url[len(prefix) :]
    return url


@dataclass(frozen=True)
class Politeness:
    max_requests_per_host: int | None = DEFAULT_MAX_REQUESTS_PER_HOST
    min_delay_seconds: float = DEFAULT_MIN_DELAY_SECONDS
    user_agent: str = USER_AGENT


@dataclass
class HostLimiter:
    """Counts and spaces the requests of one run, per host (scheme://host:port)."""

    politeness: Politeness = field(default_factory=Politeness)
    _sent: dict[str, int] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def wait_turn(self, url: str) -> None:
        """Block until a request to the URL's host is polite; raise when the host's budget for
        this run is spent."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return
        host = f"{parts.scheme}://{parts.netloc.rsplit('@', 1)[-1].lower()}"
        with self._lock:
            sent = self._sent.get(host, 0)
            cap = self.politeness.max_requests_per_host
            if cap is not None and sent >= cap:
                raise HostBudgetExhausted(
                    f"{host}: this run already sent {sent} requests, the per-host cap "
                    "(politeness.max_requests_per_host)"
                )
            self._sent[host] = sent + 1
            due = self._last.get(host, float("-inf")) + self.politeness.min_delay_seconds
            pause = max(0.0, due - time.monotonic())
            self._last[host] = time.monotonic() + pause
        if pause:
            time.sleep(pause)


_PROCESS_LIMITER = HostLimiter(Politeness(max_requests_per_host=None, min_delay_seconds=0.0))
_CURRENT: ContextVar[HostLimiter | None] = ContextVar("suanli_host_limiter", default=None)
# A process that executes many runs (a code server, tests) keeps only the latest runs' limiters:
# a run's steps draw on its limiter within minutes, so an evicted one is long finished.
RUN_LIMITERS_KEPT = 64
_RUN_LIMITERS: OrderedDict[str, HostLimiter] = OrderedDict()
_RUN_LIMITERS_LOCK = threading.Lock()


def current_limiter() -> HostLimiter:
    return _CURRENT.get() or _PROCESS_LIMITER


@contextmanager
def politeness_scope(run_id: str, politeness: Politeness) -> Iterator[HostLimiter]:
    """Every fetch inside shares the run's per-host budget and spacing (one limiter per run id,
    so the assets of one run draw on one budget)."""
    with _RUN_LIMITERS_LOCK:
        limiter = _RUN_LIMITERS.get(run_id)
        if limiter is None or limiter.politeness != politeness:
            limiter = _RUN_LIMITERS[run_id] = HostLimiter(politeness)
        _RUN_LIMITERS.move_to_end(run_id)
        while len(_RUN_LIMITERS) > RUN_LIMITERS_KEPT:
            _RUN_LIMITERS.popitem(last=False)
    token = _CURRENT.set(limiter)
    try:
        yield limiter
    finally:
        _CURRENT.reset(token)


def prepare_request(url: str) -> str:
    """The hook every fetch calls: rewrite the URL, then wait for the host's turn."""
    target = rewrite_url(url)
    current_limiter().wait_turn(target)
    return target
