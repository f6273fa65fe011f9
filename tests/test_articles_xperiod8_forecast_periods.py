"""The period a forecast is for (第三季度的业绩指引, "an outlook for the third quarter") names what
the forecast covers; a results story goes on with the quarter it reported, so that period is not
carried to the sentences after it, when the results' period is stated beside it; an outlook told on
its own is what the story goes on about. (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 8, 28)


def periods_of(text: str) -> dict[str, str | None]:
    return periods_by_surface(text, PUBLISHED)


RESULTS_THEN_OUTLOOK = [
    (
        "该公司公布了2025年第二季度业绩以及第三季度的业绩指引。财报显示，营收增长17%。",
        "17%",
        "2025Q2",
    ),
    ("該公司公布了2025年第二季業績及第三季的營收展望。財報顯示，營收成長17%。", "17%", "2025Q2"),
    (
        "The company reported results for the second quarter of 2025 and guidance for the third "
        "quarter. Revenue rose 17%.",
        "17%",
        "2025Q2",
    ),
    (
        "英伟达公布了2026财年第二财季业绩，以及第三财季的业绩指引。财报显示，营收增长56%。",
        "56%",
        "FY2026Q2",
    ),
]


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    RESULTS_THEN_OUTLOOK,
    ids=[c[0][:24] for c in RESULTS_THEN_OUTLOOK],
)
def test_the_period_of_an_outlook_is_not_carried(text, surface, period):
    assert periods_of(text)[surface] == period


def test_an_outlook_told_on_its_own_carries():
    text = "该机构发布了2026年的市场展望。报告认为，出货量将增长20%。"
    assert periods_of(text)["20%"] == "2026"


def test_a_quarter_stated_alone_still_carries():
    text = "该公司公布了2025年第二季度业绩。财报显示，营收增长17%。"
    assert periods_of(text)["17%"] == "2025Q2"
