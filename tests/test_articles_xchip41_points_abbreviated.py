"""p.p., with its dots, is how broker notes abbreviate percentage points (毛利率同比-3.65p.p.、
环比-3.58p.p.): a move of a rate, never 3.65 P (PFLOPS) of compute. Seen in blind14 303, where
both were read as compute. A P of compute glued to its figure (300P, 3.65P) stays compute. The
sentences are new."""

from datetime import date

from tests.helpers import fact_fields

PUBLISHED = date(2025, 10, 31)


def _figures(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "fact_type", "value", "unit")


def test_points_after_a_margin_move():
    text = "公司25Q3毛利率同比-2.15p.p.，环比-1.08p.p.。\n"
    assert _figures(text) == [
        ("pct_change", -2.15, "percentage_points"),
        ("pct_change", -1.08, "percentage_points"),
    ]


def test_english_points_with_dots():
    text = "Gross margin rose 1.4 p.p. from a year earlier.\n"
    assert _figures(text) == [("pct_change", 1.4, "percentage_points")]


def test_a_p_of_compute_is_left_alone():
    # Must not fire: P glued to the figure with no dots is PFLOPS.
    assert _figures("该智算中心算力达到3.65P。\n") == [("compute", 3.65e15, "FLOP/s")]
