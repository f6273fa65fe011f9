"""Shared fixtures: every test gets its own warehouse file and Dagster home under tmp_path.

A test that needs what a whole run builds reads the session's one real `suanli run`
(`built_run`, `on_built_warehouse`), or writes to its own file copy of it
(`copy_of_built_warehouse`). Tests that need several whole runs of their own, the web server,
the daemon, the bench or a stress load are marked slow: left out by default, run by CI."""

import fcntl
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SEED_ARTICLES = PROJECT_ROOT / "seeds" / "articles"

pytest_plugins = ["pytester"]  # to run pytest itself on the configuration in pyproject.toml


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Point the warehouse and DAGSTER_HOME at tmp_path so no test touches the real warehouse."""
    monkeypatch.setenv("SUANLI_WAREHOUSE", str(tmp_path / "warehouse" / "warehouse.duckdb"))
    (tmp_path / "dagster_home").mkdir()
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    monkeypatch.delenv("SUANLI_ARTICLES_DIR", raising=False)
    monkeypatch.delenv("SUANLI_FEEDS", raising=False)
    return tmp_path


@pytest.fixture
def warehouse_path(isolated_settings) -> Path:
    return Path(os.environ["SUANLI_WAREHOUSE"])


@pytest.fixture
def seed_dir(tmp_path, monkeypatch) -> Path:
    """A copy of the seed articles as the articles directory."""
    articles = tmp_path / "articles"
    shutil.copytree(SEED_ARTICLES, articles)
    monkeypatch.setenv("SUANLI_ARTICLES_DIR", str(articles))
    return articles


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 600):
    """Run `python -m pipelines …` in a subprocess, as a user would run `suanli …`."""
    return subprocess.run(
        [sys.executable, "-m", "pipelines", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=PROJECT_ROOT,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def cli():
    return run_cli


BUILT_RUN_DATE = "2026-11-24"


@dataclass(frozen=True)
class BuiltRun:
    """The session's one real `suanli run`: the settings it ran with and what it printed."""

    env: dict[str, str]
    result: subprocess.CompletedProcess


def _session_root(tmp_path_factory) -> Path:
    """The folder every process of this pytest session shares: with pytest-xdist each worker has
    a base temp of its own, below one folder for the session."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@pytest.fixture(scope="session")
def built_run(tmp_path_factory) -> BuiltRun:
    """One real `suanli run` on the seeds, shared by every test that only reads what it built.

    The first worker to ask runs it, holding a lock; the others wait for it and read its result."""
    root = _session_root(tmp_path_factory) / "built"
    env = {
        "SUANLI_WAREHOUSE": str(root / "warehouse" / "warehouse.duckdb"),
        "DAGSTER_HOME": str(root / "dagster_home"),
    }
    record = root.with_suffix(".json")
    with open(root.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not record.exists():
            with pytest.MonkeyPatch.context() as patch:  # the embedded defaults, whatever is set
                patch.delenv("SUANLI_ARTICLES_DIR", raising=False)
                patch.delenv("SUANLI_FEEDS", raising=False)
                done = run_cli("run", "--date", BUILT_RUN_DATE, env=env, timeout=900)
            record.write_text(json.dumps([done.args, done.returncode, done.stdout, done.stderr]))
    result = subprocess.CompletedProcess(*json.loads(record.read_text()))
    assert result.returncode == 0, result.stdout + result.stderr
    return BuiltRun(env, result)


@pytest.fixture(scope="session")
def built_warehouse(built_run) -> dict[str, str]:
    """The settings of the shared built warehouse (its warehouse file and Dagster home)."""
    return built_run.env


@pytest.fixture
def on_built_warehouse(built_run, monkeypatch) -> BuiltRun:
    """Point this test's settings at the shared built warehouse, to read it and never write it."""
    for name, value in built_run.env.items():
        monkeypatch.setenv(name, value)
    return built_run


@pytest.fixture
def copy_of_built_warehouse(built_run, isolated_settings) -> BuiltRun:
    """This test's own copy of the built warehouse and its Dagster home, under tmp_path, for a
    test that writes to what a run built: a file copy instead of a run of its own."""
    env = {name: os.environ[name] for name in built_run.env}
    shutil.copytree(
        Path(built_run.env["SUANLI_WAREHOUSE"]).parent,
        Path(env["SUANLI_WAREHOUSE"]).parent,
        symlinks=True,  # `current.duckdb` links to its snapshot by a relative name
    )
    shutil.copytree(built_run.env["DAGSTER_HOME"], env["DAGSTER_HOME"], dirs_exist_ok=True)
    return BuiltRun(env, built_run.result)
