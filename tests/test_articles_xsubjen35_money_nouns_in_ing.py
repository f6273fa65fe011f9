""" "IDC says spending on accelerated servers rose 46%": English nouns in -ing that name money
(spending, funding, financing on or for something) open a noun phrase, not a predicate,
as the results release's "adjusted" and "combined" already did (a widening of the exemptions of
`_ENGLISH_PREDICATE_FIRST` in attribution.py; blind8 201 left the figure after a research firm's
"says" with no subject). The sentences are new."""

from datetime import date

from tests.helpers import subject_rows

_PUBLISHED = date(2025, 9, 10)


def test_spending_after_a_firm_that_says():
    assert subject_rows(
        "Omdia says spending on liquid-cooled racks rose 38% in the second quarter.",
        _PUBLISHED,
    ) == [("38%", "spending on liquid-cooled racks", 38.0, "percent")]


def test_bare_spending_stays_a_measure_alone():
    # Must not fire: spending on nothing named is a measure alone, and the firm is no spender.
    assert subject_rows(
        "Gartner estimates that spending will reach $100 billion in 2026.",
        _PUBLISHED,
    ) == [("$100 billion", None, 1.0e11, "USD")]


def test_a_participle_still_opens_a_predicate():
    # Must not fire: "holding" is the clause's predicate, not a noun; the company keeps the share.
    assert subject_rows(
        "Lenovo, holding a 30% share, led the market.",
        _PUBLISHED,
    ) == [("30%", "Lenovo", 30.0, "percent")]
