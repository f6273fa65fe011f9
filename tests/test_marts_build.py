"""Mart logic on synthetic upstream rows in a real DuckDB file, checked against hand maths.

The upstream tables are created from the project's own DDL (warehouse/sql/articles.sql,
article_tables.sql, feed_tables.sql), so a column the marts rely on cannot disappear unnoticed.
Facts here are fixtures for the mart logic; extraction from the real article is covered end to end
in test_marts_assets.py.
"""

import math
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from suanli.db import apply_ddl, replace_rows
from suanli.marts import (
    ai_server_demand_drivers,
    ai_server_market_growth,
    build_ai_server_demand_drivers,
    build_ai_server_market_growth,
    build_claims_vs_feeds,
    build_domestic_substitution_timeline,
    build_gpu_price_index,
    build_gpu_price_inflation,
    claims_vs_feeds,
    domestic_substitution_timeline,
    gpu_price_index,
    gpu_price_inflation,
    load_reference_tables,
    plot_market_growth,
    plot_price_changes,
    plot_price_index,
    plot_substitution_timeline,
    reference_accelerators,
    reference_ai_server_market,
    write_charts,
    write_reports_index,
)
from suanli.marts.labels import ascii_label
from suanli.marts.reference import EVERY_ROW_SOURCED
from suanli.paths import PROJECT_ROOT
from suanli.plausibility import flag
from tests.helpers import table_columns

AS_OF = date(2024, 6, 30)
YEAR_ONLY_END = date(2023, 7, 1)  # a year-only article date is placed at 1 July
MONTH = 365.25 / 12
MARKET = "中国AI服务器市场"

SENTENCES = {
    7: "在AI大模型飞速发展之下,单个大语言训练驱动AI训练服务器需求约2亿美元,AI推理服务器方面,"
    "如ChatGPT在初期便可带动推理服务器需求约45亿美元。",
    23: "以英伟达的旗舰芯片H100为例,其在短短一周之内,涨价近7万元人民币,售价普遍高达30万左右,"
    "次旗舰A100芯片在短短三个月多时间里,从6万元一路涨至9万元,涨幅超过50%。",
    28: "按照ChatGPT的水准,至少需要3000枚A100芯片,以9万/枚的价格来算就是2.7亿人民币才能完成一个"
    "大模型部署。",
    33: "根据IDC最新发布的《中国加速计算市场(2021年下半年)跟踪报告》,2021年全年中国AI服务器"
    "市场规模达350.3亿元,同比增长68.6%。",
    34: "在企业级GPU芯片领域,中国厂商壁仞科技在2022年推出“BR100”芯片、天数智芯推出了“智铠100”"
    "芯片、寒武纪推出了“思元270”芯片。",
    35: "其中壁仞科技称,BR100拥有全球最高算力,峰值算力达到了市场在售旗舰产品的三倍以上,"
    "16位浮点算力达到1000T以上。",
    44: "一是定向的国产扶持路径。",
    48: "据中信证券研报显示,GPU IP自研需要36-48个月以及200个工程师,而采用外购IP的方式,"
    "则需要12-18个月开发周期。",
    49: "二是通过兼容CUDA生态做延伸。",
    51: "对比两种方法来看,目前较为可行的方案还是第二种,但从长远来看还是做两手准备。",
}
SECOND = {  # a later article whose figures do not add up
    1: "渠道数据显示,A100在一个月内从6万元涨至9万元,涨幅约20%。",
    2: "另需3000枚A100芯片,以9万/枚计共5亿元。",
}
LATE = {1: "A100售价12万元。"}  # published after AS_OF: must not count

