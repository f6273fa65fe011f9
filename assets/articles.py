"""Articles: the articles directory landed as the `articles` table."""

from datetime import UTC, datetime

import dagster as dg
import pandas as pd

from assets.common import DAILY_PARTITIONS, OWNERS, WRITER_POOL, schema_metadata, table_stats
from pipelines.resources import WarehouseResource
from pipelines.settings import load_settings
from suanli.articles import ArticleError, article_paths, read_article
from suanli.db import apply_ddl, replace_rows

ALL_ARTICLES_READABLE = "all_articles_readable"


@dg.asset(
    partitions_def=DAILY_PARTITIONS,
    group_name="articles",
    kinds={"python", "duckdb"},
    owners=OWNERS,
    pool=WRITER_POOL,
    metadata=schema_metadata("articles", "articles"),
    check_specs=[
        dg.AssetCheckSpec(
            ALL_ARTICLES_READABLE,
            asset="articles",
            description="Every file in the articles directory could be ingested.",
        )
    ],
)
def articles(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Articles from the articles directory, raw text verbatim, with metadata and provenance."""
    settings = load_settings()
    now = datetime.now(UTC)
    rows, errors = [], []
    for path in article_paths(settings.articles_dir):
        try:
            rows.append(vars(read_article(path, settings.articles_dir)) | {"ingested_at": now})
        except ArticleError as exc:
            context.log.error(str(exc))
            errors.append(
                {
                    "path": path.relative_to(settings.articles_dir).as_posix(),
                    "error": str(exc),
                    "seen_at": now,
                }
            )
    with warehouse.get_connection() as con:
        apply_ddl(con, "articles")
        # The table mirrors the directory as it is now, whichever partition runs.
        replace_rows(con, "articles", {}, pd.DataFrame(rows))
        replace_rows(
            con, "article_errors", {}, pd.DataFrame(errors, columns=["path", "error", "seen_at"])
        )
        metadata = table_stats(con, "articles")
    metadata["articles_dir"] = str(settings.articles_dir)
    metadata["articles_rejected"] = len(errors)
    yield dg.MaterializeResult(metadata=metadata)
    yield dg.AssetCheckResult(
        check_name=ALL_ARTICLES_READABLE,
        passed=not errors,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={
            "rejected": len(errors),
            "errors": dg.MetadataValue.md("\n".join(f"- {e['error']}" for e in errors) or "none"),
        },
    )
