"""Amounts per share that were read as a bare sum (spend / amount): earnings named before an amount
per share ("Adjusted earnings came to $4.78 per share") and the estimate set against it (", well
ahead of the $3.95 estimate"); a share's price reached after a move in percent ("shares slipped
1.3% to $189.05"); a stock's price apiece ("the most expensive stock in China at 1,464 yuan
apiece"), and a close told by its session's end ("They finished the day at 1,372 yuan") dated by
the session's day. Seen in blind12 271 and blind14 321 and 322 (three articles, two sets). The
sentences are new."""

from datetime import date

from tests.helpers import fact_fields

PUBLISHED = date(2025, 12, 18)


def _typed(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "fact_type", "metric", "value")


def test_earnings_per_share_and_the_estimate_beaten():
    text = "Adjusted earnings came to $3.12 per share, well ahead of the $2.86 estimate.\n"
    rows = _typed(text)
    assert ("$3.12", "earnings", "eps", 3.12) in rows
    assert ("$2.86", "earnings", "eps", 2.86) in rows


def test_a_share_price_reached_after_a_move_in_percent():
    text = "Alphabet shares slipped 2.4% to $176.30 in extended trading.\n"
    rows = _typed(text)
    assert ("$176.30", "unit_price", "share_price", 176.3) in rows
    assert ("2.4%", "pct_change", "share_price_change_pct", -2.4) in rows


def test_a_stocks_price_apiece_and_the_close_dated_by_the_session():
    text = (
        "Cambricon\n\n"
        "Shares of Cambricon jumped on Wednesday, making it the priciest stock in Shanghai at "
        "1,520 yuan apiece. They finished the day at 1,488 yuan, up 2.1%.\n"
    )
    rows = fact_fields(text, PUBLISHED, "surface", "fact_type", "metric", "period")
    assert ("1,520 yuan", "unit_price", "share_price", "2025-12-17") in rows
    assert ("1,488 yuan", "unit_price", "share_price", "2025-12-17") in rows


def test_a_chip_priced_apiece_is_no_share_price():
    # Must not fire: no stock or share is named; a chip's price apiece is no share's.
    text = "Nvidia sells the accelerators at $30,000 apiece.\n"
    assert all(row[2] != "share_price" for row in _typed(text))


def test_an_amount_per_share_with_no_earnings_named_stays_open():
    # Must not fire as earnings: a dividend per share names no earnings.
    text = "The board declared a dividend of $0.25 per share.\n"
    assert all(row[2] != "eps" for row in _typed(text))
