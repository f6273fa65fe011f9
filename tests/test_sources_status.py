"""`suanli run`'s line on sources that failed to land: a warehouse another process holds (a run
still going, or stopped while it held the file) is reported and the summary goes on, as the row
counts after it do; it is no traceback after the run's own result."""

import subprocess
import sys
from dataclasses import replace
from datetime import date

import pytest

from pipelines.sources_status import report_missing_sources
from suanli.settings import load_settings

HOLD = "import duckdb, sys, time; con = duckdb.connect(sys.argv[1]); print('held', flush=True); "
HOLD += "time.sleep(300)"


@pytest.mark.slow  # the lock retries wait about 30 s before giving up
def test_a_warehouse_another_process_holds_is_reported_not_raised(tmp_path, capsys):
    database = tmp_path / "warehouse.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(database)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        settings = replace(load_settings(), warehouse=str(database))
        assert report_missing_sources(settings, date(2026, 1, 1)) == []
    finally:
        holder.kill()
        holder.wait()
    out = capsys.readouterr().out
    assert out.startswith("missing sources: cannot read the warehouse (IOException: ")
    assert "lock" in out
