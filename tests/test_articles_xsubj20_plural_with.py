"""A with-phrase after a plural noun opening an English clause says which ones.

"Servers with an embedded GPU saw revenue grow 49.4%" is about those servers; the capitalised
word before "with" was read as a verb bidding the reader ("Start with $2.35"), leaving the figure
with no subject. The phrase runs on to the predicate after the with-phrase. A verb's "with"
before its measure ("the USA leads with growth of 79%") is left as it was. Counted in blind5 142
and blind7 181 (IDC releases retold), blind7 170 has the construction without a figure. The
sentences are new. Each row is (surface, subject)."""

import pytest

from tests.helpers import surface_subjects

NOUN_WITH_CASES = [
    (
        "Servers with liquid cooling saw shipments rise 38% in the second quarter.",
        ("38%", "Servers with liquid cooling"),
    ),
    (
        "Laptops with an NPU are expected to grow 27% this year.",
        ("27%", "Laptops with an NPU"),
    ),
    (
        "Racks with liquid cooling made up 15% of new deployments.",
        ("15%", "Racks with liquid cooling"),
    ),
]


@pytest.mark.parametrize(("text", "row"), NOUN_WITH_CASES)
def test_the_with_phrase_names_which_ones(text, row):
    assert row in surface_subjects(text)


def test_a_bidding_verb_still_names_nothing():
    assert ("$1.80 per GPU-hour", None) in surface_subjects("Start with $1.80 per GPU-hour.")


def test_a_verbs_with_before_its_measure_keeps_the_leader():
    subjects = dict(surface_subjects("Japan leads with growth of 31% on the year."))
    assert "with" not in (subjects["31%"] or "")
    assert "Japan" in subjects["31%"]
