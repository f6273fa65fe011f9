"""What the article stages share: run a stage article by article, read the articles back."""

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import dagster as dg
import duckdb
import pandas as pd

from assets.common import check_result, table_schema, table_spec, table_stats
from suanli.article_checks import every_article_processed
from suanli.article_stage_inputs import StagePlan, plan_stage, rewrite_articles
from suanli.db import apply_ddl, quote_ident

EVERY_ARTICLE_PROCESSED = "every_article_processed"


def stage_spec(table: str, deps: list[str], checks: Mapping[str, str]) -> dict[str, object]:
    """Arguments of `daily_asset` for an extraction stage writing `table`: its checks as
    `{name: description}`, after the check that every article went through the stage."""
    processed = {EVERY_ARTICLE_PROCESSED: "No article failed this extraction stage."}
    return table_spec("article_tables", table, deps, {**processed, **checks}, kinds={"python"})


def processed_result(failures: list[dict]) -> dg.AssetCheckResult:
    return check_result(EVERY_ARTICLE_PROCESSED, every_article_processed(failures))


def per_article(
    context: dg.AssetExecutionContext,
    stage: str,
    items: Iterable[tuple[str, object]],
    build: Callable[[str, object], pd.DataFrame],
) -> tuple[list[pd.DataFrame], list[dict]]:
    """Run `build` per article; an article that raises fails alone and is reported."""
    frames, failures = [], []
    for article_id, item in items:
        try:
            frames.append(build(article_id, item))
        except Exception as exc:  # one bad article must not stop the others
            message = f"article {article_id}: {stage} failed: {type(exc).__name__}: {exc}"
            context.log.error(message)
            failures.append({"article_id": article_id, "error": message})
    return frames, failures


def plan_articles(
    con: duckdb.DuckDBPyConnection,
    table: str,
    source: pd.DataFrame,
    upstream: Sequence[str] = (),
) -> StagePlan:
    """Which articles of `source` (read by `read_articles`) `table` must rebuild."""
    digests = dict(zip(source["article_id"], source["input_digest"], strict=True))
    return plan_stage(con, table, digests, upstream)


def write_stage(
    context: dg.AssetExecutionContext,
    con: duckdb.DuckDBPyConnection,
    plan: StagePlan,
    stage: str,
    source: pd.DataFrame,
    build: Callable[[str, Any], pd.DataFrame],
    empty: pd.DataFrame,
    lineage: dg.TableColumnLineage,
) -> tuple[pd.DataFrame, dict[str, object], list[dict]]:
    """Run `build` on each article row of `source` the plan rebuilds (see `per_article`),
    replace those articles' rows of the plan's table, and return the whole table as written,
    its metadata and the articles that failed."""
    table = plan.stage
    wanted = set(plan.rebuild)
    items = (
        (row.article_id, row) for row in source.itertuples(index=False) if row.article_id in wanted
    )
    frames, failures = per_article(context, stage, items, build)
    failed = [failure["article_id"] for failure in failures]
    rewrite_articles(con, plan, concat_or_empty(frames, empty), failed)
    rows = con.execute(f"SELECT * FROM {quote_ident(table)}").df()
    metadata = written_table_metadata(con, table, lineage) | {
        "articles_rebuilt": len(plan.rebuild) - len(failed),
        "articles_unchanged": plan.kept,
        "articles_removed": len(plan.drop),
    }
    return rows, metadata, failures


def concat_or_empty(frames: list[pd.DataFrame], empty: pd.DataFrame) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else empty


def read_articles(con: duckdb.DuckDBPyConnection, columns: str) -> pd.DataFrame:
    """`columns` of every article, with the digest of its extraction inputs."""
    apply_ddl(con, "articles", "article_tables")
    return con.execute(
        f"SELECT article_id, {columns}, input_digest FROM articles "
        "JOIN article_input_digests USING (article_id) ORDER BY article_id"
    ).df()


def read_rows(con: duckdb.DuckDBPyConnection, table: str, article_ids: list[str]) -> pd.DataFrame:
    """The rows of `table` that belong to `article_ids`."""
    return con.execute(
        f"SELECT * FROM {quote_ident(table)} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
        [article_ids],
    ).df()


def rows_by_article(frame: pd.DataFrame) -> dict[str, pd.DataFrame]:
    return {str(key): group for key, group in frame.groupby("article_id", sort=False)}


def written_table_metadata(
    con: duckdb.DuckDBPyConnection, table: str, lineage: dg.TableColumnLineage | None = None
) -> dict[str, object]:
    """Row count, preview and lineage of the table as written, with its column schema."""
    return {
        **table_stats(con, table, lineage=lineage),
        "dagster/column_schema": table_schema(table),
    }
