"""warehouse/README.md: every table and column, from COMMENT ON; example queries on a real run."""

import math

import pandas as pd
import pytest
import yaml
from conftest import BUILT_RUN_DATE

from suanli.paths import SEEDS_DIR
from suanli.readers import analyst_connection
from suanli.schema_docs import SCHEMA_DOCS, documented_schema, example_queries, render_schema_docs
from suanli.settings import load_settings

day = pd.Timestamp  # DuckDB DATE columns arrive in pandas as timestamps
MIN_EXAMPLE_QUERIES = 10


def test_schema_docs_are_up_to_date():
    assert SCHEMA_DOCS.read_text(encoding="utf-8") == render_schema_docs(), (
        "warehouse/README.md is stale: run `suanli docs` and commit it"
    )


def test_docs_check_command_agrees(cli):
    result = cli("docs", "--check")
    assert result.returncode == 0, result.stderr


def columns(con) -> dict[str, list[tuple[str, str, str | None]]]:
    rows = con.execute(
        "SELECT table_name, column_name, data_type, comment FROM duckdb_columns() "
        "WHERE database_name = current_database() ORDER BY table_name, column_index"
    ).fetchall()
    out: dict[str, list] = {}
    for table, column, data_type, comment in rows:
        out.setdefault(table, []).append((column, data_type, comment))
    return out


def test_the_docs_describe_exactly_what_a_run_builds(built_warehouse):
    """Every table and view a real run creates is documented, column for column, with a comment
    on the relation and on every column (no table created outside warehouse/sql/*.sql)."""
    documented = documented_schema()
    try:
        declared = columns(documented)
    finally:
        documented.close()
    with analyst_connection(load_settings(built_warehouse)) as con:
        actual = columns(con)
        relation_comments = dict(
            con.execute(
                "SELECT table_name, comment FROM duckdb_tables() "
                "UNION ALL SELECT view_name, comment FROM duckdb_views() WHERE NOT internal"
            ).fetchall()
        )
    assert set(actual) == set(declared)
    for table, cols in actual.items():
        assert [c[:2] for c in cols] == [c[:2] for c in declared[table]], table
        assert relation_comments.get(table), f"{table} has no COMMENT ON"
        for column, _, comment in cols:
            assert comment, f"{table}.{column} has no COMMENT ON"
    readme = SCHEMA_DOCS.read_text(encoding="utf-8")
    for table, cols in actual.items():
        assert f"### {table}\n" in readme
        for column, data_type, _ in cols:
            assert f"| `{column}` | {data_type} |" in readme, f"{table}.{column}"


def approx(value, expected, rel=1e-3) -> bool:
    return value is not None and math.isclose(value, expected, rel_tol=rel)


def one(frame: pd.DataFrame, **where) -> pd.Series:
    mask = pd.Series(True, index=frame.index)
    for column, value in where.items():
        mask &= frame[column] == value
    rows = frame[mask]
    assert len(rows) == 1, f"expected one row where {where}, got {len(rows)}"
    return rows.iloc[0]


def check_price_change(f, con):
    assert (f.first_day <= f.last_day).all()
    assert (f.first_day >= day(2023, 1, 1)).all() and (f.last_day <= day(2025, 12, 31)).all()
    cn = one(f, feed="cn_channel_prices", price_kind="purchase")
    assert (cn.first_price, cn.last_price) == (230000, 300000)
    assert cn["pct_change"] == round(100 * (300000 / 230000 - 1), 1)


def check_inflation(f, con):
    a100 = one(f, model="NVIDIA A100", source_type="article", window="claim")
    assert (a100.start_price, a100.end_price, a100["pct_change"]) == (60000, 90000, 50.0)
    h100 = one(f, model="NVIDIA H100", source_type="article", window="claim")
    assert h100.end_price == 300000 and approx(h100["pct_change"], 30.4, rel=1e-2)


def check_market_growth(f, con):
    stated = one(f, year=2021, currency="CNY", is_derived=False)
    assert (stated.size_bn, stated.yoy_growth_pct) == (35.03, 68.6)
    derived = one(f, year=2020, currency="CNY")
    assert derived.is_derived and approx(derived.size_bn, 35.03 / 1.686, rel=1e-2)
    assert (f.size_usd_bn > 0).all()
    # Different publishers' figures for one year stay side by side.
    assert f[(f.year == 2022) & ~f.is_projection].publisher.nunique() >= 2


def check_parity(f, con):
    assert f.is_model_output.all()
    assert f.parity_date.notna().all() and f.parity_date.is_monotonic_increasing
    assert f.assumption_domestic_doubling_months.notna().all()


def check_chips(f, con):
    br100 = one(f, chip="Biren BR100")
    assert approx(br100.fp16_vs_a100, 1000 / 312, rel=1e-2) and br100.fp64_gap


