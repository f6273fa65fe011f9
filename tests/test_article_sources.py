"""Article sources against a real loopback server: feeds (RSS 2.0, RSS 1.0, Atom) to pages to
web articles, each bad item failing alone with its URL and reason, once across days, politely."""

from datetime import date
from pathlib import Path

import duckdb
import pytest

from suanli.feeds import build_session
from suanli.feeds.config import FeedConfigError
from suanli.feeds.urls import (
    RUN_LIMITERS_KEPT,
    HostBudgetExhausted,
    HostLimiter,
    Politeness,
    RewriteError,
    parse_rewrites,
    politeness_scope,
    rewrite_url,
)
from suanli.sources.articles import web_article_errors, web_article_rows
from suanli.sources.config import MAX_PAGE_BYTES, load_sources_config
from suanli.sources.ingest import SourceFailed, ingest_article_source
from suanli.sources.pages import Robots, decode_page, page_session, robots_session
from tests.helpers import rss
from tests.loopback import Loopback, Route, start, stop

DAY1, DAY2 = date(2025, 5, 9), date(2025, 5, 10)
FEED_AUTHOR = "editor@example.com (王小明)"
PARAGRAPH = (
    "据渠道商透露，英伟达H100的价格在三个月内从20万元涨至25万元。"
    "多家云厂商表示，算力租赁需求持续旺盛，AI服务器的交付周期仍在拉长。"
)
ENGLISH = (
    "Nvidia's H100 now rents for about $2.40 per GPU-hour on the larger clouds, down from "
    "more than $8 a year ago, as new capacity comes online and buyers turn to Blackwell. "
)


