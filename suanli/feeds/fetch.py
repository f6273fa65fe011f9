"""Fetching feeds to the landing area: retried, streamed, hashed, conditional, secret-free.

Secrets enter only through `${ENV_VAR}` in urls and headers. Their values are registered when
expanded and scrubbed from every message we build and from urllib3's log records; stored urls are
derived from the unexpanded template, so they can only ever show the variable's name.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import re
import stat
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Protocol
from urllib.parse import parse_qsl, quote, quote_plus, unquote, urlencode, urlsplit, urlunsplit
from urllib.request import url2pathname

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import HTTPError as Urllib3Error
from urllib3.util.retry import Retry

from suanli.feeds.config import ENV_VAR, FeedSource, LimitExceeded, is_sensitive
from suanli.feeds.urls import HostBudgetExhausted, current_limiter, rewrite_url

log = logging.getLogger(__name__)

CHUNK = 1 << 16
# The longest a Retry-After header can make us wait (urllib3 would allow six hours).
RETRY_AFTER_MAX = 120
_SECRETS: set[str] = set()
# Every value expanded from ${VAR}, however short: headers carrying one are dropped on a
# redirect to another host.
_ENV_VALUES: set[str] = set()
# Values this short would scrub ordinary words out of messages; they are not secrets anyway.
_MIN_SECRET = 4
# Directories (besides the feeds YAML's own) that local feed files may be read from.
FEED_ROOTS_ENV = "SUANLI_FEED_ROOTS"
PARTIAL_SUFFIX = ".partial"


class FeedError(RuntimeError):
    """A feed could not be fetched, parsed or loaded; the message names the feed."""


class FetchFailed(Exception):
    """A fetch failed; carries what was received so it can be recorded."""

    def __init__(self, message: str, http_status: int | None = None, partial: Path | None = None):
        super().__init__(message)
        self.http_status = http_status
        self.partial = partial


@dataclass(frozen=True)
class Landing:
    status: str  # "ok" | "not_modified"
    http_status: int | None
    path: Path
    bytes: int
    sha256: str
    etag: str | None
    last_modified: str | None


@dataclass(frozen=True)
class PreviousFetch:
    """The last good fetch of a feed: its validators and the bytes they describe."""

    path: Path
    etag: str | None
    last_modified: str | None


def scrub(text: str) -> str:
    for secret in sorted(_SECRETS, key=len, reverse=True):
        text = text.replace(secret, "***")
    return text


def secret_forms(secret: str) -> set[str]:
    """The spellings in which a secret can appear in a url, header or message: as is,
    percent-encoded as quote, quote_plus and requests (which leaves URL delimiters alone) write
    it, each also with lower-case hex, and base64 as in a Basic Authorization header."""
    forms = {secret}
    for encoded in (
        quote(secret, safe=""),
        quote(secret),
        quote_plus(secret),
        requests.utils.requote_uri(secret),
    ):
        forms.add(encoded)
        forms.add(re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), encoded))
    forms.add(base64.b64encode(secret.encode("utf-8")).decode("ascii"))
    return {form for form in forms if len(form) >= _MIN_SECRET}


def register_secret(value: str) -> None:
    """Scrub `value`, in every form it can take, from every message built from now on."""
    _ENV_VALUES.add(value)
    if len(value) >= _MIN_SECRET:
        _SECRETS.update(secret_forms(value))


def _register_userinfo(url: str) -> None:
    """Basic auth sends base64("user:password") of a url's userinfo: scrub that too."""
    if "://" not in url:
        return
    userinfo = urlsplit(url).netloc.rpartition("@")[0]
    if userinfo:
        user, _, password = userinfo.partition(":")
        pair = f"{unquote(user)}:{unquote(password)}"
        _SECRETS.add(base64.b64encode(pair.encode("utf-8")).decode("ascii"))


class _ScrubSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if _SECRETS:
            record.msg, record.args = scrub(record.getMessage()), None
        return True


_SCRUBBER = _ScrubSecrets()


def expand_env(template: str, feed_name: str) -> str:
    """`${VAR}` replaced by the environment's value; the value is registered as a secret."""
    return _expand(template, feed_name, lambda value, _at: value)


