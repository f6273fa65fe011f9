"""Recording each finished run in the warehouse's `pipeline_runs` table."""

from datetime import UTC, date, datetime

import dagster as dg

from pipelines.jobs import daily_job
from pipelines.resources import WarehouseResource
from suanli.publish import RunRecord, record_run

PARTITION_TAG = "dagster/partition"


def finished_run_record(instance: dg.DagsterInstance, run_id: str, recorded_by: str) -> RunRecord:
    """Everything about a finished run, read back from the Dagster instance."""
    record = instance.get_run_record_by_id(run_id)
    run = record.dagster_run
    failures = instance.all_logs(run_id, of_type=dg.DagsterEventType.STEP_FAILURE)
    run_failure = instance.all_logs(run_id, of_type=dg.DagsterEventType.RUN_FAILURE)
    errors = [
        e.dagster_event.step_failure_data.error.message.strip()
        for e in failures
        if e.dagster_event.step_failure_data.error
    ] or [e.message for e in run_failure if e.message]
    partition = run.tags.get(PARTITION_TAG)
    return RunRecord(
        run_id=run_id,
        job_name=run.job_name,
        partition_date=date.fromisoformat(partition) if partition else None,
        status="success" if run.status == dg.DagsterRunStatus.SUCCESS else "failure",
        failed_assets=sorted(e.dagster_event.step_key.replace("__", "/") for e in failures),
        error=errors[0] if errors else None,
        started_at=_timestamp(record.start_time),
        finished_at=_timestamp(record.end_time),
        recorded_by=recorded_by,
    )


def _timestamp(epoch_seconds: float | None) -> datetime | None:
    return datetime.fromtimestamp(epoch_seconds, UTC) if epoch_seconds else None


def save_run(warehouse: WarehouseResource, record: RunRecord) -> None:
    with warehouse.get_connection() as con:
        record_run(con, record)


@dg.run_status_sensor(
    run_status=dg.DagsterRunStatus.SUCCESS,
    monitored_jobs=[daily_job],
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Records every successful daily run launched by the daemon in pipeline_runs.",
)
def record_successful_runs(context: dg.RunStatusSensorContext, warehouse: WarehouseResource):
    save_run(warehouse, finished_run_record(context.instance, context.dagster_run.run_id, "sensor"))


@dg.run_failure_sensor(
    monitored_jobs=[daily_job],
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Records every failed daily run launched by the daemon in pipeline_runs.",
)
def record_failed_runs(context: dg.RunFailureSensorContext, warehouse: WarehouseResource):
    save_run(warehouse, finished_run_record(context.instance, context.dagster_run.run_id, "sensor"))
