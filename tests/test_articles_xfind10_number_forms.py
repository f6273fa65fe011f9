"""Number forms that were read as nothing, or as the wrong amount (issue 12, seventh session):
Korean won after 兆 or a scale word (47.2兆韓元, "3 trillion won"), a Taiwanese 兆…亿 figure with a
space before 亿, bits written with a lower-case b (16Gb is 2 GB), a count of racks in 架 or
标准机架 (1085万标准机架), a Chinese percentage stated by its digits (两位数增长: 10-99), and a
range whose first end is written out in full ("RMB 880,000 to RMB 1.05 million"). And a span an
outlay is spread over, named right before the outlay's verb (三年投入3800亿元) or as the first
years of a plan (首3年), is its horizon, not a duration.
Single sentences written for the test, answers first."""

from datetime import date

import pytest

from tests.helpers import fact_fields, typed_rows

PUBLISHED = date(2026, 3, 2)


def amounts(sentence: str) -> list[tuple]:
    return fact_fields(sentence, PUBLISHED, "surface", "value", "unit")


def typed(sentence: str) -> list[tuple]:
    return typed_rows(sentence, PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("三星第三季营业利益达12.2兆韩元。", [("12.2兆韩元", 1.22e13, "KRW")]),
        ("三星第三季營業利益達12.2兆韓元。", [("12.2兆韩元", 1.22e13, "KRW")]),
        (
            "Samsung posted operating profit of 12.2 trillion won in the third quarter.",
            [("12.2 trillion won", 1.22e13, "KRW")],
        ),
        ("LG plans to spend 1.5 billion won on the line.", [("1.5 billion won", 1.5e9, "KRW")]),
    ],
)
def test_korean_won_after_a_scale_is_money(sentence, expected):
    assert amounts(sentence) == expected


def test_won_as_a_verb_is_no_currency():
    # ("won" before a number is the verb; the money here is in dollars.)
    assert amounts("The team won 2 million dollars in prizes.") == [
        ("2 million dollars", 2e6, "USD")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("鸿海第二季营收1兆7934.68 亿元，创同期新高。", [("1兆7934.68 亿元", 1.79346800e12)]),
        ("鴻海第二季營收1兆7934.68 億元，創同期新高。", [("1兆7934.68 亿元", 1.79346800e12)]),
        ("广达全年营收达2兆1500 亿元。", [("2兆1500 亿元", 2.15e12)]),
    ],
)
def test_trillion_and_hundred_millions_with_a_space_are_one_figure(sentence, expected):
    assert [(surface, value) for surface, value, _unit in amounts(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Each 24Gb DRAM die is stacked twelve high.", [("24Gb", 3e9, "bytes")]),
        ("每颗16Gb DDR5晶粒的良率约九成。", [("16Gb", 2e9, "bytes")]),
        ("每顆16Gb DDR5晶粒", [("16Gb", 2e9, "bytes")]),
        ("The module carries 128 gigabits of flash.", [("128 gigabits", 1.6e10, "bytes")]),
    ],
)
def test_a_lower_case_b_counts_bits(sentence, expected):
    assert [row for row in amounts(sentence) if row[2] == "bytes"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The card has 24GB of memory.", [("24GB", 2.4e10, "bytes")]),
        ("The link runs at 400Gb/s.", [("400Gb/s", 4e11, "bytes/s")]),
    ],
)
def test_bytes_and_line_rates_stay_as_they_were(sentence, expected):
    assert amounts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "截至6月底，全国在用算力中心规模达1085万标准机架。",
            [("1085万标准机架", "count", "racks", 1.085e7, "count")],
        ),
        ("全省在用机架达到12万架。", [("12万架", "count", "racks", 120000.0, "count")]),
        ("全國在用標準機架達到12萬架。", [("12万架", "count", "racks", 120000.0, "count")]),
        ("园区规划2.5万个标准机架。", [("2.5万个", "count", "racks", 25000.0, "count")]),
        ("The site will house 2,000 racks.", [("2,000 racks", "count", "racks", 2000.0, "count")]),
    ],
)
def test_racks_counted_in_jia_are_a_count_of_racks(sentence, expected):
    assert typed(sentence) == expected


