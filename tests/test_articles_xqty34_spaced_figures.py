"""Spaces inside a figure (issue 12, class 1), two more places a writer puts one:
- before a 兆 of money (營收 1.47 兆元, blind12 276): the lone-trillion reading took 兆元 alone as
  one trillion and left 1.47 unread;
- after a decimal point (归母净利润5. 42 亿元, blind12 277): read before as 5 and 42 亿元, only
  inside a figure a Chinese word leads and a 万/亿/兆 ends.
The sentences are new."""

import pytest

from tests.helpers import valued_quantities

CASES = [
    ("甲公司前三季營收 2.36 兆元，年增 40%。", ("2.36 兆元", 2.36e12)),
    ("乙公司全年营收 3 兆元。", ("3 兆元", 3e12)),
    ("丙公司第二季度净利润3. 18 亿元，同比增长12%。", ("3. 18 亿元", 3.18e8)),
    ("丁公司营收 12. 5亿元。", ("12. 5亿元", 1.25e9)),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_a_spaced_figure_is_read_whole(text, row):
    assert row in [(q.surface, q.value) for q in valued_quantities(text)]


UNTOUCHED = [
    # a 兆 of money with no numeral is still one trillion
    ("公司今年營收挑戰破兆元。", [1e12]),
    # a list's number before a figure, a sentence's last number before the next one's first
    ("项目如下：1. 30亿元的数据中心。", [1.0, 3e9]),
    ("Sales grew in 2025. 42 firms joined.", [42.0]),
    # a decimal point with a space and no 万/亿/兆 after it stays two numbers
    ("公司股价报5. 42元。", [5.0, 42.0]),
]


@pytest.mark.parametrize(("text", "values"), UNTOUCHED)
def test_other_spaces_are_not_bridged(text, values):
    assert [q.value for q in valued_quantities(text) if q.kind != "year"] == values
