"""The articles asset group through real Dagster runs on a DuckDB file under tmp_path."""

import shutil
from pathlib import Path

import dagster as dg
import pandas as pd
import pytest

from suanli import extraction
from suanli.entities import EntityIndex
from suanli.text import normalise
from tests.helpers import (
    break_stage_for,
    checks,
    materializations,
    materialize_articles,
    query,
)

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SEED_DIR = PROJECT_ROOT / "seeds" / "articles"
FIXTURES = Path(__file__).parent / "fixtures" / "articles"
PARTITION = "2026-11-24"
ARTICLE_TABLES = ["articles", "article_quality", "article_sentences", "article_quantities"]
ARTICLE_TABLES += ["article_facts"]
SEED_TEXT = next(SEED_DIR.glob("*.txt")).read_text(encoding="utf-8")
# A 5 MB article: the seed repeated, so its facts are the seed's, times N.
BIG_COPIES = 5 * 1024 * 1024 // len(SEED_TEXT.encode()) + 1


def test_seed_run_writes_every_table_with_metadata_and_checks(seed_dir, warehouse_path):
    result = materialize_articles(warehouse_path)
    assert result.success
    metadata = materializations(result)
    assert sorted(metadata) == sorted(ARTICLE_TABLES)
    for table in ARTICLE_TABLES:
        meta = metadata[table]
        count = query(warehouse_path, f"SELECT count(*) AS n FROM {table}").n[0]
        assert meta["dagster/row_count"].value == count > 0, table
        schema = meta["dagster/column_schema"].value
        columns = query(warehouse_path, f"SELECT * FROM {table} LIMIT 0").columns
        assert [c.name for c in schema.columns] == list(columns), table
        assert isinstance(meta["preview"], dg.MarkdownMetadataValue)
        assert meta["preview"].value.startswith("| article_id"), table
        if table != "articles":
            lineage = meta["dagster/column_lineage"].value
            assert set(lineage.deps_by_column) <= set(columns), table
    facts_lineage = metadata["article_facts"]["dagster/column_lineage"].value
    assert dg.AssetKey("article_quantities") in {
        dep.asset_key for dep in facts_lineage.deps_by_column["value"]
    }

    evaluations = checks(result)
    failed = {key for key, c in evaluations.items() if not c.passed}
    assert failed == set()  # 6万 → 9万 agrees with 涨幅超过50% (suanli.agreement)
    restated = evaluations[("article_facts", "restated_claims_agree")]
    assert restated.metadata["restatements_compared"].value == 3
    assert restated.metadata["discrepancies"].value == 0
    assert (
        evaluations[("article_facts", "implausible_facts")].metadata["implausible_facts"].value == 0
    )
    assert (
        evaluations[("article_facts", "no_fact_from_garbled_span")]
        .metadata["garbled_spans_checked"]
        .value
        == 5
    )


def test_seed_tables_hold_normalised_text_quality_sentences_and_facts(seed_dir, warehouse_path):
    materialize_articles(warehouse_path)
    article = query(warehouse_path, "SELECT * FROM articles").iloc[0]
    assert article.language == "zh-Hant" and article.published_year == 2023
    assert "(chǎng)" in article.raw_text and "chǎng" not in article.normalised_text
    assert article.garbled_span_count == 5
    offsets = list(article.offset_map)
    assert len(offsets) == len(article.normalised_text) + 1 and offsets[-1] == len(article.raw_text)

    headings = query(
        warehouse_path, "SELECT heading FROM article_sentences WHERE text LIKE '%H100为例%'"
    )
    assert list(headings.heading) == ["矿卡风口再次来临"]

    facts = query(warehouse_path, "SELECT * FROM article_facts")
    h100 = facts[(facts.subject == "NVIDIA H100") & (facts.metric == "price_increase")].iloc[0]
    assert (h100.value, h100.unit) == (7e4, "CNY")
    # Provenance: the raw offsets quote the traditional, pinyin-annotated source.
    assert article.raw_text[h100.raw_char_start : h100.raw_char_end].startswith("7萬")
    quantities = query(warehouse_path, "SELECT * FROM article_quantities")
    assert set(facts.char_start) <= set(quantities.char_start)

    # An analyst maps any normalised span back to the raw text in SQL with the offset map.
    spans = query(
        warehouse_path,
        "SELECT f.surface, substring(a.raw_text, a.offset_map[f.char_start + 1] + 1, "
        "a.offset_map[f.char_end + 1] - a.offset_map[f.char_start + 1]) AS raw_span "
        "FROM article_facts AS f JOIN articles AS a USING (article_id)",
    )
    assert len(spans) == len(facts)
    for row in spans.itertuples():
        assert normalise(row.raw_span).text == row.surface, row


def test_rerun_is_idempotent(seed_dir, warehouse_path):
    materialize_articles(warehouse_path)
    before = {t: query(warehouse_path, f"SELECT * FROM {t}") for t in ARTICLE_TABLES}
    materialize_articles(warehouse_path)
    for table in ARTICLE_TABLES[1:]:
        after = query(warehouse_path, f"SELECT * FROM {table}")
        assert after.equals(before[table]), table
    articles = query(warehouse_path, "SELECT * FROM articles")
    assert list(articles.sha256) == list(before["articles"].sha256)


