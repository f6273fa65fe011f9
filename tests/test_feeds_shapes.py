"""Feeds in other real-world shapes ingest through YAML alone (tests/fixtures/feeds/feeds.yaml)."""

from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest

from suanli.entities import EntityIndex
from suanli.feeds import build_session, ingest_fx_feed, ingest_price_feed, load_feed_config

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
DAY = date(2025, 3, 1)


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    root = tmp_path_factory.mktemp("shapes")
    config = load_feed_config(FIXTURES / "feeds.yaml")
    con = duckdb.connect(str(root / "warehouse.duckdb"))
    session, entities = build_session(), EntityIndex.load()
    results = {
        f.name: ingest_fx_feed(con, f, DAY, root / "landing", session) for f in config.fx_feeds
    }
    for feed in config.price_feeds:
        results[feed.name] = ingest_price_feed(con, feed, DAY, root / "landing", session, entities)
    yield con, results
    con.close()


def rates(con, feed: str) -> list[tuple]:
    return con.execute(
        'SELECT "date", base, quote, rate FROM fx_rates WHERE feed = ? ORDER BY ALL', [feed]
    ).fetchall()


def prices(con, feed: str, columns: str = "model_raw, model, price, currency, observed_on"):
    return con.execute(
        f"SELECT {columns} FROM price_observations WHERE feed = ? ORDER BY record_no, price",
        [feed],
    ).fetchall()


def rejects(con, feed: str) -> list[tuple]:
    return con.execute(
        "SELECT record_no, reason FROM rejected_records WHERE feed = ? ORDER BY record_no", [feed]
    ).fetchall()


def test_every_fixture_feed_loads(loaded):
    _, results = loaded
    assert {n: r.status for n, r in results.items()} == dict.fromkeys(results, "ok")
    configured = {
        Path(f.url).name for f in load_feed_config(FIXTURES / "feeds.yaml").by_name.values()
    }
    assert configured == {p.name for p in FIXTURES.iterdir()} - {"feeds.yaml", "README.md"}


def test_json_object_of_objects_to_wide_fx_with_base_from_the_document(loaded):
    con, _ = loaded
    assert rates(con, "frankfurter_usd") == [
        (date(2024, 1, 2), "USD", "CNY", 7.1006),
        (date(2024, 1, 2), "USD", "EUR", 0.91274),
        (date(2024, 1, 3), "USD", "CNY", 7.1485),
        (date(2024, 1, 3), "USD", "EUR", 0.91583),
        (date(2024, 1, 4), "USD", "CNY", 7.1349),
        (date(2024, 1, 4), "USD", "EUR", 0.91316),
    ]


def test_json_rows_as_arrays_named_by_record_columns(loaded):
    con, _ = loaded
    assert prices(con, "datalink_series", "model, price, price_kind, observed_on, source") == [
        (
            "NVIDIA H100",
            2.85,
            "rental_hour",
            date(2024, 1, 5),
            "H100 SXM on-demand rental price, USD per GPU-hour",
        ),
        (
            "NVIDIA H100",
            2.9,
            "rental_hour",
            date(2024, 1, 4),
            "H100 SXM on-demand rental price, USD per GPU-hour",
        ),
    ]
    assert rejects(con, "datalink_series") == [(3, "price empty")]


def test_json_rows_as_arrays_under_their_first_row_with_trailing_cells_omitted(loaded):
    con, _ = loaded
    assert prices(con, "sheet_values", "model, price, currency, observed_on, note") == [
        ("NVIDIA A800", 83000.0, "CNY", date(2023, 6, 29), "单卡"),
        ("NVIDIA H20", 105000.0, "CNY", date(2025, 12, 1), None),
    ]
    # Google Sheets leaves out a row's trailing empty cells: the row without a date is
    # rejected for its missing date, not for its length.
    assert rejects(con, "sheet_values") == [(3, "date empty"), (4, "price not numeric: 待定")]


def test_footnotes_under_a_table_are_kept_as_rejected_records(loaded):
    con, _ = loaded
    assert prices(con, "survey_footnotes", "model, price, observed_on, note") == [
        ("NVIDIA A100", 9000.0, date(2025, 1, 1), "list price,\nbefore discount"),
        ("NVIDIA H100", 25000.0, date(2025, 1, 2), None),
    ]
    rows = con.execute(
        "SELECT record_no, reason, raw FROM rejected_records WHERE feed = 'survey_footnotes' "
        "ORDER BY record_no"
    ).fetchall()
    assert [(n, reason) for n, reason, _ in rows] == [(3, "date empty"), (4, "price empty")]
    assert "Source: Example Research" in rows[0][2] and "prices exclude VAT" in rows[1][2]


