"""Sums spoken without their 元 (issue 12, seventh session, second round): a bare figure of 万/亿,
or a vague one (几十万, 几万), right after a price's move (涨价30万, 上涨了大几十万, 多花几万) is
that move, and right after a verb of paying (花几十万买服务器, 投入几十万) the sum paid, in the
sentence's currency; 大几十万 ("a high few hundred thousand") is the upper half of its span.
Single sentences written for the test, answers first."""

from datetime import date

import pytest

from tests.helpers import typed_rows

PUBLISHED = date(2026, 3, 2)


def sums(sentence: str) -> list[tuple]:
    return typed_rows(sentence, PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("这款整机又涨价20万。", [("20万", "price_change", "price_increase", 200000.0, "CNY")]),
        ("這款整機又漲價20萬。", [("20万", "price_change", "price_increase", 200000.0, "CNY")]),
        (
            "渠道商说，这批机器又上涨了几十万。",
            [("几十万", "price_change", "price_increase", (1e5, 1e6), "CNY")],
        ),
        (
            "渠道商說，這批機器又上漲了大几十萬。",
            [("几十万", "price_change", "price_increase", (5e5, 1e6), "CNY")],
        ),
        (
            "旧型号近来便宜了几万。",
            [("几万", "price_change", "price_decrease", (1e4, 1e5), "CNY")],
        ),
    ],
)
def test_a_bare_sum_a_price_move_ends_on_is_the_move(sentence, expected):
    assert sums(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("与其花几十万买整机，不如按小时租。", [("几十万", "cost", "cost", (1e5, 1e6), "CNY")]),
        ("與其花幾十萬買整機，不如按小時租。", [("几十万", "cost", "cost", (1e5, 1e6), "CNY")]),
    ],
)
def test_a_bare_sum_a_payment_ends_on_is_its_cost(sentence, expected):
    assert sums(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # (A vague figure no payment or price move ends on stays no sum.)
        "平台的注册开发者已有几十万。",
        "这家工厂每年消耗几万吨钢材。",
    ],
)
def test_a_vague_figure_with_no_payment_is_no_sum(sentence):
    assert all(unit != "CNY" for *_rest, unit in sums(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("该公司今年的资本支出将达到千亿级别。", [("千亿", "spend", "capex", 1e11, "CNY")]),
        ("該公司今年的資本支出將達到千億級別。", [("千亿", "spend", "capex", 1e11, "CNY")]),
        ("该公司的Capex将突破500亿。", [("500亿", "spend", "capex", 5e10, "CNY")]),
    ],
)
def test_a_bare_sum_an_outlay_reaches_is_that_outlay(sentence, expected):
    assert sums(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (A headline's trillion with no 元: a Taiwan report's own currency, as its 元 would be.)
        ("台灣代工廠去年全年營收2.12兆、年增50%。", ("2.12兆", "spend", "revenue", 2.12e12, "TWD")),
        (
            "某代工厂去年全年营收2.12兆、同比增长50%。",
            ("2.12兆", "spend", "revenue", 2.12e12, "CNY"),
        ),
    ],
)
def test_a_trillion_ending_its_phrase_is_the_result_it_follows(sentence, expected):
    assert sums(sentence)[0] == expected


def test_a_trillion_of_bandwidth_is_no_sum():
    # (家用宽带的100兆 is megabits: no result names it, so no money.)
    assert all(unit not in ("CNY", "TWD") for *_rest, unit in sums("家里宽带升级到100兆，很快。"))
