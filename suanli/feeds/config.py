"""Feed configuration: YAML validated up front into immutable dataclasses.

Every error names the feed and the key, so a typo in one feed is found before any feed runs.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import yaml

from suanli.paths import SEEDS_DIR

NAME = re.compile(r"^[a-z][a-z0-9_]*$")
CURRENCY_CODE = re.compile(r"^[A-Z]{3}$")
FORMATS = ("csv", "json", "jsonl", "xml", "xlsx", "parquet")
DOCUMENT_FORMATS = ("json", "xml")
COMPRESSIONS = ("none", "gzip", "zip")
PRICE_KINDS = ("purchase", "rental_hour", "rental_month")
LAYOUTS = ("wide", "long")
SHORT_ROWS = ("fail", "reject")
PRICE_TARGETS = (
    "model",
    "price",
    "observed_at",
    "currency",
    "price_kind",
    "term",
    "region",
    "vendor",
    "source",
    "note",
    "units",
)
KEY_TARGETS = (
    "model_raw",
    "observed_at",
    "observed_on",
    "currency",
    "price_kind",
    "term",
    "region",
    "vendor",
    "source",
    "note",
)
DEFAULT_KEY = ("model_raw", "observed_at", "price_kind", "region", "term")
DEFAULT_TIMEOUT = (5.0, 30.0)
DEFAULT_RETRIES = 4
DEFAULT_RETRY_BACKOFF = 0.5
DECIMALS = (".", ",")
VALUE_MAP_TARGETS = ("model", "currency", "price_kind", "term", "region", "vendor")
MIB = 1 << 20
# Bytes landed per fetch (on the wire or on disk), bytes after decompression, records, and
# records x columns: a feed over any of them fails alone, naming the limit. A JSON or XML
# document and an xlsx workbook are parsed whole in memory (about ten times their size), so
# they get a smaller decompressed default than the formats DuckDB streams.
DEFAULT_LIMITS = {
    "bytes": 1024 * MIB,
    "decompressed_bytes": 4096 * MIB,
    "rows": 20_000_000,
    "cells": 400_000_000,
}
# Whole-document formats: an xlsx sheet holds at most 1,048,576 rows anyway.
WHOLE_DOCUMENT_LIMITS = {
    "decompressed_bytes": 128 * MIB,
    "rows": 1_100_000,
    "cells": 40_000_000,
}
WHOLE_DOCUMENT_FORMATS = ("json", "xml", "xlsx")
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([KMG]i?B|B)?\s*$", re.I)
_SIZE_UNITS = {"": 1, "B": 1, "KB": 1000, "MB": 1000**2, "GB": 1000**3}
_SIZE_UNITS |= {"KIB": 1 << 10, "MIB": 1 << 20, "GIB": 1 << 30}
# Plausible prices in USD per unit (one accelerator), by price kind. Outside them a price is a
# unit or data-entry error (1e308, a price per rack read as per chip, a currency mistaken for
# another), rejected with its reason. Rationale, from public list prices 2010-2026: the cheapest
# card sold as an accelerator costs tens of dollars, a flagship data-centre GPU (H100, B200)
# about $25,000-50,000, an 8-GPU server about $400,000 and a 72-GPU rack (GB200 NVL72) about
# $3 million when quoted whole without `units`; cloud prices run from about $0.10 per GPU-hour
# (T4-class, spot) to about $700 per hour for a whole 72-GPU rack, and a month is 730 hours.
# Each bound leaves ten times that or more, and the lower ones stay below a dollar so a cheap
# part's price in a weak currency is never refused. A feed may set its own with `price_band`.
DEFAULT_PRICE_BANDS_USD: Mapping[str, tuple[float, float]] = MappingProxyType(
    {
        "purchase": (0.5, 50_000_000.0),
        "rental_hour": (0.001, 10_000.0),
        "rental_month": (0.5, 10_000_000.0),
    }
)
# Dates no feed can mean: before GPUs were priced or rates published as data, or too far
# after the partition's day to be an observation (a year allows forward-dated quotes).
EARLIEST_DATE = "1970-01-01"
LATEST_DAYS_AHEAD = 366
ENV_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
# Header and query-parameter names that carry credentials; their values must come from ${ENV}.
_SENSITIVE_EXACT = frozenset(
    "key apikey auth authorization sig session sessionid cookie pwd passwd appkey "
    "appsecret accesskey secretkey".split()
)
_SENSITIVE_PART = re.compile(r"token|secret|passw|api[-_]?key|signature|credential|private")

COMMON_KEYS = {
    "name",
    "description",
    "url",
    "format",
    "encoding",
    "compression",
    "member",
    "records",
    "record_key",
    "record_value",
    "record_columns",
    "headers",
    "timeout",
    "retries",
    "retry_backoff",
    "delimiter",
    "skip_rows",
    "short_rows",
    "sheet",
    "missing",
    "date_format",
    "decimal",
    "limits",
}
PRICE_KEYS = COMMON_KEYS | {
    "price_band",
    "fields",
    "price_kind",
    "prices",
    "price_scale",
    "filter",
    "key",
    "value_map",
}
FX_KEYS = COMMON_KEYS | {"layout", "base", "date_field", "quote_field", "rate_field"}


class FeedConfigError(ValueError):
    """The feed configuration is invalid; the message names the feed and the key."""


@dataclass(frozen=True)
class FieldRef:
    """Where a target value comes from: a record field, a top-level JSON value, or a literal."""

    kind: str  # "field" | "json" | "literal"
    value: str

    @classmethod
    def parse(cls, spec: str) -> FieldRef:
        if spec.startswith("="):
            return cls("literal", spec[1:])
        if spec.startswith("$."):
            return cls("json", spec[2:])
        return cls("field", spec)


@dataclass(frozen=True)
class PriceColumn:
    """One price column of a feed and the kind of price it holds."""

    field: FieldRef
    price_kind: str | None
    term: str | None = None


class LimitExceeded(ValueError):
    """A feed is larger than one of its limits; the message names the limit and how to raise it."""

    def __init__(self, feed_name: str, limit: str, value: int, what: str):
        super().__init__(
            f"{what} exceeds the feed's limit {limit} = {value:,} "
            f"(set limits.{limit} for feed {feed_name} in the feeds YAML to allow more)"
        )
        self.limit = limit


@dataclass(frozen=True)
class FeedLimits:
    """How much of a feed is read before it fails: see DEFAULT_LIMITS."""

    bytes: int = DEFAULT_LIMITS["bytes"]
    decompressed_bytes: int = DEFAULT_LIMITS["decompressed_bytes"]
    rows: int = DEFAULT_LIMITS["rows"]
    cells: int = DEFAULT_LIMITS["cells"]


@dataclass(frozen=True)
class FeedSource:
    """How to fetch and read a feed's bytes; shared by price and FX feeds."""

    name: str
    url: str
    base_dir: Path
    format: str = "csv"
    encoding: str = "auto"
    compression: str = "none"
    member: str | None = None
    records: str | None = None
    record_key: str = "key"
    record_value: str = "value"
    record_columns: str | None = None
    headers: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    timeout: tuple[float, float] = DEFAULT_TIMEOUT
    retries: int = DEFAULT_RETRIES
    retry_backoff: float = DEFAULT_RETRY_BACKOFF
    delimiter: str = ","
    skip_rows: int = 0
    short_rows: str = "fail"
    sheet: str | None = None
    missing: tuple[str, ...] = ()
    date_format: tuple[str, ...] = ()
    decimal: str = "."
    description: str | None = None
    limits: FeedLimits = field(default_factory=lambda: FeedLimits())


