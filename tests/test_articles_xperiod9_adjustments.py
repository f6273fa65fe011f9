"""An adjustment opening a sentence ("Adjusted for … of $7 million, the margin for the third
quarter was…", "扣除3000万元的一次性费用后，公司2024年净利润为…") is made to the figure of the main
clause that follows, so its amount is of the period that clause states. An opening that adjusts
nothing ("Apart from…") takes no period from the clause after it.
(surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 11, 20)


def periods_of(text: str) -> dict[str, str | None]:
    return periods_by_surface(text, PUBLISHED)


ADJUSTED = [
    (
        "Excluding a one-time charge of $40 million, operating income for the second quarter of "
        "2025 was $1.2 billion.",
        "$40 million",
        "2025Q2",
    ),
    (
        "Including a tax benefit of $30 million, net income in 2024 was $900 million.",
        "$30 million",
        "2024",
    ),
    (
        "Adjusted for share-based pay of $12 million, gross margin for the first quarter of "
        "fiscal year 2026 was 14.1%.",
        "$12 million",
        "FY2026Q1",
    ),
    ("扣除3000万元的一次性费用后，公司2024年净利润为5亿元。", "3000万元", "2024"),
    ("剔除股份支付费用2000万元的影响，公司2025年第三季度净利润为3亿元。", "2000万元", "2025Q3"),
    ("不計入出售資產所得1.5億元，該公司2024年淨利潤為8億元。", "1.5亿元", "2024"),
]


@pytest.mark.parametrize(("text", "surface", "period"), ADJUSTED, ids=[c[0][:18] for c in ADJUSTED])
def test_an_opening_adjustment_is_of_the_main_clauses_period(text, surface, period):
    assert periods_of(text)[surface] == period


NOT_AN_ADJUSTMENT = [
    (
        "Apart from a charge of $40 million, operating income for 2025 was $1.2 billion.",
        "$40 million",
    ),
    ("该公司曾获得5000万元融资，2024年营收为3亿元。", "5000万元"),
]


@pytest.mark.parametrize(
    ("text", "surface"), NOT_AN_ADJUSTMENT, ids=[c[0][:18] for c in NOT_AN_ADJUSTMENT]
)
def test_an_opening_that_adjusts_nothing_takes_no_period_from_the_next_clause(text, surface):
    assert periods_of(text)[surface] is None
