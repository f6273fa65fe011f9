"""Operating suanli: freshness, backfill policy, lineage metadata and the run log, end to end."""

import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import dagster as dg
import duckdb
import pytest
import yaml
from dagster._core.instance.config import dagster_instance_config

from assets.resources import WarehouseResource
from pipelines.definitions import defs
from pipelines.runs import RUN_LOG_SENSOR_NAME, record_pipeline_runs
from suanli.paths import PROJECT_ROOT, SEEDS_DIR
from suanli.readers import reader_database
from suanli.settings import DAGSTER_YAML, load_settings

FEED_FAIL_WINDOW = timedelta(hours=36)
RUN_ID = re.compile(r"\(run ([0-9a-f-]{36})\)")
# The snapshot publishes a file, not a table: no columns to trace.
NON_TABLE_ASSETS = {dg.AssetKey("warehouse_snapshot")}


def asset_nodes():
    graph = defs.resolve_asset_graph()
    return {key: graph.get(key) for key in graph.get_all_asset_keys()}


def test_every_feed_fails_freshness_after_36_hours():
    config = yaml.safe_load((SEEDS_DIR / "feeds.yaml").read_text(encoding="utf-8"))
    names = [f["name"] for f in (*config["price_feeds"], *config["fx_feeds"])]
    nodes = asset_nodes()
    for name in names:
        policy = nodes[dg.AssetKey(["feeds", name])].freshness_policy
        assert policy is not None, name
        assert policy.fail_window.to_timedelta() == FEED_FAIL_WINDOW, name


def test_every_mart_and_the_snapshot_have_a_freshness_policy():
    nodes = asset_nodes()
    marts = [key for key, node in nodes.items() if node.group_name == "marts"]
    assert {"gpu_price_inflation", "ai_server_market_growth", "domestic_substitution_timeline"} <= {
        key.to_user_string() for key in marts
    }
    for key in [*marts, dg.AssetKey("warehouse_snapshot")]:
        policy = nodes[key].freshness_policy
        assert policy is not None, key.to_user_string()
        # A daily schedule can only keep a window of more than a day.
        assert policy.fail_window.to_timedelta() > timedelta(days=1), key.to_user_string()


def test_one_backfill_policy_for_every_daily_asset():
    """A backfill day is then one run holding every asset of that day, snapshot included:
    Dagster never puts assets with different backfill policies in the same run."""
    policies = {str(node.backfill_policy) for node in asset_nodes().values() if node.is_partitioned}
    assert len(policies) == 1, policies


def run_id_of(result: subprocess.CompletedProcess) -> str:
    match = RUN_ID.search(result.stdout)
    assert match, result.stdout + result.stderr
    return match[1]


def live_rows(warehouse: Path, sql: str, params=()) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def test_derived_tables_carry_column_lineage_to_real_upstream_columns(on_built_warehouse):
    run = on_built_warehouse.result
    assert run.returncode == 0, run.stdout + run.stderr
    nodes = asset_nodes()
    table_assets = {key for key in nodes if key not in NON_TABLE_ASSETS}
    with dg.DagsterInstance.get() as instance:
        for key in sorted(table_assets, key=lambda k: k.to_user_string()):
            node = nodes[key]
            upstream_tables = set(node.parent_keys) & table_assets
            if not upstream_tables:
                continue
            name = key.to_user_string()
            event = instance.get_latest_materialization_event(key)
            assert event, f"{name} was not materialized"
            lineage = event.asset_materialization.metadata.get("dagster/column_lineage")
            assert lineage, f"{name} is derived from {upstream_tables} but has no column lineage"
            own_columns = {c.name for c in node.metadata["dagster/column_schema"].columns}
            assert set(lineage.value.deps_by_column) <= own_columns, name
            for column, deps in lineage.value.deps_by_column.items():
                for dep in deps:
                    assert dep.asset_key in nodes, f"{name}.{column} <- unknown {dep.asset_key}"
                    source_schema = nodes[dep.asset_key].metadata["dagster/column_schema"]
                    assert dep.column_name in {c.name for c in source_schema.columns}, (
                        f"{name}.{column} <- {dep.asset_key.to_user_string()}.{dep.column_name}"
                    )