@dataclass(frozen=True)
class PriceFeed(FeedSource):
    fields: Mapping[str, FieldRef] = field(default_factory=lambda: MappingProxyType({}))
    prices: tuple[PriceColumn, ...] = ()
    price_scale: float = 1.0
    filter: str | None = None
    key: tuple[str, ...] = DEFAULT_KEY
    value_map: Mapping[str, Mapping[str, str]] = field(default_factory=lambda: MappingProxyType({}))
    price_band: Mapping[str, tuple[float, float]] = field(
        default_factory=lambda: DEFAULT_PRICE_BANDS_USD
    )


@dataclass(frozen=True)
class FxFeed(FeedSource):
    layout: str = "wide"
    base: FieldRef = FieldRef("literal", "EUR")
    date_field: FieldRef = FieldRef("field", "date")
    quote_field: FieldRef | None = None
    rate_field: FieldRef | None = None


@dataclass(frozen=True)
class FeedConfig:
    path: Path
    price_feeds: tuple[PriceFeed, ...]
    fx_feeds: tuple[FxFeed, ...]

    @property
    def by_name(self) -> Mapping[str, PriceFeed | FxFeed]:
        return MappingProxyType({f.name: f for f in (*self.price_feeds, *self.fx_feeds)})


def is_sensitive(name: str) -> bool:
    """Whether a header or query-parameter name suggests its value is a credential."""
    lowered = name.strip().lower()
    return lowered.replace("-", "").replace("_", "") in _SENSITIVE_EXACT or bool(
        _SENSITIVE_PART.search(lowered)
    )


