"""A results story's sentence that opens on a topic label and then a company's results measure
(盈利质量方面，上半年毛利率…, "As for profitability, net income…") goes on reporting the company the
story reported on before: the label names a part of the results, no company of its own. Each text
is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 9, 1)


def owned(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "metric", "subject")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "寒武纪上半年营收28.81亿元。盈利质量方面，上半年毛利率维持在55.93%的较高水平。",
            ("55.93%", "gross_margin", "Cambricon"),
        ),
        (
            "鴻海第二季營收1.79兆元。獲利表現方面，上半年毛利率為6.2%。",
            ("6.2%", "gross_margin", "Foxconn"),
        ),
        (
            "Supermicro reported net sales of $4.6 billion. As for profitability, net income came"
            " to $109 million.",
            ("$109 million", "net_profit", "Supermicro"),
        ),
    ],
)
def test_a_results_measure_after_a_topic_label_is_the_company_reported_on(text, row):
    assert owned(text)[-1] == row


def test_a_label_that_is_the_measure_still_reads_as_before():
    assert owned("浪潮信息前三季度营收1200亿元。毛利率方面，三季度录得5.6%。")[-1] == (
        "5.6%",
        "gross_margin",
        "Inspur",
    )


def test_a_label_naming_another_company_gives_that_company():
    assert owned("广达第三季营收5000亿元。纬创方面，第三季营收为3000亿元。")[-1] == (
        "3000亿元",
        "revenue",
        "Wistron",
    )


def test_a_label_before_a_market_measure_leaves_the_company():
    assert owned("寒武纪上半年营收28.81亿元。行业方面，AI芯片市场规模同比增长30%。")[-1] == (
        "30%",
        "yoy_growth",
        "AI chip market",
    )


def test_a_label_before_a_price_leaves_the_company():
    assert owned("英伟达第二季营收467亿美元。价格方面，H100租金降至每小时2美元。")[-1] == (
        "2美元",
        "rental_price",
        "NVIDIA H100",
    )


def test_a_business_line_as_the_label_is_what_the_measure_is_of():
    assert owned("摩尔线程上半年营收7亿元。智算集群业务方面，营收为1.5亿元。")[-1] == (
        "1.5亿元",
        "revenue",
        "智算集群业务",
    )
