"""A horizon set later in a sentence (未来几季, 未來幾季, over the next few quarters) is the
outlook's time frame, not the results' told before it: a result in an earlier clause keeps the
period carried to it (云业务收入为120亿元，同比增长15%，管理层预计未来几季增速仍将加快). Figures
in the horizon's own clause or after it, and figures that are not results (chips secured, a
utilisation pledged: told of the present the outlook starts from), still take no period carried.
(surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 11, 20)

CARRIED = [
    ("腾讯第三季度总收入为1930亿元。云业务收入为120亿元，同比增长15%，管理层预计未来几季增速仍将"
     "加快。", {"120亿元": "2025Q3", "15%": "2025Q3"}),
    ("騰訊第三季總收入為1930億元。雲業務收入為120億元，按年增15%，管理層預期未來幾季增速仍會加快。",
     {"120亿元": "2025Q3", "15%": "2025Q3"}),
    ("Alibaba's revenue for the third quarter was 247 billion yuan. Cloud revenue rose 26% to 33.4 "
     "billion yuan, and management expects growth to pick up over the next few quarters.",
     {"26%": "2025Q3", "33.4 billion yuan": "2025Q3"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "periods"), CARRIED)
def test_a_result_before_a_later_horizon_keeps_the_period_carried(text, periods):
    found = periods_by_surface(text, PUBLISHED)
    assert {surface: found[surface] for surface in periods} == periods


UNDATED = [
    # not results: what the outlook starts from
    ("阿里第三季度总收入为2478亿元。公司已锁定数千颗H200，上架率保证在80%以上，未来两年的业绩增长"
     "确定性较高。", ["数千颗", "80%"]),
    ("Alibaba's revenue for the third quarter was 247 billion yuan. The company has secured 5,000 "
     "H200 chips, which should keep growth steady over the next two years.", ["5,000"]),
    # a result in the horizon's own clause
    ("阿里第三季度总收入为2478亿元。公司预计未来三年云收入将达到5000亿元。", ["5000亿元"]),
    ("阿里第三季度總收入為2478億元。管理層預期未來幾季雲收入增速將超過30%。", ["30%"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surfaces"), UNDATED)
def test_a_horizon_still_stops_the_carry_to_its_own_clause_and_to_non_results(text, surfaces):
    found = periods_by_surface(text, PUBLISHED)
    assert [found[surface] for surface in surfaces] == [None] * len(surfaces)
