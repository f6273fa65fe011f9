"""Article stages rebuild only new or changed articles (article_stage_inputs), through real
Dagster runs on a DuckDB file under tmp_path."""

import shutil
from pathlib import Path

import pytest

from suanli import article_stage_inputs
from suanli.paths import PROJECT_ROOT
from tests.helpers import break_stage_for, checks, materializations, query
from tests.helpers import materialize_articles as materialize

STAGES = ["article_quality", "article_sentences", "article_quantities", "article_facts"]
ENGLISH = Path(__file__).parent / "fixtures" / "articles" / "04_english_gpu_market.txt"


def counts(result) -> dict[str, tuple[int, int, int]]:
    """(rebuilt, unchanged, removed) articles per stage."""
    written = materializations(result)
    return {
        stage: tuple(
            written[stage][key].value
            for key in ("articles_rebuilt", "articles_unchanged", "articles_removed")
        )
        for stage in STAGES
    }


def rows_of(database: Path, table: str, article_id: str):
    return query(
        database,
        f"SELECT * EXCLUDE (article_id) FROM {table} WHERE article_id = ? ORDER BY ALL",
        [article_id],
    )


@pytest.fixture
def two_articles(seed_dir) -> Path:
    shutil.copy(ENGLISH, seed_dir / "english.txt")
    return seed_dir


def test_a_rerun_rebuilds_nothing_and_keeps_every_row(two_articles, warehouse_path):
    assert counts(materialize(warehouse_path)) == dict.fromkeys(STAGES, (2, 0, 0))
    before = {t: query(warehouse_path, f"SELECT * FROM {t} ORDER BY ALL") for t in STAGES}
    result = materialize(warehouse_path)
    assert counts(result) == dict.fromkeys(STAGES, (0, 2, 0))
    for table in STAGES:
        assert query(warehouse_path, f"SELECT * FROM {table} ORDER BY ALL").equals(before[table])
    # The checks still judge the whole tables, not only what was rebuilt.
    assert all(check.passed for key, check in checks(result).items() if key[0] != "article_quality")


def normalised(result) -> tuple[int, int]:
    """(normalised, unchanged) articles of the `articles` asset's run."""
    written = materializations(result)["articles"]
    return written["articles_normalised"].value, written["articles_unchanged"].value


def test_a_rerun_normalises_nothing_and_keeps_every_article_row(two_articles, warehouse_path):
    assert normalised(materialize(warehouse_path)) == (2, 0)
    before = query(warehouse_path, "SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY ALL")
    assert normalised(materialize(warehouse_path)) == (0, 2)
    after = query(warehouse_path, "SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY ALL")
    assert after.equals(before)


def test_a_changed_text_or_extractor_is_normalised_again(two_articles, warehouse_path, monkeypatch):
    materialize(warehouse_path)
    (two_articles / "english.txt").write_text(ENGLISH.read_text("utf-8") + "\nMore.\n", "utf-8")
    assert normalised(materialize(warehouse_path)) == (1, 1)
    monkeypatch.setattr(article_stage_inputs, "extractor_fingerprint", lambda: "another extractor")
    assert normalised(materialize(warehouse_path)) == (2, 0)


def test_a_language_declared_or_withdrawn_by_the_sidecar_is_never_left_stale(
    two_articles, warehouse_path
):
    language = "SELECT language FROM articles WHERE article_id = 'english'"
    materialize(warehouse_path)
    assert query(warehouse_path, language).language[0] == "en"
    sidecar = two_articles / "english.meta.yaml"
    sidecar.write_text("language: zh-Hans\n", "utf-8")
    assert normalised(materialize(warehouse_path)) == (1, 1)
    assert query(warehouse_path, language).language[0] == "zh-Hans"
    sidecar.unlink()
    assert normalised(materialize(warehouse_path)) == (1, 1)
    assert query(warehouse_path, language).language[0] == "en"


