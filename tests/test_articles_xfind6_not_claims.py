"""Numbers that are no claim (issue 12, fifth session): a stock code in brackets after a name, a
time of day written in Chinese, a model named after another and a slash, a bracket saying in
words how much a unit is, the first weeks or days of a time, the places at the top of a ranking,
and a few things counted again where they are taken together or picked out by a superlative.
Single sentences written for the test, answers first."""

import pytest

from suanli.quantities import extract_quantities
from suanli.text import normalise
from tests.helpers import valued_quantities


def values(sentence: str) -> list[tuple]:
    """(surface, kind, value, unit) of every quantity with a value in the sentence."""
    return [(q.surface, q.kind, q.value, q.unit) for q in valued_quantities(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("华硕（2357）今天股价上涨1.5%。", [("1.5%", "percent", 1.5, "percent")]),
        ("華碩（2357）今天股價上漲1.5%。", [("1.5%", "percent", 1.5, "percent")]),
        ("中芯国际(00981)(沪:688981)的产能已满。", []),
    ],
)
def test_a_stock_code_in_brackets_after_a_name_is_no_figure(sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("到上午10时15分，股价暂报88元。", [("88元", "money", 88.0, "CNY")]),
        ("到上午10時15分，股價暫報88元。", [("88元", "money", 88.0, "CNY")]),
        ("发布会定在下午3点半，门票50元。", [("50元", "money", 50.0, "CNY")]),
        ("會議在早上9點開始，持續兩小時。", [("两小时", "duration", 2.0, "hours")]),
    ],
)
def test_a_time_of_day_in_chinese_is_no_figure(sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "这个套餐支持昇腾910B/920两种卡。",
        "這個方案支援昇騰910B/920兩種卡。",
        "The bundle covers the H100/200 parts.",
    ],
)
def test_a_model_after_a_model_and_a_slash_is_a_name(sentence):
    assert all(surface not in ("920", "200") for surface, *_ in values(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "全国算力规模达到300EFLOPS（每秒百亿亿次浮点运算），居世界前列。",
            [("300EFLOPS", "compute", 3e20, "FLOP/s")],
        ),
        (
            "這座中心的算力達1.5萬PFLOPS（千萬億次浮點運算/秒）。",
            [("1.5万PFLOPS", "compute", 1.5e19, "FLOP/s")],
        ),
    ],
)
def test_a_unit_spelled_out_in_brackets_is_no_figure(sentence, expected):
    assert values(sentence) == expected


def test_a_rate_of_operations_in_words_outside_brackets_is_still_read():
    assert values("这台超算每秒可完成千万亿次浮点运算。") == [
        ("千万亿次", "compute", 1e15, "FLOP/s")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("在9月的头两周，订单按月增加30%。", [("30%", "percent", 30.0, "percent")]),
        ("在9月的頭兩週，訂單按月增加30%。", [("30%", "percent", 30.0, "percent")]),
        ("新机上市前三天卖出5万台。", [("5万台", "count", 5e4, "count")]),
    ],
)
def test_the_first_weeks_or_days_of_a_time_are_no_duration(sentence, expected):
    assert values(sentence) == expected


