"""Parsing and loading price / FX feeds from local files described by YAML alone."""

import gzip
import json
import random
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import duckdb
import pytest

from suanli.entities import EntityIndex
from suanli.feeds import (
    FeedError,
    build_session,
    ingest_fx_feed,
    ingest_price_feed,
    load_feed_config,
    refresh_price_conversions,
)

DAY = date(2025, 1, 2)
ENTITIES = """
entities:
  - {canonical: NVIDIA, kind: vendor, vendor: null, aliases: [NVIDIA, 英伟达]}
  - {canonical: NVIDIA A100, kind: gpu, vendor: NVIDIA, aliases: [A100, A100 80GB]}
  - {canonical: NVIDIA H100, kind: gpu, vendor: NVIDIA, aliases: [H100]}
"""


@pytest.fixture
def env(tmp_path):
    class Env:
        root = tmp_path
        con = duckdb.connect(str(tmp_path / "warehouse.duckdb"))
        session = build_session(backoff_factor=0.01)
        landing = tmp_path / "landing"
        entities_path = tmp_path / "entities.yaml"

        def config(self, text: str, **files: bytes):
            for name, data in files.items():
                (tmp_path / name).write_bytes(data)
            path = tmp_path / "feeds.yaml"
            path.write_text(text, encoding="utf-8")
            return load_feed_config(path)

        def prices(self, text: str, day: date = DAY, **files: bytes):
            feed = self.config(text, **files).price_feeds[0]
            entities = EntityIndex.load(self.entities_path)
            return ingest_price_feed(self.con, feed, day, self.landing, self.session, entities)

        def fx(self, text: str, day: date = DAY, **files: bytes):
            feed = self.config(text, **files).fx_feeds[0]
            return ingest_fx_feed(self.con, feed, day, self.landing, self.session)

        def rows(self, sql: str, params=()):
            return self.con.execute(sql, list(params)).fetchall()

    Env.entities_path.write_text(ENTITIES, encoding="utf-8")
    yield Env()
    Env.con.close()


SIMPLE = """
price_feeds:
  - name: simple
    url: prices.csv
    fields: {model: model, price: price, currency: currency, observed_at: date}
    price_kind: purchase
"""


def test_gbk_csv_with_chinese_headers(env):
    text = (
        "型号,价格(元),日期,地区\n"
        '英伟达 A100,"90,000",2023年6月,北京\n'
        "H100,230000,2023年5月8日,上海\n"
    )
    yaml_text = """
price_feeds:
  - name: cn_gbk
    url: gbk.csv
    fields: {model: 型号, price: 价格(元), observed_at: 日期, region: 地区, currency: "=CNY"}
    price_kind: purchase
"""
    result = env.prices(yaml_text, **{"gbk.csv": text.encode("gbk")})
    assert (result.status, result.rows_parsed, result.rows_rejected) == ("ok", 2, 0)
    assert result.rows_unknown_model == 0
    assert env.rows(
        "SELECT model_raw, model, price, currency, observed_on, region FROM price_observations "
        "ORDER BY price"
    ) == [
        ("英伟达 A100", "NVIDIA A100", 90000.0, "CNY", date(2023, 6, 1), "北京"),
        ("H100", "NVIDIA H100", 230000.0, "CNY", date(2023, 5, 8), "上海"),
    ]


def test_named_encoding_is_used(env):
    text = "model,price,date\nA100,5,2024-01-01\n"
    yaml_text = SIMPLE.replace("price_kind: purchase", "price_kind: purchase\n    encoding: gbk")
    yaml_text = yaml_text.replace("currency: currency", 'currency: "=CNY"')
    assert env.prices(yaml_text, **{"prices.csv": text.encode("gbk")}).rows_parsed == 1


