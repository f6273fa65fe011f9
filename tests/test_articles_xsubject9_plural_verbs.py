"""A plural English subject takes its verb's bare form ("cards go for", "instances save"), which
no list of third-person verbs holds: a bare word after a plural noun, right before a figure or a
preposition and a figure, is the predicate and no part of the subject. Blind3 90 and 100 showed
the class (subjects such as "long-tail providers come"); the sentences are new. Each row is
(surface, subject)."""

import pytest

from tests.helpers import subject_rows

PLURAL_VERB_CASES = [
    ("Preemptible instances save 60-80% on the list price.", ("60-80%", "Preemptible instances")),
    (
        "Older accelerator cards go for $7,500 on resale sites.",
        ("$7,500", "Older accelerator cards"),
    ),
    ("Committed-use contracts stretch to 48 months.", ("48 months", "Committed-use contracts")),
    ("Regional clouds charge $1.85 per GPU-hour.", ("$1.85 per GPU-hour", "Regional clouds")),
    ("Smaller providers come in 35% cheaper for the same card.", ("35%", "Smaller providers")),
]


@pytest.mark.parametrize(("text", "row"), PLURAL_VERB_CASES)
def test_a_plural_subjects_bare_verb_ends_the_subject(text, row):
    assert row in [r[:2] for r in subject_rows(text)]


def test_a_year_after_the_preposition_does_not_end_the_subject():
    # "in 2025" says when; "Services revenue" is one noun phrase.
    rows = subject_rows("Services revenue in 2025 rose 12%.")
    assert [r[:2] for r in rows] == [("12%", "Services revenue")]


def test_a_singular_subject_keeps_its_noun_before_the_figure():
    rows = subject_rows("Cloud sales grew 30% while hardware sales 10%.")
    assert ("10%", "hardware sales") in [r[:2] for r in rows]
