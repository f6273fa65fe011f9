"""Security: identifiers validated, configuration never becomes SQL, secrets only from the
environment and never written anywhere (warehouse, landing tree, Dagster events, logs)."""

import logging
import socket
from datetime import date
from pathlib import Path

import dagster as dg
import duckdb
import pytest
import yaml
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from suanli.entities import EntityIndex
from suanli.feeds import FeedConfigError, build_session, ingest_price_feed, load_feed_config
from suanli.feeds.fetch import landing_name, stored_url
from tests.helpers import materialize_feeds, text_values

TOKEN = "tok-7f3a9c1e5b2d4a68"
API_KEY = "key-0d9e8f7a6b5c4d3e"
CSV = b"model,price,currency,date\nA100,9000,USD,2025-02-01\n"


def write_config(tmp_path: Path, entry: dict) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(yaml.safe_dump({"price_feeds": [entry]}, allow_unicode=True), "utf-8")
    return path


MINIMAL = {
    "name": "p",
    "url": "https://example.com/p.csv",
    "fields": {"model": "m", "price": "p", "currency": "=USD"},
    "price_kind": "purchase",
}


@pytest.mark.parametrize(
    "name", ["Prices", "1prices", "prices-cn", "prices;drop", "../etc", "价格", "p rices", ""]
)
def test_feed_names_must_be_identifiers(tmp_path, name):
    with pytest.raises(FeedConfigError, match=r"must match \^\[a-z\]\[a-z0-9_\]\*\$"):
        load_feed_config(write_config(tmp_path, {**MINIMAL, "name": name}))


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"headers": {"Authorization": "Bearer abc123"}}, "headers.Authorization: credentials"),
        ({"headers": {"X-API-Key": "abc123"}}, "headers.X-API-Key: credentials"),
        ({"headers": {"Private-Token": "abc123"}}, "headers.Private-Token: credentials"),
        ({"url": "https://example.com/p.csv?api_key=abc123"}, "'api_key' looks like a credential"),
        ({"url": "https://example.com/p.csv?access_token=x"}, "'access_token' looks like a"),
        ({"url": "https://user:pw@example.com/p.csv"}, "user and password in a url"),
        ({"url": "https://example.com/p.csv?key=${}"}, "must name an environment variable"),
        ({"headers": {"X-Token": "${lower-case}"}}, "must name an environment variable"),
    ],
)
def test_literal_credentials_are_refused(tmp_path, change, problem):
    with pytest.raises(FeedConfigError) as info:
        load_feed_config(write_config(tmp_path, {**MINIMAL, **change}))
    assert str(info.value).startswith("feed p: ") and problem in str(info.value)


def test_credentials_from_the_environment_are_accepted(tmp_path):
    entry = {
        **MINIMAL,
        "url": "https://${API_USER}:${API_PASSWORD}@example.com/p.csv?api_key=${API_KEY}&q=gpu",
        "headers": {"Authorization": "Bearer ${API_TOKEN}", "Accept": "text/csv"},
    }
    feed = load_feed_config(write_config(tmp_path, entry)).price_feeds[0]
    assert stored_url(feed.url) == "https://example.com/p.csv?q=gpu"


@pytest.mark.parametrize(
    ("template", "stored"),
    [
        ("https://h/p.csv?token=${T}&day=1#frag", "https://h/p.csv?day=1"),
        ("https://${U}@h/p.csv", "https://h/p.csv"),
        ("https://h/bot${T}/p.csv", "https://h/bot${T}/p.csv"),  # the variable's name only
        ("https://h/p.csv?signature=${S}&sig=${S}&region=cn", "https://h/p.csv?region=cn"),
        ("feeds/local.csv", "feeds/local.csv"),
    ],
)
def test_stored_urls_keep_no_credentials(template, stored):
    assert stored_url(template) == stored


@pytest.mark.parametrize(
    ("template", "name"),
    [
        ("https://h/a/prices.csv", "prices.csv"),
        ("https://h/a/..", "payload"),
        ("https://h/../../etc/passwd", "passwd"),
        ("https://h/${TOKEN}", "payload"),
        ("https://h/", "payload"),
        ("../../outside.csv", "outside.csv"),
        ("https://h/%2e%2e", "_2e_2e"),
    ],
)
def test_landing_file_names_cannot_escape_the_partition_directory(template, name):
    assert landing_name(template) == name


