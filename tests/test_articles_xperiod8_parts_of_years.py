"""A quarter, half or run of months written beside the year it is of is one period: "the second
quarter of this year" is 2025Q2, "Q3 last year" 2024Q3, "the first nine months of this year"
2025Q1-Q3, "third-quarter 2025 revenue" 2025Q3, "this year's first-half revenue" 2025H1 - not a
yearless part plus a whole year the figure might take instead. Chinese writes the pair as one
word already (今年第二季度, 去年下半年). (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 11, 20)


def periods_of(text: str) -> dict[str, str | None]:
    return periods_by_surface(text, PUBLISHED)


PARTS = [
    ("Server revenue in the second quarter of this year rose 18%.", "18%", "2025Q2"),
    ("Server revenue in the third quarter of last year rose 18%.", "18%", "2024Q3"),
    ("Server revenue in Q3 this year rose 18%.", "18%", "2025Q3"),
    ("In the first half of next year, server shipments will grow 18%.", "18%", "2026H1"),
    (
        "In the first nine months of this year, server revenue reached $12 billion.",
        "$12 billion",
        "2025Q1-Q3",
    ),
    ("Third-quarter 2025 server revenue came to $12 billion.", "$12 billion", "2025Q3"),
    ("This year's first-half server revenue came to $12 billion.", "$12 billion", "2025H1"),
    ("Last year's second half saw server revenue rise 18%.", "18%", "2024H2"),
    ("今年第二季度，服务器营收增长18%。", "18%", "2025Q2"),
    ("去年下半年，伺服器營收成長18%。", "18%", "2024H2"),
]


@pytest.mark.parametrize(("text", "surface", "period"), PARTS, ids=[c[0][:28] for c in PARTS])
def test_a_part_of_a_year_written_beside_its_year_is_one_period(text, surface, period):
    assert periods_of(text)[surface] == period


# A year beside a part of another clause stays apart: "in the fourth quarter, 2025 revenue".
APART = [
    (
        "Shipments rose in the fourth quarter, and 2024 revenue reached $12 billion.",
        "$12 billion",
        "2024",
    ),
]


@pytest.mark.parametrize(("text", "surface", "period"), APART, ids=[c[0][:28] for c in APART])
def test_a_year_across_a_comma_is_not_joined(text, surface, period):
    assert periods_of(text)[surface] == period
