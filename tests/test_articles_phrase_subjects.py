"""What a figure measures when no listed entity is its subject, or when a listed market only
qualifies what is measured: one sentence per class, in wordings of no corpus article, as
(surface, subject) pairs (types, metrics and periods are other tests' business)."""

from datetime import date

import pytest

from tests.helpers import fact_rows

PUBLISHED = date(2025, 9, 1)


def subjects_of(text: str) -> list[tuple[str, str | None]]:
    return [(row[0], row[3]) for row in fact_rows(text, PUBLISHED)]


# A market's name modifying another thing (AI服务器机柜, AI服务器厂商) names that thing, not the
# market; a measure after the market's name (AI服务器出货量) leaves the market the subject.
MARKET_AS_MODIFIER_CASES = [
    ("今年AI服务器机柜出货量约3万柜。", [("3万柜", "AI服务器机柜出货量")]),
    ("今年AI伺服器機櫃出貨量約3萬櫃。", [("3万柜", "AI伺服器机柜出货量")]),
    ("今年AI服务器厂商的出货量约300万台。", [("300万台", "AI服务器厂商的出货量")]),
    ("今年AI服务器出货量约300万台。", [("300万台", "AI server market")]),
]


@pytest.mark.parametrize(("text", "expected"), MARKET_AS_MODIFIER_CASES)
def test_a_market_modifying_another_thing_leaves_that_thing_the_subject(text, expected):
    assert subjects_of(text) == expected


