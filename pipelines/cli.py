"""`suanli`: run the daily job, query the warehouse, try a feed, open the UI."""

from __future__ import annotations

import argparse
import csv
import errno
import os
import shutil
import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from suanli.settings import PROJECT_ROOT, Settings, ensure_dagster_home, load_settings

TIMEZONE = ZoneInfo("Asia/Shanghai")
DEFAULT_UI_PORT = 3000
DISK_FULL = os.strerror(errno.ENOSPC)


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
    serve_parser = commands.add_parser(
        "serve",
        help="run the deployment of deploy/: a gRPC code server, the webserver (on 127.0.0.1) "
        "and the daemon, with Dagster's state in PostgreSQL",
    )
    serve_parser.add_argument("--port", type=int, default=DEFAULT_UI_PORT, help="the UI's port")
    args = parser.parse_args(argv)

    try:
        settings = load_settings()
    except ValueError as exc:
        print(f"suanli: {exc}", file=sys.stderr)
        return 2
    if args.command == "serve":  # brings its own dagster.yaml: not the SQLite default below
        return serve(settings, args.port)
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
    from assets.resources import WarehouseResource
    from pipelines.runs import run_failure_message, step_failure_message
    from pipelines.sources_status import report_missing_sources
    from suanli.publish import SnapshotUnavailable, current_snapshot

    partition_key = day.isoformat()
    if partition_key not in DAILY_PARTITIONS.get_partition_keys():
        print(
            f"suanli: no partition {partition_key}: partitions run from "
            f"{DAILY_PARTITIONS.start:%Y-%m-%d} to today",
            file=sys.stderr,
        )
        return 2
    try:
        from pipelines.definitions import defs
    except Exception as exc:  # a bad feeds file or articles directory, named in the message
        if verbose:
            raise
        print(f"suanli: cannot load the pipeline: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    warehouse = WarehouseResource(database=settings.warehouse)
    with dg.DagsterInstance.get() as instance:
        recover_abandoned_runs(instance, warehouse, defs.get_repository_def())
        result = execute_daily_job(instance, partition_key, verbose)
        record_cli_run(instance, warehouse, result.run_id)
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
    failures = [
        (f"step {e.step_key}", step_failure_message(e.step_failure_data) or "unknown error")
        for e in failed_steps
    ]
    if not result.success and not failed_steps:
        failures.append(("run", run_failure_message(result.get_run_failure_event()) or "unknown"))
    if any(DISK_FULL in message for _, message in failures):
        print(
            f"disk full ({DISK_FULL}) under {settings.warehouse_dir} or its temp directory: free "
            f"space, then rerun `suanli run --date {partition_key}`; nothing was published, "
            "analysts keep reading the last snapshot"
        )
    for what, message in failures:
        print(f"FAILED {what}: {message}")
    print(f"checks: {len(checks) - len(failed_checks)} passed, {len(failed_checks)} failed")
    for check in failed_checks:
        print(f"  {check.severity.value} {check.asset_key.to_user_string()}:{check.check_name}")
    print_implausible_facts(checks)
    report_missing_sources(settings, day)
    print_row_counts(settings)
    if settings.warehouse_is_local_file:
        try:
            snapshot = current_snapshot(settings.snapshots_dir)
        except SnapshotUnavailable as exc:
            print(f"analysts cannot read a snapshot: {exc}")
        else:
            if snapshot is not None:
                print(f"analysts read: {snapshot} -> {snapshot.resolve().name}")
    blocking = [c for c in failed_checks if c.severity.value == "ERROR"]
    return 0 if result.success and not blocking else 1


def print_implausible_facts(checks) -> None:
    """How many facts the plausibility ranges kept out of the marts, from the article_facts check
    (nothing is printed when the facts were not built)."""
    from assets.articles.article_facts import IMPLAUSIBLE_FACTS

    for check in checks:
        if check.check_name == IMPLAUSIBLE_FACTS and "implausible_facts" in check.metadata:
            count = check.metadata["implausible_facts"].value
            print(
                f"implausible facts: {count} (kept in article_facts, in no mart; "
                "SELECT * FROM article_facts WHERE NOT plausible)"
            )


def daily_job_definition():
    """The daily job as loaded from the code location (`dg.reconstructable` needs a function)."""
    from pipelines.definitions import defs
    from pipelines.jobs import DAILY_JOB_NAME

    return defs.resolve_job_def(DAILY_JOB_NAME)


def execute_daily_job(instance, partition_key: str, verbose: bool):
    """One run of the daily job in this process, through the job's own executor (a bounded,
    interruptible wait for the writer pool), tagged with this process so that, if it is killed,
    the next run recognises it as abandoned."""
    import dagster as dg

    from pipelines.recovery import process_tags
    from pipelines.runs import PARTITION_TAG

    return dg.execute_job(
        dg.reconstructable(daily_job_definition),
        instance=instance,
        run_config={
            "loggers": {"console": {"config": {"log_level": "DEBUG" if verbose else "CRITICAL"}}}
        },
        tags={PARTITION_TAG: partition_key, **process_tags()},
        raise_on_error=False,
    )


def recover_abandoned_runs(instance, warehouse, repository) -> None:
    """Before running: fail the runs whose process is gone (freeing their writer slot), and
    record in pipeline_runs every finished run it lacks."""
    from pipelines.recovery import fail_abandoned_runs

    for run in fail_abandoned_runs(instance):
        print(f"suanli: {run.describe()}: marked failed, its pool slots freed", file=sys.stderr)
    _record_runs(
        instance, warehouse, "earlier runs not recorded in pipeline_runs", repository=repository
    )


def record_cli_run(instance, warehouse, run_id: str) -> None:
    _record_runs(instance, warehouse, f"run {run_id} not recorded in pipeline_runs", run_id=run_id)


def _record_runs(instance, warehouse, what: str, run_id=None, repository=None) -> None:
    """Record one run, or every unrecorded one; a full disk or a busy file is one clear line, and
    the next run (or the record_pipeline_runs sensor) records what was missed."""
    import duckdb

    from pipelines.runs import finished_run_record, record_unrecorded_runs, save_run

    try:
        if run_id is not None:
            save_run(warehouse, finished_run_record(instance, run_id, recorded_by="cli"))
        else:
            record_unrecorded_runs(instance, warehouse, repository, recorded_by="cli")
    except (duckdb.Error, OSError) as exc:
        reason = " ".join(str(exc).split())
        print(
            f"suanli: {what} ({type(exc).__name__}: {reason}); the next `suanli run` or the "
            "record_pipeline_runs sensor records it",
            file=sys.stderr,
        )


def print_row_counts(settings: Settings) -> None:
    import duckdb

    from assets.resources import WarehouseResource
    from suanli.publish import table_row_counts

    try:
        with WarehouseResource(database=settings.warehouse).get_read_connection() as con:
            counts = table_row_counts(con)
    except duckdb.Error as exc:  # busy, or unreadable after a full disk: the summary goes on
        print(f"rows per table: cannot read the warehouse ({type(exc).__name__}: {exc})")
        return
    print("rows per table:")
    for table, count in counts.items():
        print(f"  {table:<32} {count:>10}")


def run_sql(
    settings: Settings, query: str, as_csv: bool, allow_external: bool, live: bool = False
) -> int:
    import duckdb

    from suanli.publish import SnapshotUnavailable
    from suanli.readers import analyst_connection

    try:
        with analyst_connection(settings, allow_external=allow_external, live=live) as con:
            cursor = con.execute(query)
            header = [d[0] for d in cursor.description or []]
            rows = cursor.fetchall()
    except (duckdb.Error, SnapshotUnavailable) as exc:
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


DEPLOY_DIR = PROJECT_ROOT / "deploy"
DEPLOY_ENV_DEFAULTS = {"SUANLI_CODE_SERVER_HOST": "127.0.0.1", "SUANLI_CODE_SERVER_PORT": "4000"}
POSTGRES_ENV = (
    "DAGSTER_PG_HOST",
    "DAGSTER_PG_PORT",
    "DAGSTER_PG_USER",
    "DAGSTER_PG_PASSWORD",
    "DAGSTER_PG_DB",
)
SERVE_STOP_SECONDS = 30
CODE_SERVER_START_SECONDS = 300


def serve_commands(ui_port: int, environ: dict[str, str]) -> dict[str, list[str]]:
    """The three processes of deploy/, as its systemd units start them, from this venv."""
    bin_dir = Path(sys.executable).parent
    workspace = str(DEPLOY_DIR / "workspace.yaml")
    return {
        "code server": [
            str(bin_dir / "dagster"),
            *("code-server", "start", "-m", "pipelines.definitions", "--location-name", "suanli"),
            *("-h", environ["SUANLI_CODE_SERVER_HOST"], "-p", environ["SUANLI_CODE_SERVER_PORT"]),
            # Run workers start as `<this python> -m dagster`: no venv on PATH needed.
            "--use-python-environment-entry-point",
        ],
        "webserver": [
            str(bin_dir / "dagster-webserver"),
            *("-w", workspace, "-h", "127.0.0.1", "-p", str(ui_port)),
        ],
        "daemon": [str(bin_dir / "dagster-daemon"), "run", "-w", workspace],
    }


def prepare_deployment(settings: Settings, environ: dict[str, str]) -> str | None:
    """Check the deployment's environment and instance; the reason it cannot start, or None."""
    import yaml

    missing = [name for name in POSTGRES_ENV if not environ.get(name)]
    if missing:
        return (
            f"set {', '.join(missing)}: the PostgreSQL connection deploy/dagster.yaml reads "
            "(see deploy/suanli.env.example)"
        )
    try:
        import dagster_postgres  # noqa: F401
    except ImportError:
        return "dagster-postgres is not installed: pip install -e '.[deploy]'"
    config = settings.dagster_home / "dagster.yaml"
    if not config.exists():
        settings.dagster_home.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(DEPLOY_DIR / "dagster.yaml", config)
        print(f"suanli serve: wrote {config} from deploy/dagster.yaml")
        return None
    try:
        storage = (yaml.safe_load(config.read_text(encoding="utf-8")) or {}).get("storage")
    except (yaml.YAMLError, AttributeError) as exc:
        return f"{config} is not a Dagster instance configuration: {exc}"
    if not isinstance(storage, dict) or "postgres" not in storage:
        return (
            f"{config} does not keep Dagster's state in PostgreSQL (no storage: postgres): point "
            "DAGSTER_HOME at a directory of its own for the deployment, or copy "
            "deploy/dagster.yaml there"
        )
    return None


def wait_until_listening(host: str, port: int, process, timeout_seconds: float) -> bool:
    """Wait for a server to accept connections; False if it exits or the time runs out.

    The daemon starts after the code server listens: one that cannot reach it fails the backfills
    it evaluates (the systemd unit checks the same with ExecStartPre).
    """
    import socket
    import time

    deadline = time.monotonic() + timeout_seconds
    while process.poll() is None and time.monotonic() < deadline:
        try:
            with socket.create_connection((host, port), timeout=5):
                return True
        except OSError:
            time.sleep(0.5)
    return False


def serve(settings: Settings, ui_port: int) -> int:
    import signal
    import subprocess
    import time

    environ = {**DEPLOY_ENV_DEFAULTS, **os.environ, "DAGSTER_HOME": str(settings.dagster_home)}
    problem = prepare_deployment(settings, environ)
    if problem is not None:
        print(f"suanli serve: {problem}", file=sys.stderr)
        return 2
    stopping = False

    def stop(signum, frame):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    processes: dict[str, subprocess.Popen] = {}
    exit_code = 0
    try:
        for name, command in serve_commands(ui_port, environ).items():
            processes[name] = subprocess.Popen(command, cwd=PROJECT_ROOT, env=environ)
            print(f"suanli serve: started the {name} (pid {processes[name].pid})", flush=True)
            if name == "code server" and not wait_until_listening(
                environ["SUANLI_CODE_SERVER_HOST"],
                int(environ["SUANLI_CODE_SERVER_PORT"]),
                processes[name],
                CODE_SERVER_START_SECONDS,
            ):
                print("suanli serve: the code server did not start listening", file=sys.stderr)
                return 1
        print(f"suanli serve: the UI is at http://127.0.0.1:{ui_port}", flush=True)
        while not stopping:
            exited = {name: p.returncode for name, p in processes.items() if p.poll() is not None}
            if exited:
                # Restarting is the service manager's job (deploy/systemd): stop all, say why.
                for name, code in exited.items():
                    print(f"suanli serve: the {name} exited with {code}", file=sys.stderr)
                exit_code = 1
                break
            time.sleep(1)
    finally:
        for process in processes.values():
            if process.poll() is None:
                process.terminate()
        for process in processes.values():
            try:
                process.wait(timeout=SERVE_STOP_SECONDS)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    return exit_code
