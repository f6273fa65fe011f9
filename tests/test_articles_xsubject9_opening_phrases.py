"""An English sentence may open with a prepositional phrase and no comma ("At the top of the
range the total could reach…"); the subject is the noun phrase a determiner starts after it, not
the phrase's own noun. Blind3 91 showed the class (subject "top"); the sentences are new. Each
row is (surface, subject)."""

import pytest

from tests.helpers import subject_rows

OPENING_PHRASE_CASES = [
    (
        "At the top of the range the combined bill could reach $700 billion.",
        ("$700 billion", "combined bill"),
    ),
    ("Under the new rules the quota rises to 50,000 chips.", ("50,000 chips", "quota")),
    ("In China the cloud market grew 18% last year.", ("18%", "cloud market")),
    (
        "At the low end of the forecasts the outlay would come to $600 billion.",
        ("$600 billion", "outlay"),
    ),
    ("Across the region the rental rate fell 9% this year.", ("9%", "rental rate")),
]


@pytest.mark.parametrize(("text", "row"), OPENING_PHRASE_CASES)
def test_an_opening_phrase_without_a_comma_is_no_part_of_the_subject(text, row):
    assert row in [r[:2] for r in subject_rows(text)]


def test_a_phrase_joining_two_places_is_not_cut_at_the_conjunction():
    # "China and the US": the determiner after "and" starts no subject.
    rows = subject_rows("In China and the US the market grew 18% last year.")
    assert all(subject not in ("US the market", "market") for _, subject, *_ in rows)


def test_a_sentence_opening_with_its_subject_keeps_it():
    rows = subject_rows("The cloud market in China grew 18% last year.")
    assert [r[:2] for r in rows] == [("18%", "cloud market")]