@pytest.fixture
def feeds_with_a_broken_one(tmp_path, monkeypatch) -> Path:
    """The seed feeds plus `broken_prices`, whose file does not exist yet."""
    feeds_dir = tmp_path / "feeds_config"
    (feeds_dir / "feeds").mkdir(parents=True)
    for source in (SEEDS_DIR / "feeds").iterdir():
        (feeds_dir / "feeds" / source.name).write_bytes(source.read_bytes())
    config = yaml.safe_load((SEEDS_DIR / "feeds.yaml").read_text(encoding="utf-8"))
    config["price_feeds"].append(
        {
            "name": "broken_prices",
            "url": "feeds/broken_prices.csv",
            "format": "csv",
            "fields": {"model": "model", "price": "price", "currency": "currency"},
            "price_kind": "purchase",
        }
    )
    feeds_file = feeds_dir / "feeds.yaml"
    feeds_file.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("SUANLI_FEEDS", str(feeds_file))
    return feeds_dir / "feeds" / "broken_prices.csv"


@pytest.mark.slow  # three runs into one warehouse
def test_every_run_outcome_is_recorded_and_a_failed_run_is_never_published(
    cli, warehouse_path, feeds_with_a_broken_one
):
    settings = load_settings()
    probe = "SELECT count(*) AS n FROM feed_fetches"

    failed = cli("run", "--date", "2026-11-23")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "FAILED step feeds__broken_prices: feed broken_prices" in failed.stdout
    # Nothing published yet: analysts are told they read the live file.
    assert not (settings.snapshots_dir / "current.duckdb").exists()

    feeds_with_a_broken_one.write_text(
        "model,price,currency\nNVIDIA A100 80GB,15000,USD\n", encoding="utf-8"
    )
    fixed = cli("run", "--date", "2026-11-24")
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    published = cli("sql", probe, "--csv").stdout

    feeds_with_a_broken_one.unlink()
    broken_again = cli("run", "--date", "2026-11-25")
    assert broken_again.returncode == 1

    runs = live_rows(
        warehouse_path,
        "SELECT run_id, job_name, partition_date::VARCHAR, partition_end::VARCHAR, status, "
        "failed_assets, error, started_at <= finished_at, recorded_by "
        "FROM pipeline_runs ORDER BY started_at",
    )
    assert [r[0] for r in runs] == [run_id_of(r) for r in (failed, fixed, broken_again)]
    for run, (day, status) in zip(
        runs,
        [("2026-11-23", "failure"), ("2026-11-24", "success"), ("2026-11-25", "failure")],
        strict=True,
    ):
        assert run[1:5] == ("daily_job", day, day, status)
        assert run[7] is True and run[8] == "cli"
        if status == "failure":
            assert run[5] == ["feeds/broken_prices"]
            assert "broken_prices" in run[6] and "broken_prices.csv" in run[6]
        else:
            assert run[5] == [] and run[6] is None

    # The other feeds of the failed run landed in the live warehouse ...
    landed = live_rows(
        warehouse_path,
        "SELECT feed FROM feed_fetches WHERE partition_date = '2026-11-25' AND status = 'ok' "
        "ORDER BY feed",
    )
    config = yaml.safe_load(settings.feeds_file.read_text(encoding="utf-8"))
    others = sorted(f["name"] for f in (*config["price_feeds"], *config["fx_feeds"]))
    assert [feed for (feed,) in landed] == [f for f in others if f != "broken_prices"]
    # ... but analysts still see the last successful run, complete.
    assert cli("sql", probe, "--csv").stdout == published
    assert cli("sql", probe, "--csv", "--live").stdout != published
    latest = cli("sql", "SELECT run_id FROM published_snapshots ORDER BY published_at", "--csv")
    assert latest.stdout.splitlines()[1:] == [run_id_of(fixed)]


@pytest.fixture
def instance_with_one_run(copy_of_built_warehouse):
    run = copy_of_built_warehouse.result
    assert run.returncode == 0, run.stdout + run.stderr
    with dg.DagsterInstance.get() as instance:
        yield instance, run_id_of(run)


def evaluate_run_log_sensor(instance, warehouse_path, cursor=None):
    context = dg.build_sensor_context(
        instance=instance,
        cursor=cursor,
        definitions=defs,
        sensor_name=RUN_LOG_SENSOR_NAME,
        resources={"warehouse": WarehouseResource(database=str(warehouse_path))},
    )
    result = record_pipeline_runs(context)
    return result, context.cursor


