"""The UI of the deployment in deploy/, checked over GraphQL and in a real headless browser.

`suanli serve` runs the gRPC code server, the webserver and the daemon against a real PostgreSQL
server (from the distribution's packages, in a temporary directory), on a Dagster home where one
`suanli run` has happened, so the UI shows materializations with their runtime metadata (row
counts, column lineage, charts, check results). Chromium, driven over the DevTools protocol, then
reads what the pages actually render.
"""

import base64
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
import websocket

from bench.postgres import PostgresNotInstalled, free_port, postgres_bin_dir, postgres_server
from pipelines.cli import DEPLOY_DIR
from suanli.feeds import load_feed_config
from suanli.paths import PROJECT_ROOT
from tests.helpers import dagster_ui, graphql

pytestmark = pytest.mark.slow

ASSET_GRAPH_QUERY = """
{ assetNodes {
    assetKey { path } dependencyKeys { path } groupName description kinds isPartitioned
    owners { ... on UserAssetOwner { email } ... on TeamAssetOwner { team } }
    metadataEntries { label __typename }
    assetMaterializations(limit: 1) {
      metadataEntries {
        label
        ... on TableColumnLineageMetadataEntry { lineage { columnName } }
      }
    }
} }
"""
MARTS = (
    "gpu_price_inflation",
    "gpu_price_index",
    "ai_server_market_growth",
    "domestic_substitution_timeline",
    "claims_vs_feeds",
)
GROUPS = {"articles", "feeds", "marts", "operations"}
# The snapshot publishes a file, not a table.
NON_TABLE_ASSETS = {"warehouse_snapshot"}
STARTUP_SECONDS = 300
RUN_DATE = "2026-11-24"
# Pages are photographed into docs/ with SUANLI_UPDATE_SCREENSHOT=1.
VIEWPORT = (1800, 1300)
BROWSER_SECONDS = 180
# How far an edge's end may lie from its node's side, in graph units (the arrow head's room).
EDGE_SLACK = 12
# Asset nodes are 320 graph units wide; a group's box around them is wider.
GROUP_BOX_WIDTH = 500
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
    "--window-size=1800,1300",
]


def require(found: bool, message: str) -> None:
    """Skip on a developer's machine without it; fail in CI, which installs it (.ci/run)."""
    if not found:
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def postgres_installed() -> bool:
    try:
        postgres_bin_dir()
    except PostgresNotInstalled:
        return False
    return True


