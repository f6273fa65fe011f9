"""The warehouse connection's memory budget: beyond it DuckDB spills to a temp directory beside
the warehouse (or where SUANLI_DUCKDB_TEMP_DIRECTORY says), so a large feed costs disk, not RAM."""

import tempfile
from datetime import date
from pathlib import Path

import duckdb
import pytest

from assets.resources import WarehouseResource
from suanli.db import DEFAULT_MEMORY_LIMIT, spill_settings
from suanli.entities import EntityIndex
from suanli.feeds import build_session, ingest, ingest_price_feed, load_feed_config

SPILL_LIMIT = "32MB"
SPILL_ROWS = 300_000


def _probe_temporary_files(monkeypatch) -> list[list[str]]:
    """Record DuckDB's temporary (spill) files right after each feed is typed and staged."""
    seen: list[list[str]] = []
    stage_prices = ingest.stage_prices

    def staged(con, *args, **kwargs):
        stage_prices(con, *args, **kwargs)
        seen.append([row[0] for row in con.execute("FROM duckdb_temporary_files()").fetchall()])

    monkeypatch.setattr(ingest, "stage_prices", staged)
    return seen


@pytest.mark.parametrize("custom_directory", [False, True])
def test_a_feed_larger_than_the_memory_budget_spills_and_loads_whole(
    tmp_path, warehouse_path, monkeypatch, custom_directory
):
    source = tmp_path / "prices.csv"
    with source.open("w", encoding="utf-8") as out:
        out.write("model,price,currency,date,region,vendor\n")
        for i in range(SPILL_ROWS):
            out.write(f"H100,{1000 + i},USD,2024-01-{1 + i % 28:02d},dc-{i},vendor-{i % 7}\n")
    config = tmp_path / "feeds.yaml"
    config.write_text(
        "price_feeds:\n  - name: spilled\n    url: prices.csv\n"
        "    fields: {model: model, price: price, currency: currency, observed_at: date,\n"
        "             region: region, vendor: vendor}\n    price_kind: purchase\n",
        encoding="utf-8",
    )
    spill = tmp_path / "spill" if custom_directory else Path(f"{warehouse_path}.tmp")
    monkeypatch.setenv("SUANLI_DUCKDB_MEMORY_LIMIT", SPILL_LIMIT)
    if custom_directory:
        monkeypatch.setenv("SUANLI_DUCKDB_TEMP_DIRECTORY", str(spill))
    seen = _probe_temporary_files(monkeypatch)
    feed = load_feed_config(config).price_feeds[0]
    with WarehouseResource(database=str(warehouse_path)).get_connection() as con:
        limit, directory = con.execute(
            "SELECT current_setting('memory_limit'), current_setting('temp_directory')"
        ).fetchone()
        result = ingest_price_feed(
            con, feed, date(2025, 3, 1), tmp_path / "landing", build_session(), EntityIndex.load()
        )
        stored = con.execute(
            "SELECT count(*), count(DISTINCT record_no), min(price), max(price) "
            "FROM price_observations"
        ).fetchone()
    assert (limit, directory) == ("30.5 MiB", str(spill))
    assert (result.status, result.rows_parsed, result.rows_rejected) == ("ok", SPILL_ROWS, 0)
    assert stored == (SPILL_ROWS, SPILL_ROWS, 1000.0, 1000.0 + SPILL_ROWS - 1)
    # The typed feed did not fit in the budget: DuckDB wrote it to the spill directory.
    assert seen and seen[0], "nothing spilled: the test feed fits in the memory budget"
    assert {Path(path).parent for path in seen[0]} == {spill}


def test_defaults_and_environment(tmp_path):
    local = str(tmp_path / "warehouse.duckdb")
    assert spill_settings(local, local=True, environ={}) == {
        "memory_limit": DEFAULT_MEMORY_LIMIT,
        "temp_directory": f"{local}.tmp",
    }
    remote = spill_settings("md:suanli", local=False, environ={})["temp_directory"]
    assert Path(remote).parent == Path(tempfile.gettempdir())
    environ = {"SUANLI_DUCKDB_MEMORY_LIMIT": "50%", "SUANLI_DUCKDB_TEMP_DIRECTORY": "/data/spill"}
    assert spill_settings(local, local=True, environ=environ) == {
        "memory_limit": "50%",
        "temp_directory": "/data/spill",
    }


def test_connection_config_wins_over_the_environment(warehouse_path, monkeypatch, tmp_path):
    monkeypatch.setenv("SUANLI_DUCKDB_MEMORY_LIMIT", "64MB")
    resource = WarehouseResource(
        database=str(warehouse_path),
        connection_config={"memory_limit": "128MB", "temp_directory": str(tmp_path / "t")},
    )
    with resource.get_connection() as con:
        assert con.execute(
            "SELECT current_setting('memory_limit'), current_setting('temp_directory')"
        ).fetchone() == ("122.0 MiB", str(tmp_path / "t"))
    with WarehouseResource(database=str(warehouse_path)).get_read_connection() as con:
        assert con.execute("SELECT current_setting('memory_limit')").fetchone() == ("61.0 MiB",)


def test_an_invalid_memory_limit_names_the_variable(warehouse_path, monkeypatch):
    monkeypatch.setenv("SUANLI_DUCKDB_MEMORY_LIMIT", "lots")
    with pytest.raises(ValueError, match=r"from SUANLI_DUCKDB_MEMORY_LIMIT.*Memory must have"):
        with WarehouseResource(database=str(warehouse_path)).get_connection():
            pass
    # The failed connection was closed: the file opens with other settings in this process.
    duckdb.connect(str(warehouse_path), config={"memory_limit": "1GB"}).close()
