"""A story that dates an IPO's listing only to its month (在去年12月刚上市的那段时间) dates to that
month the offering's figures it dated by the listing's year (实际募得的资金净额), as a listing day
would; a figure left open (a plan's 计划投资总额) stays open. (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

JANUARY = date(2026, 1, 22)

STORY = (
    "甲公司2025年业绩预告：营收增超230%\n\n"
    "在去年12月刚上市的那段时间，其股价盘中一度冲高至941.08元/股。\n\n"
    "业绩预告显示，公司预计2025年度营业收入为14.50亿元至15.20亿元。\n\n"
)

CASES = [
    (
        STORY + "公告披露，甲公司首次公开发行股票实际募得的资金净额为75.76亿元，少于招股书所列"
        "相关项目80亿元的计划投资总额。",
        {"941.08元/股": "2025-12", "75.76亿元": "2025-12", "80亿元": None},
    ),
    # must not fire: a month that is no listing's
    (
        "甲公司2025年业绩预告\n\n去年12月，其股价盘中一度冲高至941.08元/股。\n\n"
        "业绩预告显示，公司预计2025年度营业收入为14.50亿元至15.20亿元。\n\n"
        "公告披露，甲公司首次公开发行股票实际募得的资金净额为75.76亿元。",
        {"75.76亿元": "2025"},
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_a_listing_month(text: str, want: dict[str, str | None]) -> None:
    got = periods_by_surface(text, JANUARY)
    assert {s: got.get(s) for s in want} == want