def html(title: str, body: str, charset: str | None = "utf-8", author: str | None = None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    byline = f'<meta name="author" content="{author}">' if author else ""
    paragraphs = "".join(f"<p>{body}</p>" for _ in range(6))
    return (
        f"<!DOCTYPE html><html><head>{meta}{byline}<title>{title}</title></head><body>"
        f"<nav>Home | News | About</nav><article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>Copyright</footer></body></html>"
    )


def rdf(items: list[tuple[str, str]]) -> bytes:
    entries = "".join(
        f'<item rdf:about="{link}"><title>{t}</title><link>{link}</link>'
        "<dc:date>2025-05-08T10:00:00+08:00</dc:date></item>"
        for t, link in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<channel rdf:about="https://rdf.example.com/"><title>R</title>'
        "<link>https://rdf.example.com/</link><description>d</description></channel>"
        f"{entries}</rdf:RDF>"
    ).encode()


def atom(entries: list[tuple[str, str]]) -> bytes:
    body = "".join(
        f'<entry><title>{t}</title><link rel="alternate" href="{link}"/><id>{link}</id>'
        "<updated>2025-05-08T09:30:00Z</updated><author><name>Tobias Mann</name></author>"
        "</entry>"
        for t, link in entries
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>A</title><id>urn:a</id><updated>2025-05-08T09:30:00Z</updated>"
        f"{body}</feed>"
    ).encode()


@pytest.fixture
def server():
    state = start(Loopback())
    yield state
    stop(state)


@pytest.fixture
def con(tmp_path):
    connection = duckdb.connect(str(tmp_path / "w.duckdb"))
    yield connection
    connection.close()


def sources_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def run_source(con, config_path, name, day, landing, run_id="run"):
    config = load_sources_config(config_path)
    source = next(s for s in config.article_sources if s.name == name)
    with (
        politeness_scope(f"{run_id}-{day}", config.politeness),
        build_session(total=0) as session,
        page_session(source) as pages,
        robots_session() as robots_http,
    ):
        return ingest_article_source(con, source, day, landing, session, pages, Robots(robots_http))


def test_rss_items_become_articles_and_each_bad_item_fails_alone(tmp_path, server, con):
    base = server.base
    gbk = html("国产算力芯片出货", "昇腾910B算力芯片今年出货量大增，国产GPU替代加速。" * 3, "utf-8")
    big5 = html("AI伺服器需求", "輝達H100伺服器訂單滿載，算力缺口擴大，台廠加速出貨。" * 3, None)
    server.routes.update(
        {
            "/robots.txt": Route(b"User-agent: *\nDisallow: /private/\n", "text/plain"),
            "/rss": Route(
                rss(
                    [
                        (
                            "英伟达H100显卡价格三个月上涨",
                            f"{base}/a/1.htm",
                            "Thu, 08 May 2025 10:00:00 +0800",
                        ),
                        (
                            "国产算力芯片出货",
                            f"{base}/a/gbk.htm",
                            "Thu, 08 May 2025 11:00:00 +0800",
                        ),
                        ("AI伺服器需求", f"{base}/a/big5.htm", "Thu, 08 May 2025 12:00:00 +0800"),
                        ("GPU 旧闻", f"{base}/a/gone.htm", "Thu, 08 May 2025 12:00:00 +0800"),
                        ("GPU 循环", f"{base}/a/loop.htm", "Thu, 08 May 2025 12:00:00 +0800"),
                        ("GPU 白皮书", f"{base}/a/paper.pdf", "Thu, 08 May 2025 12:00:00 +0800"),
                        ("GPU 大页面", f"{base}/a/huge.htm", "Thu, 08 May 2025 12:00:00 +0800"),
                        ("GPU 空页面", f"{base}/a/empty.htm", "Thu, 08 May 2025 12:00:00 +0800"),
                        ("GPU 私有", f"{base}/private/x.htm", "Thu, 08 May 2025 12:00:00 +0800"),
                        ("手机新品发布", f"{base}/a/phone.htm", "Thu, 08 May 2025 12:00:00 +0800"),
                    ],
                    FEED_AUTHOR,
                ),
                "application/rss+xml",
            ),
            "/a/1.htm": Route(html("英伟达H100显卡价格三个月上涨", PARAGRAPH).encode()),
            # GBK bytes declaring UTF-8; Big5 bytes declaring nothing.
            "/a/gbk.htm": Route(gbk.encode("gbk"), "text/html; charset=utf-8"),
            "/a/big5.htm": Route(big5.encode("big5"), "text/html"),
            "/a/loop.htm": Route(status=302, location=f"{base}/a/loop.htm"),
            "/a/paper.pdf": Route(b"%PDF-1.7 GPU", "application/pdf"),
            "/a/huge.htm": Route(b"<html>" + b"x" * 64, content_length=MAX_PAGE_BYTES + 1),
            "/a/empty.htm": Route(b"<!DOCTYPE html><html><body><nav>GPU</nav></body></html>"),
            "/private/x.htm": Route(html("私有", PARAGRAPH).encode()),
            "/a/phone.htm": Route(html("手机", PARAGRAPH).encode()),
        }
    )
    config = sources_file(
        tmp_path,
        f"""
politeness: {{min_delay_seconds: 0}}
article_sources:
  - name: cn_news
    url: {base}/rss
    keywords: [GPU, 算力, 英伟达, AI伺服器]
    retries: 0
""",
    )
    result = run_source(con, config, "cn_news", DAY1, tmp_path / "landing")

    assert (result.items_listed, result.items_kept, result.items_new) == (10, 9, 3)
    articles = con.execute(
        "SELECT url, title, author, published_date, date_source, encoding, text "
        "FROM web_articles ORDER BY url"
    ).fetchall()
    by_url = {row[0].rsplit("/", 1)[-1]: row for row in articles}
    assert set(by_url) == {"1.htm", "gbk.htm", "big5.htm"}
    url, title, author, published, date_source, encoding, text = by_url["1.htm"]
    assert (title, author, published, date_source) == (
        "英伟达H100显卡价格三个月上涨",
        FEED_AUTHOR,
        date(2025, 5, 8),
        "feed",
    )
    assert (
        "从20万元涨至25万元" in text and "Home | News" not in text
    )  # main text, not the navigation
    assert by_url["gbk.htm"][5] == "gb18030" and "昇腾910B算力芯片" in by_url["gbk.htm"][6]
    assert by_url["big5.htm"][5] == "big5" and "輝達H100伺服器訂單滿載" in by_url["big5.htm"][6]

    errors = dict(con.execute("SELECT url, reason FROM web_article_errors").fetchall())
    reasons = {u.rsplit("/", 1)[-1]: r for u, r in errors.items()}
    assert reasons["gone.htm"].startswith("HTTP 404")
    assert "redirect" in reasons["loop.htm"].lower()
    assert reasons["paper.pdf"] == "not an HTML page (Content-Type application/pdf)"
    assert "over the 5242880 byte cap" in reasons["huge.htm"]
    assert reasons["empty.htm"].startswith("no main text found in the page")
    assert reasons["x.htm"] == "disallowed by robots.txt"
    assert "/private/x.htm" not in server.paths()  # robots.txt was honoured before fetching

    # Raw pages landed with their sha256, and the feed too.
    page = Path(con.execute("SELECT landing_path FROM web_articles LIMIT 1").fetchone()[0])
    assert (
        page.with_name(page.name + ".sha256").read_text().split()[0]
        == con.execute(
            "SELECT page_sha256 FROM web_articles WHERE landing_path = ?", [str(page)]
        ).fetchone()[0]
    )
    # As articles rows and article_errors rows naming the URL and the reason.
    rows = {r["source_url"]: r for r in web_article_rows(con, now=None)}
    assert rows[url]["published_date"] == date(2025, 5, 8)
    assert rows[url]["raw_text"].startswith("英伟达H100显卡价格三个月上涨\n据渠道商透露")
    failed = web_article_errors(con, DAY1)
    assert {e["path"] for e in failed} == set(errors)
    assert all(e["error"].startswith(f"article source cn_news: {e['path']}: ") for e in failed)
    # Every request named suanli.
    assert all(r.headers["User-Agent"].startswith("suanli") for r in server.requests)


def test_items_are_ingested_once_across_days_by_url_and_by_text(tmp_path, server, con):
    base = server.base
    first = [("GPU 价格", f"{base}/p/1", "Thu, 08 May 2025 10:00:00 +0800")]
    server.routes["/rss"] = Route(rss(first, FEED_AUTHOR), "application/rss+xml")
    server.routes["/p/1"] = Route(html("GPU 价格", PARAGRAPH).encode())
    config = sources_file(
        tmp_path,
        f"article_sources:\n  - {{name: cn, url: '{base}/rss', keywords: [], retries: 0}}\n"
        "politeness: {min_delay_seconds: 0}\n",
    )
    day1 = run_source(con, config, "cn", DAY1, tmp_path / "landing")
    assert (day1.items_new, day1.items_seen) == (1, 0)
    # Day 2: the feed changed (no 304), lists the old item, a copy of it under a new URL, and
    # one new article.
    second = [
        *first,
        ("GPU 价格 (转载)", f"{base}/p/copy", "Fri, 09 May 2025 10:00:00 +0800"),
        ("GPU 新闻", f"{base}/p/2", "Fri, 09 May 2025 11:00:00 +0800"),
    ]
    server.routes["/rss"] = Route(rss(second, FEED_AUTHOR), "application/rss+xml")
    server.routes["/p/copy"] = server.routes["/p/1"]
    server.routes["/p/2"] = Route(html("GPU 新闻", ENGLISH).encode())
    before = server.paths().count("/p/1")
    day2 = run_source(con, config, "cn", DAY2, tmp_path / "landing")
    assert (day2.items_new, day2.items_seen) == (1, 2)
    assert server.paths().count("/p/1") == before  # a URL seen before is not fetched again
    assert con.execute(
        "SELECT partition_date, url FROM web_articles ORDER BY partition_date"
    ).fetchall() == [(DAY1, f"{base}/p/1"), (DAY2, f"{base}/p/2")]
    # Rerunning day 2 rewrites its slice: the same rows, nothing doubled.
    again = run_source(con, config, "cn", DAY2, tmp_path / "landing", run_id="rerun")
    assert again.items_new == 1
    assert con.execute("SELECT count(*) FROM web_articles").fetchone()[0] == 2
    # An unchanged feed is fetched conditionally: 304, nothing new.
    day3 = run_source(con, config, "cn", date(2025, 5, 11), tmp_path / "landing")
    assert (day3.status, day3.items_new, day3.items_seen) == ("not_modified", 0, 3)
    feed_requests = [r for r in server.requests if r.path == "/rss"]
    assert feed_requests[-1].headers.get("If-None-Match")
    # The copy was recorded, so it is not fetched again either.
    assert server.paths().count("/p/copy") == 2  # day 2 and its rerun
    assert con.execute("SELECT url, duplicate_of FROM web_article_duplicates").fetchall() == [
        (f"{base}/p/copy", f"{base}/p/1")
    ]


def test_rss_1_and_atom_feeds_with_authors_and_dates(tmp_path, server, con):
    base = server.base
    server.routes.update(
        {
            "/rdf": Route(rdf([("GPU 算力", f"{base}/r/1")]), "application/rdf+xml"),
            "/atom": Route(
                atom([("Nvidia GPU prices fall", f"{base}/e/1")]), "application/atom+xml"
            ),
            "/r/1": Route(html("GPU 算力", PARAGRAPH).encode()),
            "/e/1": Route(html("Nvidia GPU prices fall", ENGLISH, author="Tobias Mann").encode()),
        }
    )
    config = sources_file(
        tmp_path,
        f"""
politeness: {{min_delay_seconds: 0}}
article_sources:
  - {{name: rdf_news, url: '{base}/rdf', keywords: [GPU], retries: 0}}
  - {{name: atom_news, url: '{base}/atom', keywords: [gpu], retries: 0}}
""",
    )
    assert run_source(con, config, "rdf_news", DAY1, tmp_path / "l").items_new == 1
    assert run_source(con, config, "atom_news", DAY1, tmp_path / "l").items_new == 1
    assert con.execute(
        "SELECT source, author, published_date FROM web_articles ORDER BY source"
    ).fetchall() == [
        ("atom_news", "Tobias Mann", date(2025, 5, 8)),
        ("rdf_news", None, date(2025, 5, 8)),
    ]


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b"<?xml version='1.0'?><rss version='2.0'><channel><item><title>GPU", "malformed feed"),
        (b"<html><body>not a feed</body></html>", "not an RSS or Atom feed"),
    ],
)
def test_a_malformed_feed_fails_its_source_alone_naming_its_url(
    tmp_path, server, con, body, problem
):
    server.routes["/bad"] = Route(body, "application/rss+xml")
    config = sources_file(
        tmp_path,
        f"article_sources:\n  - {{name: bad, url: '{server.base}/bad', retries: 0}}\n",
    )
    with pytest.raises(SourceFailed, match=f"article source bad: {problem}"):
        run_source(con, config, "bad", DAY1, tmp_path / "landing")
    assert con.execute("SELECT url, reason FROM web_article_errors").fetchall()[0][0] == (
        f"{server.base}/bad"
    )
    assert con.execute("SELECT status FROM article_source_fetches").fetchall() == [("failed",)]


