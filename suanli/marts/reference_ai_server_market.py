"""reference_ai_server_market: checks of the publishers' AI-server market figures (loaded from
seeds/reference/ai_server_market.csv by suanli.marts.reference, like every reference seed)."""

from __future__ import annotations

from datetime import date

import duckdb

from suanli.checks import CheckOutcome
from suanli.marts.reference import EVERY_ROW_SOURCED, check_every_row_sourced


def run_checks(
    con: duckdb.DuckDBPyConnection, as_of: date | None = None
) -> dict[str, CheckOutcome]:
    """Every check of reference_ai_server_market (the table mirrors its seed: any `as_of`)."""
    return {EVERY_ROW_SOURCED: check_every_row_sourced(con, "reference_ai_server_market")}
