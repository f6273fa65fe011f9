"""A clause naming only its own measure goes on with the phrase subject of the figure before
("液冷服务器出货量增长30%,市场份额达到20%"), but not when that phrase is itself a measure of nothing
named (收盘价), nor when the clause names a company's results measure (总市值, capital
expenditures) that the phrase before names no thing to have: each measure is then its own subject.
Blind3 84 and 92 showed the class; the sentences are new. Each row is (surface, subject)."""

import pytest

from tests.helpers import subject_rows

OWN_MEASURE_CASES = [
    ("开盘价18.20元，总市值95.60亿元。", [("18.20元", "开盘价"), ("95.60亿元", "总市值")]),
    ("開盤價18.20元，總市值95.60億元。", [("18.20元", "开盘价"), ("95.60亿元", "总市值")]),
    (
        "Investing activities used $300 million, while capital expenditures came to $55 million.",
        [("$300 million", "Investing activities"), ("$55 million", "capital expenditures")],
    ),
    (
        "Deferred revenue grew to $900 million, and gross margin slipped to 11.2%.",
        [("$900 million", "Deferred revenue"), ("11.2%", "gross margin")],
    ),
]


@pytest.mark.parametrize(("text", "rows"), OWN_MEASURE_CASES)
def test_a_results_measure_is_not_the_thing_before(text, rows):
    assert [row[:2] for row in subject_rows(text)] == rows


THING_CARRIED_CASES = [
    ("风冷服务器出货量下滑12%，市场份额降至35%。", "风冷服务器出货量"),
    ("風冷伺服器出貨量下滑12%，市場份額降至35%。", "风冷伺服器出货量"),
]


@pytest.mark.parametrize(("text", "subject"), THING_CARRIED_CASES)
def test_a_thing_named_before_keeps_its_other_measures(text, subject):
    assert [row[1] for row in subject_rows(text)] == [subject, subject]