def test_an_unreachable_feed_fails_its_source(tmp_path, con):
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = sources_file(
        tmp_path,
        f"article_sources:\n  - {{name: gone, url: 'http://127.0.0.1:{port}/rss', retries: 0}}\n",
    )
    with pytest.raises(SourceFailed, match="article source gone: request failed"):
        run_source(con, config, "gone", DAY1, tmp_path / "landing")


def test_page_sources_and_keywords_on_the_text(tmp_path, server, con):
    server.routes["/page"] = Route(html("算力观察", PARAGRAPH).encode())
    config = sources_file(
        tmp_path,
        f"""
politeness: {{min_delay_seconds: 0}}
article_sources:
  - {{name: one_page, url: '{server.base}/page', format: page, keywords: [H100], retries: 0}}
""",
    )
    result = run_source(con, config, "one_page", DAY1, tmp_path / "landing")
    assert result.items_new == 1
    assert con.execute("SELECT title, url FROM web_articles").fetchall() == [
        ("算力观察", f"{server.base}/page")
    ]


@pytest.mark.parametrize(
    ("data", "codec", "text"),
    [
        ("<p>英伟达GPU价格</p>".encode("gbk"), "gb18030", "英伟达GPU价格"),
        ("<p>輝達GPU價格上漲，伺服器訂單滿載</p>".encode("big5"), "big5", "輝達GPU價格上漲"),
        ("<p>英伟达</p>".encode(), "utf-8", "英伟达"),
        (b"\xef\xbb\xbf<p>GPU</p>", "utf-8-sig", "GPU"),
    ],
)
def test_pages_are_decoded_from_their_bytes(data, codec, text):
    decoded, used = decode_page(data, "page")
    assert used == codec and text in decoded


