"""The marts end to end: real Dagster runs of articles, feeds and marts on the embedded defaults,
into a DuckDB file under tmp_path, checked against figures computed here from the seed files."""

import csv
import importlib
import json
import math
from datetime import date, datetime, timedelta
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from assets import articles, marts
from assets.feeds import feed_assets, feed_tables_assets
from assets.marts.domestic_substitution_timeline import domestic_substitution_timeline
from assets.marts.gpu_price_inflation import gpu_price_inflation
from assets.resources import WarehouseResource
from suanli.paths import SEEDS_DIR
from suanli.settings import load_settings

PARTITION = "2024-06-30"
AS_OF = date.fromisoformat(PARTITION)
MONTH = 365.25 / 12
MART_TABLES = [
    "gpu_price_inflation",
    "gpu_price_index",
    "claims_vs_feeds",
    "ai_server_market_growth",
    "ai_server_demand_drivers",
    "domestic_substitution_timeline",
]
CHARTED = {
    "gpu_price_inflation": "gpu_price_inflation.png",
    "gpu_price_index": "gpu_price_index.png",
    "ai_server_market_growth": "ai_server_market_growth.png",
    "domestic_substitution_timeline": "domestic_substitution_timeline.png",
}
UPSTREAM_GROUPS = {"articles", "feeds"}


def _assets():
    settings = load_settings()
    return [
        *dg.load_assets_from_package_module(articles),
        *feed_assets(settings.feeds_file),
        *feed_tables_assets(settings.feeds_file),
        *dg.load_assets_from_package_module(marts),
    ]


def _materialize() -> dg.ExecuteInProcessResult:
    settings = load_settings()
    return dg.materialize(
        _assets(),
        partition_key=PARTITION,
        resources={"warehouse": WarehouseResource(database=settings.warehouse)},
    )


