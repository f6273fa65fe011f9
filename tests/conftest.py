"""Shared fixtures: every test gets its own warehouse file and Dagster home under tmp_path."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SEED_ARTICLES = PROJECT_ROOT / "seeds" / "articles"


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


@pytest.fixture(scope="session")
def built_warehouse(tmp_path_factory) -> dict[str, str]:
    """One real `suanli run` on the seeds, shared by tests that only read it: its settings."""
    root = tmp_path_factory.mktemp("built")
    env = {
        "SUANLI_WAREHOUSE": str(root / "warehouse" / "warehouse.duckdb"),
        "DAGSTER_HOME": str(root / "dagster_home"),
    }
    result = run_cli("run", "--date", BUILT_RUN_DATE, env=env, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    return env
