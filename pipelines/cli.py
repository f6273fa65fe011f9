"""`suanli`: run the daily job, query the warehouse, try a feed, open the UI."""

from __future__ import annotations

import argparse
import csv
import os
import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from pipelines.settings import PROJECT_ROOT, Settings, ensure_dagster_home, load_settings

TIMEZONE = ZoneInfo("Asia/Shanghai")
DEFAULT_UI_PORT = 3000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="suanli", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="run the daily job in-process for one day")
    run_parser.add_argument("--date", type=date.fromisoformat, help="YYYY-MM-DD (default: today)")
    run_parser.add_argument("-v", "--verbose", action="store_true", help="show Dagster's debug log")
    sql_parser = commands.add_parser("sql", help="run one read-only query against the warehouse")
    sql_parser.add_argument("query")
    sql_parser.add_argument("--csv", action="store_true", help="print CSV instead of a table")
    sql_parser.add_argument(
        "--live",
        action="store_true",
        help="read the live warehouse instead of the last published snapshot: for a quick "
        "look only (it may show a run in progress, and waits while the pipeline writes)",
    )
    sql_parser.add_argument(
        "--allow-external",
        action="store_true",
        help="allow file/network access and extension loading from the query",
    )
    docs_parser = commands.add_parser(
        "docs", help="regenerate warehouse/README.md from the table comments"
    )
    docs_parser.add_argument(
        "--check", action="store_true", help="exit 1 if warehouse/README.md is out of date"
    )
    feeds_parser = commands.add_parser(
        "feeds",
        help="check the feeds YAML and list its feeds; --try NAME fetches and parses one feed "
        "into a scratch database (the warehouse is not touched) and shows what it gave",
    )
    feeds_parser.add_argument("--try", dest="trial", metavar="NAME", help="the feed to try")
    feeds_parser.add_argument(
        "--date", type=date.fromisoformat, help="partition date for --try (default: today)"
    )
    feeds_parser.add_argument(
        "--rows", type=int, default=10, help="how many rows and rejects --try shows"
    )
    ui_parser = commands.add_parser("ui", help="start the Dagster UI (and daemon) on 127.0.0.1")
    ui_parser.add_argument("--port", type=int, default=DEFAULT_UI_PORT)
    args = parser.parse_args(argv)

    settings = load_settings()
    os.environ["DAGSTER_HOME"] = str(ensure_dagster_home(settings))
    if args.command == "run":
        return run_daily(settings, args.date or datetime.now(TIMEZONE).date(), args.verbose)
    if args.command == "sql":
        return run_sql(
            settings,
            args.query,
            as_csv=args.csv,
            allow_external=args.allow_external,
            live=args.live,
        )
    if args.command == "feeds":
        day = args.date or datetime.now(TIMEZONE).date()
        return check_feeds(settings, args.trial, day, args.rows)
    if args.command == "docs":
        from suanli.schema_docs import SCHEMA_DOCS, render_schema_docs, write_schema_docs

        if args.check:
            current = SCHEMA_DOCS.read_text(encoding="utf-8") if SCHEMA_DOCS.exists() else ""
            if current != render_schema_docs():
                print(f"{SCHEMA_DOCS} is out of date: run `suanli docs`", file=sys.stderr)
                return 1
            print(f"{SCHEMA_DOCS} is up to date")
            return 0
        print(f"wrote {write_schema_docs()}")
        return 0
    return start_ui(args.port)


