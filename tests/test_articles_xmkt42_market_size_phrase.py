"""A market's size told as its investment (中国智算中心市场投资规模达879亿, blind13 295) is the
market's size, as an amount said of a listed market already was; so is an amount said of a market
no reference entity lists. The sentences are new. Near miss: a company's investment stays one."""

from datetime import date

from tests.helpers import fact_rows

PUBLISHED = date(2025, 6, 1)


def _row(text: str, surface: str) -> tuple:
    return next(r for r in fact_rows(text, PUBLISHED) if r[0] == surface)


def test_a_markets_investment_scale_simplified():
    row = _row("智算\n\n2024年中国智算中心市场投资规模达1200亿元。\n", "1200亿元")
    assert row[1:4] == ("market_size", "market_size", "中国智算中心市场投资规模")


def test_a_markets_investment_scale_traditional():
    row = _row("智算\n\n2024年中國智算中心市場投資規模達1200億元。\n", "1200亿元")
    assert row[1:3] == ("market_size", "market_size")


def test_a_companys_investment_stays_investment():
    # Must not fire: a company's investment names no market.
    row = _row("智算\n\n腾讯今年投资规模达1200亿元。\n", "1200亿元")
    assert row[1:4] == ("spend", "investment", "Tencent")
