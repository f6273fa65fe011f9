"""The README's two commands are what newcomers and CI run: keep them true."""

import re

from suanli.paths import PROJECT_ROOT


def readme_commands() -> list[str]:
    block = re.search(r"```bash\n(.*?)```", (PROJECT_ROOT / "README.md").read_text(), re.S)
    return [line for line in block.group(1).splitlines() if line and not line.startswith("#")]


def test_readme_starts_with_the_setup_and_test_commands():
    setup_and_run, setup_and_test = readme_commands()
    assert setup_and_run.endswith("suanli run")
    assert "pip install" in setup_and_run
    assert setup_and_test.endswith("pytest")
    assert "'.[dev]'" in setup_and_test


def test_ci_runs_the_readme_test_command_verbatim():
    ci_script = (PROJECT_ROOT / ".ci" / "run").read_text()
    setup_and_test = readme_commands()[1]
    assert setup_and_test in ci_script.splitlines()
