"""Fetching feeds over real HTTP on 127.0.0.1: retries, broken bodies, 304s and bad payloads.

pytest-httpserver answers the well-formed cases; a raw socket server scripts what a library
server will not do (stall, reset the connection mid-body, send fewer bytes than announced).
"""

import hashlib
import json
import socket
import struct
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from urllib.parse import quote

import duckdb
import pytest
from werkzeug import Request, Response

from suanli.entities import EntityIndex
from suanli.feeds import FeedError, build_session, ingest_price_feed, load_feed_config
from suanli.feeds.fetch import expand_url_env

DAY = date(2025, 3, 1)
NEXT_DAY = date(2025, 3, 2)
CSV = b"model,price,currency,date\nA100,9000,USD,2025-02-01\nH100,25000,USD,2025-02-02\n"
FEED = """
price_feeds:
  - name: remote
    url: {url}
    timeout: {timeout}
    fields: {{model: model, price: price, currency: currency, observed_at: date}}
    price_kind: purchase
"""


class FeedEnv:
    def __init__(self, root: Path):
        self.root = root
        self.con = duckdb.connect(str(root / "warehouse.duckdb"))
        self.landing = root / "landing"
        self.session = build_session(backoff_factor=0.01)
        self.entities = EntityIndex.load()

    def ingest(self, url: str, day: date = DAY, timeout: float = 5, text: str = FEED):
        path = self.root / "feeds.yaml"
        path.write_text(text.format(url=url, timeout=timeout), encoding="utf-8")
        feed = load_feed_config(path).price_feeds[0]
        return ingest_price_feed(self.con, feed, day, self.landing, self.session, self.entities)

    def fetches(self):
        return self.con.execute(
            "SELECT partition_date, status, http_status, bytes, sha256, landing_path, error, "
            "rows_parsed, rows_new FROM feed_fetches ORDER BY partition_date"
        ).fetchall()

    def count(self, table: str) -> int:
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def env(tmp_path):
    feed_env = FeedEnv(tmp_path)
    yield feed_env
    feed_env.con.close()


class RawServer:
    """A socket server on 127.0.0.1 running `script(attempt, connection)` per connection, each
    connection in its own thread (a stalled one must not hold up the retries)."""

    def __init__(self, script: Callable[[int, socket.socket], None]):
        self.script = script
        self.attempts = 0
        self.lock = threading.Lock()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}/remote.csv"
        self.stopped = threading.Event()
        self.threads = [threading.Thread(target=self._serve, daemon=True)]
        self.threads[0].start()

    def _serve(self):
        while not self.stopped.is_set():
            try:
                connection, _ = self.listener.accept()
            except TimeoutError:
                continue
            with self.lock:
                self.attempts += 1
                attempt = self.attempts
            worker = threading.Thread(target=self._handle, args=(attempt, connection), daemon=True)
            self.threads.append(worker)
            worker.start()

    def _handle(self, attempt: int, connection: socket.socket):
        with connection:
            connection.settimeout(5)
            _read_request(connection)
            try:
                self.script(attempt, connection)
            except OSError:
                pass

    def close(self):
        self.stopped.set()
        for thread in self.threads:
            thread.join()
        self.listener.close()


