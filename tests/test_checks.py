"""The pure check functions the assets report, one class of input per test, and the one helper
that turns their outcome into Dagster's check result."""

from datetime import date

import dagster as dg
import pandas as pd

from assets.common import MAX_LISTED_ROWS, check_result
from suanli.article_checks import (
    all_articles_readable,
    every_article_processed,
    fact_offsets_match_surface,
    garbled_share_below_limit,
    no_fact_from_garbled_span,
    no_implausible_facts,
    offset_map_covers_text,
    quantity_offsets_match_surface,
    sentences_match_text,
)
from suanli.checks import CheckOutcome
from suanli.feeds.checks import (
    few_rejected_records,
    rows_parsed_from_content,
    unknown_models_below_half,
    usd_cny_rate_available,
)
from suanli.feeds.ingest import FeedResult
from suanli.publish import snapshot_matches_warehouse
from suanli.text import REPLACEMENT

TEXT = "H100售价3万美元"


def fact(surface: str, start: int, raw_start: int | None = None, **extra) -> dict:
    raw_start = start if raw_start is None else raw_start
    return {
        "article_id": "a",
        "fact_id": f"a:{start}",
        "surface": surface,
        "char_start": start,
        "char_end": start + len(surface),
        "raw_char_start": raw_start,
        "raw_char_end": raw_start + len(surface),
        **extra,
    }


def feed_result(parsed: int, rejected: int, size: int | None = 100) -> FeedResult:
    return FeedResult("f", "ok", 200, size, "sha", parsed, rejected, 0, "/landing/f")


def test_check_result_keeps_metadata_and_lists_at_most_the_first_rows_of_a_table():
    rows = [{"article_id": f"a{i}", "error": "boom"} for i in range(MAX_LISTED_ROWS + 5)]
    result = check_result(
        "every_article_processed",
        CheckOutcome(passed=False, metadata={"failed_articles": len(rows)}, tables={"f": rows}),
        dg.AssetCheckSeverity.WARN,
    )
    assert result.check_name == "every_article_processed"
    assert result.passed is False and result.severity == dg.AssetCheckSeverity.WARN
    assert result.metadata["failed_articles"].value == MAX_LISTED_ROWS + 5
    listed = result.metadata["f"].value
    assert f"a{MAX_LISTED_ROWS - 1}" in listed and f"a{MAX_LISTED_ROWS}" not in listed


def test_check_result_of_an_empty_table_says_none():
    result = check_result("x", CheckOutcome(passed=True, tables={"examples": []}))
    assert result.passed and result.metadata["examples"].value == "none"


def test_a_stage_with_a_failed_article_fails_naming_it():
    outcome = every_article_processed([{"article_id": "b", "error": "article b: boom"}])
    assert not outcome.passed and outcome.metadata["failed_articles"] == 1
    assert every_article_processed([]).passed


def test_an_unreadable_file_fails_readability():
    errors = [{"path": "x.txt", "error": "x.txt: binary", "seen_at": None}]
    assert not all_articles_readable(errors).passed
    assert all_articles_readable(errors).tables["errors"] == [
        {"path": "x.txt", "error": "x.txt: binary"}
    ]


def test_an_offset_map_must_cover_every_character_and_end_at_the_raw_length():
    good = {"article_id": "a", "offset_map": [0, 1, 3], "normalised_text": "ab", "raw_text": "a b"}
    short = good | {"article_id": "short", "offset_map": [0, 1]}
    backwards = good | {"article_id": "backwards", "offset_map": [0, 2, 1]}
    past_end = good | {"article_id": "past_end", "offset_map": [0, 1, 4]}
    outcome = offset_map_covers_text([good, short, backwards, past_end])
    assert not outcome.passed
    assert outcome.metadata["articles_with_bad_offset_map"] == "short, backwards, past_end"
    assert offset_map_covers_text([good]).passed


def test_garbled_share_over_the_limit_fails_listing_the_article():
    shares = pd.DataFrame({"article_id": ["clean", "garbled"], "share": [0.0, 0.05]})
    outcome = garbled_share_below_limit(shares, limit=0.02)
    assert not outcome.passed and outcome.metadata["max_share"] == 0.05
    assert list(outcome.tables["articles_over_limit"]["article_id"]) == ["garbled"]
    assert garbled_share_below_limit(shares, limit=0.1).passed


