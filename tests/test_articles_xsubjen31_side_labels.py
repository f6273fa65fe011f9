"""An aspect label, "On the AI side, …", "On the pricing front, …" (English, like 方面), turns the
text to an aspect and names no topic of the figures after it (a plain widening of the Chinese
topic marks). Counted: blind10 241 ("On the AI side, strong demand … should support shipment growth
of roughly 28%": "AI side" was the subject), blind2 80 ("On the shipment side, …"), blind4 121 ("On
the international side, …"). The sentences are new."""

import pytest

from tests.helpers import surface_subjects

CASES = [
    (
        "On the GPU side, steady orders from telecom carriers should support rack shipment growth "
        "of about 15% in 2026.",
        ("15%", "rack shipment"),
    ),
    (
        "On the pricing front, tight supply should lift memory module price growth to 20% next "
        "year.",
        ("20%", "memory module price"),
    ),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_a_side_label_names_no_subject(text, row):
    assert row in surface_subjects(text)


def test_a_side_label_does_not_hide_the_clauses_own_subject():
    text = "On the memory side, HBM revenue rose 50% in 2025."
    assert ("50%", "HBM revenue") in surface_subjects(text)