def test_configured_values_are_data_not_sql(tmp_path):
    """Column names, markers, formats and value maps shaped like SQL injections stay data."""
    column = 'model"); DROP TABLE price_observations; --'
    price = "price' OR '1'='1"
    header = '"' + column.replace('"', '""') + '",' + '"' + price + '",currency,when,region\n'
    body = header + (
        "A100,9000,USD,01/02/2025,x'); DROP TABLE fx_rates; --\n"
        "H100,'; DELETE FROM feed_fetches; --,USD,02/02/2025,cn\n"
        "H800,8000,USD,03/02/2025,cn\n"
    )
    (tmp_path / "evil.csv").write_text(body, encoding="utf-8")
    entry = {
        "name": "evil",
        "url": "evil.csv",
        "fields": {
            "model": column,
            "price": price,
            "currency": "currency",
            "observed_at": "when",
            "region": "region",
        },
        "price_kind": "purchase",
        "missing": ["it's n/a", "'; DROP TABLE rejected_records; --"],
        "date_format": "%d/%m/%Y",
        "value_map": {"region": {"x'); DROP TABLE fx_rates; --": "cn'; --"}},
    }
    feed = load_feed_config(write_config(tmp_path, entry)).price_feeds[0]
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    result = ingest_price_feed(
        con, feed, date(2025, 3, 1), tmp_path / "landing", build_session(), EntityIndex.load()
    )
    assert (result.rows_parsed, result.rows_rejected) == (2, 1)
    assert con.execute(
        "SELECT model_raw, price, observed_on, region FROM price_observations ORDER BY record_no"
    ).fetchall() == [
        ("A100", 9000.0, date(2025, 2, 1), "cn'; --"),
        ("H800", 8000.0, date(2025, 2, 3), "cn"),
    ]
    assert con.execute("SELECT reason FROM rejected_records").fetchall() == [
        ("price not numeric: '; DELETE FROM feed_fetches; --",)
    ]
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    assert {"price_observations", "fx_rates", "feed_fetches", "rejected_records"} <= tables
    assert con.execute("SELECT count(*) FROM feed_fetches").fetchone()[0] == 1
    con.close()