# (article, sentence, surface, fact_type, subject, metric, value, unit, qualifier, extra)
A100, H100, BR100 = "NVIDIA A100", "NVIDIA H100", "Biren BR100"
FACTS = [
    ("a1", 7, "2亿美元", "spend", "ChatGPT", "demand", 2e8, "USD", "approx", {}),
    ("a1", 7, "45亿美元", "spend", "ChatGPT", "demand", 4.5e9, "USD", "approx", {}),
    ("a1", 23, "一周", "duration", H100, "price_window", 7, "days", "up_to", {}),
    ("a1", 23, "7万元", "price_change", H100, "price_increase", 7e4, "CNY", "approx", {}),
    ("a1", 23, "30万", "unit_price", H100, "price", 3e5, "CNY", "approx", {}),
    ("a1", 23, "三个月", "duration", A100, "price_window", 3, "months", "at_least", {}),
    ("a1", 23, "6万元", "unit_price", A100, "price_from", 6e4, "CNY", "exact", {}),
    ("a1", 23, "9万元", "unit_price", A100, "price_to", 9e4, "CNY", "exact", {}),
    ("a1", 23, "50%", "pct_change", A100, "price_change_pct", 50, "percent", "at_least", {}),
    ("a1", 28, "3000枚", "count", A100, "chips_required", 3000, "count", "at_least", {}),
    ("a1", 28, "9万", "unit_price", A100, "price", 9e4, "CNY", "exact", {}),
    ("a1", 28, "2.7亿人民币", "cost", A100, "cost", 2.7e8, "CNY", "exact", {}),
    ("a1", 33, "350.3亿元", "market_size", MARKET, "market_size", 35.03e9, "CNY", "exact",
     {"period": "2021"}),
    ("a1", 33, "68.6%", "pct_change", MARKET, "yoy_growth", 68.6, "percent", "exact",
     {"period": "2021"}),
    ("a1", 34, "2022年", "release", BR100, "release_year", 2022, "year", "exact", {}),
    ("a1", 35, "三倍", "ratio", BR100, "performance_ratio", 3, "ratio", "at_least", {}),
    ("a1", 35, "1000T", "compute", BR100, "compute_fp16", 1e15, "FLOP/s", "at_least", {}),
    ("a1", 48, "36-48个月", "duration", "GPU IP 自研", "development_time", 42, "months", "exact",
     {"value_low": 36, "value_high": 48}),
    ("a1", 48, "200个", "count", "GPU IP 自研", "engineers", 200, "count", "exact", {}),
    ("a1", 48, "12-18个月", "duration", "GPU IP 外购", "development_time", 15, "months", "exact",
     {"value_low": 12, "value_high": 18}),
    ("a2", 1, "一个月", "duration", A100, "price_window", 1, "months", "exact", {}),
    ("a2", 1, "6万元", "unit_price", A100, "price_from", 6e4, "CNY", "exact", {}),
    ("a2", 1, "9万元", "unit_price", A100, "price_to", 9e4, "CNY", "exact", {}),
    ("a2", 1, "20%", "pct_change", A100, "price_change_pct", 20, "percent", "approx", {}),
    ("a2", 2, "3000枚", "count", A100, "chips_required", 3000, "count", "exact", {}),
    ("a2", 2, "9万", "unit_price", A100, "price", 9e4, "CNY", "exact", {}),
    ("a2", 2, "5亿元", "cost", A100, "cost", 5e8, "CNY", "exact", {}),
    ("a3", 1, "12万元", "unit_price", A100, "price", 1.2e5, "CNY", "exact", {}),
]  # fmt: skip
ARTICLES = {  # id: (sentences, published_year, published_date)
    "a1": (SENTENCES, 2023, None),
    "a2": (SECOND, 2024, date(2024, 3, 1)),
    "a3": (LATE, 2024, date(2024, 12, 1)),
}
# EUR reference rates (1 EUR = x USD, y CNY), as an ECB feed would land them.
ECB = {
    date(2021, 3, 1): (1.20, 7.80),
    date(2021, 9, 1): (1.18, 7.60),
    date(2023, 3, 31): (1.09, 7.50),
    date(2023, 6, 30): (1.09, 7.90),
    date(2024, 1, 2): (1.10, 7.80),
    date(2024, 6, 28): (1.07, 7.77),
}
CNY_TO_USD = 0.14  # conversion stored on the fixture's CNY observations
# (feed, partition_date, observed_on, model, price, currency, kind, term, region, source)
OBSERVATIONS = [
    ("test_feed", AS_OF, date(2023, 7, 15), A100, 100000, "CNY", "purchase", None, "CN",
     "dealer A"),
    ("test_feed", AS_OF, date(2024, 1, 10), A100, 95000, "CNY", "purchase", None, "CN", "dealer A"),
    ("test_feed", AS_OF, date(2024, 4, 15), A100, 90000, "CNY", "purchase", None, "CN", "dealer A"),
    ("test_feed", AS_OF, date(2024, 6, 5), A100, 88000, "CNY", "purchase", None, "CN", "dealer B"),
    ("test_feed", date(2024, 6, 26), date(2024, 6, 25), A100, 92000, "CNY", "purchase", None,
     "CN", "dealer B"),
    ("test_feed", AS_OF, date(2024, 6, 25), A100, 92000, "CNY", "purchase", None, "CN",
     "dealer B"),  # the same observation re-delivered by a later fetch
    ("test_feed", AS_OF, date(2024, 6, 30), A100, 93000, "CNY", "purchase", None, "CN", "dealer B"),
    ("test_feed", date(2024, 7, 2), date(2024, 7, 2), A100, 1, "CNY", "purchase", None, "CN",
     "observed after as_of"),
    ("test_feed", date(2024, 7, 5), date(2024, 6, 29), A100, 1, "CNY", "purchase", None, "CN",
     "fetched after as_of"),
    ("article_copy", AS_OF, date(2023, 5, 15), A100, 90000, "CNY", "purchase", None, "CN",
     "刘旷 (2023), seed article seeds/articles/a1.txt"),
    ("us_retail", date(2024, 6, 28), date(2024, 6, 28), A100, 7000, "USD", "purchase", None,
     None, "shop"),
    ("cloud_a", AS_OF, date(2024, 5, 1), "NVIDIA V100", 1.00, "USD", "rental_hour", "on_demand",
     "US East", "cloud A"),
    ("cloud_a", AS_OF, date(2024, 5, 15), "NVIDIA V100", 1.10, "USD", "rental_hour", "on_demand",
     "US East", "cloud A"),
    ("cloud_a", AS_OF, date(2024, 6, 10), "NVIDIA V100", 1.21, "USD", "rental_hour", "on_demand",
     "US East", "cloud A"),
    ("cloud_b", AS_OF, date(2024, 5, 20), "NVIDIA V100", 2.00, "USD", "rental_hour", "on_demand",
     "Iowa", "cloud B"),
    ("cloud_b", AS_OF, date(2024, 6, 10), "NVIDIA V100", 1.80, "USD", "rental_hour", "on_demand",
     "Iowa", "cloud B"),
    ("cloud_b", AS_OF, date(2024, 6, 10), "NVIDIA V100", 0.50, "USD", "rental_hour", "3y",
     "Iowa", "cloud B"),
]  # fmt: skip


def _text(sentences: dict[int, str]) -> str:
    return "".join(sentences.values())


def _fact_rows() -> pd.DataFrame:
    rows, cursor = [], {}
    for article, sentence, surface, ftype, subject, metric, value, unit, qual, extra in FACTS:
        sentences = ARTICLES[article][0]
        text = _text(sentences)
        sentence_start = text.index(sentences[sentence])
        start = text.index(surface, max(sentence_start, cursor.get((article, sentence), 0)))
        cursor[(article, sentence)] = start + 1
        rows.append(
            {
                "article_id": article,
                "fact_id": f"{article}:{start}:{start + len(surface)}",
                "claim_id": f"{article}:{sentence}:0:{subject}",
                "fact_type": ftype,
                "subject": subject,
                "metric": metric,
                "value": float(value),
                "value_low": float(extra.get("value_low", value)),
                "value_high": float(extra.get("value_high", value)),
                "unit": unit,
                "qualifier": qual,
                "period": extra.get("period"),
                "sentence_no": sentence,
                "char_start": start,
                "char_end": start + len(surface),
                "raw_char_start": start,
                "raw_char_end": start + len(surface),
                "surface": surface,
                "quote": sentences[sentence],
            }
        )
    return flag(pd.DataFrame(rows))


