"""suanli.articles.ingest_articles_dir: what the articles asset and the bench's plain run
both ingest from the articles directory."""

from datetime import UTC, datetime

from suanli.articles import ingest_articles_dir

NOW = datetime(2026, 12, 6, 6, 0, tzinfo=UTC)


def test_readable_files_become_rows_and_the_others_errors_named_relative_to_the_directory(
    tmp_path,
):
    (tmp_path / "2024").mkdir()
    (tmp_path / "2024" / "good.txt").write_text("英伟达A100售价9万元。\n", encoding="utf-8")
    (tmp_path / "2024" / "empty.txt").write_bytes(b"")
    rows, errors = ingest_articles_dir(tmp_path, NOW)
    assert [row["path"] for row in rows] == ["2024/good.txt"]
    assert rows[0]["ingested_at"] == NOW and "A100" in rows[0]["normalised_text"]
    (error,) = errors
    assert error["path"] == "2024/empty.txt"  # relative, as the articles asset stores it
    assert "empty" in error["error"] and error["seen_at"] == NOW