def test_url_rewrite_longest_prefix_wins_and_bad_specs_are_named():
    spec = "https://a.example/=http://127.0.0.1:1/a/,https://a.example/x/=http://127.0.0.1:2/"
    assert rewrite_url("https://a.example/x/y.csv", spec) == "http://127.0.0.1:2/y.csv"
    assert rewrite_url("https://a.example/z.csv", spec) == "http://127.0.0.1:1/a/z.csv"
    assert rewrite_url("https://b.example/z.csv", spec) == "https://b.example/z.csv"
    with pytest.raises(RewriteError, match="'nope' is not PREFIX=REPLACEMENT"):
        parse_rewrites("https://a/=http://b/,nope")


def test_the_rewrite_reaches_every_fetch_and_stored_urls_keep_the_configured_one(
    tmp_path, server, con, monkeypatch
):
    server.routes["/mirror/rss"] = Route(
        rss([("GPU", "https://news.invalid/p/1", "")], FEED_AUTHOR)
    )
    server.routes["/mirror/p/1"] = Route(html("GPU", PARAGRAPH).encode())
    monkeypatch.setenv("SUANLI_URL_REWRITE", f"https://news.invalid/={server.base}/mirror/")
    config = sources_file(
        tmp_path,
        "politeness: {min_delay_seconds: 0}\n"
        "article_sources:\n  - {name: mirrored, url: 'https://news.invalid/rss', retries: 0}\n",
    )
    assert run_source(con, config, "mirrored", DAY1, tmp_path / "landing").items_new == 1
    assert server.paths() == ["/mirror/rss", "/mirror/robots.txt", "/mirror/p/1"]
    assert con.execute("SELECT url FROM article_source_fetches").fetchone()[0] == (
        "https://news.invalid/rss"
    )
    assert con.execute("SELECT url FROM web_articles").fetchone()[0] == "https://news.invalid/p/1"