@pytest.mark.parametrize("big", [False, pytest.param(True, marks=pytest.mark.slow)])
def test_bad_input_fails_alone_and_other_articles_ingest(
    tmp_path, monkeypatch, warehouse_path, big
):
    """With a 5 MB article beside them too (a stress load, so a slow test)."""
    articles = tmp_path / "articles"
    articles.mkdir()
    simplified = (FIXTURES / "01_simplified_h800_prices.txt").read_text(encoding="utf-8")
    (articles / "empty.txt").write_bytes(b"")
    (articles / "whitespace.txt").write_bytes(b"  \n\n")
    (articles / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (articles / "gbk.txt").write_bytes(simplified.encode("gbk"))
    (articles / "utf16.txt").write_bytes(simplified.encode("utf-16"))
    if big:
        (articles / "big.txt").write_text((SEED_TEXT + "\n") * BIG_COPIES, encoding="utf-8")
    shutil.copy(FIXTURES / "04_english_gpu_market.txt", articles / "english.txt")
    monkeypatch.setenv("SUANLI_ARTICLES_DIR", str(articles))

    result = materialize_articles(warehouse_path)
    assert result.success  # a bad file is a failed check, not a failed run

    errors = query(warehouse_path, "SELECT path, error FROM article_errors ORDER BY path")
    assert list(errors.path) == ["binary.txt", "empty.txt", "whitespace.txt"]
    messages = dict(zip(errors.path, errors.error, strict=True))
    assert messages["empty.txt"] == "article empty.txt: file is empty"
    assert "binary.txt" in messages["binary.txt"] and "binary" in messages["binary.txt"]
    readable = checks(result)[("articles", "all_articles_readable")]
    assert not readable.passed and readable.metadata["rejected"].value == 3

    ingested = query(warehouse_path, "SELECT * FROM articles ORDER BY article_id")
    assert list(ingested.article_id) == (["big"] if big else []) + ["english", "gbk", "utf16"]
    by_id = ingested.set_index("article_id")
    assert by_id.loc["gbk"].encoding == "gb18030" and by_id.loc["gbk"].raw_text == simplified
    assert by_id.loc["utf16"].encoding == "utf-16" and by_id.loc["utf16"].raw_text == simplified

    facts = query(warehouse_path, "SELECT * FROM article_facts")
    per_article = facts.groupby("article_id").size()
    entities = EntityIndex.load()
    expected = len(extraction.extract_article("x", simplified, entities).facts)
    # The GBK and UTF-16 files read exactly like the UTF-8 original.
    assert per_article["gbk"] == per_article["utf16"] == expected
    if big:
        assert by_id.loc["big"].bytes > 5 * 1024 * 1024
        seed_facts = len(extraction.extract_article("x", SEED_TEXT, entities).facts)
        assert per_article["big"] == seed_facts * BIG_COPIES
    assert per_article["english"] > 10
    for name, check in checks(result).items():
        if name[0] != "articles" and name[1] != "restated_claims_agree":
            assert check.passed, name


def test_article_without_metadata_file(tmp_path, monkeypatch, warehouse_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(FIXTURES / "02_traditional_server_market.txt", articles / "server.txt")
    shutil.copy(FIXTURES / "09_english_earnings.txt", articles / "earnings.txt")
    monkeypatch.setenv("SUANLI_ARTICLES_DIR", str(articles))
    materialize_articles(warehouse_path)
    rows = query(warehouse_path, "SELECT * FROM articles").set_index("article_id")
    server = rows.loc["server"]
    assert server.title == "中國AI服務器市場再創新高"  # first line, byline skipped
    assert server.author == "陳大文"
    assert server.language == "zh-Hant"  # detected, no metadata file
    assert server.date_precision == "unknown" and pd.isna(server.published_year)
    assert not server.has_metadata_file
    earnings = rows.loc["earnings"]
    assert earnings.title == "Nvidia's data center boom, in numbers"
    assert (earnings.language, earnings.author) == ("en", "Sam Lee")
    # The text states its date on the byline line, so the date is known to the day.
    assert (earnings.date_precision, str(earnings.published_date)[:10]) == ("day", "2023-11-22")


def test_an_article_that_breaks_a_stage_fails_alone(seed_dir, warehouse_path, monkeypatch):
    shutil.copy(FIXTURES / "04_english_gpu_market.txt", seed_dir / "english.txt")
    break_stage_for(monkeypatch, "article_facts", "english")
    result = materialize_articles(warehouse_path)
    assert result.success
    processed = checks(result)[("article_facts", "every_article_processed")]
    assert not processed.passed and processed.severity == dg.AssetCheckSeverity.ERROR
    assert (
        "english: fact extraction failed: RuntimeError: article_facts exploded"
        in processed.metadata["failures"].value
    )
    facts = query(warehouse_path, "SELECT DISTINCT article_id FROM article_facts")
    assert list(facts.article_id) == ["000_0f8bef045230a30a"]
