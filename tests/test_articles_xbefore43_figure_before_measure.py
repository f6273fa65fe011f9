"""A figure stated before its measure ("118.5元/股的发行价", "6000万股新股", "$310 million
returned to shareholders"), in a sentence naming nothing before the
figure, is the story company's as a measure named alone before its figure is. Seen in blind 53,
blind5 125 and blind13 300. The sentences are new."""

from datetime import date

from tests.helpers import surface_subjects

PUBLISHED = date(2025, 12, 1)


def test_an_issue_price_after_its_figure_is_the_story_companys():
    text = (
        "沐曦股份登陆科创板\n\n"
        "沐曦股份今日在科创板挂牌交易，开盘价为700元。\n\n"
        "- 网上发行的中签率为0.03%；104.66元/股的发行价，创下年内新高。\n"
    )
    assert ("104.66元/股", "MetaX") in surface_subjects(text, PUBLISHED)


def test_new_shares_after_their_count_are_the_story_companys_traditional():
    text = (
        "摩爾線程啟動申購\n\n"
        "摩爾線程公布招股文件，發行價格定為114.28元。這次上市計劃向公眾發售6000萬股新股。\n"
    )
    assert ("6000万股", "Moore Threads") in surface_subjects(text, PUBLISHED)


def test_money_returned_to_shareholders_is_the_story_companys():
    text = (
        "Dell beats on AI servers\n\n"
        "Dell said revenue rose 10 percent in the quarter.\n\n"
        "- $310 million returned to shareholders through buybacks\n"
    )
    assert ("$310 million", "Dell") in surface_subjects(text, PUBLISHED)


def test_a_figure_before_a_word_no_company_owns_keeps_no_company():
    # Must not fire: 的市场规模 after the figure is a market's measure, not the company's.
    text = (
        "沐曦股份登陆科创板\n\n"
        "沐曦股份今日在科创板挂牌交易，开盘价为700元。预计到2030年，3000亿元的市场规模将出现。\n"
    )
    found = surface_subjects(text, PUBLISHED)
    assert ("3000亿元", "MetaX") not in found


def test_a_market_story_keeps_no_company():
    # Must not fire: the title names no company, so the issue price is no company's by default.
    text = (
        "科创板新股表现强劲\n\n"
        "沐曦股份今日在科创板挂牌交易，开盘价为700元。\n\n"
        "- 网上发行的中签率为0.03%；104.66元/股的发行价，创下年内新高。\n"
    )
    found = surface_subjects(text, PUBLISHED)
    assert ("104.66元/股", "MetaX") not in found
