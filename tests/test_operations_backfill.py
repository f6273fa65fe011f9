"""A backfill over a date range, launched as the UI launches it, run by the Dagster daemon.

`suanli ui` starts `dagster dev` (webserver and daemon) on a warehouse under tmp_path; the test
asks the webserver's GraphQL API for an asset backfill of every asset over three days (what
"Materialize all" with a date range does), while an analyst holds the published snapshot open.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from suanli.paths import PROJECT_ROOT
from suanli.settings import load_settings
from tests.helpers import ASSET_KEYS, LAUNCH_BACKFILL, dagster_ui, graphql

pytestmark = pytest.mark.slow

DAYS = ["2026-11-21", "2026-11-22", "2026-11-23"]
STARTUP_SECONDS = 300
BACKFILL_SECONDS = 1200
SENSOR_SECONDS = 300
WRITER_STEPS = {dg.DagsterEventType.STEP_START, dg.DagsterEventType.STEP_SUCCESS}
LOCK_MESSAGE = "could not set lock"

BACKFILL = """
query($id: String!) {
  partitionBackfillOrError(backfillId: $id) {
    ... on PartitionBackfill { status runs(limit: 100) { runId status tags { key value } } }
  }
}
"""
ANALYST = """
import sys
from suanli.readers import analyst_connection
with analyst_connection() as con:
    query = "SELECT arg_max(partition_end, published_at)::VARCHAR FROM published_snapshots"
    print(con.execute(query).fetchone()[0], flush=True)
    sys.stdin.readline()
    print(con.execute(query).fetchone()[0], flush=True)
"""


@pytest.fixture
def ui(cli, tmp_path, monkeypatch):
    """A first day run from the CLI (so there is a snapshot to hold), then `suanli ui`."""
    first = cli("run", "--date", "2026-11-20")
    assert first.returncode == 0, first.stdout + first.stderr
    # One snapshot kept: the analyst's file is removed under them during the backfill.
    monkeypatch.setenv("SUANLI_SNAPSHOTS_KEEP", "1")
    log = tmp_path / "ui.log"
    ui_command = [sys.executable, "-m", "pipelines", "ui"]
    with dagster_ui(ui_command, log, startup_seconds=STARTUP_SECONDS) as base:
        yield base, log


def writer_step_windows(instance: dg.DagsterInstance, run_ids: list[str]) -> list[tuple]:
    """(start, end, run, step) of every step of these runs: each one writes the warehouse."""
    starts, windows = {}, []
    for run_id in run_ids:
        for entry in instance.all_logs(run_id):
            event = entry.dagster_event
            if event is None or event.event_type not in WRITER_STEPS:
                continue
            if event.event_type == dg.DagsterEventType.STEP_START:
                starts[(run_id, event.step_key)] = entry.timestamp
            else:
                key = (run_id, event.step_key)
                windows.append((starts.pop(key), entry.timestamp, *key))
    assert not starts, f"steps that never finished: {starts}"
    return sorted(windows)


def test_a_backfill_over_a_date_range_runs_one_writer_at_a_time_and_records_every_run(
    ui, warehouse_path
):
    base, log = ui
    analyst = subprocess.Popen(
        [sys.executable, "-c", ANALYST],
        cwd=PROJECT_ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert analyst.stdout.readline().strip() == "2026-11-20", analyst.stderr.read()

        asset_keys = [node["assetKey"] for node in graphql(base, ASSET_KEYS)["assetNodes"]]
        launched = graphql(
            base, LAUNCH_BACKFILL, params={"assetSelection": asset_keys, "partitionNames": DAYS}
        )["launchPartitionBackfill"]
        assert launched["__typename"] == "LaunchBackfillSuccess", launched

        deadline = time.monotonic() + BACKFILL_SECONDS
        while True:
            backfill = graphql(base, BACKFILL, id=launched["backfillId"])
            backfill = backfill["partitionBackfillOrError"]
            if backfill["status"] not in ("REQUESTED", "CANCELING"):
                break
            assert time.monotonic() < deadline, f"backfill still running: {backfill}"
            time.sleep(3)
        held, err = analyst.communicate("\n", timeout=60)
    finally:
        if analyst.poll() is None:
            analyst.kill()

    runs = backfill["runs"]
    assert backfill["status"] == "COMPLETED_SUCCESS", (backfill, log.read_text()[-5000:])
    assert all(run["status"] == "SUCCESS" for run in runs), runs
    # One run per day, holding every asset of that day (one backfill policy for all of them).
    partitions = sorted(
        tag["value"] for run in runs for tag in run["tags"] if tag["key"] == "dagster/partition"
    )
    assert partitions == DAYS

    run_ids = [run["runId"] for run in runs]
    home = Path(os.environ["DAGSTER_HOME"])
    with dg.DagsterInstance.from_config(str(home)) as instance:
        messages = [entry.message or "" for run in run_ids for entry in instance.all_logs(run)]
        windows = writer_step_windows(instance, run_ids)
        run_windows = [
            (record.start_time, record.end_time)
            for record in instance.get_run_records(dg.RunsFilter(run_ids=run_ids))
        ]
    assert not [m for m in messages if LOCK_MESSAGE in m.lower()]
    # However the daemon interleaved the runs, no two writing steps ever overlapped: the
    # duckdb_writer pool (one slot, instance-wide) serialises them.
    for (_, end, run, step), (start, _, next_run, next_step) in zip(
        windows, windows[1:], strict=False
    ):
        assert start >= end, f"{run}:{step} and {next_run}:{next_step} wrote at the same time"
    assert len(windows) >= len(DAYS) * 10
    overlapping_runs = sum(
        a_start < b_end and b_start < a_end
        for i, (a_start, a_end) in enumerate(run_windows)
        for b_start, b_end in run_windows[i + 1 :]
    )
    print(
        f"\nbackfill of {len(DAYS)} days: {len(runs)} runs, {len(windows)} writer steps, "
        f"{overlapping_runs} overlapping run pairs, runs took "
        f"{', '.join(f'{end - start:.1f}s' for start, end in sorted(run_windows))}"
    )

    # The run-log sensor recorded every run the daemon finished, without being asked.
    deadline = time.monotonic() + SENSOR_SECONDS
    while True:
        con = duckdb.connect(str(warehouse_path), read_only=True)
        try:
            recorded = con.execute(
                "SELECT run_id, partition_date::VARCHAR, status, recorded_by FROM pipeline_runs "
                "WHERE list_contains(?, run_id) ORDER BY partition_date",
                [run_ids],
            ).fetchall()
        except duckdb.IOException:  # the sensor is writing right now
            recorded = []
        finally:
            con.close()
        if len(recorded) == len(run_ids) or time.monotonic() > deadline:
            break
        time.sleep(5)
    assert [(day, status, by) for _, day, status, by in recorded] == [
        (day, "success", "sensor") for day in DAYS
    ]

    # Analysts now read the last day; the one who held the first snapshot open kept reading it.
    settings = load_settings()
    newest = duckdb.connect(str(settings.snapshots_dir / "current.duckdb"), read_only=True)
    try:
        assert (
            newest.execute(
                "SELECT arg_max(partition_end, published_at)::VARCHAR FROM published_snapshots"
            ).fetchone()[0]
            == DAYS[-1]
        )
    finally:
        newest.close()
    assert analyst.returncode == 0, err
    assert held.strip() == "2026-11-20"
