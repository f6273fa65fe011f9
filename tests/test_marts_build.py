"""Marts built from synthetic upstream rows in a real DuckDB file, checked against hand maths."""

from datetime import date, timedelta

import duckdb
import pandas as pd
import pytest

from suanli.db import apply_ddl, replace_rows, table_columns
from suanli.marts import (
    build_ai_server_demand_drivers,
    build_ai_server_market_growth,
    build_claims_vs_feeds,
    build_domestic_substitution_timeline,
    build_gpu_price_index,
    build_gpu_price_inflation,
    plot_market_growth,
    plot_price_index,
    plot_substitution_timeline,
    write_charts,
    write_reports_index,
)
from suanli.marts.charts import ascii_label

AS_OF = date(2024, 1, 31)
ARTICLE_END = date(2023, 7, 1)  # year-only article date is placed at 1 July
CNY_USD = {date(2021, 3, 1): 0.15, date(2021, 9, 1): 0.16, date(2023, 1, 2): 0.145,
           date(2024, 1, 2): 0.14}  # fmt: skip
TEXT = (
    "英伟达的旗舰芯片H100为例,其在短短一周之内,涨价近7万元人民币,售价普遍高达30万左右,"
    "次旗舰A100芯片在短短三个月多时间里,从6万元一路涨至9万元,涨幅超过50%。"
    "根据IDC最新发布的《中国加速计算市场(2021年下半年)跟踪报告》,"
    "2021年全年中国AI服务器市场规模达350.3亿元,同比增长68.6%。"
)
MARKET_AT = TEXT.index("350.3")

UPSTREAM_DDL = """
CREATE TABLE articles (article_id VARCHAR, title VARCHAR, author VARCHAR, language VARCHAR,
    published_year INTEGER, published_date DATE, normalised_text VARCHAR, source_url VARCHAR);
CREATE TABLE article_facts (article_id VARCHAR, fact_id VARCHAR, claim_id VARCHAR,
    fact_type VARCHAR, subject VARCHAR, subject_kind VARCHAR, metric VARCHAR, value DOUBLE,
    value_low DOUBLE, value_high DOUBLE, unit VARCHAR, qualifier VARCHAR, period VARCHAR,
    sentence_no INTEGER, char_start INTEGER, char_end INTEGER, raw_char_start INTEGER,
    raw_char_end INTEGER, surface VARCHAR, quote VARCHAR);
CREATE TABLE price_observations (feed VARCHAR, partition_date DATE, observed_on DATE,
    observed_at TIMESTAMP, model_raw VARCHAR, model VARCHAR, price DOUBLE, currency VARCHAR,
    price_kind VARCHAR, region VARCHAR, vendor VARCHAR, source VARCHAR, note VARCHAR,
    price_usd DOUBLE, price_cny DOUBLE, source_sha256 VARCHAR);
CREATE TABLE fx_cross_rates (date DATE, base VARCHAR, quote VARCHAR, rate DOUBLE);
"""


def fact(fid, claim, ftype, subject, metric, value, unit, qualifier, sentence, **extra):
    """One article_facts row as (fact_id, claim_id, ..., low, high, period) for the fixture."""
    return (
        fid,
        claim,
        ftype,
        subject,
        metric,
        value,
        unit,
        qualifier,
        sentence,
        extra.get("low"),
        extra.get("high"),
        extra.get("period"),
    )


