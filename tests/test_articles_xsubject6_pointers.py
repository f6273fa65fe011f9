"""Words that point at the subject elsewhere: a later clause opening with a demonstrative and a
noun (该业务收入…) is about the noun phrase the sentence named with that noun; a pronoun opening
the clause ("It now costs $6.88 at AWS") is not the venue named after the figure; a measure
"from" something (revenue from overseas games) measures that something; what drives a figure
(A带动B上升25%) is not what it measures. Blind3 87, 99 and 100 showed the classes; the sentences
are new. Each row is (surface, subject, value, unit)."""

import pytest

from tests.helpers import subject_rows

DEMONSTRATIVE_CLAUSE_CASES = [
    ("星河科技把云计算业务拆分出来，该业务收入增长12%至50亿元。", "云计算业务"),
    ("星河科技把雲計算業務拆分出來，該業務收入增長12%至50億元。", "云计算业务"),
    ("阿里巴巴把即时零售业务并入电商集团，该业务收入增长12%至50亿元。", "即时零售业务"),
]


@pytest.mark.parametrize(("text", "subject"), DEMONSTRATIVE_CLAUSE_CASES)
def test_a_demonstrative_clause_points_at_the_noun_named_before_in_the_sentence(text, subject):
    assert subject_rows(text) == [
        ("12%", subject, 12.0, "percent"),
        ("50亿元", subject, 5_000_000_000.0, "CNY"),
    ]


def test_a_demonstrative_with_no_antecedent_in_the_sentence_keeps_the_entity():
    assert subject_rows("英伟达发布了H200，该芯片售价3万美元。") == [
        ("3万美元", "NVIDIA H200", 30_000.0, "USD")
    ]


VENUE_CASES = [
    "At launch an H100 rented for $8 an hour. It now costs $6.88 on-demand at AWS.",
    "At launch an H100 rented for $8 an hour. It now costs $6.88 an hour on AWS.",
]


@pytest.mark.parametrize("text", VENUE_CASES)
def test_a_venue_after_the_figure_is_not_what_the_pronoun_stands_for(text):
    rows = subject_rows(text)
    assert [subject for _, subject, _, _ in rows] == ["NVIDIA H100", "NVIDIA H100"]


def test_without_a_pronoun_the_venue_is_still_a_candidate():
    assert subject_rows("Prices now run $6.88 an hour at AWS.") == [
        ("$6.88 an hour", "AWS", 6.88, "USD")
    ]


FROM_CASES = [
    (
        "Gaming did best: revenue from overseas games climbed 43% from a year before.",
        "overseas games",
    ),
    ("Sales from cloud services rose 43% in the quarter.", "cloud services"),
]


@pytest.mark.parametrize(("text", "subject"), FROM_CASES)
def test_a_measure_from_something_measures_that_something(text, subject):
    assert subject_rows(text) == [("43%", subject, 43.0, "percent")]


# "A带动B上升25%": what drives the figure is not what it measures; the driven noun phrase is.
DRIVES_CASES = [
    ("零售业务带动月度活跃用户按年上升25%。", "月度活跃用户"),
    ("零售業務帶動月度活躍用戶按年上升25%。", "月度活跃用户"),
    ("云业务拉动海外收入增长25%。", "海外收入"),
]


@pytest.mark.parametrize(("text", "subject"), DRIVES_CASES)
def test_what_drives_a_figure_is_not_its_subject(text, subject):
    assert subject_rows(text) == [("25%", subject, 25.0, "percent")]