# A growth rate over a span (五年复合增长率, a five-year CAGR) names only its measure: it is the
# growth of what the sentence measured before it. (The span is the rate's period, no figure:
# tests/test_articles_types_more.py.)
SPAN_GROWTH_CASES = [
    (
        "2022年中国智能算力规模为259.9EFLOPS，五年复合增长率为33.9%。",
        [
            ("259.9EFLOPS", "中国智能算力规模"),
            ("33.9%", "中国智能算力规模"),
        ],
    ),
    (
        "2022年中國智能算力規模為259.9EFLOPS，五年複合成長率為33.9%。",
        [
            ("259.9EFLOPS", "中国智能算力规模"),
            ("33.9%", "中国智能算力规模"),
        ],
    ),
    (
        "China's intelligent compute reached 259.9 EFLOPS in 2022, with a five-year compound "
        "annual growth rate of 33.9%.",
        [
            ("259.9 EFLOPS", "China's intelligent compute"),
            ("33.9%", "China's intelligent compute"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPAN_GROWTH_CASES)
def test_a_growth_rate_over_a_span_is_the_growth_of_what_was_measured(text, expected):
    assert subjects_of(text) == expected


# How sure an estimate is (若乐观估计, 保守估计, 甚至可能) names nothing: the figure measures what
# the sentence measured before it.
HEDGED_ESTIMATE_CASES = [
    (
        "明年AI服务器机柜出货量可望增至6万柜，若乐观估计甚至可能上看10万柜。",
        [("6万柜", "AI服务器机柜出货量"), ("10万柜", "AI服务器机柜出货量")],
    ),
    (
        "明年AI伺服器機櫃出貨量可望增至6萬櫃，若樂觀估計甚至可能上看10萬櫃。",
        [("6万柜", "AI伺服器机柜出货量"), ("10万柜", "AI伺服器机柜出货量")],
    ),
    (
        "明年液冷服务器出货量可望增至6万台，保守估计也有5万台。",
        [("6万台", "液冷服务器出货量"), ("5万台", "液冷服务器出货量")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEDGED_ESTIMATE_CASES)
def test_a_hedged_estimate_measures_what_was_measured_before(text, expected):
    assert subjects_of(text) == expected


# A level the figure is (约八成的水准, 市占率) is not what it measures; nor is half of a measure
# cut at its 占 (AI服务器市占率 → AI服务器, never AI服务器市).
LEVEL_CASES = [
    ("英伟达持续扩产，预期明年市占率将超越目前约八成的水准。", [("八成", "NVIDIA")]),
    ("輝達持續擴產，預期明年市占率將超越目前約八成的水準。", [("八成", "NVIDIA")]),
    ("英伟达持续扩产，今年出货量已达到约200万颗的高点。", [("200万颗", "NVIDIA")]),
    ("预期明年AI服务器市占率约四成。", [("四成", "AI服务器")]),
]


@pytest.mark.parametrize(("text", "expected"), LEVEL_CASES)
def test_a_level_or_a_measure_is_not_what_a_share_measures(text, expected):
    assert subjects_of(text) == expected


# A goal or threshold an amount is (兆元的目标, 10亿元大关) is not what it measures.
GOAL_CASES = [
    ("英伟达持续扩产，今年数据中心营收1000亿元的目标已经达成。", [("1000亿元", "NVIDIA")]),
    ("輝達持續擴產，今年資料中心營收1000億元的目標已經達成。", [("1000亿元", "NVIDIA")]),
]


@pytest.mark.parametrize(("text", "expected"), GOAL_CASES)
def test_a_goal_an_amount_sets_is_not_its_subject(text, expected):
    assert subjects_of(text) == expected


# A company announcing its own money is its subject (capital expenditure, 资本支出 name only the
# measure), and so is a change or multiple of that money stated right after it.
SPEAKERS_MONEY_CASES = [
    (
        "Meta预计2025年资本支出为700亿美元，约是去年的两倍。",
        [("700亿美元", "Meta"), ("两倍", "Meta")],
    ),
    (
        "Meta預計2025年資本支出為700億美元，約是去年的兩倍。",
        [("700亿美元", "Meta"), ("两倍", "Meta")],
    ),
    (
        "亚马逊预计今年资本支出为1000亿美元，同比增长20%。",
        [("1000亿美元", "Amazon"), ("20%", "Amazon")],
    ),
    ("Meta expects capital expenditure of $70 billion in 2025.", [("$70 billion", "Meta")]),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS_MONEY_CASES)
def test_a_change_of_a_speakers_own_money_is_the_speakers(text, expected):
    assert subjects_of(text) == expected


# Figures distributed with 分别 / respectively go to the companies listed when no products are,
# one each in order; a count before 分别 is the group they go to, not one of the figures.
RESPECTIVELY_COMPANIES_CASES = [
    (
        "摩尔线程和沐曦分别计划募资80亿元和39.04亿元。",
        [("80亿元", "Moore Threads"), ("39.04亿元", "MetaX")],
    ),
    (
        "摩爾線程和沐曦的申請已獲受理，兩家公司分別計劃募資80億元和39.04億元。",
        [("80亿元", "Moore Threads"), ("39.04亿元", "MetaX")],
    ),
    (
        "Moore Threads and MetaX plan to raise 8 billion yuan and 3.904 billion yuan respectively.",
        [("8 billion yuan", "Moore Threads"), ("3.904 billion yuan", "MetaX")],
    ),
    (
        "英伟达的H100和H20售价分别为25万元和10万元。",
        [("25万元", "NVIDIA H100"), ("10万元", "NVIDIA H20")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESPECTIVELY_COMPANIES_CASES)
def test_figures_given_respectively_go_to_the_companies_listed(text, expected):
    amounts = {surface for surface, _ in expected}
    assert [pair for pair in subjects_of(text) if pair[0] in amounts] == expected


# A duration right before a lease or contract is that lease's term (the product leased keeps the
# price), unless a listed product names the lease: the term is then the product's.
TERM_CASES = [
    (
        "H100的最新价格分为两档：按一年长租签约是12美元/小时，按三年长租签约是5美元/小时。",
        [
            ("一年", "长租"),
            ("12美元/小时", "NVIDIA H100"),
            ("三年", "长租"),
            ("5美元/小时", "NVIDIA H100"),
        ],
    ),
    (
        "H100的最新價格分為兩檔：按一年長租簽約是12美元/小時。",
        [("一年", "长租"), ("12美元/小时", "NVIDIA H100")],
    ),
    (
        "That is what a one-year reserved H100 contract cost as of March 2026.",
        [("one-year", "NVIDIA H100")],
    ),
    ("H100的一年长租合约已签下。", [("一年", "NVIDIA H100")]),
    ("H100的一年長租合約已簽下。", [("一年", "NVIDIA H100")]),
    ("The H100's one-year lease was signed.", [("one-year", "NVIDIA H100")]),
    ("CoreWeave signed a five-year contract with Microsoft.", [("five-year", "contract")]),
]


@pytest.mark.parametrize(("text", "expected"), TERM_CASES)
def test_a_duration_before_a_lease_is_its_term(text, expected):
    assert subjects_of(text) == expected
