"""The low band of the single digits is their bottom third, 1-3 (低个位数, "low-single-digit"), as
the middle and high bands are 4-6 and 7-9; two writers of two sets read it so (blind8 197,
blind12 270). The low band of two digits stays 10-20. The sentences are new."""

import pytest

from tests.helpers import valued_quantities

CASES = [
    ("分析师预期下季出货将减少低个位数百分比。", ("低个位数百分比", 1.0, 3.0)),
    ("該公司預估營收年增低個位數百分比。", ("低个位数百分比", 1.0, 3.0)),
    (
        "Unit volumes should rise by a low-single-digit percentage next year.",
        ("low-single-digit percentage", 1.0, 3.0),
    ),
    # the middle and top thirds, and the low band of two digits, are as before
    (
        "Margins may grow by a mid-single-digit percentage.",
        ("mid-single-digit percentage", 4.0, 6.0),
    ),
    ("明年出货量将有高个位数增长。", ("高个位数", 7.0, 9.0)),
    ("公司收入预计实现低两位数增长。", ("低两位数", 10.0, 20.0)),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_digit_count_bands(text, row):
    assert row in [(q.surface, q.value_low, q.value_high) for q in valued_quantities(text)]
