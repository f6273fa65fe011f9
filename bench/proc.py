"""Running one measurement in a fresh subprocess and reading back its time and peak memory."""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parents[1]
EXCEPTION_LINE = re.compile(r"^[\w.]+(Error|Exception|Failed|Interrupt)\b.*:")


class WorkerFailed(RuntimeError):
    """A measurement subprocess exited non-zero; `summary` is one line, `stderr` the rest."""

    def __init__(self, what: str, stderr: str):
        lines = stderr.strip().splitlines()
        # The exception line, not whatever the exception's own message trails after it.
        errors = [line for line in lines if EXCEPTION_LINE.match(line)]
        last = errors[-1] if errors else lines[-1] if lines else "no output"
        self.summary = f"{what}: {last}"
        self.stderr_tail = "\n".join(lines[-25:])
        super().__init__(self.summary)


@dataclass
class Sample:
    """One subprocess run: wall time seen by the parent, peak RSS, and what the worker reported."""

    wall_s: float
    peak_rss_bytes: int
    report: dict[str, Any] = field(default_factory=dict)

    @property
    def seconds(self) -> float:
        """The worker's own timing of the measured work (excludes interpreter start and imports)
        when it reports one, else the parent's wall time."""
        return float(self.report.get("seconds", self.wall_s))


def run_worker(task: str, args: dict[str, Any], env: dict[str, str] | None = None) -> Sample:
    """Run `python -m bench.worker <task> ARGS.json`; the worker prints a JSON report.

    Arguments travel in a file: three years of daily file names overflow a command line.
    """
    with tempfile.NamedTemporaryFile("w", suffix=".json") as handle:
        json.dump(args, handle)
        handle.flush()
        return run_python(["-m", "bench.worker", task, handle.name], env=env, parse_json=True)


def run_python(
    arguments: list[str],
    env: dict[str, str] | None = None,
    parse_json: bool = False,
    cwd: Path = PROJECT_ROOT,
) -> Sample:
    """Run `python ARGUMENTS…` (`-m module …` or `-c code`) in a fresh process; time it and
    read its own peak RSS back through bench.peak."""
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.NamedTemporaryFile("r") as peak,
    ):
        command = [sys.executable, "-m", "bench.peak", peak.name, *arguments]
        started = time.perf_counter()
        process = subprocess.run(
            command, stdout=out, stderr=err, cwd=cwd, env={**os.environ, **(env or {})}
        )
        wall = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode(errors="replace")
        peak_text = peak.read().strip()
    if process.returncode != 0:
        raise WorkerFailed(
            f"python {' '.join(arguments[:3])[:80]} exited {process.returncode}", stderr
        )
    report = json.loads(stdout.strip().splitlines()[-1]) if parse_json else {}
    return Sample(wall, int(peak_text or 0), report)


def median_sample(samples: list[Sample]) -> Sample:
    """The sample with the median measured time (its own memory and report come with it)."""
    ordered = sorted(samples, key=lambda s: s.seconds)
    return ordered[(len(ordered) - 1) // 2]


def median(values: list[float]) -> float:
    return statistics.median(values)
