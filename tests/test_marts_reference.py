"""The sourced reference seeds parse, and every row names its source."""

import csv

import duckdb
import pytest

from suanli.db import table_columns
from suanli.marts import (
    load_accelerators,
    load_ai_server_market,
    load_reference_tables,
    load_substitution_paths,
)
from suanli.paths import SEEDS_DIR

FEED_COLUMNS = "model,price,currency,observed_on,price_kind,region,source,note".split(",")


def test_channel_price_feed_has_exact_columns_and_sources():
    with open(SEEDS_DIR / "feeds" / "cn_channel_prices.csv", encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == FEED_COLUMNS
        rows = list(reader)
    assert rows
    for row in rows:
        assert row["source"].strip(), row
        assert float(row["price"]) > 0
        assert row["region"] == "CN" and row["price_kind"] == "purchase"
        assert row["model"].startswith("NVIDIA ")
    a100 = sorted(
        (r["observed_on"], float(r["price"])) for r in rows if r["model"] == "NVIDIA A100"
    )
    assert [p for _, p in a100] == [60000.0, 90000.0]
    assert "approximate" in " ".join(r["note"] for r in rows)


def test_accelerators_parse_with_sources():
    frame = load_accelerators()
    assert frame["source"].str.strip().all() and frame["source_url"].str.strip().all()
    a100 = frame.set_index("model").loc["NVIDIA A100"]
    br100 = frame.set_index("model").loc["Biren BR100"]
    assert a100["fp16_tflops"] == 312 and not a100["domestic"]
    assert br100["domestic"] and br100["fp64_tflops"] == 0 and br100["memory_gb"] == 64
    assert br100["fp16_tflops"] / a100["fp16_tflops"] == pytest.approx(3.205, abs=1e-3)
    assert {"Cambricon MLU270", "Iluvatar CoreX Zhikai 100"} <= set(frame["model"])


def test_market_reference_parses_with_sources_and_projections_flagged():
    frame = load_ai_server_market()
    assert frame["source"].str.strip().all() and frame["source_url"].str.strip().all()
    idc_2021 = frame[(frame["year"] == 2021) & (frame["currency"] == "CNY")].iloc[0]
    assert idc_2021["size"] == pytest.approx(35.03e9) and idc_2021["yoy_growth_pct"] == 68.6
    assert frame[frame["is_projection"]]["year"].min() >= 2023
    # Conflicting 2022 figures stay separate rows.
    assert len(frame[(frame["year"] == 2022) & ~frame["is_projection"]]) >= 2


def test_substitution_paths_config():
    config = load_substitution_paths()
    assert config["start_year"] == 2023
    months = {p["key"]: (p["months_low"], p["months_high"]) for p in config["development_paths"]}
    assert months == {"gpu_ip_self_developed": (36, 48), "gpu_ip_licensed": (12, 18)}
    assert {r["key"] for r in config["ecosystem_routes"]} == {
        "cuda_compatible",
        "directed_domestic_support",
    }


def test_reference_tables_load_with_comments(tmp_path):
    con = duckdb.connect(str(tmp_path / "ref.duckdb"))
    counts = load_reference_tables(con)
    assert counts["reference_accelerators"] == len(load_accelerators())
    assert load_reference_tables(con) == counts  # reload replaces, never duplicates
    for table in ["reference_accelerators", "reference_ai_server_market"]:
        assert len(con.table(table).df()) == counts[table]
        assert all(comment for _, _, comment in table_columns(con, table))
