"""article_sentences: the sentences of every article, with their section headings."""

import dagster as dg

from assets.articles.per_article import (
    plan_articles,
    processed_result,
    read_articles,
    stage_spec,
    write_stage,
)
from assets.common import check_result, column_lineage, daily_asset
from assets.resources import WarehouseResource
from suanli import extraction
from suanli.article_checks import sentences_match_text
from suanli.sentences import SENTENCE_COLUMNS

SENTENCES_MATCH_TEXT = "sentences_match_text"
SENTENCES_LINEAGE = column_lineage(
    {
        "article_id": [("articles", "article_id")],
        **{
            column: [("articles", "normalised_text")]
            for column in SENTENCE_COLUMNS
            if column != "article_id"
        },
    }
)


@daily_asset(
    **stage_spec(
        "article_sentences",
        ["articles"],
        {
            SENTENCES_MATCH_TEXT: "Every sentence's text is exactly the normalised text "
            "at its offsets."
        },
    )
)
def article_sentences(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Sentences of each article with the section heading they fall under."""
    with warehouse.get_connection() as con:
        source = read_articles(con, "normalised_text")
        texts = dict(zip(source["article_id"], source["normalised_text"], strict=True))
        sentences, metadata, failures = write_stage(
            context,
            con,
            plan_articles(con, "article_sentences", source),
            "sentence splitting",
            source,
            lambda article_id, row: extraction.article_sentences(article_id, row.normalised_text),
            extraction.article_sentences("", ""),
            SENTENCES_LINEAGE,
        )
    metadata["headings"] = int((sentences["line_kind"] == "heading").sum())
    yield dg.MaterializeResult(metadata=metadata)
    yield processed_result(failures)
    yield check_result(SENTENCES_MATCH_TEXT, sentences_match_text(sentences, texts))
