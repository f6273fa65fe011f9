"""How a figure is written, fourth session (issue 12): a figure in two parts (3亿5000万), the
spoken 个亿, a lone 亿 with "over" or "about" before it, a fraction with a slash (1/3), W for 万 in
a price note, and "by more than half". Single sentences written for the test, answers first."""

import pytest

from suanli.quantities import extract_quantities
from suanli.text import normalise
from tests.helpers import typed_rows, valued_quantities


def values(sentence: str) -> list[tuple]:
    """(surface, kind, low, high, unit) of every quantity with a value in the sentence."""
    return [
        (q.surface, q.kind, q.value_low, q.value_high, q.unit) for q in valued_quantities(sentence)
    ]


# 3亿5000万元, 1亿2千万, 2万5千: the larger unit first, the rest after it, one figure.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("该项目总投资3亿5000万元。", ("3亿5000万元", "money", 3.5e8, 3.5e8, "CNY")),
        ("該項目總投資3億5000萬元。", ("3亿5000万元", "money", 3.5e8, 3.5e8, "CNY")),
        ("公司去年净利1亿2千万元。", ("1亿2千万元", "money", 1.2e8, 1.2e8, "CNY")),
        ("這座智算中心部署了2萬5千張加速卡。", ("2万5千张", "count", 2.5e4, 2.5e4, "count")),
    ],
)
def test_a_figure_written_in_two_parts_is_one_value(sentence, expected):
    assert values(sentence) == [expected]


# 8个亿, 两个多亿: spoken Chinese counts hundreds of millions with 个.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("这批服务器的货值接近6个亿。", ("6个亿", "plain", 6e8, 6e8, None)),
        ("這批伺服器的貨值接近6個億。", ("6个亿", "plain", 6e8, 6e8, None)),
        ("这家公司去年亏了两个多亿。", ("两个多亿", "plain", 2e8, 2e8, None)),
    ],
)
def test_hundreds_of_millions_counted_with_ge(sentence, expected):
    assert values(sentence) == [expected]


def test_ge_before_a_plain_noun_is_still_a_measure_word():
    # (个 stays the measure word of a count when no 亿 follows it.)
    assert values("机房里有12个机柜。") == [("12个", "count", 12.0, 12.0, "count")]


# 超亿元, 逾億元, 近亿美元, 过亿元: a lone 亿 with a word of "over" or "about" is a round
# hundred million.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("每套集群的单价超亿元。", ("亿元", "money", 1e8, 1e8, "CNY")),
        ("每套集群的單價逾億元。", ("亿元", "money", 1e8, 1e8, "CNY")),
        ("这轮融资金额近亿美元。", ("亿美元", "money", 1e8, 1e8, "USD")),
        ("该公司的订单额已过亿元。", ("亿元", "money", 1e8, 1e8, "CNY")),
    ],
)
def test_a_lone_yi_with_a_word_of_degree_is_a_round_amount(sentence, expected):
    assert values(sentence) == [expected]


def test_a_lone_yi_without_a_word_of_degree_stays_a_word():
    assert values("公司迈入亿元俱乐部。") == []


# 1/3, 2/5: a part written with a slash is a fraction, read as 三分之一 is.
@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("国产卡的租金只有进口卡的1/3。", "1/3", 1 / 3),
        ("國產卡的租金只有進口卡的1/3。", "1/3", 1 / 3),
        ("The new part costs about 2/5 of the old one.", "2/5", 0.4),
    ],
)
def test_a_slash_fraction_is_a_ratio(sentence, surface, value):
    [(found, kind, low, high, unit)] = values(sentence)
    assert (found, kind, unit) == (surface, "ratio", "ratio")
    assert low == high == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence",
    [
        "3/4月份的出货量都很平淡。",  # March and April
        "The order was signed on 3/15 in Taipei.",  # a date
        "The desk offers 24/7 support.",  # round the clock
    ],
)
def test_a_slash_between_months_days_or_hours_is_no_fraction(sentence):
    assert not [v for v in values(sentence) if v[1] == "ratio"]


