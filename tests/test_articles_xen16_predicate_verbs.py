"""English predicates the end of a subject phrase lacked: a verb taking an object or a particle
(kept, brought, aims, brings, show). Without them the phrase ran on over the verb ("GPU servers
kept their lead", "Chinese technology group aims") and no listed text ever matched it. Each text
is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 9, 1)


def subjects(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "subject")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Liquid-cooled racks kept their lead, reaching 2.1 billion US dollars.",
            ("2.1 billion US dollars", "Liquid-cooled racks"),
        ),
        (
            "The storage division keeps its margin near 41% this year.",
            ("41%", "storage division"),
        ),
        (
            "Rack-scale systems brought in over 35% of the vendor's revenue.",
            ("35%", "Rack-scale systems"),
        ),
        (
            "A liquid-cooled rack brings in roughly 30% more revenue than an air-cooled one.",
            ("30%", "liquid-cooled rack"),
        ),
        (
            "The chip designer aims to ship about 200,000 accelerators next year.",
            ("200,000 accelerators", "chip designer"),
        ),
        (
            "Exchange data show it to be the largest listing above $2 billion.",
            ("$2 billion", "Exchange data"),
        ),
    ],
)
def test_the_subject_ends_before_its_predicate(text, row):
    assert subjects(text) == [row]


def test_a_noun_that_looks_like_a_verb_stays_in_the_phrase():
    # (yields is the measured thing here, not a verb: it is not in the list.)
    assert subjects("Wafer yields reached 40% in the spring.") == [("40%", "Wafer yields")]
