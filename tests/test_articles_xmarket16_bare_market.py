"""A market study names its market once and then goes on about "the market" year by year.

A figure whose subject is only the market's measure or a pointer at a market (市场规模,
市場規模, 这一市场, "the market") is about the market its paragraph last named (blind5:
中国服务器市场规模 … 2021年，市场规模进一步升至…; the same construction in blind2, 市场规模 after
全球服务器市场收入, and in blind4, 这一市场 after 全球GPU云服务器市场规模). With no market named
earlier in the paragraph (dev: 未来两至三年市场规模有望突破…) the measure stays the subject. The
sentences are new. Each row is (surface, subject)."""

import pytest

from tests.helpers import surface_subjects

CARRIED_CASES = [
    (
        "2022年全球交换机市场规模为380亿美元。2023年，市场规模进一步增至410亿美元，增速为7.9%。",
        [("410亿美元", "全球交换机市场"), ("7.9%", "全球交换机市场")],
    ),
    (
        "2024年台灣伺服器市場營收為500億元。2025年，市場規模升至620億元。",
        [("620亿元", "台湾伺服器市场")],
    ),
    (
        "2024年中国AI服务器市场规模达到190亿美元。到2026年，这一市场将突破250亿美元。",
        [("250亿美元", "中国AI服务器市场")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CARRIED_CASES)
def test_the_bare_market_is_the_market_its_paragraph_named(text, expected):
    found = surface_subjects(text)
    for row in expected:
        assert row in found


def test_with_no_market_named_before_the_measure_stays():
    found = surface_subjects(
        "他认为AI投资热潮会推动产业持续成长，未来两至三年市场规模有望突破1兆美元。"
    )
    assert ("1兆美元", "市场规模") in found


def test_a_market_named_in_an_earlier_paragraph_is_not_carried():
    found = surface_subjects(
        "2024年中国服务器市场规模为2500亿元。\n\n2025年，市场规模有望升至2800亿元。"
    )
    assert ("2800亿元", "市场规模") in found


def test_a_market_named_with_words_of_its_own_keeps_them():
    found = surface_subjects("2024年中国服务器市场规模为2500亿元，其中存储市场规模为300亿元。")
    assert ("300亿元", "存储市场规模") in found
    assert ("2500亿元", "中国服务器市场规模") in found
