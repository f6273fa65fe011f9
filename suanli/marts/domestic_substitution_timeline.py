"""Domestic substitution timeline: development paths, ecosystem routes, chips and a parity model."""

from __future__ import annotations

import operator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from suanli.agreement import Figure, agrees
from suanli.checks import CheckOutcome
from suanli.entities import EntityIndex
from suanli.marts import growth
from suanli.marts.labels import english_alias
from suanli.marts.reference import SUBSTITUTION_PATHS_PATH, load_substitution_paths
from suanli.marts.sql import query, stored_slice
from suanli.paths import PROJECT_ROOT

EVERY_DOMESTIC_CHIP_HAS_RATIO = "every_domestic_chip_has_ratio"
MODEL_OUTPUTS_STATE_ASSUMPTIONS = "model_outputs_state_assumptions"
ARTICLE_RATIO_CLAIMS_CONSISTENT = "article_ratio_claims_consistent"
TIMELINE_COLUMNS = [
    "as_of", "row_kind", "item", "vendor", "domestic", "milestone_date", "date_precision",
    "start_date", "earliest_ready_date", "latest_ready_date", "months_low", "months_high",
    "engineers", "fp16_tflops", "fp16_vs_a100", "fp16_vs_h100", "int8_vs_a100", "article_claim",
    "article_claimed_ratio_min", "claim_consistent", "fp64_tflops", "fp64_gap",
    "named_in_articles", "reference_model", "reference_fp16_tflops", "parity_date",
    "assumption_domestic_doubling_months", "assumption_nvidia_doubling_months",
    "is_model_output", "source", "source_url", "note",
]  # fmt: skip
DATE_COLUMNS = ["milestone_date", "start_date", "earliest_ready_date", "latest_ready_date",
                "parity_date"]  # fmt: skip
CHIP_KINDS = {"gpu", "accelerator"}
ACCELERATORS_QUERY = "SELECT * FROM reference_accelerators ORDER BY row_no"


@dataclass(frozen=True)
class ParityAssumption:
    """The stated assumption parity dates are computed under (carried into the mart's columns)."""

    nvidia_reference_model: str
    domestic_doubling_months: float
    nvidia_doubling_months: float


def _path_label(subject: str) -> str:
    english = english_alias(subject)
    return f"{english} ({subject})" if english and english != subject else subject


def _path_rows(
    con: duckdb.DuckDBPyConnection, as_of: date, start_year: int | None, start_month: int
) -> list[dict]:
    rows = []
    for p in query(con, "inputs/development_paths", as_of=as_of).itertuples():
        start = date(int(start_year or p.published_year), start_month, 1)
        cited = f"{p.cited_source}, as cited by " if p.cited_source else ""
        rows.append(
            {
                "row_kind": "development_path",
                "item": _path_label(p.subject),
                "subject": p.subject,
                "article_id": p.article_id,
                "milestone_date": growth.add_months(start, p.months_low),
                "date_precision": "month",
                "start_date": start,
                "earliest_ready_date": growth.add_months(start, p.months_low),
                "latest_ready_date": growth.add_months(start, p.months_high),
                "months_low": p.months_low,
                "months_high": p.months_high,
                "engineers": None if pd.isna(p.engineers) else int(p.engineers),
                "is_model_output": False,
                "source": f"fact:{p.fact_ids} ({cited}article {p.article_id})",
                "source_url": p.source_url if pd.notna(p.source_url) else p.article_path,
                "note": f"quote: {p.quote}; clock starts {start:%Y-%m-%d}"
                + ("" if start_year else f" (the article's year, {int(p.published_year)})"),
            }
        )
    return rows


def _route_rows(
    con: duckdb.DuckDBPyConnection, as_of: date, config: dict[str, Any], paths: list[dict]
) -> list[dict]:
    rows = []
    for route in config["ecosystem_routes"]:
        for article in query(
            con, "inputs/articles_quoting", as_of=as_of, quote=route["quote"]
        ).itertuples():
            carried = [
                p
                for p in paths
                if p["article_id"] == article.article_id
                and p["subject"] in route.get("development_path_subjects", [])
            ]
            row = {
                "row_kind": "ecosystem_route",
                "item": route["name"],
                "is_model_output": False,
                "source": f"article:{article.article_id}",
                "source_url": article.source_url if pd.notna(article.source_url) else article.path,
                "note": f"quote: {route['quote']}; {' '.join(route['description'].split())} "
                f"Article's assessment: {route['assessment_quote']}.",
            }
            if carried:
                earliest = min(carried, key=lambda p: p["earliest_ready_date"])
                latest = max(carried, key=lambda p: p["latest_ready_date"])
                row |= {
                    "milestone_date": earliest["earliest_ready_date"],
                    "date_precision": "month",
                    "start_date": earliest["start_date"],
                    "earliest_ready_date": earliest["earliest_ready_date"],
                    "latest_ready_date": latest["latest_ready_date"],
                    "months_low": earliest["months_low"],
                    "months_high": latest["months_high"],
                }
                row["note"] += " Ready dates span the development paths: " + ", ".join(
                    p["item"] for p in carried
                )
            rows.append(row)
    return rows


