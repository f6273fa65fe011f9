"""`python -m bench` end to end at toy sizes: every measurement produces its row (no timings
are asserted; performance lives in bench/README.md, not in tests)."""

import os
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import duckdb
import pytest

from assets.resources import WarehouseResource
from bench import httpserve
from bench.__main__ import _conditions
from bench.httpserve import serving
from bench.machine import describe_machine
from suanli.db import MEMORY_LIMIT_ENV, TEMP_DIRECTORY_ENV

PROJECT_ROOT = Path(__file__).resolve().parents[1]

CONTENDERS = [
    "DuckDB read_csv → table (floor)",
    "suanli ingest_price_feed",
    "suanli, same feed again the next day",
    "pandas read_csv → DuckDB from DataFrame",
    "pandas read_csv → executemany INSERT",
]


def table_rows(readme: str, section: str) -> list[list[str]]:
    rows = []
    for line in readme.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("|") and cells[0] == section:
            rows.append(cells)
    return rows


@pytest.mark.slow
def test_bench_runs_every_measurement_at_toy_size(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("# Benchmarks\n\nHand-written notes stay.\n")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench",
            "--toy",
            "--workdir",
            str(tmp_path / "work"),
            "--readme",
            str(readme),
        ],
        cwd=PROJECT_ROOT,
        env=os.environ.copy(),
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    text = readme.read_text(encoding="utf-8")
    assert "Hand-written notes stay." in text
    assert "ERROR" not in text

    feeds = table_rows(text, "1. Feed ingestion")
    for source in ("file", "http"):
        labels = [row[1] for row in feeds if f", {source}:" in row[1]]
        assert len(labels) == len(CONTENDERS)
        for contender in CONTENDERS:
            assert any(contender in label for label in labels), (source, contender)
    # suanli's first load is judged against the targets; the rest are reference points.
    for row in feeds:
        judged = "suanli ingest_price_feed" in row[1]
        assert bool(row[6]) == judged and bool(row[7]) == judged, row
        assert judged is False or "meets" in row[7] or "MISSES" in row[7]

    incremental = [row[1] for row in table_rows(text, "2. Incremental daily run")]
    assert len(incremental) == 4
    assert sum("feeds:" in m for m in incremental) == 2
    assert sum("marts:" in m for m in incremental) == 2

    orchestration = [row[1] for row in table_rows(text, "3. Orchestration")]
    assert any("suanli run" in m for m in orchestration)
    assert any("plain suanli calls" in m for m in orchestration)
    assert any("import dagster" in m for m in orchestration)
    assert any("import pipelines.definitions" in m for m in orchestration)

    extraction = table_rows(text, "4. Extraction")
    assert len(extraction) == 4 and "articles/s" in extraction[0][3]
    assert [row[1] for row in extraction[1:]] == [
        "article assets, first run on 5 articles",
        "article assets, one article added",
        "article assets, nothing changed",
    ]
    assert (
        "first run on 5 articles: 5 in `articles` and each of the 4 stages; one article added: 1 "
        "in `articles` and each of the 4 stages; nothing changed: 0 in `articles` and each of the "
        "4 stages"
    ) in text

    for line in ("### Machine", "python", "duckdb", "dagster", "cores"):
        assert line in text
    # The same table goes to stdout.
    assert "| 1. Feed ingestion" in result.stdout


SETTINGS = (
    "SELECT current_setting('memory_limit'), current_setting('temp_directory'), "
    "current_setting('custom_user_agent')"
)


@pytest.mark.parametrize("configured", [False, True], ids=["defaults", "environment"])
def test_bench_connects_to_the_warehouse_as_the_resource_does(tmp_path, monkeypatch, configured):
    """The suanli contenders and the plain baseline get the memory budget production gets."""
    monkeypatch.syspath_prepend(str(PROJECT_ROOT))  # bench/ is run from the checkout, not installed
    from bench.warehouse import connect_warehouse

    monkeypatch.delenv(MEMORY_LIMIT_ENV, raising=False)
    monkeypatch.delenv(TEMP_DIRECTORY_ENV, raising=False)
    if configured:
        monkeypatch.setenv(MEMORY_LIMIT_ENV, "256MB")
        monkeypatch.setenv(TEMP_DIRECTORY_ENV, str(tmp_path / "spill"))
    database = str(tmp_path / "warehouse" / "warehouse.duckdb")
    bench_con = connect_warehouse(database)
    try:
        from_bench = bench_con.execute(SETTINGS).fetchone()
    finally:
        bench_con.close()
    with WarehouseResource(database=database).get_connection() as con:
        from_resource = con.execute(SETTINGS).fetchone()
    assert from_bench == from_resource
    plain = duckdb.connect(str(tmp_path / "plain.duckdb"))
    try:
        # What a bare duckdb.connect gets instead: the difference this helper exists for.
        assert plain.execute(SETTINGS).fetchone()[:2] != from_bench[:2]
    finally:
        plain.close()
    expected_dir = str(tmp_path / "spill") if configured else f"{database}.tmp"
    assert from_bench[1] == expected_dir
    assert from_bench[2] == "suanli"


def test_a_run_is_called_busy_for_other_work_not_for_its_own_last_minute():
    cores = describe_machine()["cores"] or 1
    quiet_start = (0.1, 0.1, 0.1)
    busy_warning = "busy with other work"

    own_last_minute = _conditions(quiet_start, (1.0 + 0.4 * cores, 0, 0), 60)
    assert not any(busy_warning in line for line in own_last_minute)
    busy_start = _conditions((0.6 * cores, 0, 0), quiet_start, 60)
    assert any(busy_warning in line for line in busy_start)
    busy_end = _conditions(quiet_start, (1.0 + 0.6 * cores, 0, 0), 60)
    assert any(busy_warning in line for line in busy_end)


def test_the_http_server_stops_even_where_sigterm_is_ignored(tmp_path, monkeypatch):
    """A process started with SIGTERM ignored passes that on to its children; the server must
    stop anyway, or it outlives the benchmark holding its caller's output pipe open."""
    monkeypatch.setattr(httpserve, "STOP_SECONDS", 0.2)  # the grace it waits before killing
    previous = signal.signal(signal.SIGTERM, signal.SIG_IGN)
    try:
        with serving(tmp_path) as url:
            (tmp_path / "probe.txt").write_text("up")
            assert urllib.request.urlopen(f"{url}/probe.txt", timeout=5).read() == b"up"
    finally:
        signal.signal(signal.SIGTERM, previous)
    with pytest.raises(OSError):
        urllib.request.urlopen(f"{url}/probe.txt", timeout=5)
