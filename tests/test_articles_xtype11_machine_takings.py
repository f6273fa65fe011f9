"""What a kind of machine reaches, or a market said to grow to, with no firm or chip named before
the figure, sizes that market or the machines' part of it ("GPU服务器达到43亿美元", "Non-x86
machines grew far faster, jumping 146.4% to $55.5 billion", "Global server market soars 91%,
reaching $77.3 billion"). A firm's or a chip's servers, one firm's server business and the firms
that make servers (服务器代工厂) stay their own takings. Each text is written for the test."""

from datetime import date

import pytest

from tests.helpers import measures

PUBLISHED = date(2026, 3, 1)


def _money(text: str) -> list[tuple[str, str, str]]:
    return measures(text, PUBLISHED, "market_size", "spend", "unit_price")


SIZED_CASES = [
    ("GPU服务器保持主导地位，达到43亿美元。", [("43亿美元", "market_size", "market_size")]),
    ("GPU伺服器保持主導地位，達到43億美元。", [("43亿美元", "market_size", "market_size")]),
    (
        "非x86服务器增长更快，同比增长146.4%至555亿美元。",
        [("555亿美元", "market_size", "market_size")],
    ),
    (
        "非x86伺服器成長更快，年增146.4%至555億美元。",
        [("555亿美元", "market_size", "market_size")],
    ),
    (
        "ARM servers grew faster, rising 70% to $12 billion in the quarter.",
        [("$12 billion", "market_size", "market_size")],
    ),
    (
        "Non-x86 machines climbed far faster, with revenue up 262.1% to $22.5 billion.",
        [("$22.5 billion", "market_size", "market_size")],
    ),
    ("全球服务器市场大涨91%，达到773亿美元。", [("773亿美元", "market_size", "market_size")]),
    (
        "The global storage market jumped 40% this year, reaching $90 billion.",
        [("$90 billion", "market_size", "market_size")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIZED_CASES)
def test_what_a_kind_of_machine_or_a_growing_market_reaches_sizes_it(text, expected):
    assert _money(text) == expected


OWN_CASES = [
    "其中服务器业务收入达到300亿元。",
    "其中服務器業務收入達到300億元。",
    "浪潮的服务器收入达到300亿元。",
    "英伟达的服务器达到100亿美元。",
    "The company's servers brought in $5 billion.",
    "一台H100服务器达到300万元。",
    "台湾服务器代工厂第三季营收达到2.1万亿元。",
    "台灣伺服器代工廠第三季營收達到新台幣2.1兆元。",
]


@pytest.mark.parametrize("text", OWN_CASES)
def test_a_firms_or_a_chips_servers_size_no_market(text):
    kinds = _money(text)
    assert kinds
    assert all(fact_type != "market_size" for _, fact_type, _ in kinds)
