"""Readers never block the writer and never see a half-written run: the published snapshot."""

import csv
import io
import os
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import dagster as dg
import duckdb
import pytest

from suanli.db import quote_ident
from suanli.paths import PROJECT_ROOT
from suanli.publish import list_snapshots, table_row_counts
from suanli.readers import analyst_connection
from suanli.settings import load_settings

READS = 200
READER_PROCESSES = 8
WRITER_DAYS = ("2026-11-23", "2026-11-24")


def fingerprint_sql(tables: list[str]) -> str:
    """One statement (so one consistent read) returning every table's row count and the run
    the snapshot says it holds. Every daily run changes several of these counts together, so
    tables from two different runs would give a fingerprint matching no published run."""
    counts = " UNION ALL ".join(
        f"SELECT '{table}' AS item, count(*)::VARCHAR AS value FROM {quote_ident(table)}"
        for table in tables
    )
    return (
        f"{counts} UNION ALL SELECT 'published_run', "
        "(SELECT arg_max(run_id, published_at) FROM published_snapshots) ORDER BY item"
    )


def parse_csv(text: str) -> tuple[tuple[str, str], ...]:
    rows = list(csv.reader(io.StringIO(text)))
    return tuple((item, value) for item, value in rows[1:])


def file_fingerprint(path, sql: str) -> tuple[tuple[str, str], ...]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return tuple((item, value or "") for item, value in con.execute(sql).fetchall())
    finally:
        con.close()


@pytest.mark.slow  # three runs under 200 reading processes
def test_200_reads_from_other_processes_during_runs_each_see_one_complete_run(
    cli, warehouse_path, monkeypatch
):
    """Runs of three days, one after another, while 200 `suanli sql` processes (8 at a time) read
    a fingerprint of the warehouse: every read succeeds and matches a published run exactly."""
    monkeypatch.setenv("SUANLI_SNAPSHOTS_KEEP", str(len(WRITER_DAYS) + 1))
    started = time.monotonic()
    first = cli("run", "--date", "2026-11-22")
    assert first.returncode == 0, first.stdout + first.stderr
    # Spread each reader's queries over about as long as the runs take on this machine, so the
    # reads cover the writing and at least one publication rather than finishing first.
    pause = (time.monotonic() - started) * len(WRITER_DAYS) / (READS / READER_PROCESSES)
    snapshots_dir = load_settings().snapshots_dir
    con = duckdb.connect(str(snapshots_dir / "current.duckdb"), read_only=True)
    try:
        tables = sorted(table_row_counts(con))
    finally:
        con.close()
    probe = fingerprint_sql(tables)

    writer = subprocess.Popen(
        " && ".join(
            f"{sys.executable} -m pipelines run --date {day} > /dev/null" for day in WRITER_DAYS
        ),
        shell=True,
        cwd=PROJECT_ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )

    def read(number: int):
        if number >= READER_PROCESSES:
            time.sleep(pause)
        started = time.time()
        result = cli("sql", probe, "--csv")
        return started, time.time(), result

    try:
        with ThreadPoolExecutor(READER_PROCESSES) as pool:
            reads = list(pool.map(read, range(READS)))
    finally:
        _, writer_err = writer.communicate(timeout=900)
    assert writer.returncode == 0, writer_err

    failed = [r.stderr for _, _, r in reads if r.returncode != 0]
    assert not failed, f"{len(failed)} of {READS} reads failed, e.g. {failed[0]}"

    # Every snapshot ever published, read straight from its file: the complete runs.
    published = {file_fingerprint(path, probe): path.name for path in list_snapshots(snapshots_dir)}
    assert len(published) == 1 + len(WRITER_DAYS), "each run must publish a distinct snapshot"
    seen = Counter(published.get(parse_csv(r.stdout), "MIXED") for _, _, r in reads)
    assert "MIXED" not in seen, seen
    # The reads spanned at least one publication, so the swap itself was read across.
    assert len(seen) >= 2, seen

    with dg.DagsterInstance.get() as instance:
        windows = [
            (r.start_time, r.end_time)
            for r in instance.get_run_records()
            if r.dagster_run.tags.get("dagster/partition") in WRITER_DAYS
        ]
    assert len(windows) == len(WRITER_DAYS)
    overlapping = sum(
        any(start < end_run and end > start_run for start_run, end_run in windows)
        for start, end, _ in reads
    )
    assert overlapping > 0
    durations = sorted(end - start for start, end, _ in reads)
    print(
        f"\n{READS} reads ({READER_PROCESSES} at a time), {overlapping} while a run executed, "
        f"median {durations[READS // 2]:.2f}s, max {durations[-1]:.2f}s; runs "
        f"{', '.join(f'{end - start:.1f}s' for start, end in windows)}; seen {dict(seen)}"
    )