def _read_request(connection: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(4096)
        if not chunk:
            break
        data += chunk
    return data


def _headers(length: int) -> bytes:
    return (
        f"HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: {length}\r\n"
        "Connection: close\r\n\r\n"
    ).encode()


def _reset(connection: socket.socket) -> None:
    """Close with RST instead of FIN, as a crashed peer or middlebox does."""
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


@pytest.fixture
def raw_server():
    servers = []

    def start(script):
        server = RawServer(script)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


def test_timeout_fails_the_feed_after_retries(env, raw_server):
    stall = threading.Event()
    server = raw_server(lambda attempt, conn: stall.wait(3))
    with pytest.raises(FeedError) as info:
        env.ingest(server.url, timeout=0.3)
    stall.set()
    message = str(info.value)
    assert message.startswith("feed remote: request failed:")
    assert "timed out" in message.lower()
    assert server.attempts == 5  # the first try and urllib3's four read retries
    ((day, status, http_status, *_rest),) = env.fetches()
    assert (day, status, http_status) == (DAY, "failed", None)
    assert env.count("price_observations") == 0


def test_server_error_then_success_is_retried(env, httpserver):
    httpserver.expect_ordered_request("/remote.csv").respond_with_data("oops", status=500)
    httpserver.expect_ordered_request("/remote.csv").respond_with_data("busy", status=503)
    httpserver.expect_ordered_request("/remote.csv").respond_with_data(CSV)
    result = env.ingest(httpserver.url_for("/remote.csv"))
    assert (result.status, result.http_status, result.rows_parsed) == ("ok", 200, 2)
    assert len(httpserver.log) == 3
    httpserver.check_assertions()


def test_persistent_server_error_fails_with_the_status(env, httpserver):
    httpserver.expect_request("/remote.csv").respond_with_data("down", status=500)
    with pytest.raises(
        FeedError, match=r"^feed remote: HTTP 500 INTERNAL SERVER ERROR after 5 att"
    ):
        env.ingest(httpserver.url_for("/remote.csv"))
    assert len(httpserver.log) == 5
    assert env.fetches()[0][1] == "failed"


def test_not_found_is_not_retried(env, httpserver):
    httpserver.expect_request("/remote.csv").respond_with_data("no", status=404)
    with pytest.raises(FeedError, match=r"^feed remote: HTTP 404 NOT FOUND$"):
        env.ingest(httpserver.url_for("/remote.csv"))
    assert len(httpserver.log) == 1
    assert env.fetches()[0][2] == 404


def test_429_waits_for_retry_after(env, httpserver):
    arrivals = []

    def handler(request: Request) -> Response:
        arrivals.append(time.monotonic())
        if len(arrivals) == 1:
            return Response("slow down", status=429, headers={"Retry-After": "1"})
        return Response(CSV, content_type="text/csv")

    httpserver.expect_request("/remote.csv").respond_with_handler(handler)
    result = env.ingest(httpserver.url_for("/remote.csv"))
    assert (result.status, result.rows_parsed) == ("ok", 2)
    assert len(arrivals) == 2
    # Honouring the header means the retry cannot come sooner than the server asked
    # (a protocol lower bound, not a performance measurement).
    assert arrivals[1] - arrivals[0] >= 0.95


def test_connection_reset_mid_body_is_retried(env, raw_server):
    def script(attempt, conn):
        if attempt == 1:
            conn.sendall(_headers(len(CSV)) + CSV[:30])
            _reset(conn)
        else:
            conn.sendall(_headers(len(CSV)) + CSV)

    server = raw_server(script)
    result = env.ingest(server.url)
    assert (result.status, result.rows_parsed, server.attempts) == ("ok", 2, 2)
    assert Path(result.landing_path).read_bytes() == CSV
    assert result.sha256 == hashlib.sha256(CSV).hexdigest()


def test_stalled_body_is_retried_then_fails_keeping_the_bytes_received(env, raw_server):
    release = threading.Event()

    def script(attempt, conn):
        conn.sendall(_headers(len(CSV)) + CSV[:25])
        release.wait(2)

    server = raw_server(script)
    with pytest.raises(FeedError, match=r"^feed remote: body read failed after 4 attempts"):
        env.ingest(server.url, timeout=0.3)
    release.set()
    assert server.attempts == 4
    (_, status, http_status, size, sha, landing, error, *_) = env.fetches()[0]
    assert (status, http_status, size) == ("failed", 200, 25)
    assert Path(landing).read_bytes() == CSV[:25]
    assert sha == hashlib.sha256(CSV[:25]).hexdigest()
    assert landing.endswith(".partial")
    assert env.count("price_observations") == 0


def test_truncated_body_is_detected_not_parsed(env, raw_server):
    """Fewer bytes than Content-Length, then a clean close: every attempt is short."""
    short = CSV[: len(CSV) - 20]
    server = raw_server(lambda attempt, conn: conn.sendall(_headers(len(CSV)) + short))
    with pytest.raises(FeedError) as info:
        env.ingest(server.url)
    assert "body read failed after 4 attempts" in str(info.value)
    assert f"{len(short)} bytes read, 20 more expected" in str(info.value)
    (_, status, _, size, _, landing, *_) = env.fetches()[0]
    assert (status, size) == ("failed", len(short))
    assert Path(landing).read_bytes() == short
    assert env.count("price_observations") == 0 and env.count("rejected_records") == 0


def test_truncated_body_fails_alone_and_keeps_earlier_partitions(env, httpserver, raw_server):
    httpserver.expect_request("/remote.csv").respond_with_data(CSV)
    env.ingest(httpserver.url_for("/remote.csv"), day=DAY)
    server = raw_server(lambda attempt, conn: conn.sendall(_headers(len(CSV) + 10) + CSV))
    with pytest.raises(FeedError):
        env.ingest(server.url, day=NEXT_DAY)
    assert [(r[0], r[1]) for r in env.fetches()] == [(DAY, "ok"), (NEXT_DAY, "failed")]
    assert env.count("price_observations") == 2


def test_not_modified_with_etag_neither_loses_nor_duplicates(env, httpserver):
    etag = '"v1"'
    seen = []

    def handler(request: Request) -> Response:
        seen.append(request.headers.get("If-None-Match"))
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        return Response(CSV, content_type="text/csv", headers={"ETag": etag})

    httpserver.expect_request("/remote.csv").respond_with_handler(handler)
    url = httpserver.url_for("/remote.csv")
    first = env.ingest(url, day=DAY)
    observations = env.con.execute(
        "SELECT partition_date, model_raw, price, observed_on FROM price_observations ORDER BY 2"
    ).fetchall()
    second = env.ingest(url, day=NEXT_DAY)
    assert seen == [None, etag]
    assert (first.status, first.http_status) == ("ok", 200)
    assert (second.status, second.http_status) == ("not_modified", 304)
    assert (second.rows_parsed, second.rows_new, second.sha256) == (2, 0, first.sha256)
    # Nothing lost, nothing duplicated: the observations are exactly those of the first fetch.
    assert (
        env.con.execute(
            "SELECT partition_date, model_raw, price, observed_on FROM price_observations "
            "ORDER BY 2"
        ).fetchall()
        == observations
    )
    # The unchanged bytes are landed under the new partition too, so it stays rebuildable.
    landed = Path(second.landing_path)
    assert NEXT_DAY.isoformat() in landed.parts and landed.read_bytes() == CSV
    # A rerun of the 304 day is idempotent.
    again = env.ingest(url, day=NEXT_DAY)
    assert again.status == "not_modified"
    assert [(r[0], r[1], r[7], r[8]) for r in env.fetches()] == [
        (DAY, "ok", 2, 2),
        (NEXT_DAY, "not_modified", 2, 0),
    ]
    assert env.count("price_observations") == 2


def test_not_modified_by_last_modified(env, httpserver):
    stamp = "Sat, 01 Mar 2025 06:00:00 GMT"

    def handler(request: Request) -> Response:
        if request.headers.get("If-Modified-Since") == stamp:
            return Response(status=304)
        return Response(CSV, headers={"Last-Modified": stamp})

    httpserver.expect_request("/remote.csv").respond_with_handler(handler)
    env.ingest(httpserver.url_for("/remote.csv"), day=DAY)
    result = env.ingest(httpserver.url_for("/remote.csv"), day=NEXT_DAY)
    assert (result.status, result.rows_new) == ("not_modified", 0)
    assert env.con.execute("SELECT last_modified FROM feed_fetches").fetchall() == [(stamp,)] * 2


def test_304_without_a_previous_fetch_fails(env, httpserver):
    httpserver.expect_request("/remote.csv").respond_with_data("", status=304)
    with pytest.raises(FeedError, match="HTTP 304 without a previous fetch to reuse"):
        env.ingest(httpserver.url_for("/remote.csv"))


def test_changed_content_after_an_etag_is_loaded(env, httpserver):
    versions = iter([(CSV, '"v1"'), (CSV + b"A800,12000,USD,2025-03-02\n", '"v2"')])

    def handler(request: Request) -> Response:
        body, etag = next(versions)
        return Response(body, headers={"ETag": etag})

    httpserver.expect_request("/remote.csv").respond_with_handler(handler)
    env.ingest(httpserver.url_for("/remote.csv"), day=DAY)
    result = env.ingest(httpserver.url_for("/remote.csv"), day=NEXT_DAY)
    assert (result.status, result.rows_parsed, result.rows_new) == ("ok", 3, 1)
    assert env.con.execute(
        "SELECT partition_date, model_raw FROM price_observations ORDER BY record_no"
    ).fetchall() == [(DAY, "A100"), (DAY, "H100"), (NEXT_DAY, "A800")]


# --- payload problems, served over HTTP --------------------------------------------------------


def serve(httpserver, body: bytes, path: str = "/remote.csv") -> str:
    httpserver.expect_request(path).respond_with_data(body)
    return httpserver.url_for(path)


def test_invalid_csv_fails_and_keeps_the_raw_bytes(env, httpserver):
    body = b'model,price,currency,date\nA100,"9000,USD,2025-02-01\nH100,1,2,3,4,5\n'
    with pytest.raises(FeedError, match=r"^feed remote: invalid CSV: "):
        env.ingest(serve(httpserver, body))
    (_, status, http_status, size, sha, landing, error, *_) = env.fetches()[0]
    assert (status, http_status, size) == ("failed", 200, len(body))
    assert Path(landing).read_bytes() == body and sha == hashlib.sha256(body).hexdigest()
    assert error.startswith("feed remote: invalid CSV")


@pytest.mark.parametrize("records", [2, 60_000])  # footnote inside / beyond the sniffed sample
def test_a_footnote_under_the_table_fails_naming_the_line_and_the_remedy(env, httpserver, records):
    rows = b"".join(b"A100,%d,USD,2025-02-01\n" % (9000 + i) for i in range(records))
    body = b"model,price,currency,date\n" + rows + b"\nSource: Example Research, 2025.\n"
    line = records + 3
    with pytest.raises(FeedError) as info:
        env.ingest(serve(httpserver, body))
    assert str(info.value) == (
        f"feed remote: invalid CSV: line {line} has 2 cells where the header has 4 "
        "('Source: Example Research, 2025.'); a note under the table? `short_rows: reject` "
        "keeps such lines as rejected records"
    )
    assert Path(env.fetches()[0][5]).read_bytes() == body


def test_html_error_page_served_as_csv_is_schema_drift(env, httpserver):
    body = b"<html><body><h1>Service temporarily unavailable</h1></body></html>\n"
    with pytest.raises(FeedError, match=r"^feed remote: column 'model' not found"):
        env.ingest(serve(httpserver, body))


def test_schema_drift_names_the_feed_and_the_column(env, httpserver):
    body = b"gpu,price,currency,date\nA100,9000,USD,2025-02-01\n"
    with pytest.raises(FeedError) as info:
        env.ingest(serve(httpserver, body))
    assert str(info.value) == (
        "feed remote: column 'model' not found (columns: gpu, price, currency, date)"
    )
    assert Path(env.fetches()[0][5]).read_bytes() == body


JSON_FEED = """
price_feeds:
  - name: remote
    url: {url}
    timeout: {timeout}
    format: json
    records: data.items
    fields: {{model: gpu, price: usd, currency: "=USD"}}
    price_kind: rental_hour
"""


@pytest.mark.parametrize(
    ("document", "problem"),
    [
        ({"data": {"rows": []}}, "records path 'data.items' not found in the JSON document"),
        ({"data": {"items": "soon"}}, "records 'data.items' is str, expected a list or an object"),
        ({"data": {"items": [{"gpu": "A100", "usd": 1}, 7]}}, "item 1 is int, expected an object"),
        ([{"gpu": "A100", "usd": 1}], "records path 'data.items' not found"),
        (
            {"data": {"items": [["gpu", "usd"], ["A100", 1, "extra"]]}},
            "records 'data.items': row 0 has 3 values for 2 columns",
        ),
        (
            {"data": {"items": [["gpu", "usd"], {"gpu": "A100", "usd": 1}]}},
            "item 1 is dict, expected an array (rows given as arrays)",
        ),
        (
            {"data": {"items": [[["gpu"], "usd"], ["A100", 1]]}},
            "column name ['gpu'] is neither text nor an object with a name",
        ),
    ],
)
def test_json_whose_shape_is_not_what_records_says(env, httpserver, document, problem):
    url = serve(httpserver, json.dumps(document).encode(), "/remote.json")
    with pytest.raises(FeedError) as info:
        env.ingest(url, text=JSON_FEED)
    assert str(info.value).startswith("feed remote: ") and problem in str(info.value)
    assert Path(env.fetches()[0][5]).read_bytes() == json.dumps(document).encode()


def test_json_records_missing_a_mapped_field(env, httpserver):
    document = {"data": {"items": [{"gpu": "A100", "price_usd": 1.2}]}}
    url = serve(httpserver, json.dumps(document).encode(), "/remote.json")
    with pytest.raises(FeedError, match=r"^feed remote: field 'usd' not found \(fields: gpu, pr"):
        env.ingest(url, text=JSON_FEED)


def test_gbk_csv_with_chinese_headers_over_http(env, httpserver):
    body = (
        '型号,价格(元),币种,日期\n英伟达 A800,"83,000",人民币,2023年6月\nH800,9万,CNY,2023/10/20\n'
    )
    text = """
price_feeds:
  - name: remote
    url: {url}
    timeout: {timeout}
    fields: {{model: 型号, price: 价格(元), currency: 币种, observed_at: 日期}}
    price_kind: purchase
"""
    # Served with a misleading charset: the bytes decide, not the header.
    httpserver.expect_request("/cn.csv").respond_with_data(
        body.encode("gbk"), content_type="text/csv; charset=utf-8"
    )
    result = env.ingest(httpserver.url_for("/cn.csv"), text=text)
    assert (result.rows_parsed, result.rows_rejected, result.rows_unknown_model) == (2, 0, 0)
    assert env.con.execute(
        "SELECT model_raw, model, price, currency, observed_on FROM price_observations "
        "ORDER BY price"
    ).fetchall() == [
        ("英伟达 A800", "NVIDIA A800", 83000.0, "CNY", date(2023, 6, 1)),
        ("H800", "NVIDIA H800", 90000.0, "CNY", date(2023, 10, 20)),
    ]


def test_bad_prices_and_unknown_currency_are_rejected_and_counted(env, httpserver):
    body = (
        b"model,price,currency,date\n"
        b"A100,-1,USD,2025-01-01\n"
        b"A100,0,USD,2025-01-02\n"
        b"A100,NaN,USD,2025-01-03\n"
        b"A100,call us,USD,2025-01-04\n"
        b"A100,1000,ZZZ,2025-01-05\n"
        b"A100,1000,USD,2025-01-06\n"
    )
    result = env.ingest(serve(httpserver, body))
    assert (result.status, result.rows_parsed, result.rows_rejected) == ("ok", 1, 5)
    assert env.con.execute(
        "SELECT record_no, reason FROM rejected_records ORDER BY record_no"
    ).fetchall() == [
        (1, "price not positive: -1"),
        (2, "price not positive: 0"),
        (3, "price is NaN"),
        (4, "price not numeric: call us"),
        (5, "unknown currency: ZZZ"),
    ]
    assert env.con.execute("SELECT rows_rejected FROM feed_fetches").fetchone() == (5,)


def test_an_empty_body_fails_clearly(env, httpserver):
    with pytest.raises(FeedError, match=r"^feed remote: the landed file is empty \(0 bytes\)$"):
        env.ingest(serve(httpserver, b""))
    assert env.fetches()[0][1:4] == ("failed", 200, 0)


GBK_CRLF = (
    "型号,价格,币种,日期\r\n英伟达 A100,9000,美元,2025年2月1日\r\nH100,25000,USD,2025/2/2\r\n"
).encode("gbk")


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (CSV.replace(b"\n", b"\r\n"), "text/csv"),
        (b"\xef\xbb\xbf" + CSV.replace(b"\n", b"\r\n"), "text/csv; charset=utf-8"),
        # GBK with Chinese headers and CRLF, as a Windows tool in China exports it.
        (GBK_CRLF, "text/csv"),
    ],
    ids=["crlf", "bom-crlf", "gbk-crlf"],
)
def test_crlf_csv_over_http_loads_every_record(env, httpserver, body, content_type):
    text = FEED
    if body == GBK_CRLF:
        text = FEED.replace(
            "{{model: model, price: price, currency: currency, observed_at: date}}",
            "{{model: 型号, price: 价格, currency: 币种, observed_at: 日期}}",
        )
    httpserver.expect_request("/remote.csv").respond_with_data(body, content_type=content_type)
    result = env.ingest(httpserver.url_for("/remote.csv"), text=text)
    assert (result.status, result.rows_parsed, result.rows_rejected) == ("ok", 2, 0)
    assert env.con.execute(
        "SELECT record_no, model, price, currency, observed_on FROM price_observations "
        "ORDER BY record_no"
    ).fetchall() == [
        (1, "NVIDIA A100", 9000.0, "USD", date(2025, 2, 1)),
        (2, "NVIDIA H100", 25000.0, "USD", date(2025, 2, 2)),
    ]
    assert Path(result.landing_path).read_bytes() == body  # landed raw, line ends untouched


