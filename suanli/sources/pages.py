"""Article pages: robots.txt, a guarded fetch through the feed fetch layer, decoding, main text.

A page is landed raw with its sha256 exactly as a feed is (suanli.feeds.fetch), by a session
that refuses before the body is read what cannot be an article page: a non-HTML Content-Type,
a Content-Length over the cap; a body growing past the cap is cut off as it streams.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from types import MappingProxyType
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import requests
from charset_normalizer import from_bytes

from suanli.feeds.config import ENV_VAR
from suanli.feeds.fetch import FetchFailed, build_session, fetch, scrub
from suanli.feeds.urls import HostBudgetExhausted, current_limiter, prepare_request
from suanli.sources.config import MAX_PAGE_BYTES, ArticleSource

MAX_REDIRECTS = 10
MAX_ROBOTS_BYTES = 512 * 1024
ROBOTS_TIMEOUT = (5.0, 15.0)
HTML_TYPES = ("text/html", "application/xhtml+xml")
_HTML_SNIFF = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<p[\s>]", re.I)
# Page bytes are only decoded as these when they are not UTF-8: Chinese news sites publish in
# GBK/GB18030 (mainland) and Big5 (Taiwan, Hong Kong), often with a wrong or missing charset.
LEGACY_CODECS = ("gb18030", "big5")
# Less than this (a navigation bar, a cookie notice) is not an article's main text.
MIN_MAIN_TEXT_CHARS = 40


class PageError(Exception):
    """An item's page cannot become an article; the message is the reason."""

    def __init__(self, reason: str, landing_path: str | None = None):
        super().__init__(reason)
        self.landing_path = landing_path


@dataclass(frozen=True)
class Page:
    url: str
    path: Path
    bytes: int
    sha256: str
    encoding: str
    text: str
    title: str | None
    author: str | None
    published: date | None


class _Refused(Exception):
    pass


def _guard(response: requests.Response, *args, **kwargs) -> None:
    """Refuse a success response that is not HTML or too large, before its body is read."""
    if not 200 <= response.status_code < 300:
        return
    kind = response.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
    if kind and kind not in HTML_TYPES:
        response.close()
        raise _Refused(f"not an HTML page (Content-Type {kind})")
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > MAX_PAGE_BYTES:
        response.close()
        raise _Refused(f"page of {int(length)} bytes is over the {MAX_PAGE_BYTES} byte cap")
    read1, received = response.raw.read1, [0]

    def capped_read1(*a, **k):
        chunk = read1(*a, **k)
        received[0] += len(chunk)
        if received[0] > MAX_PAGE_BYTES:
            raise _Refused(f"page is over the {MAX_PAGE_BYTES} byte cap (cut off while reading)")
        return chunk

    response.raw.read1 = capped_read1


def page_session(source: ArticleSource) -> requests.Session:
    session = build_session(
        total=min(source.fetch_source.retries, 2),
        backoff_factor=source.fetch_source.retry_backoff,
        body_retries=1,
    )
    session.max_redirects = MAX_REDIRECTS
    session.hooks["response"].append(_guard)
    return session


class Robots:
    """robots.txt per origin for one run (RFC 9309: a 4xx means no rules; a 5xx or an
    unreachable robots.txt means stay away)."""

    def __init__(self, session: requests.Session):
        self._session = session
        self._rules: dict[str, RobotFileParser | bool] = {}

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
        if origin not in self._rules:
            self._rules[origin] = self._load(origin)
        rules = self._rules[origin]
        if isinstance(rules, bool):
            return rules
        return rules.can_fetch(current_limiter().politeness.user_agent, url)

    def _load(self, origin: str) -> RobotFileParser | bool:
        try:
            target = prepare_request(origin + "/robots.txt")
            headers = {"User-Agent": current_limiter().politeness.user_agent}
            with self._session.get(
                target, headers=headers, timeout=ROBOTS_TIMEOUT, stream=True
            ) as response:
                if 400 <= response.status_code < 500:
                    return True
                if response.status_code >= 500:
                    return False
                body = response.raw.read(MAX_ROBOTS_BYTES, decode_content=True)
        except HostBudgetExhausted as exc:
            raise PageError(f"robots.txt not fetched: {exc}") from None
        except (requests.RequestException, OSError):
            return False
        parser = RobotFileParser()
        parser.parse(body.decode("utf-8", errors="replace").splitlines())
        return parser


