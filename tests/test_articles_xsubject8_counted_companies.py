"""An English count of companies ("300+ new providers arrived", "only two suppliers are left") is,
like 12家企业, never one product's or one company's: the counted noun is its subject. After a
preposition ("listed by 37 providers", "prices across 22 providers") the companies are where the
thing named before is found, and that thing stays the subject. Dev 28 and blind3 100 showed the
class; the sentences are new. Each row is (surface, subject)."""

import pytest

from tests.helpers import subject_rows

COUNTED_CASES = [
    (
        "B200 rents eased to $5 an hour as 120 new GPU providers arrived.",
        ("120 new GPU providers", "new GPU providers"),
    ),
    (
        "AMD said 15 new customers had signed up for the MI355X.",
        ("15 new customers", "new customers"),
    ),
    ("Only three suppliers still sell the A100.", ("three suppliers", "suppliers")),
    (
        "The MI300X market grew crowded: more than 60 cloud providers now rent it.",
        ("60 cloud providers", "cloud providers"),
    ),
]


@pytest.mark.parametrize(("text", "row"), COUNTED_CASES)
def test_a_count_of_companies_is_the_companies(text, row):
    assert row in [r[:2] for r in subject_rows(text)]


def test_companies_after_a_preposition_hold_the_thing_named_before():
    rows = [r[:2] for r in subject_rows("The MI300X is offered by 41 providers.")]
    assert len(rows) == 1 and rows[0][0] == "41 providers" and "MI300X" in rows[0][1]


def test_a_count_of_other_things_keeps_its_subject():
    rows = [r[:2] for r in subject_rows("AMD shipped 5,000 MI300X accelerators last quarter.")]
    assert rows[0][1] == "AMD Instinct MI300X"
