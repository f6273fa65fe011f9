"""A market named in words beside a company is what a market figure measures, not the company:
English puts the amount right before the market's name ("the $50 billion China market", blind8
200, the twin of 500亿美元的中国市场 which already worked), and a company forecasting a market may
name it around the product ("the total addressable market for HBM", HBM總潛在市場規模, blind14
321). The sentences are new. Near misses: a company's own line sized the same way, a company's own
revenue forecast, a market value lost."""

from datetime import date

from tests.helpers import fact_rows

PUBLISHED = date(2025, 6, 1)


def _rows(text: str) -> dict[str, tuple]:
    return {row[0]: row for row in fact_rows(text, PUBLISHED)}


def test_amount_before_a_markets_name_english():
    text = (
        "Nvidia beats expectations, but Huang says the $40 billion China market is shut\n\n"
        '"Today, the $40 billion China market is closed to us," Huang said.\n'
    )
    rows = [r for r in fact_rows(text, PUBLISHED) if r[0] == "$40 billion"]
    assert len(rows) == 2
    assert all(r[1] == "market_size" and r[3] == "China market" for r in rows)


def test_amount_before_an_industry_is_its_size():
    row = _rows("AI spending\n\nHuang sees a $3 trillion AI infrastructure industry by 2030.\n")[
        "$3 trillion"
    ]
    assert row[1:4] == ("market_size", "market_size", "AI infrastructure industry")


def test_amount_before_a_markets_name_simplified_still_works():
    row = _rows("英伟达\n\n黄仁勋表示，这个价值400亿美元的中国市场已经关上大门。\n")["400亿美元"]
    assert row[1] == "market_size" and row[3] == "中国市场"


def test_market_for_the_product_forecast_by_a_company_english():
    rows = _rows(
        "Memory\n\nSK hynix expects the total addressable market for HBM to reach $90 billion "
        "by 2028, growing at a 35% compound annual rate.\n"
    )
    assert rows["$90 billion"][3] == "HBM market"
    assert rows["35%"][2:4] == ("cagr", "HBM market")


def test_market_around_the_product_forecast_by_a_company_traditional():
    row = _rows("記憶體\n\n美光預估2028年HBM總潛在市場規模將達900億美元。\n")["900亿美元"]
    assert row[1] == "market_size" and row[3] == "HBM market"


def test_a_companys_own_line_keeps_the_company():
    # Must not fire: a business, not a market, is sized; the revenue forecast is Micron's own.
    rows = _rows(
        "Dell\n\nDell said its $30 billion AI server business grew fast. "
        "Micron expects HBM revenue to reach $10 billion in 2026.\n"
    )
    assert rows["$30 billion"][3] == "Dell"
    assert rows["$10 billion"][2:4] == ("revenue", "Micron")


def test_revenue_from_a_market_stays_the_companys():
    # Must not fire: the company forecasts its own revenue, only earned in a market.
    row = _rows("Oracle\n\nOracle expects revenue from the cloud market to reach $20 billion.\n")[
        "$20 billion"
    ]
    assert row[2:4] == ("revenue", "Oracle")
