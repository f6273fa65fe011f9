"""Hong Kong and Taiwan copy tells a multiple something grew by with verbs the growth cues lacked:
按年 (year on year), 急增 / 大增 / 暴增, and a bare 增 right before the figure (收入增1.7倍). Such a
multiple is a growth_ratio. And 数据中心 (a data centre) is no word of data: a data centre's
revenue that grew was read as a size ratio. Seen in blind14 319 (scored), and in the texts of
blind4 118, blind8 185 and blind11 249, whose writers gave no metric. The sentences are new."""

from datetime import date

from tests.helpers import fact_fields

PUBLISHED = date(2025, 8, 28)


def _ratios(text: str) -> list[tuple]:
    return [
        row[1:]
        for row in fact_fields(text, PUBLISHED, "fact_type", "metric", "value")
        if row[0] == "ratio"
    ]


def test_a_bare_zeng_before_the_multiple():
    assert _ratios("輝達數據中心收入增1.7倍。\n") == [("growth_ratio", 1.7)]


def test_year_on_year_sharp_growth_in_hong_kong_copy():
    text = "期內，數據中心的營業收入錄得100億元，按年急增1.7倍。\n"
    assert _ratios(text) == [("growth_ratio", 1.7)]


def test_simplified_surge_verbs():
    assert _ratios("寒武纪去年营收大增4.5倍。\n") == [("growth_ratio", 4.5)]
    assert _ratios("沐曦营收暴增40倍。\n") == [("growth_ratio", 40.0)]


def test_a_data_centres_revenue_is_no_size():
    assert _ratios("英伟达数据中心业务收入增长1.7倍。\n") == [("growth_ratio", 1.7)]


def test_a_size_and_a_performance_multiple_are_left_alone():
    # Must not fire: 数据集 still names data, and a multiple of another chip is performance.
    assert _ratios("该数据集的大小是上一版的3倍。\n") == [("size_ratio", 3.0)]
    assert _ratios("H200的推理速度是H100的1.9倍。\n") == [("performance_ratio", 1.9)]


def test_a_zeng_not_before_a_figure_names_no_growth():
    # Must not fire: 增 inside 增资 (a capital increase) before the multiple's clause.
    assert _ratios("公司完成增资，估值相当于去年的3倍。\n") == [("size_ratio", 3.0)]
