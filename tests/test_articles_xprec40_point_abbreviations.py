"""p.p. after a figure is percentage points, as broker notes write a margin's move (毛利率同比
-3.65p.p.), never the P of a petaflop followed by a stop: blind14 303 read two of them as 3.65
PFLOP/s. Sentences written for the test: (surface, fact_type, value, unit)."""

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 11, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "三季度毛利率同比-3.65p.p.，环比-1.20p.p.。",
            [
                ("-3.65p.p.", "pct_change", -3.65, "percentage_points"),
                ("-1.20p.p.", "pct_change", -1.2, "percentage_points"),
            ],
        ),
        (
            "第三季毛利率年減2.5p.p.。",
            [("2.5p.p.", "pct_change", -2.5, "percentage_points")],
        ),
        (
            "The gross margin fell 2.1 p.p. from a year earlier.",
            [("2.1 p.p.", "pct_change", -2.1, "percentage_points")],
        ),
        (
            "Gross margin rose 1.4 p.p. from a year earlier.",
            [("1.4 p.p.", "pct_change", 1.4, "percentage_points")],
        ),
        # must not fire: a bare P after a figure is still a petaflop
        (
            "该集群的算力达到3.65P。",
            [("3.65P", "compute", 3.65e15, "FLOP/s")],
        ),
    ],
)
def test_p_p_is_percentage_points(text, expected):
    assert fact_fields(text, PUBLISHED, "surface", "fact_type", "value", "unit") == expected
