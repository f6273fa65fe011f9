"""A percentage told by its number of digits in three more forms: the part of a named whole
(占到笔记本电脑出货量的双位数), an index's weight (权重可达两位数), and a growth with how strong it
is between (双位数的强劲增长), also where a later clause after a semicolon gives another measure's
percentage. blind14 313 (two) and blind11 247 showed them, never read. A share is at most a
hundred: 占…的三位数 stays no share. Sentences written for the test: (surface, fact_type, value)."""

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 11, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "在国内市场，AI手机已经占到智能手机出货量的双位数。",
            [("双位数", "share", (10.0, 99.0))],
        ),
        (
            "分析師看好該公司在指數中的權重可達兩位數。",
            [("两位数", "share", (10.0, 99.0))],
        ),
        (
            "各项业务的营收都录得双位数的强劲增长；净利润为29亿元，同比增长48%。",
            [
                ("双位数", "pct_change", (10.0, 99.0)),
                ("29亿元", "earnings", 2.9e9),
                ("48%", "pct_change", 48.0),
            ],
        ),
        # must not fire: the digits only announce the figure the same clause run gives
        (
            "数据中心业务保持两位数增长，收入增长17%。",
            [("17%", "pct_change", 17.0)],
        ),
    ],
)
def test_digit_counts_in_more_forms(text, expected):
    assert fact_fields(text, PUBLISHED, "surface", "fact_type", "value") == expected


def test_a_share_of_three_digits_is_no_share():
    assert fact_fields("该公司的专利数量占到全行业的三位数。", PUBLISHED, "surface") == []
