"""A listing's day told in a lead (2026年1月3日，星河科技在香港联交所挂牌) dates the offering, and
the offering's subscription and allocation figures (超额认购, 中签率, 获配, 公开发售占…, 基石投资者)
take the listing's day as its proceeds and price do, where the text leaves them undated; not a
book-building or preliminary stage's figures, nor a remark on them, nor a listing only planned.
Each text is written for the test."""

from __future__ import annotations

from datetime import date

from tests.helpers import periods_by_surface

PUBLISHED = date(2026, 1, 3)


def test_a_leads_day_before_a_comma_dates_the_listing():
    periods = periods_by_surface(
        "2026年1月3日，星河科技在香港联交所挂牌，成为港股首家光芯片公司。\n\n"
        "上市首日，公司股价以28.4港元开盘，较发行价上涨45%。",
        PUBLISHED,
    )
    assert periods["28.4港元"] == "2026-01-03"
    assert periods["45%"] == "2026-01-03"


def test_subscription_figures_take_the_listing_day():
    periods = periods_by_surface(
        "2026年1月3日，星河科技在香港联交所挂牌。\n\n"
        "此次全球发售1.2亿股H股，其中公开发售占10%；公开发售部分超额认购860倍，一手中签率为8%。"
        "公司引入12名基石投资者，合计认购1.5亿美元。",
        PUBLISHED,
    )
    assert periods["1.2亿股"] == "2026-01-03"
    assert periods["10%"] == "2026-01-03"
    assert periods["860倍"] == "2026-01-03"
    assert periods["8%"] == "2026-01-03"
    assert periods["12名"] == "2026-01-03"
    assert periods["1.5亿美元"] == "2026-01-03"


def test_a_day_whose_next_clause_tells_another_step_dates_nothing():
    periods = periods_by_surface(
        "2026年1月3日，星河科技完成了新股申购，距离登陆港交所只差一步。\n\n"
        "公开发售部分超额认购860倍。",
        PUBLISHED,
    )
    assert periods["860倍"] is None


def test_a_preliminary_stage_or_a_remark_keeps_its_figures_undated():
    periods = periods_by_surface(
        "2026年1月3日，星河科技在香港联交所挂牌。\n\n"
        "初步询价阶段，网下申购倍数达到1200倍。"
        "一位分析师表示，860倍的超额认购说明市场热情高涨。",
        PUBLISHED,
    )
    assert periods["1200倍"] is None
    assert periods["860倍"] is None


def test_a_planned_listing_leaves_the_subscription_open():
    periods = periods_by_surface(
        "星河科技拟于2026年1月8日在香港联交所挂牌。\n\n公开发售部分超额认购860倍。",
        PUBLISHED,
    )
    assert periods["860倍"] is None


def test_a_notices_name_before_a_colon_is_no_stage_of_the_figures():
    periods = periods_by_surface(
        "2026年1月3日，星河科技在香港联交所挂牌。\n\n"
        "公司公布的网下初步配售结果公告显示：A类投资者最终获配网下发行总量的96.5%。",
        PUBLISHED,
    )
    assert periods["96.5%"] == "2026-01-03"


def test_a_gain_valued_at_the_sessions_high_is_of_the_first_day():
    periods = periods_by_surface(
        "2025年12月17日，星河科技登陆科创板，发行价为52.3元/股。\n\n"
        "若按盘中最高价460元计算，中一签的浮盈最多接近20万元。",
        date(2026, 1, 20),
    )
    assert periods["20万元"] == "2025-12-17"
