"""Lineage as the UI shows it: a real dagster-webserver on 127.0.0.1, queried over GraphQL.

The webserver serves `workspace.yaml` on a Dagster home where one `suanli run` has happened, so
the UI shows materializations with their runtime metadata (row counts, column lineage).
"""

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from suanli.feeds import load_feed_config
from suanli.paths import PROJECT_ROOT

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
# Pages photographed for the docs: the upstream lineage of a mart (articles and feeds into it) and
# the whole graph by group.
SCREENSHOTS = {
    "asset-graph.png": (
        "/assets/gpu_price_inflation?view=lineage&lineageScope=upstream&lineageDepth=4"
    ),
    "asset-groups.png": "/asset-groups",
}
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
    # The UI renders the graph client-side: give it (virtual) time to lay it out.
    "--virtual-time-budget=40000",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def graphql(base: str, query: str) -> dict:
    response = requests.post(f"{base}/graphql", json={"query": query}, timeout=120)
    response.raise_for_status()
    body = response.json()
    assert "errors" not in body, body["errors"]
    return body["data"]


@pytest.fixture(scope="module")
def webserver(tmp_path_factory):
    root = tmp_path_factory.mktemp("ui")
    env = {
        **os.environ,
        "SUANLI_WAREHOUSE": str(root / "warehouse" / "warehouse.duckdb"),
        "DAGSTER_HOME": str(root / "dagster_home"),
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
    port = free_port()
    log = root / "webserver.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [
                str(Path(sys.executable).with_name("dagster-webserver")),
                *("-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(port)),
            ],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            assert process.poll() is None, log.read_text()[-3000:]
            assert time.monotonic() < deadline, "webserver did not load the workspace in time"
            try:
                if graphql(base, "{ assetNodes { id } }")["assetNodes"]:
                    break
            except requests.RequestException:
                pass  # not listening yet
            time.sleep(1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:  # SIGTERM ignored where the suite was started
            process.kill()
            process.wait(timeout=30)


@pytest.fixture(scope="module")
def graph(webserver) -> dict[str, dict]:
    nodes = graphql(webserver, ASSET_GRAPH_QUERY)["assetNodes"]
    return {"/".join(n["assetKey"]["path"]): n for n in nodes}


def reaches(graph: dict[str, dict], start: str, goal: str) -> bool:
    children: dict[str, set[str]] = {}
    for key, node in graph.items():
        for dep in node["dependencyKeys"]:
            children.setdefault("/".join(dep["path"]), set()).add(key)
    frontier, seen = [start], set()
    while frontier:
        key = frontier.pop()
        if key == goal:
            return True
        if key not in seen:
            seen.add(key)
            frontier.extend(children.get(key, ()))
    return False


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


def test_asset_graph_screenshot(webserver, tmp_path):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        pytest.skip("no Chromium on this machine (Debian package `chromium`): screenshot not taken")
    # A fresh browser profile would otherwise show Dagster's one-time welcome dialog on top.
    assert graphql(webserver, "mutation { setNuxSeen }")["setNuxSeen"] is True
    for name, path in SCREENSHOTS.items():
        target = tmp_path / name
        subprocess.run(
            [
                chromium,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={tmp_path / ('profile-' + name)}",
                f"--screenshot={target}",
                f"{webserver}{path}",
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        png = target.read_bytes()
        assert png.startswith(b"\x89PNG\r\n\x1a\n"), name
        width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
        assert (width, height) == (1800, 1300), name
        # A rendered graph, not a blank or error page (those compress to a few kB).
        assert len(png) > 50_000, f"{name}: {len(png)} bytes"
        if os.environ.get("SUANLI_UPDATE_SCREENSHOT"):
            shutil.copyfile(target, PROJECT_ROOT / "docs" / name)