def test_a_sentence_whose_offsets_miss_its_text_fails():
    sentences = pd.DataFrame(
        {
            "article_id": ["a", "a"],
            "sentence_no": [1, 2],
            "char_start": [0, 4],
            "char_end": [4, 9],
            "text": ["H100", "售价3万美元"],  # the second ends one character early
        }
    )
    outcome = sentences_match_text(sentences, {"a": TEXT})
    assert not outcome.passed and outcome.metadata["mismatches"] == 1
    assert sentences_match_text(sentences.head(1), {"a": TEXT}).passed


def test_a_quantity_on_a_garbled_placeholder_fails_even_when_offsets_match():
    text = f"售价{REPLACEMENT}3万"
    quantities = pd.DataFrame([fact(f"{REPLACEMENT}3万", 2)])
    assert not quantity_offsets_match_surface(quantities, {"a": text}).passed
    assert quantity_offsets_match_surface(pd.DataFrame([fact("3万", 6)]), {"a": TEXT}).passed


def test_fact_offsets_are_checked_article_by_article():
    articles = pd.DataFrame({"article_id": ["a"], "normalised_text": [TEXT], "raw_text": [TEXT]})
    assert fact_offsets_match_surface(pd.DataFrame([fact("3万", 6)]), articles).passed
    outcome = fact_offsets_match_surface(pd.DataFrame([fact("3万", 5)]), articles)
    assert not outcome.passed and outcome.metadata["mismatches"] == 1


def test_a_fact_overlapping_a_garbled_span_fails():
    facts = pd.DataFrame([fact("3万", 6)])
    span = {"article_id": "a", "norm_char_start": 7, "norm_char_end": 8}
    quality = pd.DataFrame([span | {"raw_char_start": 7, "raw_char_end": 8}])
    outcome = no_fact_from_garbled_span(facts, quality)
    assert not outcome.passed and outcome.metadata["garbled_spans_checked"] == 1
    elsewhere = pd.DataFrame(
        [span | {"norm_char_start": 0, "norm_char_end": 1, "raw_char_start": 0, "raw_char_end": 1}]
    )
    assert no_fact_from_garbled_span(facts, elsewhere).passed


def test_implausible_facts_are_listed_by_id():
    columns = {"fact_type": "unit_price", "metric": "price", "value": 3e4, "unit": "USD"}
    facts = pd.DataFrame(
        [
            fact("3万", 6, plausible=True, implausible_reason=None, **columns),
            fact("9亿", 9, plausible=False, implausible_reason="above range", **columns),
        ]
    )
    outcome = no_implausible_facts(facts)
    assert not outcome.passed and outcome.metadata["fact_ids"] == ["a:9"]
    assert no_implausible_facts(facts.head(1)).passed


def test_a_feed_with_more_than_the_share_of_rejected_cells_fails():
    assert not few_rejected_records(feed_result(parsed=1, rejected=1)).passed
    assert few_rejected_records(feed_result(parsed=99, rejected=1)).passed
    assert few_rejected_records(feed_result(parsed=0, rejected=0)).passed


def test_bytes_without_a_single_parsed_row_fail_but_an_empty_fetch_does_not():
    assert not rows_parsed_from_content(feed_result(parsed=0, rejected=3)).passed
    assert rows_parsed_from_content(feed_result(parsed=0, rejected=0, size=0)).passed
    assert rows_parsed_from_content(feed_result(parsed=2, rejected=0)).passed


def test_usd_cny_is_available_only_with_a_rate_on_or_before_the_day():
    assert usd_cny_rate_available(date(2025, 2, 28), 7.2).passed
    outcome = usd_cny_rate_available(None, None)
    assert not outcome.passed and outcome.metadata["latest_date"] == "None"


def test_half_or_more_unknown_models_fails():
    assert not unknown_models_below_half(rows=4, unknown=2).passed
    assert unknown_models_below_half(rows=4, unknown=1).passed
    assert unknown_models_below_half(rows=0, unknown=0).passed


def test_a_snapshot_missing_a_table_or_a_row_fails_naming_the_tables():
    live = {"articles": 3, "fx_rates": 10}
    assert snapshot_matches_warehouse(live, dict(live)).passed
    outcome = snapshot_matches_warehouse(live, {"articles": 2})
    assert not outcome.passed and outcome.metadata["mismatched_tables"] == "articles, fx_rates"
