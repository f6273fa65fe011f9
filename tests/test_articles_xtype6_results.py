"""A company's results in their own measures: earnings per share however the profit per share
is worded, gross profit, the cash operations bring in, free cash flow, EBITA, what a balance
sheet holds (inventory, contract liabilities), a profit moving between two profits, a growth
marked year on year or quarter on quarter whatever verb moves, and the level a move in points
reaches. Each text is written for the test."""

import pytest

from tests.helpers import typed_rows

PER_SHARE_CASES = [
    (
        "Diluted net income per common share came to $0.42.",
        [("$0.42", "earnings", "eps", 0.42, "USD")],
    ),
    ("Net loss per share widened to $0.08.", [("$0.08", "earnings", "eps", 0.08, "USD")]),
    ("该公司每股净利润为0.85元。", [("0.85元", "earnings", "eps", 0.85, "CNY")]),
    ("該公司每股淨利潤為0.85元。", [("0.85元", "earnings", "eps", 0.85, "CNY")]),
    ("集團每股溢利為1.2港元。", [("1.2港元", "earnings", "eps", 1.2, "HKD")]),
]


@pytest.mark.parametrize(("text", "expected"), PER_SHARE_CASES)
def test_a_profit_per_share_is_earnings_per_share(text, expected):
    assert typed_rows(text) == expected


OTHER_EARNINGS_CASES = [
    ("公司全年毛利为30亿元。", [("30亿元", "earnings", "gross_profit", 3e9, "CNY")]),
    ("公司全年毛利為30億元。", [("30亿元", "earnings", "gross_profit", 3e9, "CNY")]),
    (
        "Gross profit reached RMB 50 billion in the quarter.",
        [("RMB 50 billion", "earnings", "gross_profit", 5e10, "CNY")],
    ),
    (
        "全年经营活动产生的现金流量净额为2.5亿元。",
        [("2.5亿元", "earnings", "operating_cash_flow", 2.5e8, "CNY")],
    ),
    (
        "全年經營活動產生的現金流量淨額為2.5億元。",
        [("2.5亿元", "earnings", "operating_cash_flow", 2.5e8, "CNY")],
    ),
    (
        "Operations generated $900 million of cash in the period.",
        [("$900 million", "earnings", "operating_cash_flow", 9e8, "USD")],
    ),
    ("上季自由现金流为60亿元。", [("60亿元", "earnings", "free_cash_flow", 6e9, "CNY")]),
    ("上季自由現金流為60億元。", [("60亿元", "earnings", "free_cash_flow", 6e9, "CNY")]),
    (
        "Free cash flow came to $3 billion.",
        [("$3 billion", "earnings", "free_cash_flow", 3e9, "USD")],
    ),
    ("云业务的经调整EBITA为50亿元。", [("50亿元", "earnings", "adjusted_ebita", 5e9, "CNY")]),
    ("雲業務的經調整EBITA為50億元。", [("50亿元", "earnings", "adjusted_ebita", 5e9, "CNY")]),
    ("EBITDA was $2 billion.", [("$2 billion", "earnings", "ebitda", 2e9, "USD")]),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_EARNINGS_CASES)
def test_earnings_beside_the_net_profit_keep_their_measure(text, expected):
    assert typed_rows(text) == expected


# A margin is still a margin: 毛利率 is no gross profit.
@pytest.mark.parametrize("text", ["公司毛利率为30%。", "公司毛利率為30%。"])
def test_a_gross_margin_is_no_gross_profit(text):
    assert typed_rows(text) == [("30%", "share", "gross_margin", 30.0, "percent")]