def expand_url_env(template: str, feed_name: str) -> str:
    """`expand_env` for a url: in an http(s) url, a value placed in the userinfo, path, query or
    fragment is percent-encoded, so a secret holding `&`, `#`, `/`, `@` or a space stays one
    component; a value in the host (`${API_HOST}`) or in a local path is placed as written."""
    if not template.lower().startswith(("http://", "https://")):
        return expand_env(template, feed_name)
    authority = template.index("://") + 3
    ends = [i for i in (template.find(c, authority) for c in "/?#") if i >= 0]
    host_end = min(ends, default=len(template))
    userinfo_end = template.rfind("@", authority, host_end)

    def place(value: str, at: int) -> str:
        return quote(value, safe="") if at < userinfo_end or at >= host_end else value

    return _expand(template, feed_name, place)


def _expand(template: str, feed_name: str, place: Callable[[str, int], str]) -> str:
    def value(match: re.Match) -> str:
        name = match.group(1)
        if name not in os.environ:
            raise FeedError(f"feed {feed_name}: environment variable {name} is not set")
        secret = os.environ[name]
        register_secret(secret)
        return place(secret, match.start())

    expanded = ENV_VAR.sub(value, template)
    if expanded != template:
        _register_userinfo(expanded)
    return expanded


def stored_url(template: str) -> str:
    """The url as recorded: no userinfo, fragment, or query parameter that uses the environment
    or is named like a credential. Built from the unexpanded template, never the live url."""
    if "://" not in template:
        return template
    parts = urlsplit(template)
    host = parts.netloc.rsplit("@", 1)[-1]
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if "${" not in v and not is_sensitive(k)
    ]
    return urlunsplit((parts.scheme, host, parts.path, urlencode(query), ""))


class FetchOutcome(Protocol):
    """What a feed's or an article source's result says about its fetch."""

    status: str
    http_status: int | None
    bytes: int | None
    sha256: str | None
    landing_path: str | None
    error: str | None


def fetch_log_columns(url_template: str, result: FetchOutcome, landing: Landing | None) -> dict:
    """The columns feed_fetches and article_source_fetches share: the URL as stored (secrets left
    as placeholders), the outcome, the validators of the landed bytes, and when."""
    return {
        "url": stored_url(url_template),
        "status": result.status,
        "http_status": result.http_status,
        "bytes": result.bytes,
        "sha256": result.sha256,
        "etag": getattr(landing, "etag", None),
        "last_modified": getattr(landing, "last_modified", None),
        "landing_path": result.landing_path,
        "error": result.error,
        "fetched_at": datetime.now(UTC),
    }


def fetch_log_row(
    owner: tuple[str, str],
    day: date,
    url_template: str,
    result: FetchOutcome,
    landing: Landing | None,
    counts: Sequence[str],
) -> dict:
    """A row of feed_fetches or article_source_fetches: its owner as (column, name), the
    partition, the columns the two share and the result's `counts` (attributes of the same
    names as the columns)."""
    column, name = owner
    return {
        column: name,
        "partition_date": day,
        **fetch_log_columns(url_template, result, landing),
        **{count: getattr(result, count) for count in counts},
    }


def landing_name(template: str) -> str:
    path = urlsplit(template).path if "://" in template else template
    name = path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    if not name or "${" in name:
        return "payload"
    return re.sub(r"[^A-Za-z0-9._-]", "_", name).lstrip(".") or "payload"


class FeedSession(requests.Session):
    """A requests session that also drops credential-like headers (X-Api-Key, Private-Token,
    …) on a redirect to another host, as requests already does for Authorization."""

    body_retries = 3
    body_backoff = 0.5

    def rebuild_auth(self, prepared_request, response):
        super().rebuild_auth(prepared_request, response)
        if self.should_strip_auth(response.request.url, prepared_request.url):
            for name in [
                h for h, v in prepared_request.headers.items() if _carries_credential(h, v)
            ]:
                del prepared_request.headers[name]


def _carries_credential(name: str, value: str | bytes) -> bool:
    """A header not to forward to another host: named like a credential, or carrying a value
    that came from the environment (`X-Client-Id: ${TOKEN}`)."""
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    return is_sensitive(name) or any(secret and secret in value for secret in _ENV_VALUES)


