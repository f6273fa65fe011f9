"""Faults injected into real runs: kill -9 at named steps, a live run holding the writer slot,
SIGTERM and Ctrl-C while waiting, a full disk, and a missing or damaged published snapshot.

Kills are timed from the run's own event log, not by sleeping: the run is stopped (SIGSTOP) as
soon as a target step has started, the log is checked to hold no end of that step, and only then
is it killed, so every kill is known to have landed inside that step."""

import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines.recovery import (
    PID_TAG,
    fail_abandoned_runs_sensor,
    process_is_alive,
    process_tags,
)
from pipelines.runs import finished_run_record
from suanli.paths import PROJECT_ROOT
from suanli.publish import (
    CURRENT_LINK,
    Publication,
    SnapshotUnavailable,
    current_snapshot,
    list_snapshots,
    publish_snapshot,
    table_row_counts,
)
from suanli.settings import EARLIER_DAGSTER_YAMLS, ensure_dagster_home, load_settings
from tests.conftest import BUILT_RUN_DATE

POOL = "duckdb_writer"
# Logs of runs, not data: they gain a row per run by design.
RUN_LOGS = {"pipeline_runs", "published_snapshots"}
FEED_STEPS = {
    "feeds__cn_channel_prices",
    "feeds__ecb_reference_rates",
    "feeds__epoch_hardware_prices",
    "feeds__uc_a100_40gb_pcie",
    "feeds__uc_h100_pcie_80gb",
    "feeds__uc_h100_sxm5_80gb",
    "feeds__uc_rtx_4090",
}
MART_STEPS = {
    "ai_server_demand_drivers",
    "ai_server_market_growth",
    "claims_vs_feeds",
    "domestic_substitution_timeline",
    "gpu_price_index",
    "gpu_price_inflation",
}
SNAPSHOT_STEPS = {"warehouse_snapshot"}
STEP_ENDS = {dg.DagsterEventType.STEP_SUCCESS, dg.DagsterEventType.STEP_FAILURE}
RUN_ID = re.compile(r"\(run ([0-9a-f-]{36})\)")


