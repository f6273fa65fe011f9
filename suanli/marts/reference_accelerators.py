"""reference_accelerators: checks of the accelerator specifications (loaded from
seeds/reference/accelerators.csv by suanli.marts.reference, like every reference seed)."""

from __future__ import annotations

from datetime import date

import duckdb

from suanli.checks import CheckOutcome
from suanli.marts.reference import EVERY_ROW_SOURCED, check_every_row_sourced

NVIDIA_REFERENCES_PRESENT = "nvidia_references_present"
# Every ratio of the substitution timeline divides by these models' dense FP16 figures.
NVIDIA_REFERENCE_MODELS = ("NVIDIA A100", "NVIDIA H100")


def check_nvidia_references_present(con: duckdb.DuckDBPyConnection) -> CheckOutcome:
    """Each of NVIDIA_REFERENCE_MODELS is a row with a positive FP16 figure."""
    placeholders = ", ".join("?" for _ in NVIDIA_REFERENCE_MODELS)
    found = sorted(
        model
        for (model,) in con.execute(
            "SELECT model FROM reference_accelerators "
            f"WHERE fp16_tflops > 0 AND model IN ({placeholders})",
            list(NVIDIA_REFERENCE_MODELS),
        ).fetchall()
    )
    return CheckOutcome(
        passed=found == sorted(NVIDIA_REFERENCE_MODELS),
        metadata={"found": found, "required": list(NVIDIA_REFERENCE_MODELS)},
    )


def run_checks(
    con: duckdb.DuckDBPyConnection, as_of: date | None = None
) -> dict[str, CheckOutcome]:
    """Every check of reference_accelerators (the table mirrors its seed: any `as_of`)."""
    return {
        EVERY_ROW_SOURCED: check_every_row_sourced(con, "reference_accelerators"),
        NVIDIA_REFERENCES_PRESENT: check_nvidia_references_present(con),
    }