def test_bad_prices_are_rejected_and_counted(env):
    csv = (
        "model,price,currency,date\n"
        "A100,-5,USD,2024-01-01\n"
        "A100,0,USD,2024-01-02\n"
        "A100,NaN,USD,2024-01-03\n"
        "A100,abc,USD,2024-01-04\n"
        "A100,,USD,2024-01-05\n"
        "A100,inf,USD,2024-01-06\n"
        'A100,"1,200",USD,2024-01-07\n'
        "A100,$ 3000,USD,2024-01-08\n"
        ",10,USD,2024-01-09\n"
        "A100,10,USD,not a date\n"
    )
    result = env.prices(SIMPLE, **{"prices.csv": csv.encode()})
    assert (result.rows_parsed, result.rows_rejected) == (2, 8)
    assert sorted(r[0] for r in env.rows("SELECT price FROM price_observations")) == [1200, 3000]
    rejected = env.rows("SELECT record_no, reason, raw FROM rejected_records ORDER BY record_no")
    assert [(r[0], r[1]) for r in rejected] == [
        (1, "price not positive: -5"),
        (2, "price not positive: 0"),
        (3, "price is NaN"),
        (4, "price not numeric: abc"),
        (5, "price empty"),
        (6, "price not finite: inf"),
        (9, "model empty"),
        (10, "unparseable date: not a date"),
    ]
    assert json.loads(rejected[3][2]) == {
        "model": "A100",
        "price": "abc",
        "currency": "USD",
        "date": "2024-01-04",
    }
    assert env.rows(
        "SELECT rows_parsed, rows_rejected, status FROM feed_fetches WHERE feed = 'simple'"
    ) == [(2, 8, "ok")]


FX_LONG = """
fx_feeds:
  - name: fx_long
    url: rates.csv
    layout: long
    base: base
    date_field: date
    quote_field: quote
    rate_field: rate
"""
RATES = (
    b"date,base,quote,rate\n"
    b"2024-01-01,EUR,USD,1.1\n"
    b"2024-01-01,EUR,CNY,7.8\n"
    b"2024-01-03,EUR,USD,1.0\n"
    b"2024-01-03,EUR,CNY,8.0\n"
    b"2024-01-03,EUR,JPY,abc\n"
)


def test_long_fx_layout_and_cross_rates(env):
    result = env.fx(FX_LONG, **{"rates.csv": RATES})
    assert (result.rows_parsed, result.rows_rejected) == (4, 1)
    assert env.rows("SELECT reason FROM rejected_records") == [("rate not numeric: abc",)]
    cross = dict(
        ((r[0], r[1]), r[2])
        for r in env.rows(
            "SELECT base, quote, rate FROM fx_cross_rates WHERE \"date\" = DATE '2024-01-01'"
        )
    )
    assert cross[("USD", "CNY")] == pytest.approx(7.8 / 1.1)
    assert cross[("CNY", "USD")] == pytest.approx(1.1 / 7.8)
    assert cross[("USD", "EUR")] == pytest.approx(1 / 1.1)
    assert cross[("EUR", "CNY")] == pytest.approx(7.8)


def test_currencies_conversions_and_asof(env):
    env.fx(FX_LONG, **{"rates.csv": RATES})
    csv = (
        "model,price,currency,date\n"
        "A100,780,CNY,2024-01-02\n"  # nearest earlier rate: 2024-01-01
        "A100,800,cny,2024-01-05\n"  # lower case accepted; rate of 2024-01-03
        "A100,100,USD,2023-12-01\n"  # before any FX: USD stays, CNY unknown
        "A100,5,VND,2024-01-04\n"  # a real currency without FX: kept, no conversions
        "A100,5,XYZ,2024-01-04\n"  # three letters but no currency: rejected
        "A100,5,dollars,2024-01-02\n"  # not a currency code: rejected
        "A100,7,人民币,2024-01-06\n"  # a spelling of CNY
    )
    result = env.prices(SIMPLE, **{"prices.csv": csv.encode()})
    assert (result.rows_parsed, result.rows_rejected) == (5, 2)
    assert env.rows(
        "SELECT reason FROM rejected_records WHERE feed = 'simple' ORDER BY record_no"
    ) == [("unknown currency: XYZ",), ("unknown currency: dollars",)]
    assert env.rows("SELECT currency FROM price_observations WHERE price = 7") == [("CNY",)]
    rows = {
        r[0]: r[1:]
        for r in env.rows("SELECT price, currency, price_usd, price_cny FROM price_observations")
    }
    assert rows[780][0] == "CNY"
    assert rows[780][1] == pytest.approx(110.0)
    assert rows[780][2] == pytest.approx(780.0)
    assert rows[800][1] == pytest.approx(100.0)
    assert rows[100][1:] == (100.0, None)
    assert rows[5] == ("VND", None, None)