def _refused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_secrets_reach_the_server_and_nowhere_else(
    tmp_path, httpserver, monkeypatch, caplog, capfd, warehouse_path
):
    monkeypatch.setenv("SUANLI_TEST_TOKEN", TOKEN)
    monkeypatch.setenv("SUANLI_TEST_KEY", API_KEY)
    received = []

    def handler(request: Request) -> Response:
        received.append((request.headers.get("Authorization"), request.args.get("api_key")))
        if received[-1] != (f"Bearer {TOKEN}", API_KEY):
            return Response("denied", status=401)
        return Response(CSV)

    httpserver.expect_request("/private.csv").respond_with_handler(handler)
    httpserver.expect_request("/denied.csv").respond_with_data("denied", status=401)
    port = httpserver.port
    refused = _refused_port()
    config = f"""
price_feeds:
  - name: private_prices
    url: http://127.0.0.1:{port}/private.csv?api_key=${{SUANLI_TEST_KEY}}&region=cn
    headers: {{Authorization: "Bearer ${{SUANLI_TEST_TOKEN}}"}}
    fields: {{model: model, price: price, currency: currency, observed_at: date}}
    price_kind: purchase
  - name: private_refused
    url: http://127.0.0.1:{refused}/v1/${{SUANLI_TEST_KEY}}/p.csv?token=${{SUANLI_TEST_KEY}}
    headers: {{X-Api-Key: "${{SUANLI_TEST_TOKEN}}"}}
    retries: 1
    retry_backoff: 0
    fields: {{model: model, price: price, currency: currency, observed_at: date}}
    price_kind: purchase
  - name: private_denied
    url: http://127.0.0.1:{port}/denied.csv?api_key=${{SUANLI_TEST_KEY}}
    headers: {{Authorization: "Bearer ${{SUANLI_TEST_TOKEN}}"}}
    fields: {{model: model, price: price, currency: currency, observed_at: date}}
    price_kind: purchase
"""
    feeds_file = tmp_path / "feeds.yaml"
    feeds_file.write_text(config, encoding="utf-8")
    caplog.set_level(logging.DEBUG)
    dagster_dir = tmp_path / "dagster"
    assets, result, events = materialize_feeds(
        feeds_file, warehouse_path, dagster_dir, "2025-03-01"
    )
    definitions = [repr(spec) for asset in assets for spec in asset.specs_by_key.values()]
    failed = {
        e.step_key: e.step_failure_data.user_failure_data.description
        for e in result.all_events
        if e.event_type == dg.DagsterEventType.STEP_FAILURE
    }
    # The secrets were really used: the server saw them, and the good feed loaded.
    assert (f"Bearer {TOKEN}", API_KEY) in received
    assert set(failed) == {"feeds__private_refused", "feeds__private_denied"}
    assert failed["feeds__private_denied"] == "feed private_denied: HTTP 401 UNAUTHORIZED"
    assert failed["feeds__private_refused"].startswith("feed private_refused: request failed:")
    assert "***" in failed["feeds__private_refused"]  # the url in the error, scrubbed

    con = duckdb.connect(str(warehouse_path))
    assert con.execute("SELECT feed, url FROM feed_fetches ORDER BY feed").fetchall() == [
        ("private_denied", f"http://127.0.0.1:{port}/denied.csv"),
        ("private_prices", f"http://127.0.0.1:{port}/private.csv?region=cn"),
        ("private_refused", f"http://127.0.0.1:{refused}/v1/${{SUANLI_TEST_KEY}}/p.csv"),
    ]
    assert con.execute("SELECT count(*) FROM price_observations").fetchone()[0] == 1
    texts = text_values(con)
    con.execute("CHECKPOINT")
    con.close()

    landing = warehouse_path.parent / "landing"
    landed_paths = [str(p) for p in landing.rglob("*")]
    landed_bytes = [p.read_bytes() for p in landing.rglob("*") if p.is_file()]
    assert any(p.endswith("private.csv") for p in landed_paths)
    warehouse_bytes = [p.read_bytes() for p in warehouse_path.parent.glob("warehouse.duckdb*")]
    dagster_bytes = [p.read_bytes() for p in dagster_dir.rglob("*") if p.is_file()]
    # The test server's own access log (werkzeug) legitimately shows what it received.
    logs = "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith("werkzeug"))
    captured = capfd.readouterr()
    output = "\n".join(
        line
        for line in (captured.out + captured.err).splitlines()
        if not line.startswith("127.0.0.1 - - [")
    )
    for secret in (TOKEN, API_KEY):
        assert not any(secret in t for t in texts), "secret in a warehouse value"
        assert not any(secret.encode() in b for b in warehouse_bytes), "secret in the database"
        assert not any(secret in p for p in landed_paths), "secret in a landing path"
        assert not any(secret.encode() in b for b in landed_bytes), "secret in landed bytes"
        assert not any(secret in e for e in events), "secret in the Dagster event log"
        assert not any(secret in d for d in definitions), "secret in asset definitions"
        assert not any(secret.encode() in b for b in dagster_bytes), "secret in Dagster storage"
        assert secret not in logs, "secret in Python logs"
        assert secret not in output, "secret on stdout/stderr"
    # urllib3 did log the requests (with the query string), scrubbed.
    assert "/private.csv?api_key=***" in logs


@pytest.fixture
def other_host():
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()


def test_credential_headers_do_not_follow_a_redirect_to_another_host(
    tmp_path, httpserver, other_host, monkeypatch
):
    monkeypatch.setenv("SUANLI_TEST_TOKEN", TOKEN)
    target = other_host.url_for("/mirror.csv")
    httpserver.expect_request("/moved.csv").respond_with_data(
        "", status=302, headers={"Location": target}
    )
    other_host.expect_request("/mirror.csv").respond_with_data(CSV)
    entry = {
        **MINIMAL,
        "url": httpserver.url_for("/moved.csv"),
        "headers": {"X-API-Key": "${SUANLI_TEST_TOKEN}", "Authorization": "${SUANLI_TEST_TOKEN}"},
        "fields": {"model": "model", "price": "price", "currency": "currency"},
    }
    feed = load_feed_config(write_config(tmp_path, entry)).price_feeds[0]
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    result = ingest_price_feed(
        con, feed, date(2025, 3, 1), tmp_path / "landing", build_session(), EntityIndex.load()
    )
    assert result.rows_parsed == 1
    (first, _), ((second, _),) = httpserver.log[0], other_host.log
    assert first.headers.get("X-API-Key") == TOKEN  # the configured host got it
    assert second.headers.get("X-API-Key") is None
    assert second.headers.get("Authorization") is None
    con.close()
