"""A bare 增, 减, 升 or 降 right before its figure (收入增26%, 纯利骤降18%,
股价升一成), as headlines and Hong Kong and Taiwan reporting write a move, ends the
noun phrase that names what moved; 新增 and 净增 count and do not. And a company's
results measure (资本支出, capital expenditures) in the clause after a thing's own
measure (云业务收入) is not that measure's: the thing's revenue has no capex.
Blind3 87 showed both; the sentences are new. Each row is (surface, subject)."""

import pytest

from tests.helpers import subject_rows

BARE_MOVE_CASES = [
    ("广告业务收入增19%。", ("19%", "广告业务收入")),
    ("廣告業務收入增19%。", ("19%", "广告业务收入")),
    ("游戏业务纯利骤降12%。", ("12%", "游戏业务纯利")),
    ("遊戲業務純利驟降12%。", ("12%", "游戏业务纯利")),
    ("港股通成交额升两成。", ("两成", "港股通成交额")),
    ("伺服器出貨季減7%。", ("7%", "伺服器出货")),
]


@pytest.mark.parametrize(("text", "row"), BARE_MOVE_CASES)
def test_a_bare_move_verb_ends_the_phrase(text, row):
    assert [r[:2] for r in subject_rows(text)] == [row]


def test_a_net_addition_is_no_move():
    # 净增 counts what was added; the phrase keeps it (as it did before the rule).
    subjects = [r[1] for r in subject_rows("季度付费用户净增300万。")]
    assert subjects == ["季度付费用户净增"]


MEASURE_AFTER_MEASURE_CASES = [
    (
        "广告业务收入增19%，资本开支达到52亿元。",
        [("19%", "广告业务收入"), ("52亿元", "资本开支")],
    ),
    (
        "廣告業務收入增19%，資本開支達到52億元。",
        [("19%", "广告业务收入"), ("52亿元", "资本开支")],
    ),
    (
        "Storage segment revenue rose 9% to $4 billion, and capital spending reached $600 million.",
        [
            ("9%", "Storage segment revenue"),
            ("$4 billion", "Storage segment revenue"),
            ("$600 million", "capital spending"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "rows"), MEASURE_AFTER_MEASURE_CASES)
def test_a_company_measure_is_not_a_things_other_measure(text, rows):
    assert [r[:2] for r in subject_rows(text)] == rows


def test_a_things_other_measure_still_carries():
    rows = [r[:2] for r in subject_rows("液冷机柜出货量增长30%，市场份额达到20%。")]
    assert rows == [("30%", "液冷机柜出货量"), ("20%", "液冷机柜出货量")]
