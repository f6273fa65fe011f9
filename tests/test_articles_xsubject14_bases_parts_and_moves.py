"""Four ways a figure was given a subject its text does not make it about.

An English noun of change in apposition ("…, a jump of 91% from a year earlier") names only the
move: the growth is the figure's before it, not a subject called "jump" (blind6; "a rise of" was
already read so in dev, blind2 and blind4). In a company-by-company list each company has its
own part of the sentence (…;亚马逊第三季资本支出…,全年上看…): a name of the figure's own part
outranks one of an earlier part whatever the kinds of the two (blind6; the construction is read
alike in dev, blind, blind2 and blind4). A clause after the figure opening with a verb of passing
(高于阿里同期的…, "ahead of Alibaba's") names a yardstick, not the figure's subject (blind4; the
construction also in dev, blind2 and blind6). And a model of a machine (AI服务器机型, 热门型号) is a
kind of hardware, so a market named as its modifier is not what is priced (blind6; 机种 and 型号
also in dev, blind4 and blind5). The sentences are new. Each row is (surface, subject)."""

import pytest

from tests.helpers import surface_subjects

CHANGE_NOUN_CASES = [
    (
        "Server makers took in a record $61 billion in the quarter, a jump of 58% from a year "
        "earlier.",
        ("58%", "Server makers"),
    ),
    (
        "Cloud vendors booked $12.4 billion of GPU rentals in the second quarter of 2025, a surge "
        "of 64% from a year earlier.",
        ("64%", "GPU rentals"),
    ),
    (
        "Meta spent $19.4 billion on data centres in the quarter, a leap of 111% year on year.",
        ("111%", "Meta"),
    ),
]


@pytest.mark.parametrize(("text", "row"), CHANGE_NOUN_CASES)
def test_a_noun_of_change_is_the_growth_of_the_figure_before(text, row):
    assert row in surface_subjects(text)


def test_a_noun_of_change_is_never_the_subject():
    found = surface_subjects(
        "The company booked revenue of 2.1 billion yuan, a leap of 210 percent."
    )
    assert not {subject for _, subject in found} & {"leap", "jump", "surge"}


PART_CASES = [
    (
        "Meta第三季資本支出193億美元；亞馬遜第三季資本支出342億美元，年增61%，全年上看1,250億美元。",
        [("1,250亿美元", "Amazon"), ("193亿美元", "Meta")],
    ),
    (
        "Alphabet第三季资本支出240亿美元；亚马逊第三季资本支出342亿美元，年增61%，全年上看1,250亿美元，"
        "预计2027年算力翻倍。",
        [("1,250亿美元", "Amazon"), ("翻倍", "Amazon"), ("240亿美元", "Google")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PART_CASES)
def test_a_name_of_the_figures_own_part_outranks_an_earlier_part(text, expected):
    found = surface_subjects(text)
    for row in expected:
        assert row in found


def test_an_earlier_part_still_names_a_part_that_names_nobody():
    found = surface_subjects("Alphabet第三季资本支出240亿美元；全年预计910亿美元。")
    assert ("910亿美元", "Google") in found


BASE_CASES = [
    (
        "百度的投入明显加快。去年第四季资本支出增至120亿元,高于腾讯同期的90亿元。",
        [("120亿元", "Baidu"), ("90亿元", "Tencent")],
    ),
    (
        "百度的投入明顯加快。去年第四季資本支出增至120億元，遠高於騰訊同期的90億元。",
        [("120亿元", "Baidu"), ("90亿元", "Tencent")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BASE_CASES)
def test_a_base_named_after_the_figure_is_not_its_subject(text, expected):
    found = surface_subjects(text)
    for row in expected:
        assert row in found


def test_a_name_after_the_figure_that_is_no_base_is_still_read():
    # (The clause after names what the figure is about: no verb of passing opens it.)
    found = surface_subjects("去年第四季资本支出增至120亿元,主要来自腾讯。")
    assert ("120亿元", "Tencent") in found


MODEL_CASES = [
    (
        "搭载英伟达H20的热门AI服务器机型，价格较年初涨了超过30%。",
        ("30%", "搭载英伟达H20的热门AI服务器机型"),
    ),
    ("热门AI服务器型号的售价将近200万一台。", ("200万", "热门AI服务器型号的售价")),
]


@pytest.mark.parametrize(("text", "row"), MODEL_CASES)
def test_a_machine_model_is_not_its_market(text, row):
    assert row in surface_subjects(text)


def test_a_market_named_bare_keeps_its_figure():
    assert ("30%", "AI server market") in surface_subjects("AI服务器出货量同比增长30%。")
