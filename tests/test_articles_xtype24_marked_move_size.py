"""The size of a move (涨幅, 升幅, 跌幅, 降幅) that a period marker in its clause dates (同比, 环比,
按年, 按季) is the year-on-year or quarter-on-quarter growth of what the clause measures, as
同比增长 is; alone, or of a price, a rent or a share, it stays what it was. Before, every 幅 word
made a price's change (资本支出环比降幅约为32% → price_change_pct). Each text is written for the
test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import measures

PUBLISHED = date(2025, 11, 20)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "该公司第三季度资本支出为90亿元，与上一季度相比，环比降幅约为25%。",
            ("25%", "pct_change", "qoq_growth"),
        ),
        ("集团净利润同比降幅为12%。", ("12%", "pct_change", "yoy_growth")),
        ("前三季度出货量同比跌幅达18%。", ("18%", "pct_change", "yoy_growth")),
        ("雲端業務收入按年升幅達34%。", ("34%", "pct_change", "yoy_growth")),
        ("數據中心營收按季漲幅為9%。", ("9%", "pct_change", "qoq_growth")),
    ],
)
def test_a_marked_move_size_is_that_growth(text, row):
    assert row in measures(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A price's move marked 同比 stays a price's.
        ("今年服务器内存均价同比涨幅可能超过90%。", ("90%", "pct_change", "price_change_pct")),
        ("GPU租金同比降幅达到40%。", ("40%", "pct_change", "price_change_pct")),
        # No period marker: the size of a move is a price's, as before.
        ("高端卡型的涨幅达30%-40%。", ("30%-40%", "pct_change", "price_change_pct")),
        # A traded share's move stays the share's.
        ("公司股价同比涨幅达50%。", ("50%", "pct_change", "share_price_change_pct")),
    ],
)
def test_a_price_or_unmarked_move_size_stays(text, row):
    assert row in measures(text, PUBLISHED)
