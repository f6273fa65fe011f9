"""What a deal or an offering "values the company at" is the company's worth (valuation,
market_cap), not money raised or spent; a contract "valued at" a sum stays the deal's amount.
Chinese names the worth by 估值 (already a cue). Each text is written for the test."""

from __future__ import annotations

import pytest

from tests.helpers import typed_rows


def _money(text: str) -> list[tuple[str, str, str]]:
    return [(row[0], row[1], row[2]) for row in typed_rows(text) if row[4] in ("USD", "CNY")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The listing raised 6 billion yuan, which values the business at about $9.2 billion.",
            [
                ("6 billion yuan", "spend", "funding"),
                ("$9.2 billion", "valuation", "market_cap"),
            ],
        ),
        (
            "A new funding round valued the startup at $4 billion.",
            [("$4 billion", "valuation", "market_cap")],
        ),
        (
            "The latest round values the chip designer at $11 billion.",
            [("$11 billion", "valuation", "market_cap")],
        ),
        (
            "Investors valued it at roughly $25 billion.",
            [("$25 billion", "valuation", "market_cap")],
        ),
        ("本轮融资后公司估值约为90亿元。", [("90亿元", "valuation", "market_cap")]),
    ],
)
def test_what_a_deal_values_a_company_at_is_its_worth(text, expected):
    assert _money(text) == expected


def test_a_contract_valued_at_a_sum_is_no_company_worth():
    rows = _money("The firm signed a supply contract valued at $3 billion.")
    assert [row[1] for row in rows] != ["valuation"]
    assert len(rows) == 1