def check_paths(f, con):
    own = f[f.item.str.contains("self-developed")].iloc[0]
    assert (own.months_low, own.months_high, own.engineers) == (36, 48, 200)
    licensed = f[f.item.str.contains("licensed")].iloc[0]
    assert (licensed.months_low, licensed.months_high) == (12, 18)
    dated = f.dropna(subset=["earliest_ready_date", "latest_ready_date"])
    assert len(dated) >= 2 and (dated.earliest_ready_date <= dated.latest_ready_date).all()


def check_claims(f, con):
    for row in f.itertuples():
        assert approx(row.gap_pct, round(100 * (row.observed_price / row.claim_value - 1), 1))
    assert set(f.model) >= {"NVIDIA A100", "NVIDIA H100"}


def check_fx(f, con):
    row = one(f)
    assert day(2023, 6, 24) <= row.rate_date <= day(2023, 7, 1)
    assert 6.5 < row.cny_per_usd < 7.5 and approx(row.cny_per_usd * row.usd_per_cny, 1, 1e-3)


def check_rejections(f, con):
    stated = dict(
        con.execute(
            "SELECT feed, rows_rejected FROM feed_fetches "
            "WHERE partition_date = (SELECT max(partition_date) FROM feed_fetches)"
        ).fetchall()
    )
    for feed, records in f.groupby("feed").records.sum().items():
        assert records == stated[feed], feed
    assert (f.example.str.len() > 0).all()


def check_index(f, con):
    assert len(f) >= 12 and f.date.is_monotonic_increasing
    assert f.index_value.iloc[0] == 100 and (f.index_value > 0).all()


def check_drivers(f, con):
    article = f[f.driver.str.contains("x 3000 / deployment cost \\(article price\\)")].iloc[0]
    assert (article.value, article.unit) == (2.7e8, "CNY")


def check_rentals(f, con):
    assert (f.lowest_usd_per_hour <= f.latest_usd_per_hour).all()
    assert (f.latest_usd_per_hour <= f.highest_usd_per_hour).all()
    assert 0.5 < one(f, model="NVIDIA H100").latest_usd_per_hour < 50


def check_provenance(f, con):
    assert (f.raw_span.str.len() > 0).all()
    start = one(f, subject="NVIDIA A100", metric="price_from")
    assert start.value == 60000 and start.raw_span.startswith("6")


def check_freshness(f, con):
    config = yaml.safe_load((SEEDS_DIR / "feeds.yaml").read_text(encoding="utf-8"))
    feeds = [c["name"] for c in (*config["price_feeds"], *config["fx_feeds"])]
    assert sorted(f.feed) == sorted(feeds)
    assert (f.last_status == "ok").all() and (f.rows_parsed > 0).all()


def check_reading(f, con):
    assert f.kind.iloc[0] == "snapshot" and f.status.iloc[0] == "success"
    assert f.day.iloc[0] == day(BUILT_RUN_DATE)


EXPECTATIONS = {
    "01_price_change_of_a_model_over_a_window.sql": check_price_change,
    "02_gpu_price_inflation_claims_and_feeds.sql": check_inflation,
    "03_ai_server_market_growth_by_year.sql": check_market_growth,
    "04_domestic_lines_by_parity_date.sql": check_parity,
    "05_domestic_chips_vs_a100_and_h100.sql": check_chips,
    "06_gpu_development_paths.sql": check_paths,
    "07_claims_vs_feeds.sql": check_claims,
    "08_fx_usd_cny_on_a_date.sql": check_fx,
    "09_rejected_records_by_feed.sql": check_rejections,
    "10_gpu_price_index_monthly.sql": check_index,
    "11_ai_server_demand_drivers.sql": check_drivers,
    "12_latest_cloud_price_per_chip_hour.sql": check_rentals,
    "13_article_price_facts_with_provenance.sql": check_provenance,
    "14_feed_freshness.sql": check_freshness,
    "15_what_am_i_reading.sql": check_reading,
}


def test_there_are_enough_example_queries_and_each_has_expectations():
    names = [name for name, _, _ in example_queries()]
    assert len(names) >= MIN_EXAMPLE_QUERIES
    assert sorted(names) == sorted(EXPECTATIONS)


@pytest.mark.parametrize("name", sorted(EXPECTATIONS))
def test_example_query_answers_sensibly_on_a_built_warehouse(built_warehouse, name):
    sql = dict((n, q) for n, _, q in example_queries())[name]
    with analyst_connection(load_settings(built_warehouse)) as con:
        frame = con.execute(sql).df()
        assert len(frame), f"{name} returned no rows"
        EXPECTATIONS[name](frame, con)
