"""An English story names a company again by an epithet ("The Chinese technology group aims to…",
"the Shanghai-based company", "the US chipmaker"): the epithet points back at the company named
before, as "the company" does. A research house or firm is a source, not a maker: it points at
nothing. Each text is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 9, 1)


def subjects(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "subject")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Cambricon opened a new plant. The Chinese chip designer plans to ship about "
            "150,000 accelerators.",
            ("150,000 accelerators", "Cambricon"),
        ),
        (
            "Moore Threads won approval in March. The Beijing-based company raised about "
            "6 billion yuan in the offering.",
            ("6 billion yuan", "Moore Threads"),
        ),
        (
            "Nvidia accepted the terms. The US chipmaker will hand over 15% of the revenue.",
            ("15%", "NVIDIA"),
        ),
        (
            "Huawei showed its roadmap. The technology group aims to make 500,000 chips.",
            ("500,000 chips", "Huawei"),
        ),
    ],
)
def test_an_epithet_points_back_at_the_company(text, row):
    assert subjects(text) == [row]


def test_a_research_firm_is_no_epithet_of_a_maker():
    assert subjects("IDC raised its outlook. The research firm expects servers to grow 20%.") == [
        ("20%", "servers")
    ]


def test_an_epithet_points_at_a_company_not_a_product():
    # (the H20 is named nearer, but a chipmaker is a company.)
    assert subjects(
        "AMD said demand for the MI308 was weak. The chipmaker expects revenue of $9 billion."
    ) == [("$9 billion", "AMD")]
