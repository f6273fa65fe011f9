"""article_sentences: the sentences of every article, with their section headings."""

import dagster as dg

from assets.articles.per_article import (
    concat_or_empty,
    per_article,
    processed_check_spec,
    processed_result,
    read_articles,
    written_table_metadata,
)
from assets.common import check_result, column_lineage, daily_asset, schema_metadata
from assets.resources import WarehouseResource
from suanli import extraction
from suanli.article_checks import sentences_match_text
from suanli.db import replace_rows
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
    deps=["articles"],
    kinds={"python"},
    metadata=schema_metadata("article_tables", "article_sentences"),
    check_specs=[
        processed_check_spec("article_sentences"),
        dg.AssetCheckSpec(
            SENTENCES_MATCH_TEXT,
            asset="article_sentences",
            description="Every sentence's text is exactly the normalised text at its offsets.",
        ),
    ],
)
def article_sentences(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Sentences of each article with the section heading they fall under."""
    with warehouse.get_connection() as con:
        source = read_articles(con, "normalised_text")
        texts = dict(zip(source["article_id"], source["normalised_text"], strict=True))
        frames, failures = per_article(
            context, "sentence splitting", texts.items(), extraction.article_sentences
        )
        sentences = concat_or_empty(frames, extraction.article_sentences("", ""))
        replace_rows(con, "article_sentences", {}, sentences)
        metadata = written_table_metadata(con, "article_sentences", SENTENCES_LINEAGE)
    metadata["headings"] = int((sentences["line_kind"] == "heading").sum())
    yield dg.MaterializeResult(metadata=metadata)
    yield processed_result(failures)
    yield check_result(SENTENCES_MATCH_TEXT, sentences_match_text(sentences, texts))