def _row_counts(path: Path) -> dict[str, int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        tables = [t for (t,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()]
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        con.close()


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """One materialization of upstream + marts."""
    root = tmp_path_factory.mktemp("marts_e2e")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SUANLI_WAREHOUSE", str(root / "warehouse" / "warehouse.duckdb"))
        patch.delenv("SUANLI_ARTICLES_DIR", raising=False)
        patch.delenv("SUANLI_FEEDS", raising=False)
        database = Path(load_settings().warehouse)
        first = _materialize()
        outcome = {
            "first": first,
            "counts": _row_counts(database),
            "database": database,
            "reports": load_settings().reports_dir,
        }
    return outcome


@pytest.fixture(scope="module")
def rerun(run):
    """Then a rerun of the same partition (for the slow tests only: a second whole run)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SUANLI_WAREHOUSE", str(run["database"]))
        patch.delenv("SUANLI_ARTICLES_DIR", raising=False)
        patch.delenv("SUANLI_FEEDS", raising=False)
        second = _materialize()
    return {**run, "second": second, "counts_after_rerun": _row_counts(run["database"])}


@pytest.fixture(scope="module")
def db(run):
    con = duckdb.connect(str(run["database"]), read_only=True)
    yield con
    con.close()


def _columns(db, table: str) -> list[str]:
    return [
        c
        for (c,) in db.execute(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index",
            [table],
        ).fetchall()
    ]


def _one(db, sql: str, *params):
    frame = db.execute(sql, list(params)).df()
    assert len(frame) == 1, frame
    return frame.iloc[0]


# --- the run --------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["first", pytest.param("second", marks=pytest.mark.slow)])
def test_run_succeeds_and_every_mart_check_passes(request, key):
    """Every mart check passes on the run, and again on the rerun (a slow test)."""
    result = request.getfixturevalue("rerun" if key == "second" else "run")[key]
    assert result.success
    materialized = {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    assert set(MART_TABLES) | {"reference_accelerators", "reference_ai_server_market"} <= (
        materialized
    )
    mart_checks = [
        c
        for c in result.get_asset_check_evaluations()
        if c.asset_key.to_user_string()
        in set(MART_TABLES) | {"reference_accelerators", "reference_ai_server_market"}
    ]
    assert len(mart_checks) == 13
    assert [c.check_name for c in mart_checks if not c.passed] == []


@pytest.mark.slow  # a second whole run
def test_rerun_of_the_partition_leaves_every_row_count_unchanged(rerun):
    assert rerun["counts"] == rerun["counts_after_rerun"]
    for table in MART_TABLES:
        assert rerun["counts"][table] > 0, table


def test_materializations_carry_row_count_lineage_preview_and_charts(run, db):
    result = run["first"]
    for table in MART_TABLES:
        (event,) = result.asset_materializations_for_node(table)
        metadata = event.metadata
        stored = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        assert metadata["dagster/row_count"].value == stored
        assert metadata["dagster/partition_row_count"].value == stored  # one partition so far
        lineage = metadata["dagster/column_lineage"].value
        upstream = {
            dep.asset_key.to_user_string()
            for deps in lineage.deps_by_column.values()
            for dep in deps
        }
        columns = set(_columns(db, table))
        assert set(lineage.deps_by_column) <= columns
        assert upstream & {"article_facts", "price_observations", "reference_accelerators"}
        assert metadata["preview"].value.startswith("|")
        if table in CHARTED:
            assert metadata["chart"].value.startswith(f"![{CHARTED[table]}](data:image/png;base64,")
            assert Path(metadata["chart_path"].value) == run["reports"] / CHARTED[table]


def test_definitions_declare_the_ddl_schema_freshness_and_writer_pool(db):
    from pipelines.definitions import defs  # the area's settings are applied there

    specs = {spec.key.to_user_string(): spec for spec in defs.resolve_all_asset_specs()}
    for table in MART_TABLES:
        module = importlib.import_module(f"assets.marts.{table}")
        asset = getattr(module, table)  # one module per table, its asset named after it
        spec = specs[table]
        declared = [c.name for c in spec.metadata["dagster/column_schema"].columns]
        assert declared == _columns(db, table), table
        assert spec.freshness_policy is not None and spec.group_name == "marts"
        assert asset.op.pool == "duckdb_writer"
        assert spec.description and "\n" not in spec.description.strip()  # one line


def test_reports_folder_has_every_chart_and_an_offline_index(run):
    reports = run["reports"]
    page = (reports / "index.html").read_text(encoding="utf-8")
    for name in CHARTED.values():
        assert (reports / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert f'src="{name}"' in page
    assert str(reports) not in page  # relative links: the folder can be copied and opened


# --- gpu_price_inflation --------------------------------------------------------------------


def test_a100_article_pair_from_the_real_extraction(db):
    a100 = _one(
        db,
        "SELECT * FROM gpu_price_inflation WHERE source_type = 'article' AND model = 'NVIDIA A100'",
    )
    days = 3 * MONTH  # 三个月多: at least three months
    assert (a100["start_price"], a100["end_price"], a100["currency"]) == (60000, 90000, "CNY")
    assert a100["pct_change"] == pytest.approx(90000 / 60000 * 100 - 100)
    assert a100["window_days"] == pytest.approx(days)
    assert a100["annualised_pct"] == pytest.approx((1.5 ** (365.25 / days) - 1) * 100)
    assert a100["daily_compound_pct"] == pytest.approx((1.5 ** (1 / days) - 1) * 100)
    assert a100["end_date"].date() == date(2023, 7, 1)  # the article is dated to 2023 only
    assert a100["stated_pct_change"] == 50 and a100["stated_pct_consistent"]


def test_h100_article_pair_is_implied_from_the_increase(db):
    h100 = _one(
        db,
        "SELECT * FROM gpu_price_inflation WHERE source_type = 'article' AND model = 'NVIDIA H100'",
    )
    assert (h100["start_price"], h100["end_price"]) == (300000 - 70000, 300000)  # 涨价近7万, 30万
    assert h100["window_days"] == 7  # 一周之内
    assert h100["pct_change"] == pytest.approx(70000 / 230000 * 100)
    assert round(h100["pct_change"], 1) == 30.4
    assert h100["daily_compound_pct"] == pytest.approx(((300 / 230) ** (1 / 7) - 1) * 100)


def _uc_a100_quotes() -> list[tuple[datetime, float]]:
    document = json.loads((SEEDS_DIR / "feeds" / "NVIDIA_A100_40GB_PCle.json").read_text())
    return sorted(
        (datetime.fromisoformat(stamp), float(price))
        for stamp, price in document["prices"].items()
        if datetime.fromisoformat(stamp).date() <= AS_OF
    )


@pytest.mark.parametrize(
    "window, days", [("7d", 7), ("30d", 30), ("90d", 90), ("365d", 365), ("all", None)]
)
def test_feed_windows_match_the_raw_feed_file(db, window, days):
    quotes = [
        (at, price)
        for at, price in _uc_a100_quotes()
        if days is None or at.date() > AS_OF - timedelta(days=days)
    ]
    row = _one(
        db,
        "SELECT * FROM gpu_price_inflation WHERE source = 'uc_a100_40gb_pcie' AND \"window\" = ?",
        window,
    )
    assert row["n_observations"] == len(quotes)
    if not quotes:
        assert math.isnan(row["pct_change"])
        return
    (first_at, first), (last_at, last) = quotes[0], quotes[-1]
    span = (last_at.date() - first_at.date()).days
    assert (row["start_price"], row["end_price"]) == (first, last)
    assert row["start_date"].date() == first_at.date() and row["end_date"].date() == last_at.date()
    assert row["min_price"] == min(p for _, p in quotes)
    assert row["max_price"] == max(p for _, p in quotes)
    assert row["pct_change"] == pytest.approx((last / first - 1) * 100)
    assert row["pct_change_usd"] == pytest.approx((last / first - 1) * 100)  # a USD feed
    if span:
        assert row["annualised_pct"] == pytest.approx(((last / first) ** (365.25 / span) - 1) * 100)
    assert row["model"] == "NVIDIA A100" and row["currency"] == "USD"


def test_price_index_starts_at_100_with_consistent_mom_and_yoy(db):
    firsts = db.execute(
        "SELECT arg_min(index_value, date) FROM gpu_price_index GROUP BY model, price_kind, term"
    ).fetchall()
    assert firsts and all(v == pytest.approx(100.0) for (v,) in firsts)
    levels = db.execute(
        "SELECT date, index_value, mom_pct, yoy_pct FROM gpu_price_index "
        "WHERE model = 'NVIDIA GeForce RTX 4090' AND price_kind = 'purchase' ORDER BY date"
    ).df()
    levels["date"] = levels["date"].dt.date
    on_as_of = levels.iloc[-1]
    assert on_as_of["date"] == AS_OF

    def level_on(day: date) -> float:
        # Every observed day is stored and the index moves only on those: the level on any day
        # is the last stored one.
        return levels[levels["date"] <= day]["index_value"].iloc[-1]

    month_ago, year_ago = date(2024, 5, 30), date(2023, 6, 30)
    assert on_as_of["mom_pct"] == pytest.approx(
        (on_as_of["index_value"] / level_on(month_ago) - 1) * 100
    )
    assert on_as_of["yoy_pct"] == pytest.approx(
        (on_as_of["index_value"] / level_on(year_ago) - 1) * 100
    )


# --- ai_server_market_growth ----------------------------------------------------------------


def _usd_per_cny_average(year: int) -> float:
    """Average over the ECB file's dates in `year` of USD/EUR divided by CNY/EUR."""
    ratios = []
    with open(SEEDS_DIR / "feeds" / "eurofxref-hist.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["Date"].startswith(str(year)) and row["USD"] != "N/A" and row["CNY"] != "N/A":
                ratios.append(float(row["USD"]) / float(row["CNY"]))
    return sum(ratios) / len(ratios)


def test_market_2021_article_figure_and_derived_2020(db):
    fact = _one(db, "SELECT * FROM ai_server_market_growth WHERE source LIKE 'fact:%'")
    assert (fact["year"], fact["size"], fact["currency"]) == (2021, 35.03e9, "CNY")
    assert fact["yoy_growth_pct"] == 68.6 and fact["publisher"] == "IDC"
    fx = _usd_per_cny_average(2021)
    assert fact["fx_usd_per_unit"] == pytest.approx(fx)
    assert fact["size_usd"] == pytest.approx(35.03e9 * fx)
    derived = _one(
        db, "SELECT * FROM ai_server_market_growth WHERE source = ?", f"derived:{fact['source']}"
    )
    assert derived["year"] == 2020 and derived["is_derived"] and not derived["is_projection"]
    assert derived["size"] == pytest.approx(35.03e9 / 1.686)
    assert derived["size"] / 1e9 == pytest.approx(20.78, abs=0.01)
    projections = db.execute(
        "SELECT year, size, cagr_pct, is_projection FROM ai_server_market_growth "
        "WHERE source = ? ORDER BY year",
        [f"projection:{fact['source']}"],
    ).df()
    assert projections["year"].tolist() == [2022, 2023, 2024]
    assert projections["is_projection"].all()
    assert projections["size"].tolist() == pytest.approx([35.03e9 * 1.686**n for n in (1, 2, 3)])
    assert projections["cagr_pct"].tolist() == pytest.approx([68.6] * 3)


def test_market_conflicting_2022_figures_side_by_side(db):
    stated = db.execute(
        "SELECT size, yoy_growth_pct, publisher, source_url FROM ai_server_market_growth "
        "WHERE year = 2022 AND NOT is_derived ORDER BY size"
    ).df()
    assert stated["size"].tolist() == [6.7e9, 7.07e9]
    assert stated["publisher"].tolist() == ["IDC", "IDC & Inspur & Tsinghua IGI"]
    assert stated["yoy_growth_pct"].iloc[0] == 24
    assert stated["source_url"].str.startswith("http").all()
    idc_2023 = _one(
        db,
        "SELECT * FROM ai_server_market_growth WHERE year = 2023 "
        "AND publisher = 'IDC' AND NOT is_projection AND NOT is_derived",
    )
    assert idc_2023["cagr_base_year"] == 2022
    assert idc_2023["cagr_pct"] == pytest.approx((9.4 / 6.7 - 1) * 100)


# --- ai_server_demand_drivers ---------------------------------------------------------------


def test_demand_drivers_from_the_article(db):
    drivers = db.execute("SELECT * FROM ai_server_demand_drivers").df().set_index("driver")
    assert drivers.loc["AI training servers / demand", "value_usd"] == pytest.approx(2e8)
    assert drivers.loc["AI inference servers / demand", "value_usd"] == pytest.approx(4.5e9)
    cost = drivers.loc["NVIDIA A100 x 3000 / deployment cost (article price)"]
    assert (cost["value"], cost["unit"]) == (2.7e8, "CNY")
    assert cost["implied_value"] == pytest.approx(3000 * 90000) and cost["is_consistent"]
    assert cost["value_usd"] == pytest.approx(2.7e8 * _usd_per_cny_average(2023))


def test_the_3000_a100_deployment_at_the_latest_feed_prices(db):
    latest = _one(
        db,
        "SELECT observed_on, price, price_usd FROM price_observations "
        "WHERE model = 'NVIDIA A100' AND price_kind = 'purchase' AND observed_on <= ? "
        "ORDER BY observed_on DESC, observed_at DESC LIMIT 1",
        AS_OF,
    )
    newest_in_file = _uc_a100_quotes()[-1][0].date()
    assert latest["observed_on"].date() >= newest_in_file
    row = _one(
        db,
        "SELECT * FROM ai_server_demand_drivers WHERE driver = "
        "'NVIDIA A100 x 3000 / deployment cost at the latest feed price'",
    )
    assert row["unit_price_date"].date() == latest["observed_on"].date()
    assert row["value"] == pytest.approx(3000 * latest["price"])
    assert row["value_usd"] == pytest.approx(3000 * latest["price_usd"])
    article_usd = 2.7e8 * _usd_per_cny_average(2023)
    assert row["vs_article_pct"] == pytest.approx(
        (3000 * latest["price_usd"] / article_usd - 1) * 100
    )
    cn = _one(
        db,
        "SELECT * FROM ai_server_demand_drivers WHERE driver = "
        "'NVIDIA A100 x 3000 / deployment cost at the latest CN feed price'",
    )
    assert cn["unit_price"] == 90000 and cn["unit_price_currency"] == "CNY"


# --- domestic_substitution_timeline ---------------------------------------------------------


def test_development_paths_and_ready_dates(db):
    paths = (
        db.execute(
            "SELECT * FROM domestic_substitution_timeline WHERE row_kind = 'development_path'"
        )
        .df()
        .set_index("item")
    )
    own = paths.loc["self-developed GPU IP (GPU IP 自研)"]
    licensed = paths.loc["licensed GPU IP (GPU IP 外购)"]
    start = date(2023, 1, 1)  # the article's year
    assert (own["months_low"], own["months_high"], own["engineers"]) == (36, 48, 200)
    assert (licensed["months_low"], licensed["months_high"]) == (12, 18)
    for row, low, high in [(own, 36, 48), (licensed, 12, 18)]:
        assert row["start_date"].date() == start
        assert row["earliest_ready_date"].date() == start + timedelta(days=round(low * MONTH))
        assert row["latest_ready_date"].date() == start + timedelta(days=round(high * MONTH))
    routes = (
        db.execute(
            "SELECT item, earliest_ready_date, latest_ready_date "
            "FROM domestic_substitution_timeline WHERE row_kind = 'ecosystem_route'"
        )
        .df()
        .set_index("item")
    )
    assert len(routes) == 2
    directed = routes.loc["Directed domestic support (定向的国产扶持路径)"]
    assert directed["latest_ready_date"] == own["latest_ready_date"]


def test_br100_against_a100_and_the_parity_model(db):
    br100 = _one(db, "SELECT * FROM domestic_substitution_timeline WHERE item = 'Biren BR100'")
    assert br100["fp16_vs_a100"] == pytest.approx(1000 / 312)
    assert round(br100["fp16_vs_a100"], 1) == 3.2
    assert br100["article_claimed_ratio_min"] == 3 and br100["claim_consistent"]
    assert br100["fp64_gap"]
    named = db.execute(
        "SELECT item FROM domestic_substitution_timeline WHERE named_in_articles IS NOT NULL"
    ).fetchall()
    assert {i for (i,) in named} == {"Biren BR100", "Iluvatar CoreX Zhikai 100", "Cambricon MLU270"}
    parity = _one(db, "SELECT * FROM domestic_substitution_timeline WHERE item = 'Biren line'")
    assert parity["is_model_output"]
    d_rate = 1 / (parity["assumption_domestic_doubling_months"] * MONTH)
    n_rate = 1 / (parity["assumption_nvidia_doubling_months"] * MONTH)
    lag = (date(2022, 8, 9) - date(2022, 3, 22)).days  # BR100 launch after H100's
    days = (math.log2(989.5 / 1000) + n_rate * lag) / (d_rate - n_rate)
    assert parity["parity_date"].date() == date(2022, 8, 9) + timedelta(days=round(days))


# --- claims_vs_feeds ------------------------------------------------------------------------


def test_claims_vs_feeds_nearest_observation_and_gap(db):
    claims = db.execute("SELECT * FROM claims_vs_feeds ORDER BY claim_date, fact_id").df()
    assert len(claims) == 4  # A100 from, to, 9万/枚; H100 30万
    # The only CN feed quotes the article itself: matched, and flagged as not independent.
    assert claims["observation_cites_article"].all()
    a100_from = claims[claims["metric"] == "price_from"].iloc[0]
    assert a100_from["claim_date"].date() == date(2023, 7, 1) - timedelta(days=91)
    # Within 2023, 2023-05-15 (44 days away) beats 2023-02-01 (59 days).
    assert a100_from["observed_on"].date() == date(2023, 5, 15)
    assert a100_from["gap_pct"] == pytest.approx((90000 / 60000 - 1) * 100)
    h100 = claims[claims["model"] == "NVIDIA H100"].iloc[0]
    assert h100["observed_price"] == 300000 and h100["gap_pct"] == pytest.approx(0.0)


# --- run config and missing upstream -----------------------------------------------------------


def test_run_config_moves_the_development_clock_and_the_parity_assumption(
    run, tmp_path, monkeypatch
):
    copy = tmp_path / "warehouse" / "warehouse.duckdb"
    copy.parent.mkdir()
    copy.write_bytes(run["database"].read_bytes())
    monkeypatch.setenv("SUANLI_WAREHOUSE", str(copy))
    config = {"start_year": 2025, "domestic_fp16_doubling_months": 12.0}
    result = dg.materialize(
        [domestic_substitution_timeline],
        partition_key=PARTITION,
        resources={"warehouse": WarehouseResource(database=str(copy))},
        run_config={"ops": {"domestic_substitution_timeline": {"config": config}}},
    )
    assert result.success
    con = duckdb.connect(str(copy), read_only=True)
    try:
        starts = con.execute(
            "SELECT DISTINCT start_date FROM domestic_substitution_timeline "
            "WHERE row_kind = 'development_path'"
        ).fetchall()
        doubling = con.execute(
            "SELECT DISTINCT assumption_domestic_doubling_months "
            "FROM domestic_substitution_timeline WHERE is_model_output"
        ).fetchall()
    finally:
        con.close()
    assert starts == [(date(2025, 1, 1),)]
    assert doubling == [(12.0,)]


def test_a_mart_without_its_upstream_tables_fails_naming_them(warehouse_path):
    result = dg.materialize(
        [gpu_price_inflation],
        partition_key=PARTITION,
        resources={"warehouse": WarehouseResource(database=str(warehouse_path))},
        raise_on_error=False,
    )
    assert not result.success
    (failure,) = result.get_step_failure_events()
    message = failure.step_failure_data.user_failure_data.description
    assert "article_facts" in message and "price_observations" in message