def default_config_path() -> Path:
    return Path(os.environ.get("SUANLI_FEEDS") or SEEDS_DIR / "feeds.yaml")


def load_feed_config(path: str | Path | None = None) -> FeedConfig:
    """Read and validate a feeds YAML file (default: $SUANLI_FEEDS, else seeds/feeds.yaml)."""
    path = Path(path) if path is not None else default_config_path()
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise FeedConfigError(f"{path}: cannot read feed configuration: {exc}") from exc
    return parse_feed_config(document, path.resolve().parent, path)


def parse_feed_config(document: Any, base_dir: Path, path: Path | None = None) -> FeedConfig:
    if document is None:
        document = {}
    if not isinstance(document, dict):
        raise FeedConfigError(f"{path}: top level must be a mapping with price_feeds / fx_feeds")
    # article_sources and politeness are read by suanli.sources.config from the same file.
    unknown = set(document) - {"price_feeds", "fx_feeds", "article_sources", "politeness"}
    if unknown:
        raise FeedConfigError(f"{path}: unknown top-level keys {sorted(unknown)}")
    price_feeds, fx_feeds, seen = [], [], set()
    for section, parser, out in (
        ("price_feeds", _price_feed, price_feeds),
        ("fx_feeds", _fx_feed, fx_feeds),
    ):
        entries = document.get(section) or []
        if not isinstance(entries, list):
            raise FeedConfigError(f"{path}: {section} must be a list")
        for index, entry in enumerate(entries):
            name, label = entry_name(entry, section, index, "feed")
            if name in seen:
                raise FeedConfigError(f"{label}: duplicate name")
            seen.add(name)
            out.append(parser(entry, base_dir))
    return FeedConfig(Path(path or base_dir), tuple(price_feeds), tuple(fx_feeds))


def _fail(entry: dict, key: str, problem: str) -> FeedConfigError:
    return FeedConfigError(f"feed {entry['name']}: {key}: {problem}")


def _string(entry: dict, key: str, default: str | None = None, *, choices=None) -> str | None:
    value = entry.get(key, default)
    if value is None:
        return None
    if not isinstance(value, str) or not value:
        raise _fail(entry, key, f"must be a non-empty string, got {value!r}")
    if choices is not None and value not in choices:
        raise _fail(entry, key, f"{value!r} is not one of {', '.join(choices)}")
    return value


def _strings(entry: dict, key: str) -> tuple[str, ...]:
    value = entry.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(entry, key, "must be a string or a list of strings")
    return tuple(value)


