"""依次, 依序 and 各 pair the figures with the names listed before them, in order, as 分别 and
"respectively" do: "GPT-2、GPT-3的参数量依次为15亿、1750亿" gives 15亿 to GPT-2. 各 with one figure
is each one's alike: a claim per company (tests/test_articles_xfind15_each_company.py). Each row
is (surface, subject)."""

import pytest

from tests.helpers import subject_rows

IN_ORDER_CASES = [
    (
        "H20和H200的售价依次为12万元、25万元。",
        [("12万元", "NVIDIA H20"), ("25万元", "NVIDIA H200")],
    ),
    (
        "H20和H200的售價依序為12萬元、25萬元。",
        [("12万元", "NVIDIA H20"), ("25万元", "NVIDIA H200")],
    ),
    (
        "H20和H200的售价各为12万元和25万元。",
        [("12万元", "NVIDIA H20"), ("25万元", "NVIDIA H200")],
    ),
    (
        "H20和H200的售價各為12萬元和25萬元。",
        [("12万元", "NVIDIA H20"), ("25万元", "NVIDIA H200")],
    ),
    (
        "The H20 and the H200 list at $12,000 and $25,000 in turn.",
        [("$12,000", "NVIDIA H20"), ("$25,000", "NVIDIA H200")],
    ),
]


@pytest.mark.parametrize(("text", "rows"), IN_ORDER_CASES)
def test_figures_in_order_go_to_the_names_in_order(text, rows):
    assert [r[:2] for r in subject_rows(text)] == rows


def test_each_with_one_figure_is_each_ones():
    rows = [r[:2] for r in subject_rows("百度和腾讯的投资各为100亿元。")]
    assert rows == [("100亿元", "Baidu"), ("100亿元", "Tencent")]
