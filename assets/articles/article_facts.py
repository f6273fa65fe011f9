"""article_facts: typed, attributed claims with provenance, and the checks over them."""

import dagster as dg
import pandas as pd

from assets.articles.per_article import (
    plan_articles,
    processed_result,
    read_articles,
    read_rows,
    rows_by_article,
    stage_spec,
    write_stage,
)
from assets.common import (
    check_result,
    column_lineage,
    daily_asset,
    markdown_preview,
)
from assets.resources import WarehouseResource
from suanli import extraction
from suanli.article_checks import (
    fact_offsets_match_surface,
    no_fact_from_garbled_span,
    no_implausible_facts,
    restated_claims_agree,
)
from suanli.entities import EntityIndex

FACT_OFFSETS_MATCH_SURFACE = "fact_offsets_match_surface"
NO_FACT_FROM_GARBLED_SPAN = "no_fact_from_garbled_span"
RESTATED_CLAIMS_AGREE = "restated_claims_agree"
IMPLAUSIBLE_FACTS = "implausible_facts"

_FROM_QUANTITY = [("article_quantities", c) for c in ("value", "kind", "unit")]
FACTS_LINEAGE = column_lineage(
    {
        "article_id": [("articles", "article_id")],
        "fact_id": [("article_quantities", "char_start"), ("article_quantities", "char_end")],
        "claim_id": [("article_sentences", "sentence_no"), ("articles", "normalised_text")],
        "fact_type": [*_FROM_QUANTITY, ("article_sentences", "text")],
        "subject": [("articles", "normalised_text")],
        "subject_kind": [("articles", "normalised_text")],
        "metric": [*_FROM_QUANTITY, ("article_sentences", "text")],
        "value": [("article_quantities", "value")],
        "value_low": [("article_quantities", "value_low")],
        "value_high": [("article_quantities", "value_high")],
        "unit": [("article_quantities", "unit")],
        "qualifier": [("article_quantities", "qualifier")],
        "period": [("article_quantities", "period")],
        "period_basis": [("article_quantities", "period"), ("article_sentences", "sentence_no")],
        "sentence_no": [("article_sentences", "sentence_no")],
        "char_start": [("article_quantities", "char_start")],
        "char_end": [("article_quantities", "char_end")],
        "raw_char_start": [("article_quantities", "char_start"), ("articles", "offset_map")],
        "raw_char_end": [("article_quantities", "char_end"), ("articles", "offset_map")],
        "surface": [("article_quantities", "surface")],
        "quote": [("article_sentences", "text")],
        "source": [("articles", "normalised_text")],
        "plausible": [("article_quantities", "value"), ("article_quantities", "unit")],
        "implausible_reason": [("article_quantities", "value"), ("article_quantities", "unit")],
    }
)


@daily_asset(
    **stage_spec(
        "article_facts",
        ["articles", "article_sentences", "article_quantities", "article_quality"],
        {
            FACT_OFFSETS_MATCH_SURFACE: "Every fact's normalised offsets point at its surface, "
            "and its raw offsets at the same number in the raw text.",
            NO_FACT_FROM_GARBLED_SPAN: "No fact overlaps a garbled span recorded in "
            "article_quality.",
            RESTATED_CLAIMS_AGREE: "Claims that restate each other agree: count × unit price vs "
            "total cost, price from → to vs the stated change (discrepancies are warnings).",
            IMPLAUSIBLE_FACTS: "No fact lies outside the range seeds/reference/plausibility.yaml "
            "gives for its type (an implausible fact is kept in article_facts and left out of "
            "every mart; warning).",
        },
    )
)
def article_facts(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Typed, attributed claims (prices, market sizes, growth, compute…) with provenance."""
    entities = EntityIndex.load()
    with warehouse.get_connection() as con:
        source = read_articles(
            con, "raw_text, normalised_text, language, offset_map, published_date"
        )
        plan = plan_articles(
            con, "article_facts", source, ["article_sentences", "article_quantities"]
        )
        sentences = rows_by_article(read_rows(con, "article_sentences", plan.rebuild))
        quantities = rows_by_article(read_rows(con, "article_quantities", plan.rebuild))
        quality = con.execute("SELECT * FROM article_quality").df()

        def build(article_id: str, row) -> pd.DataFrame:
            return extraction.article_facts(
                article_id,
                row.normalised_text,
                row.language or "und",
                row.offset_map,
                extraction.sentences_from_frame(sentences.get(article_id)),
                extraction.quantities_from_frame(quantities.get(article_id)),
                entities,
                row.published_date,
            )

        facts, metadata, failures = write_stage(
            context,
            con,
            plan,
            "fact extraction",
            source,
            build,
            extraction.article_facts("", "", "und", [0], [], [], entities),
            FACTS_LINEAGE,
        )
        by_type = con.execute(
            "SELECT fact_type, count(*) AS facts, count(DISTINCT subject) AS subjects "
            "FROM article_facts GROUP BY ALL ORDER BY facts DESC, fact_type"
        ).df()
    metadata["by_fact_type"] = dg.MetadataValue.md(markdown_preview(by_type))
    metadata["facts_without_subject"] = int(facts["subject"].isna().sum())
    metadata["implausible_facts"] = int(facts["plausible"].eq(False).sum())
    yield dg.MaterializeResult(metadata=metadata)
    yield processed_result(failures)
    yield check_result(FACT_OFFSETS_MATCH_SURFACE, fact_offsets_match_surface(facts, source))
    yield check_result(NO_FACT_FROM_GARBLED_SPAN, no_fact_from_garbled_span(facts, quality))
    # A restatement that disagrees, or a figure the extractor misread or the source got wrong,
    # is worth a look but not a pipeline fault.
    yield check_result(
        RESTATED_CLAIMS_AGREE, restated_claims_agree(facts), severity=dg.AssetCheckSeverity.WARN
    )
    yield check_result(
        IMPLAUSIBLE_FACTS, no_implausible_facts(facts), severity=dg.AssetCheckSeverity.WARN
    )
