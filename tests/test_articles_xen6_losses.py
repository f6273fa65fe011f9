"""A value lost by a percentage ("Microsoft lost more than 11%", "the stock shed 4%") is a fall of
that size; a sum of money lost stays a net loss. One short text each, in wordings of our own:
every fact as (surface, fact_type, metric, subject, value, unit, period)."""

from datetime import date

import pytest

from tests.helpers import fact_rows

PUBLISHED = date(2026, 2, 6)


def facts_of(text: str) -> list[tuple]:
    return fact_rows(text, PUBLISHED)


LOST_BY_CASES = [
    (
        "Investors balked, and Microsoft lost more than 11% after the call.",
        [("11%", "pct_change", "growth", "Microsoft", -11.0, "percent", None)],
    ),
    (
        "Shares of Meta shed 4% on Friday.",
        [("4%", "pct_change", "growth", "Meta", -4.0, "percent", None)],
    ),
    (
        "Microsoft's shares lost about 5% while Meta rose 3%.",
        [
            ("5%", "pct_change", "share_price_change_pct", "Microsoft", -5.0, "percent", None),
            ("3%", "pct_change", "growth", "Meta", 3.0, "percent", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOST_BY_CASES)
def test_a_value_lost_by_a_percentage_falls_by_it(text, expected):
    assert facts_of(text) == expected


def test_money_lost_stays_a_net_loss():
    assert facts_of("Microsoft lost $2 billion on the venture.") == [
        ("$2 billion", "earnings", "net_loss", "Microsoft", 2.0e9, "USD", None)
    ]
