"""A rate of change (增速, 增幅, 增长率, 成长率) reaching a figure (达到, 提升至, 达) is that
change: of the kind its clause marks (同比 → yoy_growth, 环比 → qoq_growth), a growth rate when
no marker says which; never a share of the revenue named before it. A rate or a share reaching a
level stays that level. Each text is written for the test."""

from __future__ import annotations

import pytest

from tests.helpers import typed_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今年二季度公司营收同比增幅达到18%。", ("18%", "pct_change", "yoy_growth")),
        ("数据中心业务收入同比增速达到41%，好于预期。", ("41%", "pct_change", "yoy_growth")),
        ("第三季度AI服务器出货量环比增速提升至22%。", ("22%", "pct_change", "qoq_growth")),
        ("云计算收入的增速达到27%。", ("27%", "pct_change", "growth_rate")),
        ("该地区经济成长率达6.2%。", ("6.2%", "pct_change", "growth_rate")),
    ],
)
def test_a_rate_of_change_reaching_a_figure_is_that_change(text, expected):
    assert [row[:3] for row in typed_rows(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("国产芯片的国产化率提升至45%。", ("45%", "share", "localization_rate")),
        ("海外业务营收占比提升至37%。", ("37%", "share", "revenue_share")),
    ],
)
def test_a_share_or_a_rate_reaching_a_level_stays_the_level(text, expected):
    assert [row[:3] for row in typed_rows(text)] == [expected]


def test_a_rate_of_change_between_two_levels_keeps_its_ends():
    rows = typed_rows("营收增速从12%提升至19%。")
    assert [row[:3] for row in rows] == [
        ("12%", "pct_change", "growth_rate_from"),
        ("19%", "pct_change", "growth_rate_to"),
    ]
