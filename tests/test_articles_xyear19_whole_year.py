"""A bare whole year (全年, full-year) told as done in a story published January to March is the
year before: a year barely begun cannot be over, and these are the months last year's results are
reported in. Told as a forecast, guidance or target it is the published year, and from April on a
bare whole year is the published year as before. An annual results report named with its year
(公布2025年度业绩报告, "its 2024 annual report") states the year its results are of, which the
全年 after it takes; the year of another report or event (Gartner 2023年报告, 2024全球人工智能
大会) is still part of a name and dates nothing (issue 12, ninth session). Single texts written for
the test, answers first: {surface: period}."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

FEBRUARY = date(2026, 2, 10)
MARCH = date(2026, 3, 20)
JUNE = date(2026, 6, 10)

CASES = [
    (FEBRUARY, "公司全年营收达120亿元，同比增长30%。", {"120亿元": "2025", "30%": "2025"}),
    (MARCH, "緯創全年營收達2.1兆元，年增逾一倍。", {"2.1兆元": "2025"}),
    (
        FEBRUARY,
        "Full-year revenue rose 30% to $12 billion, the company said.",
        {"30%": "2025", "$12 billion": "2025"},
    ),
    (JUNE, "公司周四公布2025年度业绩报告，全年营收达80亿元，同比增长35%。", {"80亿元": "2025"}),
    (JUNE, "公司週四公布2025年度業績報告，全年營收達80億元，年增35%。", {"80亿元": "2025"}),
    (
        JUNE,
        "In its 2024 annual report, the company said full-year revenue rose 12% to $3 billion.",
        {"$3 billion": "2024"},
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    CASES,
    ids=["hans-feb", "hant-mar", "en-feb", "report-hans", "report-hant", "report-en"],
)
def test_a_whole_year_told_done_is_the_year_reported(published, text, expected):
    periods = periods_by_surface(text, published)
    assert {s: periods.get(s) for s in expected} == expected


NOT_THE_YEAR_BEFORE = [
    (FEBRUARY, "公司预计全年营收达120亿元。", {"120亿元": "2026"}),
    (FEBRUARY, "Meta则把全年资本支出指引上调到700亿美元。", {"700亿美元": "2026"}),
    (MARCH, "鴻海預估全年營收將成長兩成，達8兆元。", {"8兆元": "2026"}),
    (FEBRUARY, "The company expects full-year revenue of $12 billion.", {"$12 billion": "2026"}),
    (JUNE, "公司全年营收达120亿元，同比增长30%。", {"120亿元": "2026"}),
    (FEBRUARY, "公司2024年全年营收达120亿元。", {"120亿元": "2024"}),
    (JUNE, "在2024全球人工智能大会上，公司表示算力规模达到500PFLOPS。", {"500PFLOPS": None}),
    (
        JUNE,
        "根据Gartner 2023年报告，全球GPU云服务器市场规模将以42%的年复合增长率扩张。",
        {"42%": None},
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    NOT_THE_YEAR_BEFORE,
    ids=["forecast", "guidance", "hant-fc", "en-forecast", "june", "own-year", "event", "report"],
)
def test_no_year_before_for_a_forecast_a_later_month_or_a_year_of_its_own(
    published, text, expected
):
    periods = periods_by_surface(text, published)
    assert {s: periods.get(s) for s in expected} == expected
