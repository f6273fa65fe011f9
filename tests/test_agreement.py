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
from suanli.marts.gpu_price_inflation import stated_pct_consistent

# 6万元 → 9万元, as the seed states them
PRICE_FROM, PRICE_TO = Figure(60000, surface="6万元"), Figure(90000, surface="9万元")


def pct(value: float, qualifier: str = "exact") -> Figure:
    return Figure(value, qualifier, surface=f"{value:g}%")


@pytest.mark.parametrize(
    "value, surface, step",
    [(6e4, "6万元", 1e4), (1e5, "10万元", 1e4), (2.7e8, "2.7亿人民币", 1e7), (68.6, "68.6%", 0.1),
     (60, "6成", 10), (6e4, "60,000元", 1), (6e4, "６万", 1e4), (3000, "3000枚", 1),
     (1.5e9, "$1.5 billion", 1e8), (-20, "20%", 1), (3.503e10, "350.3亿元", 1e7)],
)  # fmt: skip
def test_a_figure_is_rounded_at_the_last_digit_written(value, surface, step):
    assert rounding(value, surface) == pytest.approx(step)


@pytest.mark.parametrize(
    "value, surface, step",
    [(65000, "六万五千元", 1e3), (1e5, "十万元", 1e5), (60000, None, 1e4), (68.6, None, 0.1),
     (33.3, "1/3", 0.1), (0.25, None, 0.01), (0, "0", 0), (-400, None, 100)],
)  # fmt: skip
def test_without_digits_written_the_last_nonzero_digit_counts(value, surface, step):
    assert rounding(value, surface) == pytest.approx(step)


def test_an_exact_figure_stands_for_what_rounds_to_it():
    assert admitted(PRICE_FROM) == Interval(55000, 65000)
    assert admitted(Figure(60000, surface="60,000元")) == Interval(59999.5, 60000.5)
    assert admitted(pct(68.6)) == Interval(pytest.approx(68.55), pytest.approx(68.65))
    assert admitted(Figure(3.5, "exact", 3, 4, "3-4个月")) == Interval(2.5, 4.5)
    assert admitted(Figure(1.15e5, "exact", 3e4, 2e5, "3-20万元")) == Interval(2.5e4, 2.05e5)


def test_an_approximate_figure_allows_ten_percent_or_its_rounding():
    approx = Figure(2.7e8, "approx", surface="2.7亿")
    assert admitted(approx) == Interval(pytest.approx(2.43e8), pytest.approx(2.97e8))
    assert admitted(pct(30, "approx")) == Interval(27, 33)
    assert admitted(Figure(30, "approx", surface="3成")) == Interval(25, 35)  # rounding is wider


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
        (pct(50, "at_least"), True),  # 涨幅超过50%: the seed
        (pct(50, "over"), True),  # read strictly, too
        (pct(80, "at_least"), False),
        (pct(40, "up_to"), True),
        (pct(30, "up_to"), False),
        (pct(60, "approx"), True),
        (pct(20, "approx"), False),
        (pct(50), True),
        (pct(25), False),  # 24.5-25.5 vs 30.8-72.7
    ],
)
def test_a_stated_change_against_rounded_prices(stated, verdict):
    assert agrees(stated, percent_change, PRICE_FROM, PRICE_TO) is verdict


def test_figures_written_to_the_unit_leave_little_room():
    start, end = Figure(61230, surface="61,230元"), Figure(91845, surface="91,845元")
    assert agrees(pct(50), percent_change, start, end)  # +49.998% to +50.002%
    assert not agrees(pct(51), percent_change, start, end)
    assert not agrees(pct(50.5, "at_least"), percent_change, start, end)
    # $10,000 → $15,000, "more than 50%": even to the dollar the change may exceed 50%.
    start, end = Figure(10000, surface="$10,000"), Figure(15000, surface="$15,000")
    assert agrees(pct(50, "over"), percent_change, start, end)
    assert not agrees(pct(50.02, "over"), percent_change, start, end)  # +50.0125% at most