def test_a_lead_time_in_weeks_stays_a_duration():
    assert values("这批货需要提前三周预订。") == [("三周", "duration", 21.0, "days")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "排在前三位的是甲、乙和丙，三家合计占据近五成的份额。",
            [("五成", "percent", 50.0, "percent")],
        ),
        (
            "排在前三位的是甲、乙和丙，三家合計佔據近五成的份額。",
            [("五成", "percent", 50.0, "percent")],
        ),
        ("出货量最大的两家，是甲和乙。", []),
        ("出貨量最大的兩家，是甲和乙。", []),
        (
            "Dell, HPE and Lenovo reported; the three companies together shipped 40,000 servers.",
            [("40,000 servers", "count", 4e4, "count")],
        ),
    ],
)
def test_a_few_named_before_or_picked_out_are_no_count(sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("市场上共有五家厂商，其中三家亏损。", [("五家", "count", 5.0, "count"),
                                                ("三家", "count", 3.0, "count")]),
        ("今年新增了三家客户，合计贡献营收5亿元。", [("三家", "count", 3.0, "count"),
                                                   ("5亿元", "money", 5e8, "CNY")]),
    ],
)  # fmt: skip
def test_counts_that_introduce_things_stay_counts(sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("An A100 80GB costs $1.50 an hour.", [("$1.50 an hour", "money", 1.5, "USD")]),
        ("We rent the H100 80GB, the A100 40GB and older parts.", []),
    ],
)
def test_memory_right_after_a_model_name_names_the_variant(sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The H100 80GB of HBM3 is the same.", ("80GB", "data_size", 8e10, "bytes")),
        ("A100 40GB显存足够推理。", ("40GB", "data_size", 4e10, "bytes")),
        ("一块A100 80GB显卡的价格约为1.5万美元。", ("80GB", "data_size", 8e10, "bytes")),
        ("The quote is for an 80GB H100.", ("80GB", "data_size", 8e10, "bytes")),
    ],
)
def test_memory_stated_as_memory_stays_a_figure(sentence, expected):
    assert values(sentence)[0] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Half of the Fortune 500 companies now rent GPUs.",
        "Most S&P 500 companies mention AI in their calls.",
        "The Nasdaq-100 gained on the news.",
    ],
)
def test_a_list_or_index_named_by_its_size_is_no_count(sentence):
    assert [q for q in values(sentence) if q[1] in ("count", "plain")] == []


def test_a_count_of_companies_stays_a_count():
    assert values("Some 500 companies now rent GPUs.") == [
        ("500 companies", "count", 500.0, "count")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("沪深300指数上涨1.2%。", [("1.2%", "percent", 1.2, "percent")]),
        ("滬深300指數上漲1.2%。", [("1.2%", "percent", 1.2, "percent")]),
        ("中证500成分股中有20家算力公司。", [("20家", "count", 20.0, "count")]),
    ],
)
def test_a_chinese_index_named_by_its_size_is_no_figure(sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("618大促期间显卡价格下降10%。", [("10%", "percent", 10.0, "percent")]),
        ("雙11期間伺服器銷量增長30%。", [("30%", "percent", 30.0, "percent")]),
        ("提供7×24小时运维，每月5000元。", [("5000元", "money", 5000.0, "CNY")]),
        ("服务热线400-820-8820，报价为每卡时2元。", [("2元", "money", 2.0, "CNY")]),
        ("Call 555-123-4567 for the $2 rate.", [("$2", "money", 2.0, "USD")]),
    ],
)
def test_festivals_round_the_clock_and_telephone_numbers_are_no_figures(sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("售价在400-820元之间。", [("400-820元", "money", 610.0, "CNY")]),
        ("国产化率达三成分别来自华为和寒武纪。", [("三成", "percent", 30.0, "percent")]),
    ],
)
def test_ranges_and_tenths_near_those_forms_stay(sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("①市场规模达100亿元；②出货量增长20%。",
         [("100亿元", "money", 1e10, "CNY"), ("20%", "percent", 20.0, "percent")]),
        ("⑴營收增長30%；⑵毛利率為25%。",
         [("30%", "percent", 30.0, "percent"), ("25%", "percent", 25.0, "percent")]),
        ("❶ Shipments rose 12%.", [("12%", "percent", 12.0, "percent")]),
    ],
)  # fmt: skip
def test_a_list_marker_is_no_figure(sentence, expected):
    assert values(sentence) == expected


def test_a_list_marker_keeps_its_place_in_the_raw_text():
    norm = normalise("①市场规模达100亿元")
    assert len(norm.text) == len("①市场规模达100亿元")
    assert norm.text.startswith(" 市场规模")


def test_a_year_in_brackets_after_a_word_stays_a_period():
    text = normalise("公司营收(2024)为100亿元。").text
    periods = [q.period for q in extract_quantities(text) if q.kind == "year"]
    assert periods == ["2024"]