def test_a_slash_fraction_of_a_whole_is_a_share_as_its_words_are():
    for sentence in ("国产芯片占据了2/3的市场。", "國產晶片佔據了2/3的市場。"):
        [(surface, fact_type, _metric, value, unit)] = typed_rows(sentence)
        assert (surface, fact_type, unit) == ("2/3", "share", "percent")
        assert value == pytest.approx(200 / 3)


# 每片9W, 报价1.5W: W written for 万 in a note about prices.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("报价方面，这款加速卡每片9W。", ("9W", "plain", 9e4, 9e4, None)),
        ("報價方面，這款加速卡每片9W。", ("9W", "plain", 9e4, 9e4, None)),
        ("目前单台整机的售价约为12-13.5W。", ("12-13.5W", "plain", 1.2e5, 1.35e5, None)),
    ],
)
def test_w_in_a_price_note_is_wan(sentence, expected):
    assert values(sentence) == [expected]


def test_a_priced_w_becomes_a_price_in_the_articles_money():
    assert typed_rows("报价方面，这款加速卡每片9W。") == [("9W", "unit_price", "price", 9e4, "CNY")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("这款边缘芯片的功耗只有9W，售价不高。", ("9W", "power", 9.0, 9.0, "W")),
        ("這款邊緣晶片售價不高，功耗只有9W。", ("9W", "power", 9.0, 9.0, "W")),
        ("The module costs $40 and draws 9W.", ("9W", "power", 9.0, 9.0, "W")),
    ],
)
def test_w_with_a_word_of_power_or_in_english_stays_watts(sentence, expected):
    assert expected in values(sentence)


# "fell by half", "cut by more than half": the size of a move written as a fraction.
@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("Rental rates for older cards fell by half over the winter.", "exact"),
        ("The lab cut its cloud bill by more than half in a year.", "at_least"),
        ("Spot quotes dropped by nearly half after the launch.", "approx"),
    ],
)
def test_by_half_is_a_fraction(sentence, qualifier):
    text = normalise(sentence).text
    [half] = [q for q in extract_quantities(text) if q.kind == "ratio"]
    assert (half.surface, half.value, half.qualifier) == ("half", 0.5, qualifier)


def test_a_fall_by_half_is_a_change_of_minus_fifty_percent():
    assert typed_rows("Rental rates for older cards fell by half over the winter.") == [
        ("half", "pct_change", "price_change_pct", -50.0, "percent")
    ]


def test_by_half_a_billion_is_money_not_a_fraction():
    assert values("Revenue grew by half a billion dollars.") == [
        ("half a billion dollars", "money", 5e8, 5e8, "USD")
    ]


def test_a_slash_fraction_before_a_comma_is_read():
    # (NFKC makes the full-width comma an ASCII one, which is no thousands separator here.)
    assert values("国产卡的租金只有1/3，供给仍然充足。") == [
        ("1/3", "ratio", pytest.approx(1 / 3), pytest.approx(1 / 3), "ratio")
    ]


# 7兆2,000億元: Taiwan's 兆 (1e12) before the 億 that finish the figure.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "這家代工廠今年營收上看新台幣4兆3,000億元。",
            ("新台币4兆3,000亿元", "money", 4.3e12, 4.3e12, "TWD"),
        ),
        (
            "这家代工厂全年营收约2兆8000亿元新台币。",
            ("2兆8000亿元新台币", "money", 2.8e12, 2.8e12, "TWD"),
        ),
        (
            "該集團前三季營收達1兆2,345.6億元。",
            ("1兆2,345.6亿元", "money", 1.2345600e12, 1.2345600e12, "CNY"),
        ),
    ],
)
def test_a_zhao_figure_finished_in_yi_is_one_value(sentence, expected):
    [(surface, kind, low, high, unit)] = values(sentence)
    assert (surface, kind, unit) == (expected[0], expected[1], expected[4])
    assert low == high == pytest.approx(expected[2])


def test_a_zhao_figure_takes_the_currency_written_before_it():
    [(surface, _fact_type, _metric, value, unit)] = typed_rows(
        "這家代工廠今年營收上看新台幣4兆3,000億元。"
    )
    assert (surface, value, unit) == ("新台币4兆3,000亿元", 4.3e12, "TWD")