@pytest.fixture(scope="module")
def webserver(tmp_path_factory):
    require(postgres_installed(), "no PostgreSQL server (Debian package `postgresql`)")
    root = tmp_path_factory.mktemp("ui")
    home = root / "dagster_home"
    home.mkdir()
    shutil.copyfile(DEPLOY_DIR / "dagster.yaml", home / "dagster.yaml")
    with postgres_server() as pg:
        env = {
            **os.environ,
            **pg.dagster_env(),
            "SUANLI_WAREHOUSE": str(root / "warehouse" / "warehouse.duckdb"),
            "DAGSTER_HOME": str(home),
            "SUANLI_CODE_SERVER_PORT": str(free_port()),
        }
        env.pop("SUANLI_FEEDS", None)
        env.pop("SUANLI_ARTICLES_DIR", None)
        run = subprocess.run(
            [sys.executable, "-m", "pipelines", "run", "--date", RUN_DATE],
            cwd=PROJECT_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        assert run.returncode == 0, run.stdout + run.stderr
        log = root / "serve.log"
        serve = [sys.executable, "-m", "pipelines", "serve"]
        # `suanli serve` stops its three processes on SIGTERM.
        with dagster_ui(serve, log, env, STARTUP_SECONDS, stop_seconds=90) as base:
            yield base
        assert pg.password not in log.read_text(errors="replace")


@pytest.fixture(scope="module")
def graph(webserver) -> dict[str, dict]:
    nodes = graphql(webserver, ASSET_GRAPH_QUERY)["assetNodes"]
    return {"/".join(n["assetKey"]["path"]): n for n in nodes}


def reaches(graph: dict[str, dict], start: str, goal: str) -> bool:
    edges = {
        ("/".join(dep["path"]), key)
        for key, node in graph.items()
        for dep in node["dependencyKeys"]
    }
    return reaches_through(edges, start, goal)


def direct_edge(graph: dict[str, dict], upstream: str, downstream: str) -> bool:
    return upstream.split("/") in [d["path"] for d in graph[downstream]["dependencyKeys"]]


def test_articles_flow_through_facts_into_every_mart(graph):
    assert direct_edge(graph, "articles", "article_sentences")
    assert direct_edge(graph, "article_quantities", "article_facts")
    for mart in MARTS:
        assert reaches(graph, "articles", mart), mart
        assert reaches(graph, "article_facts", mart), mart
        assert direct_edge(graph, mart, "warehouse_snapshot"), mart


def test_each_configured_feed_flows_through_observations_into_the_marts(graph):
    config = load_feed_config(PROJECT_ROOT / "seeds" / "feeds.yaml")
    for feed in config.price_feeds:
        assert direct_edge(graph, f"feeds/{feed.name}", "price_observations"), feed.name
        assert reaches(graph, f"feeds/{feed.name}", "gpu_price_inflation"), feed.name
    for feed in config.fx_feeds:
        assert direct_edge(graph, f"feeds/{feed.name}", "fx_rates"), feed.name
        assert reaches(graph, f"feeds/{feed.name}", "ai_server_market_growth"), feed.name
    assert direct_edge(graph, "price_observations", "gpu_price_inflation")
    assert direct_edge(graph, "price_observations", "claims_vs_feeds")
    assert direct_edge(graph, "fx_rates", "gpu_price_inflation")


def test_every_asset_is_described_grouped_kinded_owned_and_partitioned(graph):
    assert graph
    for key, node in graph.items():
        assert node["description"], key
        assert node["groupName"] in GROUPS, key
        assert node["kinds"], key
        assert node["owners"] and all(o.get("team") for o in node["owners"]), key
        assert node["isPartitioned"], key


def test_table_assets_show_their_columns_and_derived_ones_their_column_lineage(graph):
    for key, node in graph.items():
        if key in NON_TABLE_ASSETS:
            continue
        definition = {e["label"]: e["__typename"] for e in node["metadataEntries"]}
        assert definition.get("dagster/column_schema") == "TableSchemaMetadataEntry", key
        upstream_tables = [
            "/".join(d["path"])
            for d in node["dependencyKeys"]
            if "/".join(d["path"]) not in NON_TABLE_ASSETS
        ]
        if not upstream_tables:
            continue
        (latest,) = node["assetMaterializations"]
        lineage = {e["label"]: e for e in latest["metadataEntries"]}.get("dagster/column_lineage")
        assert lineage and lineage["lineage"], f"{key} shows no column lineage in the UI"


class Browser:
    """Headless Chromium driven over the DevTools protocol: navigate, evaluate, photograph."""

    def __init__(self, chromium: str, profile: Path):
        port = free_port()
        self.process = subprocess.Popen(
            [
                chromium,
                *CHROMIUM_FLAGS,
                f"--remote-debugging-port={port}",
                f"--user-data-dir={profile}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + BROWSER_SECONDS
        while True:
            assert self.process.poll() is None, "Chromium exited"
            try:
                targets = requests.get(f"http://127.0.0.1:{port}/json/list", timeout=10).json()
                page = next(t for t in targets if t["type"] == "page")
                break
            except (requests.RequestException, StopIteration):
                assert time.monotonic() < deadline, "Chromium's DevTools endpoint did not open"
                time.sleep(0.5)
        # No Origin header: Chromium refuses DevTools connections from other origins.
        self.socket = websocket.create_connection(
            page["webSocketDebuggerUrl"], suppress_origin=True, timeout=BROWSER_SECONDS
        )
        self.ids = itertools.count(1)
        self.call("Page.enable")
        self.call(
            "Emulation.setDeviceMetricsOverride",
            width=VIEWPORT[0],
            height=VIEWPORT[1],
            deviceScaleFactor=1,
            mobile=False,
        )

    def call(self, method: str, **params) -> dict:
        message_id = next(self.ids)
        self.socket.send(json.dumps({"id": message_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == message_id:
                assert "error" not in message, (method, message["error"])
                return message["result"]

    def open(self, url: str) -> None:
        self.call("Page.navigate", url=url)

    def wait_for(self, expression: str, what: str):
        """Poll a JavaScript expression until it is truthy: the UI renders after its queries."""
        deadline = time.monotonic() + BROWSER_SECONDS
        while True:
            result = self.call(
                "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
            )
            # An exception (no body yet, mid-navigation) counts as not shown yet.
            value = None if "exceptionDetails" in result else result["result"].get("value")
            if value:
                return value
            assert time.monotonic() < deadline, (f"the page never showed {what}", result)
            time.sleep(0.5)

    def screenshot(self, target: Path) -> None:
        png = base64.b64decode(self.call("Page.captureScreenshot", format="png")["data"])
        assert png.startswith(b"\x89PNG\r\n\x1a\n")
        width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
        assert (width, height) == VIEWPORT, target.name
        # A rendered page, not a blank or error page (those compress to a few kB).
        assert len(png) > 50_000, f"{target.name}: {len(png)} bytes"
        target.write_bytes(png)
        if os.environ.get("SUANLI_UPDATE_SCREENSHOT"):
            shutil.copyfile(target, PROJECT_ROOT / "docs" / target.name)

    def close(self) -> None:
        self.socket.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def browser(webserver, tmp_path_factory):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    require(chromium is not None, "no Chromium on this machine (Debian package `chromium`)")
    # A fresh browser profile would otherwise show Dagster's one-time welcome dialog on top.
    assert graphql(webserver, "mutation { setNuxSeen }")["setNuxSeen"] is True
    browser = Browser(chromium, tmp_path_factory.mktemp("chromium"))
    try:
        yield browser
    finally:
        browser.close()


# Asset nodes and group boxes of a lineage graph (SVG foreignObjects, in graph coordinates) and
# its edges (SVG paths drawn from a node's right side to another's left side).
LINEAGE_GRAPH = """
(() => {
  const svg = document.querySelector('svg[class*=svgcontainer i]');
  if (!svg) return null;
  const boxes = Array.from(svg.querySelectorAll('foreignObject')).map(f => ({
    label: f.textContent.trim(),
    x: +f.getAttribute('x'), y: +f.getAttribute('y'),
    width: +f.getAttribute('width'), height: +f.getAttribute('height'),
  }));
  const edges = Array.from(svg.querySelectorAll('path[marker-end]')).map(p => {
    const numbers = p.getAttribute('d').match(/-?[0-9.]+/g).map(Number);
    return [numbers.slice(0, 2), numbers.slice(-2)];
  });
  return {boxes, edges};
})()
"""


def key_of_label(label: str, keys: list[str]) -> str | None:
    """The asset a node shows: the UI truncates long names in the middle with an ellipsis."""
    names = {key.split("/")[-1]: key for key in keys}
    if label in names:
        return names[label]
    if "…" not in label:
        return None
    head, tail = label.split("…", 1)
    (name,) = [n for n in names if n.startswith(head) and n.endswith(tail)]
    return names[name]


def laid_out_graph(browser: Browser) -> dict:
    return browser.wait_for(
        f"(() => {{ const g = {LINEAGE_GRAPH}; return g && g.edges.length ? g : null; }})()",
        "a lineage graph",
    )


def drawn_edges(graph: dict, nodes: list[tuple[str, dict]]) -> set[tuple[str, str]]:
    """Each edge as (node it leaves, node it enters), found by where its ends lie."""

    def node_at(x: float, y: float, side: str) -> str:
        (name,) = [
            name
            for name, b in nodes
            if b["y"] <= y <= b["y"] + b["height"]
            and abs((b["x"] + b["width"] if side == "right" else b["x"]) - x) <= EDGE_SLACK
        ]
        return name

    return {
        (node_at(*start, side="right"), node_at(*end, side="left")) for start, end in graph["edges"]
    }


def shown_graph(browser: Browser, keys: list[str]) -> tuple[set[str], set[str], set[tuple]]:
    """(groups, assets, edges between assets) as the browser laid them out."""
    graph = laid_out_graph(browser)
    nodes, groups = [], set()
    for box in graph["boxes"]:
        key = key_of_label(box["label"], keys) if box["label"] else None
        if key is not None and box["width"] < GROUP_BOX_WIDTH:
            nodes.append((key, box))
        elif box["label"]:
            groups.add(box["label"])
    return groups, {key for key, _ in nodes}, drawn_edges(graph, nodes)


def upstream_of(graph: dict[str, dict], key: str) -> set[str]:
    seen, frontier = set(), [key]
    while frontier:
        for dep in graph[frontier.pop()]["dependencyKeys"]:
            name = "/".join(dep["path"])
            if name not in seen:
                seen.add(name)
                frontier.append(name)
    return seen


def test_the_browser_shows_the_groups_and_every_edge_from_articles_and_feeds_into_each_mart(
    webserver, browser, graph, tmp_path
):
    keys = list(graph)
    feeds_seen = set()
    for mart in MARTS:
        browser.open(
            f"{webserver}/assets/{mart}?view=lineage&lineageScope=upstream&lineageDepth=10"
        )
        groups, assets, edges = shown_graph(browser, keys)
        upstream = upstream_of(graph, mart)
        feeds = {key for key in upstream if graph[key]["groupName"] == "feeds"}
        assert assets == upstream | {mart}, mart
        # Exactly the dependencies the definitions declare, every one drawn.
        declared = {
            ("/".join(dep["path"]), key) for key in assets for dep in graph[key]["dependencyKeys"]
        }
        assert edges == declared, mart
        assert {"articles", "marts"} <= groups, (mart, groups)
        assert reaches_through(edges, "articles", mart), mart
        if feeds:
            assert "feeds" in groups, (mart, groups)
        for feed in feeds:
            assert reaches_through(edges, feed, mart), (feed, mart)
        feeds_seen |= {f for f in feeds if f.startswith("feeds/")}
        if mart == "gpu_price_inflation":
            browser.screenshot(tmp_path / "asset-graph.png")
    configured = load_feed_config(PROJECT_ROOT / "seeds" / "feeds.yaml").by_name
    assert feeds_seen == {f"feeds/{name}" for name in configured}

    # The whole graph, one box per group (its name, then its number of assets), and the edges
    # between groups.
    browser.open(f"{webserver}/asset-groups")
    graph_groups = {node["groupName"] for node in graph.values()}
    boxes = browser.wait_for(
        f"""(() => {{ const g = {LINEAGE_GRAPH};
            return g && g.boxes.length === {len(graph_groups)}
                && !g.boxes.some(b => b.label.includes('fetching')) ? g.boxes : null; }})()""",
        "a box per group, with its assets' statuses",
    )
    nodes = []
    for box in boxes:
        # "marts8", then status text while the UI fetches it.
        group, count = re.match(r"([^\d\s]+)(\d+)", box["label"]).groups()
        assert int(count) == sum(1 for node in graph.values() if node["groupName"] == group), box
        nodes.append((group, box))
    assert {name for name, _ in nodes} == graph_groups == GROUPS
    group_edges = drawn_edges(laid_out_graph(browser), nodes)
    assert {("articles", "marts"), ("feeds", "marts")} <= group_edges, group_edges
    browser.screenshot(tmp_path / "asset-groups.png")


def reaches_through(edges: set[tuple], start: str, goal: str) -> bool:
    frontier, seen = [start], set()
    while frontier:
        key = frontier.pop()
        if key == goal:
            return True
        if key not in seen:
            seen.add(key)
            frontier.extend(b for a, b in edges if a == key)
    return False


SCHEDULE_STATE = """
{ scheduleOrError(scheduleSelector: {repositoryLocationName: "suanli",
    repositoryName: "__repository__", scheduleName: "daily_schedule"}) {
    ... on Schedule { scheduleState { status } } } }
"""


def test_the_browser_shows_the_daily_schedule_running(webserver, browser, tmp_path):
    state = graphql(webserver, SCHEDULE_STATE)["scheduleOrError"]["scheduleState"]
    assert state["status"] == "RUNNING"
    browser.open(f"{webserver}/locations/suanli/schedules/daily_schedule")
    # The page's status row: its toggle switched on, labelled Running.
    shown = browser.wait_for(
        """
        (() => {
          const toggle = Array.from(document.querySelectorAll('input[type=checkbox]'))
            .find(i => i.closest('tr')?.innerText.includes('Running'));
          return toggle && document.body.innerText.includes('daily_schedule')
            ? {checked: toggle.checked, row: toggle.closest('tr').innerText} : null;
        })()
        """,
        "the schedule's status",
    )
    assert shown["checked"] is True, shown
    assert "Running" in shown["row"], shown
    browser.screenshot(tmp_path / "schedule.png")


ASSET_CHECKS = """
{ assetNodeOrError(assetKey: {path: ["gpu_price_inflation"]}) {
    ... on AssetNode { assetChecksOrError { ... on AssetChecks { checks { name } } } } } }
"""


def test_the_browser_shows_a_marts_checks_and_its_chart(webserver, browser, tmp_path):
    checks = graphql(webserver, ASSET_CHECKS)["assetNodeOrError"]["assetChecksOrError"]["checks"]
    names = sorted(check["name"] for check in checks)
    assert names
    browser.open(f"{webserver}/assets/gpu_price_inflation?view=checks")
    text = browser.wait_for(
        f"""(() => {{ const t = document.body.innerText;
            return {json.dumps(names)}.every(n => t.includes(n)) ? t : null; }})()""",
        "the mart's checks",
    )
    assert f"Checks ({len(names)})" in text
    assert text.count("Succeeded") >= len(names), text[:3000]
    browser.screenshot(tmp_path / "mart-checks.png")

    browser.open(f"{webserver}/assets/gpu_price_inflation?view=events")
    # The chart is the materialization's `chart` entry: an inline PNG, shown on request.
    browser.wait_for(
        """
        (() => {
          const row = Array.from(document.querySelectorAll('tr'))
            .find(r => r.cells[0]?.innerText.trim() === 'chart');
          const button = row && Array.from(row.querySelectorAll('*'))
            .find(e => e.children.length === 0 && e.innerText?.trim() === '[Show Markdown]');
          if (!button) return false;
          button.click();
          return true;
        })()
        """,
        "the chart's entry",
    )
    image = browser.wait_for(
        """
        (() => {
          const image = document.querySelector('[role=dialog] img');
          return image && image.complete && image.naturalWidth > 0
            ? {src: image.src.slice(0, 22), width: image.naturalWidth,
               height: image.naturalHeight, shown: image.getBoundingClientRect().width}
            : null;
        })()
        """,
        "the chart",
    )
    assert image["src"] == "data:image/png;base64,"
    assert image["width"] >= 400 and image["height"] >= 200 and image["shown"] > 200, image
    # Photographed once the dialog has faded in.
    browser.wait_for(
        """
        (() => {
          const running = [];
          for (let e = document.querySelector('[role=dialog] img'); e; e = e.parentElement) {
            running.push(...e.getAnimations());
          }
          return running.length === 0;
        })()
        """,
        "the chart's dialog at rest",
    )
    browser.screenshot(tmp_path / "mart-chart.png")