MARKET = "中国AI服务器市场"
FACTS = [
    fact("f01", "c1", "price_change", "NVIDIA H100", "price_increase", 70000, "CNY", "approx", 10),
    fact("f02", "c1b", "unit_price", "NVIDIA H100", "price", 300000, "CNY", "approx", 10),
    fact("f03", "c1", "duration", "NVIDIA H100", "price_window", 7, "days", "up_to", 10),
    fact("f04", "c2", "unit_price", "NVIDIA A100", "price_from", 60000, "CNY", "exact", 10),
    fact("f05", "c2", "unit_price", "NVIDIA A100", "price_to", 90000, "CNY", "exact", 10),
    fact("f06", "c2", "duration", "NVIDIA A100", "price_window", 3, "months", "at_least", 10),
    fact("f07", "c2", "pct_change", "NVIDIA A100", "price_change_pct", 50, "%", "at_least", 10),
    fact("f08", "c3", "market_size", MARKET, "market_size", 35.03e9, "CNY", "exact", 11,
         period="2021"),
    fact("f09", "c3", "pct_change", MARKET, "yoy_growth", 68.6, "%", "exact", 11, period="2021"),
    fact("f10", "c4", "spend", "AI training servers", "training_spend", 2e8, "USD", "approx", 3),
    fact("f11", "c5", "spend", "ChatGPT inference", "inference_spend", 4.5e9, "USD", "approx", 3),
    fact("f12", "c6", "count", "NVIDIA A100", "chips_required", 3000, "chips", "at_least", 12),
    fact("f13", "c6", "unit_price", "NVIDIA A100", "price", 90000, "CNY", "exact", 12),
    fact("f14", "c6", "cost", "LLM deployment", "deployment_cost", 2.7e8, "CNY", "exact", 12),
    fact("f15", "c7", "duration", "GPU IP 自研", "development_time", 42, "months", "exact", 20,
         low=36, high=48),
    fact("f16", "c8", "ratio", "Biren BR100", "performance_ratio", 3, "ratio", "at_least", 21),
    fact("f17", "c8", "compute", "Biren BR100", "compute_fp16", 1e15, "FLOP/s", "at_least", 21),
]  # fmt: skip

# (feed, partition_date, observed_on, price CNY, source)
OBSERVATIONS = [
    ("cn_channel_prices", date(2024, 1, 31), date(2023, 2, 1), 60000, "刘旷 (2023)"),
    ("cn_channel_prices", date(2024, 1, 31), date(2023, 5, 15), 90000, "刘旷 (2023)"),
    ("test_feed", date(2024, 1, 1), date(2024, 1, 1), 100000, "dealer A"),
    ("test_feed", date(2024, 1, 31), date(2024, 1, 1), 100000, "dealer A"),  # re-delivered
    ("test_feed", date(2024, 1, 31), date(2024, 1, 20), 110000, "dealer A"),
    ("test_feed", date(2024, 1, 31), date(2024, 1, 31), 120000, "dealer B"),
    ("test_feed", date(2024, 2, 5), date(2024, 2, 5), 999999, "after as_of"),
]


@pytest.fixture
def con(tmp_path):
    connection = duckdb.connect(str(tmp_path / "warehouse.duckdb"))
    connection.execute(UPSTREAM_DDL)
    connection.execute(
        "INSERT INTO articles VALUES ('a1', 't', '刘旷', 'zh-Hant', 2023, NULL, ?, NULL)", [TEXT]
    )
    for row in FACTS:
        fid, claim, ftype, subject, metric, value, unit, qual, sent, low, high, period = row
        start = MARKET_AT if fid == "f08" else 0
        connection.execute(
            "INSERT INTO article_facts VALUES ('a1', ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, NULL, NULL, NULL, ?)",
            [
                fid,
                claim,
                ftype,
                subject,
                metric,
                value,
                low,
                high,
                unit,
                qual,
                period,
                sent,
                start,
                start + 5,
                f"quote {fid}",
            ],
        )
    for feed, partition, observed, price, source in OBSERVATIONS:
        connection.execute(
            "INSERT INTO price_observations VALUES (?, ?, ?, NULL, 'A100', 'NVIDIA A100', ?, 'CNY',"
            " 'purchase', 'CN', 'NVIDIA', ?, NULL, ?, ?, NULL)",
            [feed, partition, observed, price, source, price * 0.14, price],
        )
    for day, rate in CNY_USD.items():
        connection.execute(
            "INSERT INTO fx_cross_rates VALUES (?, 'CNY', 'USD', ?), (?, 'USD', 'CNY', ?)",
            [day, rate, day, 1 / rate],
        )
    apply_ddl(connection, "marts")
    yield connection
    connection.close()


def _write(con, table, frame):
    """Write like the Dagster asset does, proving the frame fits the DDL."""
    replace_rows(con, table, {"as_of": AS_OF}, frame)
    replace_rows(con, table, {"as_of": AS_OF}, frame)  # idempotent rerun
    assert len(con.table(table).df()) == len(frame)
    assert all(comment for _, _, comment in table_columns(con, table))


