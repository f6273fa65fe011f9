"""本月 / 這個月 / this month dates its clause's figures with the publication's month
(CONVENTIONS.md, settled for every set at the fourteenth session), while the other words of the
present (目前, now) keep the year and a figure with a period of its own keeps it. Sentences written
for this test: (surface, period) for every fact the text holds."""

from datetime import date

import pytest

from tests.helpers import fact_rows

PUBLISHED = date(2026, 3, 18)


def periods_of(text: str) -> list[tuple]:
    return [(row[0], row[-1]) for row in fact_rows(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("某芯片公司股价本月累计上涨80%。", [("80%", "2026-03")]),
        ("某晶片公司股價本月累計上漲80%。", [("80%", "2026-03")]),
        ("The chipmaker's shares have gained 80% this month.", [("80%", "2026-03")]),
        ("这个月，显卡均价下降了10%。", [("10%", "2026-03")]),
    ],
)
def test_this_month_dates_its_figures_with_the_month(text, expected):
    assert periods_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Another word of the present keeps the year.
        ("某芯片公司股价目前累计上涨80%。", [("80%", "2026")]),
        ("The chipmaker's shares are now up 80%.", [("80%", "2026")]),
        # A period of the figure's own wins over the month of the telling.
        ("某公司本月公布，其2025年营收为30亿元。", [("30亿元", "2025")]),
        (
            "The company said this month that its 2025 revenue was $3 billion.",
            [("$3 billion", "2025")],
        ),
        # The month before is a month of its own.
        ("某芯片公司股价上月累计上涨80%。", [("80%", "2026-02")]),
    ],
)
def test_other_times_keep_their_own_period(text, expected):
    assert periods_of(text) == expected