BALANCE_SHEET_CASES = [
    (
        "年末公司存货为80亿元，合同负债为20亿元。",
        [
            ("80亿元", "spend", "inventory", 8e9, "CNY"),
            ("20亿元", "spend", "contract_liabilities", 2e9, "CNY"),
        ],
    ),
    (
        "年末公司存貨為80億元，合同負債為20億元。",
        [
            ("80亿元", "spend", "inventory", 8e9, "CNY"),
            ("20亿元", "spend", "contract_liabilities", 2e9, "CNY"),
        ],
    ),
    (
        "Inventories stood at $4 billion at the end of March.",
        [("$4 billion", "spend", "inventory", 4e9, "USD")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BALANCE_SHEET_CASES)
def test_what_a_balance_sheet_holds_is_its_own_measure(text, expected):
    assert typed_rows(text) == expected


PROFIT_MOVING_CASES = [
    (
        "净利润从5亿元降至3亿元。",
        [
            ("5亿元", "earnings", "net_profit", 5e8, "CNY"),
            ("3亿元", "earnings", "net_profit", 3e8, "CNY"),
        ],
    ),
    (
        "淨利潤由5億元降至3億元。",
        [
            ("5亿元", "earnings", "net_profit", 5e8, "CNY"),
            ("3亿元", "earnings", "net_profit", 3e8, "CNY"),
        ],
    ),
    (
        "Net income fell to $90 million from $250 million.",
        [
            ("$90 million", "earnings", "net_profit", 9e7, "USD"),
            ("$250 million", "earnings", "net_profit", 2.5e8, "USD"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROFIT_MOVING_CASES)
def test_a_profit_moving_between_two_levels_stays_a_profit(text, expected):
    assert typed_rows(text) == expected


# A loss word after the figures ("as the card lost its listings") names no loss of the figures.
def test_a_loss_word_after_a_price_move_leaves_the_prices():
    rows = typed_rows("Old cards went from $1.80 to $1.00 an hour as the model lost its buyers.")
    assert [row[1] for row in rows] == ["unit_price", "unit_price"]


# 由 of 自由 (free) starts no move: 自由现金流 is no price a move starts from.
@pytest.mark.parametrize("text", ["自由现金流录得净流出90亿元。", "自由現金流錄得淨流出90億元。"])
def test_free_in_free_cash_flow_starts_no_move(text):
    assert typed_rows(text) == [("90亿元", "earnings", "free_cash_flow", 9e9, "CNY")]


MARKED_MOVE_CASES = [
    ("公司净利润按年下跌72%。", [("72%", "pct_change", "yoy_growth", -72.0, "percent")]),
    ("公司淨利潤按年下跌72%。", [("72%", "pct_change", "yoy_growth", -72.0, "percent")]),
    ("公司净利润同比大涨40%。", [("40%", "pct_change", "yoy_growth", 40.0, "percent")]),
    ("公司營收按季上漲12%。", [("12%", "pct_change", "qoq_growth", 12.0, "percent")]),
    (
        "Capex was 30% lower than in the previous quarter.",
        [("30%", "pct_change", "qoq_growth", -30.0, "percent")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MARKED_MOVE_CASES)
def test_a_period_marker_decides_the_growth_whatever_verb_moves(text, expected):
    assert typed_rows(text) == expected


POINTS_THEN_LEVEL_CASES = [
    (
        "销售费用占收入的比例按年增加3个百分点至25%。",
        [
            ("3个百分点", "pct_change", "revenue_share_change", 3.0, "percentage_points"),
            ("25%", "share", "revenue_share", 25.0, "percent"),
        ],
    ),
    (
        "銷售費用佔收入的比例按年增加3個百分點至25%。",
        [
            ("3个百分点", "pct_change", "revenue_share_change", 3.0, "percentage_points"),
            ("25%", "share", "revenue_share", 25.0, "percent"),
        ],
    ),
    (
        "Gross margin rose 2 percentage points year on year to 31%.",
        [
            ("2 percentage points", "pct_change", "gross_margin_change", 2.0, "percentage_points"),
            ("31%", "share", "gross_margin", 31.0, "percent"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), POINTS_THEN_LEVEL_CASES)
def test_the_level_reached_after_a_move_in_points_is_the_level(text, expected):
    assert typed_rows(text) == expected


GUIDANCE_MOVE_CASES = [
    (
        "The company now expects revenue of $21 billion for the year, down from earlier "
        "guidance of $23 billion.",
        [
            ("$21 billion", "spend", "revenue", 2.1e10, "USD"),
            ("$23 billion", "spend", "revenue", 2.3e10, "USD"),
        ],
    ),
    (
        "Net sales came to $4 billion; the company cut its outlook to $20 billion from "
        "$22 billion.",
        [
            ("$4 billion", "spend", "revenue", 4e9, "USD"),
            ("$20 billion", "spend", "revenue", 2e10, "USD"),
            ("$22 billion", "spend", "revenue", 2.2e10, "USD"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GUIDANCE_MOVE_CASES)
def test_a_move_no_price_word_names_measures_the_company_money_before_it(text, expected):
    assert typed_rows(text) == expected


# A move of a price keeps the price, whatever company money the sentence names before it.
def test_a_price_move_after_revenue_stays_a_price():
    rows = typed_rows("Revenue hit $5 billion as the card's price fell from $30,000 to $25,000.")
    assert [row[1:3] for row in rows][1:] == [
        ("unit_price", "price_from"),
        ("unit_price", "price_to"),
    ]


SET_AGAINST_CASES = [
    "公司估值升至约300亿元，高于上一轮融资时的180亿元。",
    "公司估值升至約300億元，高於上一輪融資時的180億元。",
    "Its valuation rose to $30 billion, above the $18 billion of its last funding round.",
]


@pytest.mark.parametrize("text", SET_AGAINST_CASES)
def test_an_amount_set_against_the_one_before_measures_the_same(text):
    assert [row[1] for row in typed_rows(text)] == ["valuation", "valuation"]


# Set against a price, the amount is a price of its own product.
def test_a_price_set_against_a_price_stays_a_price():
    assert [row[1:3] for row in typed_rows("H100售价3万美元，高于A100的1万美元。")] == [
        ("unit_price", "price"),
        ("unit_price", "price"),
    ]


GROWTH_RATE_CASES = [
    ("第三季该地的GDP增长率达4.5%。", [("4.5%", "pct_change", "growth_rate", 4.5, "percent")]),
    ("第三季該地的GDP成長率達4.5%。", [("4.5%", "pct_change", "growth_rate", 4.5, "percent")]),
    ("公司营收同比增长率为12%。", [("12%", "pct_change", "yoy_growth", 12.0, "percent")]),
    ("第三季出口年增率为30%。", [("30%", "pct_change", "yoy_growth", 30.0, "percent")]),
]


# A growth rate stated as a level is the rate; a marker (同比, 年增率) says which one it is.
@pytest.mark.parametrize(("text", "expected"), GROWTH_RATE_CASES)
def test_a_growth_rate_stated_as_a_level_is_the_rate(text, expected):
    assert typed_rows(text) == expected
