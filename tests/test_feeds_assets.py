"""The feed assets in real Dagster runs: each feed is its own asset, and one failing feed fails
only its own asset, with a message naming the feed and the problem, keeping the bytes it got."""

from pathlib import Path

import dagster as dg
import duckdb
import pytest

from assets.feeds import (
    FEW_REJECTED_RECORDS,
    ROWS_PARSED_FROM_CONTENT,
    feed_asset_key,
    feed_assets,
    feed_tables_assets,
)
from assets.resources import WarehouseResource
from pipelines.definitions import build_definitions

PARTITION = "2025-03-01"
FX = b"date,base,quote,rate\n2025-02-28,EUR,USD,1.04\n2025-02-28,EUR,CNY,7.58\n"
LOCAL = b"model,price,currency,date\nA100,70000,CNY,2025-02-28\nH100,-1,CNY,2025-02-28\n"
REMOTE = b"gpu,usd,when\nH100,2.5,2025-02-28\nA100,1.4,2025-02-28\n"
DRIFTED = b"gpu,price_usd,when\nH100,2.5,2025-02-28\n"
FEEDS = """
fx_feeds:
  - name: fx_local
    url: fx.csv
    layout: long
    base: base
    date_field: date
    quote_field: quote
    rate_field: rate
price_feeds:
  - name: local_prices
    url: local.csv
    fields: {{model: model, price: price, currency: currency, observed_at: date}}
    price_kind: purchase
  - name: remote_rentals
    url: {remote}
    fields: {{model: gpu, price: usd, observed_at: when, currency: "=USD"}}
    price_kind: rental_hour
  - name: drifting_feed
    url: {drifting}
    retries: 0
    fields: {{model: gpu, price: usd, observed_at: when, currency: "=USD"}}
    price_kind: rental_hour
"""


def materialize(feeds_file: Path, warehouse: Path, instance: dg.DagsterInstance):
    return dg.materialize(
        [*feed_assets(feeds_file), *feed_tables_assets(feeds_file)],
        partition_key=PARTITION,
        resources={"warehouse": WarehouseResource(database=str(warehouse))},
        instance=instance,
        raise_on_error=False,
    )


