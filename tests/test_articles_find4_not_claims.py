"""Numbers that are no claim, and counted units that were missing (issue 12, fourth session): the
pair named before ("两家公司分别…", "the two companies"), a model number after a CamelCase series
or before letters ("CloudMatrix 384", "1,000 GB200 racks"), and shares and accounts counted with
股 and 户. Single sentences written for the test, answers first."""

import pytest

from suanli.quantities import extract_quantities
from suanli.text import normalise
from tests.helpers import typed_rows, valued_quantities


def values(sentence: str) -> list[tuple]:
    """(surface, kind, value, unit) of every quantity with a value in the sentence."""
    return [(q.surface, q.kind, q.value, q.unit) for q in valued_quantities(sentence)]


# Two companies named, then "the two" at the head of the next clause: a reference, no count.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "甲公司和乙公司都递交了上市申请，两家公司分别计划募资30亿元和20亿元。",
            [("30亿元", "money", 3e9, "CNY"), ("20亿元", "money", 2e9, "CNY")],
        ),
        (
            "甲公司與乙公司都在加碼算力，但兩家企業的打法不同。",
            [],
        ),
        (
            "Dell and HPE both raised guidance; the two companies now expect 20% growth.",
            [("20%", "percent", 20.0, "percent")],
        ),
    ],
)
def test_the_two_named_before_are_no_count(sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("两间供应商称可以供货。", ("两间", "count", 2.0, "count")),
        ("報道引述兩間供應商稱，價格上漲。", ("两间", "count", 2.0, "count")),
        ("这家整机厂有两家供应商。", ("两家", "count", 2.0, "count")),
        ("Two providers quoted the same rate.", ("Two providers", "count", 2.0, "count")),
    ],
)
def test_two_counted_where_they_are_introduced_stay_a_count(sentence, expected):
    assert values(sentence) == [expected]


# A number after a CamelCase series name is the model's, as after an upper-case one.
@pytest.mark.parametrize(
    "sentence",
    [
        "华为CloudMatrix 384超节点调研纪要",
        "華為CloudMatrix 384超節點調研紀要",
        "The PowerEdge 760 ships next month.",
    ],
)
def test_a_number_after_a_camel_case_series_is_a_model_number(sentence):
    assert values(sentence) == []


def test_a_number_after_an_ordinary_word_is_still_read():
    assert values("Meta bought 600 servers.") == [("600 servers", "count", 600.0, "count")]


# Letters glued to a digit after a number start a model name, not a unit: GB200, T4.
@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The lab ordered 1,000 GB200 racks.", "1,000", 1000.0),
        ("The cloud offers 500 T4 GPUs for inference.", "500", 500.0),
    ],
)
def test_a_unit_glued_to_digits_is_a_model_name(sentence, surface, value):
    [(found, fact_type, _metric, number, unit)] = typed_rows(sentence)
    assert (found, fact_type, number, unit) == (surface, "count", value, "count")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Each card carries 80GB of memory.", ("80GB", "data_size", 8e10, "bytes")),
        ("单卡算力为1000T。", ("1000T", "compute", 1e15, "FLOP/s")),
    ],
)
def test_a_unit_before_no_digit_is_still_a_unit(sentence, expected):
    assert values(sentence) == [expected]


# 股 counts shares and 户 accounts; 股东, 股价 and 户外 are other words.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("本次计划公开发行6000万股新股。", ("6000万股", "count", 6e7, "count")),
        ("本次計劃公開發行6000萬股新股。", ("6000万股", "count", 6e7, "count")),
        ("网上有效申购户数为412.3万户。", ("412.3万户", "count", 4.123e6, "count")),
        ("網上有效申購股數達150.5億股。", ("150.5亿股", "count", 1.505e10, "count")),
    ],
)
def test_shares_and_accounts_are_counts(sentence, expected):
    assert values(sentence) == [expected]


def test_a_share_price_per_share_is_still_money():
    assert values("发行价为每股25元。") == [("25元", "money", 25.0, "CNY")]


# 的一个季度, 这一年, 同一个月: one period pointed at is a time, no length of time.
@pytest.mark.parametrize(
    "sentence",
    [
        "这是2019年以来增速第二高的一个季度。",
        "這是2019年以來增速第二高的一個季度。",
        "同一个月里，两家云厂商都调了价。",
    ],
)
def test_one_period_pointed_at_is_no_duration(sentence):
    assert not [v for v in values(sentence) if v[1] == "duration"]


