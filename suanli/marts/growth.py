"""Pure arithmetic of the marts: percentage changes, compound rates, CAGR and parity dates.

Rates are returned in percent. Functions return None instead of raising when an input makes the
rate meaningless (missing, non-positive price, zero-length window), because marts keep such rows
with NULLs rather than dropping them.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

DAYS_PER_YEAR = 365.25
DAYS_PER_MONTH = DAYS_PER_YEAR / 12


def _positive(*values: float | None) -> bool:
    return all(v is not None and not math.isnan(v) and v > 0 for v in values)


def pct_change(start: float | None, end: float | None) -> float | None:
    """(end / start − 1) · 100."""
    if not _positive(start) or end is None or math.isnan(end):
        return None
    return (end / start - 1.0) * 100.0


def compound_pct(start: float | None, end: float | None, periods: float | None) -> float | None:
    """Constant per-period rate r with start · (1 + r)^periods = end, in percent."""
    if not _positive(start, end, periods):
        return None
    return ((end / start) ** (1.0 / periods) - 1.0) * 100.0


def daily_compound_pct(start: float | None, end: float | None, days: float | None) -> float | None:
    """Compound rate per day over a window of `days` days."""
    return compound_pct(start, end, days)


def annualised_pct(start: float | None, end: float | None, days: float | None) -> float | None:
    """Compound rate per 365.25-day year over a window of `days` days."""
    if not _positive(days):
        return None
    return compound_pct(start, end, days / DAYS_PER_YEAR)


def cagr_pct(start: float | None, end: float | None, years: float | None) -> float | None:
    """Compound annual growth rate between two yearly values `years` apart."""
    return compound_pct(start, end, years)


def implied_previous(value: float | None, growth_pct: float | None) -> float | None:
    """The prior-period value implied by `value` and its growth over that period."""
    if value is None or growth_pct is None or growth_pct <= -100.0:
        return None
    return value / (1.0 + growth_pct / 100.0)


def project(value: float, growth_pct: float, periods: float) -> float:
    """`value` grown at `growth_pct` per period for `periods` periods."""
    return value * (1.0 + growth_pct / 100.0) ** periods


def months_to_days(months: float) -> float:
    """Calendar-average conversion used for month-denominated windows and durations."""
    return months * DAYS_PER_MONTH


def add_months(start: date, months: float) -> date:
    """`start` plus a (possibly fractional) number of average-length months, to the day."""
    return start + timedelta(days=round(months_to_days(months)))


def parity_date(
    domestic_value: float,
    domestic_date: date,
    domestic_doubling_months: float,
    reference_value: float,
    reference_date: date,
    reference_doubling_months: float,
) -> date | None:
    """Date at which two exponentially growing capabilities meet.

    Each line grows from (value, date) doubling every N months. If the domestic line is already at
    or above the reference line on the domestic chip's own date, that date is returned; if it is
    behind and does not grow faster, there is no parity and None is returned.
    """
    if not _positive(domestic_value, reference_value, domestic_doubling_months):
        return None
    if not _positive(reference_doubling_months):
        return None
    d_rate = 1.0 / months_to_days(domestic_doubling_months)  # doublings per day
    r_rate = 1.0 / months_to_days(reference_doubling_months)
    # log2 of each line, measured in days from the domestic chip's date.
    offset = (domestic_date - reference_date).days
    gap = math.log2(reference_value) + r_rate * offset - math.log2(domestic_value)
    if gap <= 0:
        return domestic_date
    if d_rate <= r_rate:
        return None
    return domestic_date + timedelta(days=round(gap / (d_rate - r_rate)))
