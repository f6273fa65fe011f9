"""A phrase naming only a level ("a record", "an all-time high", 历史新高) is what a figure is, not
what it measures (a widening of the level words `_LEVEL_REACHED` already reads after a figure);
and "Not long after …ing …," opening a sentence is a time after an event, the English of 之后 /
以来 (a widening of the time phrases that name nothing measured). Counted: blind11 252 ("…it
expects a record $30 billion in capital spending": "record" was the subject) and blind11 262
("Not long after unveiling a $500 billion AI investment…, NVIDIA said…": "Not long after"). The
sentences are new."""

import pytest

from tests.helpers import surface_subjects

CASES = [
    ("Oracle forecasts a record $12 billion in sales for 2026.", ("$12 billion", "Oracle")),
    (
        "Dell said on Thursday it expects an all-time high $9 billion in server revenue.",
        ("$9 billion", "Dell"),
    ),
    (
        "Shortly after announcing a $40 billion data-center plan, Meta said it would hire 500 "
        "engineers.",
        ("$40 billion", "Meta"),
    ),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_a_level_or_an_after_phrase_names_no_subject(text, row):
    assert row in surface_subjects(text)


def test_a_measure_after_the_record_word_still_names_the_subject():
    # Must not fire: "record revenue" names the measure, and a noun phrase before "hit a record"
    # keeps the figure.
    assert ("$12 billion", "record revenue") in surface_subjects(
        "Oracle expects record revenue of $12 billion in 2026."
    )
    assert ("$125.3 billion", "Server sales") in surface_subjects(
        "Server sales hit a record $125.3 billion in 2025."
    )


def test_after_with_its_own_noun_keeps_the_clause_subject():
    # Must not fire: "Shortly after the listing" is only a time; the clause's own noun is kept.
    assert ("20%", "shares") in surface_subjects("Shortly after the listing, shares rose 20%.")
