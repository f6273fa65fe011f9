"""Groups of companies: names in brackets after 如/包括/such as are examples of the group named
before the bracket, which stays the subject; a results measure opened by a possessive (Their
capital expenditure, 公司资本开支) after a sentence listing companies is the list's. One short
text each, in wordings of our own, as (surface, subject, value, unit): the fact type, metric and
period are pinned elsewhere."""

import pytest

from tests.helpers import subject_rows

EXAMPLES_IN_BRACKETS_CASES = [
    (
        "以直接代工为主的ODM厂商（如富士康、广达）收入同比大增155.5%，拿下47.3%的市场份额。",
        [("155.5%", "ODM厂商", 155.5, "percent"), ("47.3%", "ODM厂商", 47.3, "percent")],
    ),
    (
        "ODM廠商（如鴻海、廣達）營收年增155.5%，拿下47.3%的市場份額。",
        [("155.5%", "ODM厂商", 155.5, "percent"), ("47.3%", "ODM厂商", 47.3, "percent")],
    ),
    (
        "Hyperscalers (such as Microsoft and Google) will spend $400 billion this year.",
        [("$400 billion", "Hyperscalers", 4e11, "USD")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES_IN_BRACKETS_CASES)
def test_examples_in_brackets_leave_the_group_the_subject(text, expected):
    assert subject_rows(text) == expected


# 逾 (over) and 筹得/募得 (raised) start the predicate: the money is the funding round's.
@pytest.mark.parametrize(
    "text",
    ["最新一轮融资已经完成，筹得逾20亿元。", "最新一輪融資已經完成，籌得逾20億元。"],
)
def test_over_and_raised_end_the_phrase(text):
    assert subject_rows(text) == [("20亿元", "最新一轮融资", 2e9, "CNY")]


LISTED_COMPANIES_CASES = [
    (
        "The plans come from Microsoft, Meta and Google. Their capital expenditure is expected "
        "to grow by more than 30% this year.",
        [("30%", "Microsoft, Meta and Google", 30.0, "percent")],
    ),
    (
        "百度、阿里巴巴与腾讯的业绩均好于预期。公司资本开支合计616亿元。",
        [("616亿元", "百度、阿里巴巴与腾讯", 6.16e10, "CNY")],
    ),
    (
        "百度、阿里巴巴與騰訊的業績均好於預期。公司資本開支合計616億元。",
        [("616亿元", "百度、阿里巴巴与腾讯", 6.16e10, "CNY")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_COMPANIES_CASES)
def test_a_results_measure_after_listed_companies_is_the_lists(text, expected):
    assert subject_rows(text) == expected
