"""A year a title ranks its figure in (募资近80亿元创今年科创板IPO之最, 是今年第一档, "the
largest IPO this year") is the field the figure leads, not the time of the story: the body's
figures are not dated by it, while a title stating the story's year (寒武纪去年营收大增) still
dates them, and the ranked figure keeps the year. A record reached in a quarter ("capex hits a
record in 2Q 2025") is when it was reached, and dates the body as any stated quarter does."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 12, 8)

RANKED = [
    ("沐曦上市首日大涨 募资近40亿元创今年科创板IPO之最\n\n创始人合计持股比例为22.5%。", "22.5%"),
    ("沐曦上市首日大漲 募資近40億元創今年科創板IPO之最\n\n創始人合計持股比例為22.5%。", "22.5%"),
    ("壁仞募资逾50亿港元 是今年第一档上市的GPU股\n\n基石投资者认购约15%的股份。", "15%"),
    ("Biren raises HK$5.6 billion in the largest chip IPO this year\n\nCornerstone investors "
     "took about 15% of the shares.", "15%"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface"), RANKED)
def test_a_titles_rank_year_does_not_date_the_body(text, surface):
    assert periods_by_surface(text, PUBLISHED)[surface] is None


STORY_YEAR = [
    ("寒武纪去年营收大增4.5倍\n\n公司净利润为20.59亿元。", "20.59亿元", "2024"),
    ("Data center capex hits a record in 2Q 2025\n\nAccelerated server spending rose 76 percent.",
     "76 percent", "2025Q2"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "period"), STORY_YEAR)
def test_a_titles_own_period_still_dates_the_body(text, surface, period):
    assert periods_by_surface(text, PUBLISHED)[surface] == period


@pytest.mark.parametrize(
    "text",
    [
        "沐曦此次IPO募资近40亿元，创今年科创板IPO之最。",
        "沐曦上市首日大涨 募资近40亿元创今年科创板IPO之最\n\n创始人合计持股比例为22.5%。",
    ],
)
def test_the_ranked_figure_keeps_its_rank_year(text):
    assert periods_by_surface(text, PUBLISHED)["40亿元"] == "2025"
