"""Two readings the tenth session's settlements call for. A growth kept up N years counted back
from the telling (这一势头已经延续了四年), whose years the text never names, gives no period; one
after a year its sentence states still covers the years up to it. A chip's power (GPU功耗) is a
property of the chip like its TDP: a year carried from an earlier sentence does not date it
(issue 12). Single texts written for the test, answers first: {surface: period}."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 1, 14)

CASES = [
    (
        "2024年公司营收增长逾40%。\n\n归母净利润同比增速高于40%，这一势头已经延续了四年。",
        {"40%": None},
    ),
    ("2024年归母净利润同比增速高于40%，这一势头已经延续了四年。", {"40%": "2021-2024"}),
    ("2026年，AI服务器的散热方案全面升级。GPU功耗逼近4kW，风冷已经不够用。", {"4kW": None}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_spans_and_properties(text, expected):
    periods = periods_by_surface(text, PUBLISHED)
    assert {surface: periods.get(surface) for surface in expected} == expected
