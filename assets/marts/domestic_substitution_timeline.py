"""domestic_substitution_timeline: domestic GPU substitution, chips vs the NVIDIA references."""

from datetime import date
from functools import partial

import dagster as dg
import duckdb
import pandas as pd

from assets.common import column_lineage, daily_asset, markdown_preview
from assets.marts.shared import (
    ARTICLE_TABLES,
    build_mart_slice,
    chart,
    mart_results,
    mart_spec,
)
from assets.resources import WarehouseResource
from suanli.marts import plot_substitution_timeline
from suanli.marts.charts import SUBSTITUTION_PNG
from suanli.marts.domestic_substitution_timeline import (
    ARTICLE_RATIO_CLAIMS_CONSISTENT,
    EVERY_DOMESTIC_CHIP_HAS_RATIO,
    MODEL_OUTPUTS_STATE_ASSUMPTIONS,
    build_domestic_substitution_timeline,
    chip_figures,
    chip_summary,
    parity_summary,
    run_checks,
)

TABLE = "domestic_substitution_timeline"
# An article's claim, not a pipeline fault: a failing check warns.
WARN_ONLY = {ARTICLE_RATIO_CLAIMS_CONSISTENT}

UPSTREAM = ARTICLE_TABLES + ["reference_accelerators"]
DEPS = ["article_facts", "articles", "reference_accelerators"]
CHECKS = {
    EVERY_DOMESTIC_CHIP_HAS_RATIO: "Every domestic chip with a published FP16 or INT8 "
    "figure has its ratio to the A100 (FP16 also to the H100); chips without figures are "
    "listed.",
    MODEL_OUTPUTS_STATE_ASSUMPTIONS: "Every modelled row (is_model_output) carries its "
    "assumption in columns, and no sourced row does.",
    ARTICLE_RATIO_CLAIMS_CONSISTENT: "Performance ratios articles claim hold against the "
    "reference figures (BR100 FP16 1000 / A100 312 = 3.2, 三倍以上).",
}
LINEAGE = column_lineage(
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


class SubstitutionConfig(dg.Config):
    """Overrides of seeds/reference/substitution_paths.yaml for one run."""

    start_year: int | None = None  # None: the year of the article stating the path
    domestic_fp16_doubling_months: float | None = None
    nvidia_fp16_doubling_months: float | None = None
    nvidia_reference_model: str | None = None

    def build_args(self) -> dict[str, object]:
        """The overrides as `build_domestic_substitution_timeline`'s arguments."""
        return {
            "start_year": self.start_year,
            "domestic_doubling_months": self.domestic_fp16_doubling_months,
            "nvidia_doubling_months": self.nvidia_fp16_doubling_months,
            "nvidia_reference_model": self.nvidia_reference_model,
        }


def _chip_figures(con: duckdb.DuckDBPyConnection, _day: date, stored: pd.DataFrame):
    return chip_figures(con, stored)


@daily_asset(**mart_spec(TABLE, DEPS, CHECKS))
def domestic_substitution_timeline(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource, config: SubstitutionConfig
):
    """Domestic GPU substitution: ready dates, routes, chips vs A100/H100, modelled parity."""
    build = partial(build_domestic_substitution_timeline, **config.build_args())
    mart = build_mart_slice(
        context, warehouse, TABLE, UPSTREAM, LINEAGE, run_checks, build, _chip_figures
    )
    stored, day = mart.stored, mart.day
    drawn = chart(lambda p: plot_substitution_timeline(stored, p, day), SUBSTITUTION_PNG, day)
    tables = {"chips": chip_summary(mart.read), "parity": parity_summary(stored)}
    previews = {name: dg.MetadataValue.md(markdown_preview(rows)) for name, rows in tables.items()}
    yield from mart_results(mart, {**drawn, **previews}, WARN_ONLY)
