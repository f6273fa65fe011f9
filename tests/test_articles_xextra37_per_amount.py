"""The amount a rate is counted per ("每1元营收对应近2元亏损", "for every $1 of revenue") is no
sum of money: the figure is what each unit brings. Amounts that are not what a rate is per stay.
(surface, fact_type, value) of each fact."""

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 11, 12)

CASES = [
    ("这家公司每1元营收大约对应近2元亏损。", [("2元", "earnings", 2.0)]),
    (
        "Acme loses $2 for every $1 of revenue, or $3 per $1 of sales.",
        [("$2", "spend", 2.0), ("$3", "spend", 3.0)],
    ),
    ("One winner for every 10,000 applicants.", []),
    # must not fire: the dividend, the rent and a count with "every" after it stay
    ("公司建议每10股派发现金股息15元。", [("15元", "spend", 15.0)]),
    ("每股收益0.76美元。", [("0.76美元", "earnings", 0.76)]),
    ("Acme ships 5,000 servers every quarter.", [("5,000 servers", "count", 5000.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_amount_a_rate_is_per_is_no_figure(text, expected):
    assert fact_fields(text, PUBLISHED, "surface", "fact_type", "value") == expected
