"""article_quantities: every numeric mention in the articles, parsed into base units."""

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
from suanli.article_checks import quantity_offsets_match_surface
from suanli.entities import EntityIndex
from suanli.quantities import QUANTITY_COLUMNS

QUANTITY_OFFSETS_MATCH_SURFACE = "quantity_offsets_match_surface"
QUANTITIES_LINEAGE = column_lineage(
    {
        "article_id": [("articles", "article_id")],
        "sentence_no": [("article_sentences", "sentence_no")],
        **{column: [("articles", "normalised_text")] for column in QUANTITY_COLUMNS},
    }
)


@daily_asset(
    **stage_spec(
        "article_quantities",
        ["articles", "article_sentences"],
        {
            QUANTITY_OFFSETS_MATCH_SURFACE: "Every quantity's offsets point at its surface text "
            "in the normalised text, outside garbled spans."
        },
    )
)
def article_quantities(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Every numeric mention in article text, parsed into base units with unit and qualifier."""
    entities = EntityIndex.load()
    with warehouse.get_connection() as con:
        source = read_articles(con, "normalised_text")
        texts = dict(zip(source["article_id"], source["normalised_text"], strict=True))
        plan = plan_articles(con, "article_quantities", source, ["article_sentences"])
        sentences = rows_by_article(read_rows(con, "article_sentences", plan.rebuild))

        def build(article_id: str, row) -> pd.DataFrame:
            own = extraction.sentences_from_frame(sentences.get(article_id))
            return extraction.article_quantities(article_id, row.normalised_text, own, entities)

        quantities, metadata, failures = write_stage(
            context,
            con,
            plan,
            "quantity parsing",
            source,
            build,
            extraction.article_quantities("", "", [], entities),
            QUANTITIES_LINEAGE,
        )
        by_kind = con.execute(
            "SELECT kind, count(*) AS quantities FROM article_quantities GROUP BY ALL "
            "ORDER BY quantities DESC, kind"
        ).df()
    metadata["by_kind"] = dg.MetadataValue.md(markdown_preview(by_kind))
    yield dg.MaterializeResult(metadata=metadata)
    yield processed_result(failures)
    yield check_result(
        QUANTITY_OFFSETS_MATCH_SURFACE, quantity_offsets_match_surface(quantities, texts)
    )