def fact_id(article: str, surface: str, sentence: int) -> str:
    sentences = ARTICLES[article][0]
    text = _text(sentences)
    start = text.index(surface, text.index(sentences[sentence]))
    return f"{article}:{start}:{start + len(surface)}"


def usd_per_cny(on: date) -> float:
    """From the ECB fixture: the latest rate on or before `on`, USD/EUR over CNY/EUR."""
    day = max(d for d in ECB if d <= on)
    usd, cny = ECB[day]
    return usd / cny


@pytest.fixture(scope="module")
def fixture_database(tmp_path_factory) -> Path:
    """The fixture warehouse, written once per module; each test gets its own copy (`con`)."""
    path = tmp_path_factory.mktemp("marts_build") / "warehouse.duckdb"
    connection = duckdb.connect(str(path))
    apply_ddl(connection, "articles", "article_tables", "feed_tables")
    now = datetime(2024, 7, 1, tzinfo=UTC)
    articles = pd.DataFrame(
        [
            {
                "article_id": article,
                "path": f"{article}.txt",
                "sha256": "0" * 64,
                "bytes": len(_text(sentences).encode()),
                "encoding": "utf-8",
                "raw_text": _text(sentences),
                "normalised_text": _text(sentences),
                "author": "刘旷",
                "published_year": year,
                "published_date": published,
                "date_precision": "day" if published else "year",
                "has_metadata_file": True,
                "ingested_at": now,
            }
            for article, (sentences, year, published) in ARTICLES.items()
        ]
    )
    replace_rows(connection, "articles", {}, articles)
    replace_rows(connection, "article_facts", {}, _fact_rows())
    observations = pd.DataFrame(
        [
            {
                "feed": feed,
                "partition_date": partition,
                "observed_on": observed,
                "observed_at": datetime.combine(observed, datetime.min.time()),
                "model_raw": model,
                "model": model,
                "price": float(price),
                "currency": currency,
                "price_kind": kind,
                "term": term,
                "region": region,
                "source": source,
                "price_usd": price * (CNY_TO_USD if currency == "CNY" else 1.0),
                "price_cny": price if currency == "CNY" else price / CNY_TO_USD,
                "source_sha256": "0" * 64,
                "record_no": n,
            }
            for n, (
                feed,
                partition,
                observed,
                model,
                price,
                currency,
                kind,
                term,
                region,
                source,
            ) in enumerate(OBSERVATIONS, start=1)
        ]
    )
    replace_rows(connection, "price_observations", {}, observations)
    rates = pd.DataFrame(
        [
            {"date": day, "base": "EUR", "quote": quote, "rate": rate, "feed": "ecb",
             "partition_date": AS_OF}
            for day, (usd, cny) in ECB.items()
            for quote, rate in [("USD", usd), ("CNY", cny)]
        ]
    )  # fmt: skip
    replace_rows(connection, "fx_rates", {}, rates)
    load_reference_tables(connection)
    apply_ddl(connection, "marts")
    connection.close()
    return path


@pytest.fixture
def con(fixture_database, tmp_path):
    copy = tmp_path / "warehouse.duckdb"
    shutil.copyfile(fixture_database, copy)
    connection = duckdb.connect(str(copy))
    yield connection
    connection.close()


def _write(con, table, frame):
    """Write as the Dagster asset does, proving the frame fits the DDL and reruns replace."""
    replace_rows(con, table, {"as_of": AS_OF}, frame)
    replace_rows(con, table, {"as_of": AS_OF}, frame)
    assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == len(frame)
    assert all(comment for _, _, comment in table_columns(con, table))


# --- gpu_price_inflation -----------------------------------------------------------------------


def test_article_pairs_a100_and_h100(con):
    frame = build_gpu_price_inflation(con, AS_OF)
    _write(con, "gpu_price_inflation", frame)
    article = frame[frame["source_type"] == "article"]
    a1 = article[article["source"].str.startswith("article:a1 ")].set_index("model")
    assert set(a1.index) == {A100, H100}  # the lone 9万/枚 of sentence 28 is no pair
    assert not article["source"].str.startswith("article:a3").any()  # published after as_of

    a100 = a1.loc[A100]
    days = 3 * MONTH
    assert (a100["start_price"], a100["end_price"]) == (60000, 90000)
    assert a100["pct_change"] == pytest.approx(50.0)
    assert a100["window_days"] == pytest.approx(91.3125)
    assert a100["annualised_pct"] == pytest.approx((1.5 ** (365.25 / days) - 1) * 100)
    assert a100["annualised_pct"] == pytest.approx(406.25)  # four quarters of +50%
    assert a100["daily_compound_pct"] == pytest.approx((1.5 ** (1 / days) - 1) * 100)
    assert a100["end_date"] == YEAR_ONLY_END
    assert a100["start_date"] == YEAR_ONLY_END - timedelta(days=91)
    assert a100["start_price_usd"] == pytest.approx(60000 * usd_per_cny(date(2023, 4, 1)))
    assert a100["end_price_usd"] == pytest.approx(90000 * usd_per_cny(YEAR_ONLY_END))
    assert a100["stated_pct_change"] == 50 and a100["stated_pct_consistent"]
    assert a100["date_precision"] == "year" and a100["market"] == "CN"
    assert "upper bounds" in a100["notes"]  # 三个月多 is at least three months

    h100 = a1.loc[H100]
    assert (h100["start_price"], h100["end_price"]) == (300000 - 70000, 300000)
    assert h100["pct_change"] == pytest.approx((300000 / 230000 - 1) * 100)
    assert h100["pct_change"] == pytest.approx(30.43, abs=0.01)
    assert h100["daily_compound_pct"] == pytest.approx(((300000 / 230000) ** (1 / 7) - 1) * 100)
    assert "implied" in h100["notes"] and "lower bounds" in h100["notes"]


