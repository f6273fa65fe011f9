"""A period that ends a line, over a list point ("- The company intends to more than double capex
in 2026" then "- Executives say…"), dates its line's figures: the dash opening the next line is a
list point's, not a wire dateline's ("SAN JOSE, Dec. 11, 2025 - …", which stays on its line and
dates no claim). blind7 172, blind11 250. A results paragraph that states the quarter the story
reports reports that quarter, also under a title whose year is another subject's ("…a huge jump
in capex in 2026" over "Revenue more than doubled… Q3 capex of $1.9 billion…": blind7 172).
(surface, period) for each fact; surfaces arrive simplified."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

NOVEMBER = date(2025, 11, 14)

CASES = [
    (
        "Acme plans a big jump in capex\n\n- The company intends to double capex in 2026\n"
        "- Executives say the new capacity can be reused",
        {"double": "2026"},
    ),
    (
        "Acme plans a big jump in capex\n\n- Acme will spend $30 billion on data centers in 2026\n"
        "- Executives say the new capacity can be reused",
        {"$30 billion": "2026"},
    ),
    (
        "- Capex guidance of at least $30B in 2026, versus $15.4B last year\n"
        "- Nvidia put $2B into the company in January",
        {"$15.4B": "2024"},
    ),
    (
        "甲公司加大投入\n\n- 甲公司计划资本开支翻倍，时间在2026年\n- 高管表示新产能可以转作他用",
        {"翻倍": "2026"},
    ),
    # must not fire: a wire dateline on its own line still dates no claim
    (
        "Acme revenue rises\n\nSAN JOSE, Calif., Dec. 11, 2025 - Acme said revenue was $5 billion.",
        {"$5 billion": None},
    ),
    (
        "Acme revenue rises\n\nSAN JOSE, Calif., Dec. 11, 2025 (Business Wire) – Acme said revenue "
        "was $5 billion.",
        {"$5 billion": None},
    ),
    # a results paragraph stating the reported quarter, under a title's other year
    (
        "Acme gears up for a jump in capex in 2026\n\n"
        "Acme's order backlog reached $55 billion at the end of Q3.\n\n"
        "Revenue more than doubled from a year earlier to $1.36 billion, and the net loss shrank "
        "by nearly 70% to $110 million. Q3 capex of $1.9 billion came in below expectations.",
        {"doubled": "2025Q3", "$1.36 billion": "2025Q3", "$110 million": "2025Q3"},
    ),
    (
        "甲公司明年资本开支大增 2026年\n\n截至第三季度末，甲公司订单积压达550亿元。\n\n"
        "营收同比增长120%至13.6亿元，净亏损收窄70%至1.1亿元。第三季度资本开支19亿元，低于预期。",
        {"13.6亿元": "2025Q3", "1.1亿元": "2025Q3"},
    ),
    # must not fire: a figure told ahead keeps the title's year; a paragraph stating no period
    # goes on under it
    (
        "Acme gears up for a jump in capex in 2026\n\n"
        "Acme's order backlog reached $55 billion at the end of Q3.\n\n"
        "Acme expects capex of $30 billion, and its capacity will rise by 50%. Q3 capex of $1.9 "
        "billion came in below expectations.",
        {"$30 billion": "2026", "50%": "2026"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_line_ending_period_dates_its_line(text, expected):
    periods = periods_by_surface(text, NOVEMBER)
    assert {s: periods.get(s, "missing") for s in expected} == expected
