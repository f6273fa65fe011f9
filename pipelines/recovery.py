"""Runs whose process is gone: found, marked failed, and their pool slots freed.

A run killed with SIGKILL (the OOM killer, a reboot) never writes its end: Dagster keeps it
STARTED and keeps its `duckdb_writer` slot claimed, so every later writing step would wait for a
slot nobody will free. Every run records which process runs it (host, pid and the process's start
time, so a reused pid is not mistaken for it); `suanli run` on start, a step waiting for a slot,
and the `fail_abandoned_runs` sensor check those processes on this host and fail the runs whose
process is gone.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from pathlib import Path

import dagster as dg

HOST_TAG = "suanli/host"
PID_TAG = "suanli/pid"
PROCESS_START_TAG = "suanli/process_start"
ABANDONED_RUNS_SENSOR_NAME = "fail_abandoned_runs"
# Every status of a run that has not finished and may have a process. QUEUED runs are left
# alone: they wait in the daemon's queue, have no process yet and hold no slot.
UNFINISHED = [
    dg.DagsterRunStatus.NOT_STARTED,
    dg.DagsterRunStatus.STARTING,
    dg.DagsterRunStatus.STARTED,
    dg.DagsterRunStatus.CANCELING,
]


@dataclass(frozen=True)
class AbandonedRun:
    run_id: str
    job_name: str
    status: str
    pid: int
    host: str
    partition: str | None

    def describe(self) -> str:
        day = f" for {self.partition}" if self.partition else ""
        return (
            f"run {self.run_id} ({self.job_name}{day}) was left {self.status} by process "
            f"{self.pid} on {self.host}, which is gone (killed or crashed)"
        )


def process_tags(pid: int | None = None) -> dict[str, str]:
    """The run tags that name the process running it."""
    pid = os.getpid() if pid is None else pid
    tags = {HOST_TAG: socket.gethostname(), PID_TAG: str(pid)}
    stat = _proc_stat(pid)
    if stat is not None:
        tags[PROCESS_START_TAG] = stat[1]
    return tags


def _proc_stat(pid: int) -> tuple[str, str] | None:
    """(state, start time in clock ticks since boot) from /proc, or None without /proc or pid."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    # The command name in parentheses may itself contain spaces or ')': fields follow the last ')'.
    fields = stat[stat.rindex(")") + 2 :].split()
    return fields[0], fields[19]


def _process_started_at(pid: int) -> float | None:
    """When the process started, in epoch seconds, from /proc (None without /proc or pid)."""
    stat = _proc_stat(pid)
    if stat is None:
        return None
    try:
        boot = next(
            float(line.split()[1])
            for line in Path("/proc/stat").read_text(encoding="ascii").splitlines()
            if line.startswith("btime ")
        )
    except (OSError, StopIteration):
        return None
    return boot + int(stat[1]) / os.sysconf("SC_CLK_TCK")


def process_is_alive(pid: int, start: str | None) -> bool:
    """True while the process with `pid` runs and (where /proc says) is the one that started at
    `start`; a zombie (killed, not yet reaped) is gone."""
    stat = _proc_stat(pid)
    if stat is not None:
        state, started = stat
        return state not in ("Z", "X") and (start is None or started == start)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: it exists
        return True
    return True


def _logged_process(instance: dg.DagsterInstance, run_id: str) -> tuple[int, float] | None:
    """The last process a run's engine events name (Dagster logs the pid of the process that
    launches and executes a run), with when it was logged."""
    for entry in reversed(instance.all_logs(run_id, of_type=dg.DagsterEventType.ENGINE_EVENT)):
        pid = entry.dagster_event.engine_event_data.metadata.get("pid")
        if pid is not None and str(pid.value).isdigit():
            return int(pid.value), entry.timestamp
    return None


def _is_local_instance(instance: dg.DagsterInstance) -> bool:
    """Runs stored in SQLite files under DAGSTER_HOME and launched as local subprocesses all ran
    on this host, tagged or not."""
    return (
        type(instance.run_storage).__name__ == "SqliteRunStorage"
        and type(instance.run_launcher).__name__ == "DefaultRunLauncher"
    )


def _run_process_gone(instance: dg.DagsterInstance, run: dg.DagsterRun, host: str) -> int | None:
    """The pid of the run's process if it is known to have run on this host and is gone."""
    tags = run.tags
    if PID_TAG in tags:
        if tags.get(HOST_TAG) != host or not tags[PID_TAG].isdigit():
            return None
        pid = int(tags[PID_TAG])
        alive = pid == os.getpid() or process_is_alive(pid, tags.get(PROCESS_START_TAG))
        return None if alive else pid
    # Runs from before the tags existed, or killed before their executor started.
    logged = _logged_process(instance, run.run_id) if _is_local_instance(instance) else None
    if logged is None:
        return None
    pid, logged_at = logged
    if pid == os.getpid():
        return None
    if not process_is_alive(pid, None):
        return pid
    started = _process_started_at(pid)
    # A process that started after the pid was logged is another one that reused the pid.
    return pid if started is not None and started > logged_at + 1 else None


def abandoned_runs(instance: dg.DagsterInstance) -> list[AbandonedRun]:
    """Unfinished runs whose process on this host is gone. Runs of other hosts (a shared
    Postgres instance) and runs that never recorded a process are not judged here."""
    host = socket.gethostname()
    found = []
    for record in instance.get_run_records(dg.RunsFilter(statuses=UNFINISHED)):
        run = record.dagster_run
        tags = run.tags
        pid = _run_process_gone(instance, run, host)
        if pid is None:
            continue
        found.append(
            AbandonedRun(
                run_id=run.run_id,
                job_name=run.job_name,
                status=run.status.value,
                pid=pid,
                host=host,
                partition=tags.get("dagster/partition"),
            )
        )
    return found


def fail_abandoned_runs(instance: dg.DagsterInstance) -> list[AbandonedRun]:
    """Mark every abandoned run failed, saying why, and free the pool slots of every finished run
    that still holds one (the runs just failed, and any run whose end left a slot behind)."""
    failed = abandoned_runs(instance)
    for abandoned in failed:
        run = instance.get_run_by_id(abandoned.run_id)
        if run is None or run.is_finished:  # finished meanwhile, by itself or another checker
            continue
        instance.report_run_failed(
            run, f"{abandoned.describe()}: marked failed and its pool slots freed by suanli"
        )
    free_slots_of_finished_runs(instance)
    return failed


def free_slots_of_finished_runs(instance: dg.DagsterInstance) -> list[str]:
    """Free every pool slot and queued claim held by a run that has finished (or is unknown)."""
    storage = instance.event_log_storage
    if not storage.supports_global_concurrency_limits:
        return []
    freed = []
    for run_id in sorted(storage.get_concurrency_run_ids()):
        run = instance.get_run_by_id(run_id)
        if run is None or run.is_finished:
            storage.free_concurrency_slots_for_run(run_id)
            freed.append(run_id)
    return freed


@dg.sensor(
    name=ABANDONED_RUNS_SENSOR_NAME,
    minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Marks failed every run whose process on this host is gone (killed, crashed) and "
    "frees its duckdb_writer slot, so the schedule never waits for a dead run.",
)
def fail_abandoned_runs_sensor(context: dg.SensorEvaluationContext):
    failed = fail_abandoned_runs(context.instance)
    if not failed:
        return dg.SkipReason("no abandoned runs")
    return dg.SkipReason("; ".join(run.describe() for run in failed))
