"""What the article stages share: run a stage article by article, read the articles back."""

from collections.abc import Callable, Iterable, Mapping

import dagster as dg
import duckdb
import pandas as pd

from assets.common import check_result, table_schema, table_spec, table_stats
from suanli.article_checks import every_article_processed
from suanli.db import apply_ddl, replace_rows

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


def write_stage(
    context: dg.AssetExecutionContext,
    con: duckdb.DuckDBPyConnection,
    table: str,
    stage: str,
    items: Iterable[tuple[str, object]],
    build: Callable[[str, object], pd.DataFrame],
    empty: pd.DataFrame,
    lineage: dg.TableColumnLineage,
) -> tuple[pd.DataFrame, dict[str, object], list[dict]]:
    """Run `build` per article (see `per_article`), replace `table` by the rows built (`empty`
    when there are none); return them, the table's metadata and the articles that failed."""
    frames, failures = per_article(context, stage, items, build)
    rows = concat_or_empty(frames, empty)
    replace_rows(con, table, {}, rows)
    return rows, written_table_metadata(con, table, lineage), failures


def concat_or_empty(frames: list[pd.DataFrame], empty: pd.DataFrame) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else empty


def read_articles(con: duckdb.DuckDBPyConnection, columns: str) -> pd.DataFrame:
    apply_ddl(con, "articles", "article_tables")
    return con.execute(f"SELECT article_id, {columns} FROM articles ORDER BY article_id").df()


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
