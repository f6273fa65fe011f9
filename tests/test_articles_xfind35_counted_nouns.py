"""More English counted nouns (issue 12, thirteenth session): what a maker ships ("24.1 million
notebook computers"), what a service reaches ("650M monthly active users"), what a company issues
or grants ("1.65B diluted shares", "4,500 new RSUs") and a board's parts ("36 Superchips") are
counts, as "six factories" and "14 fabs" are (a widening of the counted-noun row). Users counted
so keep the users metric the users cue gives. A noun with no number of its own is no count.
Single sentences written for the test, answers first."""

from datetime import date

import pytest

from tests.helpers import fields_of_type

PUBLISHED = date(2026, 2, 1)


def counts(sentence: str) -> list[tuple]:
    return fields_of_type(sentence, PUBLISHED, "count", "surface", "fact_type", "metric", "value")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The assembler built 9.8 million notebook computers in 2025.",
            [("9.8 million notebook computers", "count", "count", 9.8e6)],
        ),
        (
            "The chat app now has 120M monthly active users.",
            [("120M monthly active users", "count", "users", 1.2e8)],
        ),
        (
            "The outlook assumes about 2.4B diluted shares.",
            [("2.4B diluted shares", "count", "shares", 2.4e9)],
        ),
        (
            "The finance chief was granted 12,000 new RSUs.",
            [("12,000 new RSUs", "count", "count", 12000.0)],
        ),
        (
            "Each tray carries 2 Superchips.",
            [("2 Superchips", "count", "count", 2.0)],
        ),
    ],
)
def test_things_shipped_reached_or_issued_are_counted(sentence, expected):
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Users of the chat app complained about the outage.",
        "Shares of the company rose after the results.",
        "Older computers in the 3 offices were replaced.",
    ],
)
def test_a_counted_noun_with_no_number_of_its_own_is_no_count(sentence):
    assert counts(sentence) == []