def test_politeness_caps_requests_per_host_and_spaces_them(server):
    limiter = HostLimiter(Politeness(max_requests_per_host=2, min_delay_seconds=0.3))
    with build_session(total=0) as session:
        for _ in range(2):
            limiter.wait_turn(server.base + "/x")
            session.get(server.base + "/x", timeout=5)
    first, second = server.requests
    assert second.at - first.at >= 0.25  # spaced by the delay (less the client's own latency)
    with pytest.raises(HostBudgetExhausted, match="already sent 2 requests"):
        limiter.wait_turn(server.base + "/x")
    limiter.wait_turn("http://localhost:1/x")  # another host has its own budget


def test_a_run_keeps_its_limiter_and_only_the_latest_runs_are_kept():
    polite = Politeness(max_requests_per_host=1, min_delay_seconds=0.0)
    with politeness_scope("run-0", polite) as first:
        first.wait_turn("http://127.0.0.1:9/x")
    with politeness_scope("run-0", polite) as again:  # another step of the same run
        assert again is first
        with pytest.raises(HostBudgetExhausted):
            again.wait_turn("http://127.0.0.1:9/x")
    for n in range(1, RUN_LIMITERS_KEPT + 1):
        with politeness_scope(f"run-{n}", polite):
            pass
    with politeness_scope("run-0", polite) as evicted:  # long finished: a fresh budget
        assert evicted is not first
        evicted.wait_turn("http://127.0.0.1:9/x")


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        ("article_sources:\n  - {name: Bad, url: 'http://x/'}\n", "must match"),
        ("article_sources:\n  - {name: a, url: 'http://x/', format: pdf}\n", "format: 'pdf'"),
        ("article_sources:\n  - {name: a, url: 'http://x/', max_items: 0}\n", "max_items"),
        ("article_sources:\n  - {name: a, url: 'http://x/', colour: red}\n", "unknown keys"),
        ("article_sources:\n  - {name: a, url: 'http://x/?token=abc'}\n", "credential"),
        ("politeness: {min_delay_seconds: -1}\n", "min_delay_seconds"),
        (
            "price_feeds:\n  - {name: a, url: a.csv, fields: {model: m, price: p, currency: c},"
            " price_kind: purchase}\narticle_sources:\n  - {name: a, url: 'http://x/'}\n",
            "duplicate name",
        ),
    ],
)
def test_source_configuration_errors_name_the_source_and_key(tmp_path, yaml_text, message):
    with pytest.raises(FeedConfigError, match=message):
        load_sources_config(sources_file(tmp_path, yaml_text))
