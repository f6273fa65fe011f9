"""Plausibility ranges: one fact in and one out of every range, and a real run in which an
implausible price is kept in article_facts, flagged, counted and left out of every mart."""

import re
import shutil

import duckdb
import pandas as pd
import pytest

from suanli.db import apply_ddl
from suanli.paths import DDL_DIR, SEEDS_DIR
from suanli.plausibility import (
    PLAUSIBILITY_YAML,
    PlausibilityConfigError,
    flag,
    load_rules,
)
from tests.helpers import table_columns

RULES = load_rules()

# (range, fact_type, metric, unit, value, plausible): a value inside and one outside each range.
CASES = [
    ("accelerator_unit_price", "unit_price", "price", "CNY", 90000, True),  # A100 at 9万
    ("accelerator_unit_price", "unit_price", "price", "CNY", 5, False),  # a month read as a price
    ("accelerator_unit_price", "unit_price", "price_to", "CNY", 6e6, False),
    ("accelerator_unit_price", "unit_price", "price_from", "USD", 25000, True),
    ("accelerator_unit_price", "unit_price", "price", "USD", 100, False),  # 712 CNY
    ("accelerator_unit_price", "unit_price", "price", "USD", 150, True),  # 1,068 CNY
    ("accelerator_unit_price", "unit_price", "price", "JPY", 5000, False),  # 235 CNY
    ("server_unit_price", "unit_price", "server_price", "CNY", 2e6, True),
    ("server_unit_price", "unit_price", "server_price", "USD", 2e7, False),  # 1.4亿 CNY
    ("server_unit_price", "unit_price", "server_price_from", "CNY", 5000, False),
    ("rental_price", "unit_price", "rental_price", "USD", 2.1, True),  # per GPU-hour
    ("rental_price", "unit_price", "rental_price_to", "HKD", 280000, True),  # a server-month
    ("rental_price", "unit_price", "rental_price", "USD", 0.01, False),
    ("rental_price", "unit_price", "rental_price", "CNY", 3e6, False),
    ("price_change_amount", "price_change", "price_increase", "CNY", 70000, True),
    ("price_change_amount", "price_change", "price_decrease", "CNY", 6, False),
    ("pct_change", "pct_change", "price_change_pct", "percent", 50, True),
    ("pct_change", "pct_change", "yoy_growth", "percent", -1000, True),
    ("pct_change", "pct_change", "yoy_growth", "percent", 2025, False),
    ("pct_change", "pct_change", "cagr", "percent", -1500, False),
    ("pct_point_change", "pct_change", "share_change", "percentage_points", -12, True),
    ("pct_point_change", "pct_change", "share_change", "percentage_points", 150, False),
    ("margins", "share", "gross_margin", "percent", 75, True),
    ("margins", "share", "net_margin", "percent", -250, True),
    ("margins", "share", "gross_margin", "percent", 120, False),
    ("share_of_whole", "share", "market_share", "percent", 88, True),
    ("share_of_whole", "share", "share", "percent", 100, True),
    ("share_of_whole", "share", "market_share", "percent", 101, False),
    ("share_of_whole", "share", "share", "percent", -5, False),
    ("duration", "duration", "price_window", "days", 7, True),
    ("duration", "duration", "development_time", "months", 48, True),
    ("duration", "duration", "lead_time", "years", 2025, False),  # 2025年 read as a duration
    ("duration", "duration", "training_time", "hours", 0, False),
    ("duration", "duration", "doubling_time", "months", 600, False),  # exactly 50 years
    ("calendar_year", "release", "release_year", "year", 2022, True),
    ("calendar_year", "release", "release_year", "year", 1989, False),
    ("calendar_year", "release", "release_year", "year", 2041, False),
    ("count", "count", "chips_required", "count", 3000, True),
    ("count", "count", "data_centers", "count", 0, False),
    ("count", "count", "companies", "count", -4, False),
    ("count", "count", "tokens", "count", 2e12, False),
    ("market_size", "market_size", "market_size", "CNY", 3.503e10, True),
    ("market_size", "market_size", "market_size", "USD", 1e13, False),  # 71万亿 CNY
    ("market_size", "market_size", "market_size", "CNY", 5000, False),
    ("spend", "spend", "capex", "USD", 2.5e10, True),
    ("spend", "spend", "procurement", "CNY", 3, False),
    ("spend", "spend", "investment", "USD", 1e13, False),
    ("cost", "cost", "cost", "CNY", 2.7e8, True),
    ("cost", "cost", "cost", "CNY", 0.002, True),  # per token
    ("cost", "cost", "cost", "CNY", 0, False),
    ("earnings", "earnings", "net_profit", "USD", 1.2e10, True),
    ("earnings", "earnings", "net_loss", "CNY", 1e14, False),
    ("valuation", "valuation", "market_cap", "USD", 3e12, True),
    ("valuation", "valuation", "market_cap", "USD", 2e13, False),
]


def reason(fact_type, metric, unit, *values):
    return RULES.reason(fact_type, metric, unit, values)


