"""What a company spends on research is a spending (研发费用, 研发投入, R&D expenses), and its
share of revenue falls or climbs between two levels whatever verb marks the move. Each text is
written for the test."""

from datetime import date

import pytest

from tests.helpers import measures

PUBLISHED = date(2025, 9, 1)


def _measures(text: str) -> list[tuple[str, str, str]]:
    return measures(text, PUBLISHED)


SPENDING_CASES = [
    ("上半年公司研发费用为3.18亿元。", "3.18亿元"),
    ("上半年公司研發費用為3.18億元。", "3.18亿元"),
    ("2024年，公司研发投入超过21亿元。", "21亿元"),
    ("2024年，公司研發投入超過21億元。", "21亿元"),
    ("The chipmaker's R&D expenses reached $1.4 billion last year.", "$1.4 billion"),
]


@pytest.mark.parametrize(("text", "surface"), SPENDING_CASES)
def test_research_spending_is_a_spending(text, surface):
    assert (surface, "spend", "rd_expense") in _measures(text)


MOVING_SHARE_CASES = [
    "研发投入占营业收入的比例从上年同期的42.1%大幅回落至今年上半年的12.3%。",
    "研發投入佔營收的比重由去年的42.1%驟降到12.3%。",
]


@pytest.mark.parametrize("text", MOVING_SHARE_CASES)
def test_a_share_falling_between_two_levels_stays_a_share(text):
    assert [fact_type for _, fact_type, _ in _measures(text)] == ["share", "share"]


def test_the_growth_of_research_spending_stays_growth():
    assert _measures("上半年公司研发投入同比增长12.5%。") == [("12.5%", "pct_change", "yoy_growth")]


def test_a_total_of_research_spending_is_that_spending():
    text = "2021年至2024年，公司研发投入合计超过26亿元，单是2024年就达到8.3亿元。"
    assert [(s, t, m) for s, t, m in _measures(text) if t != "duration"] == [
        ("26亿元", "spend", "rd_expense"),
        ("8.3亿元", "spend", "rd_expense"),
    ]
