"""`python -m bench.bookkeeping [--repeats N]`: Dagster's bookkeeping per run, PostgreSQL vs SQLite.

Three whole processes per repeat, each on an empty warehouse: `suanli run --date D` with
Dagster's state in SQLite (the default `.dagster_home`), the same with the deployment's
`deploy/dagster.yaml` (PostgreSQL from the distribution's packages, on 127.0.0.1, started once
for the benchmark by bench.postgres), and the same work as plain suanli calls (bench/plain.py).
Bookkeeping = a run's wall time minus the plain calls'. Prints a Markdown table for
bench/README.md; it is not part of `python -m bench` because it needs a PostgreSQL server.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path
from statistics import median

from bench.machine import describe_machine, load_average
from bench.postgres import postgres_server
from bench.proc import PROJECT_ROOT, Sample, run_python, run_worker
from bench.report import fmt_bytes, fmt_seconds, markdown_table

STORAGES = ("SQLite", "PostgreSQL")
COUNT_EVENTS = """
import dagster as dg
with dg.DagsterInstance.get() as instance:
    (record,) = instance.get_run_records(limit=1)
    print(len(instance.all_logs(record.dagster_run.run_id)))
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bookkeeping", description=__doc__)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--workdir", type=Path, default=Path(tempfile.gettempdir()) / "suanli-bench-bookkeeping"
    )
    args = parser.parse_args(argv)
    # Yesterday is always inside the daily partitions (they start 2023-01-01, end today).
    day = (date.today() - timedelta(days=1)).isoformat()
    assets = run_worker("job_assets", {}).report["assets"]
    groups = sorted(set(assets.values()))
    extract = sum(1 for g in assets.values() if g == "articles") > 1
    load_before = load_average()
    samples: dict[str, list[Sample]] = {name: [] for name in (*STORAGES, "plain calls")}
    events: dict[str, int] = {}
    with postgres_server(database="bench") as pg:
        for repeat in range(args.repeats):
            for name in samples:
                home = args.workdir / name.replace(" ", "_")
                shutil.rmtree(home, ignore_errors=True)
                (home / "dagster_home").mkdir(parents=True)
                env = {
                    "SUANLI_WAREHOUSE": str(home / "warehouse" / "warehouse.duckdb"),
                    "DAGSTER_HOME": str(home / "dagster_home"),
                }
                if name == "PostgreSQL":
                    shutil.copyfile(
                        PROJECT_ROOT / "deploy" / "dagster.yaml",
                        home / "dagster_home" / "dagster.yaml",
                    )
                    env.update(pg.dagster_env())
                    _wipe(pg)
                if name == "plain calls":
                    work = {"day": day, "groups": groups, "extract": extract}
                    samples[name].append(run_worker("plain_daily", work, env=env))
                    continue
                samples[name].append(run_python(["-m", "pipelines", "run", "--date", day], env=env))
                if repeat == 0:
                    events[name] = _count_events(env)
    shutil.rmtree(args.workdir, ignore_errors=True)
    print(report(samples, events, args.repeats, day, load_before))
    return 0


def _count_events(env: dict[str, str]) -> int:
    """Events the run wrote to Dagster's event log (each is a write the run waited for)."""
    result = subprocess.run(
        [sys.executable, "-c", COUNT_EVENTS],
        env={**os.environ, **env},
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return int(result.stdout.strip().splitlines()[-1])


def _wipe(pg) -> None:
    """Each PostgreSQL sample starts, like each SQLite one, from an empty instance."""
    con = pg.connect()
    try:
        con.autocommit = True
        with con.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    finally:
        con.close()


def report(samples, events, repeats: int, day: str, load_before) -> str:
    walls = {name: median(s.wall_s for s in runs) for name, runs in samples.items()}
    plain = walls["plain calls"]
    rows = []
    for name, runs in samples.items():
        peak = sorted(runs, key=lambda s: s.wall_s)[(len(runs) - 1) // 2].peak_rss_bytes
        if name == "plain calls":
            rows.append(["the same work as plain suanli calls", fmt_seconds(plain), "", "", ""])
            continue
        bookkeeping = walls[name] - plain
        rows.append(
            [
                f"`suanli run`, Dagster's state in {name}",
                fmt_seconds(walls[name]),
                fmt_seconds(bookkeeping),
                f"{events[name]} events, {fmt_seconds(bookkeeping / events[name])} each",
                fmt_bytes(peak),
            ]
        )
    table = markdown_table(
        ["Run for one day (fresh warehouse)", "Wall", "Bookkeeping", "Per event", "Peak RSS"], rows
    )
    machine = describe_machine()
    described = ", ".join(
        f"{key} {machine[key]}" for key in ("code", "cpu", "cores", "ram", "dagster", "date")
    )
    return (
        f"Partition {day}, median of {repeats} whole processes each; load average before "
        f"{' / '.join(f'{load:.1f}' for load in load_before or ())}; {described}.\n\n{table}"
    )


if __name__ == "__main__":
    raise SystemExit(main())
