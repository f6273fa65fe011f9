"""What a figure measures beside the plain kinds: a rack's power and a data centre's IT load apart
from a chip's draw, the highest and lowest price, and investors who are no investment. Each text
is written for the test."""

import pytest

from tests.helpers import typed_rows

POWER_CASES = [
    ("目前该市的IT负载容量为150 MW。", [("150 MW", "spec", "it_load", 1.5e8, "W")]),
    ("目前該市的IT負載容量為150 MW。", [("150 MW", "spec", "it_load", 1.5e8, "W")]),
    (
        "The campus will offer 200 MW of critical IT load.",
        [("200 MW", "spec", "it_load", 2e8, "W")],
    ),
    ("传统数据中心每个机柜约为8 kW。", [("8 kW", "spec", "rack_power", 8000.0, "W")]),
    ("傳統數據中心每個機櫃約為8 kW。", [("8 kW", "spec", "rack_power", 8000.0, "W")]),
    ("AI halls now draw 60 kW per rack.", [("60 kW", "spec", "rack_power", 60000.0, "W")]),
    ("The new accelerator draws 1,000 W.", [("1,000 W", "spec", "power", 1000.0, "W")]),
]


@pytest.mark.parametrize(("text", "expected"), POWER_CASES)
def test_power_of_a_rack_or_an_it_load_is_named_apart(text, expected):
    assert typed_rows(text) == expected