@pytest.mark.parametrize(
    "name, fact_type, metric, unit, value, plausible",
    CASES,
    ids=[f"{c[0]}-{c[2]}-{c[4]:g}{c[3]}" for c in CASES],
)
def test_one_fact_against_its_range(name, fact_type, metric, unit, value, plausible):
    found = reason(fact_type, metric, unit, value)
    if plausible:
        assert found is None
    else:
        assert found is not None and f"outside {name} " in found
        assert found.startswith(f"{fact_type}/{metric} ") and "plausibility.yaml" in found


def test_every_range_has_a_fact_in_and_a_fact_out():
    names = {r.name for r in RULES.ranges}
    assert {c[0] for c in CASES if c[5]} == names
    assert {c[0] for c in CASES if not c[5]} == names


def test_market_size_ceiling_is_converted_from_cny():
    # 5.6 trillion USD is 40 trillion CNY, under the ceiling; 7.1 trillion USD is over it.
    assert reason("market_size", "market_size", "USD", 5.6e12) is None
    assert "50,000,000,000,000 CNY" in reason("market_size", "market_size", "USD", 7.1e12)


def test_the_reason_names_the_value_its_conversion_and_the_bounds():
    assert reason("unit_price", "price", "USD", 5) == (
        "unit_price/price 5 USD = 35.6 CNY is outside accelerator_unit_price "
        "(≥ 1,000 and ≤ 5,000,000 CNY) in seeds/reference/plausibility.yaml"
    )


def test_both_ends_of_a_stated_range_are_checked():
    assert reason("duration", "development_time", "months", 42, 36, 48) is None
    assert "outside duration" in reason("duration", "development_time", "months", 301, 2, 600)
    assert reason("unit_price", "price", "CNY", 2.5e5, None, None) is None


def test_a_fact_no_range_covers_is_plausible():
    assert reason("model_parameters", "parameters", "parameters", 1.75e11) is None
    assert reason("compute", "training_compute", "PF-days", 3640) is None
    # A range keyed on a literal unit does not take another unit of the same fact type.
    assert reason("release", "release_year", "quarter", 2022.25) is None


def test_money_in_a_currency_without_a_rate_is_implausible_with_the_fix():
    found = reason("unit_price", "price", "INR", 3e7)
    assert "no rate from INR to CNY" in found and "families.money" in found


def test_flag_adds_both_columns():
    facts = pd.DataFrame(
        {
            "fact_type": ["unit_price", "unit_price", "count"],
            "metric": ["price", "price", "chips"],
            "unit": ["CNY", "CNY", "count"],
            "value": [5.0, 9e4, None],
            "value_low": [5.0, 9e4, None],
            "value_high": [5.0, 9e4, None],
        }
    )
    flagged = flag(facts)
    assert flagged["plausible"].tolist() == [False, True, True]
    assert flagged["implausible_reason"].isna().tolist() == [False, True, True]
    assert str(flagged["plausible"].dtype) == "boolean"
    assert "plausible" not in facts  # the input is left as it was


def test_adding_a_range_is_one_entry(tmp_path):
    text = PLAUSIBILITY_YAML.read_text(encoding="utf-8")
    text += (
        "  - name: model_size\n    fact_type: model_parameters\n    unit: parameters\n"
        "    min: 1000000\n    max: 1.0e+15\n    note: From a million to a quadrillion.\n"
    )
    path = tmp_path / "plausibility.yaml"
    path.write_text(text, encoding="utf-8")
    rules = load_rules(path)
    assert rules.reason("model_parameters", "parameters", "parameters", [1.75e11]) is None
    assert "model_size" in rules.reason("model_parameters", "parameters", "parameters", [12])


@pytest.mark.parametrize(
    "entry, message",
    [
        (
            "  - {name: x, fact_type: count, unit: count, min: 1}",
            r"range 1 \(x\): missing \['note'\]",
        ),
        ("  - {name: x, fact_type: count, unit: count, note: n}", "needs a bound"),
        ("  - {name: x, fact_type: count, unit: count, note: n, min: 1, above: 0}", "not both"),
        ("  - {name: x, fact_type: count, unit: count, note: n, min: 5, max: 2}", "not below"),
        ("  - {name: x, fact_type: count, unit: count, note: n, min: one}", "not a number"),
        ("  - {name: x, fact_type: count, unit: count, note: n, max: 1, upper: 2}", "unknown keys"),
        ("  - {name: x, fact_type: count, unit: count, note: n, max: 1, metrics: []}", "metrics"),
    ],
)
def test_a_malformed_entry_is_named_with_its_file(tmp_path, entry, message):
    path = tmp_path / "ranges.yaml"
    path.write_text(f"ranges:\n{entry}\n", encoding="utf-8")
    with pytest.raises(PlausibilityConfigError, match=message) as error:
        load_rules(path)
    assert str(path) in str(error.value)


