"""A time a tally is counted up to (截至/截止/as of) dates the count, never a launch: "截至…，已
发布N个大模型" names no product launched then. Each text is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import release_rows

PUBLISHED = date(2025, 9, 1)


@pytest.mark.parametrize(
    "text",
    [
        "截至2025年6月底，我国已发布1200个大模型，数量居全球首位。",
        "截止2024年底，国内累计推出超过300款AI芯片。",
        "As of June 2025, Chinese developers had released 1,200 large models.",
    ],
)
def test_a_tally_cutoff_is_no_launch_time(text):
    assert release_rows(text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("华为于2025年6月发布昇腾950。", "2025-06"),
        ("截至目前，英伟达计划在2026年下半年推出Vera Rubin。", "2026H2"),
    ],
)
def test_a_launch_time_stays(text, period):
    assert [row[3] for row in release_rows(text, PUBLISHED)] == [period]
