"""A figure nothing dates, paragraphs after the lead, of a measure the lead dated (the tally, the
capex) is of the lead's period for that measure, and so is a growth told of it in its sentence;
not a price, a change in percent with no amount of the measure beside it, a figure of a company
other than the one the lead measured, a measure the lead did not date, one it dated with two
periods, a day or month, or a span of years.
(surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2026, 3, 1)

CARRIED = [
    ("Cloud giants keep spending\n\nThe four cloud giants plan to spend about $500 billion on "
     "capital expenditure this year.\n\nAt the top of their ranges, their combined outlay could "
     "reach $540 billion, a 60% rise.", {"$540 billion": "2026", "60%": "2026"}),
    ("云厂商加码资本开支\n\n四大云厂商今年资本开支合计约5000亿美元。\n\n若按上限计算，合计资本开支"
     "将达5400亿美元，增长60%。", {"5400亿美元": "2026", "60%": "2026"}),
    ("智算中心盘点\n\n截至2025年底，全国共有智算中心项目150个，其中东部的项目占比六成。\n\n从地区看，"
     "广东的项目占比12.5%，上海占比9%。", {"12.5%": "2025", "9%": "2025"}),
    ("智算中心盤點\n\n截至2025年底，全國共有智算中心項目150個，其中東部的項目佔比六成。\n\n從地區看，"
     "廣東的項目佔比12.5%，上海佔比9%。", {"12.5%": "2025", "9%": "2025"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CARRIED)
def test_the_leads_period_dates_its_measure_later(text, expected):
    periods = periods_by_surface(text, PUBLISHED)
    assert {surface: periods[surface] for surface in expected} == expected


UNDATED = [
    # a price is quoted at the time its own sentence tells
    ("H100租金下滑\n\n今年H100的租金约为每小时2美元。\n\n另一家平台的H100租金约为每小时1美元。",
     "1美元"),
    ("Rents slide\n\nH100 rents fell to $2 an hour this year.\n\nOn another platform, H100 rents "
     "are $1 an hour.", "$1 an hour"),
    # a company other than the one the lead measured
    ("三巨头加码AI\n\n阿里、腾讯、字节今年AI投资合计超过3000亿元。\n\n腾讯的AI投资约为800亿元。",
     "800亿元"),
    # a change in percent on its own names no measure (the growth of what?)
    ("出货展望\n\n研究机构预估今年AI服务器出货量年增28%。\n\nAI服务器出货年增率为20%。", "20%"),
    ("出貨展望\n\n研究機構預估今年AI伺服器出貨量年增28%。\n\nAI伺服器出貨年增率為20%。", "20%"),
    ("Shipments outlook\n\nAI server shipments are set to grow 28% year on year this year.\n\n"
     "AI server shipments grow 20% year on year.", "20%"),
    # a measure the lead did not date
    ("Spending and shipments\n\nThe four cloud giants plan to spend about $500 billion on capital "
     "expenditure this year.\n\nThe servers they bought numbered 50,000 units.", "50,000 units"),
    # the lead dated the measure with two periods
    ("Cloud giants keep spending\n\nThe four cloud giants spent $380 billion on capital "
     "expenditure in 2025. This year their capital expenditure will be about $500 billion.\n\n"
     "Their combined outlay could reach $540 billion.", "$540 billion"),
    # a month dates an event
    ("AI投资计划出炉\n\n2026年2月，公司的AI投资达到500亿元。\n\n研发方向的投资为200亿元。",
     "200亿元"),
    # a span of years is the stretch of the lead's own figures
    ("集采收官\n\n中国移动完成2025至2026年度服务器集采，采购金额约51亿元。\n\n其余设备的采购金额约为"
     "20亿元。", "20亿元"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface"), UNDATED)
def test_the_leads_period_dates_no_other_measure(text, surface):
    assert periods_by_surface(text, PUBLISHED)[surface] is None
