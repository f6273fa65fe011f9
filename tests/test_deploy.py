"""The deployment of deploy/: Dagster on PostgreSQL, a gRPC code server, the webserver and the
daemon as separate processes, as the systemd units run them.

The slow test starts a real PostgreSQL server from the distribution's packages (initdb, pg_ctl,
127.0.0.1, a random password) and the three processes with the commands `suanli serve` uses;
runs a three-day backfill through the daemon; then kills the code server (with its run workers)
and the daemon with SIGKILL in the middle of a run, restarts them, and checks that run monitoring
fails the orphaned run, frees its pool slot, and that the next run succeeds.
"""

import os
import re
import signal
import subprocess
import time
from pathlib import Path

import dagster as dg
import duckdb
import pytest
import requests
import yaml
from dagster._core.instance.config import dagster_instance_config

from bench.postgres import PostgresNotInstalled, free_port, postgres_bin_dir, postgres_server
from pipelines.cli import (
    DEPLOY_DIR,
    DEPLOY_ENV_DEFAULTS,
    POSTGRES_ENV,
    serve_commands,
    wait_until_listening,
)
from suanli.db import DEFAULT_LOCK_BACKOFF_SECONDS, DEFAULT_LOCK_RETRIES, connect_with_lock_retries
from suanli.paths import PROJECT_ROOT
from suanli.settings import ensure_dagster_home, load_settings
from tests.helpers import ASSET_KEYS, LAUNCH_BACKFILL, graphql

DAYS = ["2026-11-21", "2026-11-22", "2026-11-23"]
CRASH_DAY = "2026-11-24"
STARTUP_SECONDS = 300
BACKFILL_SECONDS = 1200
# The test instance's run monitoring: well above a run's length on a loaded 2-core machine (25 s
# quiet, 65 s seen under load; runs do not overlap), short enough to wait for.
MAX_RUNTIME_SECONDS = 180
MONITORING_SECONDS = MAX_RUNTIME_SECONDS + 240
SLOT_RELEASE_SECONDS = 60
WRITER_POOL = "duckdb_writer"
# Run-level event types as stored (under their pre-1.0 names).
RUN_SUCCESS = dg.DagsterEventType.RUN_SUCCESS.value
RUN_FAILURE = dg.DagsterEventType.RUN_FAILURE.value
RUN_CANCELING = dg.DagsterEventType.RUN_CANCELING.value
UNITS = {
    "code server": "suanli-code-server.service",
    "webserver": "suanli-webserver.service",
    "daemon": "suanli-daemon.service",
}

BACKFILL = """
query($id: String!) {
  partitionBackfillOrError(backfillId: $id) {
    ... on PartitionBackfill { status runs(limit: 100) { runId status } }
  }
}
"""
LOCATION = """
{ workspaceOrError { ... on Workspace { locationEntries {
    name loadStatus locationOrLoadError { __typename }
} } } }
"""
RELOAD = """
mutation { reloadRepositoryLocation(repositoryLocationName: "suanli") { __typename } }
"""


# --- The configuration, without a server --------------------------------------------------------


def test_deploy_instance_keeps_state_in_postgres_from_the_environment_with_a_run_queue():
    config, _ = dagster_instance_config(str(DEPLOY_DIR))  # validated against Dagster's schema
    postgres = config["storage"]["postgres"]["postgres_db"]
    assert postgres["password"] == {"env": "DAGSTER_PG_PASSWORD"}
    for key, value in postgres.items():
        if key not in ("scheme",):
            assert set(value) == {"env"}, f"{key} is written in the file, not read from the env"
    assert {v["env"] for k, v in postgres.items() if k != "scheme"} == set(POSTGRES_ENV)
    assert config["run_monitoring"]["enabled"] is True
    assert config["run_monitoring"]["free_slots_after_run_end_seconds"] > 0
    assert config["concurrency"]["pools"] == {"default_limit": 1, "granularity": "op"}
    assert config["concurrency"]["runs"]["max_concurrent_runs"] == 1


def test_deploy_workspace_loads_suanli_from_the_code_server_the_environment_names():
    workspace = yaml.safe_load((DEPLOY_DIR / "workspace.yaml").read_text(encoding="utf-8"))
    (entry,) = workspace["load_from"]
    assert entry == {
        "grpc_server": {
            "host": {"env": "SUANLI_CODE_SERVER_HOST"},
            "port": {"env": "SUANLI_CODE_SERVER_PORT"},
            "location_name": "suanli",
        }
    }


