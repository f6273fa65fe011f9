"""Spreadsheet (xlsx) and Parquet feeds ingest through YAML alone, over HTTP and from files;
broken ones fail alone with a message naming the feed and the problem, keeping the raw bytes."""

import gzip
import hashlib
import json
from datetime import date, datetime
from pathlib import Path

import duckdb
import openpyxl
import pytest

from suanli.entities import EntityIndex
from suanli.feeds import FeedError, build_session, ingest_price_feed, load_feed_config, parse
from suanli.feeds.config import FeedConfigError

DAY = date(2026, 1, 1)

SHEET_FEED = """
price_feeds:
  - name: workbook
    url: {url}
    format: xlsx
    sheet: 价格
    skip_rows: 1
    missing: ["N/A"]
    fields: {{model: 型号, price: 价格(元), currency: 币种, observed_at: 日期}}
    price_kind: purchase
"""

PARQUET_FEED = """
price_feeds:
  - name: columnar
    url: {url}
    format: parquet
    compression: {compression}
    fields: {{model: gpu, price: usd_per_hour, currency: "=USD", observed_at: seen_at}}
    price_kind: rental_hour
"""


def workbook(path: Path) -> bytes:
    """A workbook as analysts send them: a notes sheet first, a title row above the header,
    Chinese headers, real date cells, a blank row, a missing and a negative price."""
    book = openpyxl.Workbook()
    book.active.title = "说明"
    book.active.append(["Prices in CNY, collected by hand"])
    sheet = book.create_sheet("价格")
    sheet.append(["GPU channel prices 2023"])
    sheet.append(["型号", "价格(元)", "日期", "币种"])
    sheet.append(["A100", 90000, datetime(2023, 5, 15), "CNY"])
    sheet.append([None, None, None, None])
    sheet.append(["H100 ", 300000.5, date(2023, 5, 16), "人民币"])
    sheet.append(["A800", "N/A", datetime(2023, 6, 29, 10, 30), "CNY"])
    sheet.append(["H200", -5, "2026-01-10", "CNY"])
    book.save(path)
    return path.read_bytes()


def parquet(path: Path) -> bytes:
    with duckdb.connect() as con:
        con.execute(
            "COPY (SELECT * FROM (VALUES "
            "('A100 80GB', 1.89::DOUBLE, TIMESTAMPTZ '2025-01-01 08:00:00+08'), "
            "('H100', 2.5::DOUBLE, TIMESTAMPTZ '2025-01-02 00:00:00+00'), "
            "('H100', NULL, TIMESTAMPTZ '2025-01-03 00:00:00+00')) "
            "AS t(gpu, usd_per_hour, seen_at)) TO ? (FORMAT parquet)",
            [str(path)],
        )
    return path.read_bytes()


class Env:
    def __init__(self, root: Path):
        self.root = root
        self.con = duckdb.connect(str(root / "warehouse.duckdb"))

    def ingest(self, text: str, **values):
        path = self.root / "feeds.yaml"
        path.write_text(text.format(**values), encoding="utf-8")
        feed = load_feed_config(path).price_feeds[0]
        return ingest_price_feed(
            self.con, feed, DAY, self.root / "landing", build_session(), EntityIndex.load()
        )

    def rows(self, sql: str) -> list[tuple]:
        return self.con.execute(sql).fetchall()


@pytest.fixture
def env(tmp_path):
    feed_env = Env(tmp_path)
    yield feed_env
    feed_env.con.close()


def test_an_xlsx_sheet_over_http_loads_typed_rows_and_rejects_bad_prices(env, httpserver):
    body = workbook(env.root / "prices.xlsx")
    httpserver.expect_request("/prices.xlsx").respond_with_data(body)

    result = env.ingest(SHEET_FEED, url=httpserver.url_for("/prices.xlsx"))

    assert (result.status, result.rows_parsed, result.rows_rejected) == ("ok", 2, 2)
    assert env.rows(
        "SELECT model_raw, model, price, currency, observed_on FROM price_observations "
        "ORDER BY record_no"
    ) == [
        ("A100", "NVIDIA A100", 90000.0, "CNY", date(2023, 5, 15)),
        ("H100", "NVIDIA H100", 300000.5, "CNY", date(2023, 5, 16)),
    ]
    rejected = env.rows("SELECT reason, raw FROM rejected_records ORDER BY record_no")
    assert [reason for reason, _ in rejected] == ["price empty", "price not positive: -5"]
    assert '"日期":"2023-06-29T10:30:00"' in rejected[0][1]
    sha, landing = env.rows("SELECT sha256, landing_path FROM feed_fetches")[0]
    assert Path(landing).read_bytes() == body and sha == hashlib.sha256(body).hexdigest()


def test_the_first_sheet_is_read_when_none_is_named(env):
    workbook(env.root / "prices.xlsx")
    feed = SHEET_FEED.replace("    sheet: 价格\n", "")
    with pytest.raises(
        FeedError, match=r"^feed workbook: sheet '说明' has no header row after skipping 1 rows$"
    ):
        env.ingest(feed, url="prices.xlsx")
    with pytest.raises(
        FeedError,
        match=r"^feed workbook: column '型号' not found \(columns: Prices in CNY, collected by ",
    ):
        env.ingest(feed.replace("skip_rows: 1", "skip_rows: 0"), url="prices.xlsx")


