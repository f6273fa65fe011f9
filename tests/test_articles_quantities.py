"""Numeric mentions → values in base units, units, qualifiers and periods (suanli.quantities)."""

import pytest

from suanli.entities import EntityIndex
from suanli.quantities import extract_quantities, parse_chinese_numeral, yearless_periods
from suanli.text import normalise


def quantities(sentence: str):
    text = normalise(sentence).text
    mentions = [(start, end) for start, end, _ in EntityIndex.load().find_all(text)]
    return extract_quantities(text, mentions)


def only(sentence: str):
    found = quantities(sentence)
    assert len(found) == 1, [q.surface for q in found]
    return found[0]


def mention(sentence: str, surface: str):
    found = [q for q in quantities(sentence) if q.surface == surface]
    assert found, [q.surface for q in quantities(sentence)]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit", "kind"),
    [
        # The examples the issue names, each inside a sentence as articles write them.
        ("在短短一周之内,涨价近7万元人民币", "7万元人民币", 7e4, "CNY", "money"),
        ("训练服务器需求约2亿美元", "2亿美元", 2e8, "USD", "money"),
        ("中国AI服务器市场规模达350.3亿元", "350.3亿元", 3.503e10, "CNY", "money"),
        ("参数量为1750亿", "1750亿", 1.75e11, None, "plain"),
        ("每3—4个月就要翻一番之前", "3—4个月", 3.5, "months", "duration"),
        ("GPU IP自研需要36-48个月", "36-48个月", 42, "months", "duration"),
        ("需要7-8个数据中心", "7-8个", 7.5, "count", "count"),
        ("16位浮点算力达到1000T", "1000T", 1e15, "FLOP/s", "compute"),
        ("算力500P的数据中心", "500P", 5e17, "FLOP/s", "compute"),
        ("总算力消耗约3640PF-days", "3640PF-days", 3640, "PF-days", "compute"),
        ("累计体积约40G", "40G", 4e10, "bytes", "data_size"),
        ("在超过45TB的文本上训练", "45TB", 4.5e13, "bytes", "data_size"),
        ("数据集共有约800万篇文章", "800万篇", 8e6, "count", "count"),
        ("至少需要3000枚芯片", "3000枚", 3000, "count", "count"),
        ("峰值算力达到旗舰产品的三倍以上", "三倍", 3, "ratio", "ratio"),
        ("相当于维基百科的160倍", "160倍", 160, "ratio", "ratio"),
        ("同比增长68.6%", "68.6%", 68.6, "percent", "percent"),
        # Chinese numerals, 万亿, full-width digits, per-unit prices.
        ("市场规模将达到1.2万亿元", "1.2万亿元", 1.2e12, "CNY", "money"),
        ("采购了两千张显卡", "两千张", 2000, "count", "count"),
        ("售价三十万元", "三十万元", 3e5, "CNY", "money"),
        ("售价约２５万元", "25万元", 2.5e5, "CNY", "money"),
        ("预计将达到1,000亿元", "1,000亿元", 1e11, "CNY", "money"),
        ("出货量为10.8万台", "10.8万台", 1.08e5, "count", "count"),
        ("提升了20个百分点", "20个百分点", 20, "percentage_points", "percent"),
        ("显存带宽为3.35TB/s", "3.35TB/s", 3.35e12, "bytes/s", "bandwidth"),
        ("功耗700W", "700W", 700, "W", "power"),
        # English scales, currency symbols and words.
        ("the market reached USD 9.1 billion", "USD 9.1 billion", 9.1e9, "USD", "money"),
        ("it sells for $40,000", "$40,000", 4e4, "USD", "money"),
        ("a round of $1.2bn", "$1.2bn", 1.2e9, "USD", "money"),
        ("roughly 30,000 yuan", "30,000 yuan", 3e4, "CNY", "money"),
        ("priced at €30,000", "€30,000", 3e4, "EUR", "money"),
        ("it has 1.76 trillion parameters", "1.76 trillion parameters", 1.76e12, "parameters",
         "parameters"),
        ("1,979 TFLOPS of FP16", "1,979 TFLOPS", 1.979e15, "FLOP/s", "compute"),
        ("3,958 TOPS of INT8", "3,958 TOPS", 3.958e15, "OP/s", "compute"),
        ("trained on 300 billion tokens", "300 billion tokens", 3e11, "count", "count"),
        ("the price doubled", "doubled", 2, "ratio", "ratio"),
        ("价格翻了一番", "翻了一番", 2, "ratio", "ratio"),
        # 成 counts tenths; 百分之X; vague 数十万 (an order of magnitude, see the range test).
        ("升幅逾6成", "6成", 60, "percent", "percent"),
        ("利用率不足两成", "两成", 20, "percent", "percent"),
        ("降幅达三成五", "三成五", 35, "percent", "percent"),
        ("按合同金额的百分之十五给予补贴", "百分之十五", 15, "percent", "percent"),
        ("增速为百分之三点五", "百分之三点五", 3.5, "percent", "percent"),
        # 卡 as a measure word, 千卡/万卡 clusters, counts of ten or more with 个.
        ("一台8卡H100服务器", "8卡", 8, "count", "count"),
        ("一台八卡A800服务器", "八卡", 8, "count", "count"),
        ("建设万卡集群", "万卡", 1e4, "count", "count"),
        ("项目超过四十个", "四十个", 40, "count", "count"),
        # Process nodes; hyphenated English units.
        ("采用7nm工艺", "7nm", 7, "nm", "process"),
        ("采用5纳米制程", "5纳米", 5, "nm", "process"),
        ("a three-year reserved contract", "three-year", 3, "years", "duration"),
        ("an 8-GPU server", "8-GPU", 8, "count", "count"),
        # fractions are ratios here; facts make a part of a whole a percent
        ("价格只有原来的一半", "一半", 0.5, "ratio", "ratio"),
        ("半数企业已部署大模型", "半数", 0.5, "ratio", "ratio"),
        ("成本降至四分之一", "四分之一", 0.25, "ratio", "ratio"),
        ("about two thirds of the cluster", "two thirds", 2 / 3, "ratio", "ratio"),
        ("a quarter of all shipments", "a quarter", 0.25, "ratio", "ratio"),
        ("sold at half the list price", "half", 0.5, "ratio", "ratio"),
        # Taiwan/Hong Kong 兆 (1e12) before money; New Taiwan dollars; basis points
        ("全年营收约新台币3.2兆元", "新台币3.2兆元", 3.2e12, "TWD", "money"),
        ("营收为NT$850 billion", "NT$850 billion", 8.5e11, "TWD", "money"),
        ("margin fell 80 basis points", "80 basis points", 0.8, "percentage_points", "percent"),
    ],
)  # fmt: skip
def test_values_in_base_units(sentence, surface, value, unit, kind):
    q = mention(sentence, surface)
    assert (q.unit, q.kind) == (unit, kind)
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "low", "high", "unit"),
    [
        ("每3—4个月", 3, 4, "months"),
        ("需要36-48个月", 36, 48, "months"),
        ("需要12-18个月开发周期", 12, 18, "months"),
        ("需要7-8个数据中心", 7, 8, "count"),
        ("价格在20万到25万元之间", 2e5, 2.5e5, "CNY"),
        ("上涨15%-20%", 15, 20, "percent"),
        ("上涨15%至20%", 15, 20, "percent"),
        ("takes 36 to 48 months", 36, 48, "months"),
        ("priced between $25,000 and $30,000", 2.5e4, 3e4, "USD"),
        ("between 2 and 3 months", 2, 3, "months"),
        ("a 20-30% premium", 20, 30, "percent"),
        ("lead times of 36 to 52 weeks", 252, 364, "days"),
        ("需要采购数十万张GPU", 1e5, 1e6, "count"),
    ],
)
def test_ranges_keep_both_bounds_and_the_midpoint(sentence, low, high, unit):
    q = only(sentence)
    assert (q.value_low, q.value_high, q.unit) == (pytest.approx(low), pytest.approx(high), unit)
    assert q.value == pytest.approx((low + high) / 2)


