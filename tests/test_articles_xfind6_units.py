"""Figures whose unit was not read (issue 12, fifth session): floor and site areas (平方呎,
平方米, square feet), heights in metres (楼底6米), seconds, runs of quarters (连续9季, "12
consecutive quarters"), English counts of nations and companies with a word describing them
("18 allied nations", "300+ new providers"), a small count before a noun in Latin letters
(四个die); and a number naming a tier ("Tier 1 countries"), no count. Single sentences written
for the test, answers first."""

import pytest

from suanli.plausibility import load_rules
from suanli.quantities import extract_quantities
from suanli.text import normalise
from tests.helpers import typed_rows, valued_quantities


def values(sentence: str) -> list[tuple]:
    """(surface, kind, value, unit) of every quantity with a value in the sentence."""
    return [(q.surface, q.kind, q.value, q.unit) for q in valued_quantities(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "该园区地盘总面积8.5万平方米，楼面面积最多20万平方米。",
            [("8.5万平方米", "spec", "site_area", 85000.0, "m2"),
             ("20万平方米", "spec", "floor_area", 200000.0, "m2")],
        ),
        (
            "該園區地盤總面積8.5萬平方米，樓面面積最多20萬平方米。",
            [("8.5万平方米", "spec", "site_area", 85000.0, "m2"),
             ("20万平方米", "spec", "floor_area", 200000.0, "m2")],
        ),
        (
            "未來三年本港將有約 300 萬平方呎的新設施落成。",
            [("300 万平方呎", "spec", "floor_area", 3e6, "sq ft")],
        ),
        (
            "The operator plans to add 1.2 million square feet of data centre space.",
            [("1.2 million square feet", "spec", "floor_area", 1.2e6, "sq ft")],
        ),
    ],
)  # fmt: skip
def test_areas_are_specs_in_their_unit(sentence, expected):
    assert typed_rows(sentence) == expected


@pytest.mark.parametrize(
    "sentence", ["旧厂房改建的机房楼底只有5米。", "舊廠房改建的機房樓底只有5米。"]
)
def test_a_floor_height_in_metres(sentence):
    assert typed_rows(sentence) == [("5米", "spec", "ceiling_height", 5.0, "m")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("米哈游有3000名员工。", [("3000名", "count", 3000.0, "count")]),
        ("这些纳米级工艺很贵。", []),
    ],
)
def test_mi_in_a_word_is_no_metre(sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("GCP gives only a 30-second warning before eviction.",
         ("30-second", "duration", 30.0, "seconds")),
        ("系统每次切换需要45秒。", ("45秒", "duration", 45.0, "seconds")),
        ("系統每次切換需要45秒。", ("45秒", "duration", 45.0, "seconds")),
    ],
)  # fmt: skip
def test_seconds_are_a_duration(sentence, expected):
    assert values(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("云端收入已连续8季录得增长。", ("8季", "duration", 24.0, "months")),
        ("雲端收入已連續8季錄得增長。", ("8季", "duration", 24.0, "months")),
        ("Revenue has grown for 10 consecutive quarters.",
         ("10 consecutive quarters", "duration", 30.0, "months")),
        ("Sales rose for three straight years.", ("three straight years", "duration", 3.0,
                                                  "years")),
    ],
)  # fmt: skip
def test_a_run_of_quarters_or_years_is_a_duration(sentence, expected):
    assert values(sentence) == [expected]


def test_a_quarter_named_with_a_bare_digit_is_no_run():
    assert [kind for _, kind, *_ in values("今年3季营收大增。")] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The rules cover 40 allied nations.", ("40 allied nations", "count", 40.0, "count")),
        ("Shipments went to 12 countries.", ("12 countries", "count", 12.0, "count")),
        ("Some 200+ new providers arrived.", ("200+ new providers", "count", 200.0, "count")),
    ],
)
def test_english_counts_of_nations_and_firms_with_a_describing_word(sentence, expected):
    assert values(sentence) == [expected]