def test_zhao_wa_stays_a_megawatt():
    assert values("这座园区的装机容量为3兆瓦。") == [("3兆瓦", "power", 3e6, 3e6, "W")]


# 增长超过一倍, 成長逾一倍: a word of degree between the verb and 一倍 still says "doubled".
@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("这家厂商的营收增长超过一倍。", "at_least"),
        ("這家廠商的營收成長逾一倍。", "at_least"),
        ("这家厂商的出货量提升了近一倍。", "approx"),
        ("這家廠商的營收成長一倍。", "exact"),
    ],
)
def test_yi_bei_after_a_word_of_degree_is_a_doubling(sentence, qualifier):
    text = normalise(sentence).text
    [ratio] = [q for q in extract_quantities(text) if q.kind == "ratio"]
    assert (ratio.surface, ratio.value, ratio.qualifier) == ("一倍", 2.0, qualifier)


# "one in five", "one out of three": a part of every so many.
@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("One in five accelerators in the fleet sits idle.", "One in five", 0.2),
        ("Roughly one out of three buyers now rents instead.", "one out of three", 1 / 3),
        ("Only 1 in 10 start-ups owns its hardware.", "1 in 10", 0.1),
    ],
)
def test_one_in_n_is_a_fraction(sentence, surface, value):
    [(found, kind, low, _high, unit)] = values(sentence)
    assert (found, kind, unit) == (surface, "ratio", "ratio")
    assert low == pytest.approx(value)


def test_one_in_a_million_is_no_fraction():
    assert values("The rally was one in a million.") == []


# pct, pcts, ppt, bp: how broker notes write percentage and basis points.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("单季毛利率同比-1.8pct。", ("-1.8pct", "percent", -1.8, -1.8, "percentage_points")),
        ("單季淨利率環比提升0.6pcts至9%。", ("0.6pcts", "percent", 0.6, 0.6, "percentage_points")),
        ("费用率同比下降2.4个pct。", ("2.4个pct", "percent", 2.4, 2.4, "percentage_points")),
        ("Operating margin slipped 1.2ppt.", ("1.2ppt", "percent", 1.2, 1.2, "percentage_points")),
        ("Funding costs rose 40bp.", ("40bp", "percent", 0.4, 0.4, "percentage_points")),
    ],
)
def test_broker_note_points_are_percentage_points(sentence, expected):
    assert expected in values(sentence)


def test_a_margin_moved_in_pct_is_a_change_in_points():
    assert typed_rows("单季毛利率同比-1.8pct。") == [
        ("-1.8pct", "pct_change", "gross_margin_change", -1.8, "percentage_points")
    ]


# 二點五兆元, 三点五亿美元, 七．六四元: Chinese numerals with a decimal point.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("這家集團全年營收達二點五兆元。", ("二点五兆元", "money", 2.5e12, "CNY")),
        ("该公司本轮募资三点五亿美元。", ("三点五亿美元", "money", 3.5e8, "USD")),
        ("該公司上季每股純益七．六四元。", ("七.六四元", "money", 7.64, "CNY")),
        ("整机价格高出一点五倍。", ("一点五倍", "ratio", 1.5, "ratio")),
    ],
)
def test_a_chinese_numeral_with_a_decimal_point(sentence, expected):
    [(surface, kind, low, high, unit)] = values(sentence)
    assert (surface, kind, unit) == (expected[0], expected[1], expected[3])
    assert low == high == pytest.approx(expected[2])


@pytest.mark.parametrize("sentence", ["他差一点就赶上了。", "会议两点三十分开始。"])
def test_dian_without_a_unit_is_no_decimal(sentence):
    assert values(sentence) == []


def test_a_decimal_in_chinese_numerals_takes_the_currency_before_it():
    [(surface, _fact_type, _metric, value, unit)] = typed_rows(
        "這家集團全年營收達新台幣二點五兆元。"
    )
    assert (surface, value, unit) == ("新台币二点五兆元", 2.5e12, "TWD")


