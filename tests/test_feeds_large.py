"""A 200 MB feed over HTTP is streamed to disk: the fetch's memory stays flat.

Memory is measured in a fresh subprocess (peak RSS growth over its own baseline), so the test
process, the server thread and pytest's own memory do not blur the figure.
"""

import hashlib
import json
import os
import subprocess
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from suanli.paths import PROJECT_ROOT

MB = 1 << 20
SIZE = 200 * MB
# Flat: a fixed buffer, whatever the feed's size (the body is 200 MB).
FETCH_GROWTH_LIMIT = 32 * MB

MEASURE = r"""
import json, resource, sys, time
from datetime import date
from pathlib import Path
import duckdb
from suanli.entities import EntityIndex
from suanli.feeds import build_session, ingest_price_feed, load_feed_config
from suanli.feeds.fetch import fetch

def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

config, work = Path(sys.argv[1]), Path(sys.argv[2])
feed = load_feed_config(config).price_feeds[0]
entities = EntityIndex.load()
session = build_session()
baseline = peak()
landing = fetch(feed, date(2025, 3, 1), work / "fetch-only", session)
after_fetch = peak()
con = duckdb.connect(str(work / "warehouse.duckdb"))
result = ingest_price_feed(con, feed, date(2025, 3, 2), work / "landing", session, entities)
print(json.dumps({
    "baseline": baseline, "fetch_peak": after_fetch, "ingest_peak": peak(),
    "bytes": landing.bytes, "sha256": landing.sha256, "rows": result.rows_parsed,
    "rejected": result.rows_rejected,
}))
"""


def write_big_csv(path: Path, size: int) -> int:
    """A price feed of `size` bytes or a little more; rows differ by block and line."""
    rows = 0
    models = ["NVIDIA A100", "NVIDIA H100", "A800", "H800", "RTX 4090", "L40S", "MI300X", "H20"]
    template = "".join(
        f"{models[i % 8]},{{b}}{i:05d}.{i % 100:02d},USD,2024-{1 + i % 12:02d}-{1 + i % 28:02d},"
        f"dc-{i % 50},vendor-{{b}}-{i % 97}\n"
        for i in range(10_000)
    )
    with path.open("w", encoding="utf-8") as out:
        out.write("model,price,currency,date,region,vendor\n")
        written, block = 0, 0
        while written < size:
            chunk = template.replace("{b}", str(block + 1))
            out.write(chunk)
            written += len(chunk)
            rows += 10_000
            block += 1
    return rows


@pytest.fixture
def big_feed(tmp_path):
    directory = tmp_path / "served"
    directory.mkdir()
    rows = write_big_csv(directory / "big.csv", SIZE)
    handler = partial(SimpleHTTPRequestHandler, directory=str(directory))
    handler.log_message = lambda *args: None
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/big.csv", directory / "big.csv", rows
    server.shutdown()
    thread.join()


@pytest.mark.slow
def test_a_200_mb_feed_is_streamed_to_disk_with_flat_memory(tmp_path, big_feed):
    url, source, rows = big_feed
    config = tmp_path / "feeds.yaml"
    config.write_text(
        f"""
price_feeds:
  - name: big
    url: {url}
    timeout: [5, 60]
    fields: {{model: model, price: price, currency: currency, observed_at: date,
              region: region, vendor: vendor}}
    price_kind: purchase
    key: []
""",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(config), str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    size = source.stat().st_size
    assert size >= SIZE
    with source.open("rb") as stream:
        assert figures["sha256"] == hashlib.file_digest(stream, "sha256").hexdigest()
    assert figures["bytes"] == size
    assert (figures["rows"], figures["rejected"]) == (rows, 0)
    fetch_growth = figures["fetch_peak"] - figures["baseline"]
    ingest_growth = figures["ingest_peak"] - figures["baseline"]
    print(
        f"\n200 MB feed: fetch peak RSS growth {fetch_growth / MB:.1f} MB, "
        f"full ingest peak RSS growth {ingest_growth / MB:.1f} MB ({rows} rows)"
    )
    assert fetch_growth < FETCH_GROWTH_LIMIT
