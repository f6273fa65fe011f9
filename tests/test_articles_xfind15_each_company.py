"""One figure that a word of each (各, each) gives to every company of a list named right before
it is each company's: a claim per company. Sectors or places given one figure each, a figure the
list holds jointly, and figures paired in order stay as they were. Each text is written for the
test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 12, 1)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "據調研機構統計，今年寒武紀與海光的出貨量各達到20萬顆。",
            [
                ("20万颗", "shipments", "Cambricon", "2025"),
                ("20万颗", "shipments", "Hygon", "2025"),
            ],
        ),
        (
            "阿里和腾讯各投入了500亿元。",
            [
                ("500亿元", "investment", "Alibaba", None),
                ("500亿元", "investment", "Tencent", None),
            ],
        ),
        (
            "AMD and Intel shipped about 30,000 units each in the first half.",
            [
                ("30,000 units", "shipments", "AMD", "2025H1"),
                ("30,000 units", "shipments", "Intel", "2025H1"),
            ],
        ),
        (
            "Microsoft and Oracle each signed contracts worth $10 billion last quarter.",
            [
                ("$10 billion", "amount", "Microsoft", "2025Q3"),
                ("$10 billion", "amount", "Oracle", "2025Q3"),
            ],
        ),
    ],
)
def test_a_figure_each_company_has_is_a_claim_per_company(text, rows):
    assert fact_fields(text, PUBLISHED, "surface", "metric", "subject", "period") == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # Places and sectors given one figure each: one claim of the list.
        ("上海、深圳各占12%。", [("12%", "上海、深圳各")]),
        (
            "Demand from the banking and energy sectors each rose 40%.",
            [("40%", "banking and energy sectors each")],
        ),
        # Figures paired with the names in order.
        ("英伟达和AMD的营收各为300亿元和70亿元。", [("300亿元", "NVIDIA"), ("70亿元", "AMD")]),
        # Products named after the companies own the figure.
        ("英伟达和AMD的H100与MI300各售3万美元。", [("3万美元", "AMD Instinct MI300")]),
        # No word of each: the list is one subject.
        (
            "Microsoft, Google and Meta will spend $300 billion this year.",
            [("$300 billion", "Microsoft, Google and Meta")],
        ),
    ],
)
def test_no_claim_per_company_without_companies_each_given_it(text, rows):
    assert fact_fields(text, PUBLISHED, "surface", "subject") == rows
