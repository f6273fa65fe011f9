"""Fact types, metrics and count units new real articles (dev 31-40) met: earnings per share, a
levy on revenue, racks and events counted, an outlay its paragraph names. Each class in wordings
of its own, as (surface, fact_type, metric, value or (low, high), unit, period); the subject is
pinned elsewhere (tests/test_articles_subjects.py)."""

from datetime import date

import pytest

from tests.helpers import fact_rows

PUBLISHED = date(2025, 9, 1)


def typed(text: str) -> list[tuple]:
    return [
        (surface, fact_type, metric, value, unit, period)
        for surface, fact_type, metric, _subject, value, unit, period in fact_rows(text, PUBLISHED)
    ]


# An amount per share beside a profit is earnings per share; beside a share's quote it stays the
# share's price.
PER_SHARE_CASES = [
    (
        "淨利潤升至187.8億美元（每股攤薄後0.76美元）。",
        [
            ("187.8亿美元", "earnings", "net_profit", 1.878e10, "USD", None),
            ("0.76美元", "earnings", "eps", 0.76, "USD", None),
        ],
    ),
    (
        "净利润为148.8亿美元（每股0.60美元）。",
        [
            ("148.8亿美元", "earnings", "net_profit", 1.488e10, "USD", None),
            ("0.60美元", "earnings", "eps", 0.6, "USD", None),
        ],
    ),
    (
        "Net income was $1.2 billion, or $0.76 per diluted share.",
        [
            ("$1.2 billion", "earnings", "net_profit", 1.2e9, "USD", None),
            ("$0.76", "earnings", "eps", 0.76, "USD", None),
        ],
    ),
    (
        "Net income rose to $2 billion, or $1.05 a share.",
        [
            ("$2 billion", "earnings", "net_profit", 2e9, "USD", None),
            ("$1.05", "earnings", "eps", 1.05, "USD", None),
        ],
    ),
    ("股價收於每股141.40美元。", [("141.40美元", "unit_price", "share_price", 141.4, "USD", None)]),
]


@pytest.mark.parametrize(("text", "expected"), PER_SHARE_CASES)
def test_an_amount_per_share_beside_a_profit_is_earnings_per_share(text, expected):
    assert typed(text) == expected


# A rate levied on takings (a cut of sales, a commission, 抽成, 佣金) is a share of revenue, never a
# price falling.
LEVY_CASES = [
    (
        "The White House asked for a 20% cut of the chipmaker's sales to China.",
        [("20%", "share", "revenue_share", 20.0, "percent", None)],
    ),
    (
        "The store takes a 30% commission on every sale.",
        [("30%", "share", "revenue_share", 30.0, "percent", None)],
    ),
    ("平台对每笔订单抽成20%。", [("20%", "share", "revenue_share", 20.0, "percent", None)]),
    ("應用商店向開發者收取30%的佣金。", [("30%", "share", "revenue_share", 30.0, "percent", None)]),
]


@pytest.mark.parametrize(("text", "expected"), LEVY_CASES)
def test_a_levy_on_revenue_is_a_share_of_revenue(text, expected):
    assert typed(text) == expected


# Racks (柜/櫃) and events (起) are counted; a count in the measure word of an earlier count of its
# sentence counts the same thing. 起 after a date or a price, or before a noun, is no count.
COUNT_CASES = [
    (
        "今年機櫃出貨量約3萬至5萬櫃，明年可望增至5萬到6萬櫃，甚至上看10萬櫃。",
        [
            ("3万至5万柜", "count", "shipments", (30000.0, 50000.0), "count", "2025"),
            ("5万到6万柜", "count", "shipments", (50000.0, 60000.0), "count", "2026"),
            ("10万柜", "count", "shipments", 100000.0, "count", "2026"),
        ],
    ),
    (
        "今年机柜出货量约3万柜。",
        [("3万柜", "count", "shipments", 30000.0, "count", "2025")],
    ),
    ("相关招投标事件791起。", [("791起", "count", "count", 791.0, "count", None)]),
    ("全年共發生安全事故12起。", [("12起", "count", "count", 12.0, "count", "2025")]),
    ("自2024年起，公司调整了策略。", []),
    ("新规从10月1日起执行。", []),
    ("第3起事故发生在上海。", []),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_CASES)
def test_racks_and_events_are_counted(text, expected):
    assert typed(text) == expected