HIGH_LOW_CASES = [
    (
        "该股年内最高价88.5元，最低价40.2元。",
        [
            ("88.5元", "unit_price", "price", 88.5, "CNY"),
            ("40.2元", "unit_price", "price", 40.2, "CNY"),
        ],
    ),
    (
        "該股年內最高價88.5元，最低價40.2元。",
        [
            ("88.5元", "unit_price", "price", 88.5, "CNY"),
            ("40.2元", "unit_price", "price", 40.2, "CNY"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HIGH_LOW_CASES)
def test_the_highest_and_lowest_price_are_prices(text, expected):
    assert typed_rows(text) == expected


INVESTORS_CASES = [
    (
        "Alphabet told investors its spending would reach $180 billion.",
        [("$180 billion", "spend", "spending", 1.8e11, "USD")],
    ),
    ("公司对投资者表示，全年支出约为800亿元。", [("800亿元", "spend", "spending", 8e10, "CNY")]),
    ("公司對投資者表示，全年支出約為800億元。", [("800亿元", "spend", "spending", 8e10, "CNY")]),
    ("The company will invest $10 billion.", [("$10 billion", "spend", "investment", 1e10, "USD")]),
]


@pytest.mark.parametrize(("text", "expected"), INVESTORS_CASES)
def test_investors_are_no_investment(text, expected):
    assert typed_rows(text) == expected


# A paragraph that names one outlay gives it to its plain ones; investors named beside it do not
# make it name two.
def test_investors_leave_a_paragraphs_one_outlay():
    text = (
        "Capex plans\n\n"
        "Alphabet told investors its capital expenditures would reach $180 billion. "
        "Meta projected spending of $120 billion."
    )
    assert [row[1:3] for row in typed_rows(text)] == [("spend", "capex"), ("spend", "capex")]


LISTED_SHARES_CASES = [
    (
        "甲（增长20%）和乙（增长40%）分别以9.5%和8.1%的市占率居前。",
        [("9.5%", "share", "market_share"), ("8.1%", "share", "market_share")],
    ),
    (
        "甲（增長20%）和乙（增長40%）分別以9.5%和8.1%的市佔率居前。",
        [("9.5%", "share", "market_share"), ("8.1%", "share", "market_share")],
    ),
    (
        "The two vendors, which grew 20% and 40%, held 9.5% and 8.1% shares.",
        [("9.5%", "share", "market_share"), ("8.1%", "share", "market_share")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_SHARES_CASES)
def test_percents_listed_before_a_share_noun_are_that_share(text, expected):
    rows = [row[:3] for row in typed_rows(text) if row[1] == "share"]
    assert rows == expected


# Growths listed together with no noun after them stay growths.
def test_percents_listed_with_no_noun_after_keep_their_verb():
    assert [row[1:3] for row in typed_rows("两家公司的出货量分别增长20%和30%。")][-2:] == [
        ("pct_change", "growth"),
        ("pct_change", "growth"),
    ]


MARKET_RUN_CASES = [
    "IDC预计，今年全球加速服务器市场规模为900亿美元，明年将扩大到1,100亿美元，到2029年有望达到1,800亿美元。",
    "IDC預計，今年全球加速伺服器市場規模為900億美元，明年將擴大到1,100億美元，到2029年有望達到1,800億美元。",
    "去年中國加速伺服器市場的規模約 120 億美元。",
]


@pytest.mark.parametrize("text", MARKET_RUN_CASES)
def test_a_markets_size_run_over_years_stays_its_size(text):
    assert {row[1:3] for row in typed_rows(text)} == {("market_size", "market_size")}


# The size of orders (订单规模) is no market's size: a seller's book of orders.
@pytest.mark.parametrize(
    "text", ["该卡的预订单规模超过300亿美元。", "該卡的預訂單規模超過300億美元。"]
)
def test_the_size_of_orders_is_no_market(text):
    assert typed_rows(text) == [("300亿美元", "spend", "orders", 3e10, "USD")]


TOPIC_CASES = [
    (
        "资本开支方面，今年前三季累计600亿元，低于市场预期的800亿元，市场关注集团的投入力度。",
        [("spend", "capex"), ("spend", "capex")],
    ),
    (
        "資本開支方面，今年前三季累計600億元，低於市場預期的800億元，市場關注集團的投入力度。",
        [("spend", "capex"), ("spend", "capex")],
    ),
    (
        "As for capital expenditure, the first nine months came to $60 billion, short of the "
        "$80 billion hoped for, a sign of slower investment.",
        [("spend", "capex"), ("spend", "capex")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOPIC_CASES)
def test_a_sentences_topic_names_the_measure_of_its_plain_amounts(text, expected):
    assert [row[1:3] for row in typed_rows(text) if row[4] in ("CNY", "USD")] == expected


# A clause naming its own measure keeps it, whatever the topic: 营收 is revenue under 资本开支方面.
def test_a_clauses_own_measure_outranks_the_topic():
    rows = typed_rows("资本开支方面，公司营收为500亿元。")
    assert [row[1:3] for row in rows] == [("spend", "revenue")]


LABELLED_SHARE_CASES = [
    "以市占率计，甲厂约占62%，国产芯片合计约35%。",
    "以市佔率計，甲廠約占62%，國產晶片合計約35%。",
]


@pytest.mark.parametrize("text", LABELLED_SHARE_CASES)
def test_a_clause_naming_only_a_kind_of_share_labels_the_shares_after_it(text):
    assert [row[1:3] for row in typed_rows(text)] == [
        ("share", "market_share"),
        ("share", "market_share"),
    ]


# A spread of prices ("pricing spread") is a price multiple; so are a pricing guide's bare
# multiples.
def test_a_pricing_spread_is_a_price_ratio():
    assert typed_rows("The same card shows a 3× pricing spread across clouds.") == [
        ("3×", "ratio", "price_ratio", 3.0, "ratio")
    ]


def test_a_pricing_titles_bare_multiples_are_price_ratios():
    text = "Cloud GPU pricing this spring\n\nThe top tier sits at a 2.5× premium to the long tail."
    assert typed_rows(text) == [("2.5×", "ratio", "price_ratio", 2.5, "ratio")]


PER_MACHINE_CASES = [
    "一台智算服务器要配备多块GPU板卡，单台价格约100万-300万元。",
    "一台智算伺服器要配備多塊GPU板卡，單台價格約100萬-300萬元。",
]


@pytest.mark.parametrize("text", PER_MACHINE_CASES)
def test_a_price_per_machine_after_a_server_is_the_servers(text):
    assert [row[1:3] for row in typed_rows(text)] == [("unit_price", "server_price")]


# A card's unit price (单价) names no machine.
def test_a_cards_unit_price_stays_a_price():
    assert typed_rows("这款显卡单价约2万元。") == [("2万元", "unit_price", "price", 2e4, "CNY")]


SITE_CASES = [
    "该市现有 200 MW 的新开发项目，已一律采用高密度机柜。",
    "該市現有 200 MW 的新開發項目，已一律採用高密度機櫃。",
    "The 300 MW campus will house high-density racks.",
]


# A site's megawatts are its IT load, whatever racks its clause goes on to name.
@pytest.mark.parametrize("text", SITE_CASES)
def test_a_sites_megawatts_are_its_it_load_not_a_racks(text):
    assert [row[1:3] for row in typed_rows(text)] == [("spec", "it_load")]


# A percent named by the payment it makes ("the 15% payment") is a part of takings paid over; a
# down payment stays a deposit.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 12% payment to the state is due each quarter.", ("share", "revenue_share")),
        ("The buyer made a 30% down payment on the servers.", ("share", "deposit_rate")),
    ],
)
def test_a_percent_payment_is_a_revenue_share(text, expected):
    assert [row[1:3] for row in typed_rows(text)] == [expected]