def test_an_architecture_is_no_rack():
    assert all(metric != "racks" for _s, _t, metric, _v, _u in typed("公司已迭代四代架构。"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("阿里宣布三年投入 3800 亿元。", [("3800 亿元", 3.8e11, "CNY")]),
        ("阿里巴巴計劃三年投資3800億元。", [("3800亿元", 3.8e11, "CNY")]),
        ("公司计划五年投入500亿元建设数据中心。", [("500亿元", 5e10, "CNY")]),
        ("首两年累计投资120亿元。", [("120亿元", 1.2e10, "CNY")]),
        (
            "由開發到投入營運的首3年，累計投資規模達238億港元。",
            [("238亿港元", 2.38e10, "HKD")],
        ),
    ],
)
def test_the_span_an_outlay_is_spread_over_is_no_duration(sentence, expected):
    assert amounts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (How long the work took is a claim, even when an outlay follows.)
        ("该芯片研发耗时三年，累计投入10亿元。", ("三年", "duration", 3.0, "years")),
        ("交货周期已缩短至两周。", ("两周", "duration", 14.0, "days")),
    ],
)
def test_a_length_of_work_stays_a_duration(sentence, expected):
    rows = typed(sentence)
    assert expected in [(s, t, v, u) for s, t, _m, v, u in rows]


def percents(sentence: str) -> list[tuple]:
    """(surface, fact_type, value) of the sentence's facts in percent."""
    return [
        (surface, fact_type, value)
        for surface, fact_type, _metric, value, unit in typed_rows(sentence, PUBLISHED)
        if unit == "percent"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("今年全年AI业务以三位数成长为目标。", [("三位数", "pct_change", (100.0, 999.0))]),
        ("今年全年AI業務以三位數成長為目標。", [("三位数", "pct_change", (100.0, 999.0))]),
        ("合併營收年增幅度在雙位數。", [("双位数", "pct_change", (10.0, 99.0))]),
        ("该业务收入保持两位数的同比增长。", [("两位数", "pct_change", (10.0, 99.0))]),
        (
            "预计资本支出占收入的比例在低两位数百分比。",
            [("低两位数百分比", "share", (10.0, 20.0))],
        ),
    ],
)
def test_a_percentage_stated_by_its_digits_is_a_range(sentence, expected):
    assert percents(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "这是一个两位数的号码。",
        "這是一個兩位數的號碼。",
        "The company holds a double-digit lead in the ranking.",
        # (English digits state no number, as the fixtures' earnings call reads them.)
        "Cloud revenue grew in the high single digits.",
    ],
)
def test_digits_that_state_no_percentage_are_no_figure(sentence):
    assert percents(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("该业务连续多个季度保持两位数增长，本季增速为35%。", [("35%", 35.0)]),
        ("該業務連續多季維持雙位數成長，本季增速為35%。", [("35%", 35.0)]),
        ("Sales posted double-digit growth again, up 23% on the year.", [("23%", 23.0)]),
    ],
)
def test_digits_announcing_a_percentage_in_figures_are_no_figure(sentence, expected):
    assert [(surface, value) for surface, _type, value in percents(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The price went up from RMB 880,000 to RMB 1.05 million.",
            [("RMB 880,000", 880000.0, "CNY"), ("RMB 1.05 million", 1.05e6, "CNY")],
        ),
        (
            "Prices went from $80,000 to $1.2 million.",
            [("$80,000", 80000.0, "USD"), ("$1.2 million", 1.2e6, "USD")],
        ),
        ("H20 revenue could reach $2 to $5 billion.", [("$2 to $5 billion", (2e9, 5e9), "USD")]),
        ("市场规模预计达1500至2000亿元。", [("1500至2000亿元", (1.5e11, 2e11), "CNY")]),
        ("投資將達3至4兆美元。", [("3至4兆美元", (3e12, 4e12), "USD")]),
    ],
)
def test_a_first_end_written_in_full_takes_no_scale_from_the_second(sentence, expected):
    assert amounts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "China's accelerated server market reached 50 billion US dollars last year.",
            [("50 billion US dollars", 5e10, "USD")],
        ),
        ("Chip sales hit 3 billion U.S. dollars.", [("3 billion U.S. dollars", 3e9, "USD")]),
        ("The fund holds US dollars 5 billion.", [("US dollars 5 billion", 5e9, "USD")]),
    ],
)
def test_us_dollars_after_a_number_are_money(sentence, expected):
    assert amounts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("FPGA加速卡部署量达到5千片。", [("5千片", 5000.0, "count")]),
        ("FPGA加速卡部署量達到5千片。", [("5千片", 5000.0, "count")]),
        ("公司累计交付3千套液冷系统。", [("3千套", 3000.0, "count")]),
    ],
)
def test_thousands_before_a_measure_word_are_a_count(sentence, expected):
    assert amounts(sentence) == expected
