"""An operating profit is `earnings` / `operating_income` whichever script names it: Taiwan's
營業利益, 營運獲利 and 營益, Hong Kong's 經營溢利, beside 营业利润 and "operating profit";
獲利 alone stays a net profit and 營益率 a margin. Each text is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import measures

PUBLISHED = date(2025, 9, 1)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("三星電子去年營業利益達43.6兆韓元，創下新高。", "43.6兆韩元"),
        ("聯發科第三季營運獲利為新台幣150億元。", "新台币150亿元"),
        ("該公司今年營益約新台幣80億元。", "新台币80亿元"),
        ("联想集团上季度经营溢利为12亿美元。", "12亿美元"),
        (
            "Samsung posted an operating profit of 12.2 trillion won in the quarter.",
            "12.2 trillion won",
        ),
    ],
)
def test_operating_profit_words_name_operating_income(text, surface):
    assert measures(text, PUBLISHED) == [(surface, "earnings", "operating_income")]


def test_a_bare_profit_word_stays_a_net_profit():
    assert measures("台積電去年獲利達新台幣1.17兆元。", PUBLISHED) == [
        ("新台币1.17兆元", "earnings", "net_profit")
    ]


def test_operating_and_net_profit_side_by_side_keep_their_own():
    assert measures("公司去年營業利益為35億元，稅後淨利為28億元。", PUBLISHED) == [
        ("35亿元", "earnings", "operating_income"),
        ("28亿元", "earnings", "net_profit"),
    ]


def test_an_operating_margin_stays_a_margin():
    assert measures("該公司營益率為18%。", PUBLISHED) == [("18%", "share", "operating_margin")]