def entry_name(entry: Any, section: str, index: int, noun: str) -> tuple[str, str]:
    """(name, label) of one entry of a config list; the label names the entry in errors:
    `{noun} {name}`, or `{section}[{index}]` while it has no usable name. An entry that is no
    mapping, or whose name does not match NAME, is refused."""
    if not isinstance(entry, dict):
        raise FeedConfigError(f"{section}[{index}]: must be a mapping")
    name = entry.get("name")
    label = f"{noun} {name}" if isinstance(name, str) else f"{section}[{index}]"
    if not isinstance(name, str) or not NAME.match(name):
        raise FeedConfigError(f"{label}: name {name!r} must match {NAME.pattern}")
    return name, label


def _source_kwargs(entry: dict, allowed: set[str]) -> dict[str, Any]:
    """The keys every feed shares: where to fetch, how to decode and how to parse."""
    unknown = set(entry) - allowed
    if unknown:
        raise _fail(entry, "keys", f"unknown {sorted(unknown)} (allowed: {sorted(allowed)})")
    url = entry.get("url")
    if not isinstance(url, str) or not url.strip():
        raise _fail(entry, "url", "missing")
    _check_secrets_in_url(entry, url.strip())
    document = _document_kwargs(entry)
    return dict(
        name=entry["name"],
        limits=_limits(entry, document["format"]),
        url=url.strip(),
        **document,
        headers=_headers(entry),
        **_transport_kwargs(entry),
        **_text_kwargs(entry),
        description=_string(entry, "description"),
    )


def _document_kwargs(entry: dict) -> dict[str, Any]:
    """The document's format, packing and encoding, and the options each format allows."""
    fmt = _string(entry, "format", "csv", choices=FORMATS)
    compression = _string(entry, "compression", "none", choices=COMPRESSIONS)
    encoding = _string(entry, "encoding", "auto")
    if encoding != "auto":
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise _fail(entry, "encoding", f"unknown codec {encoding!r}") from None
    options = dict(
        format=fmt,
        encoding=encoding,
        compression=compression,
        member=_string(entry, "member"),
        records=_string(entry, "records"),
        record_key=_string(entry, "record_key", "key"),
        record_value=_string(entry, "record_value", "value"),
        record_columns=_string(entry, "record_columns"),
        short_rows=_string(entry, "short_rows", "fail", choices=SHORT_ROWS),
        sheet=_string(entry, "sheet"),
    )
    only_valid_with = [
        ("member", options["member"] is not None, compression == "zip", "compression: zip"),
        ("records", options["records"] is not None, fmt in DOCUMENT_FORMATS, "format: json or xml"),
        ("record_columns", options["record_columns"] is not None, fmt == "json", "format: json"),
        ("short_rows", options["short_rows"] != "fail", fmt == "csv", "format: csv"),
        ("sheet", options["sheet"] is not None, fmt == "xlsx", "format: xlsx"),
    ]
    for key, given, valid, requirement in only_valid_with:
        if given and not valid:
            raise _fail(entry, key, f"only valid with {requirement}")
    return options


def _headers(entry: dict) -> Mapping[str, str]:
    """Request headers; a credential among them must come from the environment."""
    headers = entry.get("headers") or {}
    if not isinstance(headers, dict) or not all(
        isinstance(k, str) and isinstance(v, str | int | float) for k, v in headers.items()
    ):
        raise _fail(entry, "headers", "must map header names to strings")
    for name, value in headers.items():
        _check_env_syntax(entry, f"headers.{name}", str(value))
        if is_sensitive(name) and not ENV_VAR.search(str(value)):
            raise _fail(
                entry,
                f"headers.{name}",
                'credentials must come from the environment, e.g. "Bearer ${MY_TOKEN}"; '
                "a literal value would sit in the YAML file",
            )
    return MappingProxyType({k: str(v) for k, v in headers.items()})


