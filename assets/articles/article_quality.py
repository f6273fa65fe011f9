"""article_quality: the garbled spans of every article."""

import dagster as dg

from assets.articles.per_article import (
    plan_articles,
    processed_result,
    read_articles,
    stage_spec,
    write_stage,
)
from assets.common import (
    MAX_LISTED_ROWS,
    check_result,
    column_lineage,
    daily_asset,
    markdown_preview,
)
from assets.resources import WarehouseResource
from suanli import extraction
from suanli.article_checks import MAX_GARBLED_SHARE, garbled_share_below_limit

GARBLED_SHARE_BELOW_LIMIT = "garbled_share_below_limit"
QUALITY_LINEAGE = column_lineage(
    {
        "article_id": [("articles", "article_id")],
        "raw_char_start": [("articles", "raw_text")],
        "raw_char_end": [("articles", "raw_text")],
        "raw_text": [("articles", "raw_text")],
        "norm_char_start": [("articles", "normalised_text"), ("articles", "offset_map")],
        "norm_char_end": [("articles", "normalised_text"), ("articles", "offset_map")],
    }
)
GARBLED_SHARES = """
WITH spans AS (
    SELECT article_id, count(*) AS spans, sum(raw_char_end - raw_char_start) AS garbled_chars
    FROM article_quality GROUP BY article_id
)
SELECT a.article_id, coalesce(s.spans, 0) AS spans,
       coalesce(s.garbled_chars, 0) AS garbled_chars, length(a.raw_text) AS chars,
       coalesce(s.garbled_chars, 0) / greatest(length(a.raw_text), 1) AS share
FROM articles AS a LEFT JOIN spans AS s USING (article_id)
ORDER BY share DESC, a.article_id
"""


@daily_asset(
    **stage_spec(
        "article_quality",
        ["articles"],
        {
            GARBLED_SHARE_BELOW_LIMIT: f"At most {MAX_GARBLED_SHARE:.0%} of any article's "
            "characters are unreadable."
        },
    )
)
def article_quality(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Unreadable (garbled) spans of each article, recorded with raw and normalised positions."""
    with warehouse.get_connection() as con:
        source = read_articles(con, "raw_text, normalised_text, offset_map")
        quality, metadata, failures = write_stage(
            context,
            con,
            plan_articles(con, "article_quality", source),
            "garbled-span detection",
            source,
            lambda article_id, row: extraction.quality_frame(
                article_id, row.raw_text, row.normalised_text, row.offset_map
            ),
            extraction.quality_frame("", "", "", [0]),
            QUALITY_LINEAGE,
        )
        shares = con.execute(GARBLED_SHARES).df()
    metadata["garbled_spans"] = len(quality)
    metadata["by_article"] = dg.MetadataValue.md(markdown_preview(shares.head(MAX_LISTED_ROWS)))
    yield dg.MaterializeResult(metadata=metadata)
    yield processed_result(failures)
    yield check_result(
        GARBLED_SHARE_BELOW_LIMIT,
        garbled_share_below_limit(shares),
        severity=dg.AssetCheckSeverity.WARN,
    )
