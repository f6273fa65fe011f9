"""Quarters a results story names in its own shorthand, one short text at a time: Hong Kong's 首季
and 次季 are the first and the second quarter (not 今次季报, this quarterly report, nor 次季度,
the next quarter); 同期 is the period told before it and 2024年同期 that period's part of 2024; a
clause opening on a run of quarters or years back (过去四季, over the past four quarters) is a
window of its own, which the quarter of the clause before it does not date. (surface, period)
for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 8, 30)


def periods_of(text: str) -> dict[str, str | None]:
    return periods_by_surface(text, PUBLISHED)


HONG_KONG_QUARTERS = [
    ("某科企次季研發開支按年增加31%。", {"31%": "2025Q2"}),
    ("某科企次季研发开支按年增加31%。", {"31%": "2025Q2"}),
    ("某科企首季研發開支按年增加31%。", {"31%": "2025Q1"}),
    ("某科企今次季報顯示，研發開支按年增加31%。", {"31%": None}),
    ("某科企预计次季度研发开支将增加31%。", {"31%": None}),
]


@pytest.mark.parametrize(
    ("text", "expected"), HONG_KONG_QUARTERS, ids=[c[0][:10] for c in HONG_KONG_QUARTERS]
)
def test_hong_kong_names_its_first_and_second_quarter_shi_and_ci(text, expected):
    assert periods_of(text) == expected


SAME_PERIOD = [
    (
        "某科企第二季營收按年增長9%。同期經營現金流為42億元，而2024年同期則為35億元。",
        {"9%": "2025Q2", "42亿元": "2025Q2", "35亿元": "2024Q2"},
    ),
    (
        "某科企第二季营收按年增长9%。同期经营现金流为42亿元，而2024年同期则为35亿元。",
        {"9%": "2025Q2", "42亿元": "2025Q2", "35亿元": "2024Q2"},
    ),
    (
        "某科企2025年上半年营收按年增长9%。同期经营现金流为42亿元。",
        {"9%": "2025H1", "42亿元": "2025H1"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SAME_PERIOD, ids=[c[0][:12] for c in SAME_PERIOD])
def test_the_same_period_is_the_one_told_and_in_a_year_named_that_years_part(text, expected):
    assert periods_of(text) == expected


def test_the_same_time_of_every_year_is_no_period():
    assert periods_of("某代工厂的出货量写下历年同期新高，达到120万台。") == {"120万台": None}


def test_a_quarter_told_by_the_same_period_is_no_quarter_a_later_number_is_read_as():
    text = (
        "某科企第二季營收為900億元。同期經營現金流為42億元，而2024年同期則為35億元。\n\n"
        "管理層提到，第二季資本開支達60億元。"
    )
    assert periods_of(text)["60亿元"] == "2025Q2"


RUNS_BACK = [
    (
        "某科企次季資本開支達60億元；過去四季，累計投入已超過200億元。",
        {"60亿元": "2025Q2", "200亿元": None},
    ),
    (
        "某科企第二季资本开支达60亿元；过去四季，累计投入已超过200亿元。",
        {"60亿元": "2025Q2", "200亿元": None},
    ),
    (
        "Acme spent $6 billion on data centres in the second quarter; over the past four "
        "quarters, its outlay has come to $20 billion.",
        {"$6 billion": "2025Q2", "$20 billion": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUNS_BACK, ids=[c[0][:12] for c in RUNS_BACK])
def test_a_clause_opening_on_a_run_of_quarters_back_is_a_window_of_its_own(text, expected):
    assert periods_of(text) == expected


THAT_QUARTER_LATER = [
    (
        "Acme's revenue for the second quarter of 2025 rose 15%.\n\nSpending was the surprise. "
        "Acme spent $3 billion in the quarter.",
        {"15%": "2025Q2", "$3 billion": "2025Q2"},
    ),
    (
        "某科企2025年第二季度营收增长15%。\n\n开支方面，公司当季支出30亿元。",
        {"15%": "2025Q2", "30亿元": "2025Q2"},
    ),
    (
        "某科企2025年第二季度營收增長15%。\n\n開支方面，公司當季支出30億元。",
        {"15%": "2025Q2", "30亿元": "2025Q2"},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), THAT_QUARTER_LATER, ids=[c[0][:12] for c in THAT_QUARTER_LATER]
)
def test_the_quarter_in_a_later_paragraph_is_the_quarter_the_text_named_last(text, expected):
    assert periods_of(text) == expected
