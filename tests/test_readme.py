"""The README's commands are what newcomers and CI run: keep them true."""

import re
import shlex

from suanli.paths import PROJECT_ROOT

FULL_SUITE = "pytest -m 'slow or not slow'"


def readme_commands() -> list[str]:
    block = re.search(r"```bash\n(.*?)```", (PROJECT_ROOT / "README.md").read_text(), re.S)
    return [line for line in block.group(1).splitlines() if line and not line.startswith("#")]


def test_readme_starts_with_the_setup_and_test_commands():
    setup_and_run, setup_and_test, fast_loop = readme_commands()
    assert setup_and_run.endswith("suanli run")
    assert "pip install" in setup_and_run
    assert setup_and_test.endswith(FULL_SUITE)
    assert "'.[dev]'" in setup_and_test
    assert "sqlfluff lint warehouse/sql warehouse/queries" in setup_and_test
    assert fast_loop.endswith("pytest")


def test_the_default_run_leaves_out_exactly_the_slow_tests_and_the_full_suite_adds_them(pytester):
    pytester.makepyfile(
        test_two="import pytest\n\n"
        "@pytest.mark.slow\ndef test_slow():\n    pass\n\n"
        "def test_fast():\n    pass\n"
    )

    def collected(*args: str) -> list[str]:
        config = ("-c", str(PROJECT_ROOT / "pyproject.toml"), "--rootdir", str(pytester.path))
        result = pytester.runpytest(*config, "--collect-only", "-q", *args)
        return sorted(re.findall(r"::(test_\w+)", result.stdout.str()))

    assert collected() == ["test_fast"]
    assert collected(*shlex.split(FULL_SUITE)[1:]) == ["test_fast", "test_slow"]


def test_ci_runs_the_readme_test_command_verbatim():
    ci_script = (PROJECT_ROOT / ".ci" / "run").read_text()
    setup_and_test = readme_commands()[1]
    assert setup_and_test in ci_script.splitlines()