def test_a_changed_article_alone_is_rebuilt(two_articles, warehouse_path):
    materialize(warehouse_path)
    seed_id = "000_0f8bef045230a30a"
    seed_before = {t: rows_of(warehouse_path, t, seed_id) for t in STAGES}
    added = "\nIn March 2024 one H100 server sold for $310,000 in Singapore.\n"
    (two_articles / "english.txt").write_text(ENGLISH.read_text("utf-8") + added, "utf-8")
    assert counts(materialize(warehouse_path)) == dict.fromkeys(STAGES, (1, 1, 0))
    for table in STAGES:
        assert rows_of(warehouse_path, table, seed_id).equals(seed_before[table]), table
    facts = query(warehouse_path, "SELECT value FROM article_facts WHERE article_id = 'english'")
    assert 310000 in set(facts.value)


def test_a_removed_article_leaves_no_rows(two_articles, warehouse_path):
    materialize(warehouse_path)
    (two_articles / "english.txt").unlink()
    assert counts(materialize(warehouse_path)) == dict.fromkeys(STAGES, (0, 1, 1))
    for table in [*STAGES, "article_stage_inputs"]:
        left = query(
            warehouse_path, f"SELECT count(*) AS n FROM {table} WHERE article_id = 'english'"
        )
        assert left.n[0] == 0, table


def test_an_article_a_stage_failed_on_is_tried_again(two_articles, warehouse_path, monkeypatch):
    with monkeypatch.context() as patch:
        break_stage_for(patch, "article_facts", "english")
        first = materialize(warehouse_path)
    assert counts(first)["article_facts"] == (1, 0, 0)
    second = counts(materialize(warehouse_path))
    assert second["article_facts"] == (1, 1, 0)
    assert second["article_sentences"] == (0, 2, 0)
    facts = query(
        warehouse_path, "SELECT count(*) AS n FROM article_facts WHERE article_id = 'english'"
    )
    assert facts.n[0] > 10


def test_a_changed_extractor_rebuilds_every_article(two_articles, warehouse_path, monkeypatch):
    materialize(warehouse_path)
    monkeypatch.setattr(article_stage_inputs, "extractor_fingerprint", lambda: "another extractor")
    assert counts(materialize(warehouse_path)) == dict.fromkeys(STAGES, (2, 0, 0))


def test_stages_downstream_of_a_failed_one_are_rebuilt_once_it_succeeds(
    two_articles, warehouse_path, monkeypatch
):
    with monkeypatch.context() as patch:
        break_stage_for(patch, "article_sentences", "english")
        materialize(warehouse_path)
    # Built without sentences: quantities that belong to no sentence.
    unplaced = (
        "SELECT count(*) AS n FROM article_quantities "
        "WHERE article_id = 'english' AND sentence_no IS NULL"
    )
    assert query(warehouse_path, unplaced).n[0] > 0
    rebuilt = counts(materialize(warehouse_path))
    assert rebuilt["article_sentences"] == (1, 1, 0)
    assert rebuilt["article_quantities"] == rebuilt["article_facts"] == (1, 1, 0)
    assert rebuilt["article_quality"] == (0, 2, 0)
    assert query(warehouse_path, unplaced).n[0] == 0


def test_the_fingerprint_covers_the_extraction_modules_and_not_the_rest():
    sources = {
        p.relative_to(PROJECT_ROOT).as_posix() for p in article_stage_inputs.extraction_sources()
    }
    assert {"suanli/extraction.py", "suanli/facts/cues.py", "suanli/quantities.py"} <= sources
    assert {"suanli/text.py", "suanli/entities.py", "suanli/plausibility.py"} <= sources
    assert not any(path.startswith(("suanli/marts/", "suanli/feeds/")) for path in sources)


def test_the_fingerprint_changes_with_any_byte_of_its_files(tmp_path):
    files = [tmp_path / "a.py", tmp_path / "rules.yaml"]
    files[0].write_text("RULE = 1\n")
    files[1].write_text("alias: 昇腾\n")
    before = article_stage_inputs.fingerprint(files, ["opencc"], tmp_path)
    assert before == article_stage_inputs.fingerprint(files, ["opencc"], tmp_path)
    files[1].write_text("alias: 昇騰\n")
    assert article_stage_inputs.fingerprint(files, ["opencc"], tmp_path) != before
    assert article_stage_inputs.fingerprint(files, [], tmp_path) != before