def unit_command(unit: str, key: str = "ExecStart") -> list[str]:
    text = (DEPLOY_DIR / "systemd" / unit).read_text(encoding="utf-8")
    line = re.search(rf"^{key}=(.*?)(?<!\\)$", text, re.M | re.S).group(1)
    return line.replace("\\\n", " ").split()


def test_systemd_units_start_the_processes_suanli_serve_starts():
    environ = {"SUANLI_CODE_SERVER_HOST": "${SUANLI_CODE_SERVER_HOST}"}
    environ["SUANLI_CODE_SERVER_PORT"] = "${SUANLI_CODE_SERVER_PORT}"
    commands = serve_commands(3000, environ)
    assert set(commands) == set(UNITS)
    for name, unit in UNITS.items():
        command = unit_command(unit)
        served = commands[name]
        assert Path(command[0]).name == Path(served[0]).name, unit
        assert command[0].startswith("/opt/suanli/.venv/bin/"), unit
        expected = [
            "deploy/workspace.yaml" if arg == str(DEPLOY_DIR / "workspace.yaml") else arg
            for arg in served[1:]
        ]
        assert command[1:] == expected, unit
        text = (DEPLOY_DIR / "systemd" / unit).read_text(encoding="utf-8")
        assert "EnvironmentFile=/etc/suanli/suanli.env" in text, unit
        assert "Restart=always" in text, unit
    # The daemon waits for the code server (see wait_until_listening).
    check = unit_command(UNITS["daemon"], "ExecStartPre")
    assert check[1:4] == ["api", "grpc-health-check", "-h"]
    assert check[4:] == ["${SUANLI_CODE_SERVER_HOST}", "-p", "${SUANLI_CODE_SERVER_PORT}"]


