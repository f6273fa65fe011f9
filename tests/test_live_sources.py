"""The live configuration end to end: seeds/feeds.live.yaml served from 127.0.0.1 through
SUANLI_URL_REWRITE, in exactly the formats its publishers use, over real `suanli run`s.

Day 1 lands every source; day 2 adds only what is new; an RSS item stating a GPU price becomes an
article, facts and rows in gpu_price_inflation and claims_vs_feeds; an unreachable source fails
only its own asset while every other asset, the marts included, is built from what landed."""

import csv
import io
import json
import os
import re
import shutil
import socket
import zipfile
from datetime import date
from pathlib import Path

import dagster as dg
import duckdb
import pytest
import yaml

from tests.conftest import PROJECT_ROOT, run_cli
from tests.helpers import rss
from tests.loopback import Loopback, Route, start, stop

SEEDS = PROJECT_ROOT / "seeds"
LIVE = SEEDS / "feeds.live.yaml"
DAY1, DAY2, DAY3 = "2025-05-09", "2025-05-10", "2025-05-11"
ORIGINS = {
    "https://www.ecb.europa.eu/": "/ecb/",
    "https://raw.githubusercontent.com/": "/gh/",
    "https://console.vast.ai/": "/vast/",
    "https://www.ithome.com/": "/ithome/",
    "https://36kr.com/": "/36kr/",
    "https://www.nextplatform.com/": "/nextplatform/",
    "https://www.theregister.com/": "/register/",
}
H100_CLAIM = "据渠道商透露，英伟达H100的价格在三个月内从20万元涨至25万元。"


CONTEXT = {
    "zh": "业内人士认为，大模型训练与推理需求仍在快速增长，"
    "数据中心建设和云服务采购将继续推动市场扩张。",
    "en": "Analysts expect training and inference demand to keep growing, with data-centre "
    "construction and cloud purchasing driving the market through the rest of the year.",
}


def page(title: str, sentence: str, charset: str = "utf-8") -> str:
    """An article page: the sentence once, with paragraphs of context around it."""
    context = CONTEXT["en" if sentence.isascii() else "zh"]
    body = f"<p>{context}</p><p>{sentence}</p><p>{context}</p>"
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title></head>'
        f"<body><nav>Home | News</nav><article><h1>{title}</h1>{body}</article></body></html>"
    )


def ecb_daily(row: dict[str, str]) -> bytes:
    """eurofxref-daily.xml as the ECB publishes it: one Cube per currency under the day's."""
    cubes = "".join(
        f"\n\t\t\t<Cube currency='{c}' rate='{r}'/>"
        for c, r in row.items()
        if c != "Date" and c and r != "N/A"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<gesmes:Envelope '
        'xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" '
        'xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">\n'
        "\t<gesmes:subject>Reference rates</gesmes:subject>\n\t<gesmes:Sender>\n"
        "\t\t<gesmes:name>European Central Bank</gesmes:name>\n\t</gesmes:Sender>\n\t<Cube>\n"
        f"\t\t<Cube time='{row['Date']}'>{cubes}\n\t\t</Cube>\n\t</Cube>\n</gesmes:Envelope>"
    ).encode()


