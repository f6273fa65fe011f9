"""A participle that adds up to a running total (", bringing the combined outlays to about $650
billion", "lifting its AI backlog to $51 billion", "taking the total to…") names the total its
figure is, after the verb: the clause's own subject, not the company of the clause before.
Counted: blind11 261 (the combined outlays got Google), blind8 192 ("taking the total to more than
$600 billion"), blind10 231 ("lifting its AI backlog to a record $51.3 billion"), blind 60
("lifting the share of AI inference servers to nearly 50%"). The sentences are new."""

import pytest

from tests.helpers import surface_subjects

CASES = [
    (
        "Oracle guided to $40 billion of capex and Meta to $70 billion, bringing the combined "
        "outlays to about $110 billion.",
        ("$110 billion", "combined outlays"),
    ),
    (
        "Lenovo booked $3 billion of server orders, lifting its AI backlog to $9 billion.",
        ("$9 billion", "AI backlog"),
    ),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_a_running_total_names_its_own_subject(text, row):
    assert row in surface_subjects(text)


def test_the_clause_before_keeps_its_company():
    # Must not fire on the figures before the participle, nor on a participle without "to".
    rows = surface_subjects(
        "Lenovo booked $3 billion of server orders, lifting its AI backlog to $9 billion."
    )
    assert ("$3 billion", "Lenovo") in rows
    assert ("$5 billion", "Lenovo") in surface_subjects(
        "Lenovo booked $5 billion of orders, lifting its shares."
    )