def test_run_log_sensor_records_runs_the_daemon_finished_and_never_loses_one_to_a_lock(
    instance_with_one_run, warehouse_path
):
    instance, run_id = instance_with_one_run
    # As if the run had been launched by the daemon, which records nothing itself.
    con = duckdb.connect(str(warehouse_path))
    con.execute("DELETE FROM pipeline_runs")
    con.close()

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys; con = duckdb.connect(sys.argv[1]); print('locked', flush=True); "
            "sys.stdin.readline()",
            str(warehouse_path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        busy, cursor = evaluate_run_log_sensor(instance, warehouse_path)
        assert "warehouse busy" in busy.skip_message
        assert cursor is None  # nothing was written, so nothing is skipped next time
    finally:
        holder.communicate("\n", timeout=30)

    recorded, cursor = evaluate_run_log_sensor(instance, warehouse_path, cursor)
    assert "recorded 1" in recorded.skip_message
    assert cursor is not None
    rows = live_rows(warehouse_path, "SELECT run_id, status, recorded_by FROM pipeline_runs")
    assert rows == [(run_id, "success", "sensor")]

    again, _ = evaluate_run_log_sensor(instance, warehouse_path, cursor)
    assert "recorded 0" in again.skip_message or "no newly finished" in again.skip_message
    assert len(live_rows(warehouse_path, "SELECT * FROM pipeline_runs")) == 1


def test_remote_warehouses_are_read_directly_and_not_snapshotted(tmp_path):
    settings = load_settings({"SUANLI_WAREHOUSE": "md:suanli"})
    assert not settings.warehouse_is_local_file
    assert reader_database(settings) == "md:suanli"
    local = load_settings({"SUANLI_WAREHOUSE": str(tmp_path / "w.duckdb")})
    assert local.warehouse_is_local_file
    assert reader_database(local, live=True) == str(tmp_path / "w.duckdb")


def test_a_remote_warehouse_has_no_snapshot_check(monkeypatch):
    monkeypatch.setenv("SUANLI_WAREHOUSE", "md:suanli")
    from assets.operations import build_snapshot_asset

    snapshot = build_snapshot_asset([dg.AssetKey("articles")])
    assert list(snapshot.check_specs) == []


def documented_dagster_yaml() -> str:
    text = (PROJECT_ROOT / "docs" / "scaling.md").read_text(encoding="utf-8")
    after_marker = text.split("<!-- dagster.yaml:", 1)[1]
    return after_marker.split("```yaml\n", 1)[1].split("```", 1)[0]


@pytest.mark.parametrize("source", ["generated", "documented"])
def test_instance_configs_are_valid_for_the_installed_dagster(tmp_path, monkeypatch, source):
    """The dagster.yaml suanli writes, and the scale-out one in docs/scaling.md, both pass the
    installed Dagster's instance schema and keep one duckdb_writer slot."""
    text = DAGSTER_YAML if source == "generated" else documented_dagster_yaml()
    (tmp_path / "dagster.yaml").write_text(text, encoding="utf-8")
    for name in ("DAGSTER_PG_HOST", "DAGSTER_PG_USER", "DAGSTER_PG_PASSWORD"):
        monkeypatch.setenv(name, "set-in-the-deployment")
    config, _ = dagster_instance_config(str(tmp_path))
    assert config["concurrency"]["pools"] == {"default_limit": 1, "granularity": "op"}
    if source == "documented":
        assert set(config["storage"]) == {"postgres"}
        assert config["run_launcher"]["class"] == "K8sRunLauncher"


def test_a_bad_feeds_file_is_a_clear_error_not_a_traceback(cli, tmp_path, monkeypatch):
    feeds_file = tmp_path / "feeds.yaml"
    feeds_file.write_text(
        "price_feeds:\n  - name: half_configured\n    url: prices.csv\n    format: csv\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("SUANLI_FEEDS", str(feeds_file))
    result = cli("run", "--date", "2026-11-24")
    assert result.returncode == 2
    assert "cannot load the pipeline" in result.stderr and "half_configured" in result.stderr
    assert "Traceback" not in result.stderr