def test_fields_of_nested_json_objects_are_named_with_dots(loaded):
    con, _ = loaded
    assert prices(con, "nested_offers", "model, price, currency, region, note") == [
        ("NVIDIA H100", 23.92 / 8, "USD", "us-east-1", '["on-demand", "nvlink"]'),
        ("NVIDIA A100", 1.29, "USD", "eu-west-2", "[]"),
    ]
    assert rejects(con, "nested_offers") == [(3, "price empty")]


def test_json_map_of_scalars_to_long_fx_dated_by_an_epoch_timestamp(loaded):
    con, _ = loaded
    assert rates(con, "oxr_latest") == [
        (date(2024, 1, 3), "USD", "CNY", 7.1485),
        (date(2024, 1, 3), "USD", "EUR", 0.91583),
        (date(2024, 1, 3), "USD", "JPY", 143.03),
        (date(2024, 1, 3), "USD", "XAU", 0.000485),
    ]


def test_sdmx_csv_long_fx_with_base_in_a_column(loaded):
    con, results = loaded
    assert rates(con, "ecb_sdmx") == [
        (date(2024, 1, 2), "EUR", "CNY", 7.8264),
        (date(2024, 1, 2), "EUR", "USD", 1.0956),
        (date(2024, 1, 3), "EUR", "CNY", 7.8057),
        (date(2024, 1, 3), "EUR", "USD", 1.0919),
    ]
    assert results["ecb_sdmx"].rows_rejected == 0  # the empty OBS_VALUE is absent, not wrong


def test_ecb_daily_zip_member_with_spelled_out_dates(loaded):
    con, results = loaded
    assert results["ecb_daily_zip"].rows_parsed == 30
    assert con.execute(
        "SELECT \"date\", rate FROM fx_rates WHERE feed = 'ecb_daily_zip' AND quote = 'CNY'"
    ).fetchall() == [(date(2025, 5, 9), 8.147)]


def test_cross_rates_from_several_fx_feeds(loaded):
    con, _ = loaded
    usd_cny = con.execute(
        "SELECT rate FROM fx_cross_rates "
        "WHERE \"date\" = DATE '2024-01-03' AND base = 'USD' AND quote = 'CNY'"
    ).fetchone()[0]
    # Direct USD rows (frankfurter, oxr: 7.1485) and the EUR cross (7.8057 / 1.0919), averaged.
    assert usd_cny == pytest.approx((7.1485 + 7.8057 / 1.0919) / 2)


def test_nested_records_with_prices_per_multi_gpu_instance(loaded):
    con, results = loaded
    assert prices(con, "cloud_offers", "model, price, region, vendor, term, observed_at") == [
        (
            "NVIDIA H100",
            pytest.approx(2.99),
            "us-east",
            "cloud-a",
            "on_demand",
            datetime(2024, 6, 1, 12),
        ),
        (
            "NVIDIA A100",
            pytest.approx(1.8),
            "eu-west",
            "cloud-b",
            "on_demand",
            datetime(2024, 6, 1, 12),
        ),
        ("NVIDIA GeForce RTX 4090", 0.44, None, "cloud-c", "on_demand", datetime(2024, 6, 1, 12)),
    ]
    assert rejects(con, "cloud_offers") == [(4, "units not a positive number: 0")]
    assert results["cloud_offers"].rows_rejected == 1


def test_top_level_object_of_records(loaded):
    con, results = loaded
    assert prices(con, "tracker_map") == [
        ("NVIDIA H100 PCIe", "NVIDIA H100", 25249.95, "USD", date(2025, 7, 4)),
        ("NVIDIA A100 40GB", "NVIDIA A100", 7760.0, "USD", date(2024, 4, 26)),
        ("Mystery Accelerator 9", None, 99.0, "USD", date(2024, 1, 1)),
    ]
    assert results["tracker_map"].rows_unknown_model == 1