def _transport_kwargs(entry: dict) -> dict[str, Any]:
    """Timeouts and retries of the feed's requests."""
    timeout = entry.get("timeout", DEFAULT_TIMEOUT)
    if isinstance(timeout, int | float):
        timeout = (timeout, timeout)
    if (
        not isinstance(timeout, list | tuple)
        or len(timeout) != 2
        or not all(isinstance(t, int | float) and t > 0 for t in timeout)
    ):
        raise _fail(entry, "timeout", "must be a positive number or [connect, read] seconds")
    retries = entry.get("retries", DEFAULT_RETRIES)
    if not isinstance(retries, int) or isinstance(retries, bool) or not 0 <= retries <= 20:
        raise _fail(entry, "retries", "must be an integer from 0 to 20")
    backoff = entry.get("retry_backoff", DEFAULT_RETRY_BACKOFF)
    if not isinstance(backoff, int | float) or isinstance(backoff, bool) or not 0 <= backoff <= 60:
        raise _fail(entry, "retry_backoff", "must be a number of seconds from 0 to 60")
    return dict(
        timeout=(float(timeout[0]), float(timeout[1])),
        retries=retries,
        retry_backoff=float(backoff),
    )


def _text_kwargs(entry: dict) -> dict[str, Any]:
    """How the text of a record reads: delimiter, rows to skip, missing values, dates, numbers."""
    delimiter = entry.get("delimiter", ",")
    if not isinstance(delimiter, str) or len(delimiter) != 1:
        raise _fail(entry, "delimiter", "must be a single character")
    skip_rows = entry.get("skip_rows", 0)
    if not isinstance(skip_rows, int) or isinstance(skip_rows, bool) or skip_rows < 0:
        raise _fail(entry, "skip_rows", "must be a non-negative integer")
    decimal = _string(entry, "decimal", ".", choices=DECIMALS)
    date_formats = _strings(entry, "date_format")
    for spec in date_formats:
        if "%" not in spec:
            raise _fail(entry, "date_format", f"{spec!r} has no strptime directive such as %Y")
    return dict(
        delimiter=delimiter,
        skip_rows=skip_rows,
        missing=_strings(entry, "missing"),
        date_format=date_formats,
        decimal=decimal,
    )


