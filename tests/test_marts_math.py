"""Unit tests of the mart arithmetic, each against an independently written expectation."""

from datetime import date, timedelta

import pytest

from suanli.marts import growth


def test_pct_change_of_the_a100_claim():
    assert growth.pct_change(60000, 90000) == pytest.approx((90000 / 60000 - 1) * 100)
    assert growth.pct_change(60000, 90000) == pytest.approx(50.0)


def test_pct_change_of_the_h100_claim():
    assert growth.pct_change(230000, 300000) == pytest.approx(30.4347826, rel=1e-7)


def test_rates_are_none_when_meaningless():
    assert growth.pct_change(0, 10) is None
    assert growth.pct_change(None, 10) is None
    assert growth.annualised_pct(100, 120, 0) is None
    assert growth.daily_compound_pct(100, None, 7) is None


def test_daily_and_annualised_compound_rates():
    assert growth.daily_compound_pct(230000, 300000, 7) == pytest.approx(
        ((300000 / 230000) ** (1 / 7) - 1) * 100
    )
    quarter = 365.25 / 4
    assert growth.annualised_pct(60000, 90000, quarter) == pytest.approx((1.5**4 - 1) * 100)


def test_cagr_and_implied_previous_year():
    assert growth.cagr_pct(100.0, 121.0, 2) == pytest.approx(10.0)
    assert growth.implied_previous(35.03e9, 68.6) == pytest.approx(35.03e9 / 1.686)
    assert growth.implied_previous(35.03e9, 68.6) == pytest.approx(20.777e9, rel=1e-4)
    assert growth.project(100.0, 10.0, 2) == pytest.approx(121.0)


def test_add_months_uses_average_month_length():
    assert growth.add_months(date(2023, 1, 1), 36) == date(2023, 1, 1) + timedelta(days=1096)
    assert growth.add_months(date(2023, 1, 1), 12) == date(2024, 1, 1)


def test_parity_when_domestic_grows_faster():
    # BR100 (1000 TFLOPS, 2022-08-09) doubling every 18 months vs H100 (989, 2022-03-22) every 24.
    d0, v0 = date(2022, 8, 9), date(2022, 3, 22)
    d_days, v_days = 18 * 365.25 / 12, 24 * 365.25 / 12
    got = growth.parity_date(1000, d0, 18, 989, v0, 24)
    # Independent check: both lines are equal (within a day's growth) on the returned date.
    domestic = 1000 * 2 ** ((got - d0).days / d_days)
    nvidia = 989 * 2 ** ((got - v0).days / v_days)
    assert domestic == pytest.approx(nvidia, rel=2e-3)
    assert got > d0


def test_parity_already_reached_and_never_reached():
    assert growth.parity_date(1000, date(2022, 8, 9), 18, 312, date(2020, 5, 14), 24) == date(
        2022, 8, 9
    )
    assert growth.parity_date(100, date(2023, 12, 19), 24, 989, date(2022, 3, 22), 24) is None


def test_stated_change_agreement_follows_the_qualifier():
    from suanli.agreement import Figure as F
    from suanli.marts.gpu_price_inflation import stated_pct_consistent

    start, end = F(60000), F(90000)  # 6万 → 9万: +30.8% to +72.7% as rounded to the 万
    assert stated_pct_consistent(F(50, "at_least"), start, end)  # vs 涨幅超过50%
    assert not stated_pct_consistent(F(80, "at_least"), start, end)
    assert stated_pct_consistent(F(70, "approx"), start, end)
    assert not stated_pct_consistent(F(20, "approx"), start, end)
    assert stated_pct_consistent(F(40, "up_to"), start, end)
    assert not stated_pct_consistent(F(30, "up_to"), start, end)
    assert stated_pct_consistent(F(50), F(60500), F(90750))  # +49.6% to +50.4%
    assert not stated_pct_consistent(F(55), F(60500), F(90750))
    # Without a stated start: the end price less the stated rise (30万 after a rise of 7万).
    assert stated_pct_consistent(F(30, "approx"), None, F(300000), F(70000))
    assert not stated_pct_consistent(F(30, "approx"), None, F(300000), F(10000))
    assert stated_pct_consistent(F(-20, "approx"), None, F(80000), F(20000), change_sign=-1)
    assert stated_pct_consistent(None, start, end) is None
    assert stated_pct_consistent(F(50), None, end) is None


def test_a100_quarter_daily_and_annualised_rates_agree():
    days = 3 * growth.DAYS_PER_MONTH
    daily = growth.daily_compound_pct(60000, 90000, days)
    annual = growth.annualised_pct(60000, 90000, days)
    # Compounding the daily rate over the window and over a year gives back the change and rate.
    assert (1 + daily / 100) ** days == pytest.approx(1.5)
    assert (1 + daily / 100) ** growth.DAYS_PER_YEAR == pytest.approx(1 + annual / 100)