@pytest.fixture
def feeds_file(tmp_path, httpserver, monkeypatch):
    (tmp_path / "fx.csv").write_bytes(FX)
    (tmp_path / "local.csv").write_bytes(LOCAL)
    httpserver.expect_request("/rentals.csv").respond_with_data(REMOTE)
    httpserver.expect_request("/drifting.csv").respond_with_data(DRIFTED)
    path = tmp_path / "feeds.yaml"
    path.write_text(
        FEEDS.format(
            remote=httpserver.url_for("/rentals.csv"),
            drifting=httpserver.url_for("/drifting.csv"),
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("SUANLI_FEEDS", str(path))
    return path


def test_one_feed_failing_while_the_others_land(feeds_file, warehouse_path):
    with dg.instance_for_test() as instance:
        result = materialize(feeds_file, warehouse_path, instance)
        assert not result.success
        failures = [
            e for e in result.all_events if e.event_type == dg.DagsterEventType.STEP_FAILURE
        ]
        assert [e.step_key for e in failures] == ["feeds__drifting_feed"]
        error = failures[0].step_failure_data.user_failure_data
        assert error.description == (
            "feed drifting_feed: column 'usd' not found (columns: gpu, price_usd, when)"
        )
        landing = Path(error.metadata["landing_path"].value)
        assert landing.read_bytes() == DRIFTED  # the raw bytes it got are kept
        materialized = {
            e.asset_key.to_user_string() for e in result.get_asset_materialization_events()
        }
        # The failed feed still outputs its slice as it stands (so the daily job can continue
        # past it), marked failed.
        assert materialized == {
            "feeds/drifting_feed",
            "feeds/fx_local",
            "feeds/local_prices",
            "feeds/remote_rentals",
            "fx_rates",
        }
        (failed,) = result.asset_materializations_for_node("feeds__drifting_feed")
        assert failed.metadata["status"].value == "failed"
        assert failed.metadata["error"].value == error.description
        # Outside the daily job's executor (dg.materialize runs in process), price_observations
        # still waits for every price feed to succeed.
        assert "price_observations" not in {
            e.step_key for e in result.all_events if e.event_type == dg.DagsterEventType.STEP_START
        }
        checks = {
            (e.asset_key.to_user_string(), e.check_name): e.passed
            for e in result.get_asset_check_evaluations()
        }
        # 1 of 2 prices rejected
        assert checks[("feeds/local_prices", FEW_REJECTED_RECORDS)] is False
        assert checks[("feeds/remote_rentals", FEW_REJECTED_RECORDS)] is True

    con = duckdb.connect(str(warehouse_path), read_only=True)
    assert con.execute(
        "SELECT feed, status, rows_parsed, rows_rejected FROM feed_fetches ORDER BY feed"
    ).fetchall() == [
        ("drifting_feed", "failed", 0, 0),
        ("fx_local", "ok", 2, 0),
        ("local_prices", "ok", 1, 1),
        ("remote_rentals", "ok", 2, 0),
    ]
    assert con.execute(
        "SELECT feed, model, price, price_kind, round(price_usd, 2) FROM price_observations "
        "ORDER BY feed, model"
    ).fetchall() == [
        ("local_prices", "NVIDIA A100", 70000.0, "purchase", round(70000 / 7.58 * 1.04, 2)),
        ("remote_rentals", "NVIDIA A100", 1.4, "rental_hour", 1.4),
        ("remote_rentals", "NVIDIA H100", 2.5, "rental_hour", 2.5),
    ]
    assert con.execute("SELECT reason FROM rejected_records").fetchall() == [
        ("price not positive: -1",)
    ]
    con.close()


def test_fixing_the_feed_and_rerunning_completes_the_partition(
    feeds_file, warehouse_path, httpserver
):
    with dg.instance_for_test() as instance:
        assert not materialize(feeds_file, warehouse_path, instance).success
        httpserver.clear()
        httpserver.expect_request("/rentals.csv").respond_with_data(REMOTE)
        httpserver.expect_request("/drifting.csv").respond_with_data(REMOTE)
        result = materialize(feeds_file, warehouse_path, instance)
        assert result.success
        metadata = result.asset_materializations_for_node("price_observations")[0].metadata
        assert metadata["dagster/row_count"].value == 5
        lineage = metadata["dagster/column_lineage"].value
        price_deps = {d.asset_key for d in lineage.deps_by_column["price_usd"]}
        assert dg.AssetKey("fx_rates") in price_deps
        assert feed_asset_key("drifting_feed") in price_deps
    con = duckdb.connect(str(warehouse_path), read_only=True)
    assert con.execute(
        "SELECT status, count(*) FROM feed_fetches GROUP BY ALL ORDER BY ALL"
    ).fetchall() == [("ok", 4)]
    con.close()


def test_every_configured_feed_is_an_asset_in_group_feeds(feeds_file):
    specs = {key: asset for asset in feed_assets(feeds_file) for key in asset.keys}
    assert set(specs) == {
        feed_asset_key(name)
        for name in ("fx_local", "local_prices", "remote_rentals", "drifting_feed")
    }
    # The group is set for the whole area where the definitions are built (SUANLI_FEEDS names
    # this feeds file).
    graph = build_definitions().resolve_asset_graph()
    for key, asset in specs.items():
        assert graph.get(key).group_name == "feeds"
        assert asset.partitions_def is not None
        assert "dagster/column_schema" in asset.specs_by_key[key].metadata


def test_a_fetch_with_content_but_no_valid_rows_is_flagged(tmp_path, warehouse_path):
    """Nothing parsed from a non-empty body is never a silent ok: the feed's own check warns."""
    (tmp_path / "header_only.csv").write_bytes(b"model,price,currency,date\r\n")
    (tmp_path / "all_bad.csv").write_bytes(b"model,price,currency,date\nA100,-1,CNY,2025-02-28\n")
    (tmp_path / "good.csv").write_bytes(LOCAL.replace(b"\n", b"\r\n"))
    path = tmp_path / "feeds.yaml"
    entries = "".join(
        f"  - name: {name}\n    url: {name}.csv\n"
        "    fields: {model: model, price: price, currency: currency, observed_at: date}\n"
        "    price_kind: purchase\n"
        for name in ("header_only", "all_bad", "good")
    )
    path.write_text("price_feeds:\n" + entries, encoding="utf-8")
    with dg.instance_for_test() as instance:
        result = dg.materialize(
            feed_assets(path),
            partition_key=PARTITION,
            resources={"warehouse": WarehouseResource(database=str(warehouse_path))},
            instance=instance,
        )
        evaluations = {
            e.asset_key.path[-1]: e
            for e in result.get_asset_check_evaluations()
            if e.check_name == ROWS_PARSED_FROM_CONTENT
        }
    assert {name: e.passed for name, e in evaluations.items()} == {
        "header_only": False,
        "all_bad": False,
        "good": True,
    }
    assert {e.severity for e in evaluations.values()} == {dg.AssetCheckSeverity.WARN}
    assert evaluations["all_bad"].metadata["rows_rejected"].value == 1
    assert evaluations["header_only"].metadata["bytes"].value == 27
