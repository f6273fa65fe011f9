"""A share's move after the session's close that the text ties to the news ("slid 6% in
after-hours trading once the news was out", "jumped 9% in extended trading once it revealed …")
is of the day the news came out, told in its paragraph or the one before ("Acme said on Tuesday
that …"); a weekday that owns the session ("in Tuesday's extended session") dates the move. The
day of telling alone dates nothing else: a move after hours not tied to the news, the told
figure itself, and a possessive weekday of an event ("Wednesday's results") stay undated.
A headline's phrases after a figure's % are clauses of their own (营收年增56%　盘后股价重挫逾5%)."""

from datetime import date

import pytest

from tests.helpers import fact_rows

THURSDAY = date(2025, 7, 31)  # the Tuesday before is 2025-07-29, the Wednesday 2025-07-30
CASES = [
    # the day of telling dates the after-hours move tied to the news, in its paragraph …
    ("Acme said on Tuesday it expects a charge of $2 billion. Its shares slid 4% in after-hours "
     "trading once the news was out.", {2e9: None, -4.0: "2025-07-29"}),
    # … or in the paragraph after it
    ("Acme said on Wednesday it plans to spend $30 billion this quarter.\n\nThe company's shares "
     "jumped 7% in extended trading once it revealed its cloud sales.",
     {3e10: "2025Q3", 7.0: "2025-07-30"}),
    # a weekday owning the trading session dates the move
    ("Shares of Acme fell 8% in Tuesday's extended session after weak results.",
     {-8.0: "2025-07-29"}),
    # must not fire: an after-hours move not tied to the news; a move tied to the news with no
    # day told; a possessive weekday of an event
    ("Acme said on Tuesday it expects a charge of $2 billion. Its shares fell 5% in after-hours "
     "trading.", {2e9: None, -5.0: None}),
    ("Acme shares dropped 10% in after-hours trading after the company reported a loss.",
     {-10.0: None}),
    ("Investors await Wednesday's results, when Acme may report revenue of $5 billion.",
     {5e9: None}),
]  # fmt: skip

# A space between a figure's % and a Chinese phrase separates a headline's phrases: the quarter
# of the first phrase dates neither the move of the second nor a quarter stated there; an
# English headline's figure keeps the period after it.
TITLES = [
    ("甲公司第二季营收年增56%　盘后股价一度重挫逾5%\n\n甲公司公布业绩。",
     {56.0: "2025Q2", -5.0: None}),
    ("乙公司三季度收入环比增长21% 四季度有望同比恢复39%增长\n\n乙公司公布业绩。",
     {21.0: "2025Q3", 39.0: "2025Q4"}),
    ("Server market grew 54% in the first half of 2024\n\nIt was a record.", {54.0: "2024H1"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "periods"), TITLES, ids=[c[0][:10] for c in TITLES])
def test_a_space_after_a_titles_percent_separates_its_phrases(text, periods):
    assert {row[4]: row[6] for row in fact_rows(text, THURSDAY)} == periods


@pytest.mark.parametrize(("text", "periods"), CASES, ids=[c[0][:16] for c in CASES])
def test_a_move_after_hours_tied_to_the_news_takes_the_news_day(text, periods):
    assert {row[4]: row[6] for row in fact_rows(text, THURSDAY)} == periods