def session_for(feed: FeedSource) -> requests.Session:
    """A session with the feed's own retry budget (`retries`, `retry_backoff`)."""
    return build_session(
        total=feed.retries,
        backoff_factor=feed.retry_backoff,
        body_retries=min(feed.retries, 3),
    )


def build_session(
    total: int = 4,
    backoff_factor: float = 0.5,
    backoff_max: float = 30.0,
    status_forcelist: Iterable[int] = (429, 500, 502, 503, 504),
    body_retries: int = 3,
) -> requests.Session:
    """A session retrying connects, reads and retryable statuses (honouring Retry-After).

    Failures while streaming the body happen after urllib3 has handed over the response, so
    `fetch` retries those itself, `session.body_retries` times.
    """
    retry = Retry(
        total=total,
        backoff_factor=backoff_factor,
        backoff_max=backoff_max,
        status_forcelist=tuple(status_forcelist),
        allowed_methods=frozenset({"GET", "HEAD"}),
        respect_retry_after_header=True,
        retry_after_max=RETRY_AFTER_MAX,
        raise_on_status=False,
    )
    session = FeedSession()
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.body_retries = body_retries
    session.body_backoff = backoff_factor
    for name in (
        "urllib3.connectionpool",
        "urllib3.util.retry",
        "urllib3.response",
        "requests",
        __name__,
        "suanli.feeds.ingest",
    ):
        logger = logging.getLogger(name)
        if _SCRUBBER not in logger.filters:
            logger.addFilter(_SCRUBBER)
    return session


def _local_path(feed: FeedSource, url: str) -> Path | None:
    if url.startswith("file://"):
        return Path(url2pathname(urlsplit(url).path))
    if "://" in url:
        return None
    path = Path(url).expanduser()
    return path if path.is_absolute() else feed.base_dir / path


def feed_roots(feed: FeedSource, environ: dict[str, str] | None = None) -> list[Path]:
    """Where local feed files may be read: the feeds YAML's directory and the directories in
    $SUANLI_FEED_ROOTS (separated by os.pathsep), symlinks resolved."""
    env = os.environ if environ is None else environ
    named = [r for r in (env.get(FEED_ROOTS_ENV) or "").split(os.pathsep) if r.strip()]
    return [Path(root).expanduser().resolve() for root in (feed.base_dir, *named)]