def test_the_example_environment_file_names_every_variable_the_deployment_reads():
    names = {
        line.split("=", 1)[0]
        for line in (DEPLOY_DIR / "suanli.env.example").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    assert names >= {*POSTGRES_ENV, *DEPLOY_ENV_DEFAULTS, "DAGSTER_HOME", "SUANLI_WAREHOUSE"}


@pytest.mark.parametrize("missing", POSTGRES_ENV)
def test_serve_names_each_missing_connection_variable_and_starts_nothing(cli, missing):
    env = {name: "x" for name in POSTGRES_ENV}
    env[missing] = ""
    result = cli("serve", "--port", str(free_port()), env=env, timeout=120)
    assert result.returncode == 2
    assert missing in result.stderr
    assert "started" not in result.stdout


def test_serve_refuses_a_dagster_home_on_sqlite(cli):
    home = ensure_dagster_home(load_settings())  # what `suanli run` and `suanli ui` write
    env = {name: "x" for name in POSTGRES_ENV}
    result = cli("serve", "--port", str(free_port()), env=env, timeout=120)
    assert result.returncode == 2
    assert "PostgreSQL" in result.stderr and str(home / "dagster.yaml") in result.stderr
    assert "started" not in result.stdout


# --- The deployment, for real -------------------------------------------------------------------


def require_postgres() -> None:
    try:
        postgres_bin_dir()
    except PostgresNotInstalled as exc:
        if os.environ.get("CI"):  # .ci/run installs it: a skip there would hide a broken install
            raise
        pytest.skip(str(exc))


def write_test_instance_config(path: Path) -> None:
    """deploy/dagster.yaml with run monitoring on short timeouts, so a dead run is seen soon."""
    config = yaml.safe_load((DEPLOY_DIR / "dagster.yaml").read_text(encoding="utf-8"))
    config["run_monitoring"].update(
        poll_interval_seconds=2,
        max_runtime_seconds=MAX_RUNTIME_SECONDS,
        free_slots_after_run_end_seconds=1,
    )
    config["run_queue"]["dequeue_interval_seconds"] = 1
    path.write_text(yaml.safe_dump(config), encoding="utf-8")


class Deployment:
    """The three processes, each in its own process group, restartable one by one."""

    def __init__(self, root: Path, env: dict[str, str], ui_port: int):
        self.root, self.env = root, env
        self.commands = serve_commands(ui_port, env)
        self.processes: dict[str, subprocess.Popen] = {}
        self.base = f"http://127.0.0.1:{ui_port}"

    def log(self, name: str) -> Path:
        return self.root / f"{name.replace(' ', '-')}.log"

    def start(self, name: str) -> None:
        with self.log(name).open("a") as out:
            self.processes[name] = subprocess.Popen(
                self.commands[name],
                cwd=PROJECT_ROOT,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def start_code_server(self) -> None:
        """The code server first, the others once it listens, as `suanli serve` and the units do."""
        self.start("code server")
        listening = wait_until_listening(
            self.env["SUANLI_CODE_SERVER_HOST"],
            int(self.env["SUANLI_CODE_SERVER_PORT"]),
            self.processes["code server"],
            STARTUP_SECONDS,
        )
        assert listening, f"the code server did not listen\n{self.logs()}"

    def kill(self, name: str) -> None:
        """SIGKILL to the process and everything it started (for the code server: run workers)."""
        process = self.processes[name]
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=60)
        deadline = time.monotonic() + 60
        while group_alive(process.pid):
            assert time.monotonic() < deadline, f"processes of the {name} survived SIGKILL"
            time.sleep(0.5)

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes.values():
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=30)

    def logs(self) -> str:
        return "\n".join(
            f"--- {name}\n{self.log(name).read_text(errors='replace')[-3000:]}"
            for name in self.commands
            if self.log(name).exists()
        )

    def wait_for_location(self) -> None:
        """Until the webserver serves the code server's assets (reloading after a restart)."""
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            for name, process in self.processes.items():
                assert process.poll() is None, f"the {name} exited\n{self.logs()}"
            assert time.monotonic() < deadline, f"suanli did not load\n{self.logs()}"
            try:
                (entry,) = graphql(self.base, LOCATION)["workspaceOrError"]["locationEntries"]
                loaded = entry["locationOrLoadError"] or {}
                if loaded.get("__typename") == "RepositoryLocation":
                    if graphql(self.base, ASSET_KEYS)["assetNodes"]:
                        return
                elif entry["loadStatus"] == "LOADED":
                    graphql(self.base, RELOAD)  # an error from the old server: ask again
            except requests.RequestException:
                pass  # not listening yet
            time.sleep(2)

    def backfill(self, days: list[str]) -> str:
        keys = [node["assetKey"] for node in graphql(self.base, ASSET_KEYS)["assetNodes"]]
        launched = graphql(
            self.base, LAUNCH_BACKFILL, params={"assetSelection": keys, "partitionNames": days}
        )
        launched = launched["launchPartitionBackfill"]
        assert launched["__typename"] == "LaunchBackfillSuccess", launched
        return launched["backfillId"]

    def wait_for_backfill(self, backfill_id: str) -> dict:
        deadline = time.monotonic() + BACKFILL_SECONDS
        while True:
            backfill = graphql(self.base, BACKFILL, id=backfill_id)["partitionBackfillOrError"]
            if backfill["status"] not in ("REQUESTED", "CANCELING"):
                return backfill
            assert time.monotonic() < deadline, f"backfill still running: {backfill}"
            time.sleep(3)


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def query(pg, sql: str, *params) -> list[tuple]:
    con = pg.connect()
    try:
        with con.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()
    finally:
        con.close()


def runs_of_backfill(pg, backfill_id: str) -> dict[str, tuple[str, str]]:
    """run_id -> (status, partition) from Dagster's PostgreSQL tables."""
    rows = query(
        pg,
        "SELECT r.run_id, r.status, p.value FROM runs r "
        "JOIN run_tags b ON b.run_id = r.run_id AND b.key = 'dagster/backfill' AND b.value = %s "
        "JOIN run_tags p ON p.run_id = r.run_id AND p.key = 'dagster/partition'",
        backfill_id,
    )
    return {run_id: (status, partition) for run_id, status, partition in rows}


def writer_slots(pg) -> list[tuple]:
    return query(
        pg,
        "SELECT run_id, step_key FROM concurrency_slots WHERE concurrency_key = %s AND NOT deleted",
        WRITER_POOL,
    )


