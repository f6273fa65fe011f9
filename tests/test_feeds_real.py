"""The real published feed files ingest through seeds/feeds.yaml alone, idempotently."""

import csv
import filecmp
import re
from datetime import date
from pathlib import Path

import duckdb
import pytest

from suanli.db import apply_ddl
from suanli.entities import EntityIndex
from suanli.feeds import build_session, ingest_fx_feed, ingest_price_feed, load_feed_config
from suanli.paths import PROJECT_ROOT, SEEDS_DIR
from tests.helpers import table_columns

REAL_FEEDS = PROJECT_ROOT.parent / "shared" / "real-feeds"
DAY = date(2025, 5, 10)
FEED_TABLES = ("feed_fetches", "price_observations", "fx_rates", "rejected_records")


def ingest_all(con, landing: Path, day: date) -> dict:
    config = load_feed_config(SEEDS_DIR / "feeds.yaml")
    session = build_session()
    entities = EntityIndex.load()
    results = {f.name: ingest_fx_feed(con, f, day, landing, session) for f in config.fx_feeds}
    for feed in config.price_feeds:
        results[feed.name] = ingest_price_feed(con, feed, day, landing, session, entities)
    return results


def table_counts(con) -> dict:
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in FEED_TABLES}


@pytest.mark.skipif(not REAL_FEEDS.is_dir(), reason="shared real feeds not available")
def test_seed_copies_are_unmodified_and_all_configured():
    config = load_feed_config(SEEDS_DIR / "feeds.yaml")
    configured = {Path(f.url).name for f in (*config.price_feeds, *config.fx_feeds)}
    for source in REAL_FEEDS.iterdir():
        if source.name == "README.md":
            continue
        copy = SEEDS_DIR / "feeds" / source.name
        assert filecmp.cmp(source, copy, shallow=False), source.name
        assert source.name in configured, source.name


def test_real_feeds_ingest_through_yaml_alone(tmp_path):
    con = duckdb.connect(str(tmp_path / "warehouse.duckdb"))
    results = ingest_all(con, tmp_path / "landing", DAY)
    assert all(r.status == "ok" and r.error is None for r in results.values())

    ecb = results["ecb_reference_rates"]
    assert ecb.rows_parsed > 200_000 and ecb.rows_rejected == 0
    usd_cny = con.execute(
        "SELECT rate FROM fx_cross_rates "
        "WHERE \"date\" = DATE '2025-05-09' AND base = 'USD' AND quote = 'CNY'"
    ).fetchone()[0]
    assert usd_cny == pytest.approx(8.147 / 1.1252)
    # N/A cells are absent, not rejected: the Cypriot pound stopped in 2007.
    assert con.execute("SELECT max(\"date\") FROM fx_rates WHERE quote = 'CYP'").fetchone()[
        0
    ] < date(2008, 1, 1)

    epoch = results["epoch_hardware_prices"]
    assert (epoch.rows_parsed, epoch.rows_rejected) == (804, 1)
    kinds = dict(
        ((r[0], r[1]), r[2])
        for r in con.execute(
            "SELECT price_kind, term, count(*) FROM price_observations "
            "WHERE feed = 'epoch_hardware_prices' GROUP BY ALL"
        ).fetchall()
    )
    assert kinds == {
        ("purchase", None): 122,
        ("rental_hour", "on_demand"): 465,
        ("rental_hour", "1y"): 107,
        ("rental_hour", "3y"): 110,
    }
    note = con.execute(
        "SELECT note FROM price_observations WHERE feed = 'epoch_hardware_prices' "
        "AND note LIKE 'Price at release (2017 Q3)%'"
    ).fetchone()[0]
    assert "$149,000" in note

    assert {n: results[n].rows_parsed for n in results if n.startswith("uc_")} == {
        "uc_h100_pcie_80gb": 11,
        "uc_h100_sxm5_80gb": 1,
        "uc_a100_40gb_pcie": 188,
        "uc_rtx_4090": 2119,
    }
    assert con.execute(
        "SELECT DISTINCT model_raw, model, currency FROM price_observations "
        "WHERE feed = 'uc_h100_sxm5_80gb'"
    ).fetchall() == [("NVIDIA H100 SXM5 80 GB", "NVIDIA H100", "USD")]
    assert results["cn_channel_prices"].rows_parsed > 0

    unconverted = con.execute(
        "SELECT count(*) FROM price_observations WHERE price_usd IS NULL OR price_cny IS NULL"
    ).fetchone()[0]
    assert unconverted == 0
    h100 = con.execute(
        "SELECT price, price_cny FROM price_observations WHERE feed = 'uc_h100_sxm5_80gb'"
    ).fetchone()
    assert h100[1] / h100[0] == pytest.approx(7.0, rel=0.1)

    landed = tmp_path / "landing" / "epoch_hardware_prices" / DAY.isoformat()
    sidecar = (landed / "epoch_hardware_prices.csv.sha256").read_text().split()
    assert sidecar == [epoch.sha256, "epoch_hardware_prices.csv"]