def test_price_inflation_article_pairs(con):
    frame = build_gpu_price_inflation(con, AS_OF)
    _write(con, "gpu_price_inflation", frame)
    article = frame[frame["source_type"] == "article"].set_index("model")
    assert set(article.index) == {"NVIDIA A100", "NVIDIA H100"}  # lone 9万/枚 price is no pair

    a100 = article.loc["NVIDIA A100"]
    assert (a100["start_price"], a100["end_price"]) == (60000, 90000)
    assert a100["pct_change"] == pytest.approx(90000 / 60000 * 100 - 100)
    assert a100["window_days"] == pytest.approx(3 * 365.25 / 12)
    assert a100["annualised_pct"] == pytest.approx((1.5**4 - 1) * 100)
    assert a100["end_date"] == ARTICLE_END
    assert a100["start_date"] == ARTICLE_END - timedelta(days=91)
    assert a100["end_price_usd"] == pytest.approx(90000 * 0.145)
    assert a100["date_precision"] == "year" and "at_least" in a100["notes"]
    assert a100["market"] == "CN" and "f04" in a100["source"] and "f07" in a100["source"]

    h100 = article.loc["NVIDIA H100"]
    assert h100["start_price"] == 300000 - 70000
    assert h100["pct_change"] == pytest.approx((300000 / 230000 - 1) * 100)
    assert h100["pct_change"] == pytest.approx(30.43, abs=0.01)
    assert h100["daily_compound_pct"] == pytest.approx(((300000 / 230000) ** (1 / 7) - 1) * 100)


def test_price_inflation_feed_windows(con):
    frame = build_gpu_price_inflation(con, AS_OF)
    feed = frame[frame["source"] == "test_feed"].set_index("window")
    assert list(feed.index) == ["7d", "30d", "90d", "365d", "all"]
    everything = feed.loc["all"]
    assert everything["n_observations"] == 3  # re-delivery and the post-as_of row are excluded
    assert (everything["start_price"], everything["end_price"]) == (100000, 120000)
    assert everything["pct_change"] == pytest.approx(20.0)
    assert everything["annualised_pct"] == pytest.approx((1.2 ** (365.25 / 30) - 1) * 100)
    assert everything["end_price_usd"] == pytest.approx(120000 * 0.14)
    assert (everything["min_price"], everything["max_price"]) == (100000, 120000)
    thirty = feed.loc["30d"]
    assert thirty["n_observations"] == 2
    assert thirty["pct_change"] == pytest.approx((120000 / 110000 - 1) * 100)
    week = feed.loc["7d"]
    assert week["n_observations"] == 1 and week["pct_change"] == 0
    assert pd.isna(week["annualised_pct"])  # zero-length window has no rate
    channel = frame[(frame["source"] == "cn_channel_prices") & (frame["window"] == "all")].iloc[0]
    assert channel["pct_change"] == pytest.approx(50.0)
    assert channel["window_days"] == (date(2023, 5, 15) - date(2023, 2, 1)).days


def test_price_index(con):
    frame = build_gpu_price_index(con, AS_OF)
    _write(con, "gpu_price_index", frame)
    series = frame.set_index("date")
    assert series.index[0] == date(2023, 2, 1) and series.index[-1] == AS_OF
    assert len(series) == (AS_OF - date(2023, 2, 1)).days + 1
    assert series.loc[date(2023, 2, 1), "index_value"] == pytest.approx(100.0)
    assert series.loc[AS_OF, "index_value"] == pytest.approx(120000 / 60000 * 100)
    assert series.loc[date(2023, 6, 1), "is_carried_forward"]
    assert series.loc[date(2023, 6, 1), "index_value"] == pytest.approx(150.0)
    # Month over month on as_of: 120000 against the 90000 carried to 2023-12-31.
    assert series.loc[AS_OF, "mom_pct"] == pytest.approx((120000 / 90000 - 1) * 100)
    assert pd.isna(series.loc[date(2023, 2, 20), "mom_pct"])
    assert series["yoy_pct"].isna().all()  # the series is not yet a year old at every point