def ecb_hist_zip(lines: list[str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("eurofxref-hist.csv", "".join(lines))
    return buffer.getvalue()


def vast_offers(prices: list[tuple[str, int, float, str]]) -> bytes:
    return json.dumps(
        {
            "offers": [
                {
                    "id": 9000 + i,
                    "gpu_name": name,
                    "num_gpus": n,
                    "dph_total": dph,
                    "dph_base": dph,
                    "geolocation": where,
                    "rentable": True,
                    "verified": True,
                }
                for i, (name, n, dph, where) in enumerate(prices)
            ]
        }  # fmt: skip
    ).encode()


def publish(server: Loopback, day: int) -> None:
    """What every publisher serves on day 1 and day 2 (each day a little more)."""
    hist = (SEEDS / "feeds" / "eurofxref-hist.csv").read_text(encoding="utf-8")
    lines = hist.splitlines(keepends=True)
    header, newest, rest = lines[0], lines[1], lines[2:400]
    rows = list(csv.DictReader([header, *lines[1:3]]))
    gh = "/gh/United-Compute/gpu-price-tracker/HEAD/data/"
    h100 = (SEEDS / "feeds" / "NVIDIA_H100_PCIe_80_GB.json").read_bytes()
    if day == 2:
        h100 = h100.replace(
            b"25249.95\n  }", b'25249.95,\n    "2025-05-09T12:00:00": 24999.95\n  }'
        )
    b = server.base
    ithome = [
        ("英伟达H100显卡价格三个月上涨", "https://www.ithome.com/0/843/101.htm",
         "Thu, 08 May 2025 10:00:00 +0800"),
        ("国产算力芯片出货大增", "https://www.ithome.com/0/843/102.htm",
         "Thu, 08 May 2025 11:00:00 +0800"),
        ("新款手机发布", "https://www.ithome.com/0/843/103.htm", "Thu, 08 May 2025 12:00:00 +0800"),
    ]  # fmt: skip
    if day == 2:
        ithome.append(
            ("智算中心算力租赁价格回落", "https://www.ithome.com/0/843/250.htm",
             "Fri, 09 May 2025 09:00:00 +0800")
        )  # fmt: skip
    server.routes.update(
        {
            "/ecb/stats/eurofxref/eurofxref-daily.xml": Route(
                ecb_daily(rows[1] if day == 1 else rows[0]), "text/xml"
            ),
            "/ecb/stats/eurofxref/eurofxref-hist.zip": Route(
                ecb_hist_zip([header, *rest] if day == 1 else [header, newest, *rest]),
                "application/zip",
            ),
            "/gh/epoch-research/training-cost-trends/HEAD/data/Hardware%20prices.csv": Route(
                (SEEDS / "feeds" / "epoch_hardware_prices.csv").read_bytes(), "text/plain"
            ),
            gh + "NVIDIA_H100_PCIe_80_GB.json": Route(h100, "text/plain"),
            gh + "NVIDIA_A100_40GB_PCle.json": Route(
                (SEEDS / "feeds" / "NVIDIA_A100_40GB_PCle.json").read_bytes(), "text/plain"
            ),
            gh + "NVIDIA_GeForce_RTX_4090.json": Route(
                (SEEDS / "feeds" / "NVIDIA_GeForce_RTX_4090.json").read_bytes(), "text/plain"
            ),
            gh + "NVIDIA_H100_SXM5_80_GB.json": Route(
                (SEEDS / "feeds" / "NVIDIA_H100_SXM5_80_GB.json").read_bytes(), "text/plain"
            ),
            "/vast/api/v0/bundles/": Route(
                vast_offers(
                    [
                        ("H100 SXM", 8, 19.2 if day == 1 else 18.4, "Texas, US"),
                        ("RTX 4090", 1, 0.35, "Sweden, SE"),
                    ]
                ),  # fmt: skip
                "application/json",
                etag=False,
            ),
            "/ithome/rss/": Route(rss(ithome), "application/rss+xml"),
            "/ithome/0/843/101.htm": Route(page(ithome[0][0], H100_CLAIM).encode()),
            # GBK bytes under a page that claims to be UTF-8.
            "/ithome/0/843/102.htm": Route(
                page(ithome[1][0], "昇腾910B算力芯片今年出货量大增，国产GPU替代加速推进。").encode(
                    "gbk"
                ),
                "text/html; charset=utf-8",
            ),
            "/ithome/0/843/250.htm": Route(
                page(
                    "智算中心算力租赁价格回落", "多地智算中心的GPU算力租赁价格较年初明显回落。"
                ).encode()
            ),
            "/36kr/feed": Route(
                rss(
                    [
                        (
                            "AI算力投资升温",
                            "https://36kr.com/p/3001",
                            "Wed, 07 May 2025 08:00:00 +0800",
                        )
                    ]
                ),
                "application/rss+xml",
            ),
            "/36kr/p/3001": Route(
                page(
                    "AI算力投资升温", "多家机构加大AI服务器与算力基础设施投资，GPU需求持续。"
                ).encode()
            ),
            "/nextplatform/feed/": Route(
                rss(
                    [
                        (
                            "GPU rental prices keep sliding",
                            "https://www.nextplatform.com/2025/05/08/gpu-rental-prices/",
                            "Thu, 08 May 2025 14:00:00 +0000",
                        )
                    ]
                ),  # fmt: skip
                "application/rss+xml",
            ),
            "/nextplatform/2025/05/08/gpu-rental-prices/": Route(
                page(
                    "GPU rental prices keep sliding",
                    "Rental prices for Nvidia GPUs kept falling this spring as more capacity "
                    "reached the market and buyers waited for Blackwell systems.",
                ).encode()
            ),  # fmt: skip
            "/register/headlines.atom": Route(
                (
                    b'<?xml version="1.0" encoding="UTF-8"?>'
                    b'<feed xmlns="http://www.w3.org/2005/Atom">'
                    b"<title>The Register</title><id>urn:reg</id>"
                    b"<updated>2025-05-08T09:00:00Z</updated>"
                    b"<entry><title>Nvidia H100 cloud prices slump</title><id>urn:reg:1</id>"
                    b'<link rel="alternate" '
                    b'href="https://www.theregister.com/2025/05/08/h100_prices/"/>'
                    b"<updated>2025-05-08T09:00:00Z</updated>"
                    b"<author><name>Tobias Mann</name></author>"
                    b"</entry></feed>"
                ),
                "application/atom+xml",
            ),
            "/register/2025/05/08/h100_prices/": Route(
                page(
                    "Nvidia H100 cloud prices slump",
                    "Cloud prices for Nvidia H100 GPUs have slumped as supply finally caught up "
                    "with demand across the larger providers.",
                ).encode()
            ),  # fmt: skip
        }
    )
    assert b  # the routes above are what the rewritten live URLs ask for


def rewrite(base: str, overrides: dict[str, str] | None = None) -> str:
    targets = {prefix: base + path for prefix, path in ORIGINS.items()} | (overrides or {})
    return ",".join(f"{prefix}={target}" for prefix, target in targets.items())


@pytest.fixture
def live(tmp_path):
    """The live YAML as shipped, beside the China channel file it names, with one change: a
    short delay between requests, since every source is one loopback host here."""
    text = LIVE.read_text(encoding="utf-8")
    assert "min_delay_seconds: 1.0" in text
    (tmp_path / "live" / "feeds").mkdir(parents=True)
    shutil.copy(SEEDS / "feeds" / "cn_channel_prices.csv", tmp_path / "live" / "feeds")
    path = tmp_path / "live" / "feeds.live.yaml"
    path.write_text(text.replace("min_delay_seconds: 1.0", "min_delay_seconds: 0.05"))
    server = start(Loopback())
    yield path, server
    stop(server)


def suanli_run(day: str, feeds: Path, spec: str):
    result = run_cli("run", "--date", day, env={"SUANLI_FEEDS": str(feeds),
                                                "SUANLI_URL_REWRITE": spec})  # fmt: skip
    return result, result.stdout + result.stderr


def query(sql: str, params=None):
    con = duckdb.connect(os.environ["SUANLI_WAREHOUSE"], read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


@pytest.mark.slow
def test_two_daily_runs_on_the_live_configuration(live, warehouse_path):
    feeds, server = live
    config = yaml.safe_load(feeds.read_text(encoding="utf-8"))
    feed_names = sorted(f["name"] for s in ("price_feeds", "fx_feeds") for f in config[s])
    source_names = sorted(s["name"] for s in config["article_sources"])
    publish(server, day=1)

    # ---- day 1: every source lands -----------------------------------------------------------
    result, output = suanli_run(DAY1, feeds, rewrite(server.base))
    assert result.returncode == 0, output
    fetches = dict(
        (feed, (status, rows_new))
        for feed, status, rows_new in query(
            "SELECT feed, status, rows_new FROM feed_fetches WHERE partition_date = ?", [DAY1]
        )
    )
    assert sorted(fetches) == feed_names
    assert all(status == "ok" and new > 0 for status, new in fetches.values()), fetches
    sources = {
        row[0]: row[1:]
        for row in query(
            "SELECT source, status, items_new, items_failed FROM article_source_fetches "
            "WHERE partition_date = ?",
            [DAY1],
        )
    }
    assert sorted(sources) == source_names
    assert sources["ithome_rss"] == ("ok", 2, 0)  # the phone launch is not about compute
    assert all(s == ("ok", 1, 0) for n, s in sources.items() if n != "ithome_rss")
    # Every request named suanli, and none went anywhere but the loopback server.
    assert all(r.headers["User-Agent"].startswith("suanli/") for r in server.requests)
    assert "/ithome/0/843/103.htm" not in server.paths()

    # The RSS item stating a GPU price: article (URL, date) -> facts -> marts.
    (article_id, published, encoding), *_ = query(
        "SELECT article_id, published_date, encoding FROM articles WHERE source_url = ?",
        ["https://www.ithome.com/0/843/101.htm"],
    )
    assert published == date(2025, 5, 8) and encoding == "utf-8"
    assert query(
        "SELECT metric, value, unit FROM article_facts WHERE article_id = ? "
        "AND fact_type = 'unit_price' ORDER BY metric",
        [article_id],
    ) == [("price_from", 200000.0, "CNY"), ("price_to", 250000.0, "CNY")]
    inflation = query(
        "SELECT model, start_price, end_price, end_date FROM gpu_price_inflation "
        "WHERE as_of = ? AND source LIKE ?",
        [DAY1, f"article:{article_id} %"],
    )
    assert inflation == [("NVIDIA H100", 200000.0, 250000.0, date(2025, 5, 8))]
    claims = query(
        "SELECT model, metric, claim_value, claim_date FROM claims_vs_feeds "
        "WHERE as_of = ? AND article_id = ? ORDER BY metric",
        [DAY1, article_id],
    )
    assert [c[:3] for c in claims] == [
        ("NVIDIA H100", "price_from", 200000.0),
        ("NVIDIA H100", "price_to", 250000.0),
    ]
    # The GBK page that claimed UTF-8 was read from its bytes.
    assert query(
        "SELECT encoding, position('昇腾910B' IN raw_text) > 0 FROM articles WHERE source_url = ?",
        ["https://www.ithome.com/0/843/102.htm"],
    ) == [("gb18030", True)]
    web_day1 = query("SELECT count(*) FROM web_articles")[0][0]
    pages_fetched = server.paths().count("/ithome/0/843/101.htm")

    # ---- day 2: only what is new -------------------------------------------------------------
    publish(server, day=2)
    result, output = suanli_run(DAY2, feeds, rewrite(server.base))
    assert result.returncode == 0, output
    day2 = {
        feed: (status, new)
        for feed, status, new in query(
            "SELECT feed, status, rows_new FROM feed_fetches WHERE partition_date = ?", [DAY2]
        )
    }
    # Unchanged files: a conditional GET answered 304 (or the same local bytes), nothing new.
    for feed in ("epoch_hardware_prices", "uc_a100_40gb_pcie", "uc_rtx_4090", "uc_h100_sxm5_80gb"):
        assert day2[feed] == ("not_modified", 0), (feed, day2[feed])
    assert day2["cn_channel_prices"] == ("ok", 0)
    assert day2["uc_h100_pcie_80gb"] == ("ok", 1)  # the one price added to the tracker file
    currencies = sum(1 for c, r in csv.DictReader(
        (SEEDS / "feeds" / "eurofxref-hist.csv").open(encoding="utf-8")
    ).__next__().items() if c not in ("Date", "") and r != "N/A")  # fmt: skip
    assert day2["ecb_reference_rates"] == ("ok", currencies)  # the new day of the history
    assert day2["ecb_daily_rates"] == ("ok", currencies)
    # A marketplace snapshot is observed on the day it is fetched: each day's offers are new.
    assert day2["vastai_offers"] == ("ok", 2)
    sources2 = dict(
        (s, (items_seen, items_new))
        for s, items_seen, items_new in query(
            "SELECT source, items_seen, items_new FROM article_source_fetches "
            "WHERE partition_date = ?",
            [DAY2],
        )
    )
    assert sources2["ithome_rss"] == (2, 1)
    assert all(v == (1, 0) for s, v in sources2.items() if s != "ithome_rss")
    assert query("SELECT count(*) FROM web_articles")[0][0] == web_day1 + 1
    assert server.paths().count("/ithome/0/843/101.htm") == pages_fetched  # not fetched again
    assert query(
        "SELECT count(*), count(DISTINCT article_id) FROM articles WHERE source_url IS NOT NULL"
    ) == [(web_day1 + 1, web_day1 + 1)]


@pytest.mark.slow
def test_an_unreachable_source_fails_only_its_own_asset(live, warehouse_path):
    feeds, server = live
    publish(server, day=1)
    with socket.socket() as probe:  # a port nobody listens on: connection refused
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}/"
    spec = rewrite(server.base, {"https://console.vast.ai/": closed})
    result, output = suanli_run(DAY3, feeds, spec)

    assert result.returncode == 1, output
    assert re.search(
        r"FAILED step feeds__vastai_offers: feed vastai_offers: request failed", output
    )
    assert "MISSING sources today (tables built from what they landed before): vastai_offers" in (
        output
    )
    assert len(re.findall(r"^FAILED step", output, re.M)) == 1
    materialized = re.search(r"assets materialized \(\d+\): (.*)", output)[1].split(", ")
    for asset in ("price_observations", "fx_rates", "articles", "article_facts",
                  "gpu_price_inflation", "gpu_price_index", "claims_vs_feeds",
                  "ai_server_market_growth", "domestic_substitution_timeline",
                  "warehouse_snapshot", "feeds/ecb_daily_rates"):  # fmt: skip
        assert asset in materialized, (asset, output)
    assert query(
        "SELECT status FROM feed_fetches WHERE feed = 'vastai_offers' AND partition_date = ?",
        [DAY3],
    ) == [("failed",)]
    assert query("SELECT count(*) FROM gpu_price_inflation WHERE as_of = ?", [DAY3])[0][0] > 0
    # The marts say which source they were built without.
    with dg.DagsterInstance.get() as instance:
        for key in ("gpu_price_inflation", "claims_vs_feeds", "price_observations"):
            event = instance.get_latest_materialization_event(dg.AssetKey(key))
            assert event.asset_materialization.metadata["missing_sources"].value == [
                "vastai_offers"
            ], key
    runs = query("SELECT status, failed_assets FROM pipeline_runs")
    assert runs == [("failure", ["feeds/vastai_offers"])]
    # Analysts are not handed a day with a source missing: nothing is published.
    with dg.DagsterInstance.get() as instance:
        event = instance.get_latest_materialization_event(dg.AssetKey("warehouse_snapshot"))
        metadata = event.asset_materialization.metadata
        assert metadata["published"].value is False
        assert metadata["reason"].value == "steps failed in this run: feeds__vastai_offers"
    assert not (warehouse_path.parent / "snapshots" / "current.duckdb").exists()


def test_the_live_configuration_names_the_publishers_real_urls():
    from suanli.feeds import load_feed_config
    from suanli.sources.config import load_sources_config

    feeds = {name: feed.url for name, feed in load_feed_config(LIVE).by_name.items()}
    assert feeds["ecb_daily_rates"] == (
        "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml"
    )
    assert feeds["ecb_reference_rates"] == (
        "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"
    )
    assert feeds["epoch_hardware_prices"].startswith(
        "https://raw.githubusercontent.com/epoch-research/training-cost-trends/"
    )
    assert all(
        url.startswith("https://raw.githubusercontent.com/United-Compute/gpu-price-tracker/")
        for name, url in feeds.items()
        if name.startswith("uc_")
    )
    assert feeds["vastai_offers"].startswith("https://console.vast.ai/api/v0/bundles/?q=")
    assert feeds["cn_channel_prices"] == "feeds/cn_channel_prices.csv"
    sources = load_sources_config(LIVE)
    assert {s.name: s.format for s in sources.article_sources} == {
        "ithome_rss": "feed",
        "kr36_rss": "feed",
        "nextplatform_rss": "feed",
        "theregister_atom": "feed",
    }
    # Every URL of the live configuration is one the loopback tests rewrite.
    urls = [*feeds.values(), *(s.url for s in sources.article_sources)]
    assert all(u.startswith(tuple(ORIGINS)) for u in urls if "://" in u)


def test_a_malformed_url_rewrite_stops_the_run_before_anything_is_fetched():
    result = run_cli("run", "--date", DAY1, env={"SUANLI_URL_REWRITE": "https://a.example/"})
    assert result.returncode == 2
    assert "SUANLI_URL_REWRITE: 'https://a.example/' is not PREFIX=REPLACEMENT" in result.stderr
