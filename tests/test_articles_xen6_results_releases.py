"""English results releases (a company's own quarterly numbers): the line items a release lists
and the quarter shorthand it writes them with, one short text each, in wordings of our own: every
fact the text holds as (surface, fact_type, metric, subject, value or (low, high), unit, period)."""

from datetime import date

import pytest

from tests.helpers import fact_rows

PUBLISHED = date(2025, 5, 7)


def facts_of(text: str) -> list[tuple]:
    return fact_rows(text, PUBLISHED)


# A release's per-share line item names its measure in full ("diluted net income per common
# share", "net earnings per basic share"): earnings per share, not net income.
PER_SHARE_CASES = [
    (
        "Microsoft's diluted net income per common share came to $3.46.",
        [("$3.46", "earnings", "eps", "Microsoft", 3.46, "USD", None)],
    ),
    (
        "For Microsoft, net earnings per basic share stood at $2.90.",
        [("$2.90", "earnings", "eps", "Microsoft", 2.9, "USD", None)],
    ),
    (
        "Microsoft's profit per ordinary share was $1.15.",
        [("$1.15", "earnings", "eps", "Microsoft", 1.15, "USD", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PER_SHARE_CASES)
def test_a_per_share_line_item_is_earnings_per_share(text, expected):
    assert facts_of(text) == expected


def test_net_income_alone_stays_net_profit():
    assert facts_of("Microsoft posted net income of $25 billion.") == [
        ("$25 billion", "earnings", "net_profit", "Microsoft", 2.5e10, "USD", None)
    ]


# A company whose fiscal year is not the calendar's (seeds/reference/fiscal_years.yaml) writes its
# quarters in shorthand by that year: in an article that calls a period fiscal, Q3'24 or 3Q25 of
# such a company is its fiscal quarter.
FISCAL_SHORTHAND_CASES = [
    (
        "Microsoft revenue was $70 billion in 3Q25, the company said in its fiscal report.",
        [("$70 billion", "spend", "revenue", "Microsoft", 7.0e10, "USD", "FY2025Q3")],
    ),
    (
        "Microsoft reports by fiscal year.\n\nMicrosoft revenue reached $61 billion in Q3'24.",
        [("$61 billion", "spend", "revenue", "Microsoft", 6.1e10, "USD", "FY2024Q3")],
    ),
    (
        "In FY25 terms, NVIDIA revenue came to $35 billion in Q3 '25.",
        [("$35 billion", "spend", "revenue", "NVIDIA", 3.5e10, "USD", "FY2025Q3")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FISCAL_SHORTHAND_CASES)
def test_quarter_shorthand_of_a_fiscal_year_company_is_its_fiscal_quarter(text, expected):
    assert facts_of(text) == expected


# The calendar reading stays where nothing says fiscal, and for a company of the calendar year.
CALENDAR_SHORTHAND_CASES = [
    (
        "Microsoft revenue was $70 billion in Q3'24.",
        [("$70 billion", "spend", "revenue", "Microsoft", 7.0e10, "USD", "2024Q3")],
    ),
    (
        "Intel revenue was $13 billion in Q3'24, its fiscal report said.",
        [("$13 billion", "spend", "revenue", "Intel", 1.3e10, "USD", "2024Q3")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CALENDAR_SHORTHAND_CASES)
def test_quarter_shorthand_stays_calendar_without_a_fiscal_word_or_calendar(text, expected):
    assert facts_of(text) == expected
