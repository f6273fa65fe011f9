"""What the asset layer adds to each step stays cheap and correct: previews cut big values in SQL,
and DDL is applied once per database version, through real Dagster runs."""

import hashlib
import shutil
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from assets.articles import (
    article_facts,
    article_quality,
    article_quantities,
    article_sentences,
    articles,
)
from assets.common import PREVIEW_CHARS, markdown_preview, table_stats
from assets.resources import WarehouseResource
from suanli.db import SCHEMA_VERSIONS
from suanli.paths import DDL_DIR, SEEDS_DIR

LONG_TEXT_CHARS = 200_000
LONG_LIST_ITEMS = 200_000
PARTITION = "2026-11-24"


@pytest.fixture
def con():
    con = duckdb.connect()
    con.execute(
        'CREATE TABLE docs (doc_id VARCHAR, "window" VARCHAR, body VARCHAR, offsets INTEGER[], '
        "tags VARCHAR[], n INTEGER)"
    )
    con.execute(
        "INSERT INTO docs VALUES "
        "('big', 'all', repeat('算力', ?), range(?)::INTEGER[], ['a', 'b'], 1), "
        "('small', '30d', 'short text', [3, 1, 2], [], NULL)",
        [LONG_TEXT_CHARS // 2, LONG_LIST_ITEMS],
    )
    yield con
    con.close()


def test_the_preview_is_what_the_whole_rows_would_show(con):
    """Cutting text and lists in SQL changes nothing in the preview: same table as cutting the
    whole values in Python."""
    metadata = table_stats(con, "docs")
    whole = markdown_preview(con.execute("SELECT * FROM docs").df())
    assert metadata["preview"].value == whole
    assert metadata["dagster/row_count"] == 2


def test_the_preview_cuts_long_values_and_keeps_short_ones(con):
    preview = table_stats(con, "docs", {"doc_id": "big"})["preview"].value
    row = preview.splitlines()[2]
    assert "算力" * (PREVIEW_CHARS // 2) + "…" in row
    assert "[0, 1, 2, 3, 4, 5," in row  # plain numbers, not np.int32(0)
    assert str(LONG_LIST_ITEMS - 1) not in row
    small = table_stats(con, "docs", {"doc_id": "small"})
    assert small["dagster/partition_row_count"] == 1
    assert "| short text |" in small["preview"].value


def test_the_preview_of_an_empty_slice(con):
    metadata = table_stats(con, "docs", {"doc_id": "none"})
    assert metadata["preview"].value == "_no rows_"
    assert metadata["dagster/partition_row_count"] == 0


def materialize(database: Path) -> dg.ExecuteInProcessResult:
    return dg.materialize(
        dg.load_assets_from_modules(
            [articles, article_quality, article_sentences, article_quantities, article_facts]
        ),
        resources={"warehouse": WarehouseResource(database=str(database))},
        partition_key=PARTITION,
    )


def versions(database: Path) -> dict[str, tuple]:
    con = duckdb.connect(str(database), read_only=True)
    try:
        rows = con.execute(f"SELECT ddl_file, sha256, applied_at FROM {SCHEMA_VERSIONS}")
        return {ddl_file: (sha256, applied_at) for ddl_file, sha256, applied_at in rows.fetchall()}
    finally:
        con.close()


def test_dagster_runs_apply_each_ddl_file_once_per_version(tmp_path, monkeypatch, warehouse_path):
    """Five article assets each ask for their DDL; the first run applies each file once and the
    next run applies none (the recorded versions are untouched), and both runs succeed."""
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS_DIR / "articles", articles)
    monkeypatch.setenv("SUANLI_ARTICLES_DIR", str(articles))

    assert materialize(warehouse_path).success
    first = versions(warehouse_path)
    # The articles asset also applies article_sources.sql: it reads the web articles.
    assert set(first) == {
        "schema_versions.sql",
        "articles.sql",
        "article_tables.sql",
        "article_sources.sql",
    }
    for ddl_file, (sha256, _) in first.items():
        assert sha256 == hashlib.sha256((DDL_DIR / ddl_file).read_bytes()).hexdigest()

    second_run = materialize(warehouse_path)
    assert second_run.success
    assert versions(warehouse_path) == first
    assert len(second_run.get_asset_materialization_events()) == 5
