"""A date written day first (17 March 2026, 3rd Dec. 2025, 29 April), as British, Hong Kong and
Australian English write it, is a day, as "March 17, 2026" is: "as of" it dates the prices quoted.
A number that only stands before a month's name with a currency sign is no day. Each text is
written for the test."""

from __future__ import annotations

from datetime import date

from tests.helpers import periods_by_surface

PUBLISHED = date(2026, 3, 18)


def test_a_day_first_date_dates_the_prices_as_of_it():
    periods = periods_by_surface(
        "On the cloud's on-demand tier as of 17 March 2026, an A100 rents for $1.85/hr and an "
        "H100 for $2.40/hr.",
        PUBLISHED,
    )
    assert periods == {"$1.85/hr": "2026-03-17", "$2.40/hr": "2026-03-17"}


def test_an_ordinal_day_and_an_abbreviated_month():
    periods = periods_by_surface(
        "Shares of Stellar Chips closed at HK$12.5 on 3rd Dec. 2025, giving it a market value of "
        "HK$40 billion.",
        PUBLISHED,
    )
    assert periods == {"HK$12.5": "2025-12-03", "HK$40 billion": "2025-12-03"}


def test_a_day_first_date_without_its_year_is_of_the_publications_year():
    periods = periods_by_surface("As of 2 March, the cluster had 4,096 GPUs online.", PUBLISHED)
    assert periods == {"4,096 GPUs": "2026-03-02"}


def test_a_price_before_a_months_name_is_no_day():
    periods = periods_by_surface("The board cost $17 March last year.", PUBLISHED)
    assert "$17" in periods
