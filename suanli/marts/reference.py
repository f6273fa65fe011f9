"""Sourced reference seeds (accelerators, AI-server market, substitution config) and their tables.

Every row of a reference CSV names its publisher and document (`source`) and where to find it
(`source_url`: an http(s) URL or a path inside the project). Files are validated as a whole and
rejected with a message naming the file, row and column, so a bad edit never half-loads.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import yaml

from suanli.checks import CheckOutcome
from suanli.db import apply_ddl, quote_ident, replace_rows
from suanli.paths import PROJECT_ROOT, REFERENCE_DIR

EVERY_ROW_SOURCED = "every_row_sourced"  # the check of every reference table
ACCELERATORS_PATH = REFERENCE_DIR / "accelerators.csv"
AI_SERVER_MARKET_PATH = REFERENCE_DIR / "ai_server_market.csv"
SUBSTITUTION_PATHS_PATH = REFERENCE_DIR / "substitution_paths.yaml"

ACCELERATOR_COLUMNS = [
    "vendor", "model", "domestic", "release_date", "release_date_precision", "fp16_tflops",
    "bf16_tflops", "int8_tops", "fp64_tflops", "memory_gb", "tdp_w", "source", "source_url",
    "note",
]  # fmt: skip
ACCELERATOR_NUMBERS = ["fp16_tflops", "bf16_tflops", "int8_tops", "fp64_tflops", "memory_gb",
                       "tdp_w"]  # fmt: skip
MARKET_COLUMNS = [
    "market", "year", "size", "currency", "yoy_growth_pct", "publisher", "source", "source_url",
    "note", "is_projection",
]  # fmt: skip
DATE_PRECISIONS = {"day", "month"}
URL = re.compile(r"^https?://\S+$")
CURRENCY = re.compile(r"^[A-Z]{3}$")


class ReferenceDataError(ValueError):
    """A reference seed file that cannot be loaded; the message names file, row and column."""


def _fail(path: Path, row: int | None, column: str | None, problem: str) -> ReferenceDataError:
    where = ", ".join(p for p in [f"row {row}" if row else "", column or ""] if p)
    return ReferenceDataError(f"{path}: {where + ': ' if where else ''}{problem}")


def _read_csv(path: Path, columns: list[str], required: list[str]) -> pd.DataFrame:
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise _fail(path, None, None, f"cannot be read as UTF-8 CSV ({exc})") from exc
    if list(frame.columns) != columns:
        raise _fail(path, None, None, f"columns {list(frame.columns)} differ from {columns}")
    frame = frame.apply(lambda column: column.str.strip())
    for row_no, row in enumerate(frame.to_dict("records"), start=1):
        for column in required:
            if not row[column]:
                raise _fail(path, row_no, column, "is empty but required")
        url = row["source_url"]
        if not URL.match(url) and not (PROJECT_ROOT / url).is_file():
            raise _fail(path, row_no, "source_url", f"{url!r} is neither a URL nor a project file")
    frame = frame.replace("", None)
    frame.insert(0, "row_no", range(1, len(frame) + 1))
    return frame


def _numbers(path: Path, frame: pd.DataFrame, columns: list[str]) -> None:
    for column in columns:
        parsed = pd.to_numeric(frame[column], errors="coerce")
        bad = frame[column].notna() & parsed.isna()
        if bad.any():
            row = int(frame.loc[bad, "row_no"].iloc[0])
            value = frame.loc[bad, column].iloc[0]
            raise _fail(path, row, column, f"{value!r} is not a number")
        if (parsed < 0).any():
            row = int(frame.loc[parsed < 0, "row_no"].iloc[0])
            raise _fail(path, row, column, "is negative")
        frame[column] = parsed.astype("float64")


def _booleans(path: Path, frame: pd.DataFrame, column: str) -> None:
    parsed = frame[column].str.lower().map({"true": True, "false": False})
    if parsed.isna().any():
        row = int(frame.loc[parsed.isna(), "row_no"].iloc[0])
        raise _fail(path, row, column, "must be true or false")
    frame[column] = parsed.astype(bool)


def load_accelerators(path: str | Path = ACCELERATORS_PATH) -> pd.DataFrame:
    """accelerators.csv typed: numbers as floats (NaN when empty), release_date as dates."""
    path = Path(path)
    frame = _read_csv(
        path, ACCELERATOR_COLUMNS, ["vendor", "model", "domestic", "source", "source_url"]
    )
    _numbers(path, frame, ACCELERATOR_NUMBERS)
    _booleans(path, frame, "domestic")
    dates = pd.to_datetime(frame["release_date"], format="%Y-%m-%d", errors="coerce")
    unparsed = frame[frame["release_date"].notna() & dates.isna()]
    if len(unparsed):
        row = unparsed.iloc[0]
        raise _fail(path, row.row_no, "release_date", f"{row.release_date!r} is not YYYY-MM-DD")
    for row in frame.itertuples():
        has_date = pd.notna(row.release_date)
        if has_date != pd.notna(row.release_date_precision) or (
            has_date and row.release_date_precision not in DATE_PRECISIONS
        ):
            raise _fail(
                path,
                row.row_no,
                "release_date_precision",
                f"must be one of {sorted(DATE_PRECISIONS)} exactly when release_date is set",
            )
    frame["release_date"] = [None if pd.isna(d) else d.date() for d in dates]
    duplicated = frame[frame["model"].duplicated()]
    if len(duplicated):
        raise _fail(path, int(duplicated["row_no"].iloc[0]), "model", "is listed twice")
    return frame


def load_ai_server_market(path: str | Path = AI_SERVER_MARKET_PATH) -> pd.DataFrame:
    """ai_server_market.csv typed."""
    path = Path(path)
    frame = _read_csv(
        path,
        MARKET_COLUMNS,
        [
            "market",
            "year",
            "size",
            "currency",
            "publisher",
            "source",
            "source_url",
            "is_projection",
        ],
    )
    _numbers(path, frame, ["year", "size", "yoy_growth_pct"])
    frame["year"] = frame["year"].astype(int)
    _booleans(path, frame, "is_projection")
    for row in frame.itertuples():
        if not CURRENCY.match(row.currency):
            raise _fail(path, row.row_no, "currency", f"{row.currency!r} is not an ISO code")
    return frame


def load_substitution_paths(path: str | Path = SUBSTITUTION_PATHS_PATH) -> dict[str, Any]:
    """substitution_paths.yaml as a dict, checked for the keys the timeline mart reads."""
    path = Path(path)
    config = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    for key in ["ecosystem_routes", "parity_assumption"]:
        if key not in config:
            raise ReferenceDataError(f"{path}: missing key {key!r}")
    for route in config["ecosystem_routes"]:
        for key in ["key", "name", "quote", "description", "assessment_quote"]:
            if not route.get(key):
                raise ReferenceDataError(f"{path}: ecosystem route {route!r} lacks {key!r}")
    for key in [
        "nvidia_reference_model",
        "nvidia_fp16_doubling_months",
        "domestic_fp16_doubling_months",
    ]:
        if key not in config["parity_assumption"]:
            raise ReferenceDataError(f"{path}: parity_assumption lacks {key!r}")
    return config


def load_reference_tables(
    con: duckdb.DuckDBPyConnection,
    accelerators_path: str | Path = ACCELERATORS_PATH,
    market_path: str | Path = AI_SERVER_MARKET_PATH,
) -> dict[str, int]:
    """(Re)load reference_accelerators and reference_ai_server_market from the seed CSVs."""
    accelerators = load_accelerators(accelerators_path)
    market = load_ai_server_market(market_path)
    apply_ddl(con, "marts")
    return {
        "reference_accelerators": replace_rows(con, "reference_accelerators", {}, accelerators),
        "reference_ai_server_market": replace_rows(con, "reference_ai_server_market", {}, market),
    }


def check_every_row_sourced(con: duckdb.DuckDBPyConnection, table: str) -> CheckOutcome:
    """Every row of reference table `table` names its source and a source URL."""
    unsourced = con.execute(
        f"SELECT row_no FROM {quote_ident(table)} WHERE trim(source) = '' OR trim(source_url) = '' "
        "ORDER BY row_no"
    ).fetchall()
    return CheckOutcome(
        passed=not unsourced, metadata={"rows_without_source": [r for (r,) in unsourced]}
    )
