"""`suanli feeds`: check the feeds YAML, and try one feed before it joins the daily run, in a
subprocess against a real HTTP server; the warehouse is never touched."""

import csv

from suanli.feeds import load_feed_config
from suanli.paths import SEEDS_DIR

TRIAL_FEEDS = """
price_feeds:
  - name: rental_quotes
    url: {url}
    fields: {{model: gpu, price: usd_per_hour, currency: "=USD", observed_at: day}}
    price_kind: rental_hour
fx_feeds:
  - name: ecb_reference_rates
    url: {ecb}
    layout: wide
    base: EUR
    date_field: Date
    missing: ["N/A"]
"""
QUOTES = (
    b"gpu,usd_per_hour,day\n"
    b"H100 SXM,2.49,2025-03-01\n"
    b"A100 80GB,call us,2025-03-01\n"
    b"Zeta-9000,1.10,2025-03-01\n"
)


def ecb_rate(day: str, quote: str) -> float:
    with (SEEDS_DIR / "feeds" / "eurofxref-hist.csv").open(encoding="utf-8") as stream:
        return next(float(row[quote]) for row in csv.DictReader(stream) if row["Date"] == day)


def write_feeds(tmp_path, monkeypatch, url: str) -> None:
    ecb = SEEDS_DIR / "feeds" / "eurofxref-hist.csv"
    path = tmp_path / "feeds.yaml"
    path.write_text(TRIAL_FEEDS.format(url=url, ecb=ecb), encoding="utf-8")
    monkeypatch.setenv("SUANLI_FEEDS", str(path))
    # The ECB file lies outside this YAML's directory: name its directory as a feed root.
    monkeypatch.setenv("SUANLI_FEED_ROOTS", str(ecb.parent))


def test_feeds_lists_the_default_configuration(cli):
    result = cli("feeds")
    assert result.returncode == 0, result.stderr
    assert "configuration valid" in result.stdout
    for feed in load_feed_config().by_name.values():
        assert feed.name in result.stdout


def test_trying_a_feed_shows_rows_rejects_and_unknown_models_and_writes_nothing(
    cli, tmp_path, monkeypatch, httpserver, warehouse_path
):
    httpserver.expect_request("/quotes.csv").respond_with_data(QUOTES)
    write_feeds(tmp_path, monkeypatch, httpserver.url_for("/quotes.csv"))

    result = cli("feeds", "--try", "rental_quotes", "--date", "2025-03-02")

    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "feed rental_quotes (price) for 2025-03-02: ok, " in out
    assert "2 rows parsed, 1 rejected, 1 with an unknown model" in out
    assert "NVIDIA H100" in out and "2.49" in out
    assert "price not numeric: call us" in out
    assert "Zeta-9000" in out.split("models not in seeds/reference/entities.yaml")[1]
    # Converted with the configured FX feed, loaded first: 2025-03-01 is a Saturday, so the
    # ECB rates of Friday 2025-02-28 apply.
    h100 = next(line for line in out.splitlines() if "NVIDIA H100" in line)
    usd_cny = ecb_rate("2025-02-28", "CNY") / ecb_rate("2025-02-28", "USD")
    assert f"{round(2.49 * usd_cny, 2)}" in h100
    assert not warehouse_path.exists()
    assert not (warehouse_path.parent / "landing").exists()


def test_a_failing_feed_is_reported_with_its_reason(cli, tmp_path, monkeypatch, httpserver):
    httpserver.expect_request("/quotes.csv").respond_with_data("gone", status=404)
    write_feeds(tmp_path, monkeypatch, httpserver.url_for("/quotes.csv"))

    result = cli("feeds", "--try", "rental_quotes")

    assert result.returncode == 1
    assert "FAILED feed rental_quotes: HTTP 404 NOT FOUND" in result.stdout


def test_an_unknown_feed_or_a_bad_configuration_is_named(cli, tmp_path, monkeypatch):
    write_feeds(tmp_path, monkeypatch, "quotes.csv")
    unknown = cli("feeds", "--try", "rental")
    assert unknown.returncode == 1
    assert "no feed named 'rental'" in unknown.stderr and "rental_quotes" in unknown.stderr

    path = tmp_path / "feeds.yaml"
    path.write_text(path.read_text().replace("layout: wide", "layout: tall"), encoding="utf-8")
    invalid = cli("feeds")
    assert invalid.returncode == 1
    assert "ecb_reference_rates" in invalid.stderr and "layout" in invalid.stderr
