"""The daily job over every asset, and its schedule."""

import dagster as dg

from pipelines.executor import single_writer_executor

DAILY_JOB_NAME = "daily_job"
DAILY_SCHEDULE_NAME = "daily_schedule"
SCHEDULE_HOUR = 6

# Every step writes the one DuckDB file, so steps run one at a time whatever the executor: a
# process per step would only add start-up cost (seconds per step), never parallelism. Its wait for
# the writer pool is bounded and interruptible (pipelines/executor.py).
# A step runs once its upstream steps have produced their output, even if one then failed: a
# feed or article source that cannot be reached records its failure, outputs what it holds and
# fails, and everything downstream is built from what did land (steps that fail before any
# output still stop what depends on them).
SINGLE_WRITER_EXECUTOR = single_writer_executor.configured(
    {"step_dependency_config": {"require_upstream_step_success": False}},
    name="single_writer_in_process_tolerant",
)

daily_job = dg.define_asset_job(
    DAILY_JOB_NAME,
    selection=dg.AssetSelection.all(),
    executor_def=SINGLE_WRITER_EXECUTOR,
    description="Refresh every article, feed and mart for one day (partition = fetch date).",
)

daily_schedule = dg.build_schedule_from_partitioned_job(
    daily_job,
    name=DAILY_SCHEDULE_NAME,
    hour_of_day=SCHEDULE_HOUR,
    minute_of_hour=0,
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Every day at 06:00 Asia/Shanghai, for that day's partition.",
)
