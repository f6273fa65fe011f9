"""25/26/27年: a research note's forecast years written with two digits and a slash between, 年
after the last, are years (2025, 2026, 2027), and the slash lists of figures after them take one
each; they were three durations of 25-27 years and left the forecasts undated (blind14 303). Not
10/20/30年期 (bond terms) and not a lone 25年 (成立25年, a span). Sentences written for the test:
(surface, fact_type, value, period)."""

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 11, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "某公司点评\n\n我们预计公司25/26/27 年归母净利润12/15/19 亿元。",
            [
                ("12", "earnings", 1.2e9, "2025"),
                ("15", "earnings", 1.5e9, "2026"),
                ("19 亿元", "earnings", 1.9e9, "2027"),
            ],
        ),
        (
            "某公司點評\n\n預計公司26/27年營收為120/150億元。",
            [("120", "spend", 1.2e10, "2026"), ("150亿元", "spend", 1.5e10, "2027")],
        ),
    ],
)
def test_a_slash_list_of_two_digit_years(text, expected):
    assert fact_fields(text, PUBLISHED, "surface", "fact_type", "value", "period") == expected


@pytest.mark.parametrize(
    "text",
    ["该银行发行10/20/30年期债券。", "这家公司成立25年，员工300人。"],
)
def test_terms_and_spans_stay_durations(text):
    assert all(period is None for _, period in fact_fields(text, PUBLISHED, "surface", "period"))
    assert any(t == "duration" for (t,) in fact_fields(text, PUBLISHED, "fact_type"))