def test_gzip_jsonl_with_epoch_milliseconds_and_wan(loaded):
    con, _ = loaded
    assert prices(con, "cn_rentals", "model, price, price_kind, region, observed_on") == [
        ("NVIDIA H800", 45000.0, "rental_month", "北京", date(2024, 6, 1)),
        ("NVIDIA A800", 12000.0, "rental_month", "上海", date(2024, 6, 2)),
    ]
    assert rejects(con, "cn_rentals") == [(3, "price not numeric: 面议")]


def test_semicolons_decimal_commas_and_a_stock_filter(loaded):
    con, results = loaded
    assert prices(con, "eu_dealer") == [
        ("NVIDIA H100 80GB PCIe", "NVIDIA H100", 27499.0, "EUR", date(2024, 3, 5)),
        ("NVIDIA L40S", "NVIDIA L40S", 8250.5, "EUR", date(2024, 3, 5)),
        ("NVIDIA A100 80GB", "NVIDIA A100", 12900.0, "EUR", date(2024, 3, 6)),
    ]
    assert results["eu_dealer"].rows_rejected == 0  # the out-of-stock row is filtered, not bad


def test_price_scale_for_cents(loaded):
    con, _ = loaded
    assert prices(con, "cents", "model, price") == [("NVIDIA A10G", 1.01), ("NVIDIA T4", 0.35)]


def test_gbk_chinese_headers_dates_and_wan(loaded):
    con, _ = loaded
    assert prices(con, "cn_dealer", "model_raw, model, price, observed_on, vendor") == [
        ("H20", "NVIDIA H20", 105000.0, date(2024, 3, 1), "渠道甲"),
        ("H20", "NVIDIA H20", 110000.0, date(2024, 3, 8), "渠道甲"),
        ("昇腾910B", "Huawei Ascend 910B", 128000.0, date(2024, 3, 8), "渠道乙"),
    ]


def test_date_spellings(loaded):
    con, _ = loaded
    assert prices(con, "mixed_dates", "price, observed_at") == [
        (1.1, datetime(2024, 3, 1, 0, 0)),  # 08:00 at +08:00 is midnight UTC
        (1.2, datetime(2024, 3, 1, 0, 0)),  # epoch milliseconds
        (1.3, datetime(2024, 3, 2)),
        (1.4, datetime(2024, 3, 3)),
        (1.5, datetime(2024, 3, 4)),  # the feed's own date_format
    ]
    assert rejects(con, "mixed_dates") == [(6, "unparseable date: soon")]


def test_value_map_and_currency_spellings(loaded):
    con, _ = loaded
    assert prices(con, "spellings", "price, currency, price_kind") == [
        (31000.0, "USD", "purchase"),
        (2.49, "USD", "rental_hour"),
    ]
    assert rejects(con, "spellings") == [(3, "invalid price_kind: lease")]


def test_xml_with_namespaces_and_inherited_attributes(loaded):
    con, results = loaded
    assert results["ecb_xml"].rows_parsed == 60
    assert con.execute(
        "SELECT \"date\", base, rate FROM fx_rates WHERE feed = 'ecb_xml' AND quote = 'CNY' "
        "ORDER BY 1"
    ).fetchall() == [(date(2025, 5, 8), "EUR", 8.1764), (date(2025, 5, 9), "EUR", 8.147)]


def test_gbk_xml_with_attributes_and_child_text(loaded):
    con, _ = loaded
    assert prices(con, "cn_xml_quotes", "model, price, currency, observed_on, vendor, note") == [
        ("NVIDIA H20", 108000.0, "CNY", date(2024, 4, 1), "示例渠道", None),
        ("NVIDIA L20", 42000.0, "CNY", date(2024, 4, 1), "示例渠道", "现货"),
    ]
    assert rejects(con, "cn_xml_quotes") == [(3, "price not numeric: 待定")]


def test_excel_csv_with_a_bom_and_crlf_rows(loaded):
    con, results = loaded
    assert (results["excel_export"].rows_parsed, results["excel_export"].rows_rejected) == (3, 1)
    assert prices(con, "excel_export", "model, price, observed_on, vendor, note") == [
        ("NVIDIA A800", 83000.0, date(2023, 6, 5), "华强北", "现货\n含税"),
        ("NVIDIA H800", 350000.0, date(2023, 10, 18), "深圳渠道商", None),
        ("NVIDIA A100", 65000.0, date(2023, 1, 9), "北京中关村", None),
    ]
    assert rejects(con, "excel_export") == [(4, "price not numeric: 待询价")]
