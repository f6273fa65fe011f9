"""What a clause opens with before its subject, and what it is not: a single quarter or
month (单季, 上季, 上个月), a concession (即使, 尽管), a finding verb (发现), a verb with its
result before 的 (拿到的订单); and a heading that sets two companies side by side, which is the
topic of neither. Blind3 83, 94, 95 and 102 showed the classes; the sentences are new. Each row is
(surface, subject, value, unit)."""

import pytest

from tests.helpers import subject_rows

# A single quarter or month opening the clause says when; what is measured, or whose, is named
# elsewhere (the company of the sentence before, the topic of the clause before).
ONE_PERIOD_CASES = [
    (
        "中科曙光前三季度营收为88亿元。其中第三季度单季实现营收30亿元，同比增长27%。",
        [
            ("88亿元", "Sugon", 8_800_000_000.0, "CNY"),
            ("30亿元", "Sugon", 3_000_000_000.0, "CNY"),
            ("27%", "Sugon", 27.0, "percent"),
        ],
    ),
    (
        "中科曙光前三季度營收為88億元。其中第三季度單季實現營收30億元，同比增長27%。",
        [
            ("88亿元", "Sugon", 8_800_000_000.0, "CNY"),
            ("30亿元", "Sugon", 3_000_000_000.0, "CNY"),
            ("27%", "Sugon", 27.0, "percent"),
        ],
    ),
    (
        "星河科技的零售业务，上季收入为22亿元，大幅上升60%。",
        [
            ("22亿元", "星河科技的零售业务", 2_200_000_000.0, "CNY"),
            ("60%", "星河科技的零售业务", 60.0, "percent"),
        ],
    ),
    (
        "星河科技的零售業務，上季收入為22億元，大幅上升60%。",
        [
            ("22亿元", "星河科技的零售业务", 2_200_000_000.0, "CNY"),
            ("60%", "星河科技的零售业务", 60.0, "percent"),
        ],
    ),
    (
        "星河科技的零售业务，本季度收入为22亿元。",
        [("22亿元", "星河科技的零售业务", 2_200_000_000.0, "CNY")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONE_PERIOD_CASES)
def test_a_single_quarter_opening_the_clause_is_not_the_subject(text, expected):
    assert subject_rows(text) == expected


CONCESSION_CASES = [
    "星河科技的云业务收入急升34%至39亿元，即使按季比较亦多了19.2%。",
    "星河科技的雲業務收入急升34%至39億元，即使按季比較亦多了19.2%。",
    "星河科技的云业务收入急升34%至39亿元，尽管按季比较只多了19.2%。",
]


@pytest.mark.parametrize("text", CONCESSION_CASES)
def test_a_concession_opening_the_clause_keeps_the_subject_before(text):
    assert subject_rows(text) == [
        ("34%", "星河科技的云业务收入", 34.0, "percent"),
        ("39亿元", "星河科技的云业务收入", 3_900_000_000.0, "CNY"),
        ("19.2%", "星河科技的云业务收入", 19.2, "percent"),
    ]


# 到 before 的 completes a verb (拿到的, 收到的): the relative clause describes the noun after it.
RESULT_VERB_CASES = [
    ("星河科技：累计拿到的算力订单已超过10亿元。", "累计拿到的算力订单"),
    ("星河科技：累計收到的算力訂單已超過10億元。", "累计收到的算力订单"),
]


@pytest.mark.parametrize(("text", "subject"), RESULT_VERB_CASES)
def test_a_verb_with_its_result_before_de_stays_in_the_subject(text, subject):
    assert subject_rows(text) == [("10亿元", subject, 1_000_000_000.0, "CNY")]


# "发现超五成企业…": who found is no subject; a share in tenths right before a noun is a part of
# that noun (五成企业, 近三成厂商).
FINDING_CASES = [
    ("记者梳理了多家公司，发现超五成企业营收实现增长。", "企业营收", 50.0),
    ("記者梳理了多家公司，發現超五成企業營收實現增長。", "企业营收", 50.0),
    ("调查显示，近三成厂商已经转向液冷。", "厂商", 30.0),
    ("調查顯示，近三成廠商已經轉向液冷。", "厂商", 30.0),
]


@pytest.mark.parametrize(("text", "subject", "value"), FINDING_CASES)
def test_a_finding_verb_is_not_the_subject_of_the_share_it_reports(text, subject, value):
    rows = subject_rows(text)
    assert [(surface, subj, v) for surface, subj, v, _ in rows if v == value] == [
        (rows[-1][0], subject, value)
    ]


HEADING_PAIR_CASES = [
    "寒武纪与海光信息三季报对比\n\n海光信息的表现相对平稳。公司前三季度营收为50亿元。"
    "其中第三季度单季实现营收20亿元，同比增长30%。",
    "寒武紀與海光信息三季報對比\n\n海光信息的表現相對平穩。公司前三季度營收為50億元。"
    "其中第三季度單季實現營收20億元，同比增長30%。",
]


@pytest.mark.parametrize("text", HEADING_PAIR_CASES)
def test_a_heading_setting_two_companies_side_by_side_is_the_topic_of_neither(text):
    assert subject_rows(text) == [
        ("50亿元", "Hygon", 5_000_000_000.0, "CNY"),
        ("20亿元", "Hygon", 2_000_000_000.0, "CNY"),
        ("30%", "Hygon", 30.0, "percent"),
    ]