# "99 cents an hour", "45¢ per GPU-hour": a US cent is a hundredth of a dollar, and the hour
# after it is the rate's denominator, no duration.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Older A100s rent for as little as 89 cents an hour.", ("89 cents an hour", 0.89)),
        ("Spot T4 capacity goes for 35¢ per GPU-hour.", ("35¢ per GPU-hour", 0.35)),
    ],
)
def test_cents_are_hundredths_of_a_dollar(sentence, expected):
    [(surface, kind, low, _high, unit)] = values(sentence)
    assert (surface, kind, unit) == (expected[0], "money", "USD")
    assert low == pytest.approx(expected[1])


def test_a_rent_in_cents_is_a_rental_price():
    [(surface, fact_type, metric, value, unit)] = typed_rows(
        "Older A100s rent for as little as 89 cents an hour."
    )
    assert (surface, fact_type, metric, unit) == (
        "89 cents an hour",
        "unit_price",
        "rental_price",
        "USD",
    )
    assert value == pytest.approx(0.89)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The new part carries 192 gigabytes of memory.", ("192 gigabytes", 1.92e11)),
        ("The array stores 40 petabytes of training data.", ("40 petabytes", 4e16)),
    ],
)
def test_byte_units_spelled_out_are_sizes(sentence, expected):
    assert values(sentence) == [(expected[0], "data_size", expected[1], expected[1], "bytes")]


# "rose by a third", "cut by two-thirds": a fraction after "by" is the size of a move.
@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("Hourly rates rose by a third over the summer.", "a third", 1 / 3),
        ("The lab cut its cloud bill by two-thirds.", "two-thirds", 2 / 3),
    ],
)
def test_by_a_fraction_is_a_fraction(sentence, surface, value):
    [(found, kind, low, _high, unit)] = values(sentence)
    assert (found, kind, unit) == (surface, "ratio", "ratio")
    assert low == pytest.approx(value)


def test_a_quarter_to_five_is_a_time():
    assert values("The desk closed by a quarter to five.") == []


# 3.2元/卡/时: 时 alone after a slash is an hour, the rate's second denominator.
@pytest.mark.parametrize("sentence", ["这款卡的租金为2.6元/卡/时。", "這款卡的租金為2.6元/卡/時。"])
def test_shi_after_a_slash_is_per_hour(sentence):
    [(surface, fact_type, metric, value, unit)] = typed_rows(sentence)
    assert (surface, fact_type, metric, value, unit) == (
        "2.6元/卡/时",
        "unit_price",
        "rental_price",
        2.6,
        "CNY",
    )


# 百分之二三十, 百分之十几: neighbouring numerals and 几 make a range after 百分之 as before 万.
@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("这批智算中心的利用率只有百分之二三十。", 20.0, 30.0),
        ("這批智算中心的利用率只有百分之二三十。", 20.0, 30.0),
        ("这批智算中心的利用率只有百分之十几。", 11.0, 19.0),
    ],
)
def test_a_vague_percentage_in_words_is_a_range(sentence, low, high):
    [(_surface, kind, found_low, found_high, unit)] = values(sentence)
    assert (kind, found_low, found_high, unit) == ("percent", low, high, "percent")


# 跌幅过半, 下跌過半, 超半数: "over half" written with 过/逾/超 before 半.
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("这款卡的租金跌幅过半。", "过半"),
        ("這款卡的租金較高點下跌過半。", "过半"),
        ("超半数的买家转向了租赁。", "半数"),
    ],
)
def test_over_half_is_at_least_a_half(sentence, surface):
    text = normalise(sentence).text
    [half] = [q for q in extract_quantities(text) if q.kind == "ratio"]
    assert (half.surface, half.value, half.qualifier) == (surface, 0.5, "at_least")


def test_a_rent_that_fell_over_half_changed_by_minus_fifty_percent():
    [(surface, fact_type, _metric, value, unit)] = typed_rows("这款卡的租金跌幅过半。")
    assert (surface, fact_type, value, unit) == ("过半", "pct_change", -50.0, "percent")


@pytest.mark.parametrize("sentence", ["这个项目已过半年。", "產品線已過半導體週期的低點。"])
def test_guo_ban_before_a_time_or_a_word_is_no_fraction(sentence):
    assert not [v for v in values(sentence) if v[1] == "ratio"]
