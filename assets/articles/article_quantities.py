"""article_quantities: every numeric mention in the articles, parsed into base units."""

import dagster as dg
import pandas as pd

from assets.articles.per_article import (
    concat_or_empty,
    per_article,
    processed_check_spec,
    processed_result,
    read_articles,
    rows_by_article,
    written_table_metadata,
)
from assets.common import (
    check_result,
    column_lineage,
    daily_asset,
    markdown_preview,
    schema_metadata,
)
from assets.resources import WarehouseResource
from suanli import extraction
from suanli.article_checks import quantity_offsets_match_surface
from suanli.db import replace_rows
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
    deps=["articles", "article_sentences"],
    kinds={"python"},
    metadata=schema_metadata("article_tables", "article_quantities"),
    check_specs=[
        processed_check_spec("article_quantities"),
        dg.AssetCheckSpec(
            QUANTITY_OFFSETS_MATCH_SURFACE,
            asset="article_quantities",
            description="Every quantity's offsets point at its surface text in the normalised "
            "text, outside garbled spans.",
        ),
    ],
)
def article_quantities(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Every numeric mention in article text, parsed into base units with unit and qualifier."""
    entities = EntityIndex.load()
    with warehouse.get_connection() as con:
        source = read_articles(con, "normalised_text")
        sentences = rows_by_article(con.execute("SELECT * FROM article_sentences").df())
        texts = dict(zip(source["article_id"], source["normalised_text"], strict=True))

        def build(article_id: str, text: str) -> pd.DataFrame:
            own = extraction.sentences_from_frame(sentences.get(article_id))
            return extraction.article_quantities(article_id, text, own, entities)

        frames, failures = per_article(context, "quantity parsing", texts.items(), build)
        quantities = concat_or_empty(frames, extraction.article_quantities("", "", [], entities))
        replace_rows(con, "article_quantities", {}, quantities)
        metadata = written_table_metadata(con, "article_quantities", QUANTITIES_LINEAGE)
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
