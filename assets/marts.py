"""Marts: GPU price inflation, AI-server market growth and domestic substitution, with charts.

Thin wiring around suanli.marts: each asset rebuilds its table's as_of slice (the partition date)
in one transaction, attaches row counts, column lineage, a preview and, for the charted marts, the
chart itself, then evaluates its checks against what was written.
"""

import base64
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd

from assets.common import (
    DAILY_PARTITIONS,
    OWNERS,
    WRITER_POOL,
    column_lineage,
    markdown_preview,
    partition_date,
    schema_metadata,
    table_stats,
)
from assets.resources import WarehouseResource
from suanli.db import apply_ddl, quote_ident, replace_rows
from suanli.marts import (
    build_ai_server_demand_drivers,
    build_ai_server_market_growth,
    build_claims_vs_feeds,
    build_domestic_substitution_timeline,
    build_gpu_price_index,
    build_gpu_price_inflation,
    load_accelerators,
    load_ai_server_market,
    plot_market_growth,
    plot_price_changes,
    plot_price_index,
    plot_substitution_timeline,
    write_reports_index,
)
from suanli.marts.charts import (
    MARKET_GROWTH_PNG,
    PRICE_CHANGE_PNG,
    PRICE_INDEX_PNG,
    SUBSTITUTION_PNG,
)
from suanli.marts.market import DEFAULT_PROJECTION_YEARS
from suanli.marts.prices import claimed_models, gpu_price_index_as_of
from suanli.marts.reference import ACCELERATORS_PATH, AI_SERVER_MARKET_PATH
from suanli.marts.sql import missing_tables, query
from suanli.paths import PROJECT_ROOT
from suanli.settings import load_settings
from suanli.sources.status import missing_sources

GROUP = "marts"
KINDS = {"python", "duckdb", "sql"}
# The daily job runs at 06:00 Asia/Shanghai and takes minutes. Warn when a mart is 2 hours past
# its next daily run (26 h); fail at 36 h, when a whole day's run has been missed and half a
# working day has passed without a rerun.
MART_FRESHNESS = dg.FreshnessPolicy.time_window(
    fail_window=timedelta(hours=36), warn_window=timedelta(hours=26)
)

ARTICLE_TABLES = ["articles", "article_facts"]
FEED_TABLES = ["price_observations", "fx_rates", "fx_cross_rates"]
FEED_WINDOW_COUNT = 5  # 7d, 30d, 90d, 365d, all
INDEX_BASE = 100.0
FLOAT_TOLERANCE = 1e-6

# Check names.
ARTICLE_PCT_CHANGE_CONSISTENT = "article_pct_change_consistent"
EVERY_FEED_SERIES_HAS_ALL_WINDOWS = "every_feed_series_has_all_windows"
INDEX_STARTS_AT_100 = "index_starts_at_100"
NO_CONFLICTING_FIGURES_AVERAGED = "no_conflicting_figures_averaged"
PROJECTIONS_FLAGGED = "projections_flagged"
ARTICLE_DEPLOYMENT_COST_CONSISTENT = "article_deployment_cost_consistent"
EVERY_DOMESTIC_CHIP_HAS_RATIO = "every_domestic_chip_has_ratio"
MODEL_OUTPUTS_STATE_ASSUMPTIONS = "model_outputs_state_assumptions"
ARTICLE_RATIO_CLAIMS_CONSISTENT = "article_ratio_claims_consistent"
EVERY_PRICE_CLAIM_KEPT = "every_price_claim_kept"
EVERY_ROW_SOURCED = "every_row_sourced"
NVIDIA_REFERENCES_PRESENT = "nvidia_references_present"
NVIDIA_REFERENCE_MODELS = ("NVIDIA A100", "NVIDIA H100")


class PriceMartConfig(dg.Config):
    """How a price mart builds its partition."""

    # Continuing the previous partition is exact while past observations stay as they were
    # loaded; after they were changed in place (e.g. models re-resolved when entities.yaml
    # changed), build once from the whole history. A past feed partition fetched again is
    # detected and rebuilds on its own.
    from_history: bool = False


class MarketGrowthConfig(dg.Config):
    """How far and at what rate article market figures are projected (flagged projections)."""

    projection_years: int = DEFAULT_PROJECTION_YEARS
    projection_growth_pct: float | None = None  # None: each figure's own stated growth


class SubstitutionConfig(dg.Config):
    """Overrides of seeds/reference/substitution_paths.yaml for one run."""

    start_year: int | None = None  # None: the year of the article stating the path
    domestic_fp16_doubling_months: float | None = None
    nvidia_fp16_doubling_months: float | None = None
    nvidia_reference_model: str | None = None


