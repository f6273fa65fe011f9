"""English orders of magnitude (fourteenth session): "tens/hundreds of billions" with no noun
after it is money, and "thousands of parts" a count (blind9 211, blind13 292). A noun of another
kind after it, a bare "billions", or a compound ("billions-dollar") stays no figure. The sentences
are new."""

import pytest

from tests.helpers import valued_quantities

FIRES = [
    ("The group intends to pour hundreds of billions into new campuses.",
     ("hundreds of billions", 1e11, 1e12, "USD")),
    ("Rivals will spend tens of billions on chips next year.",
     ("tens of billions", 1e10, 1e11, "USD")),
    ("Each rack needs thousands of parts from suppliers.",
     ("thousands of parts", 1e3, 1e4, "count")),
    ("Hoarders stockpiled billions of dollars of accelerators.",
     ("billions of dollars", 1e9, 1e10, "USD")),
]  # fmt: skip
SILENT = [
    "The model has hundreds of billions of parameters.",
    "Shares fell as billions were wiped off the market.",
    "They laid out hundreds of billions-dollar plans.",
    "Hundreds of millions watched the launch.",
]


@pytest.mark.parametrize(("text", "row"), FIRES)
def test_vague_magnitude_read(text, row):
    found = [(q.surface, q.value_low, q.value_high, q.unit) for q in valued_quantities(text)]
    assert row in found


@pytest.mark.parametrize("text", SILENT)
def test_vague_magnitude_not_read(text):
    assert not valued_quantities(text)
