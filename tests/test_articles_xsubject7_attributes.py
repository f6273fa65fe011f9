"""A degree word with its adjective and 的 (较大的, 更快的) is an attribute of the noun after it,
and 在手, 在建, 在售 are adjectives (在手订单, 在建项目): none of them is the predicate that ends
the noun phrase a figure measures. Blind3 96 showed the class (a NULL subject); the sentences are
new. Each row is (surface, subject, value, unit)."""

import pytest

from tests.helpers import subject_rows

GRADED_CASES = [
    ("体量较大的厂商累计出货量已来到3万片。", "体量较大的厂商累计出货量", "3万片"),
    ("體量較大的廠商累計出貨量已來到3萬片。", "体量较大的厂商累计出货量", "3万片"),
    ("增速更快的云厂商资本开支已达800亿元。", "增速更快的云厂商资本开支", "800亿元"),
    ("增速更快的雲廠商資本開支已達800億元。", "增速更快的云厂商资本开支", "800亿元"),
]


@pytest.mark.parametrize(("text", "subject", "surface"), GRADED_CASES)
def test_a_graded_attribute_does_not_end_the_noun_phrase(text, subject, surface):
    assert [row[:2] for row in subject_rows(text)] == [(surface, subject)]


IN_HAND_CASES = [
    ("头部厂商在手订单超过35亿元。", "头部厂商在手订单"),
    ("頭部廠商在手訂單超過35億元。", "头部厂商在手订单"),
    ("全省在建智算中心项目总投资达35亿元。", "全省在建智算中心项目总投资"),
]


@pytest.mark.parametrize(("text", "subject"), IN_HAND_CASES)
def test_in_hand_and_under_construction_are_attributes(text, subject):
    assert subject_rows(text) == [("35亿元", subject, 3_500_000_000.0, "CNY")]


def test_a_comparison_with_a_time_is_still_a_predicate():
    # 较 before a time and 的 (较上年的水平) compares; it is no attribute.
    rows = subject_rows("智算中心出货量较上年的水平增长了40%。")
    assert rows[0][:2] == ("40%", "智算中心出货量")


DONE_CASES = [
    ("全市已投产和正在建设的数据中心超过60个。", "全市已投产和正在建设的数据中心"),
    ("全市已投產和正在建設的數據中心超過60個。", "全市已投产和正在建设的数据中心"),
    ("全省已建成的智算中心达到60个。", "全省已建成的智算中心"),
    ("全省已建成的智算中心達到60個。", "全省已建成的智算中心"),
]


@pytest.mark.parametrize(("text", "subject"), DONE_CASES)
def test_a_thing_done_is_an_attribute_of_the_noun_after_it(text, subject):
    assert subject_rows(text) == [("60个", subject, 60.0, "count")]


def test_already_opening_the_clause_is_still_its_predicate():
    # 已 with nothing before it opens the predicate; the noun it is about was named earlier.
    assert subject_rows("寒武纪在服算力规模较大，已建成的集群达到60个。") == [
        ("60个", "Cambricon", 60.0, "count")
    ]