def test_fx_loaded_after_prices_updates_conversions(env):
    csv = "model,price,currency,date\nA100,780,CNY,2024-01-02\n"
    env.prices(SIMPLE, **{"prices.csv": csv.encode()})
    assert env.rows("SELECT price_usd FROM price_observations") == [(None,)]
    env.fx(FX_LONG, **{"rates.csv": RATES})
    assert env.rows("SELECT price_usd FROM price_observations")[0][0] == pytest.approx(110.0)
    env.con.execute("UPDATE price_observations SET price_usd = NULL")
    assert refresh_price_conversions(env.con) == 1
    assert env.rows("SELECT price_usd FROM price_observations")[0][0] == pytest.approx(110.0)


def test_gzip_and_zip(env):
    csv = b"model,price,currency,date\nA100,5,USD,2024-01-01\nH100,7,USD,2024-01-01\n"
    gz = SIMPLE.replace("prices.csv", "prices.csv.gz") + "    compression: gzip\n"
    assert env.prices(gz, **{"prices.csv.gz": gzip.compress(csv)}).rows_parsed == 2

    with zipfile.ZipFile(env.root / "prices.zip", "w") as archive:
        archive.writestr("readme.txt", "not this one")
        archive.writestr("data/prices.csv", csv + b"A100,9,USD,2024-01-02\n")
    zipped = SIMPLE.replace("prices.csv", "prices.zip") + (
        "    compression: zip\n    member: data/prices.csv\n"
    )
    assert env.prices(zipped).rows_parsed == 3

    wrong = zipped.replace("data/prices.csv", "nope.csv")
    with pytest.raises(FeedError, match=r"feed simple: zip member 'nope.csv' not found"):
        env.prices(wrong)


def test_jsonl(env):
    lines = [
        {"gpu": "A100", "usd": 1.5, "ts": 1700000000, "dc": "us-east"},
        {"gpu": "H100", "usd": "2.5", "ts": "2024-03-01T08:00:00+08:00", "dc": None},
        {},
    ]
    text = "\n".join(json.dumps(x) for x in lines) + "\n\n"
    yaml_text = """
price_feeds:
  - name: rentals
    url: rentals.jsonl
    format: jsonl
    fields: {model: gpu, price: usd, observed_at: ts, region: dc, currency: "=USD"}
    price_kind: rental_hour
"""
    result = env.prices(yaml_text, **{"rentals.jsonl": text.encode()})
    assert (result.rows_parsed, result.rows_rejected) == (2, 1)
    assert env.rows(
        "SELECT model, price, observed_at, region, price_kind FROM price_observations "
        "ORDER BY price"
    ) == [
        ("NVIDIA A100", 1.5, datetime(2023, 11, 14, 22, 13, 20), "us-east", "rental_hour"),
        ("NVIDIA H100", 2.5, datetime(2024, 3, 1, 0, 0), None, "rental_hour"),
    ]