def test_claims_vs_feeds(con):
    frame = build_claims_vs_feeds(con, AS_OF)
    _write(con, "claims_vs_feeds", frame)
    by_fact = frame.set_index("fact_id")
    assert set(by_fact.index) == {"f02", "f04", "f05", "f13"}
    price_to = by_fact.loc["f05"]
    assert price_to["claim_date"] == ARTICLE_END
    assert price_to["observed_on"] == date(2023, 5, 15)  # nearest to mid-2023 within 2023
    assert price_to["gap_pct"] == pytest.approx(0.0)
    assert price_to["match_rule"] == "nearest_to_mid_year_within_year"
    price_from = by_fact.loc["f04"]
    assert price_from["claim_date"] == ARTICLE_END - timedelta(days=91)
    assert price_from["observed_on"] == date(2023, 5, 15)  # 44 days vs 59 days to 2023-02-01
    assert price_from["gap_pct"] == pytest.approx((90000 / 60000 - 1) * 100)
    assert pd.isna(by_fact.loc["f02", "feed"])  # no H100 observations: kept, unmatched


def test_market_growth(con):
    frame = build_ai_server_market_growth(con, AS_OF)
    _write(con, "ai_server_market_growth", frame)
    fact = frame[frame["source"] == "fact:f08,f09"].iloc[0]
    assert fact["size"] == pytest.approx(35.03e9) and fact["yoy_growth_pct"] == 68.6
    assert fact["publisher"] == "IDC"
    assert fact["fx_usd_per_unit"] == pytest.approx((0.15 + 0.16) / 2)
    assert fact["size_usd"] == pytest.approx(35.03e9 * 0.155)
    derived = frame[frame["source"] == "derived:fact:f08,f09"].iloc[0]
    assert derived["year"] == 2020 and derived["is_derived"] and not derived["is_projection"]
    assert derived["size"] == pytest.approx(35.03e9 / 1.686)
    assert derived["size"] == pytest.approx(20.78e9, rel=1e-3)
    projected = frame[frame["source"] == "projection:fact:f08,f09"].set_index("year")
    assert list(projected.index) == [2022, 2023, 2024]
    assert projected.loc[2023, "size"] == pytest.approx(35.03e9 * 1.686**2)
    assert projected["is_projection"].all()
    assert (
        pd.isna(projected.loc[2022, "size_usd"])
        and "no CNY FX for 2022" in projected.loc[2022, "note"]
    )
    assert pd.isna(fact["cagr_base_year"])  # the earliest stated figure is the span's start
    assert projected.loc[2024, "cagr_base_year"] == 2021
    assert projected.loc[2024, "cagr_pct"] == pytest.approx(68.6)
    idc_usd = frame[(frame["source"] == "reference:9")].iloc[0]  # IDC 2023 actual, $9.4bn
    assert idc_usd["cagr_base_year"] == 2022
    assert idc_usd["cagr_pct"] == pytest.approx((9.4 / 6.7 - 1) * 100)
    # Conflicting 2022 publisher figures remain side by side, never averaged.
    stated_2022 = frame[(frame["year"] == 2022) & frame["source"].str.startswith("reference:")]
    assert sorted(stated_2022["size"]) == [6.7e9, 7.07e9]
    assert stated_2022["size_usd"].tolist() == stated_2022["size"].tolist()


def test_demand_drivers(con):
    frame = build_ai_server_demand_drivers(con, AS_OF)
    _write(con, "ai_server_demand_drivers", frame)
    by_source = frame.set_index("source")
    assert by_source.loc["fact:f10", "value_usd"] == pytest.approx(2e8)
    assert by_source.loc["fact:f11", "value_usd"] == pytest.approx(4.5e9)
    assert by_source.loc["fact:f14", "value"] == pytest.approx(3000 * 90000)
    assert by_source.loc["fact:f14", "value_usd"] == pytest.approx(2.7e8 * 0.145)
    assert pd.isna(by_source.loc["fact:f12", "value_usd"])  # a count has no USD value
    deployment = frame[frame["driver"].str.endswith("deployment_cost_at_latest_feed_price")].iloc[0]
    assert deployment["value"] == pytest.approx(3000 * 120000)  # latest feed price up to as_of
    assert deployment["unit"] == "CNY"
    assert deployment["value_usd"] == pytest.approx(3000 * 120000 * 0.14)
    assert deployment["source"] == "feed:test_feed observed_on 2024-01-31"


