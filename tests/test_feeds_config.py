"""Feed configuration: the shipped defaults load, and every mistake is named by feed and key."""

import dataclasses
import re
from pathlib import Path

import pytest
import yaml

from suanli.feeds import FeedConfigError, load_feed_config
from suanli.feeds.config import (
    COMPRESSIONS,
    DEFAULT_KEY,
    FORMATS,
    FX_KEYS,
    KEY_TARGETS,
    LAYOUTS,
    PRICE_KEYS,
    PRICE_KINDS,
    PRICE_TARGETS,
    VALUE_MAP_TARGETS,
    FieldRef,
)
from suanli.paths import SEEDS_DIR

MINIMAL = {
    "name": "p",
    "url": "p.csv",
    "fields": {"model": "m", "price": "p", "currency": "=USD"},
    "price_kind": "purchase",
}


def write(tmp_path: Path, document) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return path


def error_for(tmp_path: Path, document) -> str:
    with pytest.raises(FeedConfigError) as info:
        load_feed_config(write(tmp_path, document))
    return str(info.value)


def test_default_config_covers_the_shipped_feeds():
    config = load_feed_config()
    assert config.path == SEEDS_DIR / "feeds.yaml"
    names = set(config.by_name)
    assert {"ecb_reference_rates", "epoch_hardware_prices", "cn_channel_prices"} <= names
    assert "uc_h100_pcie_80gb" in names
    epoch = config.by_name["epoch_hardware_prices"]
    assert [(p.price_kind, p.term) for p in epoch.prices] == [
        ("purchase", None),
        ("rental_hour", "on_demand"),
        ("rental_hour", "1y"),
        ("rental_hour", "3y"),
    ]
    tracker = config.by_name["uc_h100_pcie_80gb"]
    assert tracker.fields["model"] == FieldRef("json", "gpu_name")
    assert tracker.fields["currency"] == FieldRef("literal", "USD")
    for feed in (*config.price_feeds, *config.fx_feeds):
        assert (feed.base_dir / feed.url).is_file(), feed.name


def test_suanli_feeds_environment_variable_overrides_the_default(tmp_path, monkeypatch):
    monkeypatch.setenv("SUANLI_FEEDS", str(write(tmp_path, {"price_feeds": [MINIMAL]})))
    config = load_feed_config()
    assert list(config.by_name) == ["p"]
    assert config.price_feeds[0].base_dir == tmp_path
    assert config.price_feeds[0].key == DEFAULT_KEY


def test_config_is_immutable(tmp_path):
    feed = load_feed_config(write(tmp_path, {"price_feeds": [MINIMAL]})).price_feeds[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        feed.url = "elsewhere.csv"
    with pytest.raises(TypeError):
        feed.fields["model"] = FieldRef("field", "x")
    with pytest.raises(TypeError):
        feed.headers["X"] = "y"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"colour": "blue"}, "feed p: keys: unknown ['colour']"),
        ({"name": "Bad-Name"}, "name 'Bad-Name' must match"),
        (
            {"format": "xls"},
            "feed p: format: 'xls' is not one of csv, json, jsonl, xml, xlsx, parquet",
        ),
        ({"compression": "bz2"}, "feed p: compression: 'bz2' is not one of"),
        (
            {"record_columns": "columns"},
            "feed p: record_columns: only valid with format: json",
        ),
        ({"sheet": "Prices"}, "feed p: sheet: only valid with format: xlsx"),
        ({"short_rows": "pad"}, "feed p: short_rows: 'pad' is not one of fail, reject"),
        (
            {"short_rows": "reject", "format": "json"},
            "feed p: short_rows: only valid with format: csv",
        ),
        ({"price_kind": "lease"}, "feed p: price_kind: 'lease' is not one of"),
        ({"url": None}, "feed p: url: missing"),
        ({"fields": {"price": "p", "currency": "=USD"}}, "feed p: fields.model: missing"),
        ({"fields": {"model": "m", "currency": "=USD"}}, "feed p: fields.price: missing"),
        ({"fields": {"model": "m", "price": "p"}}, "feed p: fields.currency: missing"),
        ({"fields": {**MINIMAL["fields"], "colour": "c"}}, "feed p: fields: unknown targets"),
        ({"fields": {**MINIMAL["fields"], "model": "$.gpu"}}, "'$.' references need format"),
        ({"records": "prices"}, "feed p: records: only valid with format: json or xml"),
        ({"member": "a.csv"}, "feed p: member: only valid with compression: zip"),
        ({"encoding": "klingon"}, "feed p: encoding: unknown codec"),
        ({"timeout": [1, -1]}, "feed p: timeout"),
        ({"price_scale": 0}, "feed p: price_scale: must be a positive number"),
        ({"key": ["model_raw", "colour"]}, "feed p: key: must be a list drawn from"),
        ({"prices": [{"column": "x", "price_kind": "purchase"}]}, "either fields.price or"),
        ({"delimiter": ";;"}, "feed p: delimiter: must be a single character"),
    ],
)
def test_price_feed_errors_name_feed_and_key(tmp_path, change, expected):
    entry = {**MINIMAL, **change}
    if entry.get("url") is None:
        entry.pop("url")
    assert expected in error_for(tmp_path, {"price_feeds": [entry]})


