"""A bare share in a sentence about a market is a market share; Taiwan's 市占 (without 率) names
one. Each text is written for the test."""

from datetime import date

import pytest

from tests.helpers import measures

PUBLISHED = date(2026, 3, 1)


def _shares(text: str) -> list[tuple[str, str]]:
    return [(surface, metric) for surface, _type, metric in measures(text, PUBLISHED, "share")]


MARKET_CASES = [
    (
        "今年存储芯片市场格局稳定：企业级产品约占61%，消费级产品占39%。",
        [("61%", "market_share"), ("39%", "market_share")],
    ),
    (
        "今年存儲晶片市場格局穩定：企業級產品約佔61%，消費級產品佔39%。",
        [("61%", "market_share"), ("39%", "market_share")],
    ),
    (
        "In the storage chip market, enterprise products accounted for 61%.",
        [("61%", "market_share")],
    ),
    ("該公司第三季市占升至21.4%。", [("21.4%", "market_share")]),
]


@pytest.mark.parametrize(("text", "expected"), MARKET_CASES)
def test_a_part_of_a_named_market_is_a_market_share(text, expected):
    assert _shares(text) == expected


PLAIN_CASES = [
    "今年企业级产品约占61%，消费级产品占39%。",
    "Enterprise products accounted for 61% of the units built.",
]


@pytest.mark.parametrize("text", PLAIN_CASES)
def test_a_part_of_no_market_stays_a_share(text):
    assert [metric for _, metric in _shares(text)] == ["share"] * len(_shares(text))
    assert _shares(text)
