"""A range whose second end alone writes the scale ("between 1.5 and 2 million units", "between
$10 and $12 billion", 在20和30万元之间) has it for both ends, as "2 to 5 billion" already did:
the first end was left a bare 1.5 or $10. An end written out in full ("between 880,000 and 1.05
million", "$174.0 billion and $179.5 billion") keeps its own value. Each text is written for the
test."""

from __future__ import annotations

import pytest

from tests.helpers import typed_rows


def _ranges(text: str) -> list[tuple[str, object, str]]:
    return [(row[0], row[3], row[4]) for row in typed_rows(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Analysts expect shipments of between 1.5 and 2 million units next year.",
            [("1.5 and 2 million units", (1.5e6, 2e6), "count")],
        ),
        (
            "Revenue was guided to between $10 and $12 billion for the quarter.",
            [("$10 and $12 billion", (1e10, 1.2e10), "USD")],
        ),
        ("该型号售价在20和30万元之间。", [("20和30万元", (2e5, 3e5), "CNY")]),
    ],
)
def test_the_second_ends_scale_is_the_firsts(text, expected):
    assert _ranges(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cluster would need between 880,000 and 1.05 million GPUs.",
            [("880,000 and 1.05 million GPUs", (880000.0, 1.05e6), "count")],
        ),
        (
            "Sales should land between $174.0 billion and $179.5 billion.",
            [("$174.0 billion and $179.5 billion", (1.74e11, 1.795e11), "USD")],
        ),
        (
            "Each accelerator costs between $25,000 and $30,000.",
            [("$25,000 and $30,000", (25000.0, 30000.0), "USD")],
        ),
        (
            "The buyer expects growth of between 20% and 25%.",
            [("20% and 25%", (20.0, 25.0), "percent")],
        ),
    ],
)
def test_ends_written_in_full_keep_their_value(text, expected):
    assert _ranges(text) == expected
