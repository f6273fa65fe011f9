"""The year so far (今年以来, 年初以来, "since this year began") is the publication's year, the
period of what it tells, not a base a change is measured from (自2020年以来, "since 2020") nor a
start the figures after it run from; the present in other words (当下, 时下, "at the moment",
presently, nowadays, lately, "in recent weeks") is the publication's year, as 目前 and currently
are. (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

SEPTEMBER = date(2025, 9, 4)

CASES = [
    ("今年以来，西部一家智算中心新增了500台推理服务器。", {"500台": "2025"}),
    ("年初以来，这家芯片公司的股价累计上涨了150%。", {"150%": "2025"}),
    (
        "新增机架是今年以来各地数据中心最常见的动作：某枢纽的机架规模已达2.4万架。",
        {"2.4万架": "2025"},
    ),
    ("Cloud GPU list prices have dropped 25% since this year began.", {"25%": "2025"}),
    ("当下，国产训练卡的月租金约为1.2万元。", {"1.2万元": "2025"}),
    ("時下，高階伺服器的月租金約為8萬元。", {"8万元": "2025"}),
    ("At the moment, an H200 node rents for about $3.10 per hour.", {"$3.10 per hour": "2025"}),
    ("Presently, spot rates for B200 capacity sit near $5 an hour.", {"$5 an hour": "2025"}),
    ("In recent months, inference token prices have fallen 40%.", {"40%": "2025"}),
    # Not the year so far: a stated year or another time a change runs from stays its base.
    ("自2021年以来，全国智算规模增长了4倍。", {"4倍": None}),
    ("去年以来，训练卡的租赁价格下降了35%。", {"35%": None}),
    ("Rental prices have fallen 60% since 2023.", {"60%": None}),
    # 当下一季 is the next quarter, not the present.
    ("公司预计下一季度营收增长18%。", {"18%": "2025Q4"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:16] for c in CASES])
def test_the_year_so_far_and_the_present(text, expected):
    periods = periods_by_surface(text, SEPTEMBER)
    assert {surface: periods.get(surface) for surface in expected} == expected