def test_json_records_object_pairs_and_empty_map(env):
    tracker = """
price_feeds:
  - name: tracker
    url: tracker.json
    format: json
    records: data.prices
    record_key: observed_at
    record_value: price
    fields: {model: "$.data.gpu_name", observed_at: observed_at, price: price, currency: "=USD"}
    price_kind: purchase
"""
    document = {"data": {"gpu_name": "NVIDIA A100 80GB", "prices": {"2024-01-01T10:00:00": 9}}}
    result = env.prices(tracker, **{"tracker.json": json.dumps(document).encode()})
    assert (result.rows_parsed, result.rows_unknown_model) == (1, 0)
    document["data"]["prices"] = {}
    result = env.prices(tracker, **{"tracker.json": json.dumps(document).encode()})
    assert (result.status, result.rows_parsed) == ("ok", 0)


def test_json_shape_not_what_records_says(env):
    yaml_text = """
price_feeds:
  - name: shaped
    url: shaped.json
    format: json
    records: data.items
    fields: {model: m, price: p, currency: "=USD"}
    price_kind: purchase
"""
    with pytest.raises(FeedError, match=r"feed shaped: records path 'data.items' not found"):
        env.prices(yaml_text, **{"shaped.json": b'{"data": {"rows": []}}'})
    with pytest.raises(FeedError, match=r"records 'data.items' is str, expected a list"):
        env.prices(yaml_text, **{"shaped.json": b'{"data": {"items": "oops"}}'})
    with pytest.raises(FeedError, match=r"item 1 is int, expected an object"):
        env.prices(yaml_text, **{"shaped.json": b'{"data": {"items": [{"m": "A100"}, 3]}}'})
    with pytest.raises(FeedError, match=r"feed shaped: invalid JSON"):
        env.prices(yaml_text, **{"shaped.json": b'{"data": '})
    assert env.rows("SELECT status FROM feed_fetches") == [("failed",)]


def test_missing_mapped_column_names_feed_and_column(env):
    yaml_text = SIMPLE.replace("price: price", "price: 价格(元)")
    csv = b"model,price,currency,date\nA100,5,USD,2024-01-01\n"
    with pytest.raises(FeedError) as info:
        env.prices(yaml_text, **{"prices.csv": csv})
    assert str(info.value) == (
        "feed simple: column '价格(元)' not found (columns: model, price, currency, date)"
    )
    (status, error, landing, sha) = env.rows(
        "SELECT status, error, landing_path, sha256 FROM feed_fetches"
    )[0]
    assert (status, error) == ("failed", str(info.value))
    assert Path(landing).read_bytes() == csv
    assert Path(landing + ".sha256").read_text().split()[0] == sha


def test_invalid_csv(env):
    bad = b'model,price,currency,date\nA100,"5,USD,2024-01-01\nH100,1,2,3,4,5\n'
    with pytest.raises(FeedError, match=r"^feed simple: invalid CSV: "):
        env.prices(SIMPLE, **{"prices.csv": bad})
    assert env.rows("SELECT status FROM feed_fetches") == [("failed",)]


def test_dates_filter_scale_dedup_and_partition_date(env):
    csv = (
        "sku,cents,when,kind,in_stock\n"
        "A100,150000,2024/02/03,purchase,yes\n"
        "A100,160000,2024/02/03,purchase,yes\n"  # same key: keeps this later one
        "H100,99,2024-05,rental_month,yes\n"
        "H100,99,2024-05,rental_month,\n"  # filtered out: not counted anywhere
        "H100,5,20240601,lease,yes\n"
    )
    yaml_text = """
price_feeds:
  - name: shop
    url: shop.csv
    fields: {model: sku, price: cents, observed_at: when, price_kind: kind, currency: "=EUR"}
    price_scale: 0.01
    filter: in_stock
"""
    result = env.prices(yaml_text, **{"shop.csv": csv.encode()})
    assert (result.rows_parsed, result.rows_rejected) == (2, 1)
    assert env.rows(
        "SELECT model_raw, price, observed_on, price_kind, record_no FROM price_observations "
        "ORDER BY record_no"
    ) == [
        ("A100", 1600.0, date(2024, 2, 3), "purchase", 2),
        ("H100", 0.99, date(2024, 5, 1), "rental_month", 3),
    ]
    assert env.rows("SELECT reason FROM rejected_records") == [("invalid price_kind: lease",)]

    undated = "price_feeds:\n  - name: undated\n    url: u.csv\n" + (
        '    fields: {model: m, price: p, currency: "=USD"}\n    price_kind: purchase\n'
    )
    env.prices(undated, **{"u.csv": b"m,p\nA100,3\n"})
    assert env.rows("SELECT observed_at FROM price_observations WHERE feed = 'undated'") == [
        (datetime(2025, 1, 2),)
    ]


