"""Sourced reference seeds (accelerators, AI-server market, substitution paths) and their tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import yaml

from suanli.db import apply_ddl, replace_rows
from suanli.paths import REFERENCE_DIR

ACCELERATORS_PATH = REFERENCE_DIR / "accelerators.csv"
AI_SERVER_MARKET_PATH = REFERENCE_DIR / "ai_server_market.csv"
SUBSTITUTION_PATHS_PATH = REFERENCE_DIR / "substitution_paths.yaml"

ACCELERATOR_COLUMNS = [
    "vendor", "model", "domestic", "release_date", "fp16_tflops", "bf16_tflops", "int8_tops",
    "fp64_tflops", "memory_gb", "tdp_w", "source", "source_url", "note",
]  # fmt: skip
MARKET_COLUMNS = [
    "market", "year", "size", "currency", "yoy_growth_pct", "publisher", "source", "source_url",
    "note", "is_projection",
]  # fmt: skip


def _read_csv(path: Path, columns: list[str]) -> pd.DataFrame:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    if list(frame.columns) != columns:
        raise ValueError(f"{path}: columns {list(frame.columns)} differ from {columns}")
    missing = frame[(frame["source"].str.strip() == "") | (frame["source_url"].str.strip() == "")]
    if len(missing):
        raise ValueError(f"{path}: rows without source or source_url: {missing.index.tolist()}")
    frame = frame.replace("", None)
    frame.insert(0, "row_no", range(1, len(frame) + 1))
    return frame


def _as_bool(series: pd.Series) -> pd.Series:
    return series.str.lower().map({"true": True, "false": False})


def load_accelerators(path: str | Path = ACCELERATORS_PATH) -> pd.DataFrame:
    """accelerators.csv typed: numbers as floats (NaN when empty), release_date as dates."""
    frame = _read_csv(Path(path), ACCELERATOR_COLUMNS)
    for column in ["fp16_tflops", "bf16_tflops", "int8_tops", "fp64_tflops", "memory_gb", "tdp_w"]:
        frame[column] = pd.to_numeric(frame[column]).astype("float64")
    frame["domestic"] = _as_bool(frame["domestic"]).astype(bool)
    frame["release_date"] = pd.to_datetime(frame["release_date"]).dt.date
    return frame


def load_ai_server_market(path: str | Path = AI_SERVER_MARKET_PATH) -> pd.DataFrame:
    """ai_server_market.csv typed."""
    frame = _read_csv(Path(path), MARKET_COLUMNS)
    frame["year"] = frame["year"].astype(int)
    for column in ["size", "yoy_growth_pct"]:
        frame[column] = pd.to_numeric(frame[column]).astype("float64")
    frame["is_projection"] = _as_bool(frame["is_projection"]).astype(bool)
    return frame


def load_substitution_paths(path: str | Path = SUBSTITUTION_PATHS_PATH) -> dict[str, Any]:
    """substitution_paths.yaml as a dict, checked for the keys the timeline mart reads."""
    config = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    for key in ["start_year", "development_paths", "ecosystem_routes", "parity_assumption"]:
        if key not in config:
            raise ValueError(f"{path}: missing key {key!r}")
    return config


def load_reference_tables(
    con: duckdb.DuckDBPyConnection,
    accelerators_path: str | Path = ACCELERATORS_PATH,
    market_path: str | Path = AI_SERVER_MARKET_PATH,
) -> dict[str, int]:
    """(Re)load reference_accelerators and reference_ai_server_market from the seed CSVs."""
    apply_ddl(con, "marts")
    return {
        "reference_accelerators": replace_rows(
            con, "reference_accelerators", {}, load_accelerators(accelerators_path)
        ),
        "reference_ai_server_market": replace_rows(
            con, "reference_ai_server_market", {}, load_ai_server_market(market_path)
        ),
    }
