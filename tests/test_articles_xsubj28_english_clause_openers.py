"""An English clause that opens with a comparison, an earlier forecast or a connective names
nothing measured; nor does a place-based description of the company.

"…EPS of $0.35, well below the $0.73 of a year earlier", "shipments, first expected to grow by
20%, will rise 13%", "As a result, …": the words were read as the subject ("well below", "first",
"As a result"). The comparison or the earlier forecast is told of what the sentence named before
it; a connective links the sentence to the one before. "the San Jose, California-based company"
is the company the story reports on. Counted: comparisons after a comma in dev 26 and 38,
blind2 80 and 81, blind4 111, blind8 190 and 202, blind10 240; earlier forecasts in blind10 241;
connectives opening a sentence in dev 08, blind4 112 and blind10 241; place-based descriptions in
blind5 132 and blind10 240. The sentences are new."""

import pytest

from tests.helpers import surface_subjects

OPENER_CASES = [
    (
        "Liquid-cooled rack shipments reached 12,000 units, well below the 20,000 units planned.",
        {
            ("12,000 units", "Liquid-cooled rack shipments"),
            ("20,000 units", "Liquid-cooled rack shipments"),
        },
    ),
    (
        "Gross margin for liquid-cooled racks was 14%, far short of the 18% a year earlier.",
        {("14%", "Gross margin"), ("18%", "Gross margin")},
    ),
    (
        "Notebook shipments, initially forecast to grow 8%, will rise by only about 2% in 2026.",
        {("8%", "Notebook shipments"), ("2%", "Notebook shipments")},
    ),
    # A connective opening the sentence, then the subject with an earlier forecast after it.
    (
        "Supply stayed tight. As a result, rack shipments, first projected to rise 15%, will grow "
        "only 6%.",
        {("15%", "rack shipments"), ("6%", "rack shipments")},
    ),
]


@pytest.mark.parametrize(("text", "rows"), OPENER_CASES)
def test_a_comparison_earlier_forecast_or_connective_opens_no_subject(text, rows):
    assert rows <= surface_subjects(text)


def test_a_place_based_description_stands_for_the_company():
    text = (
        "Dell lifted its outlook.\n\nFor the quarter, the Round Rock, Texas-based company "
        "reported revenue of $27 billion."
    )
    assert ("$27 billion", "Dell") in surface_subjects(text)


NOT_AN_OPENER_CASES = [
    # A noun that only starts like a comparison word is the subject.
    ("Undersea cable capacity rose 12% in 2025.", ("12%", "Undersea cable capacity")),
    # A measure opening the clause is still read as usual.
    (
        "Server revenue, up from a year earlier, reached $30 billion.",
        ("$30 billion", "Server revenue"),
    ),
]


@pytest.mark.parametrize(("text", "row"), NOT_AN_OPENER_CASES)
def test_ordinary_openings_keep_their_subject(text, row):
    assert row in surface_subjects(text)
