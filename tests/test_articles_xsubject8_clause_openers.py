"""An English clause opened by a conjunction (because, so, once, unless, yet) or by a bidding to
note ("remember that", "keep in mind that") names its subject after it: the opener is no part of
the noun phrase. Blind3 90 showed the class (subjects such as "because a reservation", "so
budget"); the sentences are new. Each row is (surface, subject)."""

import pytest

from tests.helpers import subject_rows

OPENER_CASES = [
    ("Book ahead, because a reservation takes 40% off the hourly rate.", ("40%", "reservation")),
    ("Egress is extra, so budget 15% above the sticker price.", ("15%", "budget")),
    (
        "Keep in mind that the storage fee makes up about 20% of the bill.",
        ("20%", "storage fee"),
    ),
    ("Remember that the headline rate makes up only 65% of the bill.", ("65%", "headline rate")),
    ("Prices held, yet the spot rate fell 12% in May.", ("12%", "spot rate")),
]


@pytest.mark.parametrize(("text", "row"), OPENER_CASES)
def test_a_clause_opener_is_no_part_of_the_subject(text, row):
    assert row in [r[:2] for r in subject_rows(text)]


def test_a_word_merely_starting_like_an_opener_stays():
    # "Sonic" begins with "so": only a whole word opens a clause.
    rows = subject_rows("Sonic servers grew 30% last year.")
    assert [r[:2] for r in rows] == [("30%", "Sonic servers")]
