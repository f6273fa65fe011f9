"""The "cut" that marks a fall is the word, not the letters inside consecutive, executive or
execute: "four consecutive quarters of 150% growth" is a rise. Each text is written for the
test."""

from __future__ import annotations

import pytest

from tests.helpers import typed_rows


def _changes(text: str) -> list[tuple[str, object]]:
    return [(row[0], row[3]) for row in typed_rows(text) if row[1] == "pct_change"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cloud sales have posted three consecutive quarters of 80% growth.", [("80%", 80.0)]),
        (
            "Storage has seen five consecutive quarters of triple-digit growth.",
            [("triple-digit", (100.0, 999.0))],
        ),
    ],
)
def test_consecutive_is_no_cut(text, expected):
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Must still fire: the word itself.
        ("The lab cut its rental prices by 25%.", [("25%", -25.0)]),
        ("Module prices were cut 12% in May.", [("12%", -12.0)]),
    ],
)
def test_the_word_cut_is_still_a_fall(text, expected):
    assert _changes(text) == expected
