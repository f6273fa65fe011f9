"""Vendors listed each with its own figure: an aside in brackets right after a name holds that
name's figure ("戴尔（增长20.6%）和浪潮信息（增长55%）", "Dell (up 20.6%)"), and the figures 分别 /
respectively distributes are those after the names, not the asides between them; a list of
companies followed by the short name the text gives it (百度、阿里巴巴与腾讯（BAT）) keeps that
short name. Blind2 73 and 75 showed the classes; the sentences are new. Each row is (surface,
subject, value, unit)."""

import pytest

from tests.helpers import subject_rows

ASIDE_CASES = [
    "戴尔（增长20.6%）和浪潮信息（增长55%）分别以7.2%和6.5%的市占率并列第一。",
    "戴爾（增長20.6%）和浪潮信息（增長55%）分別以7.2%和6.5%的市占率並列第一。",
]


@pytest.mark.parametrize("text", ASIDE_CASES)
def test_an_aside_after_a_name_is_that_names_and_the_rest_is_distributed(text):
    assert subject_rows(text) == [
        ("20.6%", "Dell", 20.6, "percent"),
        ("55%", "Inspur", 55.0, "percent"),
        ("7.2%", "Dell", 7.2, "percent"),
        ("6.5%", "Inspur", 6.5, "percent"),
    ]


def test_an_english_aside_after_a_name_is_that_names():
    text = "Dell (up 20.6%) and Supermicro (up 55%) held 7.2% and 6.5% shares respectively."
    assert subject_rows(text) == [
        ("20.6%", "Dell", 20.6, "percent"),
        ("55%", "Supermicro", 55.0, "percent"),
        ("7.2%", "Dell", 7.2, "percent"),
        ("6.5%", "Supermicro", 6.5, "percent"),
    ]


GROUP_SHORT_NAME_CASES = [
    ("百度、阿里巴巴和腾讯(BAT)的资本支出合计616亿元。", "百度、阿里巴巴和腾讯(BAT)", "616亿元"),
    ("百度、阿里巴巴與騰訊（BAT）的資本支出合計616億元。", "百度、阿里巴巴与腾讯(BAT)", "616亿元"),
]


@pytest.mark.parametrize(("text", "subject", "surface"), GROUP_SHORT_NAME_CASES)
def test_a_listed_group_keeps_its_short_name(text, subject, surface):
    assert subject_rows(text) == [(surface, subject, 61_600_000_000.0, "CNY")]


def test_a_list_without_a_short_name_ends_at_its_last_member():
    assert subject_rows("Microsoft, Alphabet and Meta will spend $300 billion.") == [
        ("$300 billion", "Microsoft, Alphabet and Meta", 300_000_000_000.0, "USD")
    ]