def robots_session() -> requests.Session:
    session = build_session(total=1, backoff_factor=0.2, body_retries=0)
    session.max_redirects = MAX_REDIRECTS
    return session


def land_page(
    source: ArticleSource,
    url: str,
    day: date,
    landing_root: Path,
    session: requests.Session,
) -> tuple[Path, int, str]:
    """Fetch one page into landing/article_pages/<source>/<url hash>/<day>/, raw with its sha256.

    The source's headers (possibly credentials for its feed) are never sent to page hosts."""
    if ENV_VAR.search(url):
        # The fetch layer expands ${VAR} from the environment: a link must never reach it.
        raise PageError("link contains ${…}, refused")
    if urlsplit(url).scheme not in ("http", "https"):
        raise PageError(f"link is not http(s): {url[:200]}")
    page = replace(
        source.fetch_source,
        name=hashlib.sha256(url.encode("utf-8")).hexdigest()[:16],
        url=url,
        headers=MappingProxyType({}),
    )
    try:
        landing = fetch(page, day, landing_root / source.name, session)
    except FetchFailed as exc:
        partial = str(exc.partial) if exc.partial and exc.partial.is_file() else None
        raise PageError(str(exc), partial) from None
    except _Refused as exc:
        raise PageError(str(exc)) from None
    return landing.path, landing.bytes, landing.sha256


def read_page(url: str, path: Path, size: int, sha256: str) -> Page:
    """Decode and extract a landed page; PageError when it is not an article page."""
    data = path.read_bytes()
    if len(data) > MAX_PAGE_BYTES:
        raise PageError(
            f"page of {len(data)} bytes is over the {MAX_PAGE_BYTES} byte cap", str(path)
        )
    if not _HTML_SNIFF.search(data[:8192]):
        raise PageError("not an HTML page (no HTML markup in its first 8 KB)", str(path))
    text, encoding = decode_page(data, str(path))
    import trafilatura

    document = trafilatura.bare_extraction(
        text, url=url, with_metadata=True, include_comments=False, include_tables=True
    )
    body = (getattr(document, "text", None) or "").strip() if document is not None else ""
    length = len("".join(body.split()))
    if length < MIN_MAIN_TEXT_CHARS:
        raise PageError(
            f"no main text found in the page ({length} characters extracted, fewer than "
            f"{MIN_MAIN_TEXT_CHARS})",
            str(path),
        )
    published = None
    if getattr(document, "date", None):
        try:
            published = date.fromisoformat(document.date[:10])
        except ValueError:
            published = None
    return Page(
        url=url,
        path=path,
        bytes=size,
        sha256=sha256,
        encoding=encoding,
        text=body,
        title=(document.title or "").strip() or None,
        author=(document.author or "").strip() or None,
        published=published,
    )


def decode_page(data: bytes, where: str) -> tuple[str, str]:
    """The page's text and codec, judged from the bytes: a byte-order mark, strict UTF-8, else
    whichever of GB18030 and Big5 reads as coherent text (charset-normalizer's judgement).
    A declared charset is not trusted: pages routinely declare the wrong one or none."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as exc:
                raise PageError(
                    f"byte-order mark of {codec} but not {codec}: {exc}", where
                ) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=list(LEGACY_CODECS)).best()
    if best is None:
        raise PageError("undecodable page: neither UTF-8, GB18030 nor Big5", where)
    codec = codecs.lookup(best.encoding).name
    return data.decode(codec), codec


def scrubbed(message: str) -> str:
    return scrub(message).splitlines()[0][:500] if message else message
