"""What a seller's verb ships or sells right after the figure ("shipping $15 billion in AI
servers", "sold $2 billion of AI servers", 出货5万柜AI服务器) is the line the figure is of, not a
market that the figure sizes: the company the sentence names is the subject (`_clause_candidates`,
attribution.py; blind13 291). A sentence opening with "With …," is an adverbial, so its figure's
subject may be the main clause's company. The sentences are new; each row is (surface, subject)."""

import pytest

from tests.helpers import surface_subjects

CASES = [
    (
        "With a goal of shipping $12 billion in AI servers next year, HPE is expanding its "
        "factories.",
        {("$12 billion", "HPE")},
    ),
    ("HPE sold $2 billion of AI servers last quarter.", {("$2 billion", "HPE")}),
]

# Where the rule must not fire: no company is named to be the seller, so the market's own
# shipments stay the market's.
KEPT = [
    ("AI服务器出货量今年将增长28%。", {("28%", "AI server market")}),
    (
        "Global AI server shipments reached 1.6 million units in 2024.",
        {("1.6 million units", "Global AI server shipments")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES + KEPT)
def test_what_a_seller_ships_is_the_sellers_line(text, expected):
    assert surface_subjects(text) == expected
