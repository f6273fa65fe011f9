"""A period joined by 的 to a figure that a comparison sets the told one against (高于去年的X,
优于首季的Y) dates that figure, and only it: the clauses after it keep the period the sentence
told (2026年资本支出…，高出2025年的X，年增Y% → Y is 2026's). (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2026, 3, 2)

CASES = [
    (
        "该公司2026年资本支出约为300亿美元，明显高出2025年的150亿美元，同比增长100%。",
        {"300亿美元": "2026", "150亿美元": "2025", "100%": "2026"},
    ),
    (
        "該公司2026年資本支出約為300億美元，明顯高出2025年的150億美元，年增100%。",
        {"300亿美元": "2026", "150亿美元": "2025", "100%": "2026"},
    ),
    (
        "公司2025年第四季每股盈余为3.5元，高于第三季的3.1元；毛利率为7.2%，优于第三季的6.8%。",
        {"3.5元": "2025Q4", "3.1元": "2025Q3", "7.2%": "2025Q4", "6.8%": "2025Q3"},
    ),
    (
        "公司2025年第四季每股盈餘為3.5元，高於第三季的3.1元；毛利率為7.2%，優於第三季的6.8%。",
        {"3.5元": "2025Q4", "3.1元": "2025Q3", "7.2%": "2025Q4", "6.8%": "2025Q3"},
    ),
    # A multiple of a period's figure still has that period as its base, not its own.
    ("公司2025年第四季毛利率为7.2%，出货量是第三季的2倍。", {"7.2%": "2025Q4", "2倍": "2025Q4"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:14] for c in CASES])
def test_a_compared_figure_keeps_its_period_to_itself(text, expected):
    periods = periods_by_surface(text, PUBLISHED)
    assert {surface: periods.get(surface) for surface in expected} == expected
