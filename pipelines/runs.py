"""Recording each finished run in the warehouse's `pipeline_runs` table."""

from datetime import UTC, date, datetime

import dagster as dg

from pipelines.resources import LOCK_ERRORS, WarehouseResource
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
    ] or [e.message for e in run_failure if e.message]
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
    """The failure as its author wrote it: a `dg.Failure`'s description, else the error."""
    if failure.user_failure_data and failure.user_failure_data.description:
        return failure.user_failure_data.description.strip()
    return failure.error.message.strip() if failure.error else None


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