def test_a_unit_family_needs_its_base_at_one(tmp_path):
    path = tmp_path / "ranges.yaml"
    path.write_text(
        "families:\n  money: {base: CNY, note: n, in_base: {CNY: 2, USD: 7}}\n"
        "ranges:\n  - {name: x, fact_type: cost, unit: money, note: n, min: 1}\n",
        encoding="utf-8",
    )
    with pytest.raises(PlausibilityConfigError, match="families.money"):
        load_rules(path)


# --- a real run --------------------------------------------------------------------------------

IMPLAUSIBLE_ARTICLE = """渠道报价

一家渠道商称，英伟达H100芯片的售价为5元。同一家渠道商称，A100芯片的售价为9万元。
"""
IMPLAUSIBLE_META = """title: 渠道报价
language: zh-Hans
published_year: 2026
published_date: 2026-11-01
"""


# A whole `suanli run` of its own (the shared built run must stay the plain default): slow.
@pytest.mark.slow
def test_an_implausible_price_is_flagged_counted_and_kept_out_of_every_mart(cli, tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS_DIR / "articles", articles)
    (articles / "channel.txt").write_text(IMPLAUSIBLE_ARTICLE, encoding="utf-8")
    (articles / "channel.meta.yaml").write_text(IMPLAUSIBLE_META, encoding="utf-8")
    result = cli("run", "--date", "2026-11-24", env={"SUANLI_ARTICLES_DIR": str(articles)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "  WARN article_facts:implausible_facts" in result.stdout
    assert re.search(r"^implausible facts: 1 \(", result.stdout, re.M), result.stdout

    con = duckdb.connect(str(tmp_path / "warehouse" / "warehouse.duckdb"), read_only=True)
    try:
        facts = con.execute(
            "SELECT f.* FROM article_facts AS f JOIN articles AS a USING (article_id) "
            "WHERE a.path LIKE '%channel.txt'"
        ).df()
        h100 = facts[facts["subject"] == "NVIDIA H100"].iloc[0]
        a100 = facts[facts["subject"] == "NVIDIA A100"].iloc[0]
        assert (h100["value"], h100["unit"], h100["plausible"]) == (5, "CNY", False)
        assert "accelerator_unit_price" in h100["implausible_reason"]
        assert a100["plausible"] and pd.isna(a100["implausible_reason"])
        assert not con.execute(
            "SELECT count(*) FROM article_facts WHERE plausible IS NULL"
        ).fetchone()[0]

        # The plausible claim of the same article reaches the marts; the implausible one none.
        claims = con.execute("SELECT fact_id FROM claims_vs_feeds").df()["fact_id"].tolist()
        assert a100["fact_id"] in claims and h100["fact_id"] not in claims
        marts = [
            t
            for (t,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
            if not t.startswith("article") and t not in ("pipeline_runs", "published_snapshots")
        ]
        assert {"claims_vs_feeds", "gpu_price_inflation", "ai_server_demand_drivers"} <= set(marts)
        for table in marts:
            texts = [
                c
                for c, kind in con.execute(
                    "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ?",
                    [table],
                ).fetchall()
                if kind == "VARCHAR"
            ]
            for column in texts:
                hits = con.execute(
                    f'SELECT count(*) FROM "{table}" WHERE contains("{column}", ?)',
                    [h100["fact_id"]],
                ).fetchone()[0]
                assert hits == 0, (table, column)
        assert not con.execute(
            "SELECT count(*) FROM gpu_price_inflation WHERE source_type = 'article' "
            "AND model = 'NVIDIA H100' AND (start_price = 5 OR end_price = 5)"
        ).fetchone()[0]
    finally:
        con.close()


def test_a_warehouse_built_before_the_columns_existed_gets_them(tmp_path):
    """article_facts of an older warehouse gains plausible and implausible_reason, with their
    comments, on the next apply_ddl; its rows are kept."""
    current = (DDL_DIR / "article_tables.sql").read_text(encoding="utf-8")
    old = "\n".join(line for line in current.splitlines() if "plausib" not in line)
    old = old.replace("source         VARCHAR,", "source         VARCHAR")
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(old)
    assert "plausible" not in [c[0] for c in table_columns(con, "article_facts")]
    con.execute(
        "INSERT INTO article_facts BY NAME SELECT 'a' AS article_id, 'a:0:2' AS fact_id, "
        "'a:1:0:-' AS claim_id, 'count' AS fact_type, 'chips' AS metric, 'exact' AS qualifier, "
        "1 AS sentence_no, 0 AS char_start, 2 AS char_end, 0 AS raw_char_start, "
        "2 AS raw_char_end, '3枚' AS surface, '3枚' AS quote"
    )
    con.close()

    con = duckdb.connect(str(path))
    try:
        apply_ddl(con, "article_tables")
        columns = {
            name: (kind, comment) for name, kind, comment in table_columns(con, "article_facts")
        }
        assert columns["plausible"][0] == "BOOLEAN" and columns["plausible"][1]
        assert columns["implausible_reason"][0] == "VARCHAR" and columns["implausible_reason"][1]
        assert con.execute("SELECT fact_id, plausible FROM article_facts").fetchall() == [
            ("a:0:2", None)
        ]
    finally:
        con.close()