def test_a_function_word_is_no_describing_word():
    assert values("It sold 40 of the providers.") == [("40", "plain", 40.0, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Firms in Tier 1 countries get the most access.",
        "Tier 2 countries face caps.",
        "The plant enters Phase 3 next year.",
    ],
)
def test_a_tier_or_phase_number_is_a_name(sentence):
    assert [q for q in values(sentence) if q[1] in ("count", "plain")] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("这颗芯片把四个die封装在一起。", ("四个", "count", 4.0, "count")),
        ("這顆晶片把四個die封裝在一起。", ("四个", "count", 4.0, "count")),
    ],
)
def test_a_small_count_before_a_latin_noun_is_a_count(sentence, expected):
    assert values(sentence) == [expected]


def test_a_small_count_before_a_chinese_noun_stays_a_word():
    assert values("公司确定了三个方向。") == []


def test_a_duration_in_seconds_is_plausible():
    # (Without seconds in the duration family the range would flag every such fact.)
    assert load_rules().reason("duration", "duration", "seconds", [30.0]) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("智算服务器的单价可达传统服务器的数十倍。", ("数十倍", "ratio", 10.0, 100.0)),
        ("智算伺服器的單價可達傳統伺服器的數十倍。", ("数十倍", "ratio", 10.0, 100.0)),
        ("这种芯片的价格涨了几百倍。", ("几百倍", "ratio", 100.0, 1000.0)),
        ("功率密度足足高出十倍。", ("十倍", "ratio", 10.0, 10.0)),
    ],
)
def test_some_tens_of_times_is_a_range_of_ratios(sentence, expected):
    text = normalise(sentence).text
    [q] = [q for q in extract_quantities(text) if q.value is not None]
    assert (q.surface, q.kind, q.value_low, q.value_high) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("一个训练集群的用电量可达吉瓦级。", ("吉瓦级", "spec", "power", 1e9, "W")),
        ("一個訓練集群的用電量可達吉瓦級。", ("吉瓦级", "spec", "power", 1e9, "W")),
        ("Meta is building a gigawatt-scale campus.", ("gigawatt-scale", "spec", "power", 1e9,
                                                       "W")),
    ],
)  # fmt: skip
def test_power_named_by_its_order_is_one_of_the_unit(sentence, expected):
    assert typed_rows(sentence) == [expected]


def test_a_figure_before_the_order_keeps_its_own_value():
    assert values("这是3吉瓦级的项目。") == [("3吉瓦", "power", 3e9, "W")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("数据中心年耗电量达1000亿千瓦时。", ("1000亿千瓦时", "spec", "energy", 1e14, "Wh")),
        ("數據中心年耗電量達1000億千瓦時。", ("1000亿千瓦时", "spec", "energy", 1e14, "Wh")),
        ("这座园区的年耗电量为300亿度。", ("300亿度", "spec", "energy", 3e13, "Wh")),
        ("Data centres used 415 TWh of electricity.", ("415 TWh", "spec", "energy", 4.15e14,
                                                       "Wh")),
    ],
)  # fmt: skip
def test_energy_is_no_power(sentence, expected):
    assert typed_rows(sentence) == [expected]


def test_degrees_that_are_no_electricity_are_no_energy():
    assert [q for q in values("机房温度维持在25度。") if q[1] == "energy"] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The cluster delivers 1.4 exaflops of compute.", ("1.4 exaflops", "compute", 1.4e18,
                                                           "FLOP/s")),
        ("TSMC's 5 nanometre process is full.", ("5 nanometre", "process", 5.0, "nm")),
        ("Revenue rose 12pc in the quarter.", ("12pc", "percent", 12.0, "percent")),
    ],
)  # fmt: skip
def test_english_unit_words(sentence, expected):
    assert values(sentence) == [expected]


def test_pcs_counted_are_no_percent():
    assert [q for q in values("The lab bought 5 PCs.") if q[1] == "percent"] == []
