"""Every line of a results statement takes the reporting period a results story carries into its
later paragraphs, not only revenue, net profit and margins: gross profit, operating profit (毛利,
经营利润, 營業利益), operating and free cash flow and adjusted EBITA are results of the quarter
the story reports too. (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 11, 20)


def periods_of(text: str) -> dict[str, str | None]:
    return periods_by_surface(text, PUBLISHED)


PROFIT_LINES = [
    (
        "云厂商季报\n\n该公司2025年第三季度营收为1500亿元。\n\n毛利为800亿元。",
        {"1500亿元": "2025Q3", "800亿元": "2025Q3"},
    ),
    (
        "雲廠商季報\n\n該公司2025年第三季營收為1500億元。\n\n毛利為800億元。",
        {"1500亿元": "2025Q3", "800亿元": "2025Q3"},
    ),
    (
        "云厂商季报\n\n该公司2025年第三季度营收为1500亿元。\n\n经营利润为420亿元。",
        {"1500亿元": "2025Q3", "420亿元": "2025Q3"},
    ),
    (
        "Cloud results\n\nRevenue for the third quarter of 2025 was $15 billion.\n\n"
        "Gross profit was $8 billion.",
        {"$15 billion": "2025Q3", "$8 billion": "2025Q3"},
    ),
    (
        "Cloud results\n\nRevenue for the third quarter of 2025 was $15 billion.\n\n"
        "Operating income came to $4.2 billion.",
        {"$15 billion": "2025Q3", "$4.2 billion": "2025Q3"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROFIT_LINES, ids=[c[0][:8] for c in PROFIT_LINES])
def test_profit_lines_take_the_reporting_period(text, expected):
    assert periods_of(text) == expected


def test_a_price_in_a_results_story_takes_no_reporting_period():
    text = "云厂商季报\n\n该公司2025年第三季度营收为1500亿元。\n\nH100的租赁价格为每小时2美元。"
    assert periods_of(text)["1500亿元"] == "2025Q3"
    assert periods_of(text).get("2美元") is None