def test_multi_price_columns_and_delimiter_and_skip_rows(env):
    csv = (
        "exported by some tool\n"
        "model;buy;od;ri1y\n"
        "A100;10000;;\n"
        "A100;;1.5;1.1\n"
        "H100;;;\n"  # no price in any column: one rejection
        "H100;;-1;2\n"  # one bad cell, one good
    )
    yaml_text = """
price_feeds:
  - name: multi
    url: multi.csv
    delimiter: ";"
    skip_rows: 1
    fields: {model: model, currency: "=USD"}
    prices:
      - {column: buy, price_kind: purchase}
      - {column: od, price_kind: rental_hour, term: on_demand}
      - {column: ri1y, price_kind: rental_hour, term: 1y}
"""
    result = env.prices(yaml_text, **{"multi.csv": csv.encode()})
    assert (result.rows_parsed, result.rows_rejected) == (4, 2)
    assert env.rows(
        "SELECT model_raw, price, price_kind, term FROM price_observations "
        "ORDER BY record_no, price"
    ) == [
        ("A100", 10000.0, "purchase", None),
        ("A100", 1.1, "rental_hour", "1y"),
        ("A100", 1.5, "rental_hour", "on_demand"),
        ("H100", 2.0, "rental_hour", "1y"),
    ]
    assert env.rows("SELECT record_no, reason FROM rejected_records ORDER BY record_no") == [
        (3, "price empty"),
        (4, "price not positive: -1"),
    ]


def test_unknown_models_are_null_and_counted(env):
    csv = b"model,price,currency,date\nA100,5,USD,2024-01-01\nZorg 9000,5,USD,2024-01-01\n"
    csv += b"NVIDIA,5,USD,2024-01-02\n"  # a vendor is not a priced model
    result = env.prices(SIMPLE, **{"prices.csv": csv})
    assert (result.rows_parsed, result.rows_unknown_model) == (3, 2)
    assert env.rows("SELECT rows_unknown_model FROM feed_fetches") == [(2,)]


XML = """
price_feeds:
  - name: xml_prices
    url: prices.xml
    format: xml
    records: items.item
    fields: {model: "@sku", price: price, currency: "$.currency", observed_at: "$.date"}
    price_kind: purchase
"""


def test_xml_errors_name_the_feed_and_the_problem(env):
    good = b'<feed currency="USD" date="2024-01-01"><items><item sku="A100"><price>5</price>'
    good += b"</item></items></feed>"
    text = XML.replace('"@sku"', "sku")
    assert env.prices(text, **{"prices.xml": good}).rows_parsed == 1
    with pytest.raises(FeedError, match=r"^feed xml_prices: invalid XML: mismatched tag"):
        env.prices(text, **{"prices.xml": b"<feed><items></feed>"})
    with pytest.raises(FeedError, match=r"records path 'items.item' not found in the XML"):
        env.prices(text, **{"prices.xml": b"<feed><rows/></feed>"})
    with pytest.raises(FeedError, match=r"'\$.' reference 'currency' not found in the XML"):
        env.prices(text, **{"prices.xml": b"<feed><items><item sku='x'/></items></feed>"})
    with pytest.raises(FeedError, match=r"^feed xml_prices: field '@sku' not found"):
        env.prices(XML, **{"prices.xml": good})