def _named_chips(con: duckdb.DuckDBPyConnection, as_of: date) -> dict[str, list[str]]:
    """{canonical chip: [article ids naming it]} over the articles published by `as_of`."""
    entities = EntityIndex.load()
    named: dict[str, list[str]] = {}
    for article in query(con, "inputs/article_texts", as_of=as_of).itertuples():
        for _, _, entity in entities.find_all(article.normalised_text):
            if entity.kind in CHIP_KINDS:
                ids = named.setdefault(entity.canonical, [])
                if article.article_id not in ids:
                    ids.append(article.article_id)
    return named


def _ratio_claim_agrees(claim: dict, chip: dict) -> bool:
    """The article's performance ratio against the reference FP16 figures (suanli.agreement,
    the rule of every stated-against-computed comparison)."""
    return agrees(
        Figure(
            claim["claimed_ratio_min"],
            claim["claimed_ratio_qualifier"],
            surface=claim["claimed_ratio_surface"],
        ),
        operator.truediv,
        Figure(chip["fp16_tflops"]),
        Figure(chip["a100_fp16"]),
    )


def _chip_rows(
    con: duckdb.DuckDBPyConnection, as_of: date, accelerators: pd.DataFrame
) -> list[dict]:
    chips = query(con, "inputs/domestic_chips").to_dict("records")
    claims = query(con, "inputs/chip_claim_facts", as_of=as_of).set_index("model").to_dict("index")
    named = _named_chips(con, as_of)
    entities = EntityIndex.load()
    listed = set(accelerators["model"])
    domestic_vendors = set(accelerators.loc[accelerators["domestic"], "vendor"])
    # A chip an article names that accelerators.csv lacks still gets a row, without specs.
    for model, articles in named.items():
        entity = entities.get(model)
        if model not in listed and entity is not None and entity.vendor in domestic_vendors:
            chips.append(
                {
                    "model": model,
                    "vendor": entity.vendor,
                    "release_date": None,
                    "source": f"article:{articles[0]}",
                    "note": "named by an article; not in accelerators.csv, so no specifications",
                }
            )
    rows = []
    for chip in chips:
        claim = claims.get(chip["model"], {})
        ratio = claim.get("claimed_ratio_min")
        ratio = None if ratio is None or pd.isna(ratio) else ratio
        vs_a100 = chip.get("fp16_vs_a100")
        vs_a100 = None if vs_a100 is None or pd.isna(vs_a100) else vs_a100
        milestone, precision = chip.get("release_date"), chip.get("release_date_precision")
        note = chip["note"]
        if claim:
            said = [
                f"{label} {claim[key]:g}"
                for key, label in [
                    ("claimed_ratio_min", "performance ratio >="),
                    ("claimed_fp16_tflops", "FP16 TFLOPS >="),
                    ("claimed_release_year", "release year"),
                ]
                if pd.notna(claim[key])
            ]
            note = f"{note} | article facts {claim['fact_ids']}: {', '.join(said)}"
            year = claim.get("claimed_release_year")
            if (milestone is None or pd.isna(milestone)) and year is not None and pd.notna(year):
                milestone, precision = date(int(year), 7, 1), "year"
        rows.append(
            {
                "row_kind": "chip",
                "item": chip["model"],
                "vendor": chip["vendor"],
                "domestic": True,
                "milestone_date": None if milestone is None or pd.isna(milestone) else milestone,
                "date_precision": None if precision is None or pd.isna(precision) else precision,
                "fp16_tflops": chip.get("fp16_tflops"),
                "fp16_vs_a100": vs_a100,
                "fp16_vs_h100": chip.get("fp16_vs_h100"),
                "int8_vs_a100": chip.get("int8_vs_a100"),
                "article_claim": claim.get("claim_quote"),
                "article_claimed_ratio_min": ratio,
                "claim_consistent": None
                if ratio is None or vs_a100 is None
                else _ratio_claim_agrees(claim, chip),
                "fp64_tflops": chip.get("fp64_tflops"),
                "fp64_gap": None if pd.isna(chip.get("fp64_gap")) else bool(chip["fp64_gap"]),
                "named_in_articles": ",".join(named[chip["model"]])
                if chip["model"] in named
                else None,
                "is_model_output": False,
                "source": chip["source"],
                "source_url": chip.get("source_url"),
                "note": note,
            }
        )
    return rows


