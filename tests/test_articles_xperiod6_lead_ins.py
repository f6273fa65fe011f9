"""What a list's lead-in dates, one short text at a time: the items after a line ending in a colon
("The quarter at a glance:", 2025年第一季度主要数据如下：) continue it and take its period, as
items under a heading do; "The quarter" opening a sentence is the quarter the text named last.
(surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 5, 7)


def periods_of(text: str) -> dict[str, str | None]:
    return periods_by_surface(text, PUBLISHED)


LEAD_INS = [
    (
        "Acme reported its results on Tuesday.\n\nThird quarter 2024 at a glance:\n\n"
        "- Revenue came to $5.1 billion.\n- Gross margin was 48%.",
        {"$5.1 billion": "2024Q3", "48%": "2024Q3"},
    ),
    (
        "Acme reported its results for the third quarter of 2024 on Tuesday.\n\n"
        "The quarter at a glance:\n\n- Revenue came to $5.1 billion.\n- Gross margin was 48%.",
        {"$5.1 billion": "2024Q3", "48%": "2024Q3"},
    ),
    (
        "英伟达公布了最新业绩。\n\n2025年第一季度主要数据如下：\n\n"
        "- 营收为440亿美元。\n- 毛利率为61%。",
        {"440亿美元": "2025Q1", "61%": "2025Q1"},
    ),
    (
        "輝達公布了最新業績。\n\n2025年第一季主要數據如下：\n\n"
        "- 營收為440億美元。\n- 毛利率為61%。",
        {"440亿美元": "2025Q1", "61%": "2025Q1"},
    ),
    # Points in paragraphs of a single sentence continue the lead-in as list items do.
    (
        "Acme reported its results for the third quarter of 2024 on Tuesday.\n\n"
        "The quarter at a glance:\n\nRevenue came to $5.1 billion.\n\nGross margin was 48%.",
        {"$5.1 billion": "2024Q3", "48%": "2024Q3"},
    ),
    # A month the lead-in states dates the items listed under it.
    (
        "Prices in March 2026:\n\n- An NVIDIA H100 sells for $25,000.\n"
        "- An NVIDIA H200 sells for $32,000.",
        {"$25,000": "2026-03", "$32,000": "2026-03"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_INS, ids=[c[0][:24] for c in LEAD_INS])
def test_list_items_take_the_period_of_their_lead_in(text, expected):
    assert periods_of(text) == expected


def test_a_list_without_a_lead_in_takes_the_quarter_the_story_reports():
    # The report reading (CONVENTIONS.md): results take the reporting period the story named,
    # here by its lead, even in a list with no lead-in of its own (fourteenth session).
    text = (
        "Acme reported its results for the third quarter of 2024 on Tuesday.\n\n"
        "- Revenue came to $5.1 billion.\n- Gross margin was 48%."
    )
    assert periods_of(text) == {"$5.1 billion": "2024Q3", "48%": "2024Q3"}


def test_a_list_after_a_lead_that_tells_no_results_takes_no_period():
    text = (
        "Acme will report its results for the third quarter of 2024 on Tuesday.\n\n"
        "- Revenue came to $5.1 billion.\n- Gross margin was 48%."
    )
    assert periods_of(text) == {"$5.1 billion": None, "48%": None}


def test_the_quarter_opening_a_sentence_is_the_quarter_named_last():
    text = (
        "Acme reported results for the third quarter of 2024 on Tuesday.\n\n"
        "The quarter brought revenue of $5.1 billion."
    )
    assert periods_of(text) == {"$5.1 billion": "2024Q3"}