def test_article_pair_contradicting_its_stated_change_is_flagged(con):
    frame = build_gpu_price_inflation(con, AS_OF)
    a2 = frame[frame["source"].str.startswith("article:a2 ")].iloc[0]
    assert a2["pct_change"] == pytest.approx(50.0) and a2["stated_pct_change"] == 20
    assert a2["stated_pct_consistent"] is not None and not a2["stated_pct_consistent"]
    assert a2["end_date"] == date(2024, 3, 1) and a2["date_precision"] == "day"


def _window_expectation(window_days: int | None) -> list[tuple[date, float]]:
    """test_feed observations in the window, from the fixture list, de-duplicated by hand."""
    seen = {}
    for feed, partition, observed, _, price, *_ in OBSERVATIONS:
        if feed != "test_feed" or observed > AS_OF or partition > AS_OF:
            continue
        if window_days is None or observed > AS_OF - timedelta(days=window_days):
            seen[observed] = price
    return sorted(seen.items())


@pytest.mark.parametrize("window, days", [("7d", 7), ("30d", 30), ("90d", 90), ("365d", 365),
                                          ("all", None)])  # fmt: skip
def test_feed_windows_end_at_the_partition(con, window, days):
    frame = build_gpu_price_inflation(con, AS_OF)
    row = frame[(frame["source"] == "test_feed") & (frame["window"] == window)].iloc[0]
    expected = _window_expectation(days)
    (first_day, first), (last_day, last) = expected[0], expected[-1]
    span = (last_day - first_day).days
    assert row["n_observations"] == len(expected)
    assert (row["start_date"], row["end_date"]) == (first_day, last_day)
    assert (row["start_price"], row["end_price"]) == (first, last)
    assert (row["min_price"], row["max_price"]) == (
        min(p for _, p in expected),
        max(p for _, p in expected),
    )
    assert row["pct_change"] == pytest.approx((last / first - 1) * 100)
    assert row["annualised_pct"] == pytest.approx(((last / first) ** (365.25 / span) - 1) * 100)
    assert row["start_price_usd"] == pytest.approx(first * CNY_TO_USD)
    assert row["pct_change_usd"] == pytest.approx((last / first - 1) * 100)
    assert row["currency"] == "CNY" and row["market"] == "CN"


def test_every_feed_series_has_all_windows_even_empty_ones(con):
    frame = build_gpu_price_inflation(con, AS_OF)
    copy = frame[frame["source"] == "article_copy"].set_index("window")
    assert list(copy.index) == ["7d", "30d", "90d", "365d", "all"]
    assert copy.loc["7d", "n_observations"] == 0 and pd.isna(copy.loc["7d", "start_price"])
    assert copy.loc["all", "n_observations"] == 1 and copy.loc["all", "pct_change"] == 0
    assert pd.isna(copy.loc["all", "annualised_pct"])  # a zero-length window has no rate
    rentals = frame[(frame["model"] == "NVIDIA V100") & (frame["window"] == "all")]
    assert sorted(rentals["term"]) == ["3y", "on_demand", "on_demand"]  # terms never mixed


# --- gpu_price_index ---------------------------------------------------------------------------


def test_price_index_is_chain_linked_and_starts_at_100(con):
    frame = build_gpu_price_index(con, AS_OF)
    _write(con, "gpu_price_index", frame)
    v100 = frame[(frame["model"] == "NVIDIA V100") & (frame["term"] == "on_demand")]
    series = v100.set_index("date")["index_value"]
    # Stored rows: observed days, month ends and as_of.
    assert list(series.index) == [date(2024, 5, 1), date(2024, 5, 15), date(2024, 5, 20),
                                  date(2024, 5, 31), date(2024, 6, 10), AS_OF]  # fmt: skip
    assert series[date(2024, 5, 1)] == pytest.approx(100.0)
    assert series[date(2024, 5, 15)] == pytest.approx(110.0)
    # cloud_b's first quote only sets its base, however dearer it is: no jump.
    assert series[date(2024, 5, 20)] == pytest.approx(110.0)
    linked = 110 * math.sqrt((1.21 / 1.10) * (1.80 / 2.00))  # geometric mean of both moves
    assert series[date(2024, 6, 10)] == pytest.approx(linked)
    assert series[AS_OF] == pytest.approx(linked)
    june_10 = v100.set_index("date").loc[date(2024, 6, 10)]
    assert june_10["n_series_linked"] == 2 and june_10["n_observations"] == 2
    assert june_10["mom_pct"] == pytest.approx((linked / 100 - 1) * 100)  # 10 May was still 100
    assert v100["yoy_pct"].isna().all()
    assert v100.set_index("date").loc[date(2024, 5, 31), "is_carried_forward"]

    firsts = frame.sort_values("date").groupby(["model", "price_kind", "term"], dropna=False)
    assert (firsts["index_value"].first() == 100).all()


def test_price_index_month_over_month_and_year_over_year(con):
    frame = build_gpu_price_index(con, AS_OF)
    a100 = frame[(frame["model"] == A100) & (frame["price_kind"] == "purchase")].set_index("date")
    assert a100.index[0] == date(2023, 5, 15)  # the first observation of any A100 series
    june = a100.loc[date(2024, 6, 30)]
    # test_feed 2023-07-15 (100000) -> 2024-06-30 (93000); article_copy and us_retail enter
    # with their first quote only. One calendar year earlier nothing had moved yet: level 100.
    expected = (93000 / 100000) * 100
    assert june["index_value"] == pytest.approx(expected)
    assert june["yoy_pct"] == pytest.approx(expected - 100)
    may_31 = a100.loc[date(2024, 5, 31), "index_value"]
    assert june["mom_pct"] == pytest.approx((expected / may_31 - 1) * 100)


# --- claims_vs_feeds ---------------------------------------------------------------------------