def _parity_rows(accelerators: pd.DataFrame, assumption: ParityAssumption) -> list[dict]:
    reference_model = assumption.nvidia_reference_model
    reference = accelerators[accelerators["model"] == reference_model]
    if reference.empty or pd.isna(reference.iloc[0]["fp16_tflops"]):
        raise ValueError(
            f"parity reference {reference_model!r} has no fp16_tflops in reference_accelerators"
        )
    ref = reference.iloc[0]
    known = accelerators[
        accelerators["domestic"]
        & accelerators["fp16_tflops"].notna()
        & accelerators["release_date"].notna()
    ]
    domestic_n, nvidia_n = assumption.domestic_doubling_months, assumption.nvidia_doubling_months
    rows = []
    for vendor, line in known.groupby("vendor"):
        latest = line.sort_values("release_date").iloc[-1]
        parity = growth.parity_date(
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
                "date_precision": None if parity is None else "day",
                "fp16_tflops": latest["fp16_tflops"],
                "reference_model": reference_model,
                "reference_fp16_tflops": ref["fp16_tflops"],
                "parity_date": parity,
                "assumption_domestic_doubling_months": domestic_n,
                "assumption_nvidia_doubling_months": nvidia_n,
                "is_model_output": True,
                "source": "model: parity_assumption in substitution_paths.yaml or run config",
                "source_url": SUBSTITUTION_PATHS_PATH.relative_to(PROJECT_ROOT).as_posix(),
                "note": (
                    f"from {latest['model']} ({latest['release_date']:%Y-%m-%d}, "
                    f"{latest['fp16_tflops']:g} TFLOPS FP16) vs {reference_model} "
                    f"({ref['release_date']:%Y-%m-%d}, {ref['fp16_tflops']:g}); FP16 doubling "
                    f"every {domestic_n:g} vs {nvidia_n:g} months; {outcome}. An assumption, not "
                    "a forecast: it ignores FP64, interconnect, supply and the software ecosystem."
                ),
            }
        )
    return rows


def parity_assumption(
    config: dict[str, Any],
    nvidia_reference_model: str | None = None,
    domestic_doubling_months: float | None = None,
    nvidia_doubling_months: float | None = None,
) -> ParityAssumption:
    """The configured parity assumption with any per-run overrides applied."""
    stated = config["parity_assumption"]
    return ParityAssumption(
        nvidia_reference_model=nvidia_reference_model or stated["nvidia_reference_model"],
        domestic_doubling_months=float(
            domestic_doubling_months or stated["domestic_fp16_doubling_months"]
        ),
        nvidia_doubling_months=float(
            nvidia_doubling_months or stated["nvidia_fp16_doubling_months"]
        ),
    )


def build_domestic_substitution_timeline(
    con: duckdb.DuckDBPyConnection,
    as_of: date,
    paths_path: str | Path = SUBSTITUTION_PATHS_PATH,
    start_year: int | None = None,
    domestic_doubling_months: float | None = None,
    nvidia_doubling_months: float | None = None,
    nvidia_reference_model: str | None = None,
) -> pd.DataFrame:
    """domestic_substitution_timeline rows for `as_of`.

    Development paths come from article facts; `start_year` (default: the config's, else the
    year of the article stating the path) starts their clocks. Chips come from the
    reference_accelerators table and the articles' text; parity rows carry the assumption they
    were computed under, with per-run overrides of the configured doubling periods.
    """
    config = load_substitution_paths(paths_path)
    accelerators = con.execute(ACCELERATORS_QUERY).df()
    accelerators["release_date"] = [
        None if pd.isna(v) else pd.Timestamp(v).date() for v in accelerators["release_date"]
    ]
    accelerators["domestic"] = accelerators["domestic"].astype(bool)
    paths = _path_rows(
        con, as_of, start_year or config.get("start_year"), int(config.get("start_month", 1))
    )
    assumption = parity_assumption(
        config, nvidia_reference_model, domestic_doubling_months, nvidia_doubling_months
    )
    rows = (
        paths
        + _route_rows(con, as_of, config, paths)
        + _chip_rows(con, as_of, accelerators)
        + (_parity_rows(accelerators, assumption) if len(accelerators) else [])
    )
    frame = pd.DataFrame(rows).reindex(columns=TIMELINE_COLUMNS)
    frame["as_of"] = as_of
    frame["is_model_output"] = frame["is_model_output"].astype(bool)
    frame["engineers"] = pd.array(frame["engineers"], dtype="Int64")
    for column in ["domestic", "claim_consistent", "fp64_gap"]:
        frame[column] = frame[column].astype("boolean")
    for column in DATE_COLUMNS:
        frame[column] = pd.to_datetime(frame[column]).dt.date
    numeric = [
        "months_low", "months_high", "fp16_tflops", "fp16_vs_a100", "fp16_vs_h100",
        "int8_vs_a100", "article_claimed_ratio_min", "fp64_tflops", "reference_fp16_tflops",
        "assumption_domestic_doubling_months", "assumption_nvidia_doubling_months",
    ]  # fmt: skip
    for column in numeric:
        frame[column] = pd.to_numeric(frame[column]).astype("float64")
    return frame


