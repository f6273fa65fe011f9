"""Running the daily job from the CLI as the schedule does: with the job's own executor.

`execute_in_process` swaps in an executor that ignores executor config, so steps downstream of a
failed source would be skipped there; `execute_job` on the reconstructable job keeps the daily
job's executor, which builds everything else from what did land.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import dagster as dg

from pipelines.jobs import DAILY_JOB_NAME
from pipelines.settings import Settings


def daily_job() -> dg.JobDefinition:
    from pipelines.definitions import defs

    return defs.resolve_job_def(DAILY_JOB_NAME)


@contextmanager
def execute_daily(
    instance: dg.DagsterInstance, partition_key: str, run_config: dict
) -> Iterator[dg.ExecuteJobResult]:
    with dg.execute_job(
        dg.reconstructable(daily_job),
        instance=instance,
        run_config=run_config,
        tags={"dagster/partition": partition_key},
        raise_on_error=False,
    ) as result:
        yield result


def report_missing_sources(settings: Settings, day: date) -> list[str]:
    """Print the sources that failed to land on the day (the marts were built without their
    data for it) and return their names."""
    from pipelines.resources import WarehouseResource
    from suanli.sources.status import missing_sources

    with WarehouseResource(database=settings.warehouse).get_connection() as con:
        missing = missing_sources(con, day)
    if missing:
        print(
            "MISSING sources today (tables built from what they landed before): "
            + ", ".join(missing)
        )
    return missing
