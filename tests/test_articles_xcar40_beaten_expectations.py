"""A title telling results against what was expected in Hong Kong's words (季績勝預期, 業績符預期)
tells results, not a forecast: its quarter dates the body's results as any results title's does
(blind14 319; the words in blind2 76, blind3 102 and blind14 307 too). A board's buyback
programme (股份回購計劃, "share repurchase program") is a sum committed, not a result of the
quarter; buybacks done in the quarter are.
(surface, period) for each fact; surfaces arrive simplified."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

AUGUST = date(2023, 8, 24)

CASES = [
    (
        "甲公司次季业绩胜预期\n甲公司第二季度营业收入为135.1亿元。\n"
        "期内，数据中心的营业收入录得超过100亿元。",
        {"135.1亿元": "2023Q2", "100亿元": "2023Q2"},
    ),
    (
        "甲公司次季業績勝預期\n甲公司第二季度營業收入為135.1億元。\n"
        "期內，數據中心的營業收入錄得超過100億元。",
        {"135.1亿元": "2023Q2", "100亿元": "2023Q2"},
    ),
    (
        "甲公司次季业绩符预期\n甲公司第二季度营业收入为135.1亿元。\n"
        "期内，数据中心的营业收入录得超过100亿元。",
        {"100亿元": "2023Q2"},
    ),
    # must not fire: a forecast in the title (营收预期) still dates nothing (the body line has no
    # 期内 of its own, which would date it by the quarter told last)
    (
        "甲公司次季营收预期胜过乙公司\n甲公司第二季度营业收入为135.1亿元。\n"
        "数据中心的营业收入录得超过100亿元。",
        {"100亿元": None},
    ),
    # a buyback programme is committed, not reported
    (
        "甲公司次季業績勝預期\n甲公司第二季度營業收入為135.1億元。\n"
        "集團另批准一項額外的250億元股份回購計劃。",
        {"250亿元": None},
    ),
    (
        "Acme's second quarter beats estimates\nAcme's second-quarter revenue was $13.5 billion.\n"
        "The board also approved an additional $25 billion share repurchase program.",
        {"$25 billion": None},
    ),
    # must not fire: buybacks done in the quarter are its own
    (
        "Acme's second quarter beats estimates\nAcme's second-quarter revenue was $13.5 billion.\n"
        "It returned $2.2 billion to shareholders through buybacks and dividends.",
        {"$2.2 billion": "2023Q2"},
    ),
    (
        "甲公司次季业绩胜预期\n甲公司第二季度营业收入为135.1亿元。\n期内公司斥资25亿元回购股份。",
        {"25亿元": "2023Q2"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_results_against_expectations_date_the_body(text, expected):
    periods = periods_by_surface(text, AUGUST)
    assert {s: periods.get(s, "missing") for s in expected} == expected
