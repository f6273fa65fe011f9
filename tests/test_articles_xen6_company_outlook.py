"""A company that states its own plan or outlook ("Meta expects capital expenditures of…") is the
subject of the figure, not its source, even after another company in the sentence; one that
estimates a market's size or another measure not its own stays a source. One short text each, in
wordings of our own: every fact as (surface, fact_type, metric, subject, value, unit, period)."""

from datetime import date

import pytest

from tests.helpers import fact_rows

PUBLISHED = date(2026, 2, 6)


def facts_of(text: str) -> list[tuple]:
    return fact_rows(text, PUBLISHED)


OWN_OUTLOOK_CASES = [
    (
        "Amazon raised its outlook, and Meta expects capital expenditures of $120 billion in 2026.",
        [("$120 billion", "spend", "capex", "Meta", 1.2e11, "USD", "2026")],
    ),
    (
        "Amazon was cautious, while Microsoft estimates capital expenditure of around $145 "
        "billion for its current fiscal year.",
        [("$145 billion", "spend", "capex", "Microsoft", 1.45e11, "USD", "FY2026")],
    ),
    (
        "Alibaba held firm, and Tencent now projects its revenue at $30 billion for 2026.",
        [("$30 billion", "spend", "revenue", "Tencent", 3.0e10, "USD", "2026")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_OUTLOOK_CASES)
def test_a_company_stating_its_own_outlook_is_the_subject(text, expected):
    assert facts_of(text) == expected


def test_a_company_estimating_a_market_is_no_subject_of_its_size():
    assert facts_of(
        "Amazon was cautious, while Microsoft estimates the AI server market at $200 billion in "
        "2026."
    ) == [("$200 billion", "market_size", "market_size", "AI server market", 2.0e11, "USD", "2026")]
