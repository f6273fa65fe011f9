"""A result's multiple (营收增长2倍, "revenue more than doubled") and the level a result's move
reaches ("to $1.36 billion") take the quarter a results story reports, as a growth in percent
does (blind7 172). A multiple of something else (shipments, a chip's speed) does not.
(surface, period) for each fact; surfaces arrive simplified."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

NOVEMBER = date(2025, 11, 11)

CASES = [
    (
        "At the end of Q3, Acme had 590 megawatts of active power.\n"
        "Revenue more than doubled from a year earlier to $1.36 billion.",
        {"doubled": "2025Q3", "$1.36 billion": "2025Q3"},
    ),
    (
        "第三季度末，甲公司拥有590兆瓦的在用电力。\n营收增长2倍。",
        {"2倍": "2025Q3"},
    ),
    (
        "第三季度末，甲公司擁有590兆瓦的在用電力。\n營收增長2倍。",
        {"2倍": "2025Q3"},
    ),
    # must not fire: a multiple of shipments is no result
    (
        "At the end of Q3, Acme had 590 megawatts of active power.\n"
        "Shipments more than doubled to 20,000 units.",
        {"doubled": None},
    ),
    (
        "第三季度末，甲公司拥有590兆瓦的在用电力。\n出货量翻倍，达到2万台。",
        {"翻倍": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_results_multiple_takes_the_reported_quarter(text, expected):
    periods = periods_by_surface(text, NOVEMBER)
    assert {s: periods.get(s, "missing") for s in expected} == expected
