"""A quarter or half named without a year takes the year stated before it, unless that year
would put it after the publication while its own clause does not look ahead: the year was
another figure's forecast (微软2026年资本支出将增长45%；Meta第三季度资本支出193亿美元, "demand
stays strong into next year"), and the reported quarter is the publication's. A clause that looks
ahead (其中第三季度有望达到50亿元) still takes the year (issue 12, seventh session). Single texts
written for the test, answers first: {surface: period}."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

NOVEMBER = date(2025, 11, 3)

CASES = [
    (
        NOVEMBER,
        "微软2026年资本支出将增长45%；Meta第三季度资本支出193亿美元，同比增长111%。",
        {"45%": "2026", "193亿美元": "2025Q3", "111%": "2025Q3"},
    ),
    (
        NOVEMBER,
        "微軟2026年資本支出年增45%；Meta第三季資本支出193億美元，年增111%。",
        {"45%": "2026", "193亿美元": "2025Q3", "111%": "2025Q3"},
    ),
    (
        NOVEMBER,
        "Microsoft's capex will rise 45% in 2026; Meta spent $19 billion in the third quarter, "
        "up 111%.",
        {"45%": "2026", "$19 billion": "2025Q3", "111%": "2025Q3"},
    ),
    (
        date(2025, 8, 14),
        "管理層表示需求一路旺到明年。公司第2季每股盈餘為3.19元。",
        {"3.19元": "2025Q2"},
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected"), CASES, ids=["hans", "hant", "en", "next"]
)
def test_a_reported_quarter_takes_no_forecasts_year(published, text, expected):
    periods = periods_by_surface(text, published)
    assert {s: periods.get(s) for s in expected} == expected


def test_a_clause_looking_ahead_keeps_the_year():
    text = "公司预计2026年营收将增长30%，其中第三季度有望达到50亿元。"
    assert periods_by_surface(text, NOVEMBER)["50亿元"] == "2026Q3"