# An outlay stated with a plain verb (spent, 支出) measures the one outlay its paragraph names;
# a paragraph naming two (capex and an investment) names none.
PARAGRAPH_CASES = [
    (
        "Microsoft spent $34.9 billion in the quarter. Its CFO said capex would grow faster.",
        [("$34.9 billion", "spend", "capex", 3.49e10, "USD", None)],
    ),
    (
        "微软上季度支出349亿美元。财务长表示，明年资本开支的增速将更快。",
        [("349亿美元", "spend", "capex", 3.49e10, "USD", "2025Q2")],
    ),
    (
        "微軟上季支出349億美元。財務長表示，明年資本支出的增速將更快。",
        [("349亿美元", "spend", "capex", 3.49e10, "USD", "2025Q2")],
    ),
    (
        "Microsoft spent $34.9 billion in the quarter. It said capex would grow, and its"
        " investment in startups went on.",
        [("$34.9 billion", "spend", "spending", 3.49e10, "USD", None)],
    ),
    (
        "Microsoft spent $34.9 billion in the quarter.\n\nIts CFO said capex would grow faster.",
        [("$34.9 billion", "spend", "spending", 3.49e10, "USD", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPH_CASES)
def test_a_plain_outlay_measures_what_its_paragraph_names(text, expected):
    assert typed(text) == expected


# The amount a Chinese move verb (上升, 下跌了) moved a price or a share's quote by is a change,
# and the level quoted after it stays a price.
MOVED_BY_CASES = [
    (
        "Nvidia股價在盤後交易中上升6.59美元，報每股141.40美元。",
        [
            ("6.59美元", "price_change", "share_price_increase", 6.59, "USD", None),
            ("141.40美元", "unit_price", "share_price", 141.4, "USD", None),
        ],
    ),
    (
        "英伟达股价下跌了3.2美元，收于120美元。",
        [
            ("3.2美元", "price_change", "share_price_decrease", 3.2, "USD", None),
            ("120美元", "unit_price", "share_price", 120.0, "USD", None),
        ],
    ),
    (
        "服务器价格下降500元至3万元。",
        [
            ("500元", "price_change", "price_decrease", 500.0, "CNY", None),
            ("3万元", "unit_price", "server_price", 30000.0, "CNY", None),
        ],
    ),
    (
        "NVIDIA shares rose $3 to $140.",
        [
            ("$3", "price_change", "share_price_increase", 3.0, "USD", None),
            ("$140", "unit_price", "share_price", 140.0, "USD", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MOVED_BY_CASES)
def test_the_amount_a_move_verb_moved_by_is_a_change(text, expected):
    assert typed(text) == expected


# A duration and a half (1年半, 两年半); 半导体 after a duration is a word of its own.
HALF_CASES = [
    ("项目周期为两年半。", [("两年半", "duration", "duration", 2.5, "years", None)]),
    ("不到1年半價格就開始下行。", [("1年半", "duration", "price_window", 1.5, "years", None)]),
    ("过去两年半导体行业增长放缓。", []),
]


@pytest.mark.parametrize(("text", "expected"), HALF_CASES)
def test_a_duration_and_a_half(text, expected):
    assert typed(text) == expected


# What a figure measures when the sentence names it plainly: a payback time, a market the amount
# right before it sizes, a company measure named right after an amount, a card's memory named
# before the card.
NAMED_MEASURE_CASES = [
    ("设备回收期在3年左右。", [("3年", "duration", "payback_period", 3.0, "years", None)]),
    (
        "The servers pay for themselves in 18 months.",
        [("18 months", "duration", "payback_period", 18.0, "months", None)],
    ),
    (
        "這個價值500億美元的中國市場幾乎已關上大門。",
        [("500亿美元", "market_size", "market_size", 5e10, "USD", None)],
    ),
    (
        "这个规模达千亿美元的AI芯片市场仍在扩张。",
        [("千亿美元", "market_size", "market_size", 1e11, "USD", None)],
    ),
    (
        "The move cost NVIDIA $8 billion of Q2 revenue.",
        [("$8 billion", "spend", "revenue", 8e9, "USD", "2025Q2")],
    ),
    ("禁令讓輝達損失了80億美元的營收。", [("80亿美元", "spend", "revenue", 8e9, "USD", None)]),
    (
        "The figure is for an 80GB H100.",
        [("80GB", "data_size", "memory", 8e10, "bytes", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_MEASURE_CASES)
def test_the_measure_a_sentence_names_plainly(text, expected):
    assert typed(text) == expected


# A percent compared with a level left unsaid (faster, cheaper, above it) or cut by a verb is a
# change, with the sign of its direction; a pair of results both growing (双增) grows.
CHANGE_CASES = [
    (
        "The rules cut their performance by 30-50%.",
        [("30-50%", "pct_change", "growth", (-50.0, -30.0), "percent", None)],
    ),
    (
        "The Blackwell Ultra variant is 50% faster on certain workloads.",
        [("50%", "pct_change", "growth", 50.0, "percent", None)],
    ),
    (
        "The new chip is 20% cheaper.",
        [("20%", "pct_change", "price_change_pct", -20.0, "percent", None)],
    ),
    (
        "The spot price can run 60% to 120% above it.",
        [("60% to 120%", "pct_change", "growth", (60.0, 120.0), "percent", None)],
    ),
    ("新规将芯片性能削减30%。", [("30%", "pct_change", "growth", -30.0, "percent", None)]),
    ("公司年度营收净利双增超40%。", [("40%", "pct_change", "yoy_growth", 40.0, "percent", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CHANGE_CASES)
def test_a_percent_compared_or_cut_is_a_change(text, expected):
    assert typed(text) == expected


# A halving (腰斩, 减半, halved) is a fall by half: of the price when its words are a price's.
HALVING_CASES = [
    (
        "H100的租价几近腰斩。",
        [("腰斩", "pct_change", "price_change_pct", -50.0, "percent", None)],
    ),
    ("內存價格減半。", [("减半", "pct_change", "price_change_pct", -50.0, "percent", None)]),
    (
        "Rental prices for the H100 have halved.",
        [("halved", "pct_change", "price_change_pct", -50.0, "percent", None)],
    ),
    ("公司的净利润腰斩。", [("腰斩", "pct_change", "growth", -50.0, "percent", None)]),
]


@pytest.mark.parametrize(("text", "expected"), HALVING_CASES)
def test_a_halving_is_a_fall_by_half(text, expected):
    assert typed(text) == expected


# An amount joined to a word by a hyphen ("sub-$1.00") is read; a name's digits (GPT-4) are not.
# "pricing" names a price, and under a title quoting a price per hour a bare price is a rent.
HYPHENED_CASES = [
    (
        "Forecasters called for sub-$1.00 pricing.",
        [("$1.00", "unit_price", "price", 1.0, "USD", None)],
    ),
    (
        "H100 capacity finds a $2.35/hour floor\n\nForecasters called for sub-$1.00 pricing.",
        [
            ("$2.35/hour", "unit_price", "rental_price", 2.35, "USD", None),
            ("$1.00", "unit_price", "rental_price", 1.0, "USD", None),
        ],
    ),
    ("GPT-4 costs a lot.", []),
]


@pytest.mark.parametrize(("text", "expected"), HYPHENED_CASES)
def test_an_amount_after_a_hyphen_and_a_rent_titled_per_hour(text, expected):
    assert typed(text) == expected


# A Chinese rise by X到Y with ends this close (Y under 1.5 X) is a range of the rise, as earnings
# previews state it; a rise and the level it reached stay two figures. (A result's rise is that
# result's change since the fifteenth session, classify.py `_result_moved_by`.)
RISE_RANGE_CASES = [
    (
        "公司预计营业收入较上年同期增加27.08亿元到35.18亿元。",
        [("27.08亿元到35.18亿元", "spend", "revenue_change", (2.708e9, 3.518e9), "CNY", None)],
    ),
    (
        "淨利潤較上年同期增加5.47億美元至7.47億美元。",
        [
            (
                "5.47亿美元至7.47亿美元",
                "earnings",
                "net_profit_change",
                (5.47e8, 7.47e8),
                "USD",
                None,
            )
        ],
    ),
    (
        "服务器价格上涨2000元至28000元。",
        [
            ("2000元", "price_change", "price_increase", 2000.0, "CNY", None),
            ("28000元", "unit_price", "server_price", 28000.0, "CNY", None),
        ],
    ),
    (
        "Revenue rose $2 billion to $30 billion.",
        [
            ("$2 billion", "spend", "revenue_change", 2e9, "USD", None),
            ("$30 billion", "spend", "revenue", 3e10, "USD", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RISE_RANGE_CASES)
def test_a_chinese_rise_between_close_ends_is_a_range(text, expected):
    assert typed(text) == expected


# A 兆 of money with no numeral is one trillion; 兆瓦 stays a megawatt.
TRILLION_CASES = [
    (
        "台積電市值突破兆美元。",
        [("兆美元", "valuation", "market_cap", 1e12, "USD", None)],
    ),
    ("公司营收兆美元的目标已经达成。", [("兆美元", "spend", "revenue", 1e12, "USD", None)]),
    ("该园区规划功率为500兆瓦。", [("500兆瓦", "spec", "power", 5e8, "W", None)]),
]


@pytest.mark.parametrize(("text", "expected"), TRILLION_CASES)
def test_a_lone_trillion_of_money(text, expected):
    assert typed(text) == expected