def _check(name: str, asset: str, description: str) -> dg.AssetCheckSpec:
    return dg.AssetCheckSpec(name, asset=asset, description=description)


def _spec(table: str, deps: list[str], checks: list[dg.AssetCheckSpec]) -> dict:
    """Arguments every mart asset shares."""
    return {
        "name": table,
        "deps": deps,
        "partitions_def": DAILY_PARTITIONS,
        "group_name": GROUP,
        "kinds": KINDS,
        "owners": OWNERS,
        "pool": WRITER_POOL,
        "freshness_policy": MART_FRESHNESS,
        "metadata": schema_metadata("marts", table),
        "check_specs": checks,
    }


def _require(con: duckdb.DuckDBPyConnection, tables: list[str], table: str) -> None:
    """Fail naming the missing upstream tables; else make sure the mart tables exist (a mart
    that continues its previous partition reads its own table)."""
    missing = missing_tables(con, tables)
    if missing:
        raise dg.Failure(
            description=f"{table}: upstream tables {', '.join(missing)} do not exist in the "
            "warehouse yet; materialize their assets (or run the daily job) for this partition "
            "first"
        )
    apply_ddl(con, "marts")


def _write(
    con: duckdb.DuckDBPyConnection,
    table: str,
    day: date,
    frame: pd.DataFrame,
    lineage: dg.TableColumnLineage | None,
) -> dict[str, object]:
    replace_rows(con, table, {"as_of": day}, frame)
    # Sources that failed today: the slice is built from what they landed before.
    return {
        **table_stats(con, table, {"as_of": day}, lineage),
        "missing_sources": missing_sources(con, day),
    }


def _slice(con: duckdb.DuckDBPyConnection, table: str, day: date) -> pd.DataFrame:
    return con.execute(f"SELECT * FROM {quote_ident(table)} WHERE as_of = ?", [day]).df()


def _chart(draw: Callable[[Path], Path], file_name: str, day: date) -> dict[str, dg.MetadataValue]:
    """Draw a chart into the reports folder, refresh index.html, and return it as metadata."""
    reports = load_settings().reports_dir
    path = draw(reports / file_name)
    write_reports_index(reports, day)
    encoded = base64.b64encode(path.read_bytes()).decode("ascii")
    note = getattr(path, "note", None)  # why a placeholder stands in for the chart
    return {
        "chart": dg.MetadataValue.md(f"![{file_name}](data:image/png;base64,{encoded})"),
        "chart_path": dg.MetadataValue.path(str(path)),
        "reports_index": dg.MetadataValue.path(str(reports / "index.html")),
        **({"chart_note": dg.MetadataValue.text(note)} if note else {}),
    }


def _table_md(frame: pd.DataFrame) -> dg.MetadataValue:
    return dg.MetadataValue.md(markdown_preview(frame))


# --- reference tables ---------------------------------------------------------------------------


def _reference_checks(con: duckdb.DuckDBPyConnection, table: str) -> dg.AssetCheckResult:
    unsourced = con.execute(
        f"SELECT row_no FROM {quote_ident(table)} WHERE trim(source) = '' OR trim(source_url) = '' "
        "ORDER BY row_no"
    ).fetchall()
    return dg.AssetCheckResult(
        check_name=EVERY_ROW_SOURCED,
        passed=not unsourced,
        metadata={"rows_without_source": [r for (r,) in unsourced]},
    )


