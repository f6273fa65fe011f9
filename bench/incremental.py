"""2. Incremental daily runs: the cost of one new day on a short and on a long history."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path
from statistics import median

from bench.datagen import write_daily_feeds
from bench.proc import Sample, median_sample, run_worker
from bench.report import Row, Section, fmt_bytes, fmt_seconds, markdown_table, verdict

NEW_DAY = date(2026, 1, 1)
TARGET_GROWTH = 1.2
SECTION = "2. Incremental daily run"


def _history_label(days: int) -> str:
    return f"{days // 365} years" if days >= 365 and days % 365 == 0 else f"{days} days"


def run(
    workdir: Path,
    history_days: tuple[int, int],
    rows_per_day: int,
    repeats: int,
    keep: bool = False,
) -> Section:
    section = Section(SECTION)
    longest = max(history_days)
    files = write_daily_feeds(
        workdir / "daily", NEW_DAY - timedelta(days=longest), longest + 1, rows_per_day
    )
    new_day, new_fx, new_prices = files[-1]
    trial = workdir / "trial"
    samples: dict[int, list[Sample]] = {}
    builds: dict[int, Sample] = {}
    for days in history_days:
        database = workdir / f"history_{days}.duckdb"
        database.unlink(missing_ok=True)
        _fresh(trial)
        history = [[d.isoformat(), str(fx), str(p)] for d, fx, p in files[-1 - days : -1]]
        try:
            builds[days] = run_worker(
                "build_history",
                {"workdir": str(trial), "database": str(database), "days": history},
            )
            samples[days] = []
        except Exception as exc:  # report and keep going with the other sections
            section.fail(f"building {_history_label(days)} of history", exc)
    # The histories alternate within each repeat, so a busy spell hits both alike.
    for _ in range(repeats):
        for days in samples:
            _fresh(trial)
            args = {
                "workdir": str(trial),
                "template": str(workdir / f"history_{days}.duckdb"),
                "day": new_day.isoformat(),
                "fx_file": str(new_fx),
                "price_file": str(new_prices),
            }
            try:
                samples[days].append(run_worker("new_day", args))
            except Exception as exc:
                section.fail(f"new day on {_history_label(days)} of history", exc)
    shutil.rmtree(trial, ignore_errors=True)
    if len(samples) == len(history_days) and all(samples.values()):
        _rows(section, history_days, samples, builds, rows_per_day, repeats)
    if not keep:
        for days in history_days:
            (workdir / f"history_{days}.duckdb").unlink(missing_ok=True)
    return section


def _median_of(samples: list[Sample], key: str) -> float:
    return median(float(s.report[key]) for s in samples)


def _median_phases(samples: list[Sample]) -> dict[str, float]:
    names = dict.fromkeys(name for s in samples for name in s.report["phases"])
    return {n: median(s.report["phases"].get(n, 0.0) for s in samples) for n in names}


def _rows(section, history_days, samples, builds, rows_per_day, repeats) -> None:
    short, long = history_days
    for part, key in (("feeds", "feeds_seconds"), ("marts", "marts_seconds")):
        base = _median_of(samples[short], key)
        for days in history_days:
            seconds = _median_of(samples[days], key)
            row = Row(
                section=SECTION,
                measurement=f"{part}: new day on {_history_label(days)} of history",
                seconds=seconds,
                peak_rss=fmt_bytes(median_sample(samples[days]).peak_rss_bytes),
            )
            if days == long:
                growth = seconds / base
                row.ratio = f"{growth:.2f}× (vs {_history_label(short)})"
                row.target = f"≤{TARGET_GROWTH}×"
                row.result = verdict(growth <= TARGET_GROWTH)
            section.rows.append(row)
    continued = "; ".join(
        f"on {_history_label(days)}: "
        + ", ".join(
            f"{table} from {previous}"
            for table, previous in median_sample(samples[days]).report["continued"].items()
        )
        for days in history_days
    )
    phases = {days: _median_phases(samples[days]) for days in history_days}
    detail = []
    for name in phases[long]:
        a, b = phases[short].get(name, 0.0), phases[long][name]
        detail.append([name, fmt_seconds(a), fmt_seconds(b), f"{b / a:.2f}×" if a else ""])
    sizes = []
    for days in history_days:
        counts = builds[days].report["rows"]
        sizes.append(
            [_history_label(days), fmt_seconds(builds[days].seconds)]
            + [f"{counts[t]:,}" for t in ("price_observations", "fx_rates", "feed_fetches")]
        )
    partitions = []
    for table in samples[long][0].report["mart_rows"]:
        cells = [table]
        for days in history_days:
            report = median_sample(samples[days]).report
            cells.append(
                f"{report['mart_rows'][table]:,} rows, {fmt_bytes(report['mart_bytes'][table])}"
            )
        partitions.append(cells)
    section.details += [
        (
            f"One new day ({NEW_DAY}) is loaded on top of a warehouse holding "
            f"{_history_label(short)} or {_history_label(long)} of daily partitions. Each history "
            "partition was written by suanli's own loaders (ingest_fx_feed for a one-row "
            f"ECB-shaped daily FX file, ingest_price_feed for {rows_per_day:,} new price quotes), "
            "so feed_fetches, price_observations, fx_rates and rejected_records hold exactly what "
            "daily runs would leave. The seed article's facts come from suanli's extraction. "
            "The marts hold the last history day's partition, built (untimed) after the history "
            "was loaded, as the previous daily run leaves it: gpu_price_inflation and "
            "gpu_price_index continue that partition on the new day instead of reading the whole "
            f"history ({continued}); the other marts read no earlier partition, so older ones "
            "are not built (their volume is what the per-partition sizes below add up to). The "
            "new day then runs, in its own process on a copy of the warehouse, connected as the "
            "WarehouseResource connects (memory budget and spill directory): both feed ingests, "
            "`refresh_price_conversions` (what the price_observations asset does), the reference "
            "tables, every mart builder with its partition write (`replace_rows` on as_of), and "
            "the charts (`write_charts`) — the suanli.marts functions are called directly, "
            "without Dagster, so the figures are the work itself. The files of the new day are "
            f"byte-identical in both cases. Median of {repeats} run(s), the two histories "
            "alternating."
        ),
        markdown_table(
            ["History", "Build time", "price_observations", "fx_rates", "feed_fetches"], sizes
        ),
        markdown_table(
            [
                "Mart partition written by the new day",
                *(f"on {_history_label(d)}" for d in history_days),
            ],
            partitions,
        ),
        markdown_table(
            [
                "Step of the new day",
                _history_label(short),
                _history_label(long),
                "Growth",
            ],
            detail,
        ),
    ]


def _fresh(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