def test_a_move_from_one_value_to_another_is_two_quantities_not_a_range():
    moves = [quantities(s) for s in ("从6万元一路涨至9万元", "从6万到9万元", "从15%到20%")]
    moves.append(quantities("the A100 went from $10,000 to $15,000"))
    for found in moves:
        assert len(found) == 2, [q.surface for q in found]
        assert found[0].value < found[1].value
        assert found[0].value_low == found[0].value_high


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("需求约2亿美元", "approx"),
        ("涨价近7万元", "approx"),
        ("售价普遍高达30万左右", "approx"),
        ("售价大约25万元", "approx"),
        ("sells for around $40,000", "approx"),
        ("参数量在1亿级别", "approx"),
        ("至少需要3000枚", "at_least"),
        ("1000T以上", "at_least"),
        ("涨幅超过50%", "at_least"),
        ("三个月多", "at_least"),
        ("more than 50%", "at_least"),
        ("over 10,000 GPUs", "at_least"),
        ("最多5万元", "up_to"),
        ("不超过5万元", "up_to"),
        ("不到5万元", "up_to"),
        ("100万元以内", "up_to"),
        ("cost up to $100 million", "up_to"),
        ("售价25万元", "exact"),
        ("数百亿元", "approx"),
        ("expected to exceed $5 billion", "at_least"),
        ("售价已跌破1万美元", "up_to"),
        ("单柜售价上看300万美元", "up_to"),
        ("过半数的订单", "at_least"),
    ],
)
def test_qualifiers(sentence, qualifier):
    assert only(sentence).qualifier == qualifier


