"""The two ends of a move of a company's margin or part of revenue (毛利率从71.3%降至60.5%,
"operating margin was 6%, down from 16%", 占营收的比重从25%降到17%) are that margin or part at two
times, as the ends of a move of its money are: no _from/_to mark. A market share and a bare share
keep their ends, as the corpus reads them. Each text is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 11, 20)


def metrics(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "fact_type", "metric", "value")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "该公司本季度毛利率从48.2%降至41.5%。",
            [("48.2%", "share", "gross_margin", 48.2), ("41.5%", "share", "gross_margin", 41.5)],
        ),
        (
            "The chipmaker's gross margin fell to 9.5% from 11.8% a year earlier.",
            [("9.5%", "share", "gross_margin", 9.5), ("11.8%", "share", "gross_margin", 11.8)],
        ),
        (
            "Its adjusted operating margin was 7%, down from 18% a year earlier.",
            [("7%", "share", "operating_margin", 7.0), ("18%", "share", "operating_margin", 18.0)],
        ),
        (
            "海外市场占该公司营收的比重已从31%降到22%。",
            [("31%", "share", "revenue_share", 31.0), ("22%", "share", "revenue_share", 22.0)],
        ),
    ],
)
def test_a_ratio_of_a_company_keeps_its_name_at_both_ends(text, rows):
    got = metrics(text)
    for row in rows:
        assert row in got


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # A market share's ends stay marked (market_share_from/to, as dev reads them).
        (
            "The vendor's market share in China fell from 90% to 45%.",
            [
                ("90%", "share", "market_share_from", 90.0),
                ("45%", "share", "market_share_to", 45.0),
            ],
        ),
        # A bare share's ends too.
        (
            "液冷服务器的占比将从20%升至40%。",
            [("20%", "share", "share_from", 20.0), ("40%", "share", "share_to", 40.0)],
        ),
    ],
)
def test_other_shares_keep_their_ends(text, rows):
    got = metrics(text)
    for row in rows:
        assert row in got