def test_file_urls_and_environment_paths(env, monkeypatch):
    data = b"model,price,currency,date\nA100,5,USD,2024-01-01\n"
    (env.root / "data").mkdir()
    (env.root / "data" / "p.csv").write_bytes(data)
    file_url = SIMPLE.replace("url: prices.csv", f"url: {(env.root / 'data' / 'p.csv').as_uri()}")
    assert env.prices(file_url).rows_parsed == 1
    monkeypatch.setenv("SUANLI_TEST_DATA", str(env.root / "data"))
    from_env = SIMPLE.replace("url: prices.csv", "url: ${SUANLI_TEST_DATA}/p.csv")
    result = env.prices(from_env, day=date(2025, 1, 3))
    assert result.rows_parsed == 1 and Path(result.landing_path).read_bytes() == data
    assert env.rows("SELECT url FROM feed_fetches WHERE partition_date = DATE '2025-01-03'") == [
        ("${SUANLI_TEST_DATA}/p.csv",)
    ]
    with pytest.raises(FeedError, match=r"^feed simple: cannot read .*missing.csv"):
        env.prices(SIMPLE.replace("url: prices.csv", "url: missing.csv"))


# --- line endings: Excel and Windows tools end lines with CRLF -----------------------------

CHANNEL = (
    "型号,价格,币种,日期,备注\n"
    'A100,"90,000",CNY,2023-06-01,"现货\n含税"\n'  # a quoted line break inside a field
    "H100,300000,CNY,2023-06-02,\n"
    "H100,-1,CNY,2023-06-03,\n"
)
CHANNEL_FEED = """
price_feeds:
  - name: channel
    url: channel.csv
    encoding: {encoding}
    fields: {{model: 型号, price: 价格, currency: 币种, observed_at: 日期, note: 备注}}
    price_kind: purchase
"""


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


@pytest.mark.parametrize(
    ("encoding", "bom", "configured"),
    [
        ("utf-8", b"", "auto"),
        ("utf-8", b"\xef\xbb\xbf", "auto"),  # Excel's "CSV UTF-8": a BOM and CRLF
        ("gbk", b"", "auto"),  # found to be GBK by the auto fallback
        ("gbk", b"", "gbk"),  # declared
    ],
)
def test_crlf_csv_loads_every_record_like_lf(env, encoding, bom, configured):
    yaml_text = CHANNEL_FEED.format(encoding=configured)
    loaded = {}
    for name, text in (("lf", CHANNEL), ("crlf", crlf(CHANNEL))):
        result = env.prices(yaml_text, **{"channel.csv": bom + text.encode(encoding)})
        assert (result.status, result.rows_parsed, result.rows_rejected) == ("ok", 2, 1), name
        loaded[name] = env.rows(
            "SELECT record_no, model, price, observed_on, replace(note, chr(13), '') "
            "FROM price_observations ORDER BY record_no"
        )
        assert env.rows("SELECT record_no, reason FROM rejected_records") == [
            (3, "price not positive: -1")
        ]
    assert (
        loaded["crlf"]
        == loaded["lf"]
        == [
            (1, "NVIDIA A100", 90000.0, date(2023, 6, 1), "现货\n含税"),
            (2, "NVIDIA H100", 300000.0, date(2023, 6, 2), None),
        ]
    )


def test_crlf_wide_fx_csv(env):
    wide = (
        "Date,USD,CNY,JPY,\r\n"  # the ECB file's trailing comma
        "2024-01-03,1.0919,7.8057,N/A,\r\n"
        "2024-01-02,1.0956,7.8264,155.47,\r\n"
    )
    yaml_text = """
fx_feeds:
  - name: ecb
    url: ecb.csv
    layout: wide
    base: EUR
    date_field: Date
    missing: ["N/A"]
"""
    result = env.fx(yaml_text, **{"ecb.csv": wide.encode()})
    assert (result.status, result.rows_parsed, result.rows_rejected) == ("ok", 5, 0)
    assert env.rows(
        "SELECT \"date\", quote, rate FROM fx_rates WHERE quote = 'CNY' ORDER BY 1"
    ) == [
        (date(2024, 1, 2), "CNY", 7.8264),
        (date(2024, 1, 3), "CNY", 7.8057),
    ]


