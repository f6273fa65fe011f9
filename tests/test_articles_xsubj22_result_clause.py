"""A result clause after so … that / such … that names a subject of its own.

"Cloud providers are buying servers so quickly that the server market is on course to triple"
is about the market, not the buyers whose pace caused it; the figures took the sentence's opening
noun phrase. The clause breaks at its "that" and is a part of its own, so its subject does not
reach back to the cause's; an amount told after the market "has doubled" sizes that market.
Counted in blind5 142 and blind7 181 (IDC releases retold by different writers; blind6 161 tells
the same with a colon). The sentences are new. Each row is (surface, subject)."""

import pytest

from tests.helpers import surface_subjects, typed_rows

RESULT_CLAUSE_CASES = [
    (
        "Cloud providers are buying accelerators so quickly that the liquid-cooled rack market "
        "is set to double in two years.",
        ("double", "liquid-cooled rack market"),
    ),
    (
        "Buyers snapped up memory at such a pace that contract prices rose 40% in the quarter.",
        ("40%", "contract prices"),
    ),
    (
        "Labs trained models so often that GPU rental rates climbed 25% year over year.",
        ("25%", "GPU rental rates"),
    ),
]


@pytest.mark.parametrize(("text", "row"), RESULT_CLAUSE_CASES)
def test_the_result_clause_names_its_own_subject(text, row):
    assert row in surface_subjects(text)


def test_an_amount_after_the_market_has_doubled_sizes_the_market():
    text = (
        "Operators bought servers at such a pace that the market has more than doubled, with "
        "revenue of $96.5 billion for the half."
    )
    assert ("$96.5 billion", "market") in surface_subjects(text)
    assert ("$96.5 billion", "market_size", "market_size", 96.5e9, "USD") in typed_rows(text)


def test_a_named_company_in_the_result_clause_still_wins():
    text = "Hyperscalers ordered racks so quickly that Nvidia's data center revenue rose 66%."
    assert ("66%", "NVIDIA") in surface_subjects(text)


def test_so_that_of_purpose_is_no_result_clause():
    text = "AMD guided revenue to $9 billion, so that its growth would reach 30%."
    assert ("30%", "AMD") in surface_subjects(text)
