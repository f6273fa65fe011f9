"""English sizes of a whole market that read as spend: an amount set before "market" as its
size ("the $50 billion China market", as 价值500亿美元的中国市场 already was), and an "its" or
"their" that stands for a market or a kind of machine named just before it ("GPU servers kept
their lead", "the whole market: its size"), which is no company's word. Each text is written for
the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 12, 10)


def typed(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "fact_type", "metric", "value")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "For now the $30 billion India market is all but closed to foreign chip makers.",
            ("$30 billion", "market_size", "market_size", 3e10),
        ),
        (
            "Analysts call it a 12 billion US dollar market for inference chips.",
            ("12 billion US dollar", "market_size", "market_size", 1.2e10),
        ),
        (
            "Whoever wins the $8bn AI accelerator market will set the standard.",
            ("$8bn", "market_size", "market_size", 8e9),
        ),
        (
            "ASIC servers kept their second place, reaching 2.1 billion US dollars.",
            ("2.1 billion US dollars", "market_size", "market_size", 2.1e9),
        ),
        (
            "ARM machines kept their momentum through the year, reaching $9.6 billion.",
            ("$9.6 billion", "market_size", "market_size", 9.6e9),
        ),
    ],
)
def test_a_market_sized_in_english(text: str, row: tuple) -> None:
    assert row in typed(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # An amount a company takes from a market, with a verb or preposition between: no size.
        (
            "The company earned $3 billion from the market last year.",
            ("$3 billion", "spend", "amount", 3e9),
        ),
        (
            "Revenue hit $3 billion as market demand rose.",
            ("$3 billion", "spend", "revenue", 3e9),
        ),
        # Takings called "their" are a seller's, whatever machines come before.
        (
            "Sales of servers lifted their revenue to $3 billion.",
            ("$3 billion", "spend", "revenue", 3e9),
        ),
        # A firm's own machines: its amount, no market's.
        (
            "Dell said its servers kept their lead, reaching $4 billion.",
            ("$4 billion", "spend", "amount", 4e9),
        ),
    ],
)
def test_no_market_size(text: str, row: tuple) -> None:
    assert row in typed(text)


def test_server_spending_is_the_market() -> None:
    # What all buyers spend on servers is what the server market takes.
    text = "Worldwide server spending keeps rising: revenue in the quarter climbed to $98 billion."
    assert ("$98 billion", "market_size", "market_size", 9.8e10) in typed(text)


def test_a_firms_server_spending_stays_its_own() -> None:
    text = "Microsoft's server spending rose to $12 billion."
    assert ("$12 billion", "spend", "spending", 1.2e10) in typed(text)
