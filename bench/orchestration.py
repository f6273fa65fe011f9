"""3. Orchestration overhead: `suanli run` vs plain calls; definitions load vs `import dagster`."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path
from statistics import median

from bench.proc import Sample, median_sample, run_python, run_worker
from bench.report import Row, Section, fmt_bytes, fmt_seconds, markdown_table

SECTION = "3. Orchestration"
IMPORTS = {
    "python -c pass (interpreter start)": "pass",
    "import dagster": "import dagster",
    "import pipelines.definitions": "import pipelines.definitions",
}


def run(workdir: Path, repeats: int, import_repeats: int) -> Section:
    section = Section(SECTION)
    # Yesterday is always inside the daily partitions (they start 2023-01-01, end today).
    day = (date.today() - timedelta(days=1)).isoformat()
    try:
        assets = run_worker("job_assets", {}).report["assets"]
    except Exception as exc:
        section.fail("listing the daily job's assets", exc)
        return section
    groups = sorted(set(assets.values()))
    extract = sum(1 for g in assets.values() if g == "articles") > 1
    runs: dict[str, list[Sample]] = {"suanli run": [], "plain calls": []}
    for _ in range(repeats):
        for name in runs:
            home = workdir / "orchestration" / name.replace(" ", "_")
            shutil.rmtree(home, ignore_errors=True)
            (home / "dagster_home").mkdir(parents=True)
            env = {
                "SUANLI_WAREHOUSE": str(home / "warehouse" / "warehouse.duckdb"),
                "DAGSTER_HOME": str(home / "dagster_home"),
            }
            try:
                if name == "suanli run":
                    command = ["-m", "pipelines", "run", "--date", day]
                    runs[name].append(run_python(command, env=env))
                else:
                    args = {"day": day, "groups": groups, "extract": extract}
                    runs[name].append(run_worker("plain_daily", args, env=env))
            except Exception as exc:
                section.fail(f"{name} for {day}", exc)
    shutil.rmtree(workdir / "orchestration", ignore_errors=True)
    if all(runs.values()):
        _run_rows(section, runs, assets, groups, extract, repeats)
    imports = {label: [] for label in IMPORTS}
    for _ in range(import_repeats):
        for label, statement in IMPORTS.items():
            imports[label].append(run_python(["-c", statement]))
    _import_rows(section, imports, import_repeats)
    return section


def _run_rows(section, runs, assets, groups, extract, repeats) -> None:
    # Whole processes on both sides: interpreter, imports, the work, exit.
    dagster = median_sample(runs["suanli run"])
    plain = median_sample(runs["plain calls"])
    dagster_wall = median(s.wall_s for s in runs["suanli run"])
    plain_wall = median(s.wall_s for s in runs["plain calls"])
    section.rows += [
        Row(
            SECTION,
            "`suanli run --date D` (daily job in-process, fresh warehouse)",
            dagster_wall,
            ratio=f"{dagster_wall / plain_wall:.2f}× plain",
            peak_rss=fmt_bytes(dagster.peak_rss_bytes),
        ),
        Row(
            SECTION,
            "the same work as plain suanli calls (fresh warehouse)",
            plain_wall,
            ratio="1.00×",
            peak_rss=fmt_bytes(plain.peak_rss_bytes),
        ),
    ]
    steps = plain.report["steps"]
    section.details += [
        (
            f"Both sides are whole processes on an empty warehouse and DAGSTER_HOME, median of "
            f"{repeats}: `python -m pipelines run --date D` against `python -m bench.worker "
            "plain_daily`, which calls the same suanli functions the assets call, in the job's "
            "order, one connection per asset (bench/plain.py), without materialization metadata, "
            f"checks, event log or run storage. The daily job's assets ({len(assets)}, groups "
            f"{', '.join(groups)}): {', '.join(sorted(assets))}. Plain calls cover the groups "
            f"{', '.join(groups)}"
            + (" including article extraction" if extract else "")
            + f". Overhead per run: {fmt_seconds(dagster_wall - plain_wall)}."
        ),
        markdown_table(
            ["Plain step", "Time"],
            [[k, fmt_seconds(v)] for k, v in steps.items()]
            + [["(inside the process, total)", fmt_seconds(plain.seconds)]],
        ),
    ]


def _import_rows(section, imports, import_repeats) -> None:
    walls = {label: median(s.wall_s for s in samples) for label, samples in imports.items()}
    peaks = {label: median_sample(samples).peak_rss_bytes for label, samples in imports.items()}
    dagster = walls["import dagster"]
    for label, wall in walls.items():
        ratio = ""
        if label == "import pipelines.definitions":
            ratio = f"{wall / dagster:.2f}× import dagster (+{fmt_seconds(wall - dagster)})"
        section.rows.append(
            Row(
                SECTION,
                f"fresh process: {label}",
                wall,
                ratio=ratio,
                peak_rss=fmt_bytes(peaks[label]),
            )
        )
    section.details.append(
        f"Definitions load: wall time of a fresh `python -c …`, median of {import_repeats}. The "
        "UI's code server and the daemon pay it on every (re)load of the code location."
    )
