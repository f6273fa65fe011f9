"""One rule for "does a stated figure agree with the computed one" (suanli.agreement), the same
verdict from the article restatement check and from the marts, and a default run without
warnings."""

import math
import operator
import re

import duckdb
import pandas as pd
import pytest

from suanli.agreement import (
    EVERYTHING,
    Figure,
    Interval,
    admitted,
    agrees,
    implied,
    percent_change,
    rounding,
)
from suanli.facts import restatement_comparisons
from suanli.marts.prices import stated_pct_consistent

PRICE_FROM, PRICE_TO = Figure(60000), Figure(90000)  # 6万元 → 9万元, as the seed states them


@pytest.mark.parametrize(
    "value, step",
    [(60000, 1e4), (90000, 1e4), (2.7e8, 1e7), (68.6, 0.1), (3.503e10, 1e7), (3000, 1e3),
     (0.25, 0.01), (1.85, 0.01), (0, 0), (-400, 100)],
)  # fmt: skip
def test_a_figure_is_rounded_at_its_last_nonzero_digit(value, step):
    assert rounding(value) == pytest.approx(step)


def test_an_exact_figure_stands_for_what_rounds_to_it():
    assert admitted(Figure(60000)) == Interval(55000, 65000)
    assert admitted(Figure(68.6)) == Interval(pytest.approx(68.55), pytest.approx(68.65))
    assert admitted(Figure(3.5, "exact", 3, 4)) == Interval(2.5, 4.5)  # 3-4个月


def test_an_approximate_figure_allows_ten_percent_or_its_rounding():
    assert admitted(Figure(2.7e8, "approx")) == Interval(pytest.approx(2.43e8), 2.97e8)
    assert admitted(Figure(7e4, "approx")) == Interval(6.3e4, pytest.approx(7.7e4))
    assert admitted(Figure(30, "approx")) == Interval(25, 35)  # rounding (±5) is wider


def test_bounds_are_thresholds_not_widened():
    assert admitted(Figure(50, "at_least")) == Interval(50, math.inf)
    assert admitted(Figure(50, "up_to")) == Interval(-math.inf, 50)
    assert admitted(Figure(50, "over")) == Interval(50, math.inf, low_open=True)


def test_inclusive_and_strict_bounds_at_a_pinned_value():
    pinned = Interval(50, 50)
    assert admitted(Figure(50, "at_least")).meets(pinned)  # 至少50%: exactly 50% is enough
    assert not admitted(Figure(50, "over")).meets(pinned)  # strictly more than 50%
    assert admitted(Figure(50, "over")).meets(Interval(50, 50.1))
    assert admitted(Figure(50, "up_to")).meets(pinned)
    assert not admitted(Figure(50, "under")).meets(pinned)


def test_the_seed_price_move_spans_thirty_to_seventy_three_percent():
    move = implied(percent_change, PRICE_FROM, PRICE_TO)
    assert move.low == pytest.approx((85000 / 65000 - 1) * 100)  # +30.77%
    assert move.high == pytest.approx((95000 / 55000 - 1) * 100)  # +72.73%


@pytest.mark.parametrize(
    "stated, verdict",
    [
        (Figure(50, "at_least"), True),  # 涨幅超过50%: the seed
        (Figure(50, "over"), True),  # read strictly, too
        (Figure(80, "at_least"), False),
        (Figure(40, "up_to"), True),
        (Figure(30, "up_to"), False),
        (Figure(60, "approx"), True),
        (Figure(20, "approx"), False),
        (Figure(50), True),
        (Figure(25), False),  # 24.5-25.5 vs 30.8-72.7
    ],
)
def test_a_stated_change_against_rounded_prices(stated, verdict):
    assert agrees(stated, percent_change, PRICE_FROM, PRICE_TO) is verdict


def test_exact_inputs_with_fine_rounding_leave_little_room():
    start, end = Figure(61230), Figure(91845)  # +49.987% to +50.013%
    assert agrees(Figure(50), percent_change, start, end)
    assert not agrees(Figure(51), percent_change, start, end)
    assert not agrees(Figure(50.5, "at_least"), percent_change, start, end)