def start_run(tmp_path: Path, day: str = BUILT_RUN_DATE, **env: str) -> subprocess.Popen:
    """`suanli run` in its own process, output to files (a full pipe would stall it)."""
    out = tmp_path / f"run-{time.monotonic_ns()}.out"
    with open(out, "w") as sink:
        proc = subprocess.Popen(
            [sys.executable, "-m", "pipelines", "run", "--date", day],
            cwd=PROJECT_ROOT,
            env={**os.environ, **env},
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    proc.output_path = out
    return proc


def output_of(proc: subprocess.Popen) -> str:
    return proc.output_path.read_text(encoding="utf-8")


def run_of(instance: dg.DagsterInstance, proc: subprocess.Popen, timeout: float = 300) -> str:
    """The run id of the run `proc` executes, once it exists."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        runs = instance.get_runs(dg.RunsFilter(tags={PID_TAG: str(proc.pid)}))
        if runs:
            return runs[0].run_id
        assert proc.poll() is None, output_of(proc)
        time.sleep(0.05)
    raise AssertionError(f"no run of process {proc.pid} after {timeout} s")


def stop_inside(
    instance: dg.DagsterInstance,
    proc: subprocess.Popen,
    steps: set[str],
    timeout: float = 600,
    warehouse_free: Path | None = None,
) -> tuple[str, str] | None:
    """SIGSTOP `proc` while one of `steps` is in progress: (run id, step), or None when the run
    ended first. A step seen ended once stopped is let go, and the next one is tried. With
    `warehouse_free`, a stop while the run holds that DuckDB file is let go and tried again: the
    run then holds the writer slot but not the file, which the caller reads."""
    run_id = run_of(instance, proc)
    tried: set[str] = set()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        started = {e.step_key for e in instance.all_logs(run_id, dg.DagsterEventType.STEP_START)}
        for step in sorted((started & steps) - tried):
            os.kill(proc.pid, signal.SIGSTOP)
            try:
                ended = {e.step_key for e in instance.all_logs(run_id, STEP_ENDS)}
            except Exception:  # the stopped run held the event log's lock: let it go, retry
                os.kill(proc.pid, signal.SIGCONT)
                break
            if step not in ended and warehouse_free is not None and holds(warehouse_free):
                os.kill(proc.pid, signal.SIGCONT)
                break
            if step not in ended:
                return run_id, step
            tried.add(step)
            os.kill(proc.pid, signal.SIGCONT)
        if proc.poll() is not None:
            return None
        time.sleep(0.02)
    raise AssertionError(f"none of {sorted(steps)} ran within {timeout} s")


def kill_inside(
    instance: dg.DagsterInstance, tmp_path: Path, steps: set[str], attempts: int = 3
) -> tuple[str, str]:
    """Start a run and SIGKILL it inside one of `steps`, holding the writer slot."""
    for _ in range(attempts):
        proc = start_run(tmp_path)
        stopped = stop_inside(instance, proc, steps)
        if stopped is None:  # every target step ended before the run could be stopped
            continue
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        return stopped
    raise AssertionError(f"could not stop a run inside {sorted(steps)} in {attempts} runs")


def slot_holders(instance: dg.DagsterInstance) -> set[str]:
    return instance.event_log_storage.get_concurrency_info(POOL).active_run_ids


def counts(database: Path) -> dict[str, int]:
    con = duckdb.connect(str(database), read_only=True)
    try:
        return {t: n for t, n in table_row_counts(con).items() if t not in RUN_LOGS}
    finally:
        con.close()


def holds(database: Path) -> bool:
    """Whether another process holds the DuckDB file (a reader cannot open it)."""
    try:
        duckdb.connect(str(database), read_only=True).close()
    except duckdb.IOException:
        return True
    return False


def live_rows(database: Path, sql: str, params=()) -> list[tuple]:
    con = duckdb.connect(str(database), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


class SnapshotReader(threading.Thread):
    """Reads the published snapshot over and over, as an analyst would, recording failures."""

    def __init__(self, snapshots_dir: Path):
        super().__init__(daemon=True)
        self.link = snapshots_dir / CURRENT_LINK
        self.stopped = threading.Event()
        self.reads = 0
        self.errors: list[str] = []

    def run(self):
        while not self.stopped.is_set():
            try:
                con = duckdb.connect(str(self.link), read_only=True)
                try:
                    con.execute("SELECT count(*) FROM fx_rates").fetchone()
                finally:
                    con.close()
                self.reads += 1
            except Exception as exc:
                self.errors.append(repr(exc))
            time.sleep(0.05)

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stopped.set()
        self.join(timeout=30)


@pytest.fixture
def published(built_warehouse, isolated_settings, warehouse_path):
    """This test's warehouse: a copy of a clean run's, snapshot published; and that clean run's
    row counts, which every recovered run must reproduce."""
    built = Path(built_warehouse["SUANLI_WAREHOUSE"])
    shutil.copytree(built.parent, warehouse_path.parent, symlinks=True)
    assert current_snapshot(load_settings().snapshots_dir) is not None
    return counts(built)


@pytest.fixture
def instance():
    """The Dagster instance the runs use, with the pool configuration `suanli` writes."""
    ensure_dagster_home(load_settings())
    with dg.DagsterInstance.get() as instance:
        yield instance


def assert_recovered(instance, warehouse_path, killed_run, clean_counts, recovery):
    """The killed run is failed saying its process is gone, holds no slot, is in pipeline_runs;
    the recovery run succeeded and left every table as a clean run does."""
    assert recovery.returncode == 0, recovery.stdout + recovery.stderr
    record = instance.get_run_by_id(killed_run)
    assert record.status == dg.DagsterRunStatus.FAILURE
    assert killed_run not in slot_holders(instance)
    assert counts(warehouse_path) == clean_counts
    (row,) = live_rows(
        warehouse_path, "SELECT status, error FROM pipeline_runs WHERE run_id = ?", [killed_run]
    )
    assert row[0] == "failure" and "which is gone (killed or crashed)" in row[1]


@pytest.mark.slow
def test_kill_9_inside_a_feed_load_then_the_sensor_frees_the_slot_and_the_next_run_completes(
    cli, published, instance, warehouse_path, tmp_path
):
    snapshots_dir = load_settings().snapshots_dir
    with SnapshotReader(snapshots_dir) as reader:
        killed_run, step = kill_inside(instance, tmp_path, FEED_STEPS)
        # The dead run holds the one writer slot: before the fix every later run waited forever.
        assert slot_holders(instance) == {killed_run}
        assert instance.get_run_by_id(killed_run).status == dg.DagsterRunStatus.STARTED

        # The daemon's sensor finds it first here.
        skipped = fail_abandoned_runs_sensor(dg.build_sensor_context(instance=instance))
        assert f"run {killed_run}" in skipped.skip_message
        assert slot_holders(instance) == set()
        failure = instance.all_logs(killed_run, dg.DagsterEventType.RUN_FAILURE)
        assert "which is gone (killed or crashed)" in failure[-1].message

        recovery = cli("run", "--date", BUILT_RUN_DATE)
    assert_recovered(instance, warehouse_path, killed_run, published, recovery)
    assert step in FEED_STEPS
    assert reader.reads > 0 and reader.errors == []


@pytest.mark.slow
def test_kill_9_inside_a_mart_then_the_next_run_recovers_and_completes(
    cli, published, instance, warehouse_path, tmp_path
):
    snapshots_dir = load_settings().snapshots_dir
    with SnapshotReader(snapshots_dir) as reader:
        killed_run, step = kill_inside(instance, tmp_path, MART_STEPS)
        assert slot_holders(instance) == {killed_run}
        recovery = cli("run", "--date", BUILT_RUN_DATE)
    assert f"run {killed_run} (daily_job for {BUILT_RUN_DATE}) was left STARTED" in (
        recovery.stderr
    )
    assert_recovered(instance, warehouse_path, killed_run, published, recovery)
    assert reader.reads > 0 and reader.errors == []


@pytest.mark.slow
def test_kill_9_inside_the_snapshot_publish_keeps_the_last_snapshot_readable(
    cli, published, instance, warehouse_path, tmp_path
):
    snapshots_dir = load_settings().snapshots_dir
    before = current_snapshot(snapshots_dir).resolve()
    with SnapshotReader(snapshots_dir) as reader:
        killed_run, _ = kill_inside(instance, tmp_path, SNAPSHOT_STEPS)
        # Analysts read the previous snapshot, or a complete new one: never a partial copy.
        now = current_snapshot(snapshots_dir).resolve()
        assert now == before or killed_run[:8] in now.name
        recovery = cli("run", "--date", BUILT_RUN_DATE)
    assert_recovered(instance, warehouse_path, killed_run, published, recovery)
    assert reader.reads > 0 and reader.errors == []
    assert not list(snapshots_dir.glob("*.partial"))
    newest = current_snapshot(snapshots_dir).resolve()
    assert RUN_ID.search(recovery.stdout)[1][:8] in newest.name
    assert counts(newest) == published


@pytest.mark.slow
def test_a_run_waiting_for_a_live_holder_gives_up_at_the_limit_and_stops_at_sigterm_or_ctrl_c(
    published, instance, warehouse_path, tmp_path
):
    holder = start_run(tmp_path)
    # (Stopped holding the writer slot but not the file, so that the waiting runs can record
    # their failures; a run stopped while it holds the file is tests/test_sources_status.py's.)
    stopped = stop_inside(instance, holder, FEED_STEPS | MART_STEPS, warehouse_free=warehouse_path)
    assert stopped is not None, output_of(holder)
    holder_run, holder_step = stopped
    try:
        # A stopped process is alive: its run is not abandoned, and the limit applies.
        limited = start_run(tmp_path, SUANLI_POOL_WAIT_SECONDS="3")
        assert limited.wait(timeout=600) == 1
        out = output_of(limited)
        assert "Traceback" not in out
        waited = re.search(r"FAILED run: PoolWaitTimeout: step (\S+) waited 3 s for a slot", out)
        assert waited, out
        assert f"held by run {holder_run} (step {holder_step}, STARTED, pid {holder.pid})" in out
        (error,) = live_rows(
            warehouse_path,
            "SELECT error FROM pipeline_runs WHERE run_id = ?",
            [RUN_ID.search(out)[1]],
        )[0]
        assert error.startswith("PoolWaitTimeout: step") and holder_run in error

        for sig in (signal.SIGTERM, signal.SIGINT):
            waiting = start_run(tmp_path)
            waiting_run = run_of(instance, waiting)
            deadline = time.monotonic() + 600
            while not any(
                "blocked by limit" in (e.message or "")
                for e in instance.all_logs(waiting_run, dg.DagsterEventType.ENGINE_EVENT)
            ):
                assert time.monotonic() < deadline and waiting.poll() is None
                time.sleep(0.1)
            waiting.send_signal(sig)
            assert waiting.wait(timeout=60) == 1
            out = output_of(waiting)
            assert "FAILED run: DagsterExecutionInterruptedError: stopped by SIGTERM or Ctrl-C" in (
                out
            ), out
            assert instance.get_run_by_id(waiting_run).status == dg.DagsterRunStatus.FAILURE
            assert waiting_run not in slot_holders(instance)
        assert slot_holders(instance) == {holder_run}
    finally:
        holder.send_signal(signal.SIGCONT)
    # The holder was never disturbed: it finishes as a clean run does.
    assert holder.wait(timeout=600) == 0, output_of(holder)
    assert counts(warehouse_path) == published


def test_process_liveness_tells_dead_zombie_and_reused_pids_from_live_ones():
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        tags = process_tags(sleeper.pid)
        assert process_is_alive(sleeper.pid, tags.get("suanli/process_start"))
        if "suanli/process_start" in tags:  # a different start time: another process, same pid
            assert not process_is_alive(sleeper.pid, str(int(tags["suanli/process_start"]) - 1))
        sleeper.kill()
        os.waitid(os.P_PID, sleeper.pid, os.WEXITED | os.WNOWAIT)  # dead, left unreaped
        assert not process_is_alive(sleeper.pid, None)  # a zombie is gone
    finally:
        sleeper.kill()
        sleeper.wait()
    assert not process_is_alive(sleeper.pid, None)


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (ValueError("price 1e308 USD is not finite in CNY"), "ValueError: price 1e308 USD"),
        (OverflowError("date value out of range"), "OverflowError: date value out of range"),
        (KeyError("model"), "KeyError: 'model'"),
    ],
)
def test_a_failing_asset_is_reported_with_the_exception_type_and_message(error, expected):
    @dg.asset
    def failing_asset():
        raise error

    with dg.instance_for_test() as instance:
        result = dg.materialize([failing_asset], instance=instance, raise_on_error=False)
        record = finished_run_record(instance, result.run_id, recorded_by="test")
    assert record.status == "failure"
    assert record.error.startswith(expected), record.error
    assert "Error occurred while executing" not in record.error


def mount_tmpfs(path: Path, size: str) -> None:
    path.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"a size-limited tmpfs cannot be mounted here: {mounted.stderr.strip()}")


@pytest.fixture
def small_disk(tmp_path, monkeypatch):
    """The warehouse on a small tmpfs (Dagster's home stays on the normal disk)."""
    mount = tmp_path / "small_disk"
    mounts: list[Path] = []

    def make(size: str) -> Path:
        mount_tmpfs(mount, size)
        mounts.append(mount)
        monkeypatch.setenv("SUANLI_WAREHOUSE", str(mount / "warehouse.duckdb"))
        return mount

    yield make
    for path in mounts:
        subprocess.run(["umount", str(path)], check=False)


@pytest.mark.slow
def test_a_full_disk_during_the_publish_is_one_clear_line_no_partial_and_the_run_recorded(
    cli, small_disk
):
    disk = small_disk("14m")  # room for the warehouse, not for its snapshot copy
    result = cli("run", "--date", BUILT_RUN_DATE)
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "Traceback" not in out
    assert "disk full (No space left on device) under" in result.stdout
    assert "FAILED step warehouse_snapshot: OSError: [Errno 28] No space left on device" in out
    assert list((disk / "snapshots").iterdir()) == []
    run_id = RUN_ID.search(result.stdout)[1]
    rows = live_rows(disk / "warehouse.duckdb", "SELECT run_id, status, error FROM pipeline_runs")
    assert [r[:2] for r in rows] == [(run_id, "failure")]
    assert "No space left on device" in rows[0][2]
    assert live_rows(disk / "warehouse.duckdb", "SELECT * FROM published_snapshots") == []


@pytest.mark.slow
def test_a_full_disk_during_writes_is_clear_and_the_next_run_records_the_failed_one(
    cli, small_disk
):
    disk = small_disk("6m")  # full before the feeds are all written
    failed = cli("run", "--date", BUILT_RUN_DATE)
    out = failed.stdout + failed.stderr
    assert failed.returncode == 1, out
    assert "Traceback" not in out
    assert "no transaction is active" not in out  # the ROLLBACK no longer hides the cause
    assert "disk full (No space left on device) under" in failed.stdout
    failed_run = RUN_ID.search(failed.stdout)[1]

    subprocess.run(["mount", "-o", "remount,size=256m", str(disk)], check=True)
    fixed = cli("run", "--date", BUILT_RUN_DATE)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    rows = live_rows(
        disk / "warehouse.duckdb",
        "SELECT run_id, status, recorded_by FROM pipeline_runs ORDER BY started_at",
    )
    assert [r[0] for r in rows] == [failed_run, RUN_ID.search(fixed.stdout)[1]]
    assert [r[1] for r in rows] == ["failure", "success"]


def make_database(path: Path, marker: str) -> None:
    con = duckdb.connect(str(path))
    try:
        con.execute("CREATE TABLE marker AS SELECT ? AS source", [marker])
    finally:
        con.close()


@pytest.fixture
def snapshots(warehouse_path):
    """A live warehouse and two published snapshots, each saying which file it is."""
    warehouse_path.parent.mkdir(parents=True)
    make_database(warehouse_path, "live")
    directory = load_settings().snapshots_dir
    directory.mkdir()
    names = [
        "warehouse-20261123T060000000000-20261123-aaaaaaaa.duckdb",
        "warehouse-20261124T060000000000-20261124-bbbbbbbb.duckdb",
    ]
    for name in names:
        make_database(directory / name, name)
    (directory / CURRENT_LINK).symlink_to(names[-1])
    return directory, names


def test_a_readable_snapshot_is_what_analysts_read(cli, snapshots):
    _, names = snapshots
    result = cli("sql", "SELECT source FROM marker", "--csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["source", names[-1]]


@pytest.mark.parametrize("previous_kept", [True, False])
def test_a_dangling_current_link_names_the_problem_and_the_repair_never_the_live_file(
    cli, snapshots, previous_kept
):
    directory, names = snapshots
    (directory / names[-1]).unlink()
    if not previous_kept:
        (directory / names[0]).unlink()
    result = cli("sql", "SELECT source FROM marker", "--csv")
    assert result.returncode == 1
    assert result.stdout == ""  # nothing read, in particular not the live file
    assert f"points at {names[-1]}, which is missing" in result.stderr
    assert "the next successful `suanli run` publishes a new snapshot" in result.stderr
    assert (f"ln -sfn {names[0]}" in result.stderr) is previous_kept
    assert "no published snapshot yet" not in result.stderr
    with pytest.raises(SnapshotUnavailable, match="which is missing"):
        current_snapshot(directory)


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_damaged_snapshot_names_the_file_and_the_repair_at_once(cli, snapshots, damage):
    directory, names = snapshots
    current = directory / names[-1]
    if damage == "garbage":
        current.write_bytes(b"not a database at all\n" * 100)
    else:
        current.write_bytes(current.read_bytes()[:5000])
    result = cli("sql", "SELECT source FROM marker", "--csv")
    assert result.returncode == 1
    assert result.stdout == ""
    assert f"-> {names[-1]} cannot be read, the file is damaged" in result.stderr
    assert f"ln -sfn {names[0]}" in result.stderr


def test_publishing_removes_a_dead_publishers_leftovers(tmp_path):
    database = tmp_path / "warehouse.duckdb"
    make_database(database, "live")
    snapshots_dir = tmp_path / "snapshots"
    snapshots_dir.mkdir()
    leftovers = [
        snapshots_dir / "warehouse-20261101T000000000000-20261101-deadbeef.partial",
        snapshots_dir / f".{CURRENT_LINK}.4242",
    ]
    for leftover in leftovers:
        leftover.write_bytes(b"half a copy")
    con = duckdb.connect(str(database))
    try:
        target = publish_snapshot(
            con, database, snapshots_dir, Publication("0123abcd", None, None), 2, datetime.now(UTC)
        )
    finally:
        con.close()
    assert not any(p.exists() for p in leftovers)
    assert list_snapshots(snapshots_dir) == [target]


def test_a_publish_that_fills_the_disk_leaves_no_copy_no_row_and_the_old_snapshot(
    tmp_path, small_disk
):
    source = tmp_path / "source.duckdb"
    con = duckdb.connect(str(source))
    con.execute(
        "CREATE TABLE filler AS SELECT range AS n, md5(range::VARCHAR) AS h FROM range(200000)"
    )
    con.close()
    size = source.stat().st_size
    # Room for the database and one copy (and the copy's new row), not for a second copy.
    disk = small_disk(f"{(2 * size + 2**21) // 1024}k")
    database = disk / "warehouse.duckdb"
    shutil.copyfile(source, database)
    snapshots_dir = disk / "snapshots"
    con = duckdb.connect(str(database))
    try:
        first = publish_snapshot(
            con, database, snapshots_dir, Publication("first000", None, None), 1, datetime.now(UTC)
        )
        with pytest.raises(OSError, match="No space left on device"):
            publish_snapshot(
                con,
                database,
                snapshots_dir,
                Publication("second00", None, None),
                1,
                datetime.now(UTC),
            )
        published = con.execute("SELECT run_id FROM published_snapshots").fetchall()
    finally:
        con.close()
    assert published == [("first000",)]  # no row names a snapshot that was never published
    assert sorted(p.name for p in snapshots_dir.iterdir()) == sorted([first.name, CURRENT_LINK])
    assert current_snapshot(snapshots_dir).resolve() == first


def test_run_monitoring_reaches_dagster_homes_suanli_wrote_but_not_the_users_own(tmp_path):
    settings = load_settings()
    config = settings.dagster_home / "dagster.yaml"
    config.write_text(EARLIER_DAGSTER_YAMLS[0], encoding="utf-8")
    ensure_dagster_home(settings)
    with dg.DagsterInstance.get() as instance:
        assert instance.run_monitoring_enabled
        assert instance.run_monitoring_settings["free_slots_after_run_end_seconds"] > 0
    own = "telemetry:\n  enabled: false\n"
    config.write_text(own, encoding="utf-8")
    ensure_dagster_home(settings)
    assert config.read_text(encoding="utf-8") == own


@pytest.mark.parametrize("value", ["0", "-5", "soon", "nan", "inf"])
def test_a_pool_wait_limit_that_is_not_a_positive_number_is_refused_clearly(cli, value):
    result = cli("run", "--date", BUILT_RUN_DATE, env={"SUANLI_POOL_WAIT_SECONDS": value})
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"SUANLI_POOL_WAIT_SECONDS must be a positive number of seconds, got {value!r}" in (
        result.stderr
    )
