"""The sourced reference seeds: every figure attributable, bad edits rejected with a clear error."""

import csv
import shutil

import duckdb
import pandas as pd
import pytest

from suanli.marts import (
    ReferenceDataError,
    load_accelerators,
    load_ai_server_market,
    load_reference_tables,
    load_substitution_paths,
)
from suanli.marts.reference import ACCELERATOR_NUMBERS, ACCELERATORS_PATH, AI_SERVER_MARKET_PATH
from suanli.paths import PROJECT_ROOT, SEEDS_DIR
from tests.helpers import table_columns

SEED_ARTICLE = SEEDS_DIR / "articles" / "000_0f8bef045230a30a.txt"


def test_every_accelerator_figure_has_a_publisher_document_and_location():
    frame = load_accelerators()
    numbers = frame[ACCELERATOR_NUMBERS].notna().any(axis=1) | frame["release_date"].notna()
    for row in frame[numbers].itertuples():
        assert len(row.source) > 10, row.model  # publisher and document, not a bare name
        url = row.source_url
        assert url.startswith(("https://", "http://")) or (PROJECT_ROOT / url).is_file(), url
    # Rows without a single figure are only there because an article names the chip.
    assert set(frame[~numbers]["model"]) == {"Iluvatar CoreX Zhikai 100"}


def test_issue_figures_are_in_the_accelerator_reference():
    by_model = load_accelerators().set_index("model")
    a100, h100, br100 = (by_model.loc[m] for m in ["NVIDIA A100", "NVIDIA H100", "Biren BR100"])
    assert (a100["fp16_tflops"], a100["fp64_tflops"], a100["domestic"]) == (312, 19.5, False)
    assert h100["fp16_tflops"] == 1979 / 2  # the datasheet's sparse figure, halved to dense
    assert br100["domestic"] and br100["fp16_tflops"] == 1000 and br100["fp64_tflops"] == 0
    assert br100["fp16_tflops"] / a100["fp16_tflops"] == pytest.approx(3.205, abs=1e-3)
    named = {"Biren BR100", "Iluvatar CoreX Zhikai 100", "Cambricon MLU270"}
    assert named <= set(by_model.index)  # the chips the seed article names


def test_market_reference_has_sources_and_leaves_article_figures_to_the_article():
    frame = load_ai_server_market()
    assert frame["source_url"].str.match(r"^https?://").all()
    idc_2022 = frame[(frame["year"] == 2022) & (frame["publisher"] == "IDC")].iloc[0]
    assert (idc_2022["size"], idc_2022["currency"], idc_2022["yoy_growth_pct"]) == (
        6.7e9,
        "USD",
        24,
    )
    # Conflicting 2022 figures stay separate rows.
    assert len(frame[(frame["year"] == 2022) & ~frame["is_projection"]]) == 2
    # The seed article's own figure (350.3亿元) comes from article_facts, never from here.
    assert not ((frame["currency"] == "CNY") & (frame["size"] == 35.03e9)).any()
    assert frame[frame["is_projection"]]["year"].min() >= 2023


def test_substitution_config_quotes_occur_in_the_seed_article():
    from suanli.text import normalise

    config = load_substitution_paths()
    text = normalise(SEED_ARTICLE.read_text(encoding="utf-8")).text
    routes = {r["key"]: r for r in config["ecosystem_routes"]}
    assert set(routes) == {"cuda_compatible", "directed_domestic_support"}
    for route in routes.values():
        assert route["quote"] in text and route["assessment_quote"] in text
    assert config["parity_assumption"]["nvidia_reference_model"] == "NVIDIA H100"
    assert "months_low" not in str(config)  # durations come from article facts


def test_reference_tables_load_with_comments_and_reload_idempotently(tmp_path):
    con = duckdb.connect(str(tmp_path / "ref.duckdb"))
    counts = load_reference_tables(con)
    assert counts["reference_accelerators"] == len(load_accelerators())
    assert load_reference_tables(con) == counts  # reload replaces, never duplicates
    for table in ["reference_accelerators", "reference_ai_server_market"]:
        assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == counts[table]
        assert all(comment for _, _, comment in table_columns(con, table))


def _edited_copy(source, tmp_path, row: int, column: str, value: str):
    with open(source, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    rows[row - 1][column] = value
    target = tmp_path / source.name
    with open(target, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return target


@pytest.mark.parametrize(
    "column, value, message",
    [
        ("fp16_tflops", "lots", "row 2, fp16_tflops: 'lots' is not a number"),
        ("source_url", "", "row 2, source_url: is empty but required"),
        ("source_url", "somewhere.pdf", "is neither a URL nor a project file"),
        ("domestic", "maybe", "row 2, domestic: must be true or false"),
        ("release_date", "22 March 2022", "is not YYYY-MM-DD"),
        ("release_date_precision", "", "release_date_precision: must be one of"),
    ],
)
def test_bad_accelerator_edits_are_rejected_naming_row_and_column(tmp_path, column, value, message):
    broken = _edited_copy(ACCELERATORS_PATH, tmp_path, 2, column, value)
    with pytest.raises(ReferenceDataError, match=message.replace("(", r"\(")):
        load_accelerators(broken)


def test_bad_market_edit_rejects_the_whole_file_before_the_table_changes(tmp_path):
    con = duckdb.connect(str(tmp_path / "ref.duckdb"))
    load_reference_tables(con)
    before = con.execute("SELECT * FROM reference_ai_server_market ORDER BY row_no").df()
    broken = _edited_copy(AI_SERVER_MARKET_PATH, tmp_path, 3, "is_projection", "perhaps")
    with pytest.raises(ReferenceDataError, match="row 3, is_projection"):
        load_reference_tables(con, ACCELERATORS_PATH, broken)
    after = con.execute("SELECT * FROM reference_ai_server_market ORDER BY row_no").df()
    pd.testing.assert_frame_equal(before, after)


def test_wrong_header_is_rejected(tmp_path):
    target = tmp_path / "accelerators.csv"
    shutil.copyfile(ACCELERATORS_PATH, target)
    text = target.read_text(encoding="utf-8").replace("fp16_tflops", "fp16", 1)
    target.write_text(text, encoding="utf-8")
    with pytest.raises(ReferenceDataError, match="columns"):
        load_accelerators(target)
