"""A figure written in two parts whose second part follows 万 as bare digits (issue 12, round 37):
36萬8000元 is 368,000 and 1萬2000美元 12,000, the four places below the 万 written in digits, as
3亿5000万 writes the places below the 亿. Before, 36万 was read alone and 8000元 as a second
figure (and a bare 2000 before 至 as a year). The second part also ends a range: 1万至1万2000美元.
The sentences are new."""

import pytest

from tests.helpers import valued_quantities

CASES = [
    ("该款显卡在当地售价约45萬6000元。", ("45万6000元", 456000.0, 456000.0)),
    ("每套系统报价2万3500美元。", ("2万3500美元", 23500.0, 23500.0)),
    ("这家工厂去年出货7万1200台。", ("7万1200台", 71200.0, 71200.0)),
    ("改装卡的价格介于2万至2万4000美元。", ("2万至2万4000美元", 20000.0, 24000.0)),
    ("每月租金在1万1000至1万3000元之间。", ("1万1000至1万3000元", 11000.0, 13000.0)),
    # the place below 亿 in a range's first end is kept, too
    ("项目预算为2亿5000万至3亿元。", ("2亿5000万至3亿元", 2.5e8, 3e8)),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_a_figure_in_two_parts_is_read_whole(text, row):
    rows = [(q.surface, q.value_low, q.value_high) for q in valued_quantities(text)]
    assert row in rows


UNTOUCHED = [
    # a year after 万 is a year, not the second part of a figure
    ("销量突破8万2025年仍在增长。", [80000.0, 2025.0]),
    # a separator between them makes two figures
    ("首批订货3万，2000台已经交付。", [30000.0, 2000.0]),
    # five digits are not the four places below 万
    ("公司存货5万12000台。", [50000.0, 12000.0]),
    # a thousands separator after the digits: another number
    ("营收达1万1,200元。", None),
]


@pytest.mark.parametrize(("text", "values"), UNTOUCHED)
def test_other_digits_after_wan_are_not_joined(text, values):
    got = [q.value for q in valued_quantities(text)]
    if values is None:
        assert 11200.0 not in got
    else:
        assert got == values
