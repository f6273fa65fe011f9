"""A percent set against the level before it in its sentence measures that level at another time
(a margin's base), also when its clause opens with 比/较 before the base's 的 figure or with a
bare "from" that no "to" follows, and when the clause names only the base's time (去年同期,
"in the year-ago quarter"); before, the time read as a growth cue. Each text is written for the
test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 11, 20)


def percents(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "fact_type", "metric", "value")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Gross margin slipped to 11.2%, from 12.4% in the prior quarter and 14.0% a year ago.",
            ("14.0%", "share", "gross_margin", 14.0),
        ),
        (
            "Gross margin slipped to 11.2%, from 12.4% in the prior quarter.",
            ("12.4%", "share", "gross_margin", 12.4),
        ),
        (
            # A "to" in the next sentence makes no move of this one.
            "Gross margin slipped to 11.2%, from 12.4% in the prior quarter. Cash flow came to"
            " $300 million.",
            ("12.4%", "share", "gross_margin", 12.4),
        ),
        (
            "Operating margin was 8.5%, compared with 10.1% in the year-ago quarter.",
            ("10.1%", "share", "operating_margin", 10.1),
        ),
        (
            "该公司三季度毛利率回升至41.2%，比去年全年的39.8%略有改善。",
            ("39.8%", "share", "gross_margin", 39.8),
        ),
        ("公司毛利率为25%，而去年同期为30%。", ("30%", "share", "gross_margin", 30.0)),
    ],
)
def test_a_level_set_against_a_level(text, row):
    assert row in percents(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A growth named in the clause stays a growth.
        ("该业务营收占比达到88%，而同比增长了30%。", ("30%", "pct_change", "yoy_growth", 30.0)),
        # "from … to": the ends of a move, each the margin at its time (a margin's ends keep
        # its name, twelfth session).
        (
            "Gross margin narrowed, from 45% to 40%.",
            ("45%", "share", "gross_margin", 45.0),
        ),
    ],
)
def test_growths_and_moves_keep_their_reading(text, row):
    assert row in percents(text)
