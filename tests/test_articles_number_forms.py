"""How a figure is written: a minus before it, a space after a currency prefix, a Chinese numeral
with a decimal point before %. Single sentences, answers written first."""

import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article

ENTITIES = EntityIndex.load()


def only(sentence: str) -> dict:
    found = extract_article("s", sentence, ENTITIES, None).facts
    assert len(found) == 1, found[["surface", "fact_type", "metric", "value"]].to_dict("records")
    return found.iloc[0].to_dict()


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("营收同比-5%。", "-5%", -5.0),
        ("營收年增率為-5%。", "-5%", -5.0),
        ("净利率为-12.3%。", "-12.3%", -12.3),
        ("Gross margin was -4.2% in the quarter.", "-4.2%", -4.2),
        ("增速从-5%回升至8%。", "-5%", -5.0),
        # A fall written with its minus is not turned positive by the word for a fall.
        ("营收下降-5%。", "-5%", -5.0),
    ],
)
def test_a_minus_before_a_percentage_is_its_sign(sentence, surface, value):
    found = extract_article("s", sentence, ENTITIES, None).facts
    row = found[found.surface == surface].iloc[0]
    assert row.value == value and row.value_low == row.value_high == value


@pytest.mark.parametrize(
    ("sentence", "surface", "metric", "value", "unit"),
    [
        ("净利润为-3.5亿元。", "-3.5亿元", "net_loss", 3.5e8, "CNY"),
        ("淨利潤為−3.5億元。", "−3.5亿元", "net_loss", 3.5e8, "CNY"),
        ("Net income was -$1.2 billion.", "-$1.2 billion", "net_loss", 1.2e9, "USD"),
        ("Operating income was -$300 million.", "-$300 million", "operating_loss", 3e8, "USD"),
        ("净利润为3.5亿元。", "3.5亿元", "net_profit", 3.5e8, "CNY"),
    ],
)
def test_a_profit_below_zero_is_a_loss_of_its_size(sentence, surface, metric, value, unit):
    row = only(sentence)
    assert (row["surface"], row["metric"], row["value"], row["unit"]) == (
        surface,
        metric,
        value,
        unit,
    )
    assert row["plausible"]


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("涨幅在10%-20%之间。", 10.0, 20.0),
        ("售价3-5万元。", 3e4, 5e4),
        ("价格区间为 10 - 20%。", 10.0, 20.0),
    ],
)
def test_a_dash_between_two_figures_stays_a_range(sentence, low, high):
    row = only(sentence)
    assert (row["value_low"], row["value_high"]) == (low, high)


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("Revenue was NT$ 860 billion.", "NT$ 860 billion", 8.6e11, "TWD"),
        ("Revenue was US $8.6 billion.", "US $8.6 billion", 8.6e9, "USD"),
        ("Capex reached US$ 8.6 billion.", "US$ 8.6 billion", 8.6e9, "USD"),
        ("Capex was HK$ 12.3bn.", "HK$ 12.3bn", 1.23e10, "HKD"),
    ],
)
def test_a_space_after_a_currency_prefix(sentence, surface, value, unit):
    row = only(sentence)
    assert (row["surface"], row["value"], row["unit"]) == (surface, value, unit)


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("台灣第三季GDP成長七．六四％。", "七.六四%", 7.64),
        ("成長率為七點六四％。", "七点六四%", 7.64),
        ("毛利率为二十三点五%。", "二十三点五%", 23.5),
        ("营收增长五%。", "五%", 5.0),
    ],
)
def test_a_chinese_numeral_with_a_decimal_point_before_the_percent_sign(sentence, surface, value):
    row = only(sentence)
    assert (row["surface"], row["value"], row["unit"]) == (surface, value, "percent")


def test_a_word_ending_in_us_before_a_dollar_sign_is_no_currency_prefix():
    found = extract_article("s", "It rents for $2 an hour, versus $8 a year ago.", ENTITIES, None)
    assert "$8" in found.facts.surface.tolist()


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("Revenue reached KRW 10 trillion.", "KRW 10 trillion", 1e13, "KRW"),
        ("营收为3000亿韩元。", "3000亿韩元", 3e11, "KRW"),
        ("營收為3000億韓元。", "3000亿韩元", 3e11, "KRW"),
        ("Capex was SGD 1.5 billion.", "SGD 1.5 billion", 1.5e9, "SGD"),
        ("Capex was S$1.5 billion.", "S$1.5 billion", 1.5e9, "SGD"),
        ("Revenue was NT $860 billion.", "NT $860 billion", 8.6e11, "TWD"),
    ],
)
def test_won_singapore_dollars_and_a_spaced_prefix_keep_their_currency(
    sentence, surface, value, unit
):
    row = only(sentence)
    assert (row["surface"], row["value"], row["unit"], row["plausible"]) == (
        surface,
        value,
        unit,
        True,
    )


@pytest.mark.parametrize("sentence", ["出货量为1.2亿部。", "全年手機出貨量達1.2億部。"])
def test_bu_counts_devices(sentence):
    row = only(sentence)
    assert (row["fact_type"], row["metric"], row["value"]) == ("count", "shipments", 1.2e8)


@pytest.mark.parametrize("sentence", ["两部门联合发文。", "三部委发布通知。", "其中2部分为新增。"])
def test_bu_in_a_department_or_a_part_counts_nothing(sentence):
    assert extract_article("s", sentence, ENTITIES, None).facts.empty