def test_claims_prefer_independent_observations(con):
    frame = build_claims_vs_feeds(con, AS_OF)
    _write(con, "claims_vs_feeds", frame)
    by_fact = frame.set_index("fact_id")
    assert not (frame["article_id"] == "a3").any()
    price_to = by_fact.loc[fact_id("a1", "9万元", 23)]
    assert price_to["claim_date"] == YEAR_ONLY_END
    # article_copy cites the article itself; the independent 2023 quote wins although farther.
    assert price_to["feed"] == "test_feed" and price_to["observed_on"] == date(2023, 7, 15)
    assert not price_to["observation_cites_article"]
    assert price_to["gap_pct"] == pytest.approx((100000 / 90000 - 1) * 100)
    assert price_to["days_apart"] == 14
    price_from = by_fact.loc[fact_id("a1", "6万元", 23)]
    assert price_from["claim_date"] == YEAR_ONLY_END - timedelta(days=91)
    h100 = by_fact.loc[fact_id("a1", "30万", 23)]
    assert pd.isna(h100["feed"])  # no H100 quotes: the claim is kept, unmatched
    a2 = by_fact.loc[fact_id("a2", "9万元", 1)]
    assert a2["match_rule"] == "nearest_to_day"
    assert a2["observed_on"] == date(2024, 4, 15)  # 45 days after 2024-03-01, vs 51 before


def test_claims_take_the_nearest_of_equally_near_quotes_the_same_way_every_time(con):
    # Two dealers quote 9 days after a2's claim date, at the same time: nearer than anything
    # else, and the cheaper one wins the tie on every rebuild.
    quotes = pd.DataFrame(
        [
            {"feed": "test_feed", "partition_date": AS_OF, "observed_on": date(2024, 3, 10),
             "observed_at": datetime(2024, 3, 10), "model_raw": A100, "model": A100,
             "price": price, "currency": "CNY", "price_kind": "purchase", "region": "CN",
             "source": source, "price_usd": price * CNY_TO_USD, "price_cny": price,
             "source_sha256": "0" * 64, "record_no": 100 + n}
            for n, (price, source) in enumerate([(91000.0, "dealer C"), (89000.0, "dealer D")])
        ]
    )  # fmt: skip
    con.register("quotes", quotes)
    con.execute("INSERT INTO price_observations BY NAME SELECT * FROM quotes")
    picks = set()
    for _ in range(5):
        a2 = build_claims_vs_feeds(con, AS_OF).set_index("fact_id").loc[fact_id("a2", "9万元", 1)]
        picks.add((a2["observed_on"], a2["observed_price"], a2["observation_source"]))
    assert picks == {(date(2024, 3, 10), 89000.0, "dealer D")}


# --- ai_server_market_growth -------------------------------------------------------------------


def test_market_growth_article_figure_derived_year_and_projections(con):
    frame = build_ai_server_market_growth(con, AS_OF)
    _write(con, "ai_server_market_growth", frame)
    stated = frame[frame["source"].str.startswith("fact:")].iloc[0]
    fx_2021 = (1.20 / 7.80 + 1.18 / 7.60) / 2  # the year's average USD per CNY
    assert stated["year"] == 2021 and stated["size"] == pytest.approx(35.03e9)
    assert stated["yoy_growth_pct"] == 68.6 and stated["publisher"] == "IDC"
    assert stated["fx_usd_per_unit"] == pytest.approx(fx_2021)
    assert stated["size_usd"] == pytest.approx(35.03e9 * fx_2021)

    derived = frame[frame["source"] == f"derived:{stated['source']}"].iloc[0]
    assert derived["year"] == 2020 and derived["is_derived"] and not derived["is_projection"]
    assert derived["size"] == pytest.approx(35.03e9 / 1.686)
    assert derived["size"] == pytest.approx(20.78e9, rel=1e-3)

    projected = frame[frame["source"] == f"projection:{stated['source']}"].set_index("year")
    assert list(projected.index) == [2022, 2023, 2024]
    assert projected["is_projection"].all() and projected["is_derived"].all()
    assert projected.loc[2024, "size"] == pytest.approx(35.03e9 * 1.686**3)
    assert projected.loc[2024, "cagr_base_year"] == 2021
    assert projected.loc[2024, "cagr_pct"] == pytest.approx(68.6)
    assert pd.isna(projected.loc[2022, "size_usd"])  # no CNY rates in 2022: no USD, a note
    assert "no CNY FX for 2022" in projected.loc[2022, "note"]
    assert "not a publisher forecast" in projected.loc[2023, "note"]

    slower = build_ai_server_market_growth(con, AS_OF, projection_years=1, projection_growth_pct=10)
    one = slower[slower["source"].str.startswith("projection:")].iloc[0]
    assert one["year"] == 2022 and one["size"] == pytest.approx(35.03e9 * 1.10)


def test_market_growth_keeps_conflicting_publishers_apart(con):
    frame = build_ai_server_market_growth(con, AS_OF)
    stated_2022 = frame[(frame["year"] == 2022) & ~frame["is_derived"]]
    assert sorted(stated_2022["size"]) == [6.7e9, 7.07e9]  # IDC tracker vs IDC/Inspur/Tsinghua
    idc = stated_2022[stated_2022["size"] == 6.7e9].iloc[0]
    assert idc["publisher"] == "IDC" and idc["yoy_growth_pct"] == 24
    assert idc["size_usd"] == 6.7e9 and idc["source_url"].startswith("https://")
    assert not (frame["size"] == (6.7e9 + 7.07e9) / 2).any()  # never averaged
    idc_2023 = frame[(frame["year"] == 2023) & (frame["size"] == 9.4e9)].iloc[0]
    assert idc_2023["cagr_base_year"] == 2022
    assert idc_2023["cagr_pct"] == pytest.approx((9.4 / 6.7 - 1) * 100)
    implied_2021 = frame[frame["source"] == f"derived:{idc['source']}"].iloc[0]
    assert implied_2021["size"] == pytest.approx(6.7e9 / 1.24)


