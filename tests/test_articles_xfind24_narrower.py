"""A loss that is "19% narrower" than a year before has fallen by 19%, as 亏损收窄 and "the loss
narrowed" already read; "wider" is its rise. Said without "than", both are still a change, as
"40% cheaper" is. Each text is written for the test."""

from __future__ import annotations

import pytest

from tests.helpers import typed_rows


def _changes(text: str) -> list[tuple[str, float]]:
    return [(row[0], row[3]) for row in typed_rows(text) if row[1] == "pct_change"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The chipmaker lost 300 million yuan, a loss 22% narrower than a year earlier.",
            [("22%", -22.0)],
        ),
        ("Operating losses were 15% narrower in the quarter.", [("15%", -15.0)]),
        ("Its net loss was 30% wider than a year before.", [("30%", 30.0)]),
    ],
)
def test_narrower_is_a_fall_and_wider_a_rise(text, expected):
    assert _changes(text) == expected


def test_a_plain_share_stays_a_share():
    # Must not fire: no comparative after the figure.
    assert typed_rows("Cloud made up 15% of revenue in the quarter.")[0][1] == "share"
