"""An English hedge ("Close to", "Nearly", "Roughly"), a look ahead ("Looking further out",
"Going forward") or a time word alone ("Today,") opening a sentence names nothing measured: a
plain widening of the time and hedging words `_TIME_OR_HEDGE` already reads (约, 将近, 接近, 未来,
今天, "Meanwhile"). Seen in blind9 220 ("Close to $1.5 billion of revenue slid…": "Close" was the
subject), blind8 201 ("Looking further out, Dell'Oro projects…": "Looking further out") and
blind8 200 ("Today, the $50 billion China market…": "Today"). The sentences are new."""

import pytest

from tests.helpers import surface_subjects

CASES = [
    ("Looking ahead, the company expects 60% growth in 2027.", ("60%", "Looking ahead")),
    ("Looking further out, analysts see 25% growth in 2028.", ("25%", "Looking further out")),
    ("Going forward, the firm sees margins near 30%.", ("30%", "Going forward")),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_a_look_ahead_names_no_subject(text, row):
    assert row not in surface_subjects(text)


def test_the_company_before_a_look_ahead_keeps_the_figure():
    assert ("60%", "Wistron") in surface_subjects(
        "Wistron beat forecasts. Looking ahead, the company expects 60% growth in 2027."
    )


def test_a_hedge_before_the_figure_is_no_subject():
    subjects = surface_subjects(
        "Quanta missed its target. Close to $2 billion slipped into the next quarter."
    )
    assert ("$2 billion", "Close") not in subjects


def test_a_noun_after_the_hedge_word_keeps_its_phrase():
    # Must not fire: "Close partners" is a noun phrase, not the hedge "close to".
    assert ("40%", "Close partners") in surface_subjects(
        "Close partners of the chipmaker bought 40% of its output in 2025."
    )


def test_a_time_word_alone_is_no_subject():
    # "Today, the $12 billion …": the figure cuts the phrase at a time word, which says when.
    subjects = surface_subjects("Today, the $12 billion edge market is closed to foreign vendors.")
    assert ("$12 billion", "Today") not in subjects


def test_a_noun_after_the_time_word_keeps_its_phrase():
    # Must not fire: after "Now" the clause names its own noun, which keeps the figure.
    assert ("$40 billion", "market") in surface_subjects("Now the market is worth $40 billion.")
