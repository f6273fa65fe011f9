"""Which measure a figure is, for wordings the cues did not read: a seller's book of orders apart
from a buyer's purchase, a country's exports apart from an outlay, a part of the world's trade as
a market share, a growth set against the year before however the base is worded, and Hong Kong's
少賺 / 多賺. Each text is written for the test."""

import pytest

from tests.helpers import fact_rows, typed_rows

ORDER_BOOK_CASES = [
    ("该公司目前在手订单超过80亿元。", [("80亿元", "spend", "orders", 8e9, "CNY")]),
    ("該公司目前在手訂單超過80億元。", [("80亿元", "spend", "orders", 8e9, "CNY")]),
    ("这款加速卡的预订单规模已达120亿美元。", [("120亿美元", "spend", "orders", 1.2e10, "USD")]),
    (
        "The server maker's order backlog climbed to $9 billion.",
        [("$9 billion", "spend", "orders", 9e9, "USD")],
    ),
    (
        "It had $3 billion of orders on hand at the end of the quarter.",
        [("$3 billion", "spend", "orders", 3e9, "USD")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ORDER_BOOK_CASES)
def test_a_book_of_orders_is_orders(text, expected):
    assert typed_rows(text) == expected


BUYING_CASES = [
    ("某云厂商斥资30亿元采购服务器。", [("30亿元", "spend", "procurement", 3e9, "CNY")]),
    ("某雲廠商斥資30億元採購伺服器。", [("30亿元", "spend", "procurement", 3e9, "CNY")]),
    (
        "A cloud firm placed orders worth $2 billion for accelerators.",
        [("$2 billion", "spend", "procurement", 2e9, "USD")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BUYING_CASES)
def test_a_purchase_stays_procurement(text, expected):
    assert typed_rows(text) == expected


EXPORT_CASES = [
    ("上半年该省电子产品出口额达520亿美元。", [("520亿美元", "spend", "exports", 5.2e10, "USD")]),
    ("上半年該省電子產品出口額達520億美元。", [("520亿美元", "spend", "exports", 5.2e10, "USD")]),
    (
        "The island's server exports reached $31 billion last year.",
        [("$31 billion", "spend", "exports", 3.1e10, "USD")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXPORT_CASES)
def test_what_is_sold_abroad_is_exports(text, expected):
    assert typed_rows(text) == expected


def test_a_control_on_exports_is_no_export():
    assert typed_rows("The export curbs cost the chipmaker $4 billion.") == [
        ("$4 billion", "cost", "cost", 4e9, "USD")
    ]


WORLD_TRADE_CASES = [
    (
        "越南的手机出口值占全球比重12%。",
        [("12%", "share", "market_share", 12.0, "percent")],
    ),
    (
        "越南的手機出口值占全球比重12%。",
        [("12%", "share", "market_share", 12.0, "percent")],
    ),
    (
        "该国交换机出货量占全球的比例约为9%。",
        [("9%", "share", "market_share", 9.0, "percent")],
    ),
    (
        "Vietnam accounted for 12% of global phone exports.",
        [("12%", "share", "market_share", 12.0, "percent")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WORLD_TRADE_CASES)
def test_a_part_of_the_worlds_trade_is_a_market_share(text, expected):
    assert typed_rows(text) == expected


def test_a_part_of_the_worlds_compute_stays_a_plain_share():
    assert typed_rows("该省智能算力占全球的6%。") == [("6%", "share", "share", 6.0, "percent")]


YEAR_BEFORE_CASES = [
    ("该公司营业收入较上年增长31%。", 31.0),
    ("該公司營業收入較上年增長31%。", 31.0),
    ("营收比去年多出15%。", 15.0),
    ("与上年相比，该公司出货量增加了30%。", 30.0),
    ("與去年相比，出貨量減少了8%。", -8.0),
    ("Sales were up 20% from last year.", 20.0),
    ("Outlays hit a record, a 40% rise on the previous year.", 40.0),
    ("Compared with a year earlier, shipments fell 6%.", -6.0),
]


@pytest.mark.parametrize(("text", "value"), YEAR_BEFORE_CASES)
def test_growth_against_the_year_before_is_year_on_year(text, value):
    [(_surface, fact_type, metric, found, unit)] = typed_rows(text)
    assert (fact_type, metric, found, unit) == ("pct_change", "yoy_growth", value, "percent")


def test_growth_against_a_point_of_last_year_is_no_year_on_year():
    [row] = typed_rows("存货较去年底增长20%。")
    assert row[1:3] == ("pct_change", "growth")


EARNED_CASES = [
    ("集團上季經調整少賺45%。", -45.0),
    ("集团上季经调整少赚45%。", -45.0),
    ("集團上季多賺12%。", 12.0),
]


@pytest.mark.parametrize(("text", "value"), EARNED_CASES)
def test_earning_less_or_more_is_a_profits_growth(text, value):
    [(_surface, fact_type, metric, found, unit)] = typed_rows(text)
    assert (fact_type, metric, found) == ("pct_change", "yoy_growth", value)


UNDATED_HEADLINE_CASES = [
    "Chipmaker's sales leap 310%\n\nThe chipmaker said its sales for the first half of 2025 "
    "rose 310% from a year earlier to $2 billion.",
    "芯片商营收大增310%\n\n该芯片商2025年上半年营收为20亿美元，同比增长310%。",
    "晶片商營收大增310%\n\n該晶片商2025年上半年營收為20億美元，同比增長310%。",
]


@pytest.mark.parametrize("text", UNDATED_HEADLINE_CASES)
def test_an_undated_headline_growth_is_the_bodys_dated_one(text):
    growths = [row for row in fact_rows(text) if row[1] == "pct_change"]
    assert [(row[2], row[4]) for row in growths] == [("yoy_growth", 310.0)] * 2
    # (the headline repeats the body's figure, so it is of the body's period: settled at the
    # ninth session's end, read so from the tenth)
    assert [row[6] for row in growths] == ["2025H1", "2025H1"]


LARGE_MARKET_CASES = [
    "分析师表示，东南亚算力租赁市场庞大，未来三年销售额可达120亿美元。",
    "分析師表示，東南亞算力租賃市場龐大，未來三年銷售額可達120億美元。",
    "Analysts say the market for inference chips is huge and sales could reach $12 billion.",
]


@pytest.mark.parametrize("text", LARGE_MARKET_CASES)
def test_takings_of_a_market_called_large_are_its_size(text):
    [row] = typed_rows(text)
    assert row[1:] == ("market_size", "market_size", 1.2e10, "USD")


COMPANY_IN_A_MARKET_CASES = [
    "英伟达在东南亚市场庞大的需求下，上季销售额达12亿美元。",
    "Nvidia said the market is huge and Nvidia's sales could reach $12 billion.",
]


@pytest.mark.parametrize("text", COMPANY_IN_A_MARKET_CASES)
def test_a_companys_takings_in_a_large_market_stay_revenue(text):
    [row] = typed_rows(text)
    assert row[1:3] == ("spend", "revenue")


SUMMED_OUTLAY_CASES = [
    (
        "Two cloud firms lift budgets\n\nOracle said its capital expenditures would reach $40 "
        "billion. CoreWeave expects spending of about $25 billion.\n\nTogether the two would lay "
        "out roughly $65 billion, up from the $30 billion they spent a year earlier.",
        ["$40 billion", "$25 billion", "$65 billion", "$30 billion"],
    ),
    (
        "两家云厂商上调预算\n\n甲公司表示今年资本开支约为400亿元。乙公司预计支出约250亿元。\n\n"
        "两家的支出加起来约650亿元，高于去年的300亿元。",
        ["400亿元", "250亿元", "650亿元", "300亿元"],
    ),
    (
        "兩家雲廠商上調預算\n\n甲公司表示今年資本開支約為400億元。乙公司預計支出約250億元。\n\n"
        "兩家的支出加起來約650億元，高於去年的300億元。",
        ["400亿元", "250亿元", "650亿元", "300亿元"],
    ),
]


@pytest.mark.parametrize(("text", "surfaces"), SUMMED_OUTLAY_CASES)
def test_a_paragraph_adding_up_outlays_names_the_outlay_before(text, surfaces):
    money = [row for row in typed_rows(text) if row[1] == "spend"]
    assert [(row[0], row[2]) for row in money] == [(s, "capex") for s in surfaces]


def test_a_paragraph_of_other_outlays_is_not_summed_into_capex():
    text = (
        "Cloud budgets\n\nOracle said its capital expenditures would reach $40 billion.\n\n"
        "Separately, the state will spend $2 billion on training programmes."
    )
    money = [row for row in typed_rows(text) if row[1] == "spend"]
    assert [row[2] for row in money] == ["capex", "spending"]


RESULTS_GROWTH_CASES = [
    ("该公司净利润大增55%。", 55.0),
    ("該公司淨利潤大增55%。", 55.0),
    ("廣告方面，海外收入達90億元，大升28%。", 28.0),
    ("Net profit jumped 30%.", 30.0),
    ("Cloud revenue was $9 billion, up 28%.", 28.0),
]


@pytest.mark.parametrize(("text", "value"), RESULTS_GROWTH_CASES)
def test_a_results_growth_with_no_base_is_year_on_year(text, value):
    growth = [row for row in typed_rows(text) if row[1] == "pct_change"]
    assert [(row[2], row[3]) for row in growth] == [("yoy_growth", value)]


NOT_A_YEARS_GROWTH_CASES = [
    "公司预计未来三年营收增长20%。",
    "The company expects revenue to grow 20% over the next three years.",
    "Server shipments rose 20%.",
]


@pytest.mark.parametrize("text", NOT_A_YEARS_GROWTH_CASES)
def test_growth_over_years_or_of_no_result_stays_growth(text):
    [row] = typed_rows(text)
    assert row[1:3] == ("pct_change", "growth")


AGAINST_A_PRICE_CASES = [
    ("Egress fees push real bills 20% above the listed hourly rates.", 20.0),
    ("A one-year commitment takes 35% off the on-demand rate.", -35.0),
    ("Smaller providers come in 45% cheaper.", -45.0),
    ("该平台的H100租金比公有云租金低约30%。", -30.0),
    ("該平台的H100租金比公有雲租金低約30%。", -30.0),
]


@pytest.mark.parametrize(("text", "value"), AGAINST_A_PRICE_CASES)
def test_a_percent_set_against_a_price_is_a_price_change(text, value):
    [row] = [r for r in typed_rows(text) if r[4] == "percent"]
    assert row[1:4] == ("pct_change", "price_change_pct", value)


SPREAD_CASES = [
    ("Quotes for one B200 show a 3× spread between providers.", "price_ratio"),
    ("同一张B200在不同平台的价差达3倍。", "price_ratio"),
    ("同一張B200在不同平台的價差達3倍。", "price_ratio"),
    ("The new chip is 3× faster.", "performance_ratio"),
]


@pytest.mark.parametrize(("text", "metric"), SPREAD_CASES)
def test_a_multiple_spread_between_quotes_is_a_price_ratio(text, metric):
    [row] = typed_rows(text)
    assert row[1:5] == ("ratio", metric, 3.0, "ratio")


QUOTE_TOUCHED_CASES = [
    ("该股盘中一度见88元。", ("88元", 88.0, "CNY")),
    ("該股盤中一度見88元。", ("88元", 88.0, "CNY")),
    ("其美股在盘前一度见164美元。", ("164美元", 164.0, "USD")),
    ("Its shares touched $164 in early trading.", ("$164", 164.0, "USD")),
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_TOUCHED_CASES)
def test_a_quote_touched_in_trading_is_a_share_price(text, expected):
    surface, value, unit = expected
    assert typed_rows(text) == [(surface, "unit_price", "share_price", value, unit)]


GROUP_PART_CASES = [
    ("受访的30家厂商中，有七成企业净利润同比走高。", "七成", 70.0),
    ("受訪的30家廠商中，有七成企業淨利潤同比走高。", "七成", 70.0),
    ("About 40% of the companies surveyed raised prices year on year.", "40%", 40.0),
]


@pytest.mark.parametrize(("text", "surface", "value"), GROUP_PART_CASES)
def test_a_percent_of_a_group_of_firms_is_a_share(text, surface, value):
    rows = [row for row in typed_rows(text) if row[0] == surface]
    assert rows == [(surface, "share", "share", value, "percent")]


def test_a_growth_the_firms_made_stays_a_growth():
    rows = [row for row in typed_rows("营收同比增长40%的企业有8家。") if row[0] == "40%"]
    assert rows == [("40%", "pct_change", "yoy_growth", 40.0, "percent")]


HEADLINE_MEASURE_CASES = [
    "The chipmaker's $9 billion sacrifice\n\nThe curbs have cost the chipmaker $9 billion in "
    "potential sales.",
    "芯片商的90亿美元代价\n\n管制已让该芯片商损失90亿美元的潜在营收。",
    "晶片商的90億美元代價\n\n管制已讓該晶片商損失90億美元的潛在營收。",
]


@pytest.mark.parametrize("text", HEADLINE_MEASURE_CASES)
def test_a_headline_amount_measures_what_the_body_says_it_does(text):
    money = [row for row in typed_rows(text) if row[3] == 9e9]
    assert [row[1:3] for row in money] == [("spend", "revenue")] * 2


POINTED_BACK_CASES = [
    "目前该市的 IT 负载容量为 120 MW。受AI带动，这个数字料会升至 300 MW。",
    "目前該市的 IT 負載容量為 120 MW。受AI帶動，這個數字料會升至 300 MW。",
]


@pytest.mark.parametrize("text", POINTED_BACK_CASES)
def test_the_figure_named_as_a_figure_keeps_the_measure_before(text):
    assert [row[2] for row in typed_rows(text)] == ["it_load", "it_load"]