@pytest.mark.parametrize(
    "count, price, stated, verdict",
    [
        ("3000枚", "9万/枚", "2.7亿人民币", True),  # the seed: 2.55亿-2.85亿
        ("3万枚", "9万/枚", "27亿人民币", True),  # the seed: 21.25亿-33.25亿
        ("3000枚", "9万/枚", "3亿元", True),  # 3亿 may be 2.7亿 rounded to the 亿
        ("3000枚", "9万/枚", "5亿元", False),
        ("2000张", "10万元", "约2.5亿元", False),  # 1.9亿-2.1亿 against 2.25亿-2.75亿
        ("5000张", "25万元", "12.5亿元", True),
        ("至少3000枚", "9万/枚", "5亿元", True),  # the cost has no ceiling
        ("最多3000枚", "9万/枚", "5亿元", False),
        ("3000枚", "9万/枚", "不超过4亿元", True),
        ("3000枚", "9万/枚", "约1亿元", False),
    ],
)
def test_count_times_price_against_a_stated_cost(count, price, stated, verdict):
    assert agrees(figure(stated), operator.mul, figure(count), figure(price)) is verdict


def figure(text: str) -> Figure:
    """A figure as the extractor would read it (the qualifier word, then the number)."""
    from suanli.quantities import extract_quantities

    (q,) = extract_quantities(text, [])
    return Figure(q.value, q.qualifier, q.value_low, q.value_high, q.surface)


def test_an_undefined_computation_contradicts_nothing():
    assert implied(percent_change, Figure(0), Figure(5)) == EVERYTHING
    assert implied(operator.sub, Figure(1, "at_least"), Figure(1, "at_least")) == EVERYTHING
    assert agrees(Figure(12), percent_change, Figure(0), Figure(5))


def test_an_unknown_qualifier_is_an_error():
    with pytest.raises(ValueError, match="unknown qualifier 'roughly'"):
        admitted(Figure(5, "roughly"))


# --- the article check and the mart give one verdict -------------------------------------------


def _claim(start: Figure, end: Figure, stated: Figure) -> pd.DataFrame:
    rows = [
        ("unit_price", "price_from", start, "CNY"),
        ("unit_price", "price_to", end, "CNY"),
        ("pct_change", "price_change_pct", stated, "percent"),
    ]
    return pd.DataFrame(
        [
            {
                "article_id": "a", "fact_id": f"a:{n}:{n + 1}", "claim_id": "a:1:0:A100",
                "fact_type": fact_type, "subject": "NVIDIA A100", "metric": metric,
                "value": f.value, "value_low": f.value, "value_high": f.value, "unit": unit,
                "qualifier": f.qualifier, "sentence_no": 1, "surface": f.surface,
            }
            for n, (fact_type, metric, f, unit) in enumerate(rows)
        ]
    )  # fmt: skip


@pytest.mark.parametrize("qualifier", ["exact", "approx", "at_least", "up_to"])
@pytest.mark.parametrize("change", [20, 30, 50, 70, 80])
@pytest.mark.parametrize(
    "start, end",
    [("6万元", "9万元"), ("61,230元", "91,845元"), ("12万", "15万"), ("60000元", "90000元")],
)
def test_article_check_and_mart_agree_on_every_claim(start, end, change, qualifier):
    start, end, stated = figure(start), figure(end), pct(change, qualifier)
    (comparison,) = restatement_comparisons(_claim(start, end, stated))
    assert comparison["agrees"] is stated_pct_consistent(stated, start, end)


# --- a default run -----------------------------------------------------------------------------


def test_the_default_run_warns_of_nothing_and_both_checks_accept_the_a100_claim(built_run):
    result = built_run.result  # the session's one default `suanli run`, on the seeds
    assert result.returncode == 0, result.stdout + result.stderr
    checks = re.search(r"checks: (\d+) passed, (\d+) failed", result.stdout)
    assert checks and int(checks[1]) > 0 and checks[2] == "0", result.stdout
    assert " WARN " not in result.stdout and " ERROR " not in result.stdout
    assert "implausible facts: 0 " in result.stdout

    con = duckdb.connect(built_run.env["SUANLI_WAREHOUSE"], read_only=True)
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


@pytest.mark.parametrize(
    "surface, value, qualifier, verdict",
    [("三倍", 3, "at_least", True), ("四倍", 4, "at_least", False), ("3.3倍", 3.3, "exact", True),
     ("3.5倍", 3.5, "exact", False), ("五倍", 5, "up_to", True)],
)  # fmt: skip
def test_a_stated_performance_ratio_against_the_reference_figures(
    surface, value, qualifier, verdict
):
    from suanli.marts.domestic_substitution_timeline import _ratio_claim_agrees

    claim = {
        "claimed_ratio_min": value,
        "claimed_ratio_qualifier": qualifier,
        "claimed_ratio_surface": surface,
    }
    chip = {"fp16_tflops": 1024.0, "a100_fp16": 312.0}  # BR100 and A100: 3.28
    assert _ratio_claim_agrees(claim, chip) is verdict