def test_substitution_timeline(con):
    frame = build_domestic_substitution_timeline(con, AS_OF)
    _write(con, "domestic_substitution_timeline", frame)
    paths = frame[frame["row_kind"] == "development_path"].set_index("item")
    own = paths.loc[paths.index.str.startswith("GPU IP self-developed")].iloc[0]
    assert own["start_date"] == date(2023, 1, 1)
    assert own["earliest_ready_date"] == date(2023, 1, 1) + timedelta(days=round(36 * 30.4375))
    assert own["latest_ready_date"] == date(2027, 1, 1)
    assert own["engineers"] == 200 and "f15" in own["note"] and "agrees" in own["note"]
    assert len(frame[frame["row_kind"] == "ecosystem_route"]) == 2

    chips = frame[frame["row_kind"] == "chip"].set_index("item")
    br100 = chips.loc["Biren BR100"]
    assert br100["fp16_vs_a100"] == pytest.approx(1000 / 312)
    assert br100["fp16_vs_a100"] == pytest.approx(3.21, abs=0.01)
    assert br100["fp16_vs_h100"] == pytest.approx(1000 / 989)
    assert br100["article_claimed_ratio_min"] == 3.0 and br100["fp64_gap"]
    assert "f16" in br100["note"] and "FP16 TFLOPS >= 1000" in br100["note"]
    assert br100["milestone_date"] == date(2022, 8, 9)
    assert pd.isna(chips.loc["Iluvatar CoreX Zhikai 100", "fp16_vs_a100"])

    parity = frame[frame["row_kind"] == "parity_estimate"].set_index("vendor")
    assert parity["is_model_output"].all() and not paths["is_model_output"].any()
    biren = parity.loc["Biren"]
    assert biren["assumption_domestic_doubling_months"] == 18
    assert biren["assumption_nvidia_doubling_months"] == 24
    days = (biren["parity_date"] - date(2022, 8, 9)).days
    nvidia_days = (biren["parity_date"] - date(2022, 3, 22)).days
    assert 1000 * 2 ** (days / (18 * 30.4375)) == pytest.approx(
        989 * 2 ** (nvidia_days / (24 * 30.4375)), rel=2e-3
    )

    slower = build_domestic_substitution_timeline(
        con, AS_OF, start_year=2025, domestic_doubling_months=30
    )
    assert slower[slower["row_kind"] == "parity_estimate"]["parity_date"].isna().all()
    slower_paths = slower[slower["row_kind"] == "development_path"]
    assert (slower_paths["start_date"] == date(2025, 1, 1)).all()


def test_charts_and_index(con, tmp_path):
    for table, frame in [
        ("gpu_price_index", build_gpu_price_index(con, AS_OF)),
        ("ai_server_market_growth", build_ai_server_market_growth(con, AS_OF)),
        ("domestic_substitution_timeline", build_domestic_substitution_timeline(con, AS_OF)),
    ]:
        replace_rows(con, table, {"as_of": AS_OF}, frame)
    reports = tmp_path / "reports"
    page = write_charts(con, AS_OF, reports).read_text(encoding="utf-8")
    pngs = sorted(reports.glob("*.png"))
    assert [p.name for p in pngs] == [
        "ai_server_market_growth.png",
        "domestic_substitution_timeline.png",
        "gpu_price_index.png",
    ]
    for path in pngs:
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert f'src="{path.name}"' in page
    assert str(tmp_path) not in page  # relative links only, viewable offline


def test_charts_survive_empty_marts(tmp_path):
    empty = pd.DataFrame(columns=["model", "price_kind", "date", "index_value"])
    plot_price_index(empty, tmp_path / "gpu_price_index.png")
    plot_market_growth(pd.DataFrame(), tmp_path / "ai_server_market_growth.png")
    plot_substitution_timeline(
        pd.DataFrame(columns=["row_kind", "milestone_date"]), tmp_path / "timeline.png"
    )
    page = write_reports_index(tmp_path).read_text(encoding="utf-8")
    assert 'src="timeline.png"' in page and 'src="gpu_price_index.png"' in page


def test_ascii_labels_have_no_cjk():
    assert ascii_label("中国AI服务器市场") == "China AI server market"
    assert ascii_label("GPU IP licensed (外购IP)") == "GPU IP licensed"
    assert (
        ascii_label("CUDA-compatible extension (兼容CUDA生态做延伸)") == "CUDA-compatible extension"
    )
