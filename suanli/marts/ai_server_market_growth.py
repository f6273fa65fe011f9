"""ai_server_market_growth: AI-server market size by year and source, growth, projections."""

from __future__ import annotations

from datetime import date

import duckdb
import pandas as pd

from suanli.checks import CheckOutcome
from suanli.marts import growth
from suanli.marts.inputs import yearly_fx
from suanli.marts.sql import query, stored_slice

NO_CONFLICTING_FIGURES_AVERAGED = "no_conflicting_figures_averaged"
PROJECTIONS_FLAGGED = "projections_flagged"
GROWTH_COLUMNS = [
    "as_of", "market", "year", "size", "currency", "size_usd", "fx_usd_per_unit",
    "yoy_growth_pct", "cagr_base_year", "cagr_pct", "source", "source_url", "publisher",
    "is_derived", "is_projection", "note",
]  # fmt: skip
DEFAULT_PROJECTION_YEARS = 3
REFERENCE_MARKET_QUERY = "SELECT * FROM reference_ai_server_market ORDER BY row_no"


def _stated_rows(con: duckdb.DuckDBPyConnection, as_of: date) -> list[dict]:
    rows = [
        {**r, "is_derived": False, "is_projection": False}
        for r in query(con, "inputs/ai_server_market_facts", as_of=as_of).to_dict("records")
    ]
    for r in con.execute(REFERENCE_MARKET_QUERY).df().to_dict("records"):
        rows.append(
            {
                "market": r["market"],
                "year": int(r["year"]),
                "size": r["size"],
                "currency": r["currency"],
                "yoy_growth_pct": r["yoy_growth_pct"],
                "source": f"reference:{r['row_no']}",
                "source_url": r["source_url"],
                "publisher": r["publisher"],
                "is_derived": False,
                "is_projection": bool(r["is_projection"]),
                "note": "; ".join(p for p in [r["source"], r["note"]] if p),
            }
        )
    return rows


def _implied_prior_years(rows: list[dict]) -> list[dict]:
    derived = []
    for r in rows:
        stated_growth = r["yoy_growth_pct"]
        if r["is_projection"] or stated_growth is None or pd.isna(stated_growth):
            continue
        derived.append(
            {
                **r,
                "year": r["year"] - 1,
                "size": growth.implied_previous(r["size"], stated_growth),
                "yoy_growth_pct": None,
                "source": f"derived:{r['source']}",
                "is_derived": True,
                "note": f"implied by the {r['year']} size and its stated {stated_growth:g}% "
                f"growth: {r['size']:.4g} / (1 + {stated_growth:g}/100)",
            }
        )
    return derived


def _projections(rows: list[dict], years: int, growth_pct: float | None) -> list[dict]:
    # Only article facts are extrapolated: publishers' own forecasts are already reference rows,
    # and projecting every series would bury them.
    projected = []
    for r in rows:
        if not r["source"].startswith("fact:") or years <= 0:
            continue
        rate = growth_pct if growth_pct is not None else r["yoy_growth_pct"]
        if rate is None or pd.isna(rate):
            continue
        basis = "the configured rate" if growth_pct is not None else f"its {r['year']} growth"
        for step in range(1, years + 1):
            projected.append(
                {
                    **r,
                    "year": r["year"] + step,
                    "size": growth.project(r["size"], rate, step),
                    "yoy_growth_pct": rate,
                    "source": f"projection:{r['source']}",
                    "is_derived": True,
                    "is_projection": True,
                    "note": f"model projection: the {r['year']} figure grown {rate:g}%/yr "
                    f"({basis}) for {step} year(s); an assumption, not a publisher forecast",
                }
            )
    return projected


def _add_cagr(frame: pd.DataFrame) -> pd.DataFrame:
    frame["cagr_base_year"] = pd.array([None] * len(frame), dtype="Int64")
    frame["cagr_pct"] = float("nan")
    for _, group in frame.groupby(["market", "currency", "publisher"], dropna=False):
        # Spans start at the earliest figure the publisher actually stated, so a CAGR is never
        # anchored on a number this mart derived or on a forecast.
        stated = group[~group["is_derived"] & ~group["is_projection"]]
        base = (stated if len(stated) else group).sort_values(["year", "source"]).iloc[0]
        for index, row in group.iterrows():
            if row["year"] > base["year"]:
                frame.at[index, "cagr_base_year"] = int(base["year"])
                frame.at[index, "cagr_pct"] = growth.cagr_pct(
                    base["size"], row["size"], row["year"] - base["year"]
                )
    return frame