def test_reruns_and_backfills_are_idempotent(tmp_path):
    con = duckdb.connect(str(tmp_path / "warehouse.duckdb"))
    first = ingest_all(con, tmp_path / "landing", DAY)
    once = table_counts(con)
    assert all(r.rows_new == r.rows_parsed for r in first.values())
    ingest_all(con, tmp_path / "landing", DAY)
    assert table_counts(con) == once
    # The next day republishes the same history: a new fetch row per feed and nothing else,
    # and every observation still belongs to the partition that first delivered it.
    second = ingest_all(con, tmp_path / "landing", date(2025, 5, 11))
    assert {n: (r.rows_parsed, r.rows_new) for n, r in second.items()} == {
        n: (r.rows_parsed, 0) for n, r in first.items()
    }
    twice = table_counts(con)
    assert twice == {**once, "feed_fetches": 2 * once["feed_fetches"]}
    assert con.execute(
        "SELECT DISTINCT partition_date FROM price_observations UNION "
        "SELECT DISTINCT partition_date FROM fx_rates"
    ).fetchall() == [(DAY,)]
    # Rerunning the first day now finds its rows nowhere else and writes them back.
    ingest_all(con, tmp_path / "landing", DAY)
    assert table_counts(con) == twice
    assert (
        con.execute(
            "SELECT count(*) FROM feed_fetches GROUP BY feed, partition_date HAVING count(*) > 1"
        ).fetchall()
        == []
    )


def test_every_table_and_column_is_commented():
    con = duckdb.connect()
    apply_ddl(con, "feed_tables")
    apply_ddl(con, "feed_tables")
    for table in (*FEED_TABLES, "fx_cross_rates"):
        columns = table_columns(con, table)
        assert columns, table
        assert all(comment for _, _, comment in columns), table
    comments = dict(
        con.execute(
            "SELECT table_name, comment FROM duckdb_tables() UNION ALL "
            "SELECT view_name, comment FROM duckdb_views()"
        ).fetchall()
    )
    assert all(comments[t] for t in (*FEED_TABLES, "fx_cross_rates"))
    date_types = {
        (t, name): kind
        for t in FEED_TABLES
        for name, kind, _ in table_columns(con, t)
        if name == "partition_date"
    }
    assert set(date_types.values()) == {"DATE"}


def test_cn_channel_prices_are_attributed_one_source_per_row():
    """Every compiled row names its source and quotes it; quotes from the seed article must
    appear in it verbatim (its pinyin annotations aside), and stated numbers match the row."""
    rows = list(
        csv.DictReader((SEEDS_DIR / "feeds" / "cn_channel_prices.csv").open(encoding="utf-8"))
    )
    article = (SEEDS_DIR / "articles" / "000_0f8bef045230a30a.txt").read_text(encoding="utf-8")
    article = re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", "", article)
    assert rows
    for row in rows:
        assert row["source"].strip() and row["note"].strip(), row
        assert "http" in row["source"] or "seed article" in row["source"], row["source"]
        quotes = re.findall("「(.*?)」", row["note"])
        assert quotes, row
        if "seed article" in row["source"]:
            assert all(q in article for q in quotes), quotes
        stated_wan = f"{int(row['price']) / 10_000:g}"
        stated = row["note"].startswith("Stated")
        assert not stated or any(
            re.search(re.escape(stated_wan) + " ?[万萬]", q) for q in quotes
        ), row
        assert float(row["units"]) >= 1, row