ANALYST = """
import sys
from suanli.readers import analyst_connection
with analyst_connection() as con:
    query = "SELECT arg_max(run_id, published_at) FROM published_snapshots"
    print(con.execute(query).fetchone()[0], flush=True)
    sys.stdin.readline()  # hold the connection open until told to stop
    articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    print(con.execute(query).fetchone()[0], articles, flush=True)
"""


@pytest.mark.slow  # two runs into one warehouse
def test_an_analyst_holding_a_connection_open_does_not_make_runs_fail(
    cli, warehouse_path, monkeypatch
):
    # Keep one snapshot only, so the analyst's file is removed under them by the next run.
    monkeypatch.setenv("SUANLI_SNAPSHOTS_KEEP", "1")
    first = cli("run", "--date", "2026-11-23")
    assert first.returncode == 0, first.stdout + first.stderr
    snapshots_dir = load_settings().snapshots_dir
    held_file = list_snapshots(snapshots_dir)[0]

    analyst = subprocess.Popen(
        [sys.executable, "-c", ANALYST],
        cwd=PROJECT_ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        held_run = analyst.stdout.readline().strip()
        assert held_run, analyst.stderr.read()
        run = cli("run", "--date", "2026-11-24")
        assert run.returncode == 0, run.stdout + run.stderr
        out, err = analyst.communicate("\n", timeout=60)
    finally:
        if analyst.poll() is None:
            analyst.kill()
    assert analyst.returncode == 0, err
    # The analyst kept reading their snapshot, unchanged, after it was replaced and removed.
    assert out.split() == [held_run, "1"]
    assert not held_file.exists()
    assert len(list_snapshots(snapshots_dir)) == 1
    newest = cli("sql", "SELECT arg_max(run_id, published_at) FROM published_snapshots", "--csv")
    assert newest.stdout.splitlines()[1] != held_run


@pytest.mark.slow  # two runs into one warehouse
def test_quick_reads_of_the_live_file_during_a_run_do_not_make_it_fail(cli, warehouse_path):
    """`suanli sql --live` opens the live file for one query; the writer waits it out (and the
    reader waits out the writer), so neither fails. It may show a run in progress: that is why
    the default is the snapshot."""
    first = cli("run", "--date", "2026-11-23")
    assert first.returncode == 0, first.stdout + first.stderr
    writer = subprocess.Popen(
        [sys.executable, "-m", "pipelines", "run", "--date", "2026-11-24"],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    results = []
    while writer.poll() is None:
        results.append(cli("sql", "SELECT count(*) FROM feed_fetches", "--live", "--csv"))
    out, err = writer.communicate()
    assert writer.returncode == 0, out + err
    assert results
    assert all(r.returncode == 0 for r in results), [r.stderr for r in results]


@pytest.fixture
def published(built_warehouse, monkeypatch):
    for name, value in built_warehouse.items():
        monkeypatch.setenv(name, value)


@pytest.mark.parametrize(
    ("query", "refusal"),
    [
        ("SET enable_external_access = true", "configuration has been locked"),
        ("SET memory_limit = '1GB'", "configuration has been locked"),
        ("INSTALL httpfs", "Permission Error"),
        ("LOAD httpfs", "Permission Error"),
        ("ATTACH '{tmp}/other.duckdb' AS other", "Permission Error"),
        ("COPY articles TO '{tmp}/leak.csv'", "Permission Error"),
        ("SELECT * FROM read_csv('/etc/hostname')", "Permission Error"),
        ("SELECT * FROM 'https://example.com/x.parquet'", "Permission Error"),
        ("DELETE FROM articles", "read-only"),
    ],
)
def test_suanli_sql_is_locked_down(cli, published, tmp_path, query, refusal):
    result = cli("sql", query.format(tmp=tmp_path))
    assert result.returncode == 1
    assert refusal.lower() in result.stderr.lower(), result.stderr
    assert not (tmp_path / "leak.csv").exists()


def test_allow_external_opts_out(cli, published, tmp_path):
    outside = tmp_path / "outside.csv"
    outside.write_text("a\n42\n", encoding="utf-8")
    query = f"SELECT a FROM read_csv('{outside}')"
    result = cli(
        "sql", query, "--csv", "--allow-external", env={"SUANLI_SQL_READ_DIRS": str(tmp_path)}
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["a", "42"]


def test_the_python_analyst_connection_reads_the_snapshot_locked_down(published, tmp_path):
    settings = load_settings()
    with analyst_connection() as con:
        database = con.execute("SELECT path FROM duckdb_databases() WHERE NOT internal").fetchone()
        assert database[0] == str((settings.snapshots_dir / "current.duckdb").resolve())
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        with pytest.raises(duckdb.Error, match="Permission"):
            con.execute(f"COPY articles TO '{tmp_path}/leak.csv'")
        with pytest.raises(duckdb.Error, match="locked"):
            con.execute("SET enable_external_access = true")
    # Opening it created nothing beside the snapshot (no WAL: it is never written).
    assert {p.suffix for p in settings.snapshots_dir.iterdir()} <= {".duckdb"}
    assert os.path.islink(settings.snapshots_dir / "current.duckdb")