def _size(entry: dict, key: str, value: Any) -> int:
    """A count or byte size: a positive integer, or a string such as "200 MB" or "2 GiB"."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    match = _SIZE.match(value) if isinstance(value, str) else None
    if match is None or float(match[1]) <= 0:
        raise _fail(
            entry, key, f"must be a positive integer or a size like '200 MB', got {value!r}"
        )
    return int(float(match[1]) * _SIZE_UNITS[(match[2] or "").upper()])


def _limits(entry: dict, fmt: str) -> FeedLimits:
    given = entry.get("limits") or {}
    if not isinstance(given, dict):
        raise _fail(entry, "limits", f"must be a mapping with keys {', '.join(DEFAULT_LIMITS)}")
    unknown = set(given) - set(DEFAULT_LIMITS)
    if unknown:
        raise _fail(entry, "limits", f"unknown {sorted(unknown)} (allowed: {list(DEFAULT_LIMITS)})")
    values = dict(DEFAULT_LIMITS)
    if fmt in WHOLE_DOCUMENT_FORMATS:
        values |= WHOLE_DOCUMENT_LIMITS
    values |= {k: _size(entry, f"limits.{k}", v) for k, v in given.items()}
    return FeedLimits(**values)


def _price_band(entry: dict) -> Mapping[str, tuple[float, float]]:
    given = entry.get("price_band") or {}
    if not isinstance(given, dict) or set(given) - set(PRICE_KINDS):
        raise _fail(entry, "price_band", f"must map price kinds ({PRICE_KINDS}) to [low, high] USD")
    bands = dict(DEFAULT_PRICE_BANDS_USD)
    for kind, band in given.items():
        if (
            not isinstance(band, list)
            or len(band) != 2
            or not all(isinstance(b, int | float) and not isinstance(b, bool) for b in band)
            or not 0 < band[0] < band[1] < float("inf")
        ):
            raise _fail(entry, f"price_band.{kind}", "must be [low, high] USD, 0 < low < high")
        bands[kind] = (float(band[0]), float(band[1]))
    return MappingProxyType(bands)


def _check_env_syntax(entry: dict, key: str, text: str) -> None:
    leftover = ENV_VAR.sub("", text)
    if "${" in leftover:
        raise _fail(entry, key, "${…} must name an environment variable: ${NAME}")


def _check_secrets_in_url(entry: dict, url: str) -> None:
    """Credentials in a url (userinfo, token-like query parameters) must use ${ENV_VAR}."""
    _check_env_syntax(entry, "url", url)
    if "://" not in url:
        return
    parts = urlsplit(url)
    userinfo = parts.netloc.rpartition("@")[0]
    if userinfo and ENV_VAR.sub("", userinfo).replace(":", ""):
        raise _fail(
            entry, "url", "user and password in a url must come from the environment: ${USER}"
        )
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        if is_sensitive(name) and value and not ENV_VAR.fullmatch(value):
            raise _fail(
                entry,
                "url",
                f"query parameter {name!r} looks like a credential; write {name}=${{MY_TOKEN}}",
            )


def _field_ref(entry: dict, key: str, spec: Any, fmt: str) -> FieldRef:
    if not isinstance(spec, str) or not spec:
        raise _fail(entry, key, f"must be a non-empty string, got {spec!r}")
    ref = FieldRef.parse(spec)
    if ref.kind == "json" and fmt not in DOCUMENT_FORMATS:
        raise _fail(entry, key, f"{spec!r}: '$.' references need format: json or xml")
    return ref


def _price_feed(entry: dict, base_dir: Path) -> PriceFeed:
    kwargs = _source_kwargs(entry, PRICE_KEYS)
    refs = _price_fields(entry, kwargs["format"])
    prices = _price_columns(entry, refs, kwargs["format"])
    scale = entry.get("price_scale", 1)
    if not isinstance(scale, int | float) or isinstance(scale, bool) or not scale > 0:
        raise _fail(entry, "price_scale", f"must be a positive number, got {scale!r}")
    key = entry.get("key", list(DEFAULT_KEY))
    if not isinstance(key, list) or not all(isinstance(k, str) and k in KEY_TARGETS for k in key):
        raise _fail(entry, "key", f"must be a list drawn from {KEY_TARGETS} ([] keeps all rows)")
    return PriceFeed(
        base_dir=base_dir,
        **kwargs,
        fields=MappingProxyType(refs),
        prices=prices,
        price_scale=float(scale),
        filter=_string(entry, "filter"),
        key=tuple(dict.fromkeys(key)),
        price_band=_price_band(entry),
        value_map=_value_map(entry),
    )


def _price_fields(entry: dict, fmt: str) -> dict[str, FieldRef]:
    """The target fields' references; model and currency are required."""
    fields = entry.get("fields")
    if not isinstance(fields, dict):
        raise _fail(entry, "fields", "missing (a mapping of target field to source)")
    unknown = set(fields) - set(PRICE_TARGETS)
    if unknown:
        allowed = ", ".join(PRICE_TARGETS)
        raise _fail(entry, "fields", f"unknown targets {sorted(unknown)} (allowed: {allowed})")
    refs = {k: _field_ref(entry, f"fields.{k}", v, fmt) for k, v in fields.items()}
    if "model" not in refs:
        raise _fail(entry, "fields.model", "missing")
    if "currency" not in refs:
        raise _fail(entry, "fields.currency", 'missing (use "=USD" for a constant currency)')
    return refs