@pytest.mark.parametrize(
    "count, stated, verdict",
    [
        (Figure(3000), Figure(2.7e8), True),  # 3000枚 × 9万 = 2.7亿
        (Figure(30000), Figure(2.7e9), True),  # 3万枚 × 9万 = 27亿
        (Figure(3000), Figure(3e8), True),  # 3亿 may be 2.7亿 rounded to the 亿
        (Figure(3000), Figure(5e8), False),
        (Figure(3000, "at_least"), Figure(5e8), True),  # 至少3000枚: the cost has no ceiling
        (Figure(3000, "up_to"), Figure(5e8), False),
        (Figure(3000), Figure(4e8, "up_to"), True),
        (Figure(3000), Figure(1e8, "approx"), False),
    ],
)
def test_count_times_price_against_a_stated_cost(count, stated, verdict):
    assert agrees(stated, operator.mul, count, Figure(90000)) is verdict


def test_an_undefined_computation_contradicts_nothing():
    assert implied(percent_change, Figure(0), Figure(5)) == EVERYTHING
    assert implied(operator.sub, Figure(1, "at_least"), Figure(1, "at_least")) == EVERYTHING
    assert agrees(Figure(12), percent_change, Figure(0), Figure(5))


def test_an_unknown_qualifier_is_an_error():
    with pytest.raises(ValueError, match="unknown qualifier 'roughly'"):
        admitted(Figure(5, "roughly"))


# --- the article check and the mart give one verdict -------------------------------------------


def _claim(start: float, end: float, pct: float, qualifier: str) -> pd.DataFrame:
    rows = [
        ("unit_price", "price_from", start, "CNY", "exact"),
        ("unit_price", "price_to", end, "CNY", "exact"),
        ("pct_change", "price_change_pct", pct, "percent", qualifier),
    ]
    return pd.DataFrame(
        [
            {
                "article_id": "a", "fact_id": f"a:{n}:{n + 1}", "claim_id": "a:1:0:A100",
                "fact_type": fact_type, "subject": "NVIDIA A100", "metric": metric,
                "value": value, "value_low": value, "value_high": value, "unit": unit,
                "qualifier": qual, "sentence_no": 1, "surface": f"{value:g}",
            }
            for n, (fact_type, metric, value, unit, qual) in enumerate(rows)
        ]
    )  # fmt: skip


@pytest.mark.parametrize("qualifier", ["exact", "approx", "at_least", "up_to"])
@pytest.mark.parametrize("pct", [20, 30, 50, 70, 80])
@pytest.mark.parametrize("start, end", [(60000, 90000), (61230, 91845), (1.2e5, 1.5e5)])
def test_article_check_and_mart_agree_on_every_claim(start, end, pct, qualifier):
    (comparison,) = restatement_comparisons(_claim(start, end, pct, qualifier))
    mart = stated_pct_consistent(Figure(pct, qualifier), Figure(start), Figure(end))
    assert comparison["agrees"] is mart


# --- a default run -----------------------------------------------------------------------------


def test_the_default_run_warns_of_nothing_and_both_checks_accept_the_a100_claim(cli, tmp_path):
    result = cli("run", "--date", "2026-11-24")
    assert result.returncode == 0, result.stdout + result.stderr
    checks = re.search(r"checks: (\d+) passed, (\d+) failed", result.stdout)
    assert checks and int(checks[1]) > 0 and checks[2] == "0", result.stdout
    assert " WARN " not in result.stdout and " ERROR " not in result.stdout
    assert "implausible facts: 0 " in result.stdout

    con = duckdb.connect(str(tmp_path / "warehouse" / "warehouse.duckdb"), read_only=True)
    try:
        facts = con.execute("SELECT * FROM article_facts").df()
        mart = con.execute(
            "SELECT stated_pct_change, stated_pct_consistent FROM gpu_price_inflation "
            "WHERE source_type = 'article' AND model = 'NVIDIA A100'"
        ).fetchall()
        drivers = con.execute(
            "SELECT value, is_consistent FROM ai_server_demand_drivers "
            "WHERE implied_value IS NOT NULL ORDER BY value"
        ).fetchall()
    finally:
        con.close()
    comparisons = {(c["check"], c["stated"]): c["agrees"] for c in restatement_comparisons(facts)}
    # 6万元 → 9万元, 涨幅超过50%: the same verdict in the article check and in the mart.
    assert comparisons[("price_from_to_vs_pct", 50)] is True
    assert mart == [(50, True)]
    # 3000枚 / 3万枚 × 9万 = 2.7亿 / 27亿: the same in the restatement check and the driver mart.
    assert comparisons[("count_times_price_vs_cost", 2.7e8)] is True
    assert comparisons[("count_times_price_vs_cost", 2.7e9)] is True
    assert drivers == [(2.7e8, True), (2.7e9, True)]