def test_one_month_as_a_length_is_still_a_duration():
    assert ("一个月", "duration", 1.0, "months") in values("整机租一个月要付7万元。")


# 代 counts generations: 四代架构 (第三代 is a rank, 代工 and 代表 are words).
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("这家公司已经迭代了四代GPU架构。", [("四代", "count", 4.0, "count")]),
        ("這家公司已經迭代了四代GPU架構。", [("四代", "count", 4.0, "count")]),
        ("这是该厂第三代推理芯片。", []),
        ("两家代工厂都在扩产。", [("两家", "count", 2.0, "count")]),
    ],
)
def test_generations_are_counted(sentence, expected):
    assert values(sentence) == expected


def test_one_period_before_the_noun_it_measures_is_still_a_duration():
    assert ("一年", "duration", 1.0, "years") in values("这家云厂商的一年长租合约已经签下。")


# A heading's numbering and a chart's label name a place in the text.
@pytest.mark.parametrize(
    "text",
    [
        "2.3 市场规模\n\n这是正文。",
        "2.3 市場規模\n\n這是正文。",
        "图表4：国内加速卡出货量",
        "Figure 3: GPU rental rates by region",
    ],
)
def test_numbering_and_chart_labels_are_no_figures(text):
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.5 万台服务器已经交付。", [("1.5 万台", "count", 15000.0, "count")]),
        ("（3）毛利率提升至35%。", [("35%", "percent", 35.0, "percent")]),
    ],
)
def test_a_figure_at_the_start_of_a_line_is_still_read(text, expected):
    assert values(text) == expected


# 2025.12.05, 2025/12/05, 2025-03: a date in figures is a period, and a time of day is nothing.
@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("截至2025.11.20，这款卡的租金下跌了12%。", "2025-11-20"),
        ("截至2025/11/20，這款卡的租金下跌了12%。", "2025-11-20"),
        ("As of 2025-11, the rent had fallen 12%.", "2025-11"),
    ],
)
def test_a_date_in_figures_dates_the_claim(sentence, period):
    [row] = typed_rows(sentence)
    assert row[0] == "12%"
    text = normalise(sentence).text
    assert [q.period for q in extract_quantities(text) if q.kind == "date"] == [period]


def test_a_time_of_day_is_no_price():
    # (The minutes of 14:30 once became a price of 30 yuan: a unit price under 100.)
    assert typed_rows("发布于2025/11/20 14:30，整机价格上涨5%。") == [
        ("5%", "pct_change", "price_change_pct", 5.0, "percent")
    ]


def test_a_decimal_after_a_year_like_number_is_still_a_value():
    assert values("这家公司去年营收为2025.5万元。") == [("2025.5万元", "money", 20255000.0, "CNY")]


# "每百万tokens 2元", "$0.50 per 1M tokens": what a rate is counted per is no count.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("这款模型的输入价格为每百万tokens 3元。", [("3元", "money", 3.0, "CNY")]),
        ("這款模型的輸入價格為每百萬tokens 3元。", [("3元", "money", 3.0, "CNY")]),
        ("The API charges $0.40 per 1M output tokens.", [("$0.40", "money", 0.4, "USD")]),
        ("每台服务器配备8张加速卡。", [("8张", "count", 8.0, "count")]),
    ],
)
def test_what_a_rate_is_counted_per_is_no_count(sentence, expected):
    assert values(sentence) == expected


def test_two_counts_either_side_of_a_slash_stay_counts():
    assert values("各地的万卡/十万卡集群重新立项。") == [
        ("万卡", "count", 1e4, "count"),
        ("十万卡", "count", 1e5, "count"),
    ]


# "the top five vendors": a group named by its rank, as 前五大厂商 is, counts nothing.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The top five vendors hold 70% of the market.", [("70%", "percent", 70.0, "percent")]),
        (
            "The Top 10 clouds spent $90 billion.",
            [("$90 billion", "money", 9e10, "USD")],
        ),
        ("前五大厂商合计占据80%的份额。", [("80%", "percent", 80.0, "percent")]),
    ],
)
def test_a_group_named_by_rank_is_no_count(sentence, expected):
    assert values(sentence) == expected


def test_top_as_a_verb_keeps_its_amount():
    assert values("Capex will top 50 billion yuan.") == [("50 billion yuan", "money", 5e10, "CNY")]
