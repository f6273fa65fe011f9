"""articles (and article_errors): the article files and the web articles, as normalised text."""

from datetime import UTC, datetime

import dagster as dg
import pandas as pd

from assets.articles.per_article import written_table_metadata
from assets.common import (
    check_result,
    column_lineage,
    daily_asset,
    markdown_preview,
    partition_date,
    table_spec,
)
from assets.resources import WarehouseResource
from suanli.article_checks import all_articles_readable, offset_map_covers_text
from suanli.article_stage_inputs import Normaliser, normalised_before, replace_articles
from suanli.articles import ingest_articles_dir
from suanli.db import apply_ddl, replace_rows
from suanli.settings import load_settings
from suanli.sources.articles import web_article_errors, web_article_rows

ALL_ARTICLES_READABLE = "all_articles_readable"
OFFSET_MAP_COVERS_TEXT = "offset_map_covers_text"


def _web(*columns: str) -> list[tuple[str, str]]:
    return [("web_articles", column) for column in columns]


# Which web_articles columns each `articles` column comes from, for the web articles in it.
ARTICLES_FROM_WEB = column_lineage(
    {
        "article_id": _web("source", "url"),
        "path": _web("landing_path"),
        "sha256": _web("page_sha256"),
        "bytes": _web("page_bytes"),
        "encoding": _web("encoding"),
        "raw_text": _web("text"),
        "normalised_text": _web("text"),
        "offset_map": _web("text"),
        "garbled_span_count": _web("text"),
        "title": _web("title"),
        "author": _web("author"),
        "language": _web("text"),
        "published_year": _web("published_date"),
        "published_date": _web("published_date"),
        "date_precision": _web("published_date"),
        "date_note": _web("date_source"),
        "source_note": _web("source"),
        "source_url": _web("url"),
    }
)


@daily_asset(
    **table_spec(
        "articles",
        "articles",
        ["web_articles"],
        {
            ALL_ARTICLES_READABLE: "Every file in the articles directory could be ingested.",
            OFFSET_MAP_COVERS_TEXT: "Each offset map has one raw offset per normalised "
            "character, in order, ending at the raw text's length.",
        },
        kinds={"python"},
    )
)
def articles(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Articles from the articles directory and the web article sources: raw text verbatim,
    normalised text, metadata. Also writes article_errors: the files that could not be ingested
    and this partition's failed web items."""
    settings = load_settings()
    now = datetime.now(UTC)
    with warehouse.get_connection() as con:
        apply_ddl(con, "articles", "article_tables")
        normaliser = Normaliser(normalised_before(con))
        rows, errors = ingest_articles_dir(settings.articles_dir, now, normaliser)
        for error in errors:
            context.log.error(error["error"])
        web_rows = web_article_rows(con, now, normaliser)
        web_errors = web_article_errors(con, partition_date(context))
        # The table mirrors the directory as it is now, whichever partition runs, and every web
        # article ingested so far; the errors are the directory's and this partition's web items.
        replace_articles(con, pd.DataFrame(rows + web_rows), normaliser.keys)
        replace_rows(
            con,
            "article_errors",
            {},
            pd.DataFrame(errors + web_errors, columns=["path", "error", "seen_at"]),
        )
        metadata = written_table_metadata(con, "articles", ARTICLES_FROM_WEB)
        by_language = con.execute(
            "SELECT language, count(*) AS articles, sum(garbled_span_count) AS garbled_spans "
            "FROM articles GROUP BY ALL ORDER BY ALL"
        ).df()
    metadata["articles_dir"] = str(settings.articles_dir)
    metadata["articles_rejected"] = len(errors)
    metadata["web_articles"] = len(web_rows)
    metadata["web_items_failed"] = len(web_errors)
    # Only new or changed texts are normalised again (and all of them after the extractor changed).
    metadata["articles_normalised"] = len(normaliser.keys) - normaliser.reused
    metadata["articles_unchanged"] = normaliser.reused
    metadata["by_language"] = dg.MetadataValue.md(markdown_preview(by_language))
    yield dg.MaterializeResult(metadata=metadata)
    yield check_result(ALL_ARTICLES_READABLE, all_articles_readable(errors))
    yield check_result(OFFSET_MAP_COVERS_TEXT, offset_map_covers_text(rows + web_rows))
