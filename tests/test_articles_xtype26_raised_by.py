"""提高 + a percent is a move by the figure, as 提升 is (and 降低, the move back): a speed's, a
profit's, a price's; it read a bare share. 提高到/提高至 + a percent stays a level reached. Each
text is written for the test."""

from __future__ import annotations

import pytest

from tests.helpers import typed_rows


def _types(text: str) -> list[tuple[str, str, str]]:
    return [(row[0], row[1], row[2]) for row in typed_rows(text)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("新一代芯片的推理速度提高了35%以上。", "35%"),
        ("该集群的训练效率提高40%。", "40%"),
        ("公司去年净利润提高了18%。", "18%"),
    ],
)
def test_raised_by_a_percent_is_a_move(text, figure):
    (row,) = [r for r in _types(text) if r[0] == figure]
    assert row[1] == "pct_change"


def test_a_price_raised_by_a_percent_stays_a_price_move():
    assert ("12%", "pct_change", "price_change_pct") in _types("该型号价格提高了12%。")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("液冷机柜占比提高到35%。", "35%"),
        ("国产化率有望提高至60%。", "60%"),
        ("该工艺的良率目标是年底提高到45%以上。", "45%"),
    ],
)
def test_raised_to_a_percent_stays_a_level(text, figure):
    (row,) = [r for r in _types(text) if r[0] == figure]
    assert row[1] == "share"