def test_integer_precision_before_a_bare_t_means_operations_not_flops():
    fp16, int8 = [
        q
        for q in quantities("16位浮点算力达到1000T以上、8位定点算力达到2000T以上")
        if q.kind == "compute"
    ]
    assert (fp16.value, fp16.unit) == (1e15, "FLOP/s")
    assert (int8.value, int8.unit) == (2e15, "OP/s")


@pytest.mark.parametrize(
    ("sentence", "period", "kind"),
    [
        ("2021年全年", "2021", "year"),
        ("截至2022年第三季度", "2022Q3", "quarter"),
        ("2022年Q3", "2022Q3", "quarter"),
        ("2021年下半年", "2021H2", "half_year"),
        ("2023年3月", "2023-03", "date"),
        ("in the second quarter of 2023", "2023Q2", "quarter"),
        ("Q4 2023 shipments", "2023Q4", "quarter"),
        ("2024财年第二季度营收", "FY2024Q2", "quarter"),
        ("In Q2 FY2024 revenue", "FY2024Q2", "quarter"),
        ("FY24 revenue", "FY2024", "year"),
        ("in 2023, up", "2023", "year"),
        # Research-note shorthand: estimate years, Q3'24, 1H24, the first three quarters.
        ("2024E全球出货量", "2024", "year"),
        ("英伟达Q3'24数据中心", "2024Q3", "quarter"),
        ("3Q24 revenue", "2024Q3", "quarter"),
        ("1H24中国", "2024H1", "half_year"),
        ("H2 2024 shipments", "2024H2", "half_year"),
        ("2024年前三季度实现", "2024Q1-Q3", "quarter"),
        ("市场规模,2027E有望", "2027", "year"),
    ],
)
def test_periods(sentence, period, kind):
    q = only(sentence)
    assert (q.period, q.kind) == (period, kind)


@pytest.mark.parametrize(
    "sentence",
    [
        "英伟达的A100、H100和RTX 4090显卡",  # model numbers are names, not quantities
        "GPT-3.5在Azure上训练",
        "支持FP64和INT8",
        "在消费级市场占据大部分市场",
        "一卡难求",  # 一卡 is a word, not one card
        "成本和完成度",
    ],
)
def test_numbers_inside_names_are_not_quantities(sentence):
    assert quantities(sentence) == []


def test_a_number_next_to_a_garbled_span_is_not_read():
    text = normalise("運行??傊?3?萬臺服務器,售價2萬元").text
    found = extract_quantities(text, [(i, i + 1) for i, c in enumerate(text) if c == "\ufffd"])
    assert [q.surface for q in found] == ["2万元"]


def test_an_estimate_year_is_a_period_not_exaflops():
    """`2024E` in a research note: E marks an estimate, not an exa- prefix."""
    found = quantities("2024E至2026E")
    assert [(q.kind, q.period) for q in found] == [("year_range", "2024-2026")]


def test_year_followed_by_a_unit_is_a_count_not_a_year():
    q = only("采购了2000张显卡")
    assert (q.kind, q.value) == ("count", 2000)


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("三", 3),
        ("十五", 15),
        ("两百", 200),
        ("三万五千", 35000),
        ("万亿", 1e12),
        ("一千二百", 1200),
    ],
)
def test_chinese_numerals(numeral, value):
    assert parse_chinese_numeral(numeral) == value


def test_a_quarter_of_time_is_no_fraction():
    assert not [q for q in quantities("deliveries take a quarter") if q.kind == "ratio"]
    assert (
        only("deliveries take two quarters").kind,
        only("deliveries take two quarters").value,
    ) == (
        "duration",
        6,
    )


def test_a_quarter_without_dao_is_still_a_quarter():
    assert only("2024年第三季合并营收").period == "2024Q3"
    assert only("2025财年第三季").period == "FY2025Q3"
    assert only("in the second half of 2024").period == "2024H2"


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("第三季度单季毛利率", "Q3"),
        ("三季度营收", "Q3"),
        ("前三季度营收", "Q1-Q3"),
        ("下半年开始放量", "H2"),
        ("For Q4 we expect", "Q4"),
        ("in the fourth quarter", "Q4"),
        ("in the second half", "H2"),
    ],
)
def test_quarters_and_halves_without_a_year(sentence, period):
    """No quantity (no value until a year is known): facts give them the year stated nearby."""
    text = normalise(sentence).text
    assert [q.period for q in yearless_periods(text, 0, len(text))] == [period]
    assert not [q for q in quantities(sentence) if q.kind in ("quarter", "half_year")]