def run_daily(settings: Settings, day: date, verbose: bool = False) -> int:
    import dagster as dg

    from assets.common import DAILY_PARTITIONS
    from pipelines.daily_run import execute_daily, report_missing_sources
    from pipelines.resources import LOCK_ERRORS, WarehouseResource
    from pipelines.runs import finished_run_record, save_run, step_failure_message
    from suanli.publish import current_snapshot

    partition_key = day.isoformat()
    if partition_key not in DAILY_PARTITIONS.get_partition_keys():
        print(
            f"suanli: no partition {partition_key}: partitions run from "
            f"{DAILY_PARTITIONS.start:%Y-%m-%d} to today",
            file=sys.stderr,
        )
        return 2
    try:
        import pipelines.definitions  # noqa: F401 - loaded first to report a broken configuration
    except Exception as exc:  # a bad feeds file or articles directory, named in the message
        if verbose:
            raise
        print(f"suanli: cannot load the pipeline: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    warehouse = WarehouseResource(database=settings.warehouse)
    run_config = {
        "loggers": {"console": {"config": {"log_level": "DEBUG" if verbose else "CRITICAL"}}}
    }
    with (
        dg.DagsterInstance.get() as instance,
        execute_daily(instance, partition_key, run_config) as result,
    ):
        try:
            save_run(warehouse, finished_run_record(instance, result.run_id, recorded_by="cli"))
        except LOCK_ERRORS as exc:
            print(
                f"suanli: run not recorded in pipeline_runs (warehouse busy: {exc}); the "
                "record_pipeline_runs sensor records it once the Dagster daemon runs",
                file=sys.stderr,
            )
    materialized = sorted(
        {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    )
    checks = result.get_asset_check_evaluations()
    failed_checks = [c for c in checks if not c.passed]
    failed_steps = result.get_step_failure_events()

    print(
        f"suanli run {partition_key}: {'succeeded' if result.success else 'FAILED'} "
        f"(run {result.run_id})"
    )
    print(f"warehouse: {settings.warehouse}")
    print(f"assets materialized ({len(materialized)}): {', '.join(materialized) or 'none'}")
    for event in failed_steps:
        message = step_failure_message(event.step_failure_data) or "unknown error"
        print(f"FAILED step {event.step_key}: {message}")
    print(f"checks: {len(checks) - len(failed_checks)} passed, {len(failed_checks)} failed")
    for check in failed_checks:
        print(f"  {check.severity.value} {check.asset_key.to_user_string()}:{check.check_name}")
    report_missing_sources(settings, day)
    print_row_counts(settings)
    if settings.warehouse_is_local_file and (snapshot := current_snapshot(settings.snapshots_dir)):
        print(f"analysts read: {snapshot} -> {snapshot.resolve().name}")
    blocking = [c for c in failed_checks if c.severity.value == "ERROR"]
    return 0 if result.success and not blocking else 1


def print_row_counts(settings: Settings) -> None:
    from pipelines.resources import WarehouseResource
    from suanli.publish import table_row_counts

    with WarehouseResource(database=settings.warehouse).get_read_connection() as con:
        counts = table_row_counts(con)
    print("rows per table:")
    for table, count in counts.items():
        print(f"  {table:<32} {count:>10}")


def run_sql(
    settings: Settings, query: str, as_csv: bool, allow_external: bool, live: bool = False
) -> int:
    import duckdb

    from pipelines.readers import analyst_connection

    try:
        with analyst_connection(settings, allow_external=allow_external, live=live) as con:
            cursor = con.execute(query)
            header = [d[0] for d in cursor.description or []]
            rows = cursor.fetchall()
    except duckdb.Error as exc:
        print(f"suanli sql: {exc}", file=sys.stderr)
        return 1
    if as_csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    else:
        from tabulate import tabulate

        print(tabulate(rows, headers=header, tablefmt="simple"))
    return 0


def check_feeds(settings: Settings, trial_name: str | None, day: date, rows: int) -> int:
    import tempfile

    from tabulate import tabulate

    from suanli.feeds import FeedConfigError, FxFeed, load_feed_config
    from suanli.feeds.fetch import stored_url
    from suanli.feeds.trial import try_feed

    try:
        config = load_feed_config(settings.feeds_file)
    except (FeedConfigError, OSError) as exc:
        print(f"suanli feeds: {exc}", file=sys.stderr)
        return 1
    if trial_name is None:
        listed = [
            (f.name, "fx" if isinstance(f, FxFeed) else "price", f.format, stored_url(f.url))
            for f in config.by_name.values()
        ]
        print(f"{config.path}: {len(listed)} feeds, configuration valid")
        print(tabulate(listed, headers=["feed", "kind", "format", "url"], tablefmt="simple"))
        return 0
    with tempfile.TemporaryDirectory(prefix="suanli-feed-") as workdir:
        try:
            trial = try_feed(config, trial_name, day, Path(workdir), rows)
        except FeedConfigError as exc:
            print(f"suanli feeds: {exc}", file=sys.stderr)
            return 1
    for error in trial.fx_errors:
        print(f"FX feed failed, so prices are not converted from it: {error}")
    if trial.error is not None:
        print(f"FAILED {trial.error}")
        return 1
    result = trial.result
    print(
        f"feed {trial.feed} ({trial.kind}) for {day}: {result.status}, {result.bytes} bytes, "
        f"{result.rows_parsed} rows parsed, {result.rows_rejected} rejected"
        + (f", {result.rows_unknown_model} with an unknown model" if trial.kind == "price" else "")
    )
    for title, sample in (
        ("rows (first {n})", trial.rows),
        ("rejected records (first {n})", trial.rejected),
        ("models not in seeds/reference/entities.yaml (kept, model NULL)", trial.unknown_models),
    ):
        if sample.rows:
            print(f"\n{title.format(n=rows)}:")
            print(tabulate(sample.rows, headers=sample.columns, tablefmt="simple"))
    print("\nnothing was written to the warehouse")
    return 0


def start_ui(port: int) -> int:
    # The venv's own `dagster`, so `suanli ui` works without activating the venv.
    command = [
        sys.executable,
        "-m",
        "dagster",
        "dev",
        "-w",
        str(PROJECT_ROOT / "workspace.yaml"),
        "-h",
        "127.0.0.1",
        "-p",
        str(port),
    ]
    os.chdir(PROJECT_ROOT)
    os.execv(command[0], command)