# --- ai_server_demand_drivers ------------------------------------------------------------------


def test_demand_drivers_spend_and_deployments(con):
    frame = build_ai_server_demand_drivers(con, AS_OF)
    _write(con, "ai_server_demand_drivers", frame)
    by_driver = frame.set_index("driver")
    training = by_driver.loc["AI training servers / demand"]
    inference = by_driver.loc["AI inference servers / demand"]
    assert training["value_usd"] == pytest.approx(2e8) and training["qualifier"] == "approx"
    assert inference["value_usd"] == pytest.approx(4.5e9)
    assert "推理服务器" in inference["clause"]

    a1 = frame[frame["source"].str.contains("a1:")]
    cost = a1[a1["driver"] == "NVIDIA A100 x 3000 / deployment cost (article price)"].iloc[0]
    assert cost["value"] == pytest.approx(2.7e8) and cost["unit"] == "CNY"
    assert cost["implied_value"] == pytest.approx(3000 * 90000) and cost["is_consistent"]
    fx_2023 = (1.09 / 7.50 + 1.09 / 7.90) / 2  # the article year's average
    assert cost["value_usd"] == pytest.approx(2.7e8 * fx_2023)

    at_feed = frame[frame["metric"] == "deployment_cost_at_feed_price"]
    cn = at_feed[at_feed["driver"] == "NVIDIA A100 x 3000 / deployment cost at the latest CN "
                 "feed price"]  # fmt: skip
    # Two chips_required facts (a1 and a2) each get both prices.
    assert len(cn) == 2
    latest_cn = cn.iloc[0]
    assert latest_cn["unit_price"] == 93000 and latest_cn["unit_price_date"] == AS_OF
    assert latest_cn["value"] == pytest.approx(3000 * 93000)
    assert latest_cn["value_usd"] == pytest.approx(3000 * 93000 * CNY_TO_USD)
    # The newest quote anywhere is the CN one of 06-30, so no second, identical row.
    assert not at_feed["driver"].str.endswith("at the latest feed price").any()

    day_before = date(2024, 6, 29)
    earlier = build_ai_server_demand_drivers(con, day_before)
    a1_feed = earlier[
        (earlier["metric"] == "deployment_cost_at_feed_price")
        & earlier["note"].str.contains(fact_id("a1", "3000枚", 28))
    ].set_index("driver")
    cn = a1_feed.loc["NVIDIA A100 x 3000 / deployment cost at the latest CN feed price"]
    anywhere = a1_feed.loc["NVIDIA A100 x 3000 / deployment cost at the latest feed price"]
    assert cn["unit_price"] == 92000 and cn["unit_price_date"] == date(2024, 6, 25)
    assert anywhere["unit_price"] == 7000 and anywhere["unit_price_currency"] == "USD"
    assert anywhere["value_usd"] == pytest.approx(3000 * 7000)
    article_usd = 2.7e8 * fx_2023
    assert anywhere["vs_article_pct"] == pytest.approx((3000 * 7000 / article_usd - 1) * 100)


def test_deployment_at_the_latest_price_found_beyond_the_last_month(con):
    # No A100 quote in the month before 2024-09-30: the latest one, of 2024-07-02, still counts.
    frame = build_ai_server_demand_drivers(con, date(2024, 9, 30))
    at_feed = frame[frame["metric"] == "deployment_cost_at_feed_price"]
    cn = at_feed[at_feed["driver"].str.endswith("at the latest CN feed price")]
    assert set(cn["unit_price_date"]) == {date(2024, 7, 2)}
    assert not at_feed["driver"].str.endswith("at the latest feed price").any()


def test_deployment_cost_that_does_not_add_up_is_flagged(con):
    frame = build_ai_server_demand_drivers(con, AS_OF)
    a2 = frame[(frame["metric"] == "cost") & frame["source"].str.contains("a2:")].iloc[0]
    # 3000 × 9万 is 2.125亿-3.325亿 however the round figures were rounded; 5亿 is not.
    assert a2["value"] == 5e8 and a2["implied_value"] == pytest.approx(2.7e8)
    assert not a2["is_consistent"]


# --- domestic_substitution_timeline ------------------------------------------------------------


def test_development_paths_and_routes_come_from_the_article(con):
    frame = build_domestic_substitution_timeline(con, AS_OF)
    _write(con, "domestic_substitution_timeline", frame)
    paths = frame[frame["row_kind"] == "development_path"].set_index("item")
    own = paths.loc["self-developed GPU IP (GPU IP 自研)"]
    start = date(2023, 1, 1)  # default: the article's year
    assert own["start_date"] == start
    assert (own["months_low"], own["months_high"], own["engineers"]) == (36, 48, 200)
    assert own["earliest_ready_date"] == start + timedelta(days=round(36 * MONTH))
    assert own["latest_ready_date"] == start + timedelta(days=round(48 * MONTH))
    assert own["latest_ready_date"] == date(2027, 1, 1)
    assert "中信证券研报" in own["source"]
    licensed = paths.loc["licensed GPU IP (GPU IP 外购)"]
    assert (licensed["months_low"], licensed["months_high"]) == (12, 18)
    assert pd.isna(licensed["engineers"])
    assert licensed["latest_ready_date"] == start + timedelta(days=round(18 * MONTH))

    routes = frame[frame["row_kind"] == "ecosystem_route"].set_index("item")
    directed = routes.loc["Directed domestic support (定向的国产扶持路径)"]
    assert directed["earliest_ready_date"] == licensed["earliest_ready_date"]
    assert directed["latest_ready_date"] == own["latest_ready_date"]
    cuda = routes.loc["CUDA-compatible extension (兼容CUDA生态做延伸)"]
    assert pd.isna(cuda["milestone_date"]) and "较为可行" in cuda["note"]

    later = build_domestic_substitution_timeline(con, AS_OF, start_year=2025)
    later_paths = later[later["row_kind"] == "development_path"]
    assert (later_paths["start_date"] == date(2025, 1, 1)).all()