def confined_local_file(feed: FeedSource, path: Path) -> Path:
    """The real path of a local feed file, after checking it lies below one of feed_roots
    (symlinks and `..` resolved first), is a regular file (not /dev/zero, a FIFO or a
    directory) and is within the feed's byte limit (checked before a byte is read)."""
    real = path.resolve()
    roots = feed_roots(feed)
    if not any(real.is_relative_to(root) for root in roots):
        allowed = ", ".join(str(root) for root in roots)
        raise FetchFailed(
            f"local file {path} is outside the directories feeds may read ({allowed}); "
            f"add its directory to {FEED_ROOTS_ENV} to allow it"
        )
    try:
        info = real.stat()
    except OSError as exc:
        raise FetchFailed(f"cannot read {path}: {exc.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        raise FetchFailed(f"local file {path} is not a regular file")
    if info.st_size > feed.limits.bytes:
        raise FetchFailed(str(LimitExceeded(feed.name, "bytes", feed.limits.bytes, f"{path}")))
    return real


def clean_stale_partials(feed: FeedSource, feed_dir: Path) -> None:
    """Remove leftovers of interrupted writes that could only fill the disk: `.partial` files
    of this feed over its byte limit. Smaller ones are kept: a failed body read leaves the bytes
    it received there on purpose, recorded in feed_fetches."""
    if not feed_dir.is_dir():
        return
    for leftover in feed_dir.glob(f"*/*{PARTIAL_SUFFIX}"):
        try:
            if leftover.stat().st_size > feed.limits.bytes:
                leftover.unlink()
                log.warning("feed %s: removed oversized leftover %s", feed.name, leftover)
        except FileNotFoundError:
            continue


def _capped(chunks: Iterable[bytes], feed: FeedSource, what: str) -> Iterator[bytes]:
    """The chunks, failing with LimitExceeded once more than the feed's `bytes` limit came."""
    total = 0
    for chunk in chunks:
        total += len(chunk)
        if total > feed.limits.bytes:
            raise LimitExceeded(feed.name, "bytes", feed.limits.bytes, what)
        yield chunk


def _write_stream(chunks: Iterable[bytes], target: Path) -> tuple[int, str]:
    """Write the chunks to `target`; on any failure but a broken connection (whose received
    bytes are kept as evidence), nothing is left behind."""
    digest, size = hashlib.sha256(), 0
    # A fresh inode: a leftover file here may be a hard link to bytes another partition landed.
    target.unlink(missing_ok=True)
    try:
        with target.open("wb") as out:
            for chunk in chunks:
                out.write(chunk)
                digest.update(chunk)
                size += len(chunk)
    except (requests.RequestException, Urllib3Error):
        raise
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return size, digest.hexdigest()


def _read_chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            yield chunk


def _land_again(previous: Path, target: Path) -> tuple[int, str]:
    """The previous fetch's bytes under this partition too: a hard link when the filesystem
    allows (landed files are never modified), else a copy; verified by re-hashing."""
    staged = target.with_name(target.name + ".partial")
    staged.unlink(missing_ok=True)
    try:
        os.link(previous, staged)
        with staged.open("rb") as stream:
            size, digest = staged.stat().st_size, hashlib.file_digest(stream, "sha256").hexdigest()
    except OSError:
        size, digest = _write_stream(_read_chunks(previous), staged)
    _finish(staged, target, digest)
    return size, digest


def _finish(partial: Path, final: Path, digest: str) -> None:
    """Publish the landed file only once whole, with a sha256sum-style sidecar."""
    os.replace(partial, final)
    final.with_name(final.name + ".sha256").write_text(f"{digest}  {final.name}\n")


class _BodyIncomplete(Exception):
    pass


def _body(response: requests.Response) -> Iterable[bytes]:
    """The decoded body as it arrives: read1 hands over every byte received before a reset or
    stall, so a failed read still lands what came (iter_content would drop the last chunk)."""
    while chunk := response.raw.read1(CHUNK, decode_content=True):
        yield chunk


def _attempts(response: requests.Response) -> int:
    retries = getattr(response.raw, "retries", None)
    return len(retries.history) + 1 if retries is not None else 1


def fetch(
    feed: FeedSource,
    partition_date: date,
    landing_root: Path,
    session: requests.Session,
    previous: PreviousFetch | None = None,
) -> Landing:
    """Land the feed's bytes under `<landing_root>/<feed>/<partition_date>/`, raw and whole.

    Raises FetchFailed (secrets scrubbed); a broken connection keeps whatever bytes were
    received on disk, anything else (a limit exceeded, a full disk) leaves no file behind.
    """
    directory = Path(landing_root) / feed.name / partition_date.isoformat()
    clean_stale_partials(feed, directory.parent)
    directory.mkdir(parents=True, exist_ok=True)
    final = directory / landing_name(feed.url)
    url = rewrite_url(expand_url_env(feed.url, feed.name))
    local = _local_path(feed, url)
    if local is not None:
        return _land_local(feed, local, final)
    if not url.startswith(("http://", "https://")):
        raise FetchFailed(f"unsupported url scheme in {stored_url(feed.url)}")
    return _land_http(feed, url, final, session, previous)


def _partial(final: Path) -> Path:
    return final.with_name(final.name + PARTIAL_SUFFIX)


def _land_local(feed: FeedSource, local: Path, final: Path) -> Landing:
    source = confined_local_file(feed, local)
    partial = _partial(final)
    try:
        size, digest = _write_stream(_capped(_read_chunks(source), feed, str(local)), partial)
    except LimitExceeded as exc:
        raise FetchFailed(scrub(str(exc))) from None
    except OSError as exc:
        raise FetchFailed(scrub(f"cannot read {exc.filename}: {exc.strerror}")) from None
    _finish(partial, final, digest)
    return Landing("ok", None, final, size, digest, None, None)


def _request_headers(feed: FeedSource, previous: PreviousFetch | None) -> dict[str, str]:
    """The feed's headers with its secrets filled in, asking only for bytes changed since the
    previous fetch."""
    headers = {k: expand_env(v, feed.name) for k, v in feed.headers.items()}
    headers.setdefault("User-Agent", current_limiter().politeness.user_agent)
    if previous is not None:
        if previous.etag:
            headers.setdefault("If-None-Match", previous.etag)
        if previous.last_modified:
            headers.setdefault("If-Modified-Since", previous.last_modified)
    return headers


def _land_http(
    feed: FeedSource,
    url: str,
    final: Path,
    session: requests.Session,
    previous: PreviousFetch | None,
) -> Landing:
    """GET the feed; a body that breaks off is fetched again, up to the session's body_retries."""
    headers = _request_headers(feed, previous)
    partial = _partial(final)
    attempts = getattr(session, "body_retries", 3) + 1
    backoff = getattr(session, "body_backoff", 0.5)
    log.info("fetching feed %s from %s", feed.name, stored_url(feed.url))
    for attempt in range(1, attempts + 1):
        try:
            current_limiter().wait_turn(url)
            response = session.get(url, headers=headers, timeout=feed.timeout, stream=True)
        except HostBudgetExhausted as exc:
            raise FetchFailed(scrub(str(exc))) from None
        except requests.RequestException as exc:
            raise FetchFailed(scrub(f"request failed: {exc}")) from None
        with response:
            status = response.status_code
            etag = response.headers.get("ETag")
            last_modified = response.headers.get("Last-Modified")
            if status == 304:
                return _land_not_modified(previous, final.parent, etag, last_modified)
            if not 200 <= status < 300:
                attempts_made = _attempts(response)
                after = f" after {attempts_made} attempts" if attempts_made > 1 else ""
                message = f"HTTP {status} {response.reason or ''}".strip() + after
                raise FetchFailed(scrub(message), status)
            try:
                size, digest = _land_body(response, feed, partial)
            except (requests.RequestException, Urllib3Error, _BodyIncomplete) as exc:
                if attempt == attempts:
                    message = scrub(f"body read failed after {attempts} attempts: {exc}")
                    raise FetchFailed(message, status, partial) from None
                log.warning("feed %s: body read failed (%s), retrying", feed.name, scrub(str(exc)))
                time.sleep(backoff * 2 ** (attempt - 1))
                continue
            except LimitExceeded as exc:
                raise FetchFailed(scrub(str(exc)), status) from None
        _finish(partial, final, digest)
        return Landing("ok", status, final, size, digest, etag, last_modified)
    raise AssertionError("unreachable")


def _land_body(response: requests.Response, feed: FeedSource, partial: Path) -> tuple[int, str]:
    """Write the response body to `partial`: (size, sha256); _BodyIncomplete when the server
    sent fewer bytes than it announced."""
    expected = response.headers.get("Content-Length")
    size, digest = _write_stream(_capped(_body(response), feed, "the response body"), partial)
    # Content-Length counts the bytes on the wire, before any Content-Encoding.
    received = response.raw.tell()
    if expected is not None and expected.isdigit() and received != int(expected):
        raise _BodyIncomplete(f"truncated body: {received} of {expected} bytes")
    return size, digest


def _land_not_modified(
    previous: PreviousFetch | None, directory: Path, etag: str | None, last_modified: str | None
) -> Landing:
    """HTTP 304: the unchanged bytes are landed again for this partition, so it stays complete
    and rebuildable on its own."""
    if previous is None:
        raise FetchFailed("HTTP 304 without a previous fetch to reuse", 304)
    target = directory / previous.path.name
    try:
        if previous.path.resolve() == target.resolve():
            with target.open("rb") as stream:
                size = target.stat().st_size
                digest = hashlib.file_digest(stream, "sha256").hexdigest()
        else:
            size, digest = _land_again(previous.path, target)
    except OSError as exc:
        message = f"HTTP 304 but the previous bytes are unreadable: {exc}"
        raise FetchFailed(message, 304) from None
    return Landing(
        "not_modified",
        304,
        target,
        size,
        digest,
        etag or previous.etag,
        last_modified or previous.last_modified,
    )