def assert_writer_slot_freed(pg) -> None:
    """The one writer slot exists and nobody holds it. A finished run's slot is released by the
    run's own process as it winds down, which can land just after the backfill reads as complete,
    so this waits a little for it; a slot still held after that is a leak."""
    deadline = time.monotonic() + SLOT_RELEASE_SECONDS
    while (slots := writer_slots(pg)) != [(None, None)]:
        assert time.monotonic() < deadline, f"the writer slot was not freed: {slots}"
        time.sleep(0.5)


def snapshot_run_id(settings_env: dict[str, str]) -> str:
    snapshots = Path(settings_env["SUANLI_WAREHOUSE"]).parent / "snapshots"
    con = duckdb.connect(str(snapshots / "current.duckdb"), read_only=True)
    try:
        return con.execute(
            "SELECT arg_max(run_id, published_at) FROM published_snapshots"
        ).fetchone()[0]
    finally:
        con.close()


@pytest.mark.slow
def test_a_deployment_on_postgres_runs_a_backfill_and_recovers_from_killed_processes(tmp_path):
    require_postgres()
    home = tmp_path / "dagster_home"
    home.mkdir(exist_ok=True)
    write_test_instance_config(home / "dagster.yaml")
    with postgres_server() as pg:
        env = {
            **os.environ,
            **pg.dagster_env(),
            "DAGSTER_HOME": str(home),
            "SUANLI_WAREHOUSE": str(tmp_path / "warehouse" / "warehouse.duckdb"),
            "SUANLI_CODE_SERVER_HOST": "127.0.0.1",
            "SUANLI_CODE_SERVER_PORT": str(free_port()),
        }
        deployment = Deployment(tmp_path, env, free_port())
        try:
            deployment.start_code_server()
            deployment.start("webserver")
            deployment.start("daemon")
            deployment.wait_for_location()
            check_backfill(deployment, pg, env)
            check_recovery_from_killed_processes(deployment, pg, env)
        finally:
            deployment.stop()
        assert pg.password not in deployment.logs()


def failures(pg, backfill_id: str) -> list[tuple]:
    """What went wrong in a backfill's runs, for an assertion's message."""
    return query(
        pg,
        "SELECT run_id, dagster_event_type, step_key, left(event, 3000) FROM event_logs "
        "WHERE run_id IN (SELECT run_id FROM run_tags WHERE key = 'dagster/backfill' "
        "AND value = %s) AND dagster_event_type IN (%s, %s)",
        backfill_id,
        "STEP_FAILURE",
        RUN_FAILURE,
    )


def check_backfill(deployment: Deployment, pg, env: dict[str, str]) -> None:
    backfill_id = deployment.backfill(DAYS)
    backfill = deployment.wait_for_backfill(backfill_id)
    assert backfill["status"] == "COMPLETED_SUCCESS", failures(pg, backfill_id)

    # Dagster's state is in PostgreSQL: one successful run per day, with its events.
    runs = runs_of_backfill(pg, backfill_id)
    assert sorted(runs.values()) == [("SUCCESS", day) for day in DAYS]
    events = dict(
        query(
            pg,
            "SELECT dagster_event_type, count(*) FROM event_logs WHERE run_id = ANY(%s) GROUP BY 1",
            list(runs),
        )
    )
    asset_count = len(graphql(deployment.base, ASSET_KEYS)["assetNodes"])
    assert events["ASSET_MATERIALIZATION"] == asset_count * len(DAYS)
    assert events[RUN_SUCCESS] == len(DAYS)
    assert events["STEP_SUCCESS"] == events["STEP_START"] >= 10 * len(DAYS)

    # One writer slot, instance-wide, free again; no two writing steps overlapped.
    assert query(pg, 'SELECT concurrency_key, "limit" FROM concurrency_limits') == [
        (WRITER_POOL, 1)
    ]
    assert_writer_slot_freed(pg)
    steps = query(
        pg,
        "SELECT run_id, step_key, dagster_event_type, timestamp FROM event_logs "
        "WHERE run_id = ANY(%s) AND dagster_event_type IN ('STEP_START', 'STEP_SUCCESS') "
        "ORDER BY timestamp, id",
        list(runs),
    )
    running = 0
    for _, _, event_type, _ in steps:
        running += 1 if event_type == "STEP_START" else -1
        assert running <= 1, "two writing steps ran at the same time"

    # The warehouse holds the three days, and analysts read the last run's snapshot.
    con = read_warehouse(env)
    try:
        fetched = con.execute(
            "SELECT DISTINCT partition_date::VARCHAR FROM feed_fetches ORDER BY 1"
        ).fetchall()
        observations = con.execute(
            "SELECT count(*) FROM price_observations WHERE partition_date::VARCHAR = ANY(?)",
            [DAYS],
        ).fetchone()[0]
    finally:
        con.close()
    assert [day for (day,) in fetched] == DAYS
    assert observations > 0
    last_run = query(
        pg, "SELECT run_id FROM runs WHERE run_id = ANY(%s) ORDER BY end_time DESC", list(runs)
    )[0][0]
    assert snapshot_run_id(env) == last_run