# The columns that carry a modelled row's assumption (and stay NULL on sourced rows).
ASSUMPTION_COLUMNS = [
    "assumption_domestic_doubling_months",
    "assumption_nvidia_doubling_months",
    "reference_model",
]


def chip_figures(con: duckdb.DuckDBPyConnection, stored: pd.DataFrame) -> pd.DataFrame:
    """The slice's chip rows beside the published figures of reference_accelerators (columns
    fp16_tflops_ref and int8_tops)."""
    figures = con.execute(
        "SELECT model, fp16_tflops, int8_tops FROM reference_accelerators WHERE domestic"
    ).df()
    return stored[stored["row_kind"] == "chip"].merge(
        figures, left_on="item", right_on="model", how="left", suffixes=("", "_ref")
    )


def check_every_domestic_chip_has_ratio(chips: pd.DataFrame) -> CheckOutcome:
    """Every chip with a published FP16 figure has its ratio to the A100 and H100, and every chip
    with an INT8 figure its ratio to the A100 (`chips` from chip_figures)."""
    fp16_missing = chips["fp16_tflops_ref"].notna() & (
        chips["fp16_vs_a100"].isna() | chips["fp16_vs_h100"].isna()
    )
    int8_missing = chips["int8_tops"].notna() & chips["int8_vs_a100"].isna()
    without_figures = chips["fp16_tflops_ref"].isna() & chips["int8_tops"].isna()
    missing_ratio = chips[fp16_missing | int8_missing]
    return CheckOutcome(
        passed=missing_ratio.empty,
        metadata={
            "chips": len(chips),
            "missing_ratio": missing_ratio["item"].tolist(),
            "without_published_figures": chips[without_figures]["item"].tolist(),
        },
    )


def check_model_outputs_state_assumptions(stored: pd.DataFrame) -> CheckOutcome:
    """Every modelled row carries its assumption in ASSUMPTION_COLUMNS, and no sourced row does."""
    modelled = stored[stored["is_model_output"]]
    unstated = modelled[modelled[ASSUMPTION_COLUMNS].isna().any(axis=1)]
    leaked = stored[~stored["is_model_output"] & stored[ASSUMPTION_COLUMNS].notna().any(axis=1)]
    return CheckOutcome(
        passed=unstated.empty and leaked.empty,
        metadata={
            "model_rows": len(modelled),
            "without_assumption": len(unstated),
            "sourced_rows_with_assumption": len(leaked),
        },
    )


def check_article_ratio_claims_consistent(stored: pd.DataFrame) -> CheckOutcome:
    """Every performance ratio an article claims holds against the reference figures."""
    claims = stored[stored["article_claimed_ratio_min"].notna()]
    return CheckOutcome(
        passed=not claims["claim_consistent"].eq(False).any(),
        tables={
            "claims": claims[
                ["item", "article_claimed_ratio_min", "fp16_vs_a100", "claim_consistent"]
            ]
        },
    )


def chip_summary(chips: pd.DataFrame) -> pd.DataFrame:
    """Each chip's ratios to the NVIDIA references (`chips` from chip_figures)."""
    columns = ["item", "fp16_vs_a100", "fp16_vs_h100", "int8_vs_a100", "fp64_gap"]
    return chips[[*columns, "named_in_articles"]]


def parity_summary(stored: pd.DataFrame) -> pd.DataFrame:
    """Each modelled parity date with the assumption it rests on."""
    return stored[stored["is_model_output"]][["item", "parity_date", *ASSUMPTION_COLUMNS]]


def run_checks(con: duckdb.DuckDBPyConnection, as_of: date) -> dict[str, CheckOutcome]:
    """Every check of domestic_substitution_timeline on its stored `as_of` slice, by name."""
    stored = stored_slice(con, "domestic_substitution_timeline", as_of)
    return {
        EVERY_DOMESTIC_CHIP_HAS_RATIO: check_every_domestic_chip_has_ratio(
            chip_figures(con, stored)
        ),
        MODEL_OUTPUTS_STATE_ASSUMPTIONS: check_model_outputs_state_assumptions(stored),
        ARTICLE_RATIO_CLAIMS_CONSISTENT: check_article_ratio_claims_consistent(stored),
    }
