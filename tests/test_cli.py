"""The CLI end to end, in subprocesses, against a warehouse under tmp_path."""

import re

import duckdb
import pytest

# Logs of runs, not data: one row per run (pipeline_runs) and per published snapshot
# (published_snapshots) by design, so a rerun of the same day adds exactly one row to each and
# leaves every other table's row count unchanged.
RUN_LOGS = ("pipeline_runs", "published_snapshots")


def row_counts(path) -> dict[str, int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        tables = [t for (t,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()]
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        con.close()


@pytest.mark.slow  # two runs into one warehouse
def test_run_then_query_then_rerun_is_idempotent(cli, warehouse_path):
    first = cli("run", "--date", "2026-11-24")
    assert first.returncode == 0, first.stdout + first.stderr
    assert "succeeded" in first.stdout
    assert "articles" in first.stdout
    assert warehouse_path.exists()

    query = cli("sql", "select count(*) as n from articles", "--csv")
    assert query.returncode == 0, query.stderr
    assert query.stdout.splitlines() == ["n", "1"]

    counts = row_counts(warehouse_path)
    assert counts["articles"] == 1
    second = cli("run", "--date", "2026-11-24")
    assert second.returncode == 0, second.stdout + second.stderr
    after = row_counts(warehouse_path)
    for log in RUN_LOGS:
        assert after.pop(log) == counts.pop(log) + 1, log
    assert after == counts


def test_run_prints_a_summary_of_assets_checks_and_rows(built_run):
    result = built_run.result
    assert result.returncode == 0, result.stdout + result.stderr
    assert "assets materialized" in result.stdout
    checks = re.search(r"checks: (\d+) passed, (\d+) failed", result.stdout)
    assert checks and int(checks[1]) > 0, result.stdout
    # Only warnings may fail on the seeds: an ERROR-severity failure makes the run exit 1.
    assert "  ERROR " not in result.stdout
    assert "rows per table:" in result.stdout


def test_run_rejects_a_date_outside_the_partitions(cli):
    result = cli("run", "--date", "2019-01-01")
    assert result.returncode == 2
    assert "no partition 2019-01-01" in result.stderr


def test_sql_reports_errors_and_is_read_only(cli, on_built_warehouse):
    assert on_built_warehouse.result.returncode == 0
    bad = cli("sql", "select nope from articles")
    assert bad.returncode == 1
    assert "nope" in bad.stderr
    write = cli("sql", "delete from articles")
    assert write.returncode == 1
    assert "read-only" in write.stderr.lower()
    assert cli("sql", "select count(*) from articles", "--csv").stdout.splitlines()[1] == "1"


def test_sql_blocks_file_access_unless_allowed(cli, on_built_warehouse, tmp_path):
    assert on_built_warehouse.result.returncode == 0
    outside = tmp_path / "mine" / "outside.csv"
    outside.parent.mkdir()
    outside.write_text("a\n42\n")
    query = f"select a from read_csv('{outside}')"
    blocked = cli("sql", query)
    assert blocked.returncode == 1
    allowed = cli(
        "sql", query, "--csv", "--allow-external", env={"SUANLI_SQL_READ_DIRS": str(outside.parent)}
    )
    assert allowed.returncode == 0, allowed.stderr
    assert allowed.stdout.splitlines() == ["a", "42"]
