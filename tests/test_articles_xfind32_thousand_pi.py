"""A thousand of Hong Kong's 匹 (issue 12, twelfth session): 匹算力 is a petaflop of computing
power, and 千 before it multiplies it as 万 already did (5千匹算力 = 5,000 P = 5e18 FLOP/s, as
18万匹算力 is 1.8e20). Single sentences written for the test, answers first."""

from datetime import date

import pytest

from suanli.quantities import extract_quantities

PUBLISHED = date(2025, 11, 20)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("局方表示，園區明年可提供3千匹算力。", ("3千匹", "compute", 3e18, "FLOP/s")),
        ("局方表示，园区明年可提供两千匹算力。", ("两千匹", "compute", 2e18, "FLOP/s")),
        ("局方表示，园区明年可提供12万匹算力。", ("12万匹", "compute", 1.2e20, "FLOP/s")),
    ],
)
def test_a_thousand_pi_of_computing_power_is_petaflops(sentence, expected):
    found = [(q.surface, q.kind, q.value, q.unit) for q in extract_quantities(sentence)]
    assert expected in found


def test_pi_counting_anything_else_is_no_computing_power():
    # (匹 of horses or cloth counts them; only 匹算力 is a petaflop.)
    found = extract_quantities("马场养了3千匹马。")
    assert all(q.kind != "compute" for q in found)
