import subprocess
import sys

import dagster as dg

from assets.common import DAILY_FRESHNESS
from pipelines.definitions import defs
from pipelines.executor import single_writer_executor
from pipelines.jobs import DAILY_JOB_NAME, DAILY_SCHEDULE_NAME, SINGLE_WRITER_EXECUTOR
from pipelines.runs import RUN_LOG_SENSOR_NAME
from suanli.paths import PROJECT_ROOT
from suanli.schema_docs import declared_relations


def test_definitions_load_with_the_daily_job_and_schedule():
    job = defs.resolve_job_def(DAILY_JOB_NAME)
    assert job.partitions_def is not None
    schedule = defs.resolve_schedule_def(DAILY_SCHEDULE_NAME)
    assert schedule.cron_schedule == "0 6 * * *"
    assert schedule.execution_timezone == "Asia/Shanghai"
    assert schedule.default_status == dg.DefaultScheduleStatus.RUNNING
    assert schedule.job_name == DAILY_JOB_NAME


def test_the_run_log_sensor_is_on_by_default():
    sensor = defs.resolve_sensor_def(RUN_LOG_SENSOR_NAME)
    assert sensor.default_status == dg.DefaultSensorStatus.RUNNING
    assert "warehouse" in sensor.required_resource_keys


def test_steps_run_in_process_one_after_another():
    """Every step writes the one DuckDB file: a process per step would only add start-up time.
    A step whose upstream produced its output runs even if that upstream then failed (a source
    that could not be reached), so the executor is suanli's in-process one (a bounded wait for
    the writer pool), configured for that."""
    for job in (defs.resolve_job_def(DAILY_JOB_NAME), defs.resolve_implicit_global_asset_job_def()):
        assert job.executor_def is SINGLE_WRITER_EXECUTOR
    assert (
        SINGLE_WRITER_EXECUTOR.executor_creation_fn is single_writer_executor.executor_creation_fn
    )


def test_partitions_start_at_a_fixed_date_and_include_today():
    partitions = defs.resolve_job_def(DAILY_JOB_NAME).partitions_def
    keys = partitions.get_partition_keys()
    assert keys[0] == "2023-01-01"
    assert "2026-11-24" in keys


# The snapshot asset publishes a database file, not a table.
NON_TABLE_ASSETS = {"warehouse_snapshot"}


def test_every_asset_is_documented_grouped_kinded_and_owned():
    graph = defs.resolve_asset_graph()
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        name = key.to_user_string()
        assert node.description, f"{name} has no description"
        assert node.group_name and node.group_name != "default", f"{name} has no group"
        assert node.kinds, f"{name} has no kinds"
        assert node.owners, f"{name} has no owners"
        assert node.pools == {"duckdb_writer"}, f"{name} does not run in the writer pool"
        # The daily job refreshes every asset: each is stale when a daily run is missed.
        assert node.freshness_policy == DAILY_FRESHNESS, f"{name} has no daily freshness policy"
        if name not in NON_TABLE_ASSETS:
            assert "dagster/column_schema" in node.metadata, f"{name} has no column schema"


def test_dagster_validates_the_workspace():
    dagster = PROJECT_ROOT / ".venv" / "bin" / "dagster"
    command = [str(dagster)] if dagster.exists() else [sys.executable, "-m", "dagster"]
    result = subprocess.run(
        [*command, "definitions", "validate", "-w", "workspace.yaml"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Validation successful" in result.stderr + result.stdout


def test_every_table_has_an_asset_of_its_name_or_names_its_writer():
    """A newcomer finds any table's producer in one hop: the asset named after it, or the
    writer its COMMENT ON names."""
    asset_names = {key.to_user_string() for key in defs.resolve_asset_graph().get_all_asset_keys()}
    unowned = [
        name
        for name, relation in declared_relations().items()
        if relation.kind == "table"
        and name not in asset_names
        and "Written by" not in (relation.comment or "")
    ]
    assert unowned == []
    # The tables whose rows other writers produce say so, naming them.
    for table in ("fx_rates", "price_observations", "feed_fetches", "rejected_records"):
        assert "feeds/<name>" in declared_relations()[table].comment, table
