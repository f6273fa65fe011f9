"""Two clause openings that name nothing measured, read as part of the subject before.

该项目 is a demonstrative and the noun 项目, not the demonstrative with its measure word 该项
(该项投资), so the phrase keeps 项目 instead of "目…". An event with 后 opening a clause (回拨后,
发行完成后, 上市后) says when, like 上线以来 and 成立之后 did already; 扣非后 (a measure's name)
and 最后/落后 are no events. Counted: blind8 193 (该项目), blind9 213 (回拨后提高到…), blind7 176
(历史高点后, an extra), dev 33, blind7 163 (发行后, 发行完成后: right by other routes). The
sentences are new."""

import pytest

from tests.helpers import surface_subjects

CASES = [
    ("据公告，该项目规划用地约300亩，总投资预计90亿元。", ("90亿元", "项目规划用地")),
    (
        "网上投资者合计申购了100亿股，初步中签率为0.02%，回拨后提高到0.03%。",
        ("0.03%", "初步中签率"),
    ),
    ("该项投资金额为50亿元。", ("50亿元", "投资金额")),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_a_clause_lead_is_no_part_of_the_subject(text, row):
    assert row in surface_subjects(text)


NOT_A_LEAD_CASES = [
    # 扣非后 names the measure: the profit after non-recurring items.
    ("寒武纪前三季度营收46亿元，扣非后归母净利润14亿元。", ("14亿元", "Cambricon")),
]


@pytest.mark.parametrize(("text", "row"), NOT_A_LEAD_CASES)
def test_a_measure_with_hou_keeps_its_subject(text, row):
    assert row in surface_subjects(text)