# A secret spelled with every character that would otherwise end or split a url component.
AWKWARD_SECRET = "k&y=1#frag/p@th ?+%é"


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("https://h/p?key=${SUANLI_T_SECRET}&x=1", "https://h/p?key={q}&x=1"),
        ("https://h/api/${SUANLI_T_SECRET}/prices.csv", "https://h/api/{q}/prices.csv"),
        ("https://h/p.csv#${SUANLI_T_SECRET}", "https://h/p.csv#{q}"),
        ("https://u:${SUANLI_T_SECRET}@h/p.csv", "https://u:{q}@h/p.csv"),
        # A host or a local path is placed as written.
        ("https://${SUANLI_T_HOST}/p.csv", "https://prices.example:8443/p.csv"),
        ("${SUANLI_T_DIR}/p.csv", "/data/feeds/p.csv"),
        ("file://${SUANLI_T_DIR}/p.csv", "file:///data/feeds/p.csv"),
    ],
)
def test_a_url_secret_is_percent_encoded_where_it_is_one_component(monkeypatch, template, expected):
    monkeypatch.setenv("SUANLI_T_SECRET", AWKWARD_SECRET)
    monkeypatch.setenv("SUANLI_T_HOST", "prices.example:8443")
    monkeypatch.setenv("SUANLI_T_DIR", "/data/feeds")
    assert expand_url_env(template, "t") == expected.format(q=quote(AWKWARD_SECRET, safe=""))


def test_the_server_receives_a_query_secret_whole(env, httpserver, monkeypatch):
    monkeypatch.setenv("SUANLI_T_SECRET", AWKWARD_SECRET)
    httpserver.expect_request("/remote.csv").respond_with_data(CSV)
    result = env.ingest(httpserver.url_for("/remote.csv") + "?key=${SUANLI_T_SECRET}&v=2")
    assert result.status == "ok"
    (request, _response) = httpserver.log[0]
    assert request.args.to_dict() == {"key": AWKWARD_SECRET, "v": "2"}
    assert AWKWARD_SECRET not in str(env.fetches())
