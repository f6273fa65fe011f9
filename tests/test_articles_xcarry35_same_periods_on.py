"""同期 (the same periods) after a listing sentence pairs its figures with the periods listed
before; where one sentence between them states one more period of the same story (2022年至2024年
…分别为A、B和C。2025年前9个月，…D。同期净亏损分别为E、F、G和H), the list goes on through it.
(surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

JANUARY = date(2026, 1, 23)

CASES = [
    (
        "2022年至2024年，乙公司营业收入分别为8000万元、2.6亿元和6.1亿元。"
        "2025年前9个月，公司实现营业收入4.8亿元。"
        "同期净亏损分别为10.3亿元、14.2亿元、13.5亿元和7.7亿元。",
        {
            "4.8亿元": "2025Q1-Q3",
            "10.3亿元": "2022",
            "14.2亿元": "2023",
            "13.5亿元": "2024",
            "7.7亿元": "2025Q1-Q3",
        },
    ),
    # must not fire: 同期 with as many figures as the first list still pairs with that list
    (
        "2022年至2024年，乙公司营业收入分别为8000万元、2.6亿元和6.1亿元。"
        "同期净亏损分别为10.3亿元、14.2亿元和13.5亿元。",
        {"10.3亿元": "2022", "14.2亿元": "2023", "13.5亿元": "2024"},
    ),
    # must not fire: a count that fits neither list leaves the figures to the sentence before
    (
        "2022年至2024年，乙公司营业收入分别为8000万元、2.6亿元和6.1亿元。"
        "2025年前9个月，公司实现营业收入4.8亿元。"
        "同期研发投入分别为3.1亿元和2.2亿元。",
        {"3.1亿元": "2025Q1-Q3", "2.2亿元": "2025Q1-Q3"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_same_periods_go_on_through_a_sentence(text, expected):
    periods = periods_by_surface(text, JANUARY)
    assert {s: periods.get(s, "missing") for s in expected} == expected