def build_ai_server_market_growth(
    con: duckdb.DuckDBPyConnection,
    as_of: date,
    projection_years: int = DEFAULT_PROJECTION_YEARS,
    projection_growth_pct: float | None = None,
) -> pd.DataFrame:
    """ai_server_market_growth rows for `as_of`.

    Article facts and reference rows (table reference_ai_server_market) stay one row per source;
    each stated growth adds a derived prior-year row; article facts are projected
    `projection_years` ahead at `projection_growth_pct` (default: the fact's own stated growth),
    flagged as projections.
    """
    stated = _stated_rows(con, as_of)
    rows = (
        stated
        + _implied_prior_years(stated)
        + _projections(stated, projection_years, projection_growth_pct)
    )
    if not rows:
        return pd.DataFrame(columns=GROWTH_COLUMNS)
    frame = pd.DataFrame(rows)
    fx = yearly_fx(con, as_of, frame["currency"].dropna().tolist())
    rates = [
        1.0 if c == "USD" else fx.get((int(y), c))
        for y, c in zip(frame["year"], frame["currency"], strict=True)
    ]
    frame["fx_usd_per_unit"] = pd.array(rates, dtype="Float64").astype("float64")
    frame["size_usd"] = frame["size"] * frame["fx_usd_per_unit"]
    no_fx = frame["fx_usd_per_unit"].isna()
    frame.loc[no_fx, "note"] = [
        f"{n}; no {c} FX for {y} up to {as_of}, size_usd left NULL"
        for n, c, y in zip(
            frame.loc[no_fx, "note"],
            frame.loc[no_fx, "currency"],
            frame.loc[no_fx, "year"],
            strict=True,
        )
    ]
    frame = _add_cagr(frame)
    frame["as_of"] = as_of
    frame["year"] = frame["year"].astype(int)
    frame["yoy_growth_pct"] = pd.to_numeric(frame["yoy_growth_pct"]).astype("float64")
    return frame[GROWTH_COLUMNS].sort_values(["market", "year", "source"], ignore_index=True)


def years_with_several_figures(stored: pd.DataFrame) -> pd.DataFrame:
    """(market, year) with more than one stated figure, with how many and how many differ."""
    stated = stored[~stored["is_derived"]]
    per_year = stated.groupby(["market", "year"]).agg(
        figures=("size", "size"), distinct=("size", "nunique")
    )
    return per_year[per_year["figures"] > 1].reset_index()


def check_no_conflicting_figures_averaged(
    con: duckdb.DuckDBPyConnection, as_of: date, stored: pd.DataFrame
) -> CheckOutcome:
    """Every stated figure (article fact or reference row) is its own row with its own source."""
    stated = stored[~stored["is_derived"]]
    stated_inputs = (
        len(query(con, "inputs/ai_server_market_facts", as_of=as_of))
        + con.execute("SELECT count(*) FROM reference_ai_server_market").fetchone()[0]
    )
    duplicated_sources = int(stored[["source", "year"]].duplicated().sum())
    return CheckOutcome(
        passed=len(stated) == stated_inputs and duplicated_sources == 0,
        metadata={
            "stated_rows": len(stated),
            "stated_inputs": int(stated_inputs),
            "duplicated_sources": duplicated_sources,
            "years_with_several_figures": len(years_with_several_figures(stored)),
        },
    )


def check_projections_flagged(stored: pd.DataFrame) -> CheckOutcome:
    """Every derived row is flagged is_derived, and every projection is_projection."""
    derived = stored["source"].str.startswith(("derived:", "projection:"))
    projected = stored["source"].str.startswith("projection:")
    unflagged = stored[(derived & ~stored["is_derived"]) | (projected & ~stored["is_projection"])]
    return CheckOutcome(
        passed=unflagged.empty,
        metadata={
            "derived_rows": int(stored["is_derived"].sum()),
            "projection_rows": int(stored["is_projection"].sum()),
            "unflagged": len(unflagged),
        },
    )


def run_checks(con: duckdb.DuckDBPyConnection, as_of: date) -> dict[str, CheckOutcome]:
    """Every check of ai_server_market_growth on its stored `as_of` slice, by check name."""
    stored = stored_slice(con, "ai_server_market_growth", as_of)
    return {
        NO_CONFLICTING_FIGURES_AVERAGED: check_no_conflicting_figures_averaged(con, as_of, stored),
        PROJECTIONS_FLAGGED: check_projections_flagged(stored),
    }
