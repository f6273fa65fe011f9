"""What an English verb of driving acts on is what the figure measures, not its cause: "demand
lifted AI server shipments by 46%", "lead times cap server shipment growth at 13%", "strong
demand from CSPs should support shipment growth of 28%" (a plain widening of the Chinese rule for
带动/拉动/驱动/推动). A growth word the object ends in is the measure, not the thing measured.
Counted: blind2 80, blind8 201 (headline), blind10 241 (headline and body). The sentences are
new."""

import pytest

from tests.helpers import surface_subjects

DRIVEN_CASES = [
    ("Cheaper memory lifted notebook shipments by 12% in 2025.", ("12%", "notebook shipments")),
    ("Power shortages cap 2026 rack shipment growth at about 9%", ("9%", "rack shipment")),
    (
        "Demand from sovereign AI projects should support switch revenue growth of 31% in 2026.",
        ("31%", "switch revenue"),
    ),
    (
        "Edge inference will drive accelerator sales growth of 40% next year.",
        ("40%", "accelerator sales"),
    ),
]


@pytest.mark.parametrize(("text", "row"), DRIVEN_CASES)
def test_the_figure_measures_what_the_driving_verb_acts_on(text, row):
    assert row in surface_subjects(text)


NOT_DRIVEN_CASES = [
    # A plural noun before its preposition is no verb.
    ("Hard drives of 30TB cost $500 each.", ("$500", "Hard drives")),
    # A passive's agent follows "by": the subject stays.
    ("Server revenue, boosted by AI demand, rose 20% in 2025.", ("20%", "Server revenue")),
    # No driving verb: the phrase before the predicate.
    ("Cloud revenue from Asia rose 30% in 2025.", ("30%", "Cloud revenue")),
    # A noun after a determiner, before its verb, is no driving verb.
    ("For such buyers the cap is 50,000 GPUs per country.", ("50,000 GPUs", "cap")),
]


def test_ones_own_figure_lifted_is_not_a_driven_one():
    subjects = surface_subjects("The research house lifted its full-year forecast to $366 billion.")
    assert ("$366 billion", "full-year") not in subjects


@pytest.mark.parametrize(("text", "row"), NOT_DRIVEN_CASES)
def test_other_sentences_keep_their_subject(text, row):
    assert row in surface_subjects(text)
