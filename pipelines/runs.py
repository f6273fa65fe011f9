"""Recording each finished run in the warehouse's `pipeline_runs` table."""

import re
from datetime import UTC, date, datetime

import dagster as dg

from assets.resources import LOCK_ERRORS, WarehouseResource
from suanli.publish import RunRecord, record_run, recorded_run_ids

RUN_LOG_SENSOR_NAME = "record_pipeline_runs"
PARTITION_TAG = "dagster/partition"
RANGE_START_TAG = "dagster/asset_partition_range_start"
RANGE_END_TAG = "dagster/asset_partition_range_end"
FINISHED = [dg.DagsterRunStatus.SUCCESS, dg.DagsterRunStatus.FAILURE, dg.DagsterRunStatus.CANCELED]
RUNS_PER_TICK = 200
# The sensor must not sit out a long writer step: it gives up quickly and retries next tick.
SENSOR_LOCK_RETRIES = 3
# Run storage compares update timestamps strictly; looking back a little never misses a run that
# finished in the same instant as the last one recorded (already-recorded runs are skipped).
CURSOR_OVERLAP_SECONDS = 1.0


def finished_run_record(instance: dg.DagsterInstance, run_id: str, recorded_by: str) -> RunRecord:
    """Everything about a finished run, read back from the Dagster instance."""
    record = instance.get_run_record_by_id(run_id)
    run = record.dagster_run
    step_failures = instance.all_logs(run_id, of_type=dg.DagsterEventType.STEP_FAILURE)
    run_failure = instance.all_logs(run_id, of_type=dg.DagsterEventType.RUN_FAILURE)
    asset_failures = instance.all_logs(
        run_id, of_type=dg.DagsterEventType.ASSET_FAILED_TO_MATERIALIZE
    )
    errors = [
        message
        for e in step_failures
        if (message := step_failure_message(e.dagster_event.step_failure_data))
    ] or [message for e in run_failure if (message := run_failure_message(e.dagster_event))]
    failed_assets = {e.dagster_event.asset_key.to_user_string() for e in asset_failures} or {
        e.dagster_event.step_key.replace("__", "/") for e in step_failures
    }
    first = run.tags.get(RANGE_START_TAG) or run.tags.get(PARTITION_TAG)
    last = run.tags.get(RANGE_END_TAG) or first
    return RunRecord(
        run_id=run_id,
        job_name=run.job_name,
        partition_date=date.fromisoformat(first) if first else None,
        partition_end=date.fromisoformat(last) if last else None,
        status=run.status.value.lower(),
        failed_assets=sorted(failed_assets),
        error=errors[0] if errors else None,
        started_at=_timestamp(record.start_time),
        finished_at=_timestamp(record.end_time),
        recorded_by=recorded_by,
    )


def step_failure_message(failure) -> str | None:
    """The failure as its author wrote it: a `dg.Failure`'s description, else the exception
    that caused it (type and message) rather than Dagster's "Error occurred while executing"."""
    if failure.user_failure_data and failure.user_failure_data.description:
        return failure.user_failure_data.description.strip()
    return error_message(failure.error) if failure.error else None


def run_failure_message(event: dg.DagsterEvent) -> str | None:
    """Why a run failed outside any step (a pool wait that gave up, an interrupt, a dead
    process): the exception behind it, else the failure's own message."""
    data = event.event_specific_data
    error = getattr(data, "error", None)
    if error is not None:
        return error_message(error)
    return event.message.strip() if event.message else None


def error_message(error) -> str:
    """The first exception in a serialized error's cause chain that is not Dagster's own
    wrapper, as "Type: message"; Dagster's error when the chain holds nothing else."""
    chain = [error]
    while chain[-1].cause is not None:
        chain.append(chain[-1].cause)
    cause = next((e for e in chain if not (e.cls_name or "").startswith("Dagster")), chain[-1])
    message = cause.message.strip()
    if cause.cls_name:
        # Extension modules name their classes with the module ("_duckdb.IOException: …").
        message = re.sub(rf"^[\w.]+\.{re.escape(cause.cls_name)}:", f"{cause.cls_name}:", message)
        if not message.startswith(cause.cls_name):
            message = f"{cause.cls_name}: {message}"
    return message


def _timestamp(epoch_seconds: float | None) -> datetime | None:
    return datetime.fromtimestamp(epoch_seconds, UTC) if epoch_seconds else None


def save_run(warehouse: WarehouseResource, record: RunRecord) -> None:
    with warehouse.get_connection() as con:
        record_run(con, record)


@dg.sensor(
    name=RUN_LOG_SENSOR_NAME,
    minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Records every finished run of this code location (schedule, backfills, UI "
    "materializations) in pipeline_runs; a run missed while the warehouse was busy is recorded "
    "on a later tick.",
)
def record_pipeline_runs(context: dg.SensorEvaluationContext, warehouse: WarehouseResource):
    # Reconciling against the run storage, rather than reacting to each run's status event, means
    # a tick that finds the warehouse locked loses nothing: the cursor only moves past runs whose
    # rows are written.
    since = float(context.cursor) if context.cursor else 0.0
    records = [
        r
        for r in context.instance.get_run_records(
            dg.RunsFilter(
                statuses=FINISHED,
                updated_after=datetime.fromtimestamp(max(since - CURSOR_OVERLAP_SECONDS, 0), UTC),
            ),
            limit=RUNS_PER_TICK,
            order_by="update_timestamp",
            ascending=True,
        )
        if context.repository_def.has_job(r.dagster_run.job_name)
    ]
    if not records:
        return dg.SkipReason("no newly finished runs")
    quick = WarehouseResource(
        database=warehouse.database,
        connection_config=warehouse.connection_config,
        lock_retries=SENSOR_LOCK_RETRIES,
    )
    try:
        with quick.get_connection() as con:
            done = recorded_run_ids(con, [r.dagster_run.run_id for r in records])
            for r in records:
                if r.dagster_run.run_id not in done:
                    record_run(
                        con, finished_run_record(context.instance, r.dagster_run.run_id, "sensor")
                    )
    except LOCK_ERRORS as exc:
        return dg.SkipReason(f"warehouse busy, retrying next tick: {exc}")
    context.update_cursor(str(max(r.update_timestamp.timestamp() for r in records)))
    return dg.SkipReason(f"recorded {len(records) - len(done)} finished run(s)")


def record_unrecorded_runs(
    instance: dg.DagsterInstance,
    warehouse: WarehouseResource,
    repository: dg.RepositoryDefinition,
    recorded_by: str,
    limit: int = RUNS_PER_TICK,
) -> list[str]:
    """Record the most recent finished runs of this code location that `pipeline_runs` lacks:
    runs failed as abandoned, and runs whose own recording failed (a full disk, a busy file)."""
    records = [
        r
        for r in instance.get_run_records(
            dg.RunsFilter(statuses=FINISHED), limit=limit, order_by="update_timestamp"
        )
        if repository.has_job(r.dagster_run.job_name)
    ]
    if not records:
        return []
    with warehouse.get_connection() as con:
        done = recorded_run_ids(con, [r.dagster_run.run_id for r in records])
        missing = [r.dagster_run.run_id for r in records if r.dagster_run.run_id not in done]
        for run_id in missing:
            record_run(con, finished_run_record(instance, run_id, recorded_by))
    return missing
