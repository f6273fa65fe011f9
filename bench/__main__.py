"""`python -m bench [--quick]`: run every benchmark, print the table, rewrite bench/README.md."""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench import extraction, incremental, ingestion, orchestration
from bench.machine import describe_machine, load_average
from bench.report import README, Section, results_block, table, write_readme
from suanli.feeds.fetch import FEED_ROOTS_ENV

SECTIONS = ("ingestion", "incremental", "orchestration", "extraction")


@dataclass(frozen=True)
class Sizes:
    feed_rows: list[int]
    feed_repeats: int
    executemany_sample: int
    history_days: tuple[int, int]
    rows_per_day: int
    day_repeats: int
    articles: int
    run_repeats: int
    import_repeats: int


FULL = Sizes([1_000_000, 5_000_000], 3, 5_000, (30, 3 * 365), 1_000, 3, 1_000, 3, 5)
QUICK = Sizes([50_000], 1, 1_000, (30, 120), 100, 1, 50, 1, 2)
# For the smoke test: every row of the table, in seconds.
TOY = Sizes([2_000], 1, 200, (3, 6), 20, 1, 5, 1, 1)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, one repeat")
    parser.add_argument("--toy", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--only", choices=SECTIONS, action="append", help="run only this section (repeatable)"
    )
    parser.add_argument(
        "--rows", type=int, action="append", help="feed sizes in rows (repeatable; overrides)"
    )
    parser.add_argument(
        "--workdir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "suanli-bench",
        help="generated data and scratch warehouses (default: %(default)s)",
    )
    parser.add_argument(
        "--keep-history",
        action="store_true",
        help="keep the history warehouses (WORKDIR/history_*.duckdb) for profiling",
    )
    parser.add_argument(
        "--readme",
        type=Path,
        help="README to update (default: bench/README.md for a full run; partial runs with "
        "--only or --rows update it only when this is given)",
    )
    parser.add_argument("--no-readme", action="store_true", help="print the table only")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sizes = TOY if args.toy else QUICK if args.quick else FULL
    if args.rows:
        sizes = Sizes(args.rows, *list(vars(sizes).values())[1:])
    args.workdir.mkdir(parents=True, exist_ok=True)
    # The generated feed files live in the workdir, outside any feeds YAML's directory: the
    # workers (which inherit the environment) may read them as a named feed root.
    os.environ[FEED_ROOTS_ENV] = str(args.workdir.resolve())
    machine = describe_machine()
    load_before = load_average()
    started = time.perf_counter()
    sections: list[Section] = []
    wanted = args.only or SECTIONS
    if "ingestion" in wanted:
        _progress("feed ingestion")
        sections.append(
            ingestion.run(
                args.workdir, sizes.feed_rows, sizes.feed_repeats, sizes.executemany_sample
            )
        )
    if "incremental" in wanted:
        _progress("incremental daily runs")
        sections.append(
            incremental.run(
                args.workdir,
                sizes.history_days,
                sizes.rows_per_day,
                sizes.day_repeats,
                keep=args.keep_history,
            )
        )
    if "orchestration" in wanted:
        _progress("orchestration overhead")
        sections.append(orchestration.run(args.workdir, sizes.run_repeats, sizes.import_repeats))
    if "extraction" in wanted:
        _progress("extraction throughput")
        sections.append(extraction.run(args.workdir, sizes.articles))
    elapsed = time.perf_counter() - started
    print(table(sections))
    conditions = _conditions(load_before, load_average(), elapsed)
    print("\n".join(conditions))
    readme = args.readme or (None if args.only or args.rows else README)
    if readme is None and not args.no_readme:
        print("partial run: bench/README.md left as it is (pass --readme to write one)")
    if readme is not None and not args.no_readme:
        command = "python -m bench " + shlex.join(argv if argv is not None else sys.argv[1:])
        path = write_readme(results_block(machine, conditions, command.strip(), sections), readme)
        print(f"wrote {path}")
    return 1 if any(s.errors for s in sections) else 0


def _conditions(before, after, elapsed: float) -> list[str]:
    cores = describe_machine()["cores"] or 1
    lines = [f"Total benchmark time: {elapsed / 60:.1f} min."]
    if before and after:
        lines.append(
            f"Load average (1 min) at start {before[0]:.2f}, at end {after[0]:.2f}, on {cores} "
            "cores (the benchmark itself keeps about one core busy)."
        )
        # The end reading still counts the benchmark's own last minute, about one core.
        if max(before[0], after[0] - 1) > 0.5 * cores:
            lines.append(
                "**The machine was busy with other work during this run: absolute times are "
                "inflated and noisier; ratios between contenders measured alternately are the "
                "more reliable figures.**"
            )
    return lines


def _progress(name: str) -> None:
    print(f"[bench] {name} …", file=sys.stderr, flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
