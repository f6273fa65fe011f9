"""The in-process executor of every suanli run, with a bounded wait for the writer pool.

Dagster 1.13's in-process executor waits for a pool slot with no limit, without sleeping (its
next-claim interval is never positive, so the loop spins a core) and without looking at
SIGTERM or Ctrl-C, which Dagster only acts on inside a step. A run waiting for a slot held by a
dead run therefore never ended and could not be stopped. This executor is Dagster's in-process
executor with a pool-claim context that sleeps between attempts, fails abandoned runs (their
slots come free), gives up after SUANLI_POOL_WAIT_SECONDS naming the run that holds the slot, and
stops at SIGTERM or Ctrl-C. It also tags the run with its process, so a run killed later is
recognised as abandoned.

Dagster has no public hook for the pool claim, so this uses its internal execution classes;
dagster is pinned to 1.13.x in pyproject.toml.
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Iterator
from functools import partial

import dagster as dg
from dagster._core.events import DagsterEvent, EngineEventData
from dagster._core.execution.api import ExecuteRunWithPlanIterable
from dagster._core.execution.context_creation_job import PlanExecutionContextManager
from dagster._core.execution.plan.execute_plan import inner_plan_execution_iterator
from dagster._core.execution.plan.instance_concurrency_context import InstanceConcurrencyContext
from dagster._core.executor.in_process import InProcessExecutor
from dagster._utils.interrupts import pop_captured_interrupt

from pipelines.recovery import PID_TAG, fail_abandoned_runs, process_tags
from suanli.settings import POOL_WAIT_ENV, load_settings

# How often a waiting step looks for abandoned runs, and its longest sleep between checks of
# the wait limit and of SIGTERM / Ctrl-C.
ABANDONED_CHECK_SECONDS = 10.0
LONGEST_SLEEP_SECONDS = 0.5


class PoolWaitTimeout(Exception):
    """A step waited longer than SUANLI_POOL_WAIT_SECONDS for a pool slot."""


class BoundedPoolClaims(InstanceConcurrencyContext):
    """Pool claims for one run that give up after `limit_seconds` and stop at an interrupt."""

    def __init__(self, instance: dg.DagsterInstance, run: dg.DagsterRun, limit_seconds: float):
        super().__init__(instance, run)
        self._limit_seconds = limit_seconds
        self._waiting_since: dict[str, float] = {}
        self._next_abandoned_check = 0.0

    def claim(self, concurrency_key: str, step_key: str, step_priority: int = 0) -> bool:
        # Taken, not just read: resource teardown would otherwise raise it again, without this
        # message, in place of this error.
        if pop_captured_interrupt():
            raise dg.DagsterExecutionInterruptedError(
                f"stopped by SIGTERM or Ctrl-C while step {step_key} waited for a slot in pool "
                f"{concurrency_key}"
            )
        if super().claim(concurrency_key, step_key, step_priority):
            self._waiting_since.pop(step_key, None)
            return True
        now = time.monotonic()
        since = self._waiting_since.setdefault(step_key, now)
        if now >= self._next_abandoned_check:
            self._next_abandoned_check = now + ABANDONED_CHECK_SECONDS
            fail_abandoned_runs(self._instance)
        if now - since > self._limit_seconds:
            raise PoolWaitTimeout(
                f"step {step_key} waited {self._limit_seconds:g} s for a slot in pool "
                f"{concurrency_key} ({POOL_WAIT_ENV}), held by "
                f"{self._holders(concurrency_key)}: stop that run (Terminate in the UI) if it "
                f"hangs, or raise {POOL_WAIT_ENV}, then rerun"
            )
        return False

    def _holders(self, concurrency_key: str) -> str:
        slots = self._instance.event_log_storage.get_concurrency_info(concurrency_key)
        described = []
        for slot in slots.claimed_slots:
            run = self._instance.get_run_by_id(slot.run_id)
            process = f", pid {run.tags[PID_TAG]}" if run and PID_TAG in run.tags else ""
            status = run.status.value if run else "unknown"
            described.append(f"run {slot.run_id} (step {slot.step_key}, {status}{process})")
        return ", ".join(described) or "no run (the slot came free as the limit passed)"

    def interval_to_next_pending_claim_check(self) -> float:
        # Dagster's own returns min(0, …), never a positive wait, so the executor would spin.
        return LONGEST_SLEEP_SECONDS if self.has_pending_claims() else 0.0


def _execute_with_bounded_claims(
    job_context, execution_plan, limit_seconds: float
) -> Iterator[DagsterEvent]:
    with BoundedPoolClaims(job_context.instance, job_context.dagster_run, limit_seconds) as claims:
        yield from inner_plan_execution_iterator(job_context, execution_plan, claims)


class SingleWriterExecutor(InProcessExecutor):
    def execute(self, plan_context, execution_plan) -> Iterator[DagsterEvent]:
        limit_seconds = load_settings().pool_wait_seconds
        plan_context.instance.add_run_tags(plan_context.run_id, process_tags())
        yield DagsterEvent.engine_event(
            plan_context,
            f"Executing steps in process {os.getpid()} on {socket.gethostname()}; a step waits "
            f"at most {limit_seconds:g} s for a pool slot",
            event_specific_data=EngineEventData.in_process(
                os.getpid(), execution_plan.step_keys_to_execute
            ),
        )
        yield from ExecuteRunWithPlanIterable(
            execution_plan=plan_context.execution_plan,
            iterator=partial(_execute_with_bounded_claims, limit_seconds=limit_seconds),
            execution_context_manager=PlanExecutionContextManager(
                job=plan_context.job,
                retry_mode=plan_context.retry_mode,
                execution_plan=plan_context.execution_plan,
                run_config=plan_context.run_config,
                dagster_run=plan_context.dagster_run,
                instance=plan_context.instance,
                raise_on_error=plan_context.raise_on_error,
                output_capture=plan_context.output_capture,
                step_dependency_config=self.step_dependency_config,
            ),
        )


@dg.executor(name="single_writer_in_process", config_schema=dg.in_process_executor.config_schema)
def single_writer_executor(init_context: dg.InitExecutorContext) -> SingleWriterExecutor:
    """Every step in this process, one after another, waiting a bounded time for a pool slot."""
    base = dg.in_process_executor.executor_creation_fn(init_context)
    return SingleWriterExecutor(
        retries=base.retries, step_dependency_config=base.step_dependency_config
    )