def read_warehouse(env: dict[str, str]) -> duckdb.DuckDBPyConnection:
    """The live warehouse, read-only, as the project's readers open it: waiting out a short write
    that may still hold the file after a run finishes (the daemon's record_pipeline_runs sensor
    records each finished run in it)."""
    return connect_with_lock_retries(
        env["SUANLI_WAREHOUSE"],
        read_only=True,
        config={},
        retries=DEFAULT_LOCK_RETRIES,
        backoff_seconds=DEFAULT_LOCK_BACKOFF_SECONDS,
    )


def check_recovery_from_killed_processes(deployment: Deployment, pg, env: dict[str, str]) -> None:
    crashed_backfill = deployment.backfill([CRASH_DAY])
    # Wait until the run holds the writer slot: killed now, it would keep it forever.
    deadline = time.monotonic() + BACKFILL_SECONDS
    while True:
        runs = runs_of_backfill(pg, crashed_backfill)
        holders = {run_id for run_id, _ in writer_slots(pg)}
        if runs and set(runs) & holders:
            (crashed_run,) = runs
            break
        assert time.monotonic() < deadline, f"the run never took the writer slot: {runs}"
        time.sleep(0.5)
    deployment.kill("code server")
    deployment.kill("daemon")
    assert runs_of_backfill(pg, crashed_backfill)[crashed_run][0] == "STARTED"
    assert {run_id for run_id, _ in writer_slots(pg)} == {crashed_run}

    deployment.start_code_server()
    deployment.start("daemon")
    deployment.wait_for_location()
    deadline = time.monotonic() + MONITORING_SECONDS
    while True:
        status = runs_of_backfill(pg, crashed_backfill)[crashed_run][0]
        slots = writer_slots(pg)
        if status == "FAILURE" and slots == [(None, None)]:
            break
        assert time.monotonic() < deadline, (status, slots, deployment.logs())
        time.sleep(2)
    monitoring = query(
        pg,
        "SELECT dagster_event_type, event FROM event_logs WHERE run_id = %s "
        "AND dagster_event_type IN (%s, %s) ORDER BY id",
        crashed_run,
        RUN_CANCELING,
        RUN_FAILURE,
    )
    # Marked failed by whichever notices first: suanli's fail_abandoned_runs sensor (the run's
    # process is gone) or Dagster's run monitoring (canceled for exceeding the maximum runtime).
    assert monitoring[-1][0] == RUN_FAILURE, monitoring
    assert any(
        "which is gone" in event or (kind == RUN_CANCELING and "maximum runtime" in event)
        for kind, event in monitoring
    ), monitoring

    # The same day again: the writer slot is free, and the half-written day is rewritten.
    retry = deployment.backfill([CRASH_DAY])
    backfill = deployment.wait_for_backfill(retry)
    assert backfill["status"] == "COMPLETED_SUCCESS", failures(pg, retry)
    ((retried_run, (status, day)),) = runs_of_backfill(pg, retry).items()
    assert (status, day) == ("SUCCESS", CRASH_DAY)
    assert_writer_slot_freed(pg)
    assert snapshot_run_id(env) == retried_run
    con = read_warehouse(env)
    try:
        fetches = con.execute(
            "SELECT count(*), count(DISTINCT feed) FROM feed_fetches WHERE partition_date = ?",
            [CRASH_DAY],
        ).fetchone()
    finally:
        con.close()
    assert fetches[0] == fetches[1] > 0, "the crashed day's fetches were not rewritten once each"