def _price_columns(entry: dict, refs: dict[str, FieldRef], fmt: str) -> tuple[PriceColumn, ...]:
    """The price columns: a `prices:` list, or the single fields.price (taken out of refs)."""
    price_kind = _string(entry, "price_kind", choices=PRICE_KINDS)
    prices_spec = entry.get("prices")
    if prices_spec is not None:
        if "price" in refs:
            raise _fail(entry, "prices", "give either fields.price or prices, not both")
        if not isinstance(prices_spec, list) or not prices_spec:
            raise _fail(entry, "prices", "must be a non-empty list of {column, price_kind, term}")
        return tuple(
            _price_column(entry, f"prices[{i}]", item, price_kind, fmt)
            for i, item in enumerate(prices_spec)
        )
    if "price" in refs:
        if price_kind is None and "price_kind" not in refs:
            raise _fail(entry, "price_kind", f"missing (one of {PRICE_KINDS})")
        return (PriceColumn(refs.pop("price"), price_kind),)
    raise _fail(entry, "fields.price", "missing (or give a prices: list)")


def _price_column(
    entry: dict, where: str, item: Any, default_kind: str | None, fmt: str
) -> PriceColumn:
    if not isinstance(item, dict) or "column" not in item:
        raise _fail(entry, where, "must be a mapping with column (and price_kind, term)")
    extra = set(item) - {"column", "price_kind", "term"}
    if extra:
        raise _fail(entry, where, f"unknown keys {sorted(extra)}")
    kind = item.get("price_kind", default_kind)
    if kind not in PRICE_KINDS:
        raise _fail(entry, f"{where}.price_kind", f"{kind!r} not one of {PRICE_KINDS}")
    term = item.get("term")
    if term is not None and not isinstance(term, str):
        raise _fail(entry, f"{where}.term", "must be a string")
    return PriceColumn(_field_ref(entry, f"{where}.column", item["column"], fmt), kind, term)


def _value_map(entry: dict) -> Mapping[str, Mapping[str, str]]:
    """Per target field, source values rewritten to values (both compared as trimmed text)."""
    value_map = entry.get("value_map") or {}
    if not isinstance(value_map, dict):
        raise _fail(entry, "value_map", "must map a target field to {source value: value}")
    for target, mapping in value_map.items():
        if target not in VALUE_MAP_TARGETS:
            raise _fail(entry, "value_map", f"{target!r} is not one of {VALUE_MAP_TARGETS}")
        if not isinstance(mapping, dict) or not all(
            isinstance(k, str | int | float) and isinstance(v, str | int | float)
            for k, v in mapping.items()
        ):
            raise _fail(entry, f"value_map.{target}", "must map source values to values")
    return MappingProxyType(
        {
            target: MappingProxyType({str(k).strip(): str(v).strip() for k, v in m.items()})
            for target, m in value_map.items()
        }
    )


def _fx_feed(entry: dict, base_dir: Path) -> FxFeed:
    kwargs = _source_kwargs(entry, FX_KEYS)
    fmt = kwargs["format"]
    layout = _string(entry, "layout", "wide", choices=LAYOUTS)
    base = entry.get("base")
    if base is None:
        raise _fail(entry, "base", "missing (a currency code, a field name or a '$.' path)")
    base_ref = (
        FieldRef("literal", base)
        if isinstance(base, str) and CURRENCY_CODE.match(base)
        else _field_ref(entry, "base", base, fmt)
    )
    if "date_field" not in entry:
        raise _fail(entry, "date_field", "missing")
    date_ref = _field_ref(entry, "date_field", entry["date_field"], fmt)
    quote_ref = rate_ref = None
    if layout == "long":
        for key in ("quote_field", "rate_field"):
            if key not in entry:
                raise _fail(entry, key, "missing (required by layout: long)")
        quote_ref = _field_ref(entry, "quote_field", entry["quote_field"], fmt)
        rate_ref = _field_ref(entry, "rate_field", entry["rate_field"], fmt)
    else:
        for key in ("quote_field", "rate_field"):
            if key in entry:
                raise _fail(entry, key, "only valid with layout: long")
    return FxFeed(
        base_dir=base_dir,
        **kwargs,
        layout=layout,
        base=base_ref,
        date_field=date_ref,
        quote_field=quote_ref,
        rate_field=rate_ref,
    )