def test_a_missing_sheet_names_the_feed_and_the_sheets_there(env):
    workbook(env.root / "prices.xlsx")
    feed = SHEET_FEED.replace("sheet: 价格", "sheet: Prices")
    with pytest.raises(
        FeedError, match=r"^feed workbook: sheet 'Prices' not found \(sheets: 说明, 价格\)$"
    ):
        env.ingest(feed, url="prices.xlsx")
    assert env.rows("SELECT status FROM feed_fetches") == [("failed",)]


def test_a_file_that_is_not_a_workbook_fails_alone_keeping_its_bytes(env):
    body = b"<html>Service temporarily unavailable</html>"
    (env.root / "prices.xlsx").write_bytes(body)
    with pytest.raises(FeedError, match=r"^feed workbook: not a readable xlsx workbook: "):
        env.ingest(SHEET_FEED, url="prices.xlsx")
    status, landing = env.rows("SELECT status, landing_path FROM feed_fetches")[0]
    assert status == "failed" and Path(landing).read_bytes() == body


@pytest.mark.parametrize("compression", ["none", "gzip"])
def test_a_parquet_file_loads_with_its_own_types_read_as_text(env, compression):
    data = parquet(env.root / "prices.parquet")
    url = "prices.parquet"
    if compression == "gzip":
        (env.root / "prices.parquet.gz").write_bytes(gzip.compress(data))
        url += ".gz"

    result = env.ingest(PARQUET_FEED, url=url, compression=compression)

    # The third row has no price: a Parquet NULL is an empty cell.
    assert (result.status, result.rows_parsed, result.rows_rejected) == ("ok", 2, 1)
    assert env.rows(
        "SELECT model, price, currency, price_kind, observed_at FROM price_observations "
        "ORDER BY record_no"
    ) == [
        ("NVIDIA A100", 1.89, "USD", "rental_hour", datetime(2025, 1, 1, 0, 0)),
        ("NVIDIA H100", 2.5, "USD", "rental_hour", datetime(2025, 1, 2, 0, 0)),
    ]


def test_a_file_that_is_not_parquet_fails_alone_keeping_its_bytes(env):
    body = b"gpu,usd_per_hour,seen_at\nH100,2.5,2025-01-02\n"
    (env.root / "prices.parquet").write_bytes(body)
    with pytest.raises(FeedError, match=r"^feed columnar: invalid Parquet: "):
        env.ingest(PARQUET_FEED, url="prices.parquet", compression="none")
    status, landing = env.rows("SELECT status, landing_path FROM feed_fetches")[0]
    assert status == "failed" and Path(landing).read_bytes() == body


def test_sheet_is_only_valid_for_xlsx(env):
    feed = SHEET_FEED.replace("format: xlsx", "format: csv")
    with pytest.raises(FeedConfigError, match="sheet.*only valid with format: xlsx"):
        env.ingest(feed, url="prices.csv")


JSONL_FEED = """
price_feeds:
  - name: stream
    url: offers.jsonl.gz
    format: jsonl
    compression: gzip
    fields: {{model: gpu, price: usd, currency: "=USD", observed_at: day, region: {region},
             vendor: seller}}
    price_kind: rental_hour
    key: []
"""


def test_a_long_json_lines_feed_is_staged_a_batch_at_a_time_in_order(env, monkeypatch):
    """Memory stays flat: no more than RECORD_BATCH records are held at once. Fields that first
    appear late widen the staged table; a gb18030 byte near the end restarts the read with
    that codec (encoding: auto)."""
    total = 2 * parse.RECORD_BATCH + 10
    late = 2 * parse.RECORD_BATCH
    records = [
        {"gpu": "H100", "usd": 1 + i / 1000, "day": "2025-01-01", "seller": f"s{i}"}
        | ({"region": f"r{i - late}"} if i >= late else {})
        for i in range(total - 1)
    ]
    records.append(
        {"gpu": "A100", "usd": 9, "day": "2025-01-02", "seller": "华强北", "region": "深圳"}
    )
    lines = [json.dumps(record, ensure_ascii=False) for record in records]
    (env.root / "offers.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode("gb18030")))
    staged: list[int] = []
    append_rows = parse._append_rows

    def counted(con, rows, *args):
        staged.append(len(rows))
        return append_rows(con, rows, *args)

    monkeypatch.setattr(parse, "_append_rows", counted)

    result = env.ingest(JSONL_FEED, region="region")

    assert (result.status, result.rows_parsed, result.rows_rejected) == ("ok", total, 0)
    assert max(staged) == parse.RECORD_BATCH and sum(staged[-3:]) == total
    assert env.rows(
        "SELECT record_no, price, region, vendor FROM price_observations "
        f"WHERE record_no IN (1, {late}, {late + 1}, {total}) ORDER BY record_no"
    ) == [
        (1, 1.0, None, "s0"),
        (late, 1 + (late - 1) / 1000, None, f"s{late - 1}"),
        (late + 1, 1 + late / 1000, "r0", f"s{late}"),
        (total, 9.0, "深圳", "华强北"),
    ]


def test_a_json_lines_field_missing_from_every_record_names_the_fields_there(env):
    (env.root / "offers.jsonl.gz").write_bytes(
        gzip.compress(b'{"gpu": "H100", "usd": 2, "day": "2025-01-01", "seller": "a"}\n')
    )
    with pytest.raises(FeedError, match=r"^feed stream: field 'area' not found \(fields: gpu, "):
        env.ingest(JSONL_FEED, region="area")