def test_domestic_chips_against_a100_and_h100(con):
    frame = build_domestic_substitution_timeline(con, AS_OF)
    chips = frame[frame["row_kind"] == "chip"].set_index("item")
    br100 = chips.loc[BR100]
    assert br100["fp16_vs_a100"] == pytest.approx(1000 / 312)
    assert br100["fp16_vs_a100"] == pytest.approx(3.2, abs=0.01)  # 三倍以上 holds
    assert br100["fp16_vs_h100"] == pytest.approx(1000 / 989.5)
    assert br100["article_claimed_ratio_min"] == 3 and br100["claim_consistent"]
    assert br100["fp64_gap"] and br100["fp64_tflops"] == 0
    assert br100["milestone_date"] == date(2022, 8, 9) and br100["named_in_articles"] == "a1"
    assert "三倍以上" in br100["article_claim"]
    mlu270 = chips.loc["Cambricon MLU270"]
    assert pd.isna(mlu270["fp16_vs_a100"]) and mlu270["int8_vs_a100"] == pytest.approx(128 / 624)
    zhikai = chips.loc["Iluvatar CoreX Zhikai 100"]
    assert pd.isna(zhikai["fp16_tflops"]) and zhikai["named_in_articles"] == "a1"
    assert pd.isna(chips.loc["Huawei Ascend 910", "named_in_articles"])  # only in the csv


def test_parity_dates_are_flagged_model_outputs_with_their_assumption(con):
    frame = build_domestic_substitution_timeline(con, AS_OF)
    parity = frame[frame["row_kind"] == "parity_estimate"].set_index("vendor")
    assert parity["is_model_output"].all()
    assert not frame[frame["row_kind"] != "parity_estimate"]["is_model_output"].any()
    biren = parity.loc["Biren"]
    assert biren["assumption_domestic_doubling_months"] == 18
    assert biren["assumption_nvidia_doubling_months"] == 24
    assert biren["reference_model"] == H100 and biren["reference_fp16_tflops"] == 989.5
    # Independent solution of 1000 * 2^(t/18mo) = 989.5 * 2^((t + lag)/24mo), t from launch.
    lag = (date(2022, 8, 9) - date(2022, 3, 22)).days
    d_rate, n_rate = 1 / (18 * MONTH), 1 / (24 * MONTH)
    days = (math.log2(989.5 / 1000) + n_rate * lag) / (d_rate - n_rate)
    assert biren["parity_date"] == date(2022, 8, 9) + timedelta(days=round(days))

    slower = build_domestic_substitution_timeline(con, AS_OF, domestic_doubling_months=30)
    slow = slower[slower["row_kind"] == "parity_estimate"]
    assert slow["parity_date"].isna().all()  # slower than NVIDIA: never
    assert (slow["assumption_domestic_doubling_months"] == 30).all()


# --- charts ------------------------------------------------------------------------------------


