"""Domestic substitution timeline: development paths, ecosystem routes, chips and parity model."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from suanli.marts import math as mm
from suanli.marts.reference import (
    ACCELERATORS_PATH,
    SUBSTITUTION_PATHS_PATH,
    load_accelerators,
    load_substitution_paths,
)
from suanli.marts.sql import query

TIMELINE_COLUMNS = [
    "as_of", "row_kind", "item", "vendor", "domestic", "milestone_date", "start_date",
    "earliest_ready_date", "latest_ready_date", "months_low", "months_high", "engineers",
    "fp16_tflops", "fp16_vs_a100", "fp16_vs_h100", "article_claim", "article_claimed_ratio_min",
    "fp64_tflops", "fp64_gap", "reference_model", "reference_fp16_tflops", "parity_date",
    "assumption_domestic_doubling_months", "assumption_nvidia_doubling_months", "is_model_output",
    "source", "source_url", "note",
]  # fmt: skip


def _path_rows(con: duckdb.DuckDBPyConnection, config: dict[str, Any], start: date) -> list[dict]:
    rows = []
    for path in config["development_paths"]:
        low, high = float(path["months_low"]), float(path["months_high"])
        note = f"quote: {path['quote']}"
        facts = query(con, "development_time_facts", subject=path["article_subject"])
        if not facts.empty:
            f = facts.iloc[0]
            agrees = (f.months_low, f.months_high) == (low, high)
            note += (
                f"; article facts {f.fact_ids}: {f.months_low:g}-{f.months_high:g} months"
                f" ({'agrees' if agrees else 'DIFFERS from the configured path'})"
            )
        earliest = mm.add_months(start, low)
        rows.append(
            {
                "row_kind": "development_path",
                "item": path["name"],
                "milestone_date": earliest,
                "start_date": start,
                "earliest_ready_date": earliest,
                "latest_ready_date": mm.add_months(start, high),
                "months_low": low,
                "months_high": high,
                "engineers": path.get("engineers"),
                "is_model_output": False,
                "source": path["source"],
                "source_url": path["source_url"],
                "note": note,
            }
        )
    for route in config["ecosystem_routes"]:
        rows.append(
            {
                "row_kind": "ecosystem_route",
                "item": route["name"],
                "is_model_output": False,
                "source": route["source"],
                "source_url": route["source_url"],
                "note": f"{route['description'].strip()} Article: {route['article_assessment']}.",
            }
        )
    return rows


def _chip_rows(con: duckdb.DuckDBPyConnection, accelerators: pd.DataFrame, claims: dict) -> list:
    registered = accelerators.assign(release_date=pd.to_datetime(accelerators["release_date"]))
    con.register("ref_accelerators", registered)
    try:
        chips = query(con, "domestic_chips")
    finally:
        con.unregister("ref_accelerators")
    stated = query(con, "chip_claim_facts").set_index("model").to_dict("index")
    rows = []
    for chip in chips.to_dict("records"):
        claim = claims.get(chip["model"], {})
        facts = stated.get(chip["model"], {})
        # The extracted fact wins over the configured claim: it is what the article text says.
        ratio = facts.get("claimed_ratio_min")
        ratio = claim.get("claimed_ratio_min") if ratio is None or pd.isna(ratio) else ratio
        note = chip["note"]
        if facts:
            said = [
                f"{label} {facts[key]:g}"
                for key, label in [
                    ("claimed_ratio_min", "ratio >="),
                    ("claimed_fp16_tflops", "FP16 TFLOPS >="),
                    ("claimed_release_year", "release year"),
                ]
                if pd.notna(facts[key])
            ]
            note = f"{note} | article facts {facts['fact_ids']}: {', '.join(said)}"
        rows.append(
            {
                "row_kind": "chip",
                "item": chip["model"],
                "vendor": chip["vendor"],
                "domestic": True,
                "milestone_date": chip["release_date"],
                "fp16_tflops": chip["fp16_tflops"],
                "fp16_vs_a100": chip["fp16_vs_a100"],
                "fp16_vs_h100": chip["fp16_vs_h100"],
                "article_claim": claim.get("claim"),
                "article_claimed_ratio_min": ratio,
                "fp64_tflops": chip["fp64_tflops"],
                "fp64_gap": None if pd.isna(chip["fp64_gap"]) else bool(chip["fp64_gap"]),
                "is_model_output": False,
                "source": chip["source"],
                "source_url": chip["source_url"],
                "note": note,
            }
        )
    return rows


def _parity_rows(accelerators: pd.DataFrame, assumption: dict, domestic_n: float, nvidia_n: float):
    reference_model = assumption["nvidia_reference_model"]
    reference = accelerators[accelerators["model"] == reference_model]
    if reference.empty or pd.isna(reference.iloc[0]["fp16_tflops"]):
        raise ValueError(f"parity reference {reference_model!r} has no fp16_tflops")
    ref = reference.iloc[0]
    known = accelerators[
        accelerators["domestic"]
        & accelerators["fp16_tflops"].notna()
        & accelerators["release_date"].notna()
    ]
    rows = []
    for vendor, line in known.groupby("vendor"):
        latest = line.sort_values("release_date").iloc[-1]
        parity = mm.parity_date(
            latest["fp16_tflops"],
            latest["release_date"],
            domestic_n,
            ref["fp16_tflops"],
            ref["release_date"],
            nvidia_n,
        )
        if parity is None:
            outcome = "no parity: the domestic line does not grow faster"
        elif parity == latest["release_date"]:
            outcome = "already at or above the NVIDIA line in FP16 at launch"
        else:
            outcome = f"FP16 parity reached on {parity:%Y-%m-%d}"
        rows.append(
            {
                "row_kind": "parity_estimate",
                "item": f"{vendor} line",
                "vendor": vendor,
                "domestic": True,
                "milestone_date": parity,
                "fp16_tflops": latest["fp16_tflops"],
                "reference_model": reference_model,
                "reference_fp16_tflops": ref["fp16_tflops"],
                "parity_date": parity,
                "assumption_domestic_doubling_months": domestic_n,
                "assumption_nvidia_doubling_months": nvidia_n,
                "is_model_output": True,
                "source": "model: substitution_paths.yaml parity_assumption",
                "source_url": str(SUBSTITUTION_PATHS_PATH.name),
                "note": (
                    f"from {latest['model']} ({latest['release_date']:%Y-%m-%d}, "
                    f"{latest['fp16_tflops']:g} TFLOPS FP16) vs {reference_model} "
                    f"({ref['release_date']:%Y-%m-%d}, {ref['fp16_tflops']:g}); FP16 doubling "
                    f"every {domestic_n:g} vs {nvidia_n:g} months; {outcome}. Assumption, not a "
                    "forecast; ignores FP64, interconnect and software ecosystem."
                ),
            }
        )
    return rows


def build_domestic_substitution_timeline(
    con: duckdb.DuckDBPyConnection,
    as_of: date,
    accelerators_path: str | Path = ACCELERATORS_PATH,
    paths_path: str | Path = SUBSTITUTION_PATHS_PATH,
    start_year: int | None = None,
    domestic_doubling_months: float | None = None,
    nvidia_doubling_months: float | None = None,
) -> pd.DataFrame:
    """domestic_substitution_timeline rows for `as_of`.

    `start_year` and the doubling periods default to substitution_paths.yaml (start_year is the
    article's year); every parity row carries the assumption it was computed under.
    """
    config = load_substitution_paths(paths_path)
    accelerators = load_accelerators(accelerators_path)
    start = date(start_year or config["start_year"], config.get("start_month", 1), 1)
    assumption = config["parity_assumption"]
    domestic_n = float(domestic_doubling_months or assumption["domestic_fp16_doubling_months"])
    nvidia_n = float(nvidia_doubling_months or assumption["nvidia_fp16_doubling_months"])
    claims = {c["model"]: c for c in config.get("article_chip_claims", [])}
    rows = (
        _path_rows(con, config, start)
        + _chip_rows(con, accelerators, claims)
        + _parity_rows(accelerators, assumption, domestic_n, nvidia_n)
    )
    frame = pd.DataFrame(rows).reindex(columns=TIMELINE_COLUMNS)
    frame["as_of"] = as_of
    frame["is_model_output"] = frame["is_model_output"].astype(bool)
    frame["engineers"] = pd.array(frame["engineers"], dtype="Int64")
    for column in ["milestone_date", "start_date", "earliest_ready_date", "latest_ready_date",
                   "parity_date"]:  # fmt: skip
        frame[column] = pd.to_datetime(frame[column]).dt.date
    return frame