@dg.asset(
    name="reference_accelerators",
    partitions_def=DAILY_PARTITIONS,
    group_name=GROUP,
    kinds={"python", "duckdb", "csv"},
    owners=OWNERS,
    pool=WRITER_POOL,
    freshness_policy=MART_FRESHNESS,
    metadata={
        **schema_metadata("marts", "reference_accelerators"),
        "source_file": dg.MetadataValue.path(str(ACCELERATORS_PATH.relative_to(PROJECT_ROOT))),
    },
    check_specs=[
        _check(
            EVERY_ROW_SOURCED,
            "reference_accelerators",
            "Every accelerator row names its publisher and document and a URL.",
        ),
        _check(
            NVIDIA_REFERENCES_PRESENT,
            "reference_accelerators",
            "The NVIDIA A100 and H100 are listed with dense FP16 figures: every ratio needs them.",
        ),
    ],
)
def reference_accelerators(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Accelerator specifications (FP16/BF16/INT8/FP64, memory, power) with their sources."""
    frame = load_accelerators()
    with warehouse.get_connection() as con:
        apply_ddl(con, "marts")
        # The table mirrors the seed file as it is now, whichever partition runs.
        replace_rows(con, "reference_accelerators", {}, frame)
        metadata = table_stats(con, "reference_accelerators")
        sourced = _reference_checks(con, "reference_accelerators")
        nvidia = con.execute(
            "SELECT model FROM reference_accelerators WHERE fp16_tflops > 0 AND model IN (?, ?)",
            list(NVIDIA_REFERENCE_MODELS),
        ).fetchall()
    found = sorted(m for (m,) in nvidia)
    yield dg.MaterializeResult(metadata=metadata)
    yield sourced
    yield dg.AssetCheckResult(
        check_name=NVIDIA_REFERENCES_PRESENT,
        passed=found == sorted(NVIDIA_REFERENCE_MODELS),
        metadata={"found": found, "required": list(NVIDIA_REFERENCE_MODELS)},
    )


@dg.asset(
    name="reference_ai_server_market",
    partitions_def=DAILY_PARTITIONS,
    group_name=GROUP,
    kinds={"python", "duckdb", "csv"},
    owners=OWNERS,
    pool=WRITER_POOL,
    freshness_policy=MART_FRESHNESS,
    metadata={
        **schema_metadata("marts", "reference_ai_server_market"),
        "source_file": dg.MetadataValue.path(str(AI_SERVER_MARKET_PATH.relative_to(PROJECT_ROOT))),
    },
    check_specs=[
        _check(
            EVERY_ROW_SOURCED,
            "reference_ai_server_market",
            "Every market figure names its publisher, report and a URL.",
        )
    ],
)
def reference_ai_server_market(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """AI-server market sizes and forecasts by other publishers (IDC, Inspur…), one per figure."""
    frame = load_ai_server_market()
    with warehouse.get_connection() as con:
        apply_ddl(con, "marts")
        replace_rows(con, "reference_ai_server_market", {}, frame)
        metadata = table_stats(con, "reference_ai_server_market")
        sourced = _reference_checks(con, "reference_ai_server_market")
    yield dg.MaterializeResult(metadata=metadata)
    yield sourced


# --- GPU prices ---------------------------------------------------------------------------------

PRICE_DEPS = ["article_facts", "articles", "price_observations", "fx_rates"]
INFLATION_LINEAGE = column_lineage(
    {
        "model": [("article_facts", "subject"), ("price_observations", "model")],
        "market": [("price_observations", "region")],
        "price_kind": [("price_observations", "price_kind")],
        "term": [("price_observations", "term")],
        "currency": [("article_facts", "unit"), ("price_observations", "currency")],
        "source": [("article_facts", "fact_id"), ("price_observations", "feed")],
        "window_days": [("article_facts", "value"), ("price_observations", "observed_on")],
        "start_date": [
            ("articles", "published_date"),
            ("articles", "published_year"),
            ("article_facts", "value"),
            ("price_observations", "observed_on"),
        ],
        "end_date": [
            ("articles", "published_date"),
            ("articles", "published_year"),
            ("price_observations", "observed_on"),
        ],
        "start_price": [("article_facts", "value"), ("price_observations", "price")],
        "end_price": [("article_facts", "value"), ("price_observations", "price")],
        "start_price_usd": [("price_observations", "price_usd"), ("fx_rates", "rate")],
        "end_price_usd": [("price_observations", "price_usd"), ("fx_rates", "rate")],
        "pct_change": [("article_facts", "value"), ("price_observations", "price")],
        "pct_change_usd": [("price_observations", "price_usd"), ("fx_rates", "rate")],
        "annualised_pct": [
            ("article_facts", "value"),
            ("price_observations", "price"),
            ("price_observations", "observed_on"),
        ],
        "daily_compound_pct": [
            ("article_facts", "value"),
            ("price_observations", "price"),
            ("price_observations", "observed_on"),
        ],
        "n_observations": [("article_facts", "fact_id"), ("price_observations", "observed_at")],
        "min_price": [("article_facts", "value"), ("price_observations", "price")],
        "max_price": [("article_facts", "value"), ("price_observations", "price")],
        "stated_pct_change": [("article_facts", "value")],
        "stated_pct_consistent": [("article_facts", "value"), ("article_facts", "qualifier")],
        "date_precision": [("articles", "published_date")],
        "notes": [("article_facts", "qualifier"), ("article_facts", "value")],
        "start_source": [("price_observations", "source")],
        "end_source": [("price_observations", "source")],
    }
)


@dg.asset(
    **_spec(
        "gpu_price_inflation",
        PRICE_DEPS,
        [
            _check(
                ARTICLE_PCT_CHANGE_CONSISTENT,
                "gpu_price_inflation",
                "Every article price pair's pct_change is (end / start - 1) * 100 and agrees "
                "with the change the article states (A100 60000 -> 90000 CNY: +50%, 涨幅超过50%).",
            ),
            _check(
                EVERY_FEED_SERIES_HAS_ALL_WINDOWS,
                "gpu_price_inflation",
                "Every feed price series has its 7d, 30d, 90d, 365d and all windows.",
            ),
        ],
    )
)
def gpu_price_inflation(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource, config: PriceMartConfig
):
    """GPU price changes: article before/after claims and feed windows, with compound rates."""
    day = partition_date(context)
    with warehouse.get_connection() as con:
        _require(con, ARTICLE_TABLES + FEED_TABLES, "gpu_price_inflation")
        frame = build_gpu_price_inflation(con, day, config.from_history)
        metadata = _write(con, "gpu_price_inflation", day, frame, INFLATION_LINEAGE)
        stored = _slice(con, "gpu_price_inflation", day)
    pairs = stored[stored["source_type"] == "article"]
    recomputed = (pairs["end_price"] / pairs["start_price"] - 1) * 100
    wrong_pct = pairs[(pairs["pct_change"] - recomputed).abs() > FLOAT_TOLERANCE]
    disagreeing = pairs[pairs["stated_pct_consistent"].eq(False)]
    feeds = stored[stored["source_type"] == "feed"]
    windows = feeds.groupby(
        ["model", "market", "price_kind", "term", "currency", "source"], dropna=False
    )["window"].nunique()
    incomplete = windows[windows != FEED_WINDOW_COUNT]
    chart = _chart(lambda p: plot_price_changes(stored, p, day), PRICE_CHANGE_PNG, day)
    pair_columns = [
        "model", "start_date", "end_date", "start_price", "end_price", "currency", "pct_change",
        "annualised_pct", "daily_compound_pct", "stated_pct_change",
    ]  # fmt: skip
    yield dg.MaterializeResult(
        metadata={
            **metadata,
            **chart,
            "article_pairs": _table_md(pairs[pair_columns]),
            "feed_series": int(len(windows)),
        }
    )
    yield dg.AssetCheckResult(
        check_name=ARTICLE_PCT_CHANGE_CONSISTENT,
        passed=wrong_pct.empty and disagreeing.empty,
        metadata={
            "article_pairs": len(pairs),
            "pct_change_not_from_prices": len(wrong_pct),
            "disagrees_with_stated_change": _table_md(
                disagreeing[["model", "pct_change", "stated_pct_change", "notes"]]
            ),
        },
    )
    yield dg.AssetCheckResult(
        check_name=EVERY_FEED_SERIES_HAS_ALL_WINDOWS,
        passed=incomplete.empty,
        metadata={"series": int(len(windows)), "incomplete_series": int(len(incomplete))},
    )


INDEX_LINEAGE = column_lineage(
    {
        "model": [("price_observations", "model")],
        "price_kind": [("price_observations", "price_kind")],
        "term": [("price_observations", "term")],
        "date": [("price_observations", "observed_on")],
        "index_value": [("price_observations", "price_usd"), ("price_observations", "feed")],
        "mom_pct": [("price_observations", "price_usd"), ("price_observations", "observed_on")],
        "yoy_pct": [("price_observations", "price_usd"), ("price_observations", "observed_on")],
        "price_usd": [("price_observations", "price_usd"), ("fx_rates", "rate")],
        "n_observations": [("price_observations", "observed_at")],
        "n_series_linked": [("price_observations", "feed"), ("price_observations", "vendor")],
        "is_carried_forward": [("price_observations", "observed_on")],
    }
)


@dg.asset(
    **_spec(
        "gpu_price_index",
        ["price_observations", "fx_rates", "article_facts", "articles"],
        [
            _check(
                INDEX_STARTS_AT_100,
                "gpu_price_index",
                "Every index series starts at exactly 100 on its first observed day.",
            )
        ],
    )
)
def gpu_price_index(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource, config: PriceMartConfig
):
    """Daily chain-linked USD GPU price index (first day = 100) with MoM and YoY change."""
    day = partition_date(context)
    with warehouse.get_connection() as con:
        _require(con, FEED_TABLES, "gpu_price_index")
        frame = build_gpu_price_index(con, day, config.from_history)
        metadata = _write(con, "gpu_price_index", day, frame, INDEX_LINEAGE)
        index = gpu_price_index_as_of(con, day)
        models = claimed_models(con, day) if not missing_tables(con, ARTICLE_TABLES) else []
    firsts = (
        index.sort_values("date")
        .groupby(["model", "price_kind", "term"], dropna=False)["index_value"]
        .first()
    )
    off_base = firsts[(firsts - INDEX_BASE).abs() > FLOAT_TOLERANCE]
    chart = _chart(lambda p: plot_price_index(index, p, day, models), PRICE_INDEX_PNG, day)
    latest = frame[frame["date"] == day].sort_values("n_observations", ascending=False)
    yield dg.MaterializeResult(
        metadata={
            **metadata,
            **chart,
            "series": int(len(firsts)),
            "days_computed": int(frame["date"].nunique()),
            "levels_on_as_of": _table_md(
                latest[["model", "price_kind", "term", "index_value", "mom_pct", "yoy_pct"]]
            ),
        }
    )
    yield dg.AssetCheckResult(
        check_name=INDEX_STARTS_AT_100,
        passed=off_base.empty,
        metadata={"series": int(len(firsts)), "series_not_starting_at_100": int(len(off_base))},
    )


CLAIMS_LINEAGE = column_lineage(
    {
        "article_id": [("article_facts", "article_id")],
        "fact_id": [("article_facts", "fact_id")],
        "claim_id": [("article_facts", "claim_id")],
        "model": [("article_facts", "subject")],
        "metric": [("article_facts", "metric")],
        "claim_value": [("article_facts", "value")],
        "claim_currency": [("article_facts", "unit")],
        "claim_qualifier": [("article_facts", "qualifier")],
        "claim_date": [
            ("articles", "published_date"),
            ("articles", "published_year"),
            ("article_facts", "value"),
        ],
        "claim_date_precision": [("articles", "published_date")],
        "feed": [("price_observations", "feed")],
        "observed_on": [("price_observations", "observed_on")],
        "observed_price": [
            ("price_observations", "price"),
            ("price_observations", "price_cny"),
            ("price_observations", "price_usd"),
        ],
        "observed_price_native": [("price_observations", "price")],
        "observed_currency": [("price_observations", "currency")],
        "observation_source": [("price_observations", "source")],
        "observation_cites_article": [
            ("price_observations", "source"),
            ("price_observations", "note"),
            ("articles", "path"),
        ],
        "days_apart": [("price_observations", "observed_on"), ("articles", "published_date")],
        "gap_pct": [("article_facts", "value"), ("price_observations", "price")],
    }
)


@dg.asset(
    **_spec(
        "claims_vs_feeds",
        ["article_facts", "articles", "price_observations"],
        [
            _check(
                EVERY_PRICE_CLAIM_KEPT,
                "claims_vs_feeds",
                "Every unit-price claim of the articles appears once, matched or not.",
            )
        ],
    )
)
def claims_vs_feeds(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Each article price claim beside the nearest feed price of its model, with the gap in %."""
    day = partition_date(context)
    with warehouse.get_connection() as con:
        _require(con, ARTICLE_TABLES + FEED_TABLES, "claims_vs_feeds")
        frame = build_claims_vs_feeds(con, day)
        metadata = _write(con, "claims_vs_feeds", day, frame, CLAIMS_LINEAGE)
        stored_facts = con.execute(
            "SELECT count(*), count(DISTINCT fact_id) FROM claims_vs_feeds WHERE as_of = ?", [day]
        ).fetchone()
        expected = con.execute(
            "SELECT count(*) FROM article_facts AS f JOIN articles AS a USING (article_id) "
            "WHERE f.plausible AND f.fact_type = 'unit_price' "
            "AND f.metric IN ('price', 'price_from', 'price_to') "
            "AND f.value IS NOT NULL AND f.subject IS NOT NULL "
            "AND coalesce(a.published_date, make_date(a.published_year, 1, 1)) <= ?",
            [day],
        ).fetchone()[0]
    matched = frame[frame["feed"].notna()]
    yield dg.MaterializeResult(
        metadata={
            **metadata,
            "claims": len(frame),
            "matched": len(matched),
            "matched_independently": int((~matched["observation_cites_article"]).sum()),
        }
    )
    yield dg.AssetCheckResult(
        check_name=EVERY_PRICE_CLAIM_KEPT,
        passed=stored_facts[0] == stored_facts[1] == expected,
        metadata={"rows": stored_facts[0], "unit_price_claims": expected},
    )


# --- AI-server market ---------------------------------------------------------------------------

GROWTH_LINEAGE = column_lineage(
    {
        "market": [("article_facts", "subject"), ("reference_ai_server_market", "market")],
        "year": [("article_facts", "period"), ("reference_ai_server_market", "year")],
        "size": [
            ("article_facts", "value"),
            ("reference_ai_server_market", "size"),
            ("reference_ai_server_market", "yoy_growth_pct"),
        ],
        "currency": [("article_facts", "unit"), ("reference_ai_server_market", "currency")],
        "size_usd": [
            ("article_facts", "value"),
            ("reference_ai_server_market", "size"),
            ("fx_rates", "rate"),
        ],
        "fx_usd_per_unit": [("fx_rates", "rate")],
        "yoy_growth_pct": [
            ("article_facts", "value"),
            ("reference_ai_server_market", "yoy_growth_pct"),
        ],
        "cagr_pct": [("article_facts", "value"), ("reference_ai_server_market", "size")],
        "source": [("article_facts", "fact_id"), ("reference_ai_server_market", "row_no")],
        "source_url": [("articles", "source_url"), ("reference_ai_server_market", "source_url")],
        "publisher": [
            ("articles", "normalised_text"),
            ("articles", "author"),
            ("reference_ai_server_market", "publisher"),
        ],
        "is_projection": [("reference_ai_server_market", "is_projection")],
        "note": [
            ("article_facts", "qualifier"),
            ("reference_ai_server_market", "source"),
            ("reference_ai_server_market", "note"),
        ],
    }
)


@dg.asset(
    **_spec(
        "ai_server_market_growth",
        ["article_facts", "articles", "fx_rates", "reference_ai_server_market"],
        [
            _check(
                NO_CONFLICTING_FIGURES_AVERAGED,
                "ai_server_market_growth",
                "Every stated figure (article fact or reference row) is its own row with its "
                "source; conflicting figures for one year stay side by side, never averaged.",
            ),
            _check(
                PROJECTIONS_FLAGGED,
                "ai_server_market_growth",
                "Every figure computed here is flagged is_derived, and every projection "
                "is_projection, so no model output passes for a stated figure.",
            ),
        ],
    )
)
def ai_server_market_growth(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource, config: MarketGrowthConfig
):
    """AI-server market size by year and source in CNY and USD, with growth and projections."""
    day = partition_date(context)
    with warehouse.get_connection() as con:
        _require(
            con,
            ARTICLE_TABLES + FEED_TABLES + ["reference_ai_server_market"],
            "ai_server_market_growth",
        )
        frame = build_ai_server_market_growth(
            con, day, config.projection_years, config.projection_growth_pct
        )
        metadata = _write(con, "ai_server_market_growth", day, frame, GROWTH_LINEAGE)
        stored = _slice(con, "ai_server_market_growth", day)
        stated_inputs = (
            len(query(con, "ai_server_market_facts", as_of=day))
            + con.execute("SELECT count(*) FROM reference_ai_server_market").fetchone()[0]
        )
    stated = stored[~stored["is_derived"]]
    duplicated_sources = int(stored[["source", "year"]].duplicated().sum())
    per_year = stated.groupby(["market", "year"]).agg(
        figures=("size", "size"), distinct=("size", "nunique")
    )
    conflicts = per_year[per_year["figures"] > 1].reset_index()
    unflagged = stored[
        (stored["source"].str.startswith(("derived:", "projection:")) & ~stored["is_derived"])
        | (stored["source"].str.startswith("projection:") & ~stored["is_projection"])
    ]
    chart = _chart(lambda p: plot_market_growth(stored, p, day), MARKET_GROWTH_PNG, day)
    yield dg.MaterializeResult(
        metadata={
            **metadata,
            **chart,
            "years_with_several_figures": _table_md(conflicts),
            "projection_years": config.projection_years,
            "projection_growth_pct": "each figure's own stated growth"
            if config.projection_growth_pct is None
            else config.projection_growth_pct,
        }
    )
    yield dg.AssetCheckResult(
        check_name=NO_CONFLICTING_FIGURES_AVERAGED,
        passed=len(stated) == stated_inputs and duplicated_sources == 0,
        metadata={
            "stated_rows": len(stated),
            "stated_inputs": int(stated_inputs),
            "duplicated_sources": duplicated_sources,
            "years_with_several_figures": len(conflicts),
        },
    )
    yield dg.AssetCheckResult(
        check_name=PROJECTIONS_FLAGGED,
        passed=unflagged.empty,
        metadata={
            "derived_rows": int(stored["is_derived"].sum()),
            "projection_rows": int(stored["is_projection"].sum()),
            "unflagged": len(unflagged),
        },
    )


DRIVER_LINEAGE = column_lineage(
    {
        "driver": [("article_facts", "subject"), ("article_facts", "metric")],
        "subject": [("article_facts", "subject")],
        "metric": [("article_facts", "metric")],
        "value": [("article_facts", "value"), ("price_observations", "price")],
        "unit": [("article_facts", "unit"), ("price_observations", "currency")],
        "value_usd": [
            ("article_facts", "value"),
            ("price_observations", "price_usd"),
            ("fx_rates", "rate"),
        ],
        "qualifier": [("article_facts", "qualifier")],
        "chips": [("article_facts", "value")],
        "unit_price": [("article_facts", "value"), ("price_observations", "price")],
        "unit_price_currency": [("article_facts", "unit"), ("price_observations", "currency")],
        "unit_price_date": [("price_observations", "observed_on")],
        "implied_value": [("article_facts", "value")],
        "is_consistent": [("article_facts", "value")],
        "vs_article_pct": [("article_facts", "value"), ("price_observations", "price_usd")],
        "source": [("article_facts", "fact_id"), ("price_observations", "feed")],
        "clause": [("articles", "normalised_text")],
        "note": [("article_facts", "quote"), ("price_observations", "source")],
    }
)


@dg.asset(
    **_spec(
        "ai_server_demand_drivers",
        ["article_facts", "articles", "price_observations", "fx_rates"],
        [
            _check(
                ARTICLE_DEPLOYMENT_COST_CONSISTENT,
                "ai_server_demand_drivers",
                "Every deployment cost an article states agrees with its chips x unit price "
                "(3000 A100 x 90000 CNY = 2.7e8 CNY) as the figures are rounded "
                "(suanli.agreement, the rule of the article restatement check).",
            )
        ],
    )
)
def ai_server_demand_drivers(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """AI-server demand drivers from articles, with deployments re-priced at feed prices."""
    day = partition_date(context)
    with warehouse.get_connection() as con:
        _require(con, ARTICLE_TABLES + FEED_TABLES, "ai_server_demand_drivers")
        frame = build_ai_server_demand_drivers(con, day)
        metadata = _write(con, "ai_server_demand_drivers", day, frame, DRIVER_LINEAGE)
        stored = _slice(con, "ai_server_demand_drivers", day)
    costs = stored[stored["implied_value"].notna()]
    inconsistent = costs[costs["is_consistent"].eq(False)]
    yield dg.MaterializeResult(
        metadata={
            **metadata,
            "drivers": _table_md(
                stored[["driver", "value", "unit", "value_usd", "vs_article_pct"]]
            ),
        }
    )
    yield dg.AssetCheckResult(
        check_name=ARTICLE_DEPLOYMENT_COST_CONSISTENT,
        passed=inconsistent.empty,
        severity=dg.AssetCheckSeverity.WARN,  # an article's arithmetic, not a pipeline fault
        metadata={
            "costs_checked": len(costs),
            "inconsistent": _table_md(inconsistent[["driver", "value", "implied_value", "note"]]),
        },
    )


# --- domestic substitution ----------------------------------------------------------------------

TIMELINE_LINEAGE = column_lineage(
    {
        "item": [("article_facts", "subject"), ("reference_accelerators", "model")],
        "vendor": [("reference_accelerators", "vendor")],
        "domestic": [("reference_accelerators", "domestic")],
        "milestone_date": [
            ("reference_accelerators", "release_date"),
            ("article_facts", "value"),
            ("articles", "published_year"),
        ],
        "date_precision": [("reference_accelerators", "release_date_precision")],
        "start_date": [("articles", "published_year")],
        "earliest_ready_date": [("articles", "published_year"), ("article_facts", "value_low")],
        "latest_ready_date": [("articles", "published_year"), ("article_facts", "value_high")],
        "months_low": [("article_facts", "value_low")],
        "months_high": [("article_facts", "value_high")],
        "engineers": [("article_facts", "value")],
        "fp16_tflops": [("reference_accelerators", "fp16_tflops")],
        "fp16_vs_a100": [("reference_accelerators", "fp16_tflops")],
        "fp16_vs_h100": [("reference_accelerators", "fp16_tflops")],
        "int8_vs_a100": [("reference_accelerators", "int8_tops")],
        "article_claim": [("article_facts", "quote")],
        "article_claimed_ratio_min": [("article_facts", "value")],
        "claim_consistent": [("article_facts", "value"), ("reference_accelerators", "fp16_tflops")],
        "fp64_tflops": [("reference_accelerators", "fp64_tflops")],
        "fp64_gap": [("reference_accelerators", "fp64_tflops")],
        "named_in_articles": [("articles", "normalised_text")],
        "reference_fp16_tflops": [("reference_accelerators", "fp16_tflops")],
        "parity_date": [
            ("reference_accelerators", "fp16_tflops"),
            ("reference_accelerators", "release_date"),
        ],
        "source": [("article_facts", "fact_id"), ("reference_accelerators", "source")],
        "source_url": [("articles", "source_url"), ("reference_accelerators", "source_url")],
        "note": [("article_facts", "quote"), ("reference_accelerators", "note")],
    }
)


@dg.asset(
    **_spec(
        "domestic_substitution_timeline",
        ["article_facts", "articles", "reference_accelerators"],
        [
            _check(
                EVERY_DOMESTIC_CHIP_HAS_RATIO,
                "domestic_substitution_timeline",
                "Every domestic chip with a published FP16 or INT8 figure has its ratio to the "
                "A100 (FP16 also to the H100); chips without figures are listed.",
            ),
            _check(
                MODEL_OUTPUTS_STATE_ASSUMPTIONS,
                "domestic_substitution_timeline",
                "Every modelled row (is_model_output) carries its assumption in columns, and no "
                "sourced row does.",
            ),
            _check(
                ARTICLE_RATIO_CLAIMS_CONSISTENT,
                "domestic_substitution_timeline",
                "Performance ratios articles claim hold against the reference figures (BR100 "
                "FP16 1000 / A100 312 = 3.2, 三倍以上).",
            ),
        ],
    )
)
def domestic_substitution_timeline(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource, config: SubstitutionConfig
):
    """Domestic GPU substitution: ready dates, routes, chips vs A100/H100, modelled parity."""
    day = partition_date(context)
    with warehouse.get_connection() as con:
        _require(con, ARTICLE_TABLES + ["reference_accelerators"], "domestic_substitution_timeline")
        frame = build_domestic_substitution_timeline(
            con,
            day,
            start_year=config.start_year,
            domestic_doubling_months=config.domestic_fp16_doubling_months,
            nvidia_doubling_months=config.nvidia_fp16_doubling_months,
            nvidia_reference_model=config.nvidia_reference_model,
        )
        metadata = _write(con, "domestic_substitution_timeline", day, frame, TIMELINE_LINEAGE)
        stored = _slice(con, "domestic_substitution_timeline", day)
        figures = con.execute(
            "SELECT model, fp16_tflops, int8_tops FROM reference_accelerators WHERE domestic"
        ).df()
    chips = stored[stored["row_kind"] == "chip"].merge(
        figures, left_on="item", right_on="model", how="left", suffixes=("", "_ref")
    )
    missing_ratio = chips[
        (
            chips["fp16_tflops_ref"].notna()
            & (chips["fp16_vs_a100"].isna() | chips["fp16_vs_h100"].isna())
        )
        | (chips["int8_tops"].notna() & chips["int8_vs_a100"].isna())
    ]
    without_figures = chips[chips["fp16_tflops_ref"].isna() & chips["int8_tops"].isna()]["item"]
    assumption_columns = [
        "assumption_domestic_doubling_months",
        "assumption_nvidia_doubling_months",
        "reference_model",
    ]
    modelled = stored[stored["is_model_output"]]
    unstated = modelled[modelled[assumption_columns].isna().any(axis=1)]
    leaked = stored[~stored["is_model_output"] & stored[assumption_columns].notna().any(axis=1)]
    claims = stored[stored["article_claimed_ratio_min"].notna()]
    chart = _chart(lambda p: plot_substitution_timeline(stored, p, day), SUBSTITUTION_PNG, day)
    yield dg.MaterializeResult(
        metadata={
            **metadata,
            **chart,
            "chips": _table_md(
                chips[
                    [
                        "item",
                        "fp16_vs_a100",
                        "fp16_vs_h100",
                        "int8_vs_a100",
                        "fp64_gap",
                        "named_in_articles",
                    ]
                ]  # fmt: skip
            ),
            "parity": _table_md(
                modelled[
                    [
                        "item",
                        "parity_date",
                        "assumption_domestic_doubling_months",
                        "assumption_nvidia_doubling_months",
                        "reference_model",
                    ]
                ]  # fmt: skip
            ),
        }
    )
    yield dg.AssetCheckResult(
        check_name=EVERY_DOMESTIC_CHIP_HAS_RATIO,
        passed=missing_ratio.empty,
        metadata={
            "chips": len(chips),
            "missing_ratio": missing_ratio["item"].tolist(),
            "without_published_figures": without_figures.tolist(),
        },
    )
    yield dg.AssetCheckResult(
        check_name=MODEL_OUTPUTS_STATE_ASSUMPTIONS,
        passed=unstated.empty and leaked.empty,
        metadata={
            "model_rows": len(modelled),
            "without_assumption": len(unstated),
            "sourced_rows_with_assumption": len(leaked),
        },
    )
    yield dg.AssetCheckResult(
        check_name=ARTICLE_RATIO_CLAIMS_CONSISTENT,
        passed=not claims["claim_consistent"].eq(False).any(),
        severity=dg.AssetCheckSeverity.WARN,  # an article's claim, not a pipeline fault
        metadata={
            "claims": _table_md(
                claims[["item", "article_claimed_ratio_min", "fp16_vs_a100", "claim_consistent"]]
            )
        },
    )