def test_charts_from_the_stored_marts_and_an_offline_index(con, tmp_path):
    for table, build in [
        ("gpu_price_inflation", build_gpu_price_inflation),
        ("gpu_price_index", build_gpu_price_index),
        ("ai_server_market_growth", build_ai_server_market_growth),
        ("domestic_substitution_timeline", build_domestic_substitution_timeline),
    ]:
        replace_rows(con, table, {"as_of": AS_OF}, build(con, AS_OF))
    reports = tmp_path / "reports"
    page = write_charts(con, AS_OF, reports).read_text(encoding="utf-8")
    names = sorted(p.name for p in reports.glob("*.png"))
    assert names == [
        "ai_server_market_growth.png",
        "domestic_substitution_timeline.png",
        "gpu_price_index.png",
        "gpu_price_inflation.png",
    ]
    for name in names:
        assert (reports / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert f'src="{name}"' in page
    assert str(tmp_path) not in page  # relative links only: the folder works offline
    assert "Partition 2024-06-30" in page


def test_charts_survive_empty_marts(tmp_path):
    empty = pd.DataFrame(columns=["model", "price_kind", "term", "date", "index_value"])
    plot_price_index(empty, tmp_path / "index.png", AS_OF)
    plot_price_changes(pd.DataFrame(), tmp_path / "changes.png", AS_OF)
    plot_market_growth(pd.DataFrame(), tmp_path / "growth.png", AS_OF)
    plot_substitution_timeline(
        pd.DataFrame(columns=["row_kind", "milestone_date"]), tmp_path / "timeline.png", AS_OF
    )
    page = write_reports_index(tmp_path).read_text(encoding="utf-8")
    assert 'src="timeline.png"' in page and 'src="index.png"' in page


def test_loading_the_marts_does_not_import_matplotlib():
    # The UI's code server and the daemon load the definitions on every reload; matplotlib
    # (about half a second) is imported when a chart is drawn, not then.
    code = (
        "import sys, dagster as dg, assets.marts, suanli.marts; "
        "dg.load_assets_from_package_module(assets.marts); print('matplotlib' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_ascii_labels_use_english_aliases_and_drop_cjk():
    assert ascii_label("中国AI服务器市场") == "China AI server market"
    assert ascii_label("GPU IP 自研") == "self-developed GPU IP"
    assert ascii_label("licensed GPU IP (GPU IP 外购)") == "licensed GPU IP"
    assert ascii_label("NVIDIA A100") == "NVIDIA A100"
    assert ascii_label("某市场") == "?"


# --- checks: each passes on the built slice and fails on the fault it names ---------------------


def _built(con, table, build):
    replace_rows(con, table, {"as_of": AS_OF}, build(con, AS_OF))


def test_price_checks_flag_a_contradicted_stated_change_and_a_missing_window(con):
    _built(con, "gpu_price_inflation", build_gpu_price_inflation)
    outcomes = gpu_price_inflation.run_checks(con, AS_OF)
    stated = outcomes[gpu_price_inflation.ARTICLE_PCT_CHANGE_CONSISTENT]
    assert not stated.passed  # a2 states +20% for 6万 -> 9万
    assert stated.tables["disagrees_with_stated_change"]["stated_pct_change"].tolist() == [20]
    assert outcomes[gpu_price_inflation.EVERY_FEED_SERIES_HAS_ALL_WINDOWS].passed
    con.execute(
        "DELETE FROM gpu_price_inflation WHERE source_type = 'feed' AND \"window\" = '7d' "
        "AND source = 'us_retail'"
    )
    windows = gpu_price_inflation.run_checks(con, AS_OF)[
        gpu_price_inflation.EVERY_FEED_SERIES_HAS_ALL_WINDOWS
    ]
    assert not windows.passed and windows.metadata["incomplete_series"] == 1


def test_index_check_flags_a_series_not_starting_at_100(con):
    _built(con, "gpu_price_index", build_gpu_price_index)
    outcome = gpu_price_index.run_checks(con, AS_OF)[gpu_price_index.INDEX_STARTS_AT_100]
    assert outcome.passed and outcome.metadata["series_not_starting_at_100"] == 0
    con.execute(
        "UPDATE gpu_price_index SET index_value = 101 WHERE model = 'NVIDIA V100' "
        "AND date = (SELECT min(date) FROM gpu_price_index WHERE model = 'NVIDIA V100')"
    )
    outcome = gpu_price_index.run_checks(con, AS_OF)[gpu_price_index.INDEX_STARTS_AT_100]
    assert not outcome.passed and outcome.metadata["series_not_starting_at_100"] >= 1


def test_claims_check_flags_a_lost_and_a_doubled_claim(con):
    _built(con, "claims_vs_feeds", build_claims_vs_feeds)
    kept = claims_vs_feeds.run_checks(con, AS_OF)[claims_vs_feeds.EVERY_PRICE_CLAIM_KEPT]
    assert kept.passed and kept.metadata["rows"] == kept.metadata["unit_price_claims"] > 0
    con.execute("INSERT INTO claims_vs_feeds SELECT * FROM claims_vs_feeds LIMIT 1")
    assert not claims_vs_feeds.run_checks(con, AS_OF)[claims_vs_feeds.EVERY_PRICE_CLAIM_KEPT].passed
    con.execute(
        "DELETE FROM claims_vs_feeds WHERE fact_id = (SELECT min(fact_id) FROM claims_vs_feeds)"
    )
    assert not claims_vs_feeds.run_checks(con, AS_OF)[claims_vs_feeds.EVERY_PRICE_CLAIM_KEPT].passed


def test_market_checks_flag_a_lost_figure_and_an_unflagged_derived_row(con):
    _built(con, "ai_server_market_growth", build_ai_server_market_growth)
    outcomes = ai_server_market_growth.run_checks(con, AS_OF)
    assert all(outcome.passed for outcome in outcomes.values())
    con.execute(
        "UPDATE ai_server_market_growth SET is_derived = false WHERE source LIKE 'derived:%'"
    )
    outcomes = ai_server_market_growth.run_checks(con, AS_OF)
    assert not outcomes[ai_server_market_growth.PROJECTIONS_FLAGGED].passed
    # The unflagged rows now count as stated figures the inputs do not have.
    assert not outcomes[ai_server_market_growth.NO_CONFLICTING_FIGURES_AVERAGED].passed


def test_cost_check_lists_the_deployment_cost_that_does_not_add_up(con):
    _built(con, "ai_server_demand_drivers", build_ai_server_demand_drivers)
    outcome = ai_server_demand_drivers.run_checks(con, AS_OF)[
        ai_server_demand_drivers.ARTICLE_DEPLOYMENT_COST_CONSISTENT
    ]
    assert not outcome.passed and outcome.metadata["costs_checked"] >= 2
    assert outcome.tables["inconsistent"]["value"].tolist() == [5e8]


def test_substitution_checks_flag_a_missing_ratio_a_leaked_assumption_and_a_false_claim(con):
    table = "domestic_substitution_timeline"
    _built(con, table, build_domestic_substitution_timeline)
    checks = domestic_substitution_timeline
    assert all(outcome.passed for outcome in checks.run_checks(con, AS_OF).values())
    con.execute(f"UPDATE {table} SET fp16_vs_h100 = NULL WHERE item = ?", [BR100])
    con.execute(f"UPDATE {table} SET reference_model = 'NVIDIA A100' WHERE row_kind = 'chip'")
    con.execute(f"UPDATE {table} SET claim_consistent = false WHERE item = ?", [BR100])
    outcomes = checks.run_checks(con, AS_OF)
    chips = con.execute(f"SELECT count(*) FROM {table} WHERE row_kind = 'chip'").fetchone()[0]
    assert outcomes[checks.EVERY_DOMESTIC_CHIP_HAS_RATIO].metadata["missing_ratio"] == [BR100]
    leaked = outcomes[checks.MODEL_OUTPUTS_STATE_ASSUMPTIONS].metadata
    assert leaked["sourced_rows_with_assumption"] == chips > 0
    assert not any(outcome.passed for outcome in outcomes.values())


def test_reference_checks_flag_an_unsourced_row_and_a_missing_nvidia_reference(con):
    assert all(o.passed for o in reference_accelerators.run_checks(con).values())
    assert all(o.passed for o in reference_ai_server_market.run_checks(con).values())
    con.execute("UPDATE reference_ai_server_market SET source_url = ' ' WHERE row_no = 2")
    con.execute("DELETE FROM reference_accelerators WHERE model = 'NVIDIA H100'")
    sourced = reference_ai_server_market.run_checks(con)[EVERY_ROW_SOURCED]
    assert not sourced.passed and sourced.metadata["rows_without_source"] == [2]
    nvidia = reference_accelerators.run_checks(con)[
        reference_accelerators.NVIDIA_REFERENCES_PRESENT
    ]
    assert not nvidia.passed and nvidia.metadata["found"] == ["NVIDIA A100"]
