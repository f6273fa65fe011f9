"""A list hanging from a lead-in that ends with a colon ("The path of the H100 price runs as
follows:", "H100租价的走势如下：") reports on what the lead-in names; each item's label is a part
of a year (Mid-2024, Early 2026, 2024年中) that says when, never what; the stretch a rate is per
(每小时) is no subject either; and a clause after the figure that says when or why (after the AWS
price cut, 随着…) names no one the figure belongs to. Blind3 100 showed the class; the sentences
are new. Each row is (surface, subject, value, unit)."""

import pytest

from tests.helpers import subject_rows

LEAD_IN_CASES = [
    (
        "AMD MI300X rental prices moved as follows:\n"
        "- Early 2025: $3.10/hour.\n"
        "- Mid-2025: $2.80/hour.\n"
        "- Late 2025: $2.40/hour, after the AWS 44% price cut sharpened competition.",
        [
            ("$3.10/hour", "AMD Instinct MI300X", 3.1, "USD"),
            ("$2.80/hour", "AMD Instinct MI300X", 2.8, "USD"),
            ("$2.40/hour", "AMD Instinct MI300X", 2.4, "USD"),
            ("44%", "AWS", -44.0, "percent"),
        ],
    ),
    (
        "MI300X的租价走势如下：\n- 2025年初：每小时3.1美元。\n"
        "- 2025年底：每小时2.4美元，随着AWS下调报价30%。",
        [
            ("3.1美元", "AMD Instinct MI300X", 3.1, "USD"),
            ("2.4美元", "AMD Instinct MI300X", 2.4, "USD"),
            ("30%", "AWS", -30.0, "percent"),
        ],
    ),
    (
        "MI300X的租價走勢如下：\n- 2025年初：每小時3.1美元。\n- 2025年底：每小時2.4美元。",
        [
            ("3.1美元", "AMD Instinct MI300X", 3.1, "USD"),
            ("2.4美元", "AMD Instinct MI300X", 2.4, "USD"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_IN_CASES)
def test_list_items_report_on_what_their_lead_in_names(text, expected):
    assert subject_rows(text) == expected


def test_a_lead_in_naming_nothing_or_several_lends_no_subject():
    assert subject_rows("Prices moved as follows:\n- Early 2025: $3.10/hour.") == [
        ("$3.10/hour", None, 3.1, "USD")
    ]
    assert subject_rows("H100 and MI300X prices moved as follows:\n- Early 2025: $3.10/hour.") == [
        ("$3.10/hour", None, 3.1, "USD")
    ]


def test_a_lead_in_without_a_colon_is_no_lead_in():
    assert subject_rows("AMD MI300X prices moved a lot.\n- Early 2025: $3.10/hour.") == [
        ("$3.10/hour", None, 3.1, "USD")
    ]
