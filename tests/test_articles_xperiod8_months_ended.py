"""Interim and nine-month results are named by the day their months end, as a quarter is: "the six
months ended June 30, 2025" is 2025H1, "the nine months ended September 30, 2025" 2025Q1-Q3,
截至2025年6月30日止六个月 2025H1, 截至2025年9月30日止九個月 2025Q1-Q3; by a company's fiscal
calendar where it is known (NVIDIA's six months ended July 27, 2025: FY2026H1). The months are part
of the name, no duration of their own. Months reaching into the year before are left as the day."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 11, 20)


def facts_of(text: str) -> dict[str, str | None]:
    return periods_by_surface(text, PUBLISHED)


ENDED = [
    (
        "Cloud revenue for the six months ended June 30, 2025 was $14 billion.",
        "$14 billion",
        "2025H1",
    ),
    (
        "Cloud revenue for the nine months ended September 30, 2025 was $21 billion.",
        "$21 billion",
        "2025Q1-Q3",
    ),
    ("截至2025年6月30日止六个月，该公司云业务收入为140亿元。", "140亿元", "2025H1"),
    ("截至2025年9月30日止九個月，該公司雲業務收入為210億元。", "210亿元", "2025Q1-Q3"),
    (
        "NVIDIA revenue for the six months ended July 27, 2025 was $90 billion.",
        "$90 billion",
        "FY2026H1",
    ),
    (
        "Cloud revenue for the three months ended June 30, 2025 was $7 billion.",
        "$7 billion",
        "2025Q2",
    ),
]


@pytest.mark.parametrize(("text", "surface", "period"), ENDED, ids=[c[0][:32] for c in ENDED])
def test_months_named_by_the_day_they_end_are_those_months(text, surface, period):
    found = facts_of(text)
    assert found[surface] == period
    assert not any(s.endswith(("months", "个月", "個月")) for s in found)


def test_months_reaching_into_the_year_before_stay_the_day():
    text = "Cloud revenue for the six months ended March 31, 2025 was $14 billion."
    assert facts_of(text)["$14 billion"] == "2025-03-31"