def test_prices_list_entries_are_validated(tmp_path):
    entry = {**MINIMAL, "fields": {"model": "m", "currency": "=USD"}}
    bad_kind = {**entry, "prices": [{"column": "a", "price_kind": "resale"}]}
    assert "feed p: prices[0].price_kind" in error_for(tmp_path, {"price_feeds": [bad_kind]})
    bad_key = {**entry, "prices": [{"column": "a", "price_kind": "purchase", "unit": "h"}]}
    assert "feed p: prices[0]: unknown keys ['unit']" in error_for(
        tmp_path, {"price_feeds": [bad_key]}
    )


def test_duplicate_names_across_price_and_fx_feeds(tmp_path):
    fx = {"name": "p", "url": "fx.csv", "base": "EUR", "date_field": "Date"}
    message = error_for(tmp_path, {"price_feeds": [MINIMAL], "fx_feeds": [fx]})
    assert message == "feed p: duplicate name"


def test_fx_feed_errors(tmp_path):
    fx = {"name": "fx", "url": "fx.csv", "base": "EUR", "date_field": "Date"}
    assert "feed fx: layout: 'tall'" in error_for(
        tmp_path, {"fx_feeds": [{**fx, "layout": "tall"}]}
    )
    long = {**fx, "layout": "long", "quote_field": "q"}
    assert "feed fx: rate_field: missing" in error_for(tmp_path, {"fx_feeds": [long]})
    no_base = {k: v for k, v in fx.items() if k != "base"}
    assert "feed fx: base: missing" in error_for(tmp_path, {"fx_feeds": [no_base]})
    assert "feed fx: quote_field: only valid with layout: long" in error_for(
        tmp_path, {"fx_feeds": [{**fx, "quote_field": "q"}]}
    )


def test_top_level_and_unreadable_files(tmp_path):
    assert "unknown top-level keys ['feeds']" in error_for(tmp_path, {"feeds": []})
    with pytest.raises(FeedConfigError, match="cannot read feed configuration"):
        load_feed_config(tmp_path / "missing.yaml")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"decimal": ";"}, "feed p: decimal: ';' is not one of ., ,"),
        ({"value_map": {"colour": {"a": "b"}}}, "feed p: value_map: 'colour' is not one of"),
        ({"value_map": {"price_kind": ["buy"]}}, "feed p: value_map.price_kind: must map"),
        ({"retries": -1}, "feed p: retries: must be an integer from 0 to 20"),
        ({"retry_backoff": "soon"}, "feed p: retry_backoff: must be a number of seconds"),
        ({"date_format": "dd.mm.yyyy"}, "feed p: date_format: 'dd.mm.yyyy' has no strptime"),
        ({"prices": [{"column": "a", "price_kind": "purchase", "units": 8}]}, "unknown keys"),
    ],
)
def test_new_keys_are_validated(tmp_path, change, expected):
    entry = {**MINIMAL, **change}
    if "prices" in change:
        entry["fields"] = {"model": "m", "currency": "=USD"}
    assert expected in error_for(tmp_path, {"price_feeds": [entry]})


def test_optional_keys_parse(tmp_path):
    entry = {
        **MINIMAL,
        "fields": {**MINIMAL["fields"], "units": "gpus"},
        "decimal": ",",
        "retries": 0,
        "retry_backoff": 0,
        "timeout": 2,
        "value_map": {"price_kind": {"buy": "purchase", 1: 2}},
    }
    feed = load_feed_config(write(tmp_path, {"price_feeds": [entry]})).price_feeds[0]
    assert (feed.decimal, feed.retries, feed.retry_backoff, feed.timeout) == (",", 0, 0.0, (2, 2))
    assert dict(feed.value_map["price_kind"]) == {"buy": "purchase", "1": "2"}
    assert feed.fields["units"] == FieldRef("field", "gpus")


def test_the_shipped_yaml_documents_every_key():
    """seeds/feeds.yaml's header is the user documentation of this schema: it must name every
    key the validator accepts, and every mapping target."""
    header = "\n".join(
        line
        for line in (SEEDS_DIR / "feeds.yaml").read_text(encoding="utf-8").splitlines()
        if line.startswith("#")
    )
    documented = set(re.findall(r"[a-z_]+", header))
    keys = PRICE_KEYS | FX_KEYS | set(PRICE_TARGETS) | set(KEY_TARGETS) | set(PRICE_KINDS)
    assert keys - documented == set()
    for choices in (FORMATS, COMPRESSIONS, LAYOUTS, VALUE_MAP_TARGETS):
        assert set(choices) <= documented
