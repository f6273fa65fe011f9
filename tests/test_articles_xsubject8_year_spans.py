"""A span of the year after the subject (前九月, 前10个月, 前三季度, 上半年)
starts its predicate, as 今年 does: "伺服器前九月出口…" is the servers' export,
"液冷服务器上半年出货量…" the liquid-cooled servers'. After a bare 公司 or 集团 the
phrase stays whole (公司前三季度营收). Blind2 74 showed the class; the sentences
are new. Each row is (surface, subject)."""

import pytest

from tests.helpers import subject_rows

SPAN_CASES = [
    ("交换机前十月出口82.4亿美元。", ("82.4亿美元", "交换机")),
    ("交換機前十月出口82.4億美元。", ("82.4亿美元", "交换机")),
    ("浸没式液冷机柜上半年出货量增长45%。", ("45%", "浸没式液冷机柜")),
    ("浸沒式液冷機櫃上半年出貨量增長45%。", ("45%", "浸没式液冷机柜")),
    ("光模块前三季度出口增长60%。", ("60%", "光模块")),
]


@pytest.mark.parametrize(("text", "row"), SPAN_CASES)
def test_a_span_of_the_year_ends_the_subject(text, row):
    assert [r[:2] for r in subject_rows(text)] == [row]


def test_a_company_word_before_the_span_keeps_the_phrase():
    assert [r[:2] for r in subject_rows("集团前三季度营收达到17亿元。")] == [
        ("17亿元", "集团前三季度营收")
    ]