def test_a_reader_that_loses_every_record_fails_the_feed(env, monkeypatch):
    """DuckDB 2.0.1's Python `read_csv` relation with strict_mode returns no rows for a CRLF
    file: a reader losing records like that must fail the feed, not load an ok fetch of 0 rows."""
    from suanli.feeds import parse

    def python_relation(con, path, feed):
        return con.read_csv(
            str(path), header=True, all_varchar=True, sep=feed.delimiter, strict_mode=True
        )

    monkeypatch.setattr(parse, "_csv_relation", python_relation)
    data = crlf("model,price,currency,date\nA100,5,USD,2024-01-01\n").encode()
    probe = env.root / "probe.csv"
    probe.write_bytes(data)
    # Still the reader bug this guards against (if DuckDB fixes it, find another way to lose rows).
    assert python_relation(env.con, probe, SimpleNamespace(delimiter=",")).fetchall() == []
    with pytest.raises(FeedError) as info:
        env.prices(SIMPLE, **{"prices.csv": data})
    assert str(info.value) == (
        "feed simple: the CSV reader returned no records although line 2 holds one "
        "(line endings or quoting not understood)"
    )
    (status, rows_parsed, landing) = env.rows(
        "SELECT status, rows_parsed, landing_path FROM feed_fetches"
    )[0]
    assert (status, rows_parsed) == ("failed", 0)
    assert Path(landing).read_bytes() == data


@pytest.mark.parametrize(
    "body",
    [
        b"model,price,currency,date\r\n",  # a header and nothing else
        b"model,price,currency,date\r\n\r\n\r\n",  # blank lines are not records
        b"\xef\xbb\xbfmodel,price,currency,date",  # no line end at all
    ],
)
def test_a_csv_without_records_is_an_empty_ok_fetch(env, body):
    result = env.prices(SIMPLE, **{"prices.csv": body})
    assert (result.status, result.rows_parsed, result.rows_rejected) == ("ok", 0, 0)


@pytest.mark.parametrize("repeat_share", [0.02, 0.9])  # few repeats; most keys repeat
def test_dedup_keeps_the_last_cell_of_every_key(env, repeat_share):
    """Against a plain Python reference: the last cell (record, then price column) of each key
    wins; empty regions are equal to each other; both price columns of a record take part."""
    rng = random.Random(7)
    lines, cells = ["model,region,date,buy,rent"], []
    for record_no in range(1, 3001):
        if cells and rng.random() < repeat_share:
            model, region, day = rng.choice(cells)[0]
        else:
            model, region, day = (
                rng.choice(["A100", "H100"]),
                rng.choice(["", "us", "eu"]),
                record_no,
            )
        buy, rent = rng.choice(["", str(record_no)]), rng.choice(["", f"{record_no}.5"])
        lines.append(
            f"{model},{region},{date(2020, 1, 1) + timedelta(days=day % 900)},{buy},{rent}"
        )
        for index, (price, kind) in enumerate(((buy, "purchase"), (rent, "rental_hour"))):
            if price:
                cells.append(((model, region, day % 900), kind, record_no, index, float(price)))
    expected = {}
    for (model, region, day), kind, record_no, _, price in cells:
        expected[(model, region or None, day, kind)] = (record_no, kind, price)
    yaml_text = """
price_feeds:
  - name: dedup
    url: dedup.csv
    fields: {model: model, region: region, observed_at: date, currency: "=USD"}
    prices:
      - {column: buy, price_kind: purchase}
      - {column: rent, price_kind: rental_hour}
"""
    body = ("\n".join(lines) + "\n").encode()
    result = env.prices(yaml_text, **{"dedup.csv": body})
    stored = env.rows("SELECT record_no, price_kind, price FROM price_observations ORDER BY ALL")
    assert stored == sorted(expected.values())
    assert result.rows_parsed == len(expected) < len(cells)
